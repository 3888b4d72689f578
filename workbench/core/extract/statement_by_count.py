"""A figure given "by X's count" (round en211).

News attributes a figure to whoever counted it with "by X's count" (or tally, estimate,
reckoning) closing or opening its sentence: "In May the shelter housed 3,100 people, by
Hassan's count.", "By the agency's tally, 212 people died in the first week." The counter
gives the figure as a source does, so the rest of the sentence is the counter's statement:
"the agency" for "the agency's", the pronoun for "his" or "their" (resolved later as any
speaker's pronoun). Only at the sentence's end or opening, where the rest of the sentence is
plainly the counted words; an aside in the middle ("The camp, by Hassan's count, held
...") and a time as owner ("by Friday's count", "by last year's tally") stay unread, as do
"by our count" (the paper's own, or a quote's) and an owner-less "by some estimates".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .figure_spans import FigureSpans
from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_NOUNS = tuple(EN.BY_COUNT_NOUNS)
_OWNED = (
    r"(?:(?P<pron>his|her|their|its)|(?P<own>(?:[\w.\-]+[ \t]+){0,5}?[\w.\-]+)(?:['’]s?))"
    rf"[ \t]+(?:own[ \t]+)?(?:{alt(EN.BY_COUNT_NOUNS)})")
# "..., by Hassan's count." closing its sentence.
_CLOSING = re.compile(rf",[ \t]*by[ \t]+{_OWNED}[ \t]*(?=[.!?](?:\s|$)|$)")
# "By the agency's tally, ..." opening its sentence.
_OPENING = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?][ \t]))By[ \t]+{_OWNED}[ \t]*,[ \t]*")
_BREAKS = (". ", "! ", "? ", "\n")
_END = re.compile(r"[.!?](?=\s|$)|\n")


def _counter(m: re.Match[str]) -> str | None:
    """Who counted: the owner without its possessive, or the pronoun for "his", "their"."""
    if m["pron"]:
        return EN.BY_COUNT_PRONOUNS[m["pron"]]
    own = m["own"]
    last = own.split()[-1]
    if last.lower() in EN.BY_COUNT_TIME_OWNERS or last.lower().rstrip("s") in (
            EN.BY_COUNT_TIME_OWNERS) or own.split()[0].lower() in ("our", "my", "this", "last",
                                                                    "next"):
        return None
    if own[0].islower() and not own.startswith(("the ", "a ")):
        return None  # "by some estimates", "by any count": no one counted
    return own


class _SentenceStarts:
    """Where the sentence holding each place opens, asked in the order of the text: each
    look reads back only to the place asked before (review 45: a text with no full stop
    and a count in every clause was read back to its start at each one)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._last: dict[str, int] = dict.fromkeys(_BREAKS, -1)  # each break's last place
        self._at = 0  # the place asked before

    def __call__(self, at: int) -> int:
        if at < self._at:  # (not in order: read back from the start)
            self._last = dict.fromkeys(_BREAKS, -1)
            self._at = 0
        floor = 0
        for mark, last in self._last.items():
            i = self._text.rfind(mark, max(0, self._at - len(mark) + 1), at)
            self._last[mark] = last = i if i >= 0 else last
            if last >= 0:
                floor = max(floor, last + len(mark))
        self._at = at
        return floor


def _openings(text: str) -> Iterator[re.Match[str]]:
    """``_OPENING.finditer(text)``, tried only where "By" stands (speed round 16): the
    pattern opens on lookbehinds, which the regex engine tries at every character, and
    every match opens on that capitalised word (the lookbehinds see the text before it)."""
    at = text.find("By")
    while at >= 0:
        if m := _OPENING.match(text, at):
            yield m
            at = m.end()  # (finditer goes on after a match, so no match overlaps it)
        else:
            at += 1
        at = text.find("By", at)


def by_count_figures(text: str, out: list[dict[str, object]]) -> None:
    """Add each sentence a "by X's count" closes or opens, as X's words."""
    if "y " not in text or not any(map(text.__contains__, _NOUNS)):
        return
    # (review 45) the entries by span, looked up by bisection: a long report with a count
    # in every sentence looked through every entry at each one
    spans: FigureSpans | None = None
    kept: set[tuple[object, object, object]] = set()  # each entry's (start, end, speaker)

    def add_free(start: int, end: int, who: str) -> None:
        nonlocal spans
        if spans is None:
            spans = FigureSpans(out)
            kept.update((o["start"], o["end"], o["speaker"]) for o in out)
        if not spans.overlaps(start, end) and _add(out, text, start, end, who, seen=kept):
            spans.add(out[-1])

    sentence_start = _SentenceStarts(text)
    for m in _CLOSING.finditer(text):
        if (who := _counter(m)) is not None:
            add_free(sentence_start(m.start()), m.start(), who)
    for m in _openings(text):
        if (who := _counter(m)) is None:
            continue
        stop = _END.search(text, m.end())
        add_free(m.end(), stop.start() if stop else len(text), who)
