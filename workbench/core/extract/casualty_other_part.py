"""The rest of a toll's part told as "the other N" and who they were (round en235).

A report splits its dead in two parts: "four of the dead were gang members, and the other
two were a taxi driver and a 12-year-old girl hit by stray bullets". The first part ("four
of the dead") was read; the second, "the other two", and its members were not, or were
read with the outcome of how a member died ("hit by stray bullets" made the driver and the
girl wounded). "the other N" after a part "N of the <people>" of the same sentence is the
rest of the same people: it takes the part's outcome, and so do the counted members listed
after its "were" when their counts add up to N (a member the sentence rules read keeps its
span; one they did not is read here when its words name people).

Unread: "the other two" with no part "of the ..." before it in its sentence ("the other two
were released" tells its own outcome), a list whose counts do not add up to the rest, and
members that name no people ("the other two were a car and a bus").
Gated by "the other " in the text.
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

# a part counted "of the" or "of those" people: "four of the dead", "Two of the injured"
_PART = re.compile(r"^\S+\s+of\s+(?:the|those)\s+\S", re.IGNORECASE)
_OUTCOMES = frozenset(("killed", "wounded", "arrested", "captured", "missing"))
# the part's description, then "and" or a semicolon and perhaps "that", then the rest
_REST_REACH = 160


@cache
def _rest() -> re.Pattern[str]:
    return re.compile(
        r"[^.;!?\n]{0,%d}?(?:,\s*|;\s*|\s+)(?:and\s+|while\s+)?(?:that\s+)?"
        rf"(?P<rest>the\s+other\s+(?P<n>{NUMBER}))\s+(?:were|are)\s+" % _REST_REACH,
        re.IGNORECASE)


@cache
def _member() -> re.Pattern[str]:
    # a counted member: its count, up to four words ending on its noun, and how it died
    # ("a 12-year-old girl hit by stray bullets") up to the next "and", comma or the end
    return re.compile(
        rf"(?P<c>{NUMBER}|an?)\s+(?P<w>(?:[\w'’\-]+\s+){{0,3}}?[a-z][\w'’\-]*)"
        rf"(?:\s+(?:{alt(EN.TOLL_MEMBER_HOW)})\b[^,;.!?\n]{{0,40}}?)?"
        r"(?=\s*(?:[,;.!?]|$)|\s+and\b)", re.IGNORECASE)


_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def read_other_part(text: str, out: list[Figure],
                    person_like: Callable[[list[str]], bool]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``, sorted) "the other N"
    after a part "N of the ..." and the members listed for it; mend the outcome of members
    already read."""
    if "the other " not in text and "The other " not in text:
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for f in out:
        if f["outcome"] not in _OUTCOMES or not _PART.match(str(f["text"])):
            continue
        m = _rest().match(text, int(str(f["end"])))
        if m is None or (n := word_value(m.group("n"))) is None:
            continue
        members = _members(text, m.end(), person_like)
        if not members and not _named_people(text, m.end(), person_like):
            continue  # "the other three were freed": a predicate of their own, no kind
        known = known or FigureLookup(out)
        outcome = str(f["outcome"])
        a, b = m.span("rest")
        if not known.overlaps(a, b):
            added.append(new_figure(text, a, b, outcome, n))
        if len(members) < 2 or sum(c for _, _, c, _ in members) != n:
            continue
        for start, stop, count, group in members:
            had = [g for g in out if int(str(g["start"])) < stop and start < int(str(g["end"]))]
            if not had:
                added.append(new_figure(text, start, stop, outcome, count, group=group))
            for g in had:
                if g["count_low"] == count and g["outcome"] != outcome:
                    g["outcome"] = outcome
    if added:
        out.extend(added)
        out.sort(key=lambda g: (int(str(g["start"])), int(str(g["end"]))))


_NOUNS_AFTER = re.compile(r"(?:[a-z][\w'’\-]*\s+){0,2}?[a-z][\w'’\-]*(?=\s*(?:[,;.!?]|$))")


def _named_people(text: str, pos: int, person_like: Callable[[list[str]], bool]) -> bool:
    """Do the words from ``pos`` name people, the rest told by who they were ("the other
    two were civilians", "were gang members", "were a farmer and his son")?"""
    m = _NOUNS_AFTER.match(text, pos)
    if m is not None and person_like(m.group().split()):
        return True
    # ... or a first member counted ("a farmer and his son": the list then falls short)
    one = _member().match(text, pos)
    return one is not None and person_like(one.group("w").split())


def _members(text: str, pos: int, person_like: Callable[[list[str]], bool]
             ) -> list[tuple[int, int, int, str]]:
    """The counted members listed from ``pos``: start, end, count and group; empty when
    one names no people."""
    found: list[tuple[int, int, int, str]] = []
    while True:
        m = _member().match(text, pos)
        if m is None:
            return []
        words = m.group("w").split()
        count = 1 if m.group("c").lower() in ("a", "an") else word_value(m.group("c"))
        if count is None or not person_like(words):
            return []
        kept = [w for w in words if not w.lower().endswith(("-year-old", "-years-old"))]
        found.append((m.start(), m.end(), count, " ".join(kept or words)))
        j = _JOIN.match(text, m.end())
        if j is None:
            return found
        pos = j.end()
