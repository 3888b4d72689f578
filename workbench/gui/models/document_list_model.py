"""The project's documents as a table: title, publisher, date, number of annotations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workbench.core.wording import counted

DocIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, DocIdRole})
# Combined once: flags are asked per visible cell on every paint, and or-ing enum
# members runs Python code in the enum module each time.
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemNeverHasChildren)

COLUMNS = (
    ("title", "Title"),
    ("publisher", "Publisher"),
    ("published", "Date"),
    ("annotations", "Notes"),
)


class DocumentListModel(QAbstractTableModel):
    """Rows are document records from ``Repo.documents()``; a search may hide some."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[dict[str, Any]] = []
        self._rows: list[dict[str, Any]] = []
        self._visible: frozenset[int] | None = None

    # ------------------------------------------------------------- loading
    def set_documents(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._apply_filter()
        self.endResetModel()

    def set_visible(self, doc_ids: frozenset[int] | None) -> None:
        """Show only these documents (None: all)."""
        if doc_ids == self._visible:
            return
        self.beginResetModel()
        self._visible = doc_ids
        self._apply_filter()
        self.endResetModel()

    def update_counts(self, counts: dict[int, int]) -> None:
        """Change annotation counts in place: cheaper than a reset and keeps the selection."""
        col = len(COLUMNS) - 1
        for row, rec in enumerate(self._rows):
            if rec["id"] in counts and counts[rec["id"]] != rec["annotations"]:
                rec["annotations"] = counts[rec["id"]]
                idx = self.index(row, col)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole])

    def _apply_filter(self) -> None:
        if self._visible is None:
            self._rows = list(self._all)
        else:
            self._rows = [r for r in self._all if r["id"] in self._visible]

    # ------------------------------------------------------------- lookups
    def doc_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: int | None) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == doc_id:
                return i
        return -1

    def doc_ids(self) -> list[int]:
        return [r["id"] for r in self._rows]

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A delegate asks ~7 roles a cell, every visible cell on each scroll: the ones
        # answered below are picked out before the index is looked at.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = rec.get(key)
            if key == "title":
                return value or rec.get("filename") or f"Document {rec['id']}"
            if key == "published":
                return value or "—"
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole:
            # The date and the count too: a narrow list gives their columns up.
            when = f"published {rec['published']}" if rec.get("published") else "no date"
            parts = [rec.get("title") or "", rec.get("publisher") or "",
                     f"{when} · {counted(int(rec.get('annotations') or 0), 'annotation')}",
                     rec.get("url") or "", rec.get("filename") or ""]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("annotations", "published"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DocIdRole:
            return rec["id"]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][1]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
