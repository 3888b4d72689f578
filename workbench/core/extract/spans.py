"""The per-document context, sentence splitting and small span helpers.

``document(text)`` gives every engine of one ``extract()`` call the same
``Document``: the lower-cased text, the sentences with their offsets, and a
cache for other shared results (the anchor pass of ``triggers.py``).

The splitter is deliberately simple: news copy has few exotic sentence
shapes, but many abbreviations ("U.S.", "Sept.", "Gen.") that must not end a
sentence. A newline always ends a sentence because the headline sits on its
own line in the stored documents.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from .glued_dated_place import glued_dated_place
from .lang import en as EN
from .tails import _FOLDED

ABBREVIATIONS = EN.ABBREVIATIONS
_CLOCK_ABBR = frozenset(EN.CLOCK_ABBREVIATIONS)
_CLOCK_FOLLOWERS = EN.CLOCK_FOLLOWERS

# Sentence ends: a run of . ! ? (with closing quotes or brackets) before whitespace, or a
# newline - save a hard line break inside a sentence, as scraped and OCR'd copy has it: a
# newline before a lower-case letter, after no closing punctuation ("a bus travelling\nfrom
# El Fasher"), joins its lines, and so does one after a word's hyphen ("the Al-\nShabaab
# road"). A run after six word characters and before a capital, digit or opening quote
# ends a sentence whatever the word ("fast"): no abbreviation is that long. Every other
# run is decided by _is_real_boundary. The pattern opens with a character class, which
# lets the regex engine skip ahead in C (a leading look-behind would cost 3x). A mark right
# after another mark is tried no more: the try at the first one read the same run to its
# end, and the lone mark gives no look-behind "fast" end, so this one fails as that one
# did; without the guard a long run of dots with no space after it cost a read of the rest
# of the run at every dot (200,000 dots took minutes).
_BOUNDARY = re.compile(
    r"[\n.!?](?:(?<=\n)(?<![A-Za-z]-\n)(?:(?![a-z])|(?<=[.!?:;\"”’')\]]\n))"
    r"|(?<![.!?][.!?])(?:(?<=\w{6}[.!?])(?P<fast>[.!?]*[\"”’')\]]*(?=\s{1,2}[A-Z0-9\"“‘'(\[]))"
    r"|[.!?]*[\"”’')\]]*(?=\s)))"
)
_WORD = re.compile(r"[\w][\w'’\-.]*[\w]|[\w]")
# Copy rewritten by aggregators loses the line break between the headline and the
# dateline: "Airstrikes kill 14, monitor says IDLIB, Syria (Reuters) - Airstrikes
# killed ...". A place in capitals with an agency in brackets and a dash, after a space
# on the first line, starts the body there (a bracketed agency and a dash are not what a
# headline's own words hold).
_GLUED_DATELINE = re.compile(
    r"\s(?=[A-Z][A-Z'\-]{2,}(?:\s[A-Z][A-Z'\-]+)?(?:,\s*[A-Z0-9][\w .]{0,30}?)?"
    r"\s*\([A-Z][\w ]{0,20}\)\s*(?:--|-|—|–)\s)")
_GLUED_SPAN = 300  # a headline is shorter than this


def glued_dateline(text: str) -> int:
    """Where a dateline glued to the headline starts on the first line, or 0."""
    nl = text.find("\n", 0, _GLUED_SPAN)
    stop = nl if nl >= 0 else _GLUED_SPAN
    if "(" in text[:_GLUED_SPAN] and (m := _GLUED_DATELINE.search(text, 1, stop)):
        return m.end()
    return glued_dated_place(text, stop)  # "... warns MSF Panama City, 13 August 2026 - "


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


class Document:
    """What every engine needs from one text, computed once per document.

    ``text``; ``low``, the text lower-cased with offsets kept (see ``lowered``); ``ascii``,
    whether the text is ASCII (where case-blind patterns have lower-case twins);
    ``sentences`` and their sorted ``starts`` (computed on first use); ``cache``, a
    dict where engines keep other per-document results (the trigger positions).
    """

    __slots__ = ("_sentences", "_starts", "ascii", "cache", "low", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = _lower(text)
        self.ascii = text.isascii()
        self._sentences: tuple[Sentence, ...] | None = None
        self._starts: list[int] | None = None
        self.cache: dict[str, object] = {}

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        if self._sentences is None:
            self._sentences = _split(self.text)
        return self._sentences

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [s.start for s in self.sentences]
        return self._starts

    def holding(self, positions: Iterable[int]) -> list[int]:
        """Indices, in order, of the sentences that hold one of ``positions`` (start <=
        pos < end). An engine visits these instead of asking every sentence whether it
        holds one of its trigger words: half the sentences of news copy hold none."""
        sents, starts = self.sentences, self.starts
        found = set()
        for pos in positions:
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos < sents[i].end:
                found.add(i)
        return sorted(found)

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding ``pos``; in a gap between sentences, the start of
        the next one; after the last sentence, ``pos``."""
        sents = self.sentences
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < sents[i].end:
            return sents[i].start
        return sents[i + 1].start if i + 1 < len(sents) else pos


