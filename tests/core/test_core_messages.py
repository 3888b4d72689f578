"""Core error messages are written for any caller: none names a command-line flag."""

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "workbench" / "core"
FLAG = re.compile(r"(?<![\w-])--[a-z]")


def _raised_strings(path: Path) -> list[str]:
    """Every string literal (f-string parts included) inside a raise statement."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise):
            found += [n.value for n in ast.walk(node)
                      if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return found


def test_the_scan_sees_a_flag():
    assert FLAG.search("say which one with --occurrence 1 to 3.")
    assert not FLAG.search("an em dash -- like this, or a-b")


def test_no_core_error_message_names_a_command_line_flag():
    hits = [f"{p.relative_to(CORE)}: {s!r}" for p in CORE.rglob("*.py")
            for s in _raised_strings(p) if FLAG.search(s)]
    assert hits == []
