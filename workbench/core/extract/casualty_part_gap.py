"""A part of a group read past a phrase of time or place after the group's verb (round
en128).

"At least 71 civilians were killed, 24 of them children" is read: the part after the comma
takes the toll's outcome. News puts the time or the place of the toll between them as
often: "were killed late on Saturday, 24 of them children", "shot dead three members on
the outskirts of the town, among them the treasurer", "had been treated since the morning,
three of them for gunshot wounds". The readings of the part look for the toll right before
the comma, so the phrase cut them off, and the part took another outcome or none.

The phrase is found by its shape: it runs from a word that opens a phrase of time or place
to the comma before the part (a mark "among them", "including", or a count "of them"), in
the clause of a toll (a count and an outcome word before it, since the last mark), and it
is neutral (no outcome word, no finite verb, relative word or pronoun, no "and" but inside
"between ... and ..."). The rules then read the text as if it were not there, as they read
past the asides of round en123 (``casualty_neutral_gap.read_past_gaps``): a figure the text
as written gives too keeps its span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from .casualty_neutral_gap import cut_out
from .figure_spans import FigureSpans, span_of
from .lang import en as EN
from .lang.build import alt

_WORD = re.compile(r"[\w'’\-]+")
_TOLL_WORDS = frozenset((*EN.NEUTRAL_GAP_OUTCOME_WORDS, *EN.PART_GAP_TOLL_WORDS))
_OPENERS = frozenset(EN.PART_GAP_OPENERS)
_NOT_NEUTRAL = frozenset((*EN.NEUTRAL_GAP_OUTCOME_WORDS, *EN.NEUTRAL_GAP_FINITE_WORDS,
                          *EN.SUBJECT_GAP_CLAUSE_WORDS, *EN.CLAUSE_TAKING_VERBS, "or",
                          "but", "including", "among"))
_COUNT_WORDS = frozenset(EN.NEUTRAL_GAP_COUNT_WORDS)
_COUNTED = frozenset(EN.PART_GAP_COUNTED)
_MONTHS = frozenset(EN.MONTHS)
# The comma before a part: its mark, or its count and "of them".
_PART = re.compile(
    rf",\s+(?:(?:{alt(EN.PART_GAP_MARKS)})\s|(?:(?:at least|about|nearly|some)\s+)?"
    rf"[\w\-]+\s+of\s+(?:{alt(EN.PART_GAP_PRONOUNS)})\b)", re.IGNORECASE)
# The clause the phrase stands in: back to its last mark.
_MARK = re.compile(r"[,.;:!?\"“”()\[\]\n]")
_REACH = 160

Back = Callable[[int, int], tuple[int, int]]
Figure = dict[str, object]
# How far after a skipped phrase the part it cut off may start: the comma, its mark and
# the part's count.
_PART_REACH = 40


@dataclass(frozen=True)
class Masked:
    """The text without the phrases, the map of a span in it back to ``text``, and the
    phrases skipped."""

    text: str
    back: Back
    gaps: list[tuple[int, int]]


def read_past_part_gaps(text: str, masked: Masked, as_written: list[Figure],
                        read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures of ``text`` as written, but for a part right after a skipped phrase,
    which the masked text reads (its outcome then is its toll's); and each figure only the
    masked text gives, carried back. A figure only the text as written gives stays: the
    phrase is skipped for the part, not to lose what its words gave elsewhere."""
    # Each figure's phrase and part are looked up by bisection over the phrases, and the
    # overlaps through the figures' spans: a long report with a phrase before each of
    # hundreds of parts compared every figure with every other.
    starts = [g for g, _ in masked.gaps]  # sorted, as mask_part_gaps keeps them
    ends = sorted(b for _, b in masked.gaps)
    mended: list[Figure] = []
    for f in read(masked.text):
        a, b = masked.back(int(f["start"]), int(f["end"]))  # type: ignore[call-overload]
        # a toll read across the phrase ends before it, at its own words
        i = bisect_right(starts, a)
        if i < len(starts) and starts[i] < b:
            b = starts[i]
        f["start"], f["end"] = a, b
        f["text"] = text[int(f["start"]):int(f["end"])]  # type: ignore[call-overload]
        mended.append(f)
    is_part = [_after_phrase(ends, int(f["start"])) for f in mended]  # type: ignore[call-overload]
    parts = [f for f, part in zip(mended, is_part, strict=True) if part]
    by_part = FigureSpans(parts)
    out = [g for g in as_written if not by_part.overlaps(*span_of(g))] + parts
    by_out = FigureSpans(out)
    out += [f for f, part in zip(mended, is_part, strict=True)
            if not part and not by_out.overlaps(*span_of(f))]
    out.sort(key=lambda f: (int(f["start"]), int(f["end"])))  # type: ignore[call-overload]
    return out


