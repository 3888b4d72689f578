"""Counted nouns in user-facing sentences: one is singular, every other count plural."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.core.wording import agrees, counted


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 backups"), (1, "1 backup"), (2, "2 backups"), (1500, "1,500 backups")])
def test_counted(n: int, expected: str) -> None:
    assert counted(n, "backup") == expected


def test_an_irregular_plural_and_agreement() -> None:
    assert counted(1, "log entry", "log entries") == "1 log entry"
    assert counted(3, "log entry", "log entries") == "3 log entries"
    assert agrees(1, "was", "were") == "was" and agrees(0, "was", "were") == "were"


def test_no_message_counts_with_a_bracketed_plural() -> None:
    # "1 backup(s)" and "1 document(s)" were printed by the command line and the window.
    root = Path(__file__).resolve().parents[2] / "workbench"
    found = [f"{p.relative_to(root)}:{i}" for p in root.rglob("*.py")
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\}\s\w+(\s\w+)?\(s\)", line)]
    assert found == []
