"""The trash as a table (Edit → Trash…): keys counted and ordered once by the core
(``core.trash.snapshot``), each row's cells read a page at a time when it is painted
(``core.trash.page``), as the project-wide annotation table reads its rows.

Sorting by a column is a new snapshot in that column's order.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from workbench.core import trash
from workbench.core.project import Project
from workbench.core.trash import Key, TrashItem, TrashListing

COLUMNS = ("What", "Words", "Document", "Details", "Trashed", "By")
PAGE = 50
MAX_PAGES = 100
KEY_ROLE = Qt.ItemDataRole.UserRole
# Said in the Document column of an annotation whose document is in the trash as well.
DOC_TRASHED = "its document is in the trash too"
DOC_TRASHED_MARK = "In the trash too: "


class TrashModel(QAbstractTableModel):
    """The items ``listing`` selects, read from the project page by page."""

    def __init__(self, project: Project, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.listing = TrashListing()
        self._keys: list[Key] = []
        self._where: dict[Key, int] = {}
        self._pages: OrderedDict[int, list[TrashItem | None]] = OrderedDict()
        self.rows_read = 0  # items read from the project since the last reload

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if role == KEY_ROLE:
            return self._keys[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.item(index.row())
        if item is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        text = self._cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(item, index.column(), text)
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_listing(replace(self.listing, sort=trash.SORT_KEYS[column],
                                 descending=order == Qt.SortOrder.DescendingOrder))

    # ----------------------------------------------------------- content
    def set_listing(self, listing: TrashListing) -> None:
        """List what ``listing`` selects, in its order."""
        self.listing = listing
        self.reload()

    def reload(self) -> None:
        """Count and order the listing again (after a write, or a new filter or sort).
        A reset: the view that shows it chooses its rows again by key (``row_of``)."""
        keys = trash.snapshot(self.project, self.listing)
        self.beginResetModel()
        self._keys = keys
        self._where = {k: n for n, k in enumerate(keys)}
        self._pages.clear()
        self.rows_read = 0
        self.endResetModel()

    def key(self, row: int) -> Key | None:
        """The (entity, id) listed at ``row``."""
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_of(self, key: Key) -> int | None:
        """Where ``key`` is listed, None when it is not."""
        return self._where.get(key)

    def item(self, row: int) -> TrashItem | None:
        """The item at ``row``, read with its page when first asked for."""
        number = row // PAGE
        rows = self._pages.get(number)
        if rows is None:
            keys = self._keys[number * PAGE:(number + 1) * PAGE]
            read = {i.key: i for i in trash.page(self.project, keys)}
            rows = [read.get(k) for k in keys]  # None: restored by another program
            self.rows_read += len(read)
            self._pages[number] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows[row - number * PAGE]

    def loaded_rows(self) -> int:
        """Items held in memory now."""
        return sum(len(p) for p in self._pages.values())

    @staticmethod
    def _cell(item: TrashItem, column: int) -> str:
        if column == 0:
            return item.what
        if column == 1:
            return " ".join(item.words.split())
        if column == 2:
            if item.entity != "annotation":
                return ""
            # The note first: an elided title would hide it at the end.
            return (f"{DOC_TRASHED_MARK}{item.document}" if item.document_trashed
                    else item.document)
        if column == 3:
            return item.details
        if column == 4:
            return item.trashed_minute
        return item.trashed_by

    @staticmethod
    def _tip(item: TrashItem, column: int, text: str) -> str | None:
        if column == 1:
            return item.words or None
        if column == 2 and item.document_trashed:
            return (f"{item.document}: {DOC_TRASHED}. Restoring this annotation alone "
                    "leaves it out of sight until its document is restored.")
        if column == 4:
            return f"{item.trashed_at} (UTC)" if item.trashed_at else None
        return text or None
