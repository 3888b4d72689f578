"""Controls a user must find keep their outline in both themes: measured on the pixels
the window draws, as rendered offscreen and looked at."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from .window_helpers import WindowState, module_window


# Every test here sets its theme and draws: none changes the project, the selection or
# the window's size, and the widgets each draws in are its own (closed after it). One
# window serves them all; before each test the keyboard goes back to where it was in the
# new window, and a test that left anything else changed fails the next one's reset.
@pytest.fixture(scope="module")
def shared_window(demo_file, tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("theme-window")
    path = folder / "demo.wbproj"
    path.write_bytes(demo_file.read_bytes())
    for win in module_window(path, folder / "settings.ini"):
        yield WindowState(win)


@pytest.fixture
def window(shared_window):
    shared_window.restore()
    return shared_window.win


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


def _edge_contrast(field) -> float:
    """The contrast, against the window's colour, of the field's weakest side: on each
    side the best of the two outermost pixels at its middle (where no rounding is)."""
    from workbench.gui.theme import contrast

    image = field.grab().toImage()
    ground = QApplication.palette().color(QPalette.ColorRole.Window)
    w, h = image.width(), image.height()
    sides = ([(w // 2, d) for d in (0, 1)], [(w // 2, h - 1 - d) for d in (0, 1)],
             [(d, h // 2) for d in (0, 1)], [(w - 1 - d, h // 2) for d in (0, 1)])
    return min(max(contrast(QColor(image.pixel(x, y)), ground) for x, y in side)
               for side in sides)


def _fields(parent) -> list:
    """One field of each kind the dialogs and editors use."""
    from PySide6.QtWidgets import (
        QComboBox,
        QDateEdit,
        QDoubleSpinBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QTextEdit,
    )

    listed, editable = QComboBox(parent), QComboBox(parent)
    listed.addItems(["Killed", "Wounded"])
    editable.setEditable(True)
    editable.addItems(["Port Halden"])
    return [QLineEdit(parent), QPlainTextEdit(parent), QTextEdit(parent), QSpinBox(parent),
            QDoubleSpinBox(parent), QDateEdit(parent), listed, editable]


def _column(qtbot, make):
    """A bare window holding, one under the other, the widgets ``make(parent)`` returns."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    widgets = make(host)
    for widget in widgets:
        layout.addWidget(widget)
    return host, widgets


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_fields_spin_boxes_and_lists_are_outlined_in_both_themes(
        window, qtbot, scheme) -> None:
    # Fusion draws these edges in the window's colour made darker: 1.1:1 to 2.1:1 on the
    # dark window, 1.7:1 to 2.0:1 on the light one, so a field was found by its fill; the
    # document list's search box had no edge at all (its style sheet took the frame).
    from PySide6.QtWidgets import QWidget

    window.set_theme(scheme)
    host, fields = _column(qtbot, _fields)
    host.show()
    qtbot.waitExposed(host)
    host.setFocus()  # no field has the keyboard: each shows its resting edge
    for _ in range(3):
        QApplication.processEvents()
    search = window.findChild(QWidget, "searchBox")
    assert search is not None and search.isVisible()
    for field in [*fields, search]:
        assert _edge_contrast(field) >= 3.0, (type(field).__name__, scheme)
    # With the keyboard in it a field keeps an edge that can be seen.
    fields[0].setFocus()
    QApplication.processEvents()
    assert fields[0].hasFocus() and _edge_contrast(fields[0]) >= 3.0, scheme


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_read_only_text_keeps_its_quiet_frame(window, scheme) -> None:
    # The document being read is a pane, not a field: outlining it as one would box the
    # reading surface in, so only text the user types into is outlined.
    window.set_theme(scheme)
    for _ in range(3):
        QApplication.processEvents()
    view = window.document_view
    assert view.isVisible() and view.isReadOnly()
    assert _edge_contrast(view) < 3.0


def _edge_widths(field) -> list[int]:
    """How many of the three outermost pixels at the middle of the top, the bottom and
    the left side (of a spin box the field, not its step buttons on the right) are
    edge: apart from both the window's colour and the field's own (1.5:1 from each)."""
    from workbench.gui.theme import contrast

    image = field.grab().toImage()
    palette = QApplication.palette()
    ground, base = (palette.color(QPalette.ColorRole.Window),
                    palette.color(QPalette.ColorRole.Base))
    w, h = image.width(), image.height()
    sides = ([(w // 4, d) for d in range(3)], [(w // 4, h - 1 - d) for d in range(3)],
             [(d, h // 2) for d in range(3)])
    return [sum(1 for x, y in side
                if min(contrast(QColor(image.pixel(x, y)), ground),
                       contrast(QColor(image.pixel(x, y)), base)) >= 1.5)
            for side in sides]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_spin_box_edge_is_one_pixel_on_every_side(window, qtbot, scheme) -> None:
    # Fusion draws a spin box's frame a pixel inside its top and bottom; the outline
    # drawn on the outermost pixels left Fusion's grey line beside it there, so in the
    # light theme the latitude, longitude and date fields had an edge twice as thick
    # at the top and bottom as at the sides.
    from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QSpinBox

    window.set_theme(scheme)
    host, boxes = _column(qtbot, lambda parent: [QSpinBox(parent), QDoubleSpinBox(parent),
                                                 QDateEdit(parent)])
    host.show()
    qtbot.waitExposed(host)
    host.setFocus()
    for _ in range(3):
        QApplication.processEvents()
    for box in boxes:
        assert _edge_widths(box) == [1, 1, 1], (type(box).__name__, scheme)


def _ring_contrasts(button) -> list[float]:
    """At the middle of each side of a push button, the contrast of its outermost pixel
    (where Fusion draws the focus ring) with the colours next to it: the window's
    outside and the button's own pixel inside."""
    from workbench.gui.theme import contrast

    image = button.grab().toImage()
    ground = QApplication.palette().color(QPalette.ColorRole.Window)
    w, h = image.width(), image.height()
    sides = (((w // 2, 0), (w // 2, 1)), ((w // 2, h - 1), (w // 2, h - 2)),
             ((0, h // 2), (1, h // 2)), ((w - 1, h // 2), (w - 2, h // 2)))
    found = []
    for (x, y), (ix, iy) in sides:
        ring = QColor(image.pixel(x, y))
        found += [contrast(ring, ground), contrast(ring, QColor(image.pixel(ix, iy)))]
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_push_buttons_focus_ring_stands_out_in_both_themes(window, qtbot, scheme) -> None:
    # Fusion rings the button that has the keyboard in the selection colour made darker:
    # in the dark theme 1.4:1 against the window and the button's pixels beside it (2.2:1
    # to 2.4:1 light), so Tab to "Set best figure…" showed next to nothing; WCAG asks
    # 3:1 of a focus indicator against what is next to it.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    window.set_theme(scheme)
    host, (button, other) = _column(qtbot, lambda parent: [
        QPushButton("Set best figure…", parent), QPushButton("Reopen", parent)])
    with qtbot.waitActive(host):  # the keyboard goes to the active window
        host.show()
        host.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    host.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # as a Tab press sets it
    button.update()
    for _ in range(3):
        QApplication.processEvents()
    assert button.hasFocus()
    assert min(_ring_contrasts(button)) >= 3.0, (scheme, _ring_contrasts(button))
    # With the mouse (no keyboard focus change) the button keeps Fusion's quiet edge.
    host.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    other.setFocus(Qt.FocusReason.MouseFocusReason)
    button.update()
    for _ in range(3):
        QApplication.processEvents()
    assert not button.hasFocus()
    assert min(_ring_contrasts(button)) < 3.0, scheme
