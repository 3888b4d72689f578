"""A toll then its parts after a colon or a dash (round en232).

A report gives the whole and then who they were: "three people have died: two women in
their 60s and a 30-year-old man", "Five people were wounded - two police officers and three
passers-by", "two people died: a 70-year-old woman and a boy of six". Some readers take the
parts after "killed:" and not after "died:" or "have died:"; each counted member of the
list (a number or an article, words describing them, a noun of people, and a tail such as
"in their 60s" or "aged 40") is read with the whole's outcome when the members' counts add
up to the whole (a list that sums to it is its parts, not another count) and no figure
already covers the member.

Unread: "Three areas were hit: food, fuel and rent" (no toll figure before), "four people
died: two in the first blast" (the parts do not add up), a member named without a count
("and her grandson": the sum then falls short). Gated by a colon or a spaced dash right
after a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_lookup import FigureLookup
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, word_value

Figure = dict[str, object]

_OPEN = re.compile(r"\s*(?::|\s[-–—])\s+")
_OUTCOMES = frozenset(("killed", "wounded", "arrested", "captured", "missing"))


@cache
def _member() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<c>{NUMBER}|an?)\s+(?P<w>(?:[\w'’\-]+\s+){{0,3}}?[a-z][\w'’\-]*)"
        # where the member's words end: its tail, a comma, "and" or the sentence's end
        rf"(?P<tail>\s+(?:{alt(EN.COLON_PART_TAILS)})\s+[\w'’\-]+(?:\s+and\s+\d+)?)?"
        r"(?=\s*(?:[,;.)]|$)|\s+and\b)", re.IGNORECASE)


_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def read_toll_colon_parts(text: str, out: list[Figure],
                          person_like: Callable[[list[str]], bool]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``, sorted) the members of a
    list after a colon or dash that count the figure before it, part by part."""
    if ":" not in text and " - " not in text and " – " not in text and " — " not in text:
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for f in out:
        end = int(str(f["end"]))
        if f["outcome"] not in _OUTCOMES or not (opened := _OPEN.match(text, end)):
            continue
        members = _members(text, opened.end(), person_like)
        if len(members) < 2 or sum(m[2] for m in members) != int(str(f["count_low"])):
            continue
        known = known or FigureLookup(out)
        for start, stop, count, group in members:
            if not known.overlaps(start, stop):
                added.append(new_figure(text, start, stop, str(f["outcome"]), count,
                                        group=group))
    if added:
        out.extend(added)
        out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))


def _members(text: str, pos: int, person_like: Callable[[list[str]], bool]
             ) -> list[tuple[int, int, int, str]]:
    """The counted members of the list from ``pos``: start, end, count and group; empty
    when a member is not a counted noun of people."""
    found: list[tuple[int, int, int, str]] = []
    while True:
        m = _member().match(text, pos)
        if m is None:
            return []
        words = m.group("w").split()
        count = 1 if m.group("c").lower() in ("a", "an") else word_value(m.group("c"))
        head = [w for w in words if not w[:1].isdigit()]
        if count is None or not head or not person_like(words):
            return []
        found.append((m.start(), m.end(), count, _group(words)))
        j = _JOIN.match(text, m.end())
        if j is None:
            return found
        pos = j.end()


def _group(words: list[str]) -> str:
    """The group as the gold writes it: the noun and the words before it, an age left out
    ("a 30-year-old man" is a man)."""
    kept = [w for w in words if not w.lower().endswith(("-year-old", "-years-old"))]
    return " ".join(kept or words)
