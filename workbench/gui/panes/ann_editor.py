"""The annotation editor: a form generated from the codebook for one annotation.

Every finished edit goes to the core on its own (one field, one undo step) via
``session.run(update_annotation, ..., sender=self)``; the core validates, and when it
refuses, the returned outcome's sentence is shown inline. The form is rebuilt only
when the kind changes, so reloading after a commit does not steal focus from the field
the user moved to. Each kind's rows are kept when another kind is shown, and shown
again when an annotation of that kind is.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.core.codebook import STATUSES, KindSpec
from workbench.core.ops.annotations import blank_memo, update_annotation
from workbench.gui.bus import ChangeNotice
from workbench.gui.panes.ann_actor import ActorRecordInput
from workbench.gui.panes.ann_fields import FieldInput, FocusOutTextEdit, compact
from workbench.gui.panes.ann_form import plan_rows
from workbench.gui.panes.ann_links import LinksBox
from workbench.gui.panes.tab_chain import step
from workbench.gui.session import Session

# Qt lays out a line with no break opportunity by searching for one, again and again: a
# 1 MB memo without spaces took minutes to show. Such text wraps anywhere (under a
# second); ordinary memos keep wrapping between words.
_UNBROKEN = re.compile(r"\S{400}")
_UNSET = object()
_MEMO = "\0memo"  # the memo's place among the fields changed elsewhere (no field's name)


def is_undo_key(event: QKeyEvent) -> bool:
    """Whether ``event`` is the platform's undo or redo key, or the window's Ctrl+Shift+Z."""
    return (event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Z))


def memo_wrap_mode(text: str) -> QTextOption.WrapMode:
    """How to wrap ``text`` in the memo box so that showing it stays quick."""
    if _UNBROKEN.search(text):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


QUOTED_MAX = 80  # characters of another value quoted in the changed-elsewhere sentence
EDGE = 6  # the editor's margin above its title and below its last row


def _short(text: str) -> str:
    """``text`` on one line, cut to ``QUOTED_MAX`` characters with "…": the sentence
    quotes the other value twice, and a memo of paragraphs quoted whole took the
    editor's height above the fields, its line breaks splitting the sentence."""
    line = " ".join(text.split())
    return line if len(line) <= QUOTED_MAX else line[:QUOTED_MAX - 1].rstrip() + "…"


_OPENING = "“\"«„‘'"
_CLOSING = "”\"»“’'"
TITLE_MAX = 160  # characters of the quoted words in the editor's title


def _title_quote(exact: str) -> str:
    """The annotation's words as the title quotes them: on one line, cut at
    ``TITLE_MAX``, in quotation marks unless the words carry their own (a statement
    selected with its marks read "““We will …,””")."""
    line = " ".join(exact.split())
    cut = line if len(line) <= TITLE_MAX else line[:TITLE_MAX] + "…"
    if len(line) > 1 and line[0] in _OPENING and line[-1] in _CLOSING and cut == line:
        return line
    return f"“{cut}”"


@dataclass
class _Form:
    """One kind's field rows, made once and moved in and out of the editor's form."""

    spec: KindSpec
    inputs: dict[str, FieldInput] = field(default_factory=dict)
    rows: list[tuple[QLabel, QWidget, bool]] = field(default_factory=list)  # label, field, more
    retired: list[str] = field(default_factory=list)  # each row's retired field, or ""
    names: list[tuple[str, ...]] = field(default_factory=list)  # each row's fields


