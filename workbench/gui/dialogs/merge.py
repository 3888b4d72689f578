"""File → Merge project…: choose project files, merge them in, show the merge report.

The merge itself is the core's (``core.merge``), run through the session like any other
write. The dialog lists the counts and every conflict; selecting a conflict selects its
annotation through the bus, so the viewer and the panel go to it (to its conflict copy
when the annotation kept its trashed version).
"""

from __future__ import annotations

from dataclasses import replace

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
        # Wide enough for a conflict line with its copy id, and tall enough for
        # the whole table of counts beside a few notes.
        self.resize(1000, 700 if report.notes else 520)
        summary = QPlainTextEdit(self)
        summary.setObjectName("mergeSummary")
        summary.setReadOnly(True)
        # The counts are a table aligned with spaces (the command line's text): a
        # proportional font breaks its columns.
        summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # The text rendering minus its notes and conflict lines, shown below it.
        text = replace(report, notes=[]).render()
        summary.setPlainText(text.split("\nConflicts:")[0])
        # The whole table in sight, never its last rows under a scroll bar.
        lines = summary.toPlainText().count("\n") + 1
        summary.setMinimumHeight(summary.fontMetrics().lineSpacing() * lines
                                 + int(2 * summary.document().documentMargin())
                                 + 2 * summary.frameWidth() + 4)
        # The notes are what the lead acts on: at the foot of the counts, unwrapped in a
        # fixed-width font, they sat under the fold.
        notes = QPlainTextEdit(self)
        notes.setObjectName("mergeNotes")
        notes.setReadOnly(True)
        notes.setPlainText("\n\n".join(report.notes))
        notes.setVisible(bool(report.notes))
        self.conflicts = QTreeWidget(self)
        self.conflicts.setObjectName("mergeConflicts")
        self.conflicts.setHeaderLabels(["Item", "Source", "What", "Kept", "Conflict copy"])
        self.conflicts.setRootIsDecorated(False)
        # Each column as wide as its text: ids and sentences cut short say nothing.
        self.conflicts.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The last column too: stretched to the width left, it cut the conflict copy's id
        # once the item said what it is; a horizontal scroll bar is better than a cut.
        self.conflicts.header().setStretchLastSection(False)
        for c in report.conflicts:
            item = QTreeWidgetItem([c.item(), c.source, c.what, c.kept,
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
        if report.notes:
            layout.addWidget(QLabel(f"Notes: {len(report.notes)}", self))
        layout.addWidget(notes, 2)
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
