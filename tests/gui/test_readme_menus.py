"""Every menu item the README names is in the window's menus, under the name it gives.

A reader looks for *File → Merge project…* by those words; a renamed or moved item
makes the README a wrong map. Also the ones named without their menu (*Import folder…*,
*Re-import new version…*) and the keys the README's table gives.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMenu

README = Path(__file__).resolve().parents[2] / "README.md"


def _paths(menu: QMenu, prefix: str):
    title = menu.title().replace("&", "")
    for action in menu.actions():
        # "Add to incident\tI": the key after the tab is shown, not part of the name.
        text = action.text().replace("&", "").split("\t")[0]
        if action.menu():
            yield from _paths(action.menu(), f"{prefix}{title} → ")
        elif text:
            yield f"{prefix}{title} → {text}", action


def _readme_paths() -> set[str]:
    text = " ".join(README.read_text(encoding="utf-8").split())
    return set(re.findall(r"\*([A-Z][a-z]+ → [^*]+?)\*", text))


def test_the_readme_names_menu_items(window):
    menus = dict(p for m in window.menuBar().findChildren(QMenu)
                 if m.parent() is window.menuBar() for p in _paths(m, ""))
    named = _readme_paths()
    assert len(named) >= 15  # the README names that many; a broken pattern finds none
    # *View → Theme* names a group of items ("Theme: Light", "Theme: Dark", ...).
    missing = [p for p in named if p not in menus and not any(
        m.startswith((p + " → ", p + ":")) for m in menus)]
    assert missing == []
    items = {p.rsplit(" → ", 1)[1] for p in menus}
    assert {"Import folder…", "Re-import new version…"} <= items


def test_the_readme_keys_table_has_every_key_the_keys_help_lists():
    # Ctrl+F was in Help → Keys… but not in the README's table of keys.
    from workbench.gui.main_menus import KEYS_HELP

    text = README.read_text(encoding="utf-8")
    table = text[text.index("| keys | what they do |"):]
    table = table[:table.index("\n\n")]
    keys = [k for k in re.findall(r"<b>([^<]+)</b>", KEYS_HELP) if not k.startswith("Select")]
    assert len(keys) >= 6
    firsts = [row.split("|")[1] for row in table.splitlines()[2:]]
    assert [k for k in keys if not any(k in cell for cell in firsts)] == []


def test_the_empty_viewer_names_a_menu_item_the_window_has(window):
    # It said "File ▸ Import", which is no item: the File menu has "Import files…".
    menus = {p for m in window.menuBar().findChildren(QMenu)
             if m.parent() is window.menuBar() for p, _ in _paths(m, "")}
    named = re.findall(r"([A-Z][a-z]+) ▸ ([^,)]+)", window.document_view.placeholderText())
    assert named
    assert [f"{menu} → {item}" for menu, item in named
            if f"{menu} → {item}" not in menus] == []
