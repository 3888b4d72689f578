"""The annotation table across the whole project: rows read a page at a time.

Same columns, roles, icons and drag data as ``AnnotationTableModel``, but the rows stay
in the project: ``rowCount`` is an SQL count, a cell asks for its page of ``PAGE`` rows
(``core.ann_pages.page``), at most ``MAX_PAGES`` pages are kept, sorting is an ORDER BY,
and ``row_of`` asks the project where an annotation sits, so selecting one that was
never scrolled to still finds its row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from workbench.core import ann_pages
from workbench.core.ann_pages import Listing
from workbench.core.codebook import Codebook
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter
from workbench.gui.models.annotation_table_model import COLUMNS, AnnotationTableModel, Row
from workbench.gui.models.incident_list_model import encode_ids

PAGE = 200
MAX_PAGES = 50  # 10,000 rows at most in memory, however far the table is scrolled


class AnnotationPageModel(AnnotationTableModel):
    """A listing of annotations read from the project page by page."""

    def __init__(self, project: Project, codebook: Callable[[], Codebook],
                 parent: Any = None) -> None:
        super().__init__(codebook, parent)
        self.project = project
        self.listing = Listing(AnnotationFilter())
        self._count = 0
        self._snap = ann_pages.Snapshot(self.listing, 0)
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._where: dict[str, int] = {}  # ann_id -> row, for rows in the kept pages
        self.rows_read = 0  # rows fetched from the project since the last set_listing

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        return self.cell(self.row_at(index.row()), index.column(), role)

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self.row_at(r)["id"] for r in rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.row_at(i.row())["id"] if i.row() < self._count else None for i in old]
        self.listing = replace(self.listing, sort=ann_pages.SORT_KEYS[column],
                               descending=order == Qt.SortOrder.DescendingOrder)
        self._count_rows()
        new = []
        for ann_id, i in zip(old_ids, old, strict=True):
            pos = self.row_of(ann_id)
            new.append(QModelIndex() if pos is None else self.index(pos, i.column()))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # ----------------------------------------------------------- content
    def set_listing(self, listing: Listing) -> None:
        """List what ``listing`` selects (the current sort is kept)."""
        self.beginResetModel()
        self.listing = replace(listing, sort=self.listing.sort,
                               descending=self.listing.descending)
        self.rows_read = 0
        self._count_rows()
        self.endResetModel()

    def _count_rows(self) -> None:
        self._drop_pages()
        self._snap = ann_pages.snapshot(self.project, self.listing)
        self._count = self._snap.count

    def set_documents(self, titles: dict[int, str]) -> None:
        self._doc_titles = dict(titles)
        if self._count:
            self.dataChanged.emit(self.index(0, len(COLUMNS) - 1),
                                  self.index(self._count - 1, len(COLUMNS) - 1))

    def set_rows(self, rows: Iterable[Row]) -> None:
        raise TypeError("a paged model reads its rows; use set_listing")

    def patch_rows(self, changed: Iterable[Row], gone: Iterable[str]) -> None:
        """Rows changed in the project (``changed`` rows, ``gone`` ids: the panel passes
        every written id as gone): read the pages again. Unless the count changed the
        rows keep their places (no reset, the selection stays)."""
        written = [r["id"] for r in changed] + list(gone)
        # Only the written rows are placed again: a new snapshot sorts the listing anew.
        snap = ann_pages.refresh(self.project, self._snap, written)
        if snap.count != self._count:
            self.beginResetModel()
            self._drop_pages()
            self._snap, self._count = snap, snap.count
            self.endResetModel()
            return
        self._drop_pages()
        self._snap = snap
        count = self._count
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def row_of(self, ann_id: str | None) -> int | None:
        if not ann_id:
            return None
        if ann_id in self._where:
            return self._where[ann_id]
        return ann_pages.position(self.project, self._snap, ann_id)

    def row_at(self, pos: int) -> Row:
        if not 0 <= pos < self._count:
            raise IndexError(pos)
        number = pos // PAGE
        rows = self._pages.get(number)
        if rows is None:
            rows = ann_pages.page(self.project, self._snap, number * PAGE, PAGE)
            self.rows_read += len(rows)
            self._pages[number] = rows
            self._where.update((r["id"], number * PAGE + i) for i, r in enumerate(rows))
            while len(self._pages) > MAX_PAGES:
                _old, dropped = self._pages.popitem(last=False)
                for r in dropped:
                    self._where.pop(r["id"], None)
        else:
            self._pages.move_to_end(number)
        if pos - number * PAGE >= len(rows):  # the project changed under the count
            return rows[-1] if rows else {"id": "", "doc_id": 0, "kind": "", "status": "",
                                          "exact": "", "fields": {}, "memo": ""}
        return rows[pos - number * PAGE]

    def ids(self) -> list[str]:
        """Every listed id, in order: read from the project (tests, small listings)."""
        return ann_pages.ids(self.project, self.listing)

    def loaded_rows(self) -> int:
        """Rows held in memory now (at most PAGE * MAX_PAGES)."""
        return sum(len(p) for p in self._pages.values())

    def _drop_pages(self) -> None:
        self._pages.clear()
        self._where.clear()
