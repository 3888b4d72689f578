"""Parts of a count told after it, and a count summed with one person (round en229).

Reports of a year's toll or of one attack break the people already counted into kinds, and
tell a group of one kind beside a person told before. The sentence readers miss these; this
post-pass reads what the figures already found leave:

* a part told by what its people were, after a toll of people ("The report says 31 people
  were killed, and that four were children", "Most of the victims were men, but at least
  12 were older women"): the part takes the toll's outcome (``_parts_that_were``). Only a
  plain count (no "the") before "were" and a person noun (a lowercase head ``_person_like``
  allows) is a part, and only within ``_PART_REACH`` characters after a larger count of
  people with one of ``_PART_OUTCOMES``: "Two were arrested" has no noun, "Two were
  schools" no person, and "The two were brothers" is the whole again;
* the part of a part after it, by "N of them <people>" ("At least 12 were older women, eight
  of them widows"), after a figure this pass or a reader gave (``_of_them_after``);
* a part of the victims of a toll, told by what was done to their bodies ("13 bodies were
  recovered. Four of the victims had their hands tied"): killed, after a larger count of
  the dead (``_victims_part``); "Four of the victims' relatives" is no part;
* a counted kind summed with one person told before, then the outcome ("six men and the
  woman have died", "two soldiers and the driver were killed"): the counted kind takes it
  (``_kinds_summed``); the one person was counted when first told. Things ("Six rooms and
  the hall were destroyed") and a definite count ("the six men and the woman") stay out.

Every step is gated by plain substrings before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_lookup import FigureLookup
from .figure_spans import counted_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, QUALIFIER

Figure = dict[str, object]
People = Callable[[list[str]], bool]
# How far after a toll (its end) a part told by what its people were may start.
_PART_REACH = 400
# How far before a verb or "of the victims" its count may start ("at least twenty-one ").
_COUNT_WINDOW = 40
_PART_OUTCOMES = ("killed", "wounded", "arrested", "captured", "missing")
_PLURAL_ENDS = ("s", "men", "ren", *EN.COLLECTIVE_PERSON_PLURALS, *EN.COLLECTIVE_PLURAL_SUBJECTS)


def _s(f: Figure, key: str) -> int:
    return int(str(f[key]))



def _people_group(words: str, people: People) -> str | None:
    """The longest opening run of ``words`` (at most three) that names people by a
    lowercase plural head ("older people", "boys"), else None."""
    toks = words.split()
    for n in range(min(len(toks), 3), 0, -1):
        head = toks[n - 1]
        # a plural head: a suffix names people as often as words of other kinds ("four
        # were under investigation")
        if head[:1].islower() and head.endswith(_PLURAL_ENDS) and people(toks[:n]):
            return " ".join(toks[:n])
    return None


def _toll_before(known: FigureLookup, at: int, value: int) -> Figure | None:
    """The last figure ending before ``at`` (within the reach), when it counts people of
    one of ``_PART_OUTCOMES``, more than ``value``."""
    best = known.last_before(at)
    if best is None or at - _s(best, "end") > _PART_REACH:
        return None
    if best["outcome"] not in _PART_OUTCOMES:
        return None
    return best if _s(best, "count_low") > value else None


@cache
def _counted_people() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.\-])(?:{NUMBER})\s+(?P<g>[a-z][\w\-]*)", re.IGNORECASE)


def _people_counted_between(text: str, a: int, b: int, people: People) -> bool:
    """Are other people counted between ``a`` and ``b`` ("Gunmen killed 12 people. Twelve
    students won prizes; three were girls": the part is the students')?"""
    return any(_people_group(m.group("g"), people) is not None
               for m in _counted_people().finditer(text, a, b))


@cache
def _count_ending() -> re.Pattern[str]:
    # the count that ends right before a verb or a noun, searched in a short window
    return re.compile(rf"(?<![\w,.\-])(?P<c>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))$",
                      re.IGNORECASE)


def _count_before(text: str, at: int) -> int | None:
    """Where a count ending at ``at`` starts, else None."""
    lo = max(0, at - _COUNT_WINDOW)
    m = _count_ending().search(text, lo, at)
    return m.start() if m else None


@cache
def _were_people() -> re.Pattern[str]:
    # a literal first, so the search skips to each " were " (speed)
    return re.compile(r" were (?P<g>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})")


# What opens the clause a part of a count starts: "but", "and (that)", "that", "while", a
# semicolon or a stop.
_CLAUSE_OPENERS = ("but", "and", "that", "while")


def _opens_clause(text: str, at: int) -> bool:
    before = text[max(0, at - 8):at].rstrip()
    if not before:
        return at == 0 or text[at - 1] == "\n"
    return before.endswith((".", ";", ":")) or before.lower().rsplit(None, 1)[-1] in (
        _CLAUSE_OPENERS)


def _parts_that_were(text: str, out: list[Figure], people: People) -> None:
    if " were " not in text or not out:
        return
    known: FigureLookup | None = None  # (built at the first part met: most texts have none)
    added: list[Figure] = []
    for m in _were_people().finditer(text):
        start = _count_before(text, m.start())
        if start is None or not _opens_clause(text, start):
            continue  # (also "the two were brothers": the whole again)
        group = _people_group(m.group("g"), people)
        if group is None:
            continue
        known = known or FigureLookup(out)
        if known.overlaps(start, m.end()):
            continue
        fig = counted_figure(text, start, m.start("g") + len(group), "", group)
        if fig is None:
            continue
        toll = _toll_before(known, start, _s(fig, "count_low"))
        if toll is None or _people_counted_between(text, _s(toll, "end"), start, people):
            continue
        fig["outcome"] = toll["outcome"]
        added.append(fig)
    out.extend(added)


@cache
def _of_them() -> re.Pattern[str]:
    # a short description of the part may stand between: "older women accused of
    # witchcraft, eight of them widows"
    return re.compile(rf"(?:\s+[a-z][^,.;:!?()\n]{{0,40}}?)?,\s+"
                      rf"(?P<c>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))\s+of\s+them\s+"
                      r"(?P<g>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.IGNORECASE)


def _of_them_after(text: str, out: list[Figure], people: People) -> None:
    if " of them " not in text:
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for f in out:
        m = _of_them().match(text, _s(f, "end"))
        if m is None:
            continue
        group = _people_group(m.group("g"), people)
        if group is None:
            continue
        known = known or FigureLookup(out)
        if known.overlaps(m.start("c"), m.end()):
            continue
        fig = counted_figure(text, m.start("c"), m.start("g") + len(group), str(f["outcome"]),
                             group)
        if fig is not None and _s(fig, "count_low") < _s(f, "count_low"):
            added.append(fig)
    out.extend(added)


@cache
def _victims_of() -> re.Pattern[str]:
    return re.compile(rf" of the (?P<g>{alt(EN.COUNT_PARTS_VICTIMS)})(?![\w'’])",
                      re.IGNORECASE)


def _victims_part(text: str, out: list[Figure]) -> None:
    if not out or not any(f" of the {w}" in text for w in EN.COUNT_PARTS_VICTIMS):
        return
    known = FigureLookup(out)
    added: list[Figure] = []
    for m in _victims_of().finditer(text):
        start = _count_before(text, m.start())
        if start is None or known.overlaps(start, m.end()):
            continue
        fig = counted_figure(text, start, m.end(), "killed", m.group("g"))
        if fig is None or _s(fig, "count_low") < 2:
            continue  # "one of the victims" singles out a person, told again
        toll = _toll_before(known, start, _s(fig, "count_low"))
        if toll is not None and toll["outcome"] == "killed":
            added.append(fig)
    out.extend(added)


@cache
def _summed() -> re.Pattern[str]:
    # a literal first, so the search skips to each " and " (speed)
    return re.compile(
        r" and (?:the|his|her|their)\s+(?P<one>[a-z][\w\-]*)\s+"
        rf"(?P<v>{alt(EN.COUNT_PARTS_SUMMED_KILLED)}|{alt(EN.COUNT_PARTS_SUMMED_WOUNDED)})\b")


@cache
def _kind_ending() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.\-])(?P<c>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))\s+"
                      r"(?P<g>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$", re.IGNORECASE)


