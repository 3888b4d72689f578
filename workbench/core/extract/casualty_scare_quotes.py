"""A group noun in scare quotes after its count (round en84): 'He said 16 "terrorists" had
been killed', 'five "illegal miners" had died'. The marks only keep the writer's distance
from the speaker's word; the quoted words are still the head of the count's phrase, so the
figure is read as it is without them and its evidence keeps them as written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .lang import en as EN
from .lang.build import alt

_COUNT_WORDS = frozenset((*EN.UNITS, *EN.TENS))


# A count (a figure or a count word) and one to three lower-case words after it: the
# counted group both patterns below read, the marks around the words or around both.
_COUNT = r"(?:\d[\d,]*|(?:{words}))"
_GROUP_WORDS = r"[a-z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,2}"


@cache
def _quoted_group() -> re.Pattern[str]:
    # a count, then one to three lower-case words in marks, then the clause's next word in
    # lower case (a verb or "who"): a quoted title or a quoted clause does not qualify
    count = _COUNT.format(words=alt(_COUNT_WORDS))
    return re.compile(
        rf"(?i:{count})[ \t]+(?P<o>[\"“])"
        + _GROUP_WORDS
        + r"(?P<c>[\"”])(?=[ \t]+[a-z])")


_WORD_AT = re.compile(r"\S*")


@cache
def _quoted_count() -> re.Pattern[str]:
    # (round en220) the count inside the marks with its noun, a source's own words kept
    # whole: 'said it had taken "two pilots" prisoner', 'had captured "12 soldiers".' (one
    # to three lower-case words after the count; then a lower-case word or a stop)
    count = _COUNT.format(words=alt(_COUNT_WORDS))
    return re.compile(
        rf"(?P<o>[\"“])(?i:{count})[ \t]+"
        + _GROUP_WORDS
        + r"(?P<c>[\"”])(?=[ \t]+[a-z]|[,.;])")


def _opening_marks(text: str) -> Iterator[int]:
    """Where each straight, then each curly, opening mark stands."""
    for mark in ('"', "“"):
        i = text.find(mark)
        while i >= 0:
            yield i
            i = text.find(mark, i + 1)


def _quoted_counts(text: str) -> list[int]:
    """Where an opening mark after a space stands right before a count word or figure."""
    # (the word right after the mark, read up to its end only: a copy of the rest of the
    # text at each mark grew as a square, and a mark before nothing but white space left
    # no word to read)
    return [i for i in _opening_marks(text)
            if i >= 1 and text[i - 1] in " \t" and i + 1 < len(text) and (
                text[i + 1].isdigit() or _WORD_AT.match(text, i + 1).group().lower()
                in _COUNT_WORDS)]


def _counted_openings(text: str) -> list[int]:
    """Where a count may open before a quote mark: the start of the word before each
    opening mark that follows a space (most marks open a quote after "said" or a comma)."""
    out = []
    for i in _opening_marks(text):
        if i >= 2 and text[i - 1] in " \t" and text[i - 2].isalnum():
            j = i - 2
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] == ","):
                j -= 1
            word = text[j:i - 1]
            if word[:1].isdigit() or word.lower() in _COUNT_WORDS:
                out.append(j)
    return out


def unquote_groups(text: str) -> str:
    """``text`` with the marks around a counted group noun blanked out (same length, so
    every offset stays), or ``text`` itself when it holds none."""
    opens = _counted_openings(text)
    inside = _quoted_counts(text) if '"' in text or "“" in text else []
    if not opens and not inside:
        return text
    rx = _quoted_group()
    marks = [i for at in opens if (m := rx.match(text, at))
             for i in (m.start("o"), m.start("c"))]
    if inside:
        rq = _quoted_count()
        marks += [i for at in inside if (m := rq.match(text, at))
                  for i in (m.start("o"), m.start("c"))]
    if not marks:
        return text
    chars = list(text)
    for i in marks:
        chars[i] = " "
    return "".join(chars)
