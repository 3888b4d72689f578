"""Table cells that hold the document's own words, set in their own direction."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from workbench.core.direction import detect_direction

# A cell shows one line or two: its first characters settle its direction.
_SAMPLE = 300


class OwnDirectionDelegate(QStyledItemDelegate):
    """Draws a right-to-left cell (an Arabic title or quote) right to left: flush right,
    cut at its end with the "…" on the left. In the view's left-to-right direction the
    "…" was drawn on the right, where an Arabic reader begins, so a title cut at its end
    read as one missing its first words."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text and detect_direction(option.text[:_SAMPLE]) == "rtl":
            option.direction = Qt.LayoutDirection.RightToLeft


def set_own_direction(view: QAbstractItemView, *columns: int) -> None:
    """Give ``columns`` of ``view`` (those holding the documents' words) one delegate
    that sets each cell in its own direction; the view keeps it as its child."""
    delegate = OwnDirectionDelegate(view)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