class AnnotationEditor(QWidget):
    """Status, memo, links and the codebook's fields for the annotation shown."""

    focused = Signal(QWidget)  # the program put the cursor in this field: bring it into view

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self.session = session
        self.ann: dict[str, Any] | None = None
        self.inputs: dict[str, FieldInput] = {}
        self._kind: str | None = None
        self._forms: dict[str, _Form] = {}  # kind -> its form, kept while other kinds show
        # Fields whose stored value another write changed while the user typed in them:
        # name -> that value. The typed words stay; the sentence says so.
        self._elsewhere: dict[str, Any] = {}
        self._storing = False  # True while an unfinished edit is stored (see show_annotation)
        self._tab_chain: list[QWidget] = []  # the editor's widgets in Tab order

        self.title = QLabel("No annotation selected", self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setObjectName("annotationEditorError")
        self.error.setWordWrap(True)
        # Bold, in the theme's error colour (``theme.ERROR_LABELS``).
        self.error.hide()

        self.status = QComboBox(self)
        self.status.setObjectName("annotationStatus")
        for s in STATUSES:
            self.status.addItem(s, s)
        compact(self.status)
        self.status.currentIndexChanged.connect(self._commit_status)
        self.memo = FocusOutTextEdit(self)
        self.memo.setObjectName("annotationMemo")
        self.memo.setPlaceholderText("Memo: why you coded it this way")
        self.memo.setTabChangesFocus(True)
        self.memo.setFixedHeight(48)
        self.memo.editing_finished.connect(self._commit_memo)
        self.memo.installEventFilter(self)
        self.links = LinksBox(session, self)

        # One form for status, memo, the kind's fields and links, so their labels
        # share one column. Rows whose field cannot fit beside its label wrap under it
        # instead of widening the editor: it never needs a horizontal scroll bar.
        # Status and Memo come first, under the title: after a claim's six fields they
        # were 270 px down, below the ~215 px a 1280×720 window gives the editor, and
        # reviewing a suggestion meant scrolling for its status.
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.more = QToolButton(self)
        self.more.setObjectName("annotationMoreFields")
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setAutoRaise(True)
        self.more.toggled.connect(self._show_more)
        self._field_rows = 0  # rows of the kind's fields (and the disclosure)
        self._more_rows: list[int] = []
        self._retired_rows: dict[str, int] = {}  # a retired field -> its row
        self.form.addRow("Status", self.status)
        self.form.addRow("Memo", self.memo)
        self._head_rows = self.form.rowCount()  # the kind's fields start below these
        self.form.addRow("Links", self.links)

        lay = QVBoxLayout(self)
        # 6 px above and below, not the style's 11: on a short window the editor is
        # given its title, Status and Memo and little more.
        sides = lay.contentsMargins()
        lay.setContentsMargins(sides.left(), EDGE, sides.right(), EDGE)
        lay.addWidget(self.title)
        lay.addWidget(self.error)
        lay.addLayout(self.form)
        lay.addStretch(1)
        self.session.bus.project_changed.connect(self._on_changes)
        self.show_annotation(None)

    # --------------------------------------------------------------- show
    def show_annotation(self, ann: dict[str, Any] | None) -> None:
        """Fill the form from ``ann`` (None: empty and disabled)."""
        changed_ann = (ann or {}).get("id") != (self.ann or {}).get("id")
        if changed_ann and not self._storing:
            self._store_unfinished()
        before = None if changed_ann or self.ann is None else self.ann["fields"]
        memo_before = None if before is None else (self.ann or {}).get("memo") or ""
        self.ann = ann
        if changed_ann:
            self._show_error("")
        for w in (self.status, self.memo, self.links):
            w.setEnabled(ann is not None)
        if ann is None:
            self.title.setText("No annotation selected")
            self._build(None)
            self.links.show_links(None)
            with QSignalBlocker(self.status):
                self.status.setCurrentIndex(-1)  # blank: nothing has a status
            return
        cb = self.session.project.codebook
        spec = cb.kind(ann["kind"]) if ann["kind"] in cb else None
        label = spec.label if spec else ann["kind"]
        where = (" · <i>not found in the current text (orphaned by a re-import)</i>"
                 if ann.get("anchor") == "orphaned" else "")
        # The title is rich text (the kind in bold): the document's words are escaped,
        # else "<10 dead" hid the rest of the quote.
        self.title.setText(f"<b>{html.escape(label)}</b> — "
                           f"{html.escape(_title_quote(ann['exact']))}{where}")
        shown = self._forms.get(ann["kind"])
        if ann["kind"] != self._kind or (spec is not None and shown is not None
                                         and shown.spec != spec):
            self._build(spec)  # another kind, or the codebook changed this one's fields
        focus = QApplication.focusWidget()
        if changed_ann:
            self._elsewhere.clear()
        said = bool(self._elsewhere)
        for name, inp in self.inputs.items():
            stored = ann["fields"].get(name)
            # A field being typed in keeps its words when the same annotation is shown
            # again after a write (another field, the memo, another program's change).
            # When that write changed this very field, the words are kept too, never
            # replaced unseen, and the user is told (``_elsewhere``): leaving the field
            # stores them, Esc takes the other value.
            typing = (before is not None and focus is not None
                      and (focus is inp.widget or inp.widget.isAncestorOf(focus))
                      and (name in self._elsewhere or inp.differs_from(before.get(name))))
            if typing and inp.differs_from(stored):
                if before.get(name) != stored or name in self._elsewhere:
                    self._elsewhere[name] = stored
                continue
            self._elsewhere.pop(name, None)
            inp.set_value(stored)
        self._elsewhere = {n: v for n, v in self._elsewhere.items()
                           if n in self.inputs or n == _MEMO}
        for name, pos in self._retired_rows.items():
            # A retired field shows where it holds a value (to read, correct or clear),
            # and stays out of the way everywhere else.
            self.form.setRowVisible(pos, ann["fields"].get(name) is not None
                                    or name in self._elsewhere)
        memo = ann.get("memo") or ""
        if self.memo.hasFocus() and memo_before is not None:
            # The memo being typed keeps its words as a field does, and is told the same.
            if self.memo.toPlainText() == memo:
                self._elsewhere.pop(_MEMO, None)
            elif memo != memo_before or _MEMO in self._elsewhere:
                self._elsewhere[_MEMO] = memo
        if self._elsewhere or said:
            self._show_error(self._elsewhere_sentence())
            # Typing in the memo or a low field of a short editor (~200 px at 1280×720),
            # the editor is scrolled down and the sentence, under the title, is out of
            # view: the status bar says it too. (The title: the sentence's label may not
            # be laid out yet when it has just been shown.)
            if self._elsewhere and self.title.visibleRegion().isEmpty():
                self.session.bus.status_message.emit(self._elsewhere_short())
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(ann["status"])))
        self.status.blockSignals(False)
        # Another annotation's memo replaces the words in the box even while it has the
        # focus (they were stored first, ``_store_unfinished``): kept, leaving the box
        # stored them in the annotation shown next.
        if changed_ann or not self.memo.hasFocus():
            self.memo.blockSignals(True)
            # Empty first: changing the wrap mode lays out the text already shown, and a
            # huge memo laid out at word boundaries took minutes.
            self.memo.clear()
            self.memo.setWordWrapMode(memo_wrap_mode(memo))
            self.memo.setPlainText(memo)
            self.memo.blockSignals(False)
        self.links.show_links(ann)

    def _store_unfinished(self) -> None:
        """Store the words of the field (or memo) the cursor is still in, into the
        annotation shown, before another is shown. A key that moves the selection (F8,
        Ctrl+PgDown, a timeline click) leaves the focus where it is, so no focus-out
        stored them: the next annotation's value was written over the typing, or the
        form was swapped out with its signals blocked, and the words were lost."""
        focus = QApplication.focusWidget()
        if self.ann is None or focus is None or not self.isAncestorOf(focus):
            return
        live = self.session.project.repo.get("annotation", self.ann["id"])
        if live is None or live.get("deleted_at"):
            return  # undone or trashed meanwhile: nothing left to store the words in
        self._storing = True  # the write's notice shows an annotation again: no loop
        try:
            if focus is self.memo:
                self._commit_memo()
                return
            for name, inp in self.inputs.items():
                if inp.widget is focus or inp.widget.isAncestorOf(focus):
                    self._commit_field(name, inp)
                    return
        finally:
            self._storing = False

    def _first_shown_field(self) -> QWidget | None:
        """The first field the form shows: a retired field's row is hidden on an
        annotation with no value in it, and a hidden widget cannot take the cursor
        (sent there, it stayed on Status, or in the text)."""
        return next((inp.widget for inp in self.inputs.values()
                     if inp.widget.isVisibleTo(self)), None)

    def focus_first_field(self) -> None:
        """Put the cursor in the first field (or the status when the kind has none)."""
        target = self._first_shown_field() or self.status
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        # Widgets a layout just added are shown on the next event-loop turn, and a
        # hidden widget cannot take focus: ask again once they are visible. Then the
        # pane scrolls to it: under Status and Memo it can be below a short editor.
        QTimer.singleShot(0, lambda: isValid(target) and (
            target.setFocus(Qt.FocusReason.OtherFocusReason), self.focused.emit(target)))

    def head_height(self) -> int:
        """The height that shows the title, Status and Memo (the top of the editor),
        with room for a title of two lines: many quotes take two at 400 px, and the
        annotation shown next may have one."""
        bottom = self.memo.mapTo(self, QPoint(0, self.memo.height())).y()
        title = self.title.height()
        if not self.memo.isVisible() or bottom <= 0:  # not laid out yet: from the hints
            lay = self.layout()
            title = self.title.sizeHint().height()
            bottom = (lay.contentsMargins().top() + title + 2 * lay.spacing()
                      + self.status.sizeHint().height() + self.memo.height())
        line = self.title.fontMetrics().lineSpacing()
        more = max(0, 2 - round(title / line)) * line
        return bottom + more + self.layout().contentsMargins().bottom()

    def error_text(self) -> str:
        """The refusal shown under the title, or "" when none is."""
        return self.error.text() if not self.error.isHidden() else ""

    def prepare_forms(self) -> None:
        """Make the codebook's kinds' forms ahead, one kind a turn of the event loop (the
        window asks after its first paint): selecting an annotation of a kind not shown
        before then only moves kept rows in, instead of making its widgets (~15 ms)."""
        QTimer.singleShot(0, self, self._prepare_next)

    def _prepare_next(self) -> None:
        if not isValid(self) or self.session.project.closed:
            return
        spec = next((k for k in self.session.project.codebook.kinds()
                     if k.name not in self._forms), None)
        if spec is None:
            return
        shown = self.inputs  # making a form fills self.inputs: the kind shown keeps its own
        form = self._forms[spec.name] = self._make_form(spec)
        self.inputs = shown
        for label, widget, _more in form.rows:
            # Hidden until swapped in: a hidden editor shown again shows the children
            # not hidden explicitly, and these are in no layout yet.
            label.hide()
            widget.hide()
        QTimer.singleShot(0, self, self._prepare_next)

    def _build(self, spec: KindSpec | None) -> None:
        """Show ``spec``'s fields: the form kept from the last time it was shown, or a
        new one. Making a kind's widgets (combo boxes of choices, spin boxes) took
        ~15 ms of selecting an annotation of another kind; moving kept rows back in
        takes a fraction of that."""
        # Showing a widget lays out each visible ancestor again, once per widget shown
        # (~1 ms apiece in the main window): hidden while its rows change, the editor
        # shows them with itself in one pass. Not while it holds the focus (a memo
        # being typed), which hiding it would move.
        focus = QApplication.focusWidget()
        held = focus is not None and (focus is self or self.isAncestorOf(focus))
        batch = self.isVisible() and not held
        # The cursor is in a field, or parked on the editor (below) since its fields went.
        in_field = focus is self or (focus is not None and any(
            inp.widget is focus or inp.widget.isAncestorOf(focus) for inp in self.inputs.values()))
        if batch:
            self.hide()
        try:
            self._swap(spec)
        finally:
            if batch:
                self.show()
        if in_field:
            # The field with the cursor went with its kind's rows, and Qt passed the
            # focus down its chain (to Status, where the next letter typed chose a
            # status): the cursor goes to the new kind's first field instead. With no
            # field to go to (nothing selected next: Ctrl+PgDown), it stays with the
            # editor, which takes no keys: Qt gave it to the Whole project box, where a
            # space typed next changed what the table lists.
            (self._first_shown_field() or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def _swap(self, spec: KindSpec | None) -> None:
        self._stash()
        self._kind = spec.name if spec else None
        self._field_rows, self._more_rows, self._retired_rows = 0, [], {}
        kept = self._forms.get(spec.name) if spec else None
        if kept is not None and kept.spec != spec:  # the codebook changed the kind
            self._forms.pop(kept.spec.name)
            for label, widget, _more in kept.rows:
                label.deleteLater()
                widget.deleteLater()
            for old in kept.inputs.values():
                old.deleteLater()
            kept = None
        if spec is not None and kept is None:
            kept = self._forms[spec.name] = self._make_form(spec)
        self.inputs = kept.inputs if kept else {}
        for (label, widget, more), retired in zip(kept.rows if kept else [],
                                                  kept.retired if kept else [], strict=True):
            if more and not self._more_rows:
                self.form.insertRow(self._head_rows + self._field_rows, self.more)
                self._field_rows += 1
            pos = self._head_rows + self._field_rows
            self.form.insertRow(pos, label, widget)
            label.show()
            widget.show()
            if more:
                self._more_rows.append(pos)
            if retired:
                self._retired_rows[retired] = pos
                self.form.setRowVisible(pos, False)  # until a value shows it
            self._field_rows += 1
        self.more.setVisible(bool(self._more_rows))
        self.more.setText(f"More fields ({len(self._more_rows)})")
        self._show_more(self.more.isChecked())
        self._order_tabs(kept)

    def _order_tabs(self, form: _Form | None) -> None:
        """Tab through the editor as it is shown: Status, Memo, the fields, More
        fields, its fields, then the Links controls. Qt's focus chain follows the order
        widgets were made and moved between parents, not the form's rows: Tab from the
        last field left the editor for the filter bar, and from the memo it skipped the
        Links controls. Kept here and followed by ``focusNextPrevChild``
        (``tab_chain.py``): Qt's own lost the actor chooser and the Links controls once
        Memo came before the fields."""
        chain: list[QWidget] = [self.status, self.memo]
        for (_label, _widget, more), names in zip(form.rows if form else [],
                                                   form.names if form else [], strict=True):
            if more and self.more not in chain:
                chain.append(self.more)
            chain += [self.inputs[name].widget for name in names]
        links = self.links
        chain += [links.list, links.type_combo, links.target_combo, links.add_button,
                  links.remove_button]
        self._tab_chain = chain
        for first, second in pairwise(chain[2:]):  # Qt's chain too, for the fields
            QWidget.setTabOrder(first, second)

    def focusNextPrevChild(self, forward: bool) -> bool:
        target = step(self._tab_chain, self, QApplication.focusWidget(), forward)
        if target is None:  # not in the editor's chain, or leaving it: Qt's chain
            return super().focusNextPrevChild(forward)
        target.setFocus(Qt.FocusReason.TabFocusReason if forward
                        else Qt.FocusReason.BacktabFocusReason)
        self.focused.emit(target)
        return True

    def _stash(self) -> None:
        """Take the shown kind's rows out of the form, hidden, to be shown again later."""
        if self._more_rows:
            self.form.takeRow(self.more)  # keep the disclosure button for the next kind
            self.more.hide()
            self._field_rows -= 1
        # Hiding a field that has focus moves the focus on, and a field that loses it
        # commits: not into the annotation shown next (deleting the field, as the form
        # did before it kept them, committed nothing either).
        blockers = [QSignalBlocker(inp) for inp in self.inputs.values()]
        for _ in range(self._field_rows):
            taken = self.form.takeRow(self._head_rows)
            for item in (taken.labelItem, taken.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
        for blocker in blockers:
            blocker.unblock()
        self._field_rows, self._more_rows, self._retired_rows = 0, [], {}

    def _make_form(self, spec: KindSpec) -> _Form:
        form = _Form(spec)
        self.inputs = form.inputs
        for row in plan_rows(spec):
            widget = self._row_widget(spec, row.names)
            label = QLabel(row.label, self)
            label.setBuddy(form.inputs[row.names[0]].widget)
            form.rows.append((label, widget, row.more))
            form.retired.append(row.names[0] if row.retired else "")
            form.names.append(row.names)
        return form

    def _row_widget(self, spec: KindSpec, names: tuple[str, ...]) -> QWidget:
        """One field's input, or several side by side (a figure's counts and qualifier)."""
        for name in names:
            inp = self._field_input(spec, name)
            inp.committed.connect(lambda name=name, inp=inp: self._commit_field(name, inp))
            inp.widget.installEventFilter(self)
            self.inputs[name] = inp
        if len(names) == 1:
            return self.inputs[names[0]].widget
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for name in names:
            w = self.inputs[name].widget
            if isinstance(w, QSpinBox | QDoubleSpinBox):
                # Side by side the counts lose their labels: "low 8  best 10  high 12".
                word = (spec.field(name).label or name).split()[0].lower()
                w.setPrefix(f"{word} ")
                w.setSpecialValueText(f"{word} —")
            w.setParent(box)
            row.addWidget(w, 1)
        return box

    def _field_input(self, spec: KindSpec, name: str) -> FieldInput:
        """The field's input: the actor-record field chooses a record by its name."""
        if name == spec.roles.actor_record:
            chooser = ActorRecordInput(spec.field(name), self.session, self)
            chooser.create_requested.connect(self._new_record)
            # Keys reach its combo (which hands them to its line edit), not the box the
            # row holds: Esc and the undo keys are read there.
            chooser.combo.installEventFilter(self)
            chooser.combo.lineEdit().installEventFilter(self)
            return chooser
        return FieldInput(spec.field(name), self)

    def _show_more(self, on: bool) -> None:
        """The disclosure: less-used fields (who reported it, raw words, ...) on demand."""
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        for pos in self._more_rows:
            self.form.setRowVisible(pos, on)

    # --------------------------------------------------------------- undo
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # A text field claims Ctrl+Z for its own typing, even with nothing typed: right
        # after a kind's key put the cursor in the new annotation's first field, Ctrl+Z
        # did nothing at all. A field holding only what is stored leaves the key to the
        # window's Undo / Redo (the project's history); words being typed keep it.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and is_undo_key(event) and not self._typing(obj)):
            event.ignore()
            return True
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self._elsewhere
                and self._take_elsewhere(obj)):
            return True
        return super().eventFilter(obj, event)

    def _elsewhere_sentence(self) -> str:
        """One sentence on the fields changed elsewhere while being typed in ("" if none)."""
        if not self._elsewhere or self.ann is None:
            return ""
        cb = self.session.project.codebook
        spec = cb.kind(self.ann["kind"]) if self.ann["kind"] in cb else None
        changed = []
        for name, value in self._elsewhere.items():
            label = "Memo" if name == _MEMO else (spec.field(name).label if spec else None) or name
            inp = self.inputs.get(name)
            shown = inp.value_text(value) if inp is not None else (
                "" if value is None else str(value))
            changed.append((label, f"“{_short(shown)}”" if shown.strip() else "nothing"))
        if len(changed) == 1:
            (label, value), = changed
            place = "the memo" if _MEMO in self._elsewhere else "the field"
            return (f"{label} was changed elsewhere to {value} while you typed; your words "
                    f"are kept and stored when you leave {place}, and Esc takes {value}.")
        names = ", ".join(label for label, _ in changed[:-1]) + f" and {changed[-1][0]}"
        values = ", ".join(value for _, value in changed)
        return (f"{names} were changed elsewhere ({values}) while you typed; your words are "
                "kept and stored when you leave each field, and Esc takes the other value.")

    def _elsewhere_short(self) -> str:
        """The sentence without the values, for the status bar: quoted whole, a field's
        new value ran the sentence past the bar's edge, which cut off "Esc takes"."""
        cb = self.session.project.codebook
        spec = cb.kind(self.ann["kind"]) if self.ann and self.ann["kind"] in cb else None
        labels = ["Memo" if n == _MEMO else (spec.field(n).label if spec else None) or n
                  for n in self._elsewhere]
        if len(labels) == 1:
            other = "memo" if _MEMO in self._elsewhere else "value"
            return (f"{labels[0]} was changed elsewhere while you typed; your words are "
                    f"kept, and Esc takes the other {other}.")
        return (f"{', '.join(labels[:-1])} and {labels[-1]} were changed elsewhere while "
                "you typed; your words are kept, and Esc takes the other value.")

    def _take_elsewhere(self, widget: QObject) -> bool:
        """Esc in a field changed elsewhere: show the stored value instead of the words."""
        if widget is self.memo and _MEMO in self._elsewhere:
            with QSignalBlocker(self.memo):
                self.memo.setPlainText(self._elsewhere.pop(_MEMO))
            self._show_error(self._elsewhere_sentence())
            return True
        for name, inp in self.inputs.items():
            if name in self._elsewhere and (inp.widget is widget
                                            or inp.widget.isAncestorOf(widget)):
                inp.set_value(self._elsewhere.pop(name))
                self._show_error(self._elsewhere_sentence())
                return True
        return False

    def _typing(self, widget: QObject) -> bool:
        """Whether ``widget`` holds an edit not yet stored in the annotation shown."""
        if self.ann is None:
            return False
        if widget is self.memo:
            return self.memo.toPlainText() != (self.ann.get("memo") or "")
        for name, inp in self.inputs.items():
            if inp.widget is widget or inp.widget.isAncestorOf(widget):
                return inp.differs_from(self.ann["fields"].get(name))
        return False

    # ------------------------------------------------------------- commit
    def _commit_field(self, name: str, inp: FieldInput) -> None:
        if self.ann is None or self.inputs.get(name) is not inp:
            return  # a kept form's field, not the one shown
        # Leaving a field changed elsewhere stores the words kept in it, as the
        # sentence said; its part of the sentence goes.
        told = self._elsewhere.pop(name, _UNSET) is not _UNSET
        if not inp.differs_from(self.ann["fields"].get(name)):
            if told:
                self._show_error(self._elsewhere_sentence())
            return
        self._run(fields={name: inp.value()})

    def _commit_status(self) -> None:
        if self.ann is not None and self.status.currentData() != self.ann["status"]:
            self._run(status=self.status.currentData())

    def _commit_memo(self) -> None:
        if self.ann is None:
            return
        if self._elsewhere.pop(_MEMO, _UNSET) is not _UNSET:  # the words win, as said
            self._show_error(self._elsewhere_sentence())
        stored = self.ann.get("memo") or ""
        if blank_memo(self.memo.toPlainText()) == stored != self.memo.toPlainText():
            # Spaces only, stored as no memo: nothing to write, and the box shows what
            # is stored (it kept the spaces, unlike the table and the export).
            with QSignalBlocker(self.memo):
                self.memo.setPlainText(stored)
            return
        if self.memo.toPlainText() != stored:
            self._run(memo=self.memo.toPlainText())

    def _new_record(self, name: str) -> None:
        """New in the actor-record field: a record named ``name`` (else as the quoted
        words), named by this annotation, in one step of the core (one undo)."""
        if self.ann is None:
            return
        # Imported here: the window's first paint, importing this module, needs none of it.
        from workbench.core.actor_names import record_label
        from workbench.core.ops.actors import add_actor_for

        project = self.session.project

        def said(cs: Any) -> None:
            self.session.bus.status_message.emit(
                f"Added the actor record {record_label(project, cs.result)} and named it "
                "in this annotation; Undo takes both back.")

        outcome = self.session.run(add_actor_for, self.ann["id"], name or None, sender=self,
                                   on_success=said)
        self._show_error(outcome.message or self._elsewhere_sentence())

    def _run(self, **changes: Any) -> None:
        assert self.ann is not None
        outcome = self.session.run(update_annotation, self.ann["id"], sender=self, **changes)
        self._show_error(outcome.message or self._elsewhere_sentence())

    def _on_changes(self, notice: ChangeNotice) -> None:
        # Our own writes were answered by their outcome. Another pane's write to this
        # annotation (an undo, a review) reloads the stored values over the refused
        # one, so the sentence about it no longer applies.
        if notice.sender is self or self.ann is None:
            return
        if self.ann["id"] in notice.changes.annotation_ids:
            self._show_error(self._elsewhere_sentence())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
