"""Light and dark themes: explicit Fusion palettes, following the system when asked.

Explicit palettes (rather than whatever the platform style offers) keep the
highlight colours readable on every platform, including the offscreen one the
tests and the screenshot command use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

_LIGHT = {
    "window": "#f4f3f0", "base": "#fdfcfa", "alt": "#f0efeb", "text": "#1e2328",
    "mid": "#d6d3cc", "button": "#ebe9e4", "highlight": "#cfe0f5", "hl_text": "#10161c",
    "muted": "#62676d", "link": "#2f6fbf", "tooltip": "#fffbe6",
    "warn": "#8f5500", "error": "#b3261e",
}
_DARK = {
    "window": "#23262a", "base": "#1b1d20", "alt": "#25282c", "text": "#e3e4e6",
    "mid": "#3a3e44", "button": "#2d3035", "highlight": "#36506e", "hl_text": "#f2f4f7",
    "muted": "#9aa0a6", "link": "#7fb0ea", "tooltip": "#2d3035",
    "warn": "#e3a64a", "error": "#ff8a80",
}

# Text that warns or refuses, by object name, in each theme's own colour: one fixed
# colour cannot serve both (#9a5b00 read 2.8:1 on the dark window, #a33 2.3:1). Every
# pair keeps WCAG's 4.5:1 against the window and the base
# (``tests/gui/test_screens.py``).
WARN_LABELS = ("incidentReviewNote",)
ERROR_LABELS = ("passphraseNote", "annotationEditorError")

STYLE_SHEET = """
QSplitter::handle { background: palette(window); }
QLineEdit#searchBox { padding: 3px 5px; border-radius: 4px; }
QStatusBar QLabel { padding: 0 6px; }
QHeaderView::section { padding: 3px 6px; }
"""


def colors(scheme: str) -> dict[str, str]:
    """The theme's named colours ('light' or 'dark')."""
    return dict(_DARK if scheme == "dark" else _LIGHT)


def style_sheet(scheme: str) -> str:
    """The application's style sheet for a scheme: the shared rules and the colours of
    the labels that warn or refuse."""
    c = colors(scheme)
    palette = make_palette(scheme)
    # A style sheet's border-radius takes the search box's frame from the style, which
    # left it no edge at all (1.1:1): it is drawn here in the fields' colours.
    rules = [f"QLineEdit#searchBox {{ border: 1px solid {edge_color(palette).name()}; }}",
             f"QLineEdit#searchBox:focus {{ border-color: {focus_edge_color(palette).name()}; }}"]
    rules += [f"QLabel#{name} {{ color: {c['warn']}; }}" for name in WARN_LABELS]
    rules += [f"QLabel#{name} {{ color: {c['error']}; font-weight: bold; }}"
              if name == "annotationEditorError" else
              f"QLabel#{name} {{ color: {c['error']}; }}" for name in ERROR_LABELS]
    return STYLE_SHEET + "\n".join(rules) + "\n"


def luminance(color: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21; text wants 4.5 or more)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = app.styleHints()
    if hasattr(hints, "colorScheme"):  # Qt >= 6.5
        return hints.colorScheme() == Qt.ColorScheme.Dark
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve(mode: str) -> str:
    """'light' or 'dark' for a user setting of light, dark or system."""
    if mode in ("light", "dark"):
        return mode
    return "dark" if system_is_dark() else "light"


def make_palette(scheme: str) -> QPalette:
    c = {k: QColor(v) for k, v in (_DARK if scheme == "dark" else _LIGHT).items()}
    p = QPalette()
    R = QPalette.ColorRole
    for role, key in (
        (R.Window, "window"), (R.WindowText, "text"), (R.Base, "base"),
        (R.AlternateBase, "alt"), (R.Text, "text"), (R.Button, "button"),
        (R.ButtonText, "text"), (R.Highlight, "highlight"), (R.HighlightedText, "hl_text"),
        (R.ToolTipBase, "tooltip"), (R.ToolTipText, "text"), (R.Link, "link"),
        (R.PlaceholderText, "muted"), (R.Mid, "mid"), (R.Midlight, "alt"),
        (R.Dark, "mid"), (R.Light, "base"),
    ):
        p.setColor(role, c[key])
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c["muted"])
    return p


def _mix(ground: QColor, ink: QColor, share: float) -> QColor:
    """The colour ``share`` of the way from ``ground`` to ``ink``."""
    return QColor.fromRgbF(*(ground_c + share * (ink_c - ground_c) for ink_c, ground_c in
                             zip(ink.getRgbF()[:3], ground.getRgbF()[:3], strict=True)))


def edge_color(palette: QPalette) -> QColor:
    """The outline of a control a user must find (a check box, a text field, a
    drop-down list): 55% of the way from the window's colour to its text: 3.5:1 on the
    light window, 4.7:1 on the dark (WCAG asks 3:1 of a control's edge)."""
    return _mix(palette.color(QPalette.ColorRole.Window),
                palette.color(QPalette.ColorRole.WindowText), EDGE_SHARE)


EDGE_SHARE = 0.55


