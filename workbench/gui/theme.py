"""Light and dark themes: explicit Fusion palettes, following the system when asked.

Explicit palettes (rather than whatever the platform style offers) keep the
highlight colours readable on every platform, including the offscreen one the
tests and the screenshot command use.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "window": "#f4f3f0", "base": "#fdfcfa", "alt": "#f0efeb", "text": "#1e2328",
    "mid": "#d6d3cc", "button": "#ebe9e4", "highlight": "#cfe0f5", "hl_text": "#10161c",
    "muted": "#6b7178", "link": "#2f6fbf", "tooltip": "#fffbe6",
}
_DARK = {
    "window": "#23262a", "base": "#1b1d20", "alt": "#25282c", "text": "#e3e4e6",
    "mid": "#3a3e44", "button": "#2d3035", "highlight": "#36506e", "hl_text": "#f2f4f7",
    "muted": "#9aa0a6", "link": "#7fb0ea", "tooltip": "#2d3035",
}

STYLE_SHEET = """
QSplitter::handle { background: palette(window); }
QLineEdit#searchBox { padding: 4px 6px; border-radius: 4px; }
QStatusBar QLabel { padding: 0 6px; }
QHeaderView::section { padding: 3px 6px; }
"""


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


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class ThemeManager(QObject):
    """Applies a theme setting and re-applies it when the system scheme changes."""

    changed = Signal(str)  # 'light' or 'dark'

    def __init__(self, app: QApplication, mode: str = "system"):
        super().__init__(app)
        self.app = app
        self.mode = mode
        app.setStyle("Fusion")
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)
        self.apply(mode)

    def apply(self, mode: str) -> str:
        self.mode = mode
        scheme = resolve(mode)
        self.app.setPalette(make_palette(scheme))
        self.app.setStyleSheet(STYLE_SHEET)
        self.changed.emit(scheme)
        return scheme

    def _system_changed(self, *_: object) -> None:
        if self.mode == "system":
            self.apply("system")
