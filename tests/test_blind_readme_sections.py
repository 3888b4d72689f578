"""Each blind set from the second on has one section of its own in its README, headed
"## ... (`xx-N.jsonl`)", holding text before the next set's heading, and the set's first
subsection is the writer's account. A merge of two sets written at the same time once left
one set's heading empty and its account under the other's; these tests catch that."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parent.parent / "bench" / "blind"
HEADING = re.compile(r"^## .*`((?:en|ar)-(\d+))\.jsonl`", re.MULTILINE)
# What the writer's account of a set is called (English, Arabic README).
ACCOUNTS = {"en": "### How it was written", "ar": "### What is in it"}


def _sections(readme: Path) -> list[tuple[str, int, list[str]]]:
    """(set name, its number, its lines up to the next "## ") for every set heading."""
    lines = readme.read_text(encoding="utf-8").split("\n")
    heads = [i for i, line in enumerate(lines) if line.startswith("## ")]
    found = []
    for k, i in enumerate(heads):
        match = HEADING.match(lines[i])
        if match is None:
            continue
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        found.append((match.group(1), int(match.group(2)), lines[i + 1:end]))
    return found


@pytest.mark.parametrize(("readme", "language"), [("README.md", "en"), ("README-ar.md", "ar")])
def test_every_set_from_the_second_has_one_section(readme: str, language: str) -> None:
    sections = _sections(BLIND / readme)
    names = [name for name, _, _ in sections]
    files = {p.stem for p in BLIND.glob(f"{language}-*.jsonl")}
    assert len(names) == len(set(names)), "a set has two headings"
    # (the first set is described in the README's opening, before any set heading)
    assert files - set(names) == {f"{language}-1"}


@pytest.mark.parametrize(("readme", "language"), [("README.md", "en"), ("README-ar.md", "ar")])
def test_recent_sections_hold_their_writers_account(readme: str, language: str) -> None:
    for name, number, body in _sections(BLIND / readme):
        assert any(line.strip() for line in body), f"{name}: its heading has nothing under it"
        if number >= 100:  # the sections written to one pattern
            subsections = [line for line in body if line.startswith("### ")]
            assert subsections[:1] == [ACCOUNTS[language]], name
