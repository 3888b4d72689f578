"""Sentence splitting and small span helpers shared by the engines.

The splitter is deliberately simple: news copy has few exotic sentence
shapes, but many abbreviations ("U.S.", "Sept.", "Gen.") that must not end a
sentence. A newline always ends a sentence because the headline sits on its
own line in the stored documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from .lang import en as EN

ABBREVIATIONS = EN.ABBREVIATIONS

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)|\n")
_WORD = re.compile(r"[\w][\w'’\-.]*[\w]|[\w]")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


@lru_cache(maxsize=8)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as (start, end, text) with offsets into ``text``; spaces trimmed.

    Cached because every engine splits the same document.
    """
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n" and not _is_real_boundary(text, m.start(), end):
            continue
        _append(out, text, start, end)
        start = end
    _append(out, text, start, len(text))
    return tuple(out)


def _is_real_boundary(text: str, dot: int, end: int) -> bool:
    # The word before the dot decides: abbreviations and initials do not end
    # a sentence, unless what follows clearly starts a new one.
    j = dot
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:dot].strip("\"'“(").lower()
    nxt = text[end:end + 3].lstrip()
    if not nxt:
        return True
    if nxt[0].islower():
        return False
    if text[dot] != ".":
        return True
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    # "U.S." / "U.N." followed by a capitalised word is usually mid-sentence.
    return not ("." in word and len(word) <= 5)


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Word tokens (start, end, word) with offsets shifted by ``offset``."""
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def trim_span(text: str, start: int, end: int, chars: str = " ,;:-–—\"'“”‘’") -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def first_word_rx(words: Iterable[str], digits: bool = True) -> re.Pattern[str]:
    """Case-sensitive pattern for lower-cased text matching any of ``words`` (or a digit)."""
    uniq = sorted(set(words), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in uniq)
    # A leading class of possible first characters rejects most positions at once.
    firsts = "".join(sorted({w[0] for w in uniq})) + ("0-9" if digits else "")
    return re.compile(rf"\b(?=[{firsts}])(?:(?:{alts})\b" + (r"|\d)" if digits else ")"))


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text`` lower-cased with every offset kept.

    A few code points grow when lowered ("İ" becomes two); those are kept as
    they are, so positions found in the lowered text are positions in ``text``
    and there is one code path for every text.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def scan(rx: re.Pattern[str], text: str, first: re.Pattern[str], start: int = 0,
         end: int | None = None,
         keep: Callable[[int, str], bool] | None = None) -> list[re.Match[str]]:
    """Non-overlapping ``rx`` matches that begin where ``first`` matches the lower-cased text.

    Same result as ``rx.finditer`` for patterns that can only start at such words,
    but several times faster: one case-sensitive pass over lower-cased text finds
    the few candidate positions, and the long case-insensitive pattern is tried
    only there.
    """
    stop = len(text) if end is None else end
    low = lowered(text)
    out: list[re.Match[str]] = []
    last = -1
    for f in first.finditer(low, start, stop):
        pos = f.start()
        if pos < last or (keep is not None and not keep(pos, f.group())):
            continue
        m = rx.match(text, pos, stop)
        if m and m.end() > pos:
            out.append(m)
            last = m.end()
    return out