def _kinds_summed(text: str, out: list[Figure], people: People) -> None:
    if " and the " not in text and " and his " not in text and " and her " not in text and (
            " and their " not in text):
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for m in _summed().finditer(text):
        kind = _kind_ending().search(text, max(0, m.start() - _COUNT_WINDOW - 30), m.start())
        if kind is None or not people([m.group("one")]):
            continue
        if text[max(0, kind.start() - 4):kind.start()].lower().endswith("the "):
            continue  # "the six men and the woman": people told before
        group = _people_group(kind.group("g"), people)
        if group is None or group != kind.group("g"):
            continue
        known = known or FigureLookup(out)
        if known.overlaps(kind.start(), kind.end()):
            continue
        killed = " ".join(m.group("v").split()) in EN.COUNT_PARTS_SUMMED_KILLED
        fig = counted_figure(text, kind.start(), m.end(), "killed" if killed else "wounded", group)
        if fig is not None:
            added.append(fig)
    out.extend(added)


def read_count_parts(text: str, out: list[Figure], people: People) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``) the parts of a count and
    the counted kinds summed with one person that no reader gave; ``out`` is sorted again
    when anything was added."""
    n = len(out)
    _parts_that_were(text, out, people)
    _victims_part(text, out)
    _kinds_summed(text, out, people)
    _of_them_after(text, out, people)
    if len(out) != n:
        out.sort(key=lambda f: (_s(f, "start"), _s(f, "end")))
