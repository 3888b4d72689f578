"""The window keeps an eye on its file: another program's commits, and a file gone.

Researchers keep the window open for hours while a terminal imports, merges or
re-imports into the same project, or a second window writes it. Once a second a timer
asks the core (``core/outside.py``) whether the file is still in place (one stat) and
whether another connection committed (one pragma); only then is the audit log read. What
another program changed is published on the bus like any write, so every pane refreshes
what it shows and the selection stays where it still exists. No SQL here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from workbench.core import dbapi
from workbench.core.errors import WorkbenchError
from workbench.core.outside import Watch, gone_sentence
from workbench.gui.session import Session

EVERY_MS = 1000  # a stat and a pragma a second: nothing a laptop notices
REFRESHED = "The project was changed by another program; the view was refreshed."


class OutsideWatch(QObject):
    """Polls ``session``'s project; ``gone`` is told a sentence while its file is away
    (None once it is back), ``say`` the sentences for the status bar."""

    def __init__(self, session: Session, parent: QObject, *,
                 gone: Callable[[str | None], object], say: Callable[[str], object]):
        super().__init__(parent)
        self.session = session
        self.watch = Watch(session.project)
        self.gone: str | None = None
        self._show_gone, self._say = gone, say
        self._failed = ""  # the last read error said, so it is said once
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Look once; True when another program's changes were published."""
        session = self.session
        if session.project.closed or session.held_by is not None:
            # A write of this window's own runs on another connection (a merge, a
            # re-import, the index rebuilt on opening): its outcome is taken in when it
            # ends, and must not look like another program's.
            return False
        gone = gone_sentence(session.project)
        if gone != self.gone:
            self.gone = gone
            self._show_gone(gone)  # the banner says it; the status bar only its end
            if gone is None:
                self._say(f"{session.project.path.name} is back in its place; changes are "
                          "saved again.")
        if gone is not None:
            return False  # its handle may answer with I/O errors: nothing to read now
        try:
            changes = self.watch.poll()
        except (WorkbenchError, *dbapi.Error) as err:
            failed = (f"{session.project.path.name} could not be read ({err}); what is "
                      "shown may be out of date.")
            if failed != self._failed:
                self._failed = failed
                self._say(failed)
            return False
        self._failed = ""
        if not changes:
            return False
        session.bus.publish(changes, sender=self)
        self._say(REFRESHED)
        return True
