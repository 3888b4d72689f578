"""Reads the timeline's dated annotations a slice at a time between paints.

A million annotations take a few seconds to hand over, even from the narrow
``timeline_index`` table (no JSON parsed since migration 12; tens of seconds before):
read at once, the window would not paint until then. A zero-interval timer
reads half a slice (``timeline_rows.CHUNK_ROWS``: ~0.1-0.2 s) per turn of the event loop, so the
window paints first and stays responsive while the timeline fills in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core import timeline_rows
from workbench.core.project import Project
from workbench.core.timeline_rows import ColumnReader, TimelineColumns, max_rowid


class ColumnLoader(QObject):
    """One read of the project's dated annotations; ``finished`` carries them all."""

    progress = Signal(int, int)  # rowids read, rowids in all
    finished = Signal(object)  # TimelineColumns

    def __init__(self, project: Project, parent: QObject | None = None,
                 chunk: int | None = None) -> None:
        super().__init__(parent)
        self.reader = ColumnReader(project)
        # Half a slice per turn of the event loop: ~0.1 s on a slow laptop.
        self.chunk = chunk or max(timeline_rows.CHUNK_ROWS // 2, 1)
        self.done, self.total = 0, max_rowid(project)
        self.timer = QTimer(self, singleShot=False, interval=0)
        self.timer.timeout.connect(self.step)

    def start(self) -> None:
        self.timer.start()

    def cancel(self) -> None:
        self.timer.stop()

    def step(self) -> None:
        upto = min(self.done + self.chunk, self.total)
        self.reader.read(self.done, upto)
        self.done = upto
        self.progress.emit(self.done, self.total)
        if self.done >= self.total:
            self.timer.stop()
            self.finished.emit(self.reader.columns())

    def read_all(self) -> TimelineColumns:
        """Everything now (small projects: no need to wait for the event loop)."""
        self.reader.read(self.done, self.total)
        self.done = self.total
        return self.reader.columns()
