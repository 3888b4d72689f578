"""Quotes in single marks (round en231), read by rules written for double marks.

Some house styles (British papers, South Asian papers, headlines everywhere) quote a
speaker's words in single marks: 'We waited nineteen months,' she said. The statement rules
find a quote by its double marks, so such words were lost. Rather than widen every rule,
they read a copy of the text in which the two marks of each such quote stand as double
marks (' as ", ‘ as “, ’ as ”): one character for one, so every offset holds in the text
as written, from which the words are then taken (as the Latin fold does for letters).

A single mark is far more often an apostrophe than a quote, so a pair is taken only when:
* the opening mark starts a word (at a line's start, after a space, a bracket, a dash or a
  colon) and a capital follows it: "O'Brien", "rock 'n' roll", "'90s", "don't" stay;
* the closing mark comes right after the quote's own stop, comma, question or exclamation
  mark, before a space, a bracket, a dash or the end. A plural possessive inside ("the
  farmers' union will ...") closes nothing. A mark after a word with the stop outside
  ("... had been 'a closed zone for years'.") is left as it was: it is mostly a phrase
  quoted inside reported speech, whose statement the rules already take whole, and read as
  a quote it cost true statements in the measure;
* the words between are three or more, or fewer closed by their own comma or stop and
  followed by a lower-case word ('Next year,' she says): one or two words in marks are
  scare quotes ("the so-called 'peace' talks"), which the corpus does not take as
  statements;
* the words are not a title, every long word capitalised ('The Silent Valley');
* no double mark stands in the pair's paragraph: there single marks are a quote inside a
  quote, also when the double-marked quote runs on over paragraphs and closes in none.
"""

from __future__ import annotations

import re
from itertools import islice

# An opening mark at a word's start, a capital after it.
_OPEN = re.compile(r"(?<![^\s(\[—–:])['‘](?=[A-Z])")
# A closing mark: after the quote's own stop or comma, before a space, a bracket, a dash
# or the end.
_CLOSE = re.compile(r"(?<=[.,!?…])['’](?=[\s)—–]|\Z)")
_STOP = re.compile(r"[\n\"“”‘]")
_DOUBLE_MARK = re.compile(r"[\"“”]")
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _is_quote(text: str, q0: int, q1: int, after: int,
              spans: dict[int, tuple[int, int]]) -> bool:
    """Are the words ``q0``..``q1`` a quote? ``spans`` holds, for each end ``q1`` met, where
    the last long word and the last long word in lower case start, from the first ``q0``
    that ended there on (the opens come in order, each at a word's start): a later ``q0``
    holds a long word when it is at or before the first, one in lower case when at or
    before the second. (Review 49: each opening mark read every word to its close again,
    and a long paragraph of openings with one close far after grew as a square.)"""
    few = list(islice(_WORD.finditer(text, q0, q1), 3))
    if len(few) < 3:
        return bool(few) and text[q1 - 1] in ",.!?" and bool(
            _LOWER_NEXT.match(text, after))
    if q1 not in spans:
        last_long = last_lower = -1
        for w in _WORD.finditer(text, q0, q1):
            if w.end() - w.start() > 3:
                last_long = w.start()
                if not text[last_long].isupper():
                    last_lower = last_long
        spans[q1] = (last_long, last_lower)
    last_long, last_lower = spans[q1]
    # no long word, or one not capitalised: no title
    return q0 > last_long or q0 <= last_lower


def double_marked(text: str) -> str:
    """``text`` with the marks of each quote in single marks as double marks; ``text``
    itself when it holds none (most text pays a plain substring test or two)."""
    if " '" not in text and "\n'" not in text and "‘" not in text and not text.startswith("'"):
        return text
    opens = list(_OPEN.finditer(text))
    if not opens:
        return text
    chars: list[str] | None = None
    taken = -1
    # the headline keeps the reading it had: a quote there with no speaker is a label
    # ("'No one warned us': a valley counts its dead"), and one with a speaker after its
    # colon was read before
    headline = text.find("\n")
    # (review 49) what each opening looks for is kept for the next: the line it is on, its
    # paragraph's double marks, the next stop and the next close, each searched again
    # only once the openings pass it, so a long paragraph costs its length once
    line0 = scanned = 0
    line1 = -2  # (-2: not looked for yet; -1: no line break after)
    doubled: dict[int, bool] = {}
    stop_at = -1
    close: re.Match[str] | None = None
    close_from = len(text) + 1
    spans: dict[int, tuple[int, int]] = {}
    for o in opens:
        a = o.start()
        if a < headline or a < taken:
            continue
        # a paragraph with a double mark in it quotes in double marks: its single marks
        # are a quote inside a quote, also where the double-marked quote runs on over
        # paragraphs and closes in none
        nl = text.rfind("\n", scanned, a)
        if nl >= 0:
            line0 = nl + 1
        scanned = a
        if line1 == -2 or 0 <= line1 < a:
            line1 = text.find("\n", a)
        if line0 not in doubled:
            doubled[line0] = _DOUBLE_MARK.search(
                text, line0, len(text) if line1 < 0 else line1) is not None
        if doubled[line0]:
            continue
        if stop_at < a + 1:
            stop = _STOP.search(text, a + 1)
            stop_at = stop.start() if stop else len(text)
        limit = stop_at
        if close_from > a + 2 or (close is not None and close.start() < a + 2):
            close = _CLOSE.search(text, a + 2)
            close_from = a + 2
        # (the first close from ``a + 2`` on is the one within the limit, unless it is the
        # limit's last character, which the limit's end may close: "...,'" before a mark)
        c = close if close is not None and close.start() < limit - 1 else (
            _CLOSE.match(text, limit - 1, limit) if limit - 1 >= a + 2 else None)
        if c is None or not _is_quote(text, a + 1, c.start(), c.end(), spans):
            continue
        if chars is None:
            chars = list(text)
        # the pair as the double marks the rules read: straight for straight, else curly
        first, last = ("\"", "\"") if text[a] == "'" else ("“", "”")
        chars[a], chars[c.start()] = first, last
        taken = c.end()
    return text if chars is None else "".join(chars)