def _after_phrase(ends: list[int], start: int) -> bool:
    """Whether a figure starting at ``start`` starts within the reach of a part after a
    skipped phrase (``ends``: the phrases' ends, sorted)."""
    i = bisect_right(ends, start)
    return bool(i) and ends[i - 1] >= start - _PART_REACH


def parts_read(masked: Masked, as_written: list[Figure]) -> bool:
    """Whether the text as written already reads each part after a skipped phrase with the
    outcome of the toll before the phrase: then the masked text need not be read (most
    parts after a phrase are, "killed across the region overnight, including six
    children")."""
    # looked up by a bisection at each phrase (linear time on a long report)
    by_end = sorted(as_written, key=lambda f: int(f["end"]))  # type: ignore[call-overload]
    ends = [int(f["end"]) for f in by_end]  # type: ignore[call-overload]
    by_start = sorted(range(len(as_written)), key=lambda i: int(as_written[i]["start"]))  # type: ignore[call-overload]
    starts = [int(as_written[i]["start"]) for i in by_start]  # type: ignore[call-overload]
    for a, b in masked.gaps:
        i = bisect_right(ends, a)
        # the first of the latest-ending figures, as max() takes it
        toll = by_end[bisect_left(ends, ends[i - 1])] if i else None
        lo, hi = bisect_left(starts, b), bisect_right(starts, b + _PART_REACH)
        part = as_written[min(by_start[lo:hi])] if hi > lo else None
        if toll is None or part is None or part["outcome"] != toll["outcome"]:
            return False
    return True


def mask_part_gaps(text: str) -> Masked | None:
    """``text`` without each phrase of time or place between a toll and its part after a
    comma, with the map of a figure's span in it back to ``text``; None when it holds
    none."""
    if "," not in text:
        return None
    gaps = [g for m in _PART.finditer(text) if (g := _gap_before(text, m.start()))]
    if not gaps:
        return None
    kept = sorted(set(gaps))
    masked, back = cut_out(text, kept)
    return Masked(masked, lambda s, e: (back(s, True), back(e, False)), kept)


def _gap_before(text: str, comma: int) -> tuple[int, int] | None:
    """The neutral phrase of time or place ending at ``comma``, after the toll of its
    clause."""
    start = max(0, comma - _REACH)
    marks = [m.end() for m in _MARK.finditer(text, start, comma)]
    clause = marks[-1] if marks else start
    words = list(_WORD.finditer(text, clause, comma))
    toll = max((i for i, w in enumerate(words) if w.group().lower() in _TOLL_WORDS),
               default=-1)
    if toll < 0:
        return None
    for i in range(toll + 1, len(words)):
        if words[i].group().lower() in _OPENERS and _neutral(
                [w.group().lower() for w in words[i:]]):
            if not any(_is_count(w.group()) for w in words[:i]):
                return None  # no toll counted before it
            return words[i].start() - 1, comma  # the space before it too
    return None


def _neutral(words: list[str]) -> bool:
    # (one word is no phrase: "were shot at, one of them")
    if not 2 <= len(words) <= 16 or any(w in _NOT_NEUTRAL for w in words) or (
            words[1] == "least"):
        return False
    # a count only of places or times: "in four villages", not "at least nine people"
    if any(_is_count(w) and not _dated(w, words[i + 1:i + 2]) and words[i + 1:i + 2]
           and words[i + 1] not in _COUNTED for i, w in enumerate(words)) or (
            _is_count(words[-1]) and not _dated(words[-1], [])):
        return False
    # "and" only between two ends of a span: "between Thursday and Sunday"
    joined = [i for i, w in enumerate(words) if w == "and"]
    return all("between" in words[:i] for i in joined)


def _dated(word: str, after: list[str]) -> bool:
    """A year ("between 1978 and 2000") or a day of a month ("on 8 August"), no count."""
    return (len(word) == 4 and word.isdigit()) or (word.isdigit() and bool(after)
                                                    and after[0] in _MONTHS)


def _is_count(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in _COUNT_WORDS