@lru_cache(maxsize=4)
def document(text: str) -> Document:
    """The shared ``Document`` of ``text`` (cached: the engines of one ``extract()`` call
    all ask for it)."""
    return Document(text)


def low_words(text: str) -> list[str]:
    """The whitespace-split words of ``text`` lowered, split once and kept in its
    ``Document`` (both slip mends test them; the strings' hashes are then kept too). Read
    only."""
    doc = document(text)
    words = doc.cache.get("low_words")
    if words is None:
        words = doc.cache["low_words"] = doc.low.split()
    return words  # type: ignore[return-value]


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as (start, end, text) with offsets into ``text``; spaces trimmed."""
    return document(text).sentences


def _split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    append = out.append
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.lastgroup is None and m[0] != "\n" and not _is_real_boundary(
                text, m.start(), end):
            continue
        # _append(out, text, start, end), inlined: this runs once per sentence.
        seg = text[start:end]
        body = seg.strip()
        if body:
            if len(body) == len(seg):
                append(_new_tuple(Sentence, (start, end, body)))
            else:
                s0 = start + len(seg) - len(seg.lstrip())
                append(_new_tuple(Sentence, (s0, s0 + len(body), body)))
        start = end
    _append(out, text, start, len(text))
    if len(text) > LONGEST_SENTENCE and any(
            s.end - s.start > LONGEST_SENTENCE for s in out):
        out = _cut_overlong(text, out)
    if out and (g := glued_dateline(text)) and out[0].end > g:
        first = out[0]  # the headline is a sentence of its own
        head: list[Sentence] = []
        _append(head, text, first.start, g)
        _append(head, text, g, first.end)
        out[:1] = head
    return tuple(out)


# No sentence of news copy is this long (the longest of some 8,000 in the development and
# blind sets has under 1,000 characters). A "sentence" longer than this is a text that lost
# its sentence ends (scraped or OCR'd copy, a transcript): it is read in pieces, each cut
# after a comma or semicolon where there is one, else at a space, so that the rules, which
# look back over the sentence for each figure and statement, cost time in proportion to the
# text and not to the square of its length.
LONGEST_SENTENCE = 1500
_SPACE = re.compile(r"\s")


def _cut_overlong(text: str, sentences: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        while s.end - start > LONGEST_SENTENCE:
            lo, hi = start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE
            comma = max(text.rfind(", ", lo, hi), text.rfind("; ", lo, hi))
            if comma >= 0:
                cut = comma + 2
            else:
                spaces = [m.end() for m in _SPACE.finditer(text, lo, hi)]
                cut = spaces[-1] if spaces else hi  # one token longer than that: cut in it
            _append(out, text, start, cut)
            start = cut
        _append(out, text, start, s.end)
    return out


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
        # (round en237) "... the service said in a post on X. Roads are ...": the platform
        # "X" after "on" or "via" ends its sentence; an initial follows a name ("John F.")
        return word == "x" and text[max(0, j - 5):j].rstrip().lower().endswith((" on", " via"))
    if word in _CLOCK_ABBR:
        return text[end:end + 6].lstrip()[:3].lower() not in _CLOCK_FOLLOWERS
    # "U.S." / "U.N." followed by a capitalised word is usually mid-sentence.
    return not ("." in word and len(word) <= 5)


_new_tuple = tuple.__new__


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    seg = text[start:end]
    body = seg.strip()
    if body:
        if len(body) != len(seg):
            start += len(seg) - len(seg.lstrip())
            end = start + len(body)
        out.append(_new_tuple(Sentence, (start, end, body)))  # skips NamedTuple.__new__


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


def words_as_lowered(text: str, low: str) -> bool:
    """Can a case-blind pattern's ASCII word match in ``text`` only where ``low`` (``text``
    lower-cased) holds that word at the same offset? Where lowering kept every offset and
    the text holds no letter the regular expression engine folds to an ASCII one ("K",
    the Kelvin sign, to "k"; "ſ" to "s"; "İ" and "ı" to "i"): an ASCII letter of the
    pattern then matches only itself in either case, as in ASCII text."""
    if len(low) != len(text):
        return False
    return text.isascii() or not any(map(text.__contains__, _FOLDED))


def word_places(low: str, words: Iterable[str]) -> list[int]:
    """Every offset in ``low`` where one of ``words`` stands, in order, each once."""
    places: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            places.add(at)
            at = low.find(word, at + 1)
    return sorted(places)


def matches_at_words(rx: re.Pattern[str], text: str, low: str,
                     words: Iterable[str]) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` gives, for a case-blind pattern each match of
    which opens with one of ``words`` (lower-case ASCII) and is never empty; ``low`` is
    ``text`` lower-cased.

    Where ``_words_as_lowered`` holds (ASCII text, and most other) a match can open only
    where one of the words stands in ``low``, so the pattern is tried at those places alone
    instead of at every character: a text that holds the word once, early, was scanned to
    its end. ``\\b`` and look-behinds still see the text before each place. Any other text
    is scanned as written.
    """
    if not words_as_lowered(text, low):
        yield from rx.finditer(text)
        return
    end = 0
    for at in word_places(low, words):
        if at < end:
            continue  # (inside the last match: finditer goes on after its end)
        if (m := rx.match(text, at)) is not None:
            yield m
            end = max(m.end(), at + 1)


