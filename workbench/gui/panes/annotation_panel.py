"""The annotation panel: a filtered, sortable table of annotations, a review mode for
suggestions, and the codebook-driven editor of the selected annotation.

It reads through workbench.core.query / project.repo, writes only through
``session.run`` and talks to other panes only through the Bus.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.core import ann_pages, query
from workbench.core.actor_names import RecordNames
from workbench.core.ann_pages import Listing
from workbench.core.changes import ChangeSet
from workbench.core.ops.annotations import set_status
from workbench.core.repo import SMALL_DOCUMENT
from workbench.core.wording import agrees, counted
from workbench.gui.bus import ChangeNotice, DateFilter, IncidentFilter, Selection
from workbench.gui.following import following
from workbench.gui.incident_actions import add_to_incident
from workbench.gui.models.annotation_page_model import AnnotationPageModel
from workbench.gui.models.annotation_table_model import (
    CODER,
    DATE,
    DOCUMENT,
    KEY,
    KIND,
    STATUS,
    TEXT,
    AnnotationTableModel,
)
from workbench.gui.panes.ann_editor import AnnotationEditor
from workbench.gui.panes.ann_filters import FilterBar
from workbench.gui.rtl_cells import set_own_direction
from workbench.gui.select_row import select_row
from workbench.gui.session import Session

# Above this many changed annotations a full re-query is cheaper than patching rows.
PATCH_LIMIT = 500
# A document with more annotations than this is listed a page at a time, like the whole
# project: reading, decoding and sorting 5,000 rows took longer than a selection may. The
# repo's threshold, so a smaller one is read once, whole, for the viewer and the table.
PAGED_DOCUMENT = SMALL_DOCUMENT
TEXT_AND_KEY_LEAST = 140  # the table's Text and Key fields columns together, at least
# Rows the table is given before the editor grows past its title, Status and Memo: at
# 1024×640 the 2:3 share left the table three rows.
TABLE_ROWS = 6
TABLE_SHARE = 0.4  # of the panel's height, where that is more than TABLE_ROWS
INTO_VIEW_MARGIN = 6  # room kept above and below a field the editor scrolls to


class AnnotationPanel(QWidget):
    """The annotation table with its filters, review keys and the editor below."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.session = session
        self.bus = session.bus
        self.project = session.project
        self.doc_id: int | None = self.bus.selection.doc_id
        self.ann_id: str | None = self.bus.selection.ann_id
        self._syncing = False  # True while the panel moves its own table selection

        self.filters = FilterBar(self)
        # One document's rows are held in memory (patched in place on edits); across
        # documents the table reads pages from the project (a million rows stay there).
        self.doc_model = AnnotationTableModel(lambda: self.project.codebook, self)
        self.page_model = AnnotationPageModel(self.project, lambda: self.project.codebook,
                                              self)
        # One lookup of actor records' names for both models, read again after a write
        # to the records (``_on_changes``).
        self.record_names = RecordNames(self.project)
        self.doc_model.record_name = self.page_model.record_name = self.record_names
        self.page_model.sorting.connect(self._on_sorting)
        self.page_model.sort_failed.connect(self.bus.status_message.emit)
        self.model: AnnotationTableModel = self.doc_model
        self.table = QTableView(self)
        self.table.setObjectName("annotationTable")
        self.table.setModel(self.model)
        set_own_direction(self.table, TEXT, DOCUMENT)  # Arabic quotes and titles
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # document order at first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        # Rows drag onto an incident in the incident list (annotation ids as MIME data).
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((DATE, 90), (CODER, 80)):
            self.table.setColumnWidth(col, width)
        self._user_sized = False  # once the user drags a column, the fit leaves them alone
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        # Delete rejects a suggestion; moving an annotation to the trash is asked for
        # by name (the context menu, Edit → Move annotation to trash, Shift+Delete).
        self.trash_action = QAction("Move to trash", self.table)
        self.trash_action.setObjectName("trashAnnotations")
        self.trash_action.setShortcut(QKeySequence("Shift+Delete"))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.trash_action.triggered.connect(lambda _c=False: self.trash_selected())
        self.table.addAction(self.trash_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.editor = AnnotationEditor(session, self)
        self.editor_scroll = scroll = QScrollArea(self)
        scroll.setObjectName("annotationEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        # A focused field is scrolled into view sideways too; the editor fits its width,
        # so any sideways offset only hides the labels' first letters. Pin it to 0.
        hbar = scroll.horizontalScrollBar()
        hbar.valueChanged.connect(lambda v: v and hbar.setValue(0))
        self.split = split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("annotationSplitter")
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(5)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 300])
        self.editor.focused.connect(self._into_view)
        # Below this the editor's count row and the table's first columns no longer fit.
        self.setMinimumWidth(400)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filters)
        lay.addWidget(split, 1)

        self.filters.changed.connect(self.reload)
        self.filters.clear_period.connect(self._clear_period)
        self.filters.clear_incident.connect(
            lambda: self.bus.set_incident_filter(None, None, sender=self))
        self.filters.accept_menu_requested.connect(self._fill_accept_menu)
        self.bus.selection_changed.connect(self._on_selection)
        self.bus.project_changed.connect(self._on_changes)
        self.bus.date_filter_changed.connect(self._on_date_filter)
        self.bus.incident_filter_changed.connect(self._on_incident_filter)
        self.bus.edit_requested.connect(self.edit)
        self.bus.search_changed.connect(lambda _s: self.whole_project() and self.reload())
        self.filters.set_codebook(self.project.codebook)
        self.filters.set_period(self.bus.date_filter.date_from, self.bus.date_filter.date_to)
        self.reload()

    # -------------------------------------------------------------- query
    def current_filter(self) -> query.AnnotationFilter:
        """The query the table shows: scope, filter bar and the bus's period."""
        f, df = self.filters, self.bus.date_filter
        return query.AnnotationFilter(
            doc_id=None if self.whole_project() or self.incident_members() is not None
            else self.doc_id,
            kinds=f.kinds(), statuses=f.statuses(), coder=f.coder_value(), text=f.text_value(),
            date_from=df.date_from, date_to=df.date_to,
        )

    def listed_filter(self) -> query.AnnotationFilter | None:
        """The query of exactly the rows the table lists; None while it lists none
        because no document is shown (its filter would otherwise mean every document)."""
        if not self.whole_project() and self.doc_id is None:
            return None
        return self.current_filter()

    def whole_project(self) -> bool:
        """True when the table shows every document's annotations, not just the current one's."""
        return self.filters.whole_project.isChecked()

    def incident_members(self) -> frozenset[str] | None:
        """The incident filter's annotation ids (they span documents), or None."""
        return self.bus.incident_filter.ann_ids

    def set_whole_project(self, on: bool) -> None:
        """Show every document's annotations (True) or the current document's."""
        self.filters.whole_project.setChecked(on)

    def listing(self) -> Listing | None:
        """What the table lists, for the paged model, when it spans documents (whole
        project, or an incident's members) or shows one document of more than
        PAGED_DOCUMENT annotations; None when it holds one document's rows in memory."""
        flt, members = self.current_filter(), self.incident_members()
        if flt.doc_id is not None:
            # Counted without the filter bar's filters, so filtering does not switch models
            # (the count the viewer asked for too when it showed the document).
            big = self.project.repo.live_annotation_count(flt.doc_id) > PAGED_DOCUMENT
            return Listing(flt) if big else None
        if members is None and not self.whole_project():
            return None
        # Across the project a search narrows the table to the documents it found, as it
        # narrows the document list and the timeline.
        found = self.bus.search.doc_ids if self.whole_project() else None
        return Listing(flt, ids=members, doc_ids=found)

    def _use(self, model: AnnotationTableModel) -> None:
        """Show ``model`` in the table, in the order the header shows."""
        if model is self.model:
            return
        self.model = model
        self.table.setModel(model)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def reload(self) -> None:
        """Re-query the rows for the current scope and filters."""
        listing = self.listing()
        titles = self.project.repo.document_titles()
        if listing is not None:
            self._use(self.page_model)
            self.page_model.set_documents(titles)
            self.page_model.set_listing(listing)
            self.filters.add_coders({self.project.coder})
            self._reselect()
            return
        self._use(self.doc_model)
        members = self.incident_members()
        if not self.whole_project() and self.doc_id is None and members is None:
            rows: list[dict[str, Any]] = []
        else:
            rows = query.annotations(self.project, self.current_filter())
        if members is not None:
            rows = [r for r in rows if r["id"] in members]
        found = self.bus.search.doc_ids
        if found is not None and self.whole_project():
            # Across the project a search narrows the table to the documents it found,
            # as it narrows the document list and the timeline.
            rows = [r for r in rows if r["doc_id"] in found]
        self.model.set_documents(titles)
        self.model.set_rows(rows)
        self.filters.add_coders({r["coder"] for r in rows if r.get("coder")} | {self.project.coder})
        self._reselect()

    def _on_changes(self, notice: ChangeNotice) -> None:
        cs = notice.changes
        if cs.touches("codebook"):
            self.filters.set_codebook(self.project.codebook)
        if cs.touches("actor"):
            self.record_names.forget()
            self.model.names_changed()
        ids = cs.annotation_ids
        flt = self.current_filter()
        if (cs.touches("document") or cs.touches("codebook") or len(ids) > PATCH_LIMIT
                or flt.text or flt.date_from or flt.date_to
                or self.incident_members() is not None or self.bus.search.doc_ids is not None):
            self.reload()  # text and period filters live in core.query: let it decide
            return
        # A row taken out (an undone tag, a status the filters hide) makes Qt move the
        # current row to a neighbour: not a choice of the user's, so not published (the
        # viewer, the editor and the incidents followed an annotation nobody chose).
        with following(self):
            if ids and self.model is self.page_model:
                self.page_model.patch_rows([], ids)  # it reads its pages again
            elif ids:
                repo = self.project.repo
                rows = [] if flt.doc_id is None and not self.whole_project() else (
                    repo.annotations(ids=ids, doc_id=flt.doc_id, kinds=flt.kinds,
                                     statuses=flt.statuses, coder=flt.coder))
                found = {r["id"] for r in rows}
                self.model.patch_rows(rows, [i for i in ids if i not in found])
        if ids or cs.touches("link"):
            self._reselect()

    def _on_sorting(self, running: bool) -> None:
        # A big listing is sorted in a thread: say so, and keep the pointer usable.
        if running:
            self.bus.status_message.emit(
                f"Sorting {self.page_model.rowCount():,} annotations…")
            self.table.horizontalHeader().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.table.horizontalHeader().unsetCursor()

    # ----------------------------------------------------------- selection
    def _current_row_changed(self, current: Any, _previous: Any) -> None:
        if self._syncing or not current.isValid():
            return
        row = self.model.row_at(current.row())
        self._remember(row["id"])
        self.editor.show_annotation(row)
        self.bus.select(row["id"], row["doc_id"], sender=self)

    def _on_selection(self, sel: Selection) -> None:
        if sel.sender is self:
            return
        self._remember(sel.ann_id)
        if sel.doc_id != self.doc_id:
            self.doc_id = sel.doc_id
            if not self.whole_project() and self.incident_members() is None:
                self.reload()
                return
        self._reselect()

    def _remember(self, ann_id: str | None) -> None:
        # The previous annotation is offered first as a link target.
        if ann_id != self.ann_id and self.ann_id:
            self.editor.links.last_selected = self.ann_id
        self.ann_id = ann_id

    def _reselect(self) -> None:
        """Select and show ``self.ann_id`` without publishing (it came from the bus)."""
        with following(self):
            select_row(self.table, self.model.row_of(self.ann_id))
        # The editor shows the selection even when the filters hide its row.
        ann = self.project.repo.get("annotation", self.ann_id) if self.ann_id else None
        self.editor.show_annotation(ann if ann and not ann.get("deleted_at") else None)

    def select_annotation(self, ann_id: str) -> None:
        """Select a row as if the user clicked it (publishes the selection)."""
        pos = self.model.row_of(ann_id)
        if pos is not None:
            select_row(self.table, pos)  # the row alone, whatever keys are held

    def edit(self, ann_id: str) -> None:
        """bus.edit_requested: show the annotation and put the cursor in its first field."""
        ann = self.project.repo.get("annotation", ann_id)
        if ann is None:
            return
        self._remember(ann_id)
        if not self.whole_project() and ann["doc_id"] != self.doc_id:
            self.doc_id = ann["doc_id"]
            self.reload()
        else:
            self._reselect()
        self.editor.focus_first_field()

    # ------------------------------------------------------------- period
    def _on_date_filter(self, df: DateFilter) -> None:
        self.filters.set_period(df.date_from, df.date_to)
        self.reload()

    def _on_incident_filter(self, _flt: IncidentFilter) -> None:
        self.filters.set_incident_note(self.bus.incident_filter.ann_ids is not None)
        self.reload()

    def _clear_period(self) -> None:
        self.bus.set_date_filter(None, None, sender=self)

    # ------------------------------------------------------------- layout
    def _into_view(self, widget: QWidget) -> None:
        """Scroll the editor to show all of ``widget``, once rows just moved into the
        form are laid out. (Qt's ``ensureWidgetVisible`` settles for a line edit's
        cursor: a field cut in half by the pane's bottom edge counted as shown.)"""

        def scroll() -> None:
            if not (isValid(widget) and isValid(self)) or not widget.isVisible():
                return
            self.editor.layout().activate()  # the rows' places, not the last ones
            top = widget.mapTo(self.editor, QPoint(0, 0)).y() - INTO_VIEW_MARGIN
            bottom = top + widget.height() + 2 * INTO_VIEW_MARGIN
            bar = self.editor_scroll.verticalScrollBar()
            room = self.editor_scroll.viewport().height()
            if top < bar.value() or bottom - top > room:
                bar.setValue(top)
            elif bottom > bar.value() + room:
                bar.setValue(bottom - room)

        QTimer.singleShot(0, self, scroll)

    def fit_split(self) -> None:
        """Share the height between the table and the editor as a new window does: the
        table TABLE_ROWS rows (or TABLE_SHARE of the height, when more), the editor at
        least its title, Status and Memo, and the table whatever is left when the panel
        is shorter still."""
        split = self.split
        total = sum(split.sizes())
        if total <= 0:
            return
        table = self.table
        chrome = (table.horizontalHeader().height() + 2 * table.frameWidth()
                  + table.horizontalScrollBar().sizeHint().height())
        rows = chrome + TABLE_ROWS * table.verticalHeader().defaultSectionSize()
        head = self.editor.head_height() + 2 * self.editor_scroll.frameWidth()
        want = max(round(total * TABLE_SHARE), min(rows, total - head))
        want = max(want, table.minimumSizeHint().height())
        split.setSizes([want, total - want])

    # ------------------------------------------------------------ columns
    def _section_resized(self, *_args: Any) -> None:
        if not self._fitting:
            self._user_sized = True

    def fit_columns(self) -> None:
        """Size Kind, Text, Key fields and Status to the table's width, so all four are in
        view on a laptop's right pane; Date, Coder and Document are a scroll away."""
        vp = self.table.viewport().width()
        fm = self.table.fontMetrics()
        labels = [k.label for k in self.project.codebook.kinds()] or ["Kind"]
        kind = min(max(self._kind_width(t) for t in labels), 180)
        status = max(fm.horizontalAdvance(s) for s in ("suggested", "Status")) + 16
        # Text and Key fields share what is left, down to two short columns: with 220 px
        # kept for them, a 400 px panel (a 1024 px screen) put Status off its right edge.
        # Their cells elide, the whole words in each row's tool tip.
        rest = max(vp - kind - status, TEXT_AND_KEY_LEAST)
        text = max(rest * 11 // 20, TEXT_AND_KEY_LEAST // 2)
        self._fitting = True
        try:
            for col, width in ((KIND, kind), (TEXT, text), (KEY, rest - text),
                               (STATUS, status)):
                self.table.setColumnWidth(col, width)
        finally:
            self._fitting = False

    def _kind_width(self, label: str) -> int:
        """The Kind column's width that shows ``label`` whole beside its swatch, in the
        italic a suggestion's kind is set in, as the view's style lays the cell out. It
        once added 16 px to an icon width of -1 (the view's unset icon size), and read
        "Casualty fi…" at 1280×720."""
        style, view = self.table.style(), self.table
        opt = QStyleOptionViewItem()
        view.initViewItemOption(opt)
        opt.text = label
        opt.features |= (QStyleOptionViewItem.ViewItemFeature.HasDisplay
                         | QStyleOptionViewItem.ViewItemFeature.HasDecoration)
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        opt.decorationSize = QSize(icon, icon)
        italic = QFont(view.font())
        italic.setItalic(True)
        width = 0
        for font in (view.font(), italic):
            opt.font, opt.fontMetrics = font, QFontMetrics(font)
            size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt,
                                          QSize(), view)
            width = max(width, size.width())
        return width + 2  # the grid line

    # -------------------------------------------------------------- review
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.table.viewport() and event.type() == QEvent.Type.Resize
                and not self._user_sized):
            self.fit_columns()
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.review("accepted")
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                return self.review("rejected")
            if key == Qt.Key.Key_I and isinstance(event, QKeyEvent) and not (
                    event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                self.add_to_incident()
                return True
        return super().eventFilter(obj, event)

    def add_to_incident(self) -> str | None:
        """Key I: put the selected rows in the current incident (or a new one)."""
        return add_to_incident(self.session, self.selected_ids(), sender=self)

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r)["id"] for r in rows]

    def review(self, status: str) -> bool:
        """Accept or reject the selected suggestions, then move to the next suggestion."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.row_at(r)["id"] for r in rows
               if self.model.row_at(r)["status"] == "suggested"]
        if not ids:
            return False
        nxt = self._next_suggestion(rows[-1], set(ids))
        # Only those still suggestions: one reviewed elsewhere since keeps that review.
        outcome = self.session.run(set_status, ids, status, sender=self,
                                   only_from="suggested")
        if not outcome.ok:
            return True
        self._say_reviewed_elsewhere(outcome.changes)
        pos = self.model.row_of(nxt) if nxt is not None else None
        if pos is not None:
            # Not the view's own move: with Ctrl or Shift still down from the key press
            # it would keep the reviewed row selected for the next key.
            select_row(self.table, pos)
            if self.ann_id != nxt:
                # Qt had already made it current, unpublished, as the rows above it left
                # the filtered table: no currentRowChanged comes from the line above.
                self._current_row_changed(self.model.index(pos, 0), None)
        return True

    def trash_selected(self, ids: list[str] | None = None) -> bool:
        """Move the selected annotations (or ``ids``) to the trash in one undoable
        write; False when there were none or the core refused."""
        from workbench.core.ops.trash import trash_items

        ids = self.selected_ids() if ids is None else ids
        if not ids:
            self.bus.status_message.emit("Select the annotations to move to the trash.")
            return False
        # The core's trash of several items (as `trash ID...`): one write, one undo step.
        outcome = self.session.run(trash_items, [("annotation", i) for i in ids],
                                   sender=self)
        if outcome.ok:
            n = len(outcome.changes.result.trashed) if outcome.changes is not None else 0
            self.bus.status_message.emit(
                f"Moved {counted(n, 'annotation')} to the trash. Edit → Undo takes "
                f"{agrees(n, 'it', 'them')} back; Edit → Trash… restores "
                f"{agrees(n, 'it', 'them')} later.")
        return outcome.ok

    def _next_suggestion(self, after: int, skip: set[str]) -> str | None:
        n = self.model.rowCount()
        # Across a project the rows are read a page at a time: look a few pages each way.
        reach = 5 * 200 if self.model is self.page_model else n
        for pos in [*range(after + 1, min(n, after + 1 + reach)),
                    *range(after, max(-1, after - reach), -1)]:
            row = self.model.row_at(pos)
            if row["status"] == "suggested" and row["id"] not in skip:
                return row["id"]
        return None

    def suggestion_counts(self) -> dict[str, list[str]]:
        """Suggested annotation ids per kind under the current scope and filters, for
        accepting in bulk: orphans (words gone on re-import) are reviewed one by one."""
        flt = self.current_filter()
        if flt.statuses is not None and "suggested" not in flt.statuses:
            return {}  # the status filter hides every suggestion: none is in view
        flt.statuses = ["suggested"]
        listing = self.listing()
        if listing is None and flt.doc_id is None:
            return {}
        listing = Listing(flt) if listing is None else replace(listing, flt=flt)
        return ann_pages.ids_by_kind(self.project, listing, skip_orphans=True)

    def orphaned_suggestions(self) -> int:
        """Suggestions under the current scope and filters that "Accept all" leaves out
        (orphaned by a re-import), for its menu to say so."""
        flt = self.current_filter()
        if flt.statuses is not None and "suggested" not in flt.statuses:
            return 0
        flt.statuses = ["suggested"]
        listing = self.listing()
        if listing is None and flt.doc_id is None:
            return 0
        listing = Listing(flt) if listing is None else replace(listing, flt=flt)
        every = ann_pages.ids_by_kind(self.project, listing)
        return sum(map(len, every.values())) - sum(map(len, self.suggestion_counts().values()))

    def accept_all(self, kind: str) -> None:
        """Accept every suggestion of ``kind`` in the current view in one step (one undo)."""
        ids = self.suggestion_counts().get(kind, [])
        if not ids:
            return
        cb = self.project.codebook
        label = cb.kind(kind).label if kind in cb else kind

        def said(cs: ChangeSet) -> None:
            # Most of the rows it changes may be out of view: say what was done.
            done = len(ids) - len(cs.result or ())
            one = done == 1
            if done:
                self.bus.status_message.emit(
                    f"Accepted {done} {label} suggestion{'' if one else 's'}; Undo takes "
                    f"{'it' if one else 'them'} back.")

        outcome = self.session.run(set_status, ids, "accepted", sender=self,
                                   only_from="suggested", on_success=said)
        self._say_reviewed_elsewhere(outcome.changes)

    def _say_reviewed_elsewhere(self, changes: ChangeSet | None) -> None:
        """The status bar names the suggestions another window or program reviewed
        since the table showed them, which kept that review."""
        left = (changes.result or []) if changes is not None else []
        if left:
            self.bus.status_message.emit(
                f"{counted(len(left), 'suggestion')} had been reviewed or moved to the "
                "trash in another window or program meanwhile, and left as that made "
                f"{agrees(len(left), 'it', 'them')}.")

    def _fill_accept_menu(self, menu: QMenu) -> None:
        menu.clear()
        counts = self.suggestion_counts()
        cb = self.project.codebook
        for kind, ids in counts.items():
            label = cb.kind(kind).label if kind in cb else kind
            act = menu.addAction(f"Accept all {label} ({len(ids)})")
            act.triggered.connect(lambda _=False, k=kind: self.accept_all(k))
        # The orphans are left out: said, or the menu read "No suggestions here" above
        # a table listing them as suggested.
        orphans = self.orphaned_suggestions()
        if not counts and not orphans:
            menu.addAction("No suggestions here").setEnabled(False)
        if orphans:
            if counts:
                menu.addSeparator()
            one = orphans == 1
            menu.addAction(f"{orphans} orphaned suggestion{'' if one else 's'} (words gone "
                           f"on re-import): review {'it' if one else 'them'} one by one"
                           ).setEnabled(False)