def focus_edge_color(palette: QPalette) -> QColor:
    """The outline of the field that has the keyboard: the link colour, 4.6:1 on the
    light window and 6.7:1 on the dark. Fusion's own focus edge is the selection colour
    made darker, 2.4:1 on the light window and 1.4:1 on the dark with their pale
    selection."""
    return palette.color(QPalette.ColorRole.Link)


def button_focus_color(palette: QPalette) -> QColor:
    """The ring of the push button that has the keyboard: the focus colour a fifth of
    the way to the text. The link colour itself read 2.9:1 against the light line Fusion
    draws inside a dark button's top edge; this one reads 7.6:1 against the dark window
    and 3.3:1 or more against the button's pixels next to it (5.7:1 and 5.3:1 light)."""
    return _mix(focus_edge_color(palette), palette.color(QPalette.ColorRole.WindowText),
                BUTTON_FOCUS_SHARE)


BUTTON_FOCUS_SHARE = 0.2


def _is_field(widget: QWidget | None) -> bool:
    """A text box the user types into: read-only text (the document being read, a
    summary) is a pane, not a field, and keeps Fusion's quiet frame."""
    return isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()


class OutlinedStyle(QProxyStyle):
    """Fusion, with the edges of the controls a user must find drawn at 3:1 or more.

    Fusion draws the edges of check boxes, radio buttons, text fields, spin boxes and
    drop-down lists in the window's colour made darker: 1.1:1 to 2.1:1 on the dark
    window and 1.7:1 to 2.0:1 on the light one, so an unticked "Whole project" or an
    empty field was found only by its fill, if at all."""

    _INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                   QStyle.PrimitiveElement.PE_IndicatorRadioButton)
    _FRAMED = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._INDICATORS:
            self._outline_indicator(element, option, painter)
        elif element == QStyle.PrimitiveElement.PE_FrameLineEdit or (
                element == QStyle.PrimitiveElement.PE_Frame and _is_field(widget)):
            _outline_field(option, painter)
        elif element == QStyle.PrimitiveElement.PE_PanelButtonCommand and _keyboard_focus(
                option):
            # Fusion rings the push button that has the keyboard in the selection colour
            # made darker: 1.4:1 against the dark window and the button's pixels beside
            # it (2.2:1 to 2.4:1 light); drawn over it, on the same outermost
            # pixels, in a colour at 3:1 or more against both.
            _ring(option, painter, button_focus_color(option.palette))

    def drawComplexControl(self, control: QStyle.ComplexControl,
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        # A frameless spin box or list (inside a table cell's editor) has no edge to mend.
        if control in self._FRAMED and getattr(option, "frame", True):
            # Fusion draws a spin box's frame a pixel inside its top and bottom: an edge
            # on the outermost pixels doubled those two sides (2 px against 1 at the
            # sides, the inner one Fusion's grey, plain in the light theme).
            inset = 1 if control == QStyle.ComplexControl.CC_SpinBox else 0
            _outline_field(option, painter, inset)

    @staticmethod
    def _outline_indicator(element: QStyle.PrimitiveElement, option: QStyleOption,
                           painter: QPainter) -> None:
        if _keyboard_focus(option):
            return  # keyboard focus keeps Fusion's highlighted edge
        painter.save()
        painter.setPen(edge_color(option.palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()


def _keyboard_focus(option: QStyleOption) -> bool:
    """Has the control the keyboard, reached by it (Fusion's condition for a focus ring:
    a button clicked with the mouse shows none)?"""
    focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return (option.state & focused) == focused


def _outline_field(option: QStyleOption, painter: QPainter, inset: int = 0) -> None:
    """Draw a field's edge over Fusion's, on the same pixels (the outermost, or ``inset``
    rows inside the top and bottom where Fusion draws it there) and with its small
    rounding, in the edge colour or, with the keyboard in it, the focus colour."""
    has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
    _ring(option, painter, focus_edge_color(option.palette) if has_focus
          else edge_color(option.palette), inset)


def _ring(option: QStyleOption, painter: QPainter, color: QColor, inset: int = 0) -> None:
    """A 1-px rounded edge in ``color`` on the outermost pixels of ``option.rect`` (or
    ``inset`` rows inside its top and bottom), as Fusion rounds its frames."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(color)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Pixel centres: a 1-px pen on half-pixel lines fills whole pixels, not two halves.
    painter.drawRoundedRect(
        QRectF(option.rect).adjusted(0.5, 0.5 + inset, -0.5, -0.5 - inset), 2, 2)
    painter.restore()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class ThemeManager(QObject):
    """Applies a theme setting and re-applies it when the system scheme changes."""

    changed = Signal(str)  # 'light' or 'dark'

    def __init__(self, app: QApplication, mode: str = "system"):
        super().__init__(app)
        self.app = app
        self.mode = mode
        self.style = OutlinedStyle()  # the application does not keep a Python reference
        app.setStyle(self.style)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)
        self.apply(mode)

    def apply(self, mode: str) -> str:
        self.mode = mode
        scheme = resolve(mode)
        self.app.setPalette(make_palette(scheme))
        self.app.setStyleSheet(style_sheet(scheme))
        self.changed.emit(scheme)
        return scheme

    def _system_changed(self, *_: object) -> None:
        if self.mode == "system":
            self.apply("system")
