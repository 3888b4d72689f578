"""The annotation table across the whole project: rows read a page at a time.

Same columns, roles, icons and drag data as ``AnnotationTableModel``, but the rows stay
in the project: ``rowCount`` is an SQL count, a cell asks for its page of ``PAGE`` rows
(``core.ann_pages.page``), at most ``MAX_PAGES`` pages are kept, sorting is an ORDER BY,
and ``row_of`` asks the project where an annotation sits, so selecting one that was
never scrolled to still finds its row.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from workbench.core import ann_pages
from workbench.core.ann_pages import Listing
from workbench.core.codebook import Codebook
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter
from workbench.gui.models.annotation_table_model import (
    CELL_ROLES,
    COLUMNS,
    AnnotationTableModel,
    Row,
)
from workbench.gui.models.incident_list_model import encode_ids

# A page is about what a tall table shows: selecting an annotation in another large
# document reads the page (or two) around its row, and 200 whole rows read and decoded
# were ~10 ms of that selection at 1M annotations.
PAGE = 50
MAX_PAGES = 200  # 10,000 rows at most in memory, however far the table is scrolled
BACKGROUND_ROWS = 50_000  # a sort of more rows runs in a thread (a second or more)


class AnnotationPageModel(AnnotationTableModel):
    """A listing of annotations read from the project page by page."""

    sorting = Signal(bool)  # a sort is being read in the background (True), or ended
    sort_failed = Signal(str)  # why a background sort could not be read
    _sort_done = Signal(object)

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
        self._job: ann_pages.DetachedSnapshot | None = None
        self._written: list[str] = []  # ids written while a background sort runs
        self._sort_done.connect(self._finish_sort)

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None  # a delegate asks ~7 roles a cell: no page lookup for the unused
        return self.cell(self.row_at(index.row()), index.column(), role)

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self.row_at(r)["id"] for r in rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        listing = replace(self.listing, sort=ann_pages.SORT_KEYS[column],
                          descending=order == Qt.SortOrder.DescendingOrder)
        if self._count > BACKGROUND_ROWS:
            self.listing = listing
            self._start_sort()  # the rows keep their order until the new one is read
            return
        self._cancel_sort()
        self.listing = listing
        self._relayout(ann_pages.snapshot(self.project, self.listing))

    def _relayout(self, snap: ann_pages.Snapshot) -> None:
        """Show ``snap``'s order; selected rows keep their selection in their new places."""
        if self._reset_if_recounted(snap):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.row_at(i.row())["id"] if i.row() < self._count else None for i in old]
        self._drop_pages()
        self._snap = snap
        new = []
        for ann_id, i in zip(old_ids, old, strict=True):
            pos = self.row_of(ann_id)
            new.append(QModelIndex() if pos is None else self.index(pos, i.column()))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _reset_if_recounted(self, snap: ann_pages.Snapshot) -> bool:
        """Take ``snap`` with a model reset if its row count differs (True), else False."""
        if snap.count == self._count:
            return False
        self.beginResetModel()
        self._drop_pages()
        self._snap, self._count = snap, snap.count
        self.endResetModel()
        return True

    # ------------------------------------------------- sorting in a thread
    def _start_sort(self) -> None:
        """Sort ``listing`` on a connection of its own in a thread; the table shows the
        rows as they are until it is done (a million rows take seconds)."""
        self._cancel_sort()
        job = self._job = ann_pages.DetachedSnapshot(self.project, self.listing)
        self._written = []
        threading.Thread(target=self._run_sort, args=(job,), daemon=True,
                         name="table-sort").start()
        self.sorting.emit(True)

    def _run_sort(self, job: ann_pages.DetachedSnapshot) -> None:
        job.run()
        self._sort_done.emit(job)  # delivered in the window's thread

    def _finish_sort(self, job: ann_pages.DetachedSnapshot) -> None:
        if job is not self._job:
            return  # replaced by a later sort or listing
        self._job = None
        self.sorting.emit(False)
        if job.result is None:
            if job.error:
                self.sort_failed.emit(job.error)
            return
        # Writes made while it sorted are placed now, as after any write.
        self._relayout(ann_pages.refresh(self.project, job.result, self._written))

    def _cancel_sort(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self.sorting.emit(False)

    def sorting_now(self) -> bool:
        """A sort is being read in the background."""
        return self._job is not None

    def wait_sorted(self, timeout_ms: int = 60_000) -> bool:
        """Wait until a background sort is shown (tests, scripts); False on time-out."""
        loop_until = QDeadlineTimer(timeout_ms)
        while self._job is not None and not loop_until.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return self._job is None

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
        self._cancel_sort()
        if self.listing.sort is not None:
            # Counted in document order first (an index count); a big listing is shown
            # so until its sorted order has been read in a thread.
            plain = ann_pages.snapshot(self.project, replace(self.listing, sort=None))
            if plain.count > BACKGROUND_ROWS:
                self._snap, self._count = plain, plain.count
                self._start_sort()
                return
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
        if self._job is not None:
            self._written += written  # placed in the sorted order when it arrives
        # Only the written rows are placed again: a new snapshot sorts the listing anew.
        snap = ann_pages.refresh(self.project, self._snap, written)
        if self._reset_if_recounted(snap):
            return
        self._drop_pages()
        self._snap = snap
        count = self._count
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def names_changed(self) -> None:
        """Actor records were renamed, added or trashed: sorted by the key fields, which
        show records by name, the rows are sorted again (the in-memory table sorts
        by what the cells show when it is next sorted)."""
        super().names_changed()
        if self.listing.sort == "key" and self._sort is not None:
            self.sort(*self._sort)

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
