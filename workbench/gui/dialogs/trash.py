"""Edit → Trash…: what was deleted in this project, and bringing it back.

Lists the documents, annotations and incidents in the trash (``core.trash``: a page at a
time, so a trash of thousands opens at once), narrowed by what they are and by words,
sorted by any column. Restore brings the selected rows back in one write
(``core.ops.trash.restore_items``) through the session, so every pane shows them at
once and Edit → Undo takes them all back in one step. The dialog stays open beside the
window: Show goes to what was just restored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core import trash
from workbench.core.changes import ChangeSet
from workbench.core.ops.trash import Restored, restore_items
from workbench.core.trash import Key, TrashListing
from workbench.core.wording import counted, step_name
from workbench.gui.bus import ChangeNotice
from workbench.gui.dialogs.editing import EditingDialog
from workbench.gui.models.trash_model import COLUMNS, TrashModel
from workbench.gui.session import Session

SEARCH_DELAY_MS = 250
# What the trash lists: a write touching none of these leaves it as it is.
_READS = ("document", "annotation", "incident", "incident_member", "codebook")
# What the words, the document and the details get of the width the fixed columns
# (what, trashed, by) leave, in percent.
_SHARES = {1: 42, 2: 30, 3: 28}


def touches_trash(cs: ChangeSet) -> bool:
    """Whether a write can change what the trash lists: a row moved in or out of it, a
    row changed while there, a document (its title shows beside its annotations), the
    codebook (kinds' labels). Accepting a suggestion, the commonest write, is none of
    these, and reading a big trash again after each one would hold up the window."""
    for c in cs.changes:
        if c.entity in ("document", "codebook"):
            return True
        if c.entity not in _READS:
            continue
        if c.before is None or c.after is None:
            return True
        if c.before.get("deleted_at") or c.after.get("deleted_at"):
            return True
    return False


class TrashDialog(EditingDialog):
    """The trash's table with its filters, Restore and Show."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, "trashMessage", parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle("Trash")
        # Within the window on a small screen (900×600): a dialog wider than the screen
        # would put Restore out of reach.
        room = parent.window().size() if parent is not None else None
        self.resize(min(980, room.width() - 40) if room else 980,
                    min(560, room.height() - 40) if room else 560)
        self.restored: tuple[Key, ...] = ()  # what the latest Restore brought back
        self._chosen: list[Key] = []  # the selection across a reset of the model

        intro = QLabel(
            "Deleted documents, annotations and incidents wait here until you restore "
            "them. A document takes its annotations with it and brings them back.", self)
        intro.setWordWrap(True)
        self.part = QComboBox(self)
        self.part.setObjectName("trashPart")
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("trashSearch")
        self.search_box.setPlaceholderText("Search the words, titles and fields…")
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("trashCount")

        self.model = TrashModel(session.project, self)
        self.view = QTableView(self)
        self.view.setObjectName("trashTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fitted to the dialog's width until the user drags a column's edge.
        self._user_sized = False
        self._fitting = False
        header.sectionResized.connect(self._column_dragged)
        self.view.viewport().installEventFilter(self)

        self.restore_button = QPushButton("&Restore", self)
        self.restore_button.setObjectName("restoreFromTrash")
        self.restore_button.setToolTip("Bring the selected rows back (one step: Edit → "
                                       "Undo takes them all back)")
        self.show_button = QPushButton("&Show restored", self)
        self.show_button.setObjectName("showRestored")
        self.show_button.setToolTip("Go to what Restore just brought back")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        filters = QHBoxLayout()
        shown = QLabel("S&how:", self)
        shown.setBuddy(self.part)
        filters.addWidget(shown)
        filters.addWidget(self.part)
        filters.addWidget(self.search_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self.apply_filters)
        self.part.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_button.clicked.connect(self.show_restored)
        # The window's Ctrl+Z does not reach a dialog of its own: the same undo here.
        undo = QAction("Undo", self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.triggered.connect(lambda _c=False: self.undo())
        self.addAction(undo)
        self._fill_parts(reload=False)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._put_selection_back)
        # Newest first until a column is clicked (this reads the trash the first time);
        # each click is a new ordered snapshot.
        header.setSortIndicator(COLUMNS.index("Trashed"), Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self._counted()

    # ------------------------------------------------------------ layout
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.view.viewport() and event.type() == QEvent.Type.Resize
                and not self._user_sized):
            self.fit_columns()
        return super().eventFilter(obj, event)

    def _column_dragged(self, *_args: Any) -> None:
        if not self._fitting:
            self._user_sized = True

    def fit_columns(self) -> None:
        """What, when and who as wide as their words; the words, the document and the
        details share the rest, so none is squeezed to nothing in a small dialog."""
        header = self.view.horizontalHeader()
        fm = self.view.fontMetrics()
        pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                             header) + 14
        labels = [k.label for k in self.session.project.codebook.kinds()]
        what = min(max(fm.horizontalAdvance(t) for t in ["Document", *labels]),
                   fm.horizontalAdvance("n" * 18)) + pad
        when = fm.horizontalAdvance("2026-12-31 23:59") + pad
        by = fm.horizontalAdvance("n" * 8) + pad
        free = max(self.view.viewport().width() - what - when - by, 3 * 60)
        self._fitting = True
        try:
            header.resizeSection(0, what)
            for col, share in _SHARES.items():
                header.resizeSection(col, max(60, free * share // 100))
            header.resizeSection(4, when)
            header.resizeSection(5, by)
        finally:
            self._fitting = False

    # ------------------------------------------------------------ reading
    def _fill_parts(self, *, reload: bool = True) -> None:
        """The choices of what to show: everything, each entity, each kind trashed;
        then the list read again (``reload``)."""
        keep = self.part.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        for what, label in trash.parts(self.session.project):
            self.part.addItem(label, what)
        at = self.part.findData(keep) if keep is not None else 0
        self.part.setCurrentIndex(max(at, 0))
        self.part.blockSignals(False)
        if keep is not None and at < 0:
            self.apply_filters()  # the kind chosen has left the trash: show everything
        elif reload:
            self._reload()

    def apply_filters(self) -> None:
        """List what the part chosen and the words typed select (the sort is kept)."""
        self._timer.stop()
        what = self.part.currentData() or None
        listing = TrashListing(what=what, text=self.search_box.text().strip(),
                               sort=self.model.listing.sort,
                               descending=self.model.listing.descending)
        self.model.set_listing(listing)
        self._counted()

    def _reload(self) -> None:
        self.model.reload()
        self._counted()

    def _counted(self) -> None:
        shown = self.model.rowCount()
        listing = self.model.listing
        if listing.what or listing.text:
            whole = trash.count(self.session.project)
            self.count_label.setText(f"{shown:,} of {counted(whole, 'item')} in the trash")
        else:
            self.count_label.setText(f"{counted(shown, 'item')} in the trash")
        self._enable()

    def _keep_selection(self) -> None:
        self._chosen = self.selected_keys()

    def _put_selection_back(self) -> None:
        rows = [r for r in (self.model.row_of(k) for k in self._chosen) if r is not None]
        self.select_rows(rows)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if touches_trash(notice.changes):
            self._fill_parts()

    # ---------------------------------------------------------- selection
    def selected_keys(self) -> list[Key]:
        """The (entity, id) of every selected row, in the table's order."""
        sm = self.view.selectionModel()
        rows = sorted(i.row() for i in sm.selectedRows()) if sm else []
        return [k for k in (self.model.key(r) for r in rows) if k is not None]

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly ``rows`` (tests and the selection kept across a reload)."""
        sm = self.view.selectionModel()
        sm.clear()
        chosen = QItemSelection()
        for r in rows:
            chosen.select(self.model.index(r, 0), self.model.index(r, len(COLUMNS) - 1))
        sm.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            sm.setCurrentIndex(self.model.index(rows[0], 0),
                               QItemSelectionModel.SelectionFlag.NoUpdate)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_keys()))
        self.show_button.setEnabled(self._showable() is not None)

    # ------------------------------------------------------------ writing
    def restore_selected(self) -> None:
        """Bring the selected rows back from the trash, in one undo step."""
        keys = self.selected_keys()
        if not keys:
            return

        def took(cs: Any) -> None:
            result: Restored = cs.result
            self.restored = result.restored

        self._run(restore_items, keys, then=took, said=lambda cs: (
            cs.result.sentence() + (" Edit → Undo takes it back." if cs else "")))
        self._enable()

    def undo(self) -> None:
        """Take back the latest change (Ctrl+Z here, as in the window) and say what."""
        self.session.undo(sender=self, on_success=lambda cs: self._say(
            f"Undid {step_name(str(cs.result))}." if cs else "Nothing to undo."),
            on_failure=lambda err: self._say(str(err)))

    # ------------------------------------------------------------- showing
    def _showable(self) -> Key | None:
        """The first restored item still out of the trash, its document too."""
        repo = self.session.project.repo
        for entity, id_ in self.restored:
            row = repo.get(entity, id_)
            if row is None or row["deleted_at"]:
                continue
            if entity == "annotation":
                doc = repo.get("document", row["doc_id"])
                if doc is None or doc["deleted_at"]:
                    continue
            return (entity, id_)
        return None

    def show_restored(self) -> None:
        """Go to the first restored item: its document in the viewer, an annotation
        selected in it, an incident chosen in the incidents pane."""
        key = self._showable()
        if key is None:
            self._say("Nothing restored is in view: restore its document too.")
            return
        entity, id_ = key
        bus = self.session.bus
        if entity == "document":
            bus.select(None, int(id_), sender=self)
        elif entity == "annotation":
            row = self.session.project.repo.get("annotation", id_)
            bus.select(str(id_), int(row["doc_id"]), sender=self)
        else:
            bus.select_incident(str(id_), sender=self)


def show_trash(session: Session, parent: QWidget | None = None) -> TrashDialog:
    """Open the trash beside the window (not modal: Show moves the window's panes)."""
    dialog = TrashDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
