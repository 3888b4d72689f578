"""The document list with its search box: picks the document every other pane shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.search import annotation_hit, matching_documents, search, unsearchable
from workbench.gui.bus import ChangeNotice, SearchState, Selection
from workbench.gui.following import following
from workbench.gui.models.document_list_model import DocumentListModel
from workbench.gui.rtl_cells import set_own_direction
from workbench.gui.select_row import select_row
from workbench.gui.session import Session

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching


# The title column keeps room for about this many characters before the publisher's
# column gives way.
TITLE_CHARS = 18


class DocumentList(QWidget):
    """The project's documents with a search box that narrows them."""

    # Re-import new version… on the current document: the window asks for the file and
    # parses it in a thread (gui/reimport_job.py).
    reimport_requested = Signal(int)  # doc_id

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentListPane")
        self.session = session
        self.bus = session.bus
        self._syncing = False  # True while we mirror the bus: do not publish back

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Search text and annotations…")
        self.search_box.setClearButtonEnabled(True)

        self.model = DocumentListModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("documentList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        # The title takes the room; the publisher gets a fixed share (long agency
        # names would otherwise squeeze the title to nothing).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 110)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Sized from the rows in view, not from the first thousand: a date and a count
        # are about as wide in every row, and a project of thousands of documents asked
        # each of them for its cells on every layout (23,000 calls on opening 200).
        header.setResizeContentsPrecision(0)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        set_own_direction(self.view, 0)  # an Arabic title reads right to left
        header.setHighlightSections(False)
        self.view.viewport().installEventFilter(self)

        # Rename: an imported title is often the first line of a file or a site's
        # headline template; the researcher's own title is one undoable edit.
        self.rename_action = QAction("Rename…", self.view)
        self.rename_action.setObjectName("renameDocument")
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self.ask_rename)
        self.view.addAction(self.rename_action)
        self.reimport_action = QAction("Re-import new version…", self.view)
        self.reimport_action.setObjectName("reimportDocument")
        self.reimport_action.setToolTip("Replace this document's text with a corrected or "
                                        "revised version of its file; annotations follow")
        self.reimport_action.triggered.connect(self._ask_reimport)
        self.view.addAction(self.reimport_action)
        # Deleting a document only moves it to the trash, and says first what goes with
        # it; Edit → Undo or Edit → Trash… brings it back.
        self.trash_action = QAction("Move to trash…", self.view)
        self.trash_action.setObjectName("trashDocumentHere")
        self.trash_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.trash_action.triggered.connect(self.ask_trash)
        self.view.addAction(self.trash_action)
        # Asked before a document goes to the trash: (title, question) -> go ahead.
        # Tests answer it themselves.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.bus.selection_changed.connect(self._on_selection)
        self.bus.project_changed.connect(self._on_changes)
        self.bus.search_changed.connect(self._on_search)
        self.reload()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_publisher()
        return super().eventFilter(obj, event)

    def _fit_publisher(self) -> None:
        """A fixed publisher width left a laptop's narrow list no room for the title:
        give the publisher two fifths of what date and count leave, within limits, and
        none at all when the title would keep less than its first words. A list narrower
        still (a 1024 or 900 px screen) gives up the count, then the date."""
        header = self.view.horizontalHeader()
        title_least = self.view.fontMetrics().horizontalAdvance("n" * TITLE_CHARS)
        room = self.view.viewport().width()
        # At ~180 px the title kept ~40 px beside the date and the count ("Bla…",
        # "Qar…"). Each row's tool tip gives the date and the count (and the publisher).
        shown = {2: self._natural_width(2), 3: self._natural_width(3)}
        for col in (3, 2):
            if room - sum(shown.values()) >= title_least:
                break
            shown[col] = 0
        for col, width in shown.items():
            if header.isSectionHidden(col) != (width == 0):
                header.setSectionHidden(col, width == 0)
        free = room - sum(shown.values())
        # Never narrower than its own heading: a clipped "ublishe" reads as broken.
        label = str(self.view.model().headerData(1, Qt.Orientation.Horizontal) or "")
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        least = header.fontMetrics().horizontalAdvance(label) + 2 * margin + 6
        width = max(least, min(160, free * 2 // 5))
        # At 1280×720 the list is ~240 px: the publisher's share left the title ~40 px
        # ("Bla…", "Qar…"), and documents could not be told apart. The title comes
        # first; the publisher is in every row's tool tip, and a wider pane shows it.
        header.setSectionHidden(1, free - width < title_least)
        header.resizeSection(1, width)

    def _natural_width(self, col: int) -> int:
        """The width a column sized to its contents takes when shown."""
        # From the heading's contents, not sectionSizeHint: that is 0 for a hidden
        # section, so a count given up at one fit measured 22 px at the next and came
        # back under the title's room, to go again at the fit after (at 1280×720 the
        # list showed "Notes" when opened and lost it after a merge or an import).
        heading = self.view.horizontalHeader().sectionSizeFromContents(col).width()
        return max(heading, self.view.sizeHintForColumn(col))

    # ------------------------------------------------------------- loading
    def reload(self) -> None:
        """Re-read the documents, keeping the current one selected."""
        current = self.bus.selection.doc_id
        with following(self):
            self.model.set_documents(self.session.project.repo.documents(lengths=False))
            self._select_row(self.model.row_of(current))

    def _on_changes(self, notice: ChangeNotice) -> None:
        changes = notice.changes
        if changes.touches("document"):
            self.reload()
        elif changes.touches("annotation"):
            repo = self.session.project.repo
            counts = repo.annotation_counts(changes.annotation_ids)
            if counts is None:
                counts = {d["id"]: d["annotations"] for d in repo.documents(lengths=False)}
            self.model.update_counts(counts)
        if self.bus.search.doc_ids is not None and (
                changes.touches("document") or changes.touches("annotation")):
            self._search_again()

    def _search_again(self) -> None:
        """The current search's documents read again after a write: a report imported,
        restored or re-imported, or a memo written, that now holds the words was left
        out of the list (and its marks off the timeline) while the viewer showed it.
        The viewer is not moved and nothing is said: the researcher is at work."""
        query = self.bus.search.query
        doc_ids = matching_documents(self.session.project, query)
        self.model.set_visible(doc_ids)
        self._on_selection(self.bus.selection)  # keep the current row highlighted
        self.bus.set_search(query, doc_ids, sender=self)

    # ----------------------------------------------------------- selection
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        doc_id = self.model.doc_id(current.row())
        if doc_id is not None and doc_id != self.bus.selection.doc_id:
            self._show(doc_id, self.bus.search.query)

    def _show(self, doc_id: int, query: str) -> None:
        """Publish ``doc_id``; during a search that found it only through an annotation
        (a memo, a field), that annotation, so every pane shows why it is a result: the
        viewer showed the document's top with nothing marked."""
        ann = annotation_hit(self.session.project, query, doc_id) if query else None
        self.bus.select(ann, doc_id, sender=self)

    def _on_selection(self, sel: Selection) -> None:
        if sel.sender is self:
            return
        with following(self):
            self._select_row(self.model.row_of(sel.doc_id))

    def _select_row(self, row: int) -> None:
        select_row(self.view, row if row >= 0 else None)

    def step_document(self, delta: int) -> None:
        """Show the next (delta=1) or previous (-1) document in the list."""
        n = self.model.rowCount()
        if n == 0:
            return
        row = self.model.row_of(self.bus.selection.doc_id)
        row = 0 if row < 0 else max(0, min(n - 1, row + delta))
        doc_id = self.model.doc_id(row)
        if doc_id is not None and doc_id != self.bus.selection.doc_id:
            self._select_row(row)  # publishes through _row_changed

    def select_first(self) -> None:
        """Select the first document when none is selected yet."""
        if self.bus.selection.doc_id is None and self.model.rowCount():
            self._select_row(0)

    # -------------------------------------------------------------- rename
    def ask_rename(self) -> None:
        """Ask for a new title for the current document."""
        doc_id = self.bus.selection.doc_id
        row = self.session.project.repo.get("document", doc_id) if doc_id else None
        if row is None:
            return
        title, ok = QInputDialog.getText(self, "Rename document", "Title:",
                                         text=row.get("title") or "")
        if ok:
            self.rename(int(row["id"]), title)

    def rename(self, doc_id: int, title: str) -> bool:
        """Give a document a new title (an undoable write); False if refused."""
        title = " ".join(title.split())
        if not title:
            self.bus.status_message.emit("A document needs a title.")
            return False
        # Loaded on the first rename: the module pulls in every importer (~0.4 s).
        from workbench.core.ops.documents import update_metadata

        return self.session.run(update_metadata, doc_id, title=title, sender=self).ok

    # --------------------------------------------------------------- trash
    def ask_trash(self) -> bool:
        """Move the current document to the trash once the user has read what goes with
        it (the core's sentence); True when it went."""
        from workbench.core.trash import document_leaving

        doc_id = self.bus.selection.doc_id
        row = self.session.project.repo.get("document", doc_id) if doc_id else None
        if row is None or row["deleted_at"]:
            self.bus.status_message.emit("Choose a document in the list to move it to the "
                                         "trash.")
            return False
        question = (f"{document_leaving(self.session.project, int(doc_id))}\n\n"
                    "Edit → Undo takes it back now; Edit → Trash… restores it later.")
        if not self.confirm("Move document to trash", question):
            return False
        return self.trash_document(int(doc_id))

    def trash_document(self, doc_id: int) -> bool:
        """Move document ``doc_id`` to the trash (an undoable write); False if refused."""
        from workbench.core.ops.documents import trash_document

        title = (self.session.project.repo.document_titles().get(doc_id) or
                 f"document {doc_id}")
        row = self.model.row_of(doc_id)
        outcome = self.session.run(trash_document, doc_id, sender=self)
        if outcome.ok:
            if self.bus.selection.doc_id == doc_id:
                # The next document in the list takes its place (the one before, when
                # it was the last), so the viewer is not left empty.
                n = self.model.rowCount()
                if n:
                    self._select_row(min(max(row, 0), n - 1))
            self.bus.status_message.emit(f"Moved “{title}” to the trash. Edit → Undo takes "
                                         "it back; Edit → Trash… restores it later.")
        return outcome.ok

    def _ask(self, title: str, question: str) -> bool:
        box = self.question_box(title, question)
        box.exec()
        return box.clickedButton() is box.property("go")

    def question_box(self, title: str, question: str) -> QMessageBox:
        """The confirmation before a document goes to the trash: Cancel is the default,
        so Enter pressed out of habit moves nothing."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("trashDocumentQuestion")
        go = box.addButton("Move to trash", QMessageBox.ButtonRole.AcceptRole)
        box.setProperty("go", go)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _ask_reimport(self) -> None:
        doc_id = self.bus.selection.doc_id
        if doc_id is not None:
            self.reimport_requested.emit(doc_id)

    # -------------------------------------------------------------- search
    def run_search(self) -> None:
        """Search for the box's text now and publish the matching documents."""
        self._timer.stop()
        query = self.search_box.text().strip()
        why = unsearchable(query)
        if not query or why:
            # Nothing the index can match: every document stays listed, as with an empty
            # box ("no document matches" would be untrue of a text holding that sign).
            self.model.set_visible(None)
            self.bus.set_search("", None, sender=self)
            if why:
                self.bus.status_message.emit(why)
            return
        # Every matching document, not those of the first page of hits: a word in
        # thousands of annotations would fill any page and hide the other documents.
        doc_ids = matching_documents(self.session.project, query)
        self.model.set_visible(doc_ids)
        current = self.bus.selection.doc_id
        if doc_ids and current not in doc_ids:
            # The viewer must not stay on a document the search left out: follow the
            # best result (the viewer then scrolls to its first hit).
            best = search(self.session.project, query, limit=1)
            first = best[0].doc_id if best and best[0].doc_id in doc_ids else min(doc_ids)
            self._show(first, query)
        elif current is not None and self.bus.selection.ann_id is None:
            # The shown document stays; if only an annotation of it matched, show that one.
            ann = annotation_hit(self.session.project, query, current)
            if ann is not None:
                self.bus.select(ann, current, sender=self)
        self._on_selection(self.bus.selection)  # keep the current row highlighted
        self.bus.set_search(query, doc_ids, sender=self)
        n = len(doc_ids)
        self.bus.status_message.emit(
            f"{n} documents match “{query}”." if n > 1
            else f"1 document matches “{query}”." if n
            else f"No document matches “{query}”."
        )

    def _on_search(self, state: SearchState) -> None:
        if state.sender is self:
            return
        with following(self):
            if self.search_box.text().strip() != state.query:
                self.search_box.blockSignals(True)
                self.search_box.setText(state.query)
                self.search_box.blockSignals(False)
            self.model.set_visible(state.doc_ids)
            self._select_row(self.model.row_of(self.bus.selection.doc_id))

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
