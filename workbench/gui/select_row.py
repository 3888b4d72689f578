"""Show a row as the current one in a table view, as a pane does when the bus tells it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_row(view: QAbstractItemView, pos: int | None, *, scroll: bool = True) -> None:
    """Make row ``pos`` current and selected (None clears the selection).

    The caller guards against its own selection signals: this only moves the view.
    """
    sm = view.selectionModel()
    if pos is None:
        sm.clearSelection()
        return
    idx = view.model().index(pos, 0)
    sm.setCurrentIndex(idx, _ROW)
    if scroll:
        view.scrollTo(idx)
