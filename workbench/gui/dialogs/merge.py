"""File → Merge project…: choose project files, merge them in, show the merge report.

The merge itself is the core's (``core.merge``), run through the session like any other
write. The dialog lists the counts and every conflict; selecting a conflict selects its
annotation through the bus, so the viewer and the panel go to it (to its conflict copy
when the annotation kept its trashed version).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.merge import MergeReport
from workbench.gui.session import Session

_ROLE = Qt.ItemDataRole.UserRole


class MergeReportDialog(QDialog):
    """The merge report: counts per kind of item, then the conflicts."""

    def __init__(self, session: Session, report: MergeReport, parent: QWidget | None = None,
                 *, note: str = ""):
        super().__init__(parent)
        self.session = session
        self.setObjectName("mergeReport")
        self.setWindowTitle("Merge report")
        self.resize(900, 520)  # wide enough for a conflict line with its copy id
        summary = QPlainTextEdit(self)
        summary.setObjectName("mergeSummary")
        summary.setReadOnly(True)
        # The counts are a table aligned with spaces (the command line's text): a
        # proportional font breaks its columns.
        summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # The text rendering minus its conflict lines, which the list below shows.
        text = report.render()
        summary.setPlainText(text.split("\nConflicts:")[0])
        self.conflicts = QTreeWidget(self)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflicts.setHeaderLabels(["Item", "Source", "What", "Kept", "Conflict copy"])
        self.conflicts.setRootIsDecorated(False)
        # Each column as wide as its text: ids and sentences cut short say nothing.
        self.conflicts.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for c in report.conflicts:
            item = QTreeWidgetItem([f"{c.entity} {c.id}", c.source, c.what, c.kept,
                                    c.copy_id or ""])
            item.setData(0, _ROLE, (c.id, c.doc_id) if c.entity == "annotation" else None)
            self.conflicts.addTopLevelItem(item)
        self.conflicts.currentItemChanged.connect(self._select)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:  # e.g. a Cancel that came after the merge was saved: said first
            self.note = QLabel(note, self)
            self.note.setObjectName("mergeNote")
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        layout.addWidget(summary, 2)
        layout.addWidget(QLabel(f"Conflicts: {len(report.conflicts)} (select one to go to "
                                "its annotation)", self))
        layout.addWidget(self.conflicts, 3)
        layout.addWidget(buttons)

    def _select(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        target = item.data(0, _ROLE) if item is not None else None
        if target:
            ann_id, doc_id = target
            copy_id = item.text(4)
            if copy_id and self._in_trash(ann_id):
                # The item kept a trashed version (one coder trashed it, another edited
                # it): the panel shows no trashed annotation, and the live version to
                # accept or reject is the conflict copy.
                ann_id = copy_id
            self.session.bus.select(ann_id, doc_id, sender=self)

    def _in_trash(self, ann_id: str) -> bool:
        row = self.session.project.repo.get("annotation", ann_id)
        return row is not None and bool(row.get("deleted_at"))
