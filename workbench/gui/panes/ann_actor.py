"""The actor-record field (the kind's ``actor_record`` role) as a chooser of records by
name, never as the id it stores.

Typing a piece of a name or of an alias lists the records that hold it (folded as the
core folds search: case, diacritics, Arabic letter variants); picking one, or leaving
the field on a name or alias only one record has, stores that record's id through the
editor as any field is stored. An emptied field stores none. "New" asks the core for a
record named as typed (else as the annotation's quoted words) and names it here, in
one undo step. A stored id that names no live record is shown as the core names it
("trashed record: NAME", "unknown record ID: ...") and kept until another is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from workbench.core import actor_names
from workbench.core.codebook import FieldSpec
from workbench.gui import theme
from workbench.gui.bus import ChangeNotice
from workbench.gui.panes.ann_fields import FieldInput, compact
from workbench.gui.session import Session

NONE_TEXT = "none"
# A typed name no record has: a cue only, as a date field's; nothing is stored.
_UNMATCHED_STYLE = "QComboBox { border: 2px solid #d0453b; }"
UNMATCHED_TIP = ("No record has this name or alias: pick one from the list, or press "
                 "New to add a record of this name.")
_ODD = Qt.ItemDataRole.UserRole + 1  # marks the item of an id that names no live record
NEW_TIP = ("Add an actor record named as typed here (or as the annotation's quoted words) "
           "and name it in this annotation; Undo takes both back.")


class ActorRecordInput(FieldInput):
    """The chooser; ``value()`` is the chosen record's id (or None)."""

    create_requested = Signal(str)  # the typed name, "" for the annotation's words

    def __init__(self, spec: FieldSpec, session: Session, parent: QWidget | None = None):
        super().__init__(spec, parent)
        self.session = session
        self._chosen: Any = None
        self._records: list[actor_names.Choice] | None = None
        self._entries: dict[str, str] = {}  # completion text -> record id
        self._matches = QStringListModel(self)
        self.completer = QCompleter(self._matches, self.combo)
        # The core decides what matches (aliases, folding); the popup shows its list.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # On the line edit, not the combo: the combo would look the completion's text
        # up among its items ("Name — alias" is none) and select nothing.
        self.combo.lineEdit().setCompleter(self.completer)
        # Queued: the completer writes its entry ("Name — alias") into the line after
        # saying so; the record's name is shown once it has.
        self.completer.activated[str].connect(self._completed,
                                              Qt.ConnectionType.QueuedConnection)
        self.combo.activated.connect(self._picked)
        self.combo.lineEdit().textEdited.connect(self._typed)
        self.combo.lineEdit().editingFinished.connect(self._finished)
        self.new_button.clicked.connect(self._new)
        session.bus.project_changed.connect(self._on_changes)

    def _build(self, spec: FieldSpec, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        self.combo = QComboBox(box)
        self.combo.setObjectName("actorRecordChooser")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText("type a name or alias")
        compact(self.combo, 8)
        self.new_button = QToolButton(box)
        self.new_button.setObjectName("actorRecordNew")
        self.new_button.setText("New")
        self.new_button.setToolTip(NEW_TIP)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.combo, 1)
        row.addWidget(self.new_button)
        box.setFocusProxy(self.combo)
        return box

    # ------------------------------------------------------------- values
    def value(self) -> Any:
        return self._chosen

    def set_value(self, value: Any) -> None:
        if value and self._item_of(value) is None:
            self._records = None  # a record added since the list was read (New)
        self._fill()
        self._choose(value)

    def differs_from(self, stored: Any) -> bool:
        # Words typed and not yet a record count: another write to the annotation then
        # leaves them in the field (the editor says so) instead of wiping them.
        return self._chosen != stored or bool(self._typed_name())

    def value_text(self, value: Any) -> str:
        return actor_names.record_label(self.session.project, str(value)) if value else ""

    def shown_text(self) -> str:
        """What the field shows ("" under its hint when no record is chosen)."""
        return self.combo.currentText()

    # ------------------------------------------------------------ content
    def _fill(self) -> None:
        """The list: none, then the live records by name (read again after a change)."""
        if self._records is not None:
            return
        self._records = actor_names.choices(self.session.project)
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(NONE_TEXT, None)
            for choice in self._records:
                self.combo.addItem(choice.name, choice.id)
                if choice.aliases:
                    self.combo.setItemData(self.combo.count() - 1,
                                           "also: " + "; ".join(choice.aliases),
                                           Qt.ItemDataRole.ToolTipRole)

    def _item_of(self, actor_id: Any) -> int | None:
        pos = self.combo.findData(actor_id)
        return pos if pos >= 0 else None

    def _choose(self, value: Any) -> None:
        """Show ``value`` selected: a live record by its name, any other id by what the
        core calls it, as an item of its own (kept, not replaced)."""
        with QSignalBlocker(self.combo):
            last = self.combo.count() - 1
            if last > 0 and self.combo.itemData(last, _ODD):
                self.combo.removeItem(last)  # the previous odd id's item
            pos = self._item_of(value) if value else 0
            if pos is None:
                label = actor_names.record_label(self.session.project, str(value))
                self.combo.addItem(label, value)
                pos = self.combo.count() - 1
                self.combo.setItemData(pos, True, _ODD)
            self.combo.setCurrentIndex(pos)
            # None chosen: an empty line under its hint, ready for typing (the list's
            # first item still reads "none").
            self.combo.setEditText(self.combo.itemText(pos) if pos else "")
            # Its beginning in view ("trashed record: …"), not its end, when too long.
            self.combo.lineEdit().setCursorPosition(0)
        self._chosen = value
        odd = self.combo.itemData(pos, _ODD)
        self._colour(bool(odd))
        self._mark(False)
        tip = self.combo.itemData(pos, Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip(f"{self.spec.label}: {self.combo.itemText(pos)}"
                              + (f" ({tip})" if tip else ""))

    def _colour(self, odd: bool) -> None:
        """A trashed or unknown record's words in the theme's error colour (the combo's
        line edit takes no style sheet colour of its own: its palette is set)."""
        line = self.combo.lineEdit()
        palette = self.combo.palette()
        if odd:
            dark = theme.luminance(palette.color(QPalette.ColorRole.Base)) < 0.5
            palette.setColor(QPalette.ColorRole.Text,
                             QColor(theme.colors("dark" if dark else "light")["error"]))
        line.setPalette(palette)

    def _mark(self, unmatched: bool) -> None:
        self.combo.setStyleSheet(_UNMATCHED_STYLE if unmatched else "")
        self.combo.lineEdit().setToolTip(UNMATCHED_TIP if unmatched else "")

    def _typed_name(self) -> str:
        """The words typed in the field, when they are not what it shows as chosen."""
        text = " ".join(self.combo.currentText().split())
        pos = self.combo.currentIndex()
        return "" if pos > 0 and text == self.combo.itemText(pos) else text

    # ------------------------------------------------------------- events
    def _typed(self, text: str) -> None:
        self._fill()
        found = actor_names.search(self._records or [], text)
        self._entries = {}
        for choice, alias in found:
            entry = f"{choice.name} — {alias}" if alias else choice.name
            if entry in self._entries:  # two records of one name: tell them apart
                entry = f"{entry} ({choice.id[:8]})"
            self._entries[entry] = choice.id
        self._matches.setStringList(list(self._entries))
        self._mark(bool(text.strip()) and not found)
        if found and text.strip():
            self.completer.complete()

    def _completed(self, entry: str) -> None:
        actor_id = self._entries.get(entry)
        if actor_id is not None:
            self._take(actor_id)

    def _picked(self, pos: int) -> None:
        self._take(self.combo.itemData(pos))

    def _finished(self) -> None:
        """Leaving the field (or Enter): a name or alias one record has chooses it; an
        empty field chooses none; other words stay, marked, for New."""
        self.completer.popup().hide()
        text = self.combo.currentText().strip()
        pos = self.combo.currentIndex()
        if pos > 0 and text == self.combo.itemText(pos):
            if self.combo.itemData(pos) != self._chosen:
                self._take(self.combo.itemData(pos))
            return
        if not text or (pos == 0 and text == NONE_TEXT):
            self._take(None)
            return
        self._fill()
        match = actor_names.exact(self._records or [], text)
        if match is not None:
            self._take(match.id)
        else:
            self._mark(True)

    def _take(self, actor_id: Any) -> None:
        changed = actor_id != self._chosen
        self._choose(actor_id)
        if changed:
            self.committed.emit()

    def _new(self) -> None:
        self.create_requested.emit(self._typed_name())

    def _on_changes(self, notice: ChangeNotice) -> None:
        if self.session.project.closed or not notice.changes.touches("actor"):
            return
        # A record added, renamed, merged or trashed: the list and the name shown follow
        # (words being typed stay).
        typed = self._typed_name()
        self._records = None
        self._fill()
        self._choose(self._chosen)
        if typed:
            self.combo.setEditText(typed)
            self._mark(actor_names.exact(self._records or [], typed) is None)
