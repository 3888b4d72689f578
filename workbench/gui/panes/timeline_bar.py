"""The timeline's row of controls on a narrow pane: buttons with a short label.

"Filter by period" and "Clear period" took 200 px of a row that set the pane's minimum
width (518 px with its counts line): beside the incidents pane on a 900 px screen the
window could not be made that narrow. Below the width their whole labels need they read
"Period" and "Clear", the whole label first in their tool tip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QToolButton

ROW_SPACING = 6  # between the row's controls when the style does not say


def label_width(button: QToolButton, text: str) -> int:
    """The width ``button`` asks for when it reads ``text``."""
    fm = button.fontMetrics()
    return (button.sizeHint().width() - fm.horizontalAdvance(button.text())
            + fm.horizontalAdvance(text))


class ShortLabels:
    """Buttons of one row that read a short label while the row is narrower than their
    whole labels need."""

    def __init__(self, row: QHBoxLayout, labels: Sequence[tuple[QToolButton, str, str]]):
        self.row = row
        self.labels = [(button, whole, short, button.toolTip())
                       for button, whole, short in labels]
        self.short = False
        self._whole_widths = {id(b): label_width(b, whole) for b, whole, _s, _t in self.labels}
        for button, _whole, short, _tip in self.labels:
            # The least the row lets the button have: the short label, whole.
            button.setMinimumWidth(label_width(button, short))

    def needed(self) -> int:
        """The row's width with every button's whole label."""
        row = self.row
        margins = row.contentsMargins()
        spacing = row.spacing() if row.spacing() >= 0 else ROW_SPACING
        widths = []
        for i in range(row.count()):
            widget = row.itemAt(i).widget()
            if widget is None or widget.isHidden():
                continue
            whole = self._whole_widths.get(id(widget))
            widths.append(whole if whole is not None else widget.minimumSizeHint().width())
        return sum(widths) + spacing * max(len(widths) - 1, 0) + margins.left() + margins.right()

    def fit(self, width: int) -> None:
        """Short labels when ``width`` is less than the whole ones need, else whole."""
        short = width < self.needed()
        if short == self.short:
            return
        self.short = short
        for button, whole, short_text, tip in self.labels:
            button.setText(short_text if short else whole)
            said = f"{whole}: {tip}" if tip else whole
            button.setToolTip(said if short else tip)
