"""The source viewer: a document's text with every annotation highlighted.

Read-only. Select words and press a kind's key (from the codebook) to annotate
them; click a highlight to select its annotation. Offsets cross the Qt boundary
through :mod:`workbench.gui.offsets` (Qt counts UTF-16 units, the core code points).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from workbench.core import repo as repo_mod
from workbench.core.direction import has_both_directions
from workbench.core.ops.annotations import create_annotation
from workbench.core.search import word_spans
from workbench.gui import clipboard
from workbench.gui.bus import ChangeNotice, SearchState, Selection
from workbench.gui.incident_actions import add_to_incident
from workbench.gui.offsets import OffsetMap, display_text
from workbench.gui.panes.doc_index import Fetch, Mark, MarkIndex, MarkRow
from workbench.gui.panes.doc_markup import format_markdown
from workbench.gui.panes.doc_painter import (
    Palette,
    Piece,
    Plan,
    collect,
    paint_over,
    paint_under,
    plan,
)
from workbench.gui.session import Session
from workbench.gui.theme import is_dark

_NO_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                 Qt.KeyboardModifier.KeypadModifier)


class DocumentView(QPlainTextEdit):
    """One document's text with its annotations and search hits painted over it."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentView")
        self.session = session
        self.bus = session.bus
        self.doc_id: int | None = None
        self.text = ""
        self.omap = OffsetMap("")
        self.marks = MarkIndex()
        self.hits = MarkIndex()
        # (layout key, marks, pieces, palette, plan) of the last paint: see paintEvent.
        self._pieces: tuple[tuple[Any, ...], MarkIndex, list[Piece], Palette, Plan] | None = None
        self.colors = Palette()
        self.selected: str | None = None
        self.show_rejected = True
        self.markdown = False  # the shown document is Markdown, formatted in place

        self.setReadOnly(True)
        # Keyboard selection too, so a reader can annotate without the mouse.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.setPlaceholderText("Choose a document on the left, or import files "
                                "(File ▸ Import files…, or drop them on the window).")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.refresh_palette()

        self.bus.selection_changed.connect(self._on_selection)
        self.bus.project_changed.connect(self._on_changes)
        self.bus.search_changed.connect(self._on_search)

    def createMimeDataFromSelection(self) -> QMimeData:
        # A copy of an encrypted project's words: out of clipboard histories (gui/clipboard).
        return clipboard.prepared(super().createMimeDataFromSelection())

    # ------------------------------------------------------------- loading
    def load_document(self, doc_id: int | None) -> None:
        """Show the document ``doc_id`` (None or a trashed one: nothing)."""
        row = self.session.project.repo.get("document", doc_id) if doc_id is not None else None
        if row is None or row.get("deleted_at"):
            doc_id, row = None, None
        self.doc_id = doc_id
        self.text = row["text"] if row else ""
        self.omap = OffsetMap(self.text)
        self.selected = None
        option = self.document().defaultTextOption()
        # QPlainTextEdit lays every paragraph out in its own detected direction but
        # aligns with one document-wide option (a block's own alignment is ignored).
        # One direction: align to its side. Both directions (an Arabic quote in an
        # English report): justify, which Qt resolves per paragraph: a right-to-left
        # paragraph's lines end right-aligned, a left-to-right one's left-aligned.
        rtl = bool(row) and row.get("direction") == "rtl"
        option.setAlignment(Qt.AlignmentFlag.AlignJustify if has_both_directions(self.text)
                            else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                            if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)
        self.setPlainText(display_text(self.text))
        self.markdown = bool(row) and row.get("media_type") == "text/markdown"
        if self.markdown:
            format_markdown(self, self.text, self.omap)
        self._load_marks()
        self._load_hits(self.bus.search)

    def _load_marks(self) -> None:
        if self.doc_id is None:
            self.marks = MarkIndex()
            return
        repo = self.session.project.repo
        if repo.live_annotation_count(self.doc_id) > repo_mod.SMALL_DOCUMENT:
            # Read as painting asks: the marks of the text in view, not all 5,000 of a
            # large document before the first paint (~10 ms of a selection at 1M).
            self.marks = MarkIndex.lazy(self._mark_reader(self.doc_id))
        else:
            # Columns, not a Mark per annotation: painting makes the marks it shows. The
            # repo gives them in the index's order, and the filter and conversion keep it.
            self.marks = MarkIndex.from_rows(self._mark_rows(self.doc_id, 0, None),
                                             ordered=True)
        self.viewport().update()

    def _mark_rows(self, doc_id: int, start: int, stop: int | None) -> list[MarkRow]:
        """The marks (in Qt positions) of annotations that start in [start, stop), given
        in code points, in the index's order."""
        rows = self.session.project.repo.annotation_marks(doc_id, start, stop)
        if not self.show_rejected:
            rows = [r for r in rows if r[4] != "rejected"]
        if not self.omap.identity:
            # Converting keeps the order: an astral character shifts every later position.
            to_qt = self.omap.to_qt
            rows = [(k, kind, to_qt(s), to_qt(e), st) for k, kind, s, e, st in rows]
        return rows

    def _mark_reader(self, doc_id: int) -> Fetch:
        """What a lazy index reads its rows through: Qt positions in, code points to the
        repo, and back."""
        omap = self.omap

        def fetch(bound: int, upto: int | None) -> tuple[list[MarkRow], int | None]:
            if self.session.project.closed:
                return [], None  # a paint while the window lets go of its project
            start = omap.to_cp(bound)  # a bound given before: a character's start
            stop = None
            if upto is not None:
                stop = omap.to_cp(upto)
                if omap.to_qt(stop) < upto:
                    stop += 1  # inside a surrogate pair: the whole character
                if stop > omap.length_cp:
                    stop = None
            rows = self._mark_rows(doc_id, start, stop)
            return rows, None if stop is None else omap.to_qt(stop)

        return fetch

    def _load_hits(self, state: SearchState) -> None:
        spans = word_spans(self.text, state.query) if state.query and self.text else []
        to_qt = self.omap.to_qt
        self.hits = MarkIndex(Mark("", "", to_qt(s), to_qt(e)) for s, e in spans)
        self.viewport().update()

    def refresh_palette(self) -> None:
        """Re-read kind colours and markers (codebook or theme changed)."""
        kinds = self.session.project.codebook.kinds()
        self.colors = Palette(
            kind_color={k.name: QColor(k.color) for k in kinds},
            kind_marker={k.name: k.marker for k in kinds},
            dark=is_dark(self.palette()),
        )
        self.viewport().update()

    def set_show_rejected(self, on: bool) -> None:
        """Paint rejected annotations too (True) or hide them."""
        self.show_rejected = on
        self._load_marks()

    # ------------------------------------------------------------ bus in
    def _on_selection(self, sel: Selection) -> None:
        if sel.sender is self:
            return
        doc_id = sel.doc_id
        if sel.ann_id and doc_id is None:
            row = self.session.project.repo.get("annotation", sel.ann_id)
            doc_id = row["doc_id"] if row else None
        if doc_id != self.doc_id:
            self.load_document(doc_id)
        self.selected = sel.ann_id
        if sel.ann_id:
            self._select_annotation(sel.ann_id)
        else:
            self.show_first_hit()  # a document chosen during a search: show why it matched
        self.viewport().update()

    def _on_changes(self, notice: ChangeNotice) -> None:
        changes = notice.changes
        if changes.touches("codebook"):
            self.refresh_palette()
        if self.doc_id is None:
            wanted = self.bus.selection.doc_id
            if wanted is not None and str(wanted) in changes.ids("document"):
                # The document chosen was in the trash, so nothing was shown: it is
                # back (Undo, Restore) and the list has it selected again.
                self.load_document(wanted)
            return
        if self.doc_id not in changes.document_ids:
            return
        if str(self.doc_id) in changes.ids("document"):
            row = self.session.project.repo.get("document", self.doc_id)
            if row is None or row.get("deleted_at") or row["text"] != self.text:
                self.load_document(self.doc_id if row and not row.get("deleted_at") else None)
                return
        self._load_marks()

    def _on_search(self, state: SearchState) -> None:
        self._load_hits(state)
        if not self.selected:
            self.show_first_hit()

    def show_first_hit(self) -> None:
        """Scroll to the first search hit (the cursor moves there, nothing is selected)."""
        first = self.hits.first()  # hits are in start order
        if first is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(first.end)
        self.setTextCursor(cursor)
        cursor.setPosition(first.start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ----------------------------------------------------------- selection
    def _select_annotation(self, ann_id: str) -> None:
        # Among the marks read so far: a lazy index reads the rest of a large document
        # only if scrolled to, and the stored row has the same span.
        mark = self.marks.read_mark(ann_id)
        if mark is not None:
            self.select_qt_span(mark.start, mark.end)
            return
        row = self.session.project.repo.get("annotation", ann_id)  # e.g. a rejected one
        if row and row["doc_id"] == self.doc_id:
            self.select_qt_span(*self.omap.span_to_qt(row["start"], row["end"]))

    def select_qt_span(self, start: int, end: int) -> None:
        """Select and scroll to a span given in Qt positions."""
        cursor = self.textCursor()
        cursor.setPosition(end)  # scroll to the end first, then the start, so both show
        self.setTextCursor(cursor)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int] | None:
        """The text selection in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.omap.span_to_cp(cursor.selectionStart(), cursor.selectionEnd())

    def _words_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The span without the spaces and line breaks at its edges (a dragged selection
        takes the space after its last word), or None when nothing else is in it."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def step_annotation(self, step: int) -> None:
        """Select the next (1) or previous (-1) annotation of this document."""
        mark = self.marks.neighbour(self.selected, self.textCursor().selectionStart(), step)
        if mark is None:
            self.bus.status_message.emit("No further annotation in this document.")
            return
        self._choose(mark.key)

    def _choose(self, ann_id: str) -> None:
        self.selected = ann_id
        self._select_annotation(ann_id)
        self.viewport().update()
        self.bus.select(ann_id, self.doc_id, sender=self)

    # ---------------------------------------------------------- annotating
    def annotate_selection(self, kind: str) -> str | None:
        """Annotate the selected text as ``kind``; returns the new annotation id."""
        span = self.selected_span()
        if self.doc_id is None or span is None:
            self.bus.status_message.emit("Select some text first, then press a kind's key.")
            return None
        span = self._words_of(*span)
        if span is None:
            # A gap or a blank line selected: an annotation of no words quotes nothing.
            self.bus.status_message.emit("Select some words first, then press a kind's key.")
            return None
        # The selected words already say much of what the fields hold (counts, dates).
        words = self.text[span[0]:span[1]]
        # The extractors behind prefilling take ~0.5 s to import: loaded on the first
        # annotation made, not before the window's first paint.
        from workbench.core.prefill import prefill_fields

        fields = prefill_fields(self.session.project, kind, words, self.doc_id)
        # The words as shown: refused if another program replaced the text since.
        outcome = self.session.run(create_annotation, self.doc_id, kind, *span, fields,
                                   sender=self, seen=words)
        if outcome.changes is None:
            return None  # refused: the status bar says why
        ann_id = str(outcome.changes.result)
        self._choose(ann_id)
        self.bus.edit_requested.emit(ann_id)
        spec = self.session.project.codebook.kind(kind)
        self.bus.status_message.emit(f"{spec.label} added — fill in its fields.")
        return ann_id

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (self.textCursor().hasSelection() and len(text) == 1 and text.isalnum()
                and event.modifiers() in _NO_MODIFIERS):
            spec = self.session.project.codebook.by_key(text, active=True)
            if spec is not None:
                self.annotate_selection(spec.name)
                event.accept()
                return
        if (text.lower() == "i" and event.modifiers() in _NO_MODIFIERS
                and self.session.project.codebook.by_key(text, active=True) is None):
            self.add_to_incident()
            event.accept()
            return
        super().keyPressEvent(event)

    def add_to_incident(self) -> str | None:
        """Key I: put the selected annotation in the current incident (or a new one)."""
        ann_id = self.selected or self.bus.selection.ann_id
        return add_to_incident(self.session, [ann_id] if ann_id else [], sender=self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        pos = self.cursorForPosition(event.position().toPoint()).position()
        found = [m.key for m in self.marks.at(pos)]
        if found:
            # Innermost first; a click on the one already chosen goes to the next under it
            # (the same words coded twice, a figure inside a statement), which a click
            # could not reach before.
            at = found.index(self.selected) + 1 if self.selected in found else 0
            self._choose(found[at % len(found)])

    # ------------------------------------------------------------ painting
    def _layout_key(self, clip: QRectF) -> tuple[Any, ...]:
        """What the pieces of marks in view depend on: the marks, the area painted, the
        scroll position, the width text wraps to, the text and its layout."""
        # Not the document's size: the plain text layout grows it as it lays out blocks
        # further down, which moves nothing in view.
        offset = self.contentOffset()
        return (id(self.marks), clip.getRect(), offset.x(), offset.y(),
                self.firstVisibleBlock().blockNumber(), self.viewport().width(),
                self.document().revision(), self.font().key())

    def paintEvent(self, event: QPaintEvent) -> None:
        clip = QRectF(event.rect())
        # A repaint with nothing moved (hover, focus, a tool tip, the table beside it
        # selecting) reuses the last paint's pieces and what was drawn for them:
        # finding and preparing them is most of a paint.
        key = self._layout_key(clip)
        cached = self._pieces
        if (cached is not None and cached[0] == key and cached[1] is self.marks
                and cached[3] is self.colors):
            pieces, drawn = cached[2], cached[4]
        else:
            pieces = collect(self, self.marks, clip)
            drawn = plan(pieces, self.colors)
            self._pieces = (key, self.marks, pieces, self.colors, drawn)
        painter = QPainter(self.viewport())
        paint_under(painter, drawn, collect(self, self.hits, clip), self.colors)
        painter.end()
        super().paintEvent(event)  # the text, the cursor and the text selection
        painter = QPainter(self.viewport())
        paint_over(painter, drawn, pieces, self.colors, self.selected)
        painter.end()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.refresh_palette()
            if self.markdown:
                format_markdown(self, self.text, self.omap)  # the dimmed markup's colour
