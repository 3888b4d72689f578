"""Tab order kept as a list of widgets, for a pane whose visual order Qt's focus chain
cannot be made to follow.

Qt's chain is one ring of every widget in the window, set pair by pair with
``QWidget.setTabOrder``, and a widget of several parts (a text box with its scroll bars,
a combo holding a line edit) moves oddly in it: with the annotation editor's Memo
before its fields, the actor chooser and the Links controls fell out of the ring. A
pane keeps its order here and steps through it in ``focusNextPrevChild``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def step(chain: Sequence[QWidget], root: QWidget, focus: QWidget | None,
         forward: bool) -> QWidget | None:
    """The widget of ``chain`` that Tab (``forward``) or Shift+Tab moves ``focus`` to:
    the next one shown, enabled and taking the Tab key; None when ``focus`` is not in
    the chain or the step leaves it (the window's own chain takes over there)."""
    usable = [w for w in chain if w.isVisibleTo(root) and w.isEnabled()
              and (w.focusProxy() or w).focusPolicy() & Qt.FocusPolicy.TabFocus]
    if focus is None:
        return None
    at = next((i for i, w in enumerate(usable) if w is focus or w.isAncestorOf(focus)),
              None)
    if at is None:
        return None
    to = at + (1 if forward else -1)
    return usable[to] if 0 <= to < len(usable) else None
