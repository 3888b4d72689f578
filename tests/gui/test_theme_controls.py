"""Controls a user must find keep their outline in both themes: measured on the pixels
the window draws, as rendered offscreen and looked at."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton


def _outline_contrast(box) -> float:
    """The best contrast, against the window's colour, of any pixel of the check box's
    indicator: its edge is what shows where to click."""
    from workbench.gui.theme import contrast

    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
    image = box.grab().toImage()
    ground = QApplication.palette().color(QPalette.ColorRole.Window)
    return max(contrast(QColor(image.pixel(x, y)), ground)
               for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_unticked_check_box_is_outlined_in_both_themes(window, qtbot, scheme) -> None:
    # In the dark theme "Whole project", "Show rejected" and "Show members in the
    # table" had no box to see: Fusion outlines it in the window's colour made darker,
    # 1.2:1 on the dark window (1.8:1 on the light one); a control's edge wants 3:1.
    window.set_theme(scheme)
    for _ in range(3):
        QApplication.processEvents()
    boxes = [window.annotation_panel.filters.whole_project,
             window.incident_panel.rejected_box, window.incident_panel.filter_box]
    for box in boxes:
        assert box.isVisible() and not box.isChecked()
        assert _outline_contrast(box) >= 3.0, (box.text(), scheme)
