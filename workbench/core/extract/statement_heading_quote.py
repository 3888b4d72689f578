"""A live entry's heading that is only a quote repeating the words of a quote below it
(round en161).

A live page often heads an entry with a few words of the quote the entry gives in full:
"14:05\\n'We have no more beds'\\nThe main clinic is full. "We have no more beds and no
fuel," its director, Ana Reyes, said." The heading is those words again, the same
source's; it takes the speaker of the quote below whose words it repeats. A heading quote
that repeats no quote of its entry stays unread (a title in quotes may be the writer's).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .statement_record import _add

# A line that is only a quote in double or single marks.
_HEADING_QUOTE = re.compile(
    r"(?:^|\n)[ \t]*(?P<mark>[\"“‘'])(?P<q>[^\"“”‘’\n]{3,120}?)[\"”’'][ \t]*(?=\n)")
# Where a heading quote can open: a quote mark after spaces or tabs at the start of a
# line. Every _HEADING_QUOTE match opens so (its "^" is the text's start: no MULTILINE);
# the line-break pattern opens on a literal, which the regex engine finds in C, where
# ``(?:^|\n)`` is tried at every position (some 10 microseconds a page).
_TEXT_OPENS_QUOTE = re.compile(r"[ \t]*[\"“‘']")
_LINE_OPENS_QUOTE = re.compile(r"\n[ \t]*[\"“‘']")
_WORD = re.compile(r"[\w'’]+")
# How far below the heading its entry's quote may be, and how many of the heading's words
# it must hold.
_ENTRY_REACH = 1500
_SHARE = 0.75


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def heading_quotes(text: str, out: list[dict[str, object]]) -> None:
    """Give, in place, a heading quote that repeats the words of a quote of the entry below
    it that quote's speaker (added, or over an entry that had none)."""
    # (the entries by start, kept in step with what is added: each heading reads the few
    # near it, not the whole list, which made a page of many quote lines grow as its
    # square)
    by_start = sorted(out, key=lambda o: int(o["start"]))  # type: ignore[call-overload]
    starts = [int(o["start"]) for o in by_start]  # type: ignore[call-overload]
    longest = max((int(o["end"]) - int(o["start"]) for o in out), default=0)  # type: ignore[call-overload]
    for m in _HEADING_QUOTE.finditer(text):
        qs, qe = m.span("q")
        over = [o for o in by_start[bisect_right(starts, qs - longest - 1):bisect_left(
            starts, qe)] if qs < int(o["end"])]  # type: ignore[call-overload]
        if any(o["speaker"] is not None for o in over):
            continue  # read already
        words = _words(m["q"])
        if len(words) < 2:
            continue
        below = [o for o in by_start[bisect_right(starts, qe):bisect_left(
                     starts, qe + _ENTRY_REACH)]
                 if isinstance(o["speaker"], str)
                 and text[int(o["start"]) - 1:int(o["start"])] in "\"“‘'"]  # type: ignore[call-overload]
        for o in below:
            held = set(_words(text[int(o["start"]):int(o["end"])]))  # type: ignore[call-overload]
            if sum(w in held for w in words) >= _SHARE * len(words):
                for e in over:  # a loose quote with no speaker found
                    e["speaker"] = o["speaker"]
                if not over:
                    n = len(out)
                    _add(out, text, qs, qe, o["speaker"])  # type: ignore[arg-type]
                    for e in out[n:]:
                        at = bisect_right(starts, int(e["start"]))  # type: ignore[call-overload]
                        starts.insert(at, int(e["start"]))  # type: ignore[call-overload]
                        by_start.insert(at, e)
                        longest = max(longest, int(e["end"]) - int(e["start"]))  # type: ignore[call-overload]
                break


def _live(text: str, at: int) -> bool:
    """Does a clock or a date stand on the line before the line of ``at``: a live page's
    entry (above), whose heading the older sets' gold reads as the source's words?"""
    line = text.rfind("\n", 0, at)
    if line < 0:
        return False
    before = text[text.rfind("\n", 0, line) + 1:line]
    return any(c.isdigit() for c in before)


class _Below:
    """The quotes of ``out`` (the entries that open right after a quote mark) and their
    words, read once per document, and for each heading's words the quotes that hold them
    in a row, found once per distinct heading. A page of many quote lines asked every
    quote's words again for each line (round en177), which grew as the square of its
    length."""

    def __init__(self, text: str, out: list[dict[str, object]]) -> None:
        self.quotes: list[tuple[int, int, list[str]]] = []  # (order in out, start, words)
        for i, o in enumerate(out):
            st = int(o["start"])  # type: ignore[call-overload]
            if st > 0 and text[st - 1:st] in "\"“‘'":
                self.quotes.append((i, st, _words(text[st:int(o["end"])])))  # type: ignore[call-overload]
        # per heading's words: the starts of the quotes holding them, in order, and from
        # each on the one earliest in ``out`` (the first the old pass met) with its words
        self._found: dict[tuple[str, ...], tuple[list[int], list[tuple[int, list[str]]]]] = {}

    def first_after(self, words: list[str], after: int) -> list[str] | None:
        """The words of the first quote of ``out`` starting after ``after`` that holds
        ``words`` in a row, or None."""
        key = tuple(words)
        found = self._found.get(key)
        if found is None:
            n, head = len(words), words[0]
            hits = sorted((st, i, held) for i, st, held in self.quotes if head in held and any(
                held[k:k + n] == words for k in range(len(held) - n + 1)))
            best: list[tuple[int, list[str]]] = []
            for _st, i, held in reversed(hits):
                best.append((i, held) if not best or i < best[-1][0] else best[-1])
            best.reverse()
            found = self._found[key] = ([st for st, _, _ in hits], best)
        starts, best = found
        k = bisect_right(starts, after)
        return best[k][1] if k < len(starts) else None


def drop_pull_quotes(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """Round en177: a feature's headline or a line between its paragraphs that is only a
    quote whose words come again as a quote in the body (a pull quote: "'I count the hours
    by the clock'" over '"I count the hours by the clock," she says.') repeats the body's
    words, and gives no entry of its own; the body's entry stays. Under a live page's
    clock line the heading that repeats part of a longer quote keeps its entry (round
    en161); a quote line whose words come nowhere again keeps its reading."""
    if not out or not (_TEXT_OPENS_QUOTE.match(text) or _LINE_OPENS_QUOTE.search(text)):
        return out  # no entry to drop, or no line that opens on a quote mark
    drop: set[int] = set()
    by_start = sorted(out, key=lambda o: int(o["start"]))  # type: ignore[call-overload]
    starts = [int(o["start"]) for o in by_start]  # type: ignore[call-overload]
    below: _Below | None = None
    for m in _HEADING_QUOTE.finditer(text):
        qs, qe = m.span("q")
        mine = [o for o in by_start[bisect_left(starts, qs):bisect_right(starts, qe)]
                if int(o["end"]) <= qe]  # type: ignore[call-overload]
        if not mine:
            continue
        words = _words(m["q"])
        if len(words) < 3:
            continue
        below = below or _Below(text, out)
        if (held := below.first_after(words, qe)) is None:
            continue
        if held != words and _live(text, m.start("mark")):
            continue  # a live entry's heading, a part of its quote (round en161)
        drop.update(id(o) for o in mine)
    return [o for o in out if id(o) not in drop] if drop else out