def matches_at_places(rx: re.Pattern[str], text: str,
                      places: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` gives, for a pattern each match of which is never
    empty and opens at one of ``places`` (offsets in ``text``, in ascending order): the
    pattern is tried there alone, each place after the last match's end, so the matches
    are finditer's (the leftmost each time). ``\\b`` and look-behinds still see the text
    before each place. The caller proves from the pattern that no match opens elsewhere (a
    pattern that opens with ``\\s`` and a choice of words opens one character before one
    of the words)."""
    end = 0
    for at in places:
        if at < end:
            continue  # (inside the last match: finditer goes on after its end)
        if (m := rx.match(text, at)) is not None:
            yield m
            end = m.end()


def first_at_words(rx: re.Pattern[str], low: str, words: Iterable[str],
                   shift: int = 0) -> re.Match[str] | None:
    """``rx.search(low)`` for a case-sensitive pattern run over lowered text, each match of
    which opens ``shift`` characters before one of ``words`` (0: at the word itself). A
    pattern that opens with ``\\b`` or ``\\s`` and a choice of words gets no literal
    prefix from the regular expression engine and is tried at every character; here it is
    tried only where one of its words stands, in order (the first success is the leftmost
    match, as ``search`` finds it)."""
    places = word_places(low, words)
    return next(matches_at_places(rx, low, (at - shift for at in places if at >= shift)),
                None)


def matches_after_words(rx: re.Pattern[str], text: str, low: str,
                        words: Iterable[str]) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` gives, for a case-blind pattern each match of
    which is never empty and holds one of ``words`` (lower-case ASCII) at a word's start,
    with nothing but ASCII letters and white space from the match's start to that word
    (auxiliaries and adverbs before a verb); ``low`` is ``text`` lower-cased.

    Where ``_words_as_lowered`` holds, a match can then open only at a word's start in the
    stretch of letters and white space that ends at one of the words, so the pattern is
    tried there alone (in order, each place once, after the last match's end: the leftmost
    match each time, as ``finditer`` finds it). Any other text is scanned as written.
    """
    if not words_as_lowered(text, low):
        yield from rx.finditer(text)
        return
    tried = end = 0  # (every place before ``tried`` has been tried or lies in a match)
    for at in word_places(low, words):
        # (the walk back stops where the last word's walk stopped or the last match ended:
        # the places before it are tried, and a text of words with no mark between them
        # was walked back to its start for every word; a place there inside a word is
        # tried too, as ``finditer`` tries it, and does not match where no word opens)
        if at < end:
            continue  # (inside the last match: finditer goes on after its end)
        floor = max(tried, end)
        lo = at
        while lo > floor and (text[lo - 1].isalpha() or text[lo - 1].isspace()):
            lo -= 1
        for i in range(lo, at + 1):
            if text[i].isalpha() and (i == lo or text[i - 1].isspace()) and (
                    m := rx.match(text, i)) is not None:
                yield m
                end = m.end()
                break
        tried = max(tried, at + 1)


def lowered(text: str) -> str:
    """``text`` lower-cased with every offset kept (shared through ``document``)."""
    return document(text).low


def _lower(text: str) -> str:
    """``text`` lower-cased with every offset kept.

    A few code points grow when lowered ("İ" becomes two); those are kept as
    they are, so positions found in the lowered text are positions in ``text``
    and there is one code path for every text.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
