"""What happened to each imported file: imported, duplicate, or rejected with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the module imports every importer: not before the first paint
    from workbench.core.ops.documents import ImportResult


_LABELS = {"imported": "Imported", "duplicate": "Already in project", "rejected": "Not imported"}


def summary(results: list[ImportResult]) -> str:
    counts = {s: sum(r.status == s for r in results) for s in _LABELS}
    return (f"{counts['imported']} imported, {counts['duplicate']} already in the project, "
            f"{counts['rejected']} not imported.")


class _NameKeptDelegate(QStyledItemDelegate):
    """Elides a path in its middle: cut on the right, files of one folder all read
    "/home/amal/reports/2026-05/very-long-folder-…", their names lost."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ImportResultsDialog(QDialog):
    def __init__(self, results: list[ImportResult], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importResults")
        self.setWindowTitle("Import results")
        self.resize(720, 360)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importResultList")
        self.tree.setHeaderLabels(["File", "Result", "Details"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for res in results:
            detail = res.message or (f"document {res.doc_id}" if res.doc_id else "")
            item = QTreeWidgetItem([res.path, _LABELS.get(res.status, res.status), detail])
            item.setToolTip(0, res.path)
            item.setToolTip(2, detail)
            item.setData(0, Qt.ItemDataRole.UserRole, res.doc_id)
            self.tree.addTopLevelItem(item)
        self._paths = _NameKeptDelegate(self.tree)
        self.tree.setItemDelegateForColumn(0, self._paths)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary(results), self))
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
