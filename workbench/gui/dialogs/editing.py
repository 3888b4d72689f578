"""What the dialogs that edit project data through the session share (Edit → Codebook…,
Edit → Actor records…): a line for the sentence a write leaves (what it did, or the
core's refusal), writes run through the session, and the bus heard until closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from workbench.gui.bus import ChangeNotice
from workbench.gui.session import Session


class EditingDialog(QDialog):
    """A dialog that writes through ``session`` and reads again on the bus's notices
    (``_on_changed``, for subclasses); ``message`` holds the latest sentence."""

    def __init__(self, session: Session, message_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.message = QLabel("", self)
        self.message.setObjectName(message_name)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        session.bus.project_changed.connect(self._on_changed)
        self._listening = True

    def _on_changed(self, notice: ChangeNotice) -> None:
        """Read again what ``notice`` changed (the dialog's own writes and undo alike)."""

    def _run(self, op: Callable[..., Any], *args: Any, said: Callable[[Any], str],
             then: Callable[[Any], None] | None = None, **kwargs: Any) -> None:
        """Run ``op`` through the session. On success ``then`` (given the changes:
        choosing what the write made) before the sentence ``said``, so choosing does
        not clear it; on a refusal only the core's sentence, the typed words and the
        choices left as they were, to be corrected."""

        def done(cs: Any) -> None:
            if then is not None:
                then(cs)
            self._say(said(cs))

        self.session.run(op, *args, sender=self, **kwargs, on_success=done,
                         on_failure=lambda err: self._say(str(err)))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def done(self, result: int) -> None:
        """Close, and stop hearing the bus (a closed dialog reads nothing)."""
        if self._listening:
            self._listening = False
            self.session.bus.project_changed.disconnect(self._on_changed)
        super().done(result)
