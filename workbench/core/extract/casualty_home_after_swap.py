"""People told home after a prisoner exchange (round en215).

A story of a swap counts its returned lists by their coming home, with no word of capture
left in the sentence: "Officials said 40 Armenian soldiers and 6 civilians are home", "75
soldiers and nine civilians are back home, the ministry said", "In the swap, 20 fighters
returned home". One or two counts of people (joined by "and"), then a verb of coming home
(``EN.HOME_AFTER_SWAP_VERBS``), after an exchange word earlier in the story
(``EN.HOME_AFTER_SWAP_EXCHANGES``), make captive figures: the returned were held by the
other side; the group must end on a word of the people an exchange swaps
(``EN.HOME_AFTER_SWAP_PEOPLE``: soldiers, civilians, prisoners). Unread: "12 students
returned home" after a swap (round en133's near-miss), the same words with no exchange before
("23 players and 5 coaches are home" after a tournament; "12 fishermen returned home" after a
storm), a count already read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far back from the verb the first count may stand.
_REACH = 90


@cache
def _home() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.HOME_AFTER_SWAP_VERBS)})\b", re.IGNORECASE)


@cache
def _swap() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HOME_AFTER_SWAP_EXCHANGES)})\b", re.IGNORECASE)


@cache
def _other_exchange() -> re.Pattern[str]:
    """(review 46) What tells an exchange of no prisoners after the word: "rate", "fire",
    "of views"."""
    return re.compile(rf"\s+(?:{alt(EN.HOME_AFTER_SWAP_NOT_AFTER)})\b", re.IGNORECASE)


_NOT_BEFORE = frozenset(EN.HOME_AFTER_SWAP_NOT_BEFORE)


def _first_swap(low: str) -> re.Match[str] | None:
    """The first exchange word in the lower-cased text that tells a swap of people: not a
    market's, a fight's or a talk's ("the exchange rate", "a currency exchange", "they
    exchanged fire")."""
    for m in _swap().finditer(low):
        before = low[max(0, m.start() - 20):m.start()].split()[-1:]
        if before and before[0] in _NOT_BEFORE:
            continue
        if _other_exchange().match(low, m.end()) is None:
            return m
    return None


@cache
def _swapped() -> frozenset[str]:
    return frozenset(EN.HOME_AFTER_SWAP_PEOPLE)


def _group(text: str, start: int, end: int,
           people: Callable[[list[str]], bool]) -> tuple[list[str], int] | None:
    """The people after a count (one to three words) and where they end."""
    words = text[start:end]
    head = words.split()
    if 1 <= len(head) <= 3 and head[-1].lower() in _swapped() and people(head) and all(
            re.fullmatch(r"[\w\-]+", w) for w in head):
        return head, start + len(words.rstrip())
    return None


def home_after_swap(text: str, out: list[dict[str, object]], low: str,
                    people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` the counts of people told home after an exchange."""
    if " home" not in low or ("swap" not in low and "exchang" not in low):
        return
    first_swap = _first_swap(low)
    if first_swap is None:
        return
    found: list[dict[str, object]] = []
    # (review 46) the figures read, by span: a long register of returns compared each count
    # with every figure before it (a 96 KB list of "40 soldiers and 6 civilians are home"
    # took 40 times as long as one of 12 KB)
    spans: FigureSpans | None = None
    for v in _home().finditer(text, first_swap.end()):
        lo = max(0, v.start() - _REACH)
        counts = list(COUNT_RE.finditer(text, lo, v.start()))
        if not counts:
            continue
        last = counts[-1]
        head = _group(text, last.end(), v.start(), people)
        if head is None:
            continue
        groups = [(last, *head)]
        if len(counts) >= 2:
            prev = counts[-2]
            joint = re.search(r"\s+and\s*$", text[prev.end():last.start()])
            if joint and (h := _group(text, prev.end(), prev.end() + joint.start(), people)):
                groups.insert(0, (prev, *h))
        for c, h, end in groups:
            if (parsed := parse_count(c)) is None:
                continue
            if spans is None:
                spans = FigureSpans(out)
            low_count, high, qualifier = parsed
            spans.take(found, new_figure(text, c.start(), end, "captured", low_count, high,
                                         qualifier, " ".join(h)))
    out.extend(found)
