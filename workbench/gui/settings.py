"""Preferences kept between sessions (QSettings): recent projects, coder name, theme, layout,
import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workbench.core import backup

ORGANISATION = "Workbench"
APPLICATION = backup.APPLICATION  # one name for the user's data folder, core and window
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

    # ------------------------------------------------------------ backups
    def backup_interval(self) -> float:
        """Minutes of changes between automatic backups (default 10)."""
        return _as_number(self.q.value("backup/interval_minutes", 10), 10, 1, 24 * 60)

    def backup_keep(self) -> int:
        """How many automatic backups are kept (default 10)."""
        return int(_as_number(self.q.value("backup/keep", 10), 10, 1, 1000))

    def backup_place(self) -> str:
        """"beside" (NAME.wbproj.backups/, the default) or "data" (the user data folder)."""
        value = str(self.q.value("backup/place", "beside"))
        return value if value in ("beside", "data") else "beside"

    def set_backup(self, *, interval: float | None = None, keep: int | None = None,
                   place: str | None = None) -> None:
        for key, value in (("interval_minutes", interval), ("keep", keep), ("place", place)):
            if value is not None:
                self.q.setValue(f"backup/{key}", value)

    # ------------------------------------------------------------- layout
    def window_state(self, name: str) -> QByteArray | None:
        value = self.q.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self.q.setValue(f"window/{name}", state)

    def window_layouts(self) -> str | None:
        """The panes' layouts per window size (``gui/pane_layouts.py``), as written."""
        value = self.q.value("window/layouts")
        return value if isinstance(value, str) else None

    def set_window_layouts(self, text: str) -> None:
        self.q.setValue("window/layouts", text)

    def sync(self) -> None:
        self.q.sync()


def _as_bool(value: object) -> bool:
    # Ini files give strings back ("true"/"false"); the native stores give bools.
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _as_number(value: object, default: float, low: float, high: float) -> float:
    # A hand-edited settings file can hold anything: fall back rather than fail.
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high) if number == number else default
