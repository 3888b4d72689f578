"""Numbers the readers took for counts of people that count none (round en232).

* A school's level before a pupil: "A Grade 10 boy was beaten to death", "a Year 10
  student was killed" tell one pupil of a level; the level's number is no count. The
  figure on the number is dropped, and one told by the article before the level ("A
  Grade", the level read as a person) becomes the pupil: one, the pupil's noun its group.
* The remains of things: "crews carted away the remains of 25 market kiosks" counts no dead;
  "the remains of 12 people" still does (a killed figure on "remains of" is dropped only
  when its people are no people).
* A place that holds a crowd: "The north terrace held about 8,000 fans", "the stadium holds
  40,000 people" tell a ground's size; captives are held by people ("Gunmen held some 30
  people hostage" is read).
* A charge of attempted murder: "the attempted murder of five others" counts no dead (the
  murder of three people before it still does).
* A count that measures time: "was arrested six hours later", "was caught three days
  afterwards" count hours and days, no people.

Each is tested on the figures every layer gave, once, after a plain substring test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .wake_words import cue_set, wakes

Figure = dict[str, object]


def _i(f: Figure, key: str) -> int:
    return int(str(f[key]))


@cache
def _level_before() -> re.Pattern[str]:
    # case-sensitive: "Grade 9", not "grade nine" in a sentence about exams
    return re.compile(rf"(?:(?P<art>\b[Aa]n?)\s+)?\b(?:{alt(EN.SCHOOL_LEVELS)})\s+$")


@cache
def _held_by_place() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.CROWD_HOLDING_PLACES)})\s+(?:,\s*which\s+|which\s+)?"
                      r"(?:(?:can|could|would|once|then)\s+)?$", re.IGNORECASE)


_HOSTAGE_AFTER = re.compile(r"\s+(?:hostage|captive|prisoner)s?\b", re.IGNORECASE)


@cache
def _time_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.TIME_SPAN_UNITS)})\s+(?:{alt(EN.TIME_SPAN_AFTER)})\b",
                      re.IGNORECASE)


# (speed round 15) The reader below stops unless the text holds a school's level, "held"
# or a time span's unit between spaces (each then a whole word, lowered), " hold",
# "remains of" or "attempted murder": the same test, its words asked of the shared scan.
_WAKE = cue_set((*(w.lower() for w in EN.SCHOOL_LEVELS), "held", *EN.TIME_SPAN_UNITS))
_DIGIT_START = re.compile(r"\d")
_COUNT_END = re.compile(rf"\b(?:\d[\d,]*|{alt((*EN.UNITS, *EN.TENS))})$", re.IGNORECASE)
_REMAINS = re.compile(r"remains\s+of\s+", re.IGNORECASE)
_TIME_UNITS = frozenset(EN.TIME_SPAN_UNITS)
_REMAINS_THINGS = frozenset(EN.REMAINS_OF_THINGS)
_THING_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?P<h>[a-z]+s)\b")


def drop_unreal_counts(text: str, out: list[Figure],
                       person_like: Callable[[list[str]], bool]) -> None:
    """Drop from ``out`` (the figures every layer gave for ``text``, sorted) the figures
    whose number counts no people; a pupil told by the article before a school's level is
    read as one."""
    if not (wakes(text, _WAKE) or " hold" in text or "remains of" in text
            or "attempted murder" in text):
        return
    # (a level may open the text: "Grade 10 pupils were ..." in a headline)
    levels = any(f"{w} " in text for w in EN.SCHOOL_LEVELS)
    remains = "remains of" in text
    held = " held " in text or " hold" in text
    attempted = "attempted murder" in text
    if not (levels or remains or held or attempted or any(
            f" {u} " in text for u in EN.TIME_SPAN_UNITS)):
        return
    drop: set[int] = set()
    added: list[Figure] = []
    at_start: dict[int, list[int]] | None = None  # (built at the first level with an article)
    for k, f in enumerate(out):
        start, end, ftext = _i(f, "start"), _i(f, "end"), str(f["text"])
        if levels and _DIGIT_START.match(ftext) and (
                lv := _level_before().search(text, max(0, start - 16), start)):
            drop.add(k)
            if lv.group("art"):
                art = lv.start("art")
                if at_start is None:
                    # (review 49: each pupil walked every figure for the one on its article,
                    # and a long report of them grew as a square)
                    at_start = {}
                    for j, g in enumerate(out):
                        at_start.setdefault(_i(g, "start"), []).append(j)
                drop.update(at_start.get(art, ()))
                added.append(new_figure(text, art, end, str(f["outcome"]), 1,
                                        group=f["group"]))  # type: ignore[arg-type]
            elif _one_pupil(f, person_like):
                # (review 49) a headline drops the article: "Grade 9 boy stabbed to death"
                added.append(new_figure(text, lv.start(), end, str(f["outcome"]), 1,
                                        group=f["group"]))  # type: ignore[arg-type]
        elif _unreal(text, f, start, end, ftext, (remains, held, attempted), person_like):
            drop.add(k)
    if drop or added:
        out[:] = [f for k, f in enumerate(out) if k not in drop] + added
        out.sort(key=lambda f: (_i(f, "start"), _i(f, "end")))


def _one_pupil(f: Figure, person_like: Callable[[list[str]], bool]) -> bool:
    """Is the figure's group one person's noun ("boy", "student"), not a plural?"""
    words = str(f["group"] or "").split()
    return len(words) == 1 and not words[0].endswith("s") and person_like(words)


def _unreal(text: str, f: Figure, start: int, end: int, ftext: str,
            gates: tuple[bool, bool, bool], person_like: Callable[[list[str]], bool]) -> bool:
    """Whether ``f`` counts the remains of things, a place's crowd, the people a murder was
    attempted on, or a span of time."""
    remains, held, attempted = gates
    outcome = f["outcome"]
    if remains and outcome == "killed" and _REMAINS.match(ftext):
        return _things(text, f, end, person_like)
    if held and outcome == "captured" and ftext.lower().startswith(("held ", "hold")):
        return _held_by_place().search(text, max(0, start - 40), start) is not None and (
            not _HOSTAGE_AFTER.match(text, end))
    if attempted and outcome == "killed" and ftext.lower().startswith("murder"):
        return text.endswith("attempted ", 0, start)
    if f["group"] is not None:  # "detained five weeks afterwards": time read as people
        head = str(f["group"]).split(None, 1)  # (a group of no words has no head)
        return bool(head) and head[0].lower() in _TIME_UNITS
    # the count ends the figure: "freed two of them hours later" counts two people
    return _COUNT_END.search(ftext) is not None and _time_after().match(text, end) is not None


def _things(text: str, f: Figure, end: int, person_like: Callable[[list[str]], bool]) -> bool:
    """Whether the remains counted by ``f`` are of things: its group, or the plural noun
    right after a bare count ("the remains of 12 burned cars"), names a thing built or
    driven (``EN.REMAINS_OF_THINGS``: the remains of people are told by many nouns, some
    no reader takes for people, "the remains of 19 individuals")."""
    if f["group"] is not None:
        words = str(f["group"]).split()
        return bool(words) and words[-1].lower() in _REMAINS_THINGS and not person_like(words)
    m = _THING_AFTER.match(text, end)
    return m is not None and m.group("h").lower() in _REMAINS_THINGS
