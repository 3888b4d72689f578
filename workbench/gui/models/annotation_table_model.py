"""A flat, sortable table of annotation rows (dicts from workbench.core.query).

The model holds rows; it does not query. The annotation panel decides which rows
belong (scope and filters) and hands them over, either all at once (`set_rows`) or
as a patch of the few rows a ChangeSet touched (`patch_rows`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from workbench.core import summary
from workbench.core.codebook import Codebook
from workbench.gui.models.incident_list_model import ANN_MIME, encode_ids
from workbench.gui.models.row_table import RowTableModel

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

# Key fields before Status: on a narrow right pane the first four are what a reviewer
# reads ("≥ 8 killed · civilians"), and the rest stay a scroll away.
COLUMNS = ("Kind", "Text", "Key fields", "Status", "Date", "Coder", "Document")
KIND, TEXT, KEY, STATUS, DATE, CODER, DOCUMENT = range(len(COLUMNS))
ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
# What a table model gives a cell, and dragging: combined once, as flags are asked per
# visible cell on every paint and or-ing enum members runs Python code each time.
_CELL_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
               | Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsDragEnabled)
# Shown for an annotation a re-import could not find in the new text: kept with its
# quote (never dropped), but no longer on any words of the document.
ORPHANED_TIP = "Not found in the document's current text since a re-import (orphaned): "
# The roles a cell may answer (see AnnotationTableModel.cell); any other is None.
CELL_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
                        ANN_ID_ROLE, ROW_ROLE})

def orphan_icon() -> QIcon:
    """The mark of an orphaned annotation's Text cell (the style's warning sign)."""
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def key_summary(codebook: Codebook, kind: str, fields: dict[str, Any],
                record_name: Callable[[Any], str] | None = None) -> str:
    """The key-fields cell: the core's summary of the row's kind (see core.summary),
    an actor record named by ``record_name`` (``core.actor_names.RecordNames``)."""
    return summary.key_summary(codebook.kind(kind) if kind in codebook else None, fields,
                               record_name)


def date_text(codebook: Codebook, kind: str, fields: dict[str, Any]) -> str:
    if kind not in codebook:
        return ""
    spec = codebook.kind(kind)
    return str(fields.get(spec.date_field or "") or "")


def swatch(color: str, dashed: bool) -> QIcon:
    """A colour square; a dashed outline marks suggestions so they differ by more than hue."""
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    if dashed:
        pen = QPen(QColor(color), 2, Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.drawRect(1, 1, 10, 10)
    else:
        p.fillRect(1, 1, 10, 10, QColor(color))
    p.end()
    return QIcon(pix)



def _reading_order(row: Row) -> tuple[Any, ...]:
    """The order the store lists annotations in (``repo.ANNOTATION_ORDER``)."""
    return (row["doc_id"], row["start"], row["end"], row.get("created_at") or "", row["id"])

class AnnotationTableModel(RowTableModel):

    COLUMNS = COLUMNS  # this module's headings, for the shared header code
    def __init__(self, codebook: Callable[[], Codebook], parent: Any = None) -> None:
        super().__init__(parent)
        self._codebook = codebook  # a getter: the project's codebook may be reloaded
        self._rows: list[Row] = []
        self._pos: dict[str, int] = {}
        self._doc_titles: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._icons: dict[tuple[str, bool], QIcon] = {}
        # Names an actor record's id in the key fields (set by the panel); None: the id.
        self.record_name: Callable[[Any], str] | None = None

    # ------------------------------------------------------------ Qt API
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: Row, col: int, role: int) -> Any:
        """What a cell of ``row`` shows for ``role`` (shared with the paged model)."""
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == TEXT:
            orphaned = row.get("anchor") == "orphaned"
            return (ORPHANED_TIP if orphaned else "") + row["exact"][:500]
        if (role == Qt.ItemDataRole.DecorationRole and col == TEXT
                and row.get("anchor") == "orphaned"):
            return orphan_icon()
        if role == Qt.ItemDataRole.ToolTipRole and col == KEY:
            return self._display(row, col) or None  # the cell elides on a narrow pane
        if role == Qt.ItemDataRole.DecorationRole and col == KIND:
            return self._icon(row)
        if role == Qt.ItemDataRole.FontRole and row["status"] != "accepted":
            font = QFont()
            # Italic only where the text is our own: common oblique faces have no Arabic
            # glyphs, and a quoted Arabic span would turn into empty boxes.
            font.setItalic(row["status"] == "suggested" and col in (KIND, STATUS, DATE, CODER))
            font.setStrikeOut(row["status"] == "rejected")
            return font
        if role == ANN_ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Rows can be dragged onto an incident in the incident list.
        return _CELL_FLAGS if index.isValid() else super().flags(index)

    def mimeTypes(self) -> list[str]:
        return [ANN_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """The dragged rows' annotation ids, once each, in table order."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self._rows[r]["id"] for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            # No sort column (the header's -1): reading order again. Enabling sorting on
            # the view sorts by its default indicator first, which must not stay behind.
            self._sort = None
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            old_ids = [self._rows[i.row()]["id"] for i in old]
            self._rows.sort(key=_reading_order)
            self._reindex()
            self.changePersistentIndexList(
                old, [self.index(self._pos[a], i.column())
                      for a, i in zip(old_ids, old, strict=True)])
            self.layoutChanged.emit()
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[i.row()]["id"] for i in old]
        self._apply_sort()
        self.changePersistentIndexList(
            old, [self.index(self._pos[a], i.column()) for a, i in zip(old_ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    # ----------------------------------------------------------- content
    def set_documents(self, titles: dict[int, str]) -> None:
        self._doc_titles = dict(titles)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, DOCUMENT), self.index(last, DOCUMENT))

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def patch_rows(self, changed: Iterable[Row], gone: Iterable[str]) -> None:
        """Replace rows in place, append new ones and remove ``gone`` ids: no reset.

        A changed row keeps its place, so the rows a user is looking at do not jump
        while they review. A new row goes to its place in reading order, the table's
        order before any header click (put at the end, a tag made in the text sat under
        words that come later); under a column's sort it goes to the end.
        """
        for ann_id in gone:
            pos = self._pos.get(ann_id)
            if pos is None:
                continue
            self.beginRemoveRows(QModelIndex(), pos, pos)
            del self._rows[pos]
            self._reindex()
            self.endRemoveRows()
        for row in changed:
            pos = self._pos.get(row["id"])
            if pos is None:
                n = self._place_of(row)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.insert(n, row)
                for i in range(n, len(self._rows)):  # the rows after it move down one
                    self._pos[self._rows[i]["id"]] = i
                self.endInsertRows()
            else:
                self._rows[pos] = row
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))

    def row_of(self, ann_id: str | None) -> int | None:
        return self._pos.get(ann_id) if ann_id else None

    def names_changed(self) -> None:
        """Actor records were renamed, added or trashed: the key fields read again."""
        last = self.rowCount() - 1
        if last >= 0:
            self.dataChanged.emit(self.index(0, KEY), self.index(last, KEY))

    def row_at(self, pos: int) -> Row:
        return self._rows[pos]

    def ids(self) -> list[str]:
        return [r["id"] for r in self._rows]

    # ----------------------------------------------------------- helpers
    def _display(self, row: Row, col: int) -> str:
        cb = self._codebook()
        if col == KIND:
            return cb.kind(row["kind"]).label if row["kind"] in cb else row["kind"]
        if col == TEXT:
            return " ".join(row["exact"].split())[:200]
        if col == STATUS:
            return row["status"]
        if col == KEY:
            return key_summary(cb, row["kind"], row["fields"], self.record_name)
        if col == DATE:
            return date_text(cb, row["kind"], row["fields"])
        if col == CODER:
            return row.get("coder") or ""
        return self._doc_titles.get(row["doc_id"], str(row["doc_id"]))

    def _icon(self, row: Row) -> QIcon:
        cb = self._codebook()
        color = cb.kind(row["kind"]).color if row["kind"] in cb else "#888888"
        key = (color, row["status"] == "suggested")
        if key not in self._icons:
            self._icons[key] = swatch(*key)
        return self._icons[key]

    def _place_of(self, row: Row) -> int:
        """Where a new ``row`` goes: its place in reading order when no column sorts
        the table (the rows are in that order: the store lists them so, and an edit
        never moves an annotation's words), else the end, as before: a key computed
        for every row at each new one cost seconds for a run of suggestions."""
        if self._sort is not None:
            return len(self._rows)
        return bisect_right(self._rows, _reading_order(row), key=_reading_order)

    def _apply_sort(self) -> None:
        if self._sort is not None:
            col, order = self._sort
            self._rows.sort(key=lambda r: (self._display(r, col).casefold(), r["id"]),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()

    def _reindex(self) -> None:
        self._pos = {r["id"]: i for i, r in enumerate(self._rows)}
