"""Preferences kept between sessions (QSettings): recent projects, coder name, theme, layout,
import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Workbench"
APPLICATION = "Workbench"
MAX_RECENT = 10
THEMES = ("system", "light", "dark")


class Settings:
    """Typed access to QSettings so keys and defaults live in one place."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORGANISATION, APPLICATION)

    # ----------------------------------------------------------- projects
    def recent_projects(self) -> list[str]:
        value = self.q.value("projects/recent", [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_projects() if p != path]
        self.q.setValue("projects/recent", [path, *recent][:MAX_RECENT])
        self.q.setValue("projects/last", path)

    def last_project(self) -> str | None:
        value = self.q.value("projects/last", "")
        return str(value) if value else None

    # -------------------------------------------------------------- coder
    def coder(self) -> str | None:
        """The coder name chosen in the window (asked on first start), or None."""
        value = str(self.q.value("coder/name", "") or "").strip()
        return value or None

    def set_coder(self, name: str) -> None:
        self.q.setValue("coder/name", name.strip())

    # ---------------------------------------------------------- behaviour
    def theme(self) -> str:
        value = str(self.q.value("view/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self.q.setValue("view/theme", theme)

    def suggest_on_import(self) -> bool:
        return _as_bool(self.q.value("import/suggest", True))

    def set_suggest_on_import(self, on: bool) -> None:
        self.q.setValue("import/suggest", bool(on))

    # ------------------------------------------------------------- layout
    def window_state(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self.q.setValue(f"window/{name}", state)

    def sync(self) -> None:
        self.q.sync()


def _as_bool(value: object) -> bool:
    # Ini files give strings back ("true"/"false"); the native stores give bools.
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
