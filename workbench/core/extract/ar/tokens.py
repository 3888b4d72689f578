"""Tokens and sentences over folded Arabic text.

The engines look at words, not characters: a token carries the folded word
and its folded offsets; ``Folded.span`` maps them back to the original text.
Digits and letters are split apart, so the clitic of "و4" or the preposition
glued to "عن17" become their own tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress, count, repeat
from operator import itemgetter
from typing import NamedTuple

from ..lang import ar as V
from .normalise import Folded, fold, stems

# A site named in the text ("العربية.نت", "Asharq.net") is one word: its dot ends no
# sentence. Only the endings listed in the language data are joined, so a missing space
# after a full stop ("المدينة.وقال") still ends the sentence.
# So is a letter standing alone before a dot, a title or an initial ("د. هاني"، "م.
# سامر"، "أ.د."): no Arabic word is one letter, so that dot ends no sentence either;
# after a number the letter is the era ("1439 هـ."، "2018 م."), which may end one.
_WEB = "|".join(sorted(map(re.escape, V.WEB_SUFFIXES), key=len, reverse=True))
_TOKEN = re.compile(
    rf"\n|\d+(?:[.,]\d+)*|[\u0621-\u064a#_]+(?:\.(?:(?:{_WEB})(?![\u0621-\u064a])"
    rf"|(?<=[\s\"«(،.][\u0621-\u064a]\.)(?<!\d\s[\u0621-\u064a]\.)(?=\s|[\u0621-\u064a]\.)))?"
    rf"|[A-Za-z]+(?:\.(?:{_WEB})(?![A-Za-z]))?|\S")
# Sentence ends; a dot between digits ("12.8") is not one.
_END = frozenset({".", "!", "?", "؟", "؛", "\n"})


class Token(NamedTuple):
    w: str  # folded text of the token
    s: int  # folded start
    e: int  # folded end
    # A letter word (or a hashtag / "_" run), set once by ``tokenize``: the engines ask
    # this of every token several times.
    is_word: bool = False

    @property
    def is_digit(self) -> bool:
        return "0" <= self.w[0] <= "9"


class _IsWord(dict[str, bool]):
    """First character -> is a token starting with it a word; filled on first sight."""

    def __missing__(self, c: str) -> bool:
        word = self[c] = c.isalpha() or c == "#" or c == "_"
        return word


_IS_WORD = _IsWord()
_GROUP = re.Match.group
_START = re.Match.start
_END_OF = re.Match.end
_FIRST = itemgetter(0)


def tokenize(folded: str) -> list[Token]:
    # A megabyte of news is some 100,000 tokens: every step below is a map() over a C
    # function, so no bytecode runs per token (a loop building each Token was the dearest
    # single step of the Arabic engines).
    matches = list(_TOKEN.finditer(folded))
    words = list(map(_GROUP, matches))
    is_word = map(_IS_WORD.__getitem__, map(_FIRST, words))
    rows = zip(words, map(_START, matches), map(_END_OF, matches), is_word, strict=True)
    return list(map(tuple.__new__, repeat(Token), rows))  # skips NamedTuple.__new__


def bare_token(w: str) -> Token:
    """The token of the text ``w`` without offsets, for tests of a word alone."""
    return Token(w, 0, 0, _IS_WORD[w[0]])


def sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges [a, b) of sentences (the end token is left out)."""
    out: list[tuple[int, int]] = []
    a = 0
    # Only the end tokens are visited in Python; finding them runs in C.
    for i in compress(count(), map(_END.__contains__, map(_FIRST, tokens))):
        if i > a:
            out.append((a, i))
        a = i + 1
    if a < len(tokens):
        out.append((a, len(tokens)))
    if len(tokens) > LONGEST_SENTENCE and any(b - a > LONGEST_SENTENCE for a, b in out):
        out = _cut_overlong(tokens, out)
    return out


# No sentence of Arabic news copy runs this many tokens (the longest of some 4,400 in the
# development and blind sets has 65). A longer one is a text that lost its sentence ends:
# it is read in pieces, cut after a comma where the second half of the window has one, so
# that the rules, which look back over the sentence from each verb and count, cost time in
# proportion to the text and not to the square of its length.
LONGEST_SENTENCE = 400
_COMMAS = frozenset({"،", ","})


def _cut_overlong(tokens: list[Token], sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sents:
        while b - a > LONGEST_SENTENCE:
            hi = a + LONGEST_SENTENCE
            cut = next((k + 1 for k in range(hi - 1, a + LONGEST_SENTENCE // 2 - 1, -1)
                        if tokens[k].w in _COMMAS), hi)
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


# The last token list asked about, its words and the set of them: some twenty readers ask
# for their start words in the same document's tokens, and most of those words stand
# nowhere in it. A strong reference to the list keeps its id from being reused; the three
# are replaced together (one tuple), so a reader in another thread sees one document's.
_LAST_WORDS: tuple[list[Token] | None, list[str], frozenset[str]] = (None, [], frozenset())


def words_of(tokens: list[Token]) -> tuple[list[str], frozenset[str]]:
    """The folded words of ``tokens`` and the set of them, kept for the last list: a
    document's list from ``analyse`` (never modified)."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last[0] is not tokens or len(last[1]) != len(tokens):
        words = list(map(_FIRST, tokens))
        last = _LAST_WORDS = (tokens, words, frozenset(words))
    return last[1], last[2]


def positions_of(tokens: list[Token], words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose folded word is one of ``words``, rising: where a
    reader's start words stand (a set test per token, in C).

    The words of the document that are among ``words`` are found first, by one set
    intersection; when there are none (the common case) no token is visited, and
    otherwise the tokens are tested against those words alone: the same indices.
    ``tokens`` is a document's list from ``analyse`` (never modified).
    """
    text_words, present = words_of(tokens)
    found = present & words
    if not found:
        return []
    return list(compress(count(), map(found.__contains__, text_words)))


def positions_in_spans(tokens: list[Token], words: frozenset[str],
                       spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(token index, span index) of each token whose folded word is one of ``words`` and
    that stands inside one of ``spans`` (token ranges sorted by start, apart): the
    sentence a part reader's marked word is read in."""
    hits = positions_of(tokens, words)
    if not hits:
        return  # (the common case: no sentence starts to list)
    starts = [sa for sa, _ in spans]
    for m in hits:
        at = bisect_right(starts, m) - 1
        if at >= 0 and m < spans[at][1]:
            yield m, at


def is_end(tok: Token) -> bool:
    return tok.w in _END


_FOUND: dict[int, dict[str, str | None]] = {}  # id(table) -> word -> form found


def word_in(tok: Token, table) -> str | None:  # type: ignore[no-untyped-def]
    """The clitic-stripped form of ``tok`` found in ``table``, or None.

    The answer is kept per table and word, as the engines ask it of every token of a
    sentence, often several times; so ``table`` must be one of the engines' module-level
    vocabularies, never a temporary whose id a later object could reuse.
    """
    if not tok.is_word:
        return None
    w = tok.w
    cache = _FOUND.get(id(table))
    if cache is None:
        cache = _FOUND[id(table)] = {}
    try:
        return cache[w]
    except KeyError:
        return _remember(cache, w, table)


def _remember(cache: dict[str, str | None], w: str, table) -> str | None:  # type: ignore[no-untyped-def]
    """The first clitic-stripped form of ``w`` in ``table``, kept in ``cache`` (bounded)."""
    found = next((form for form in stems(w) if form in table), None)
    if len(cache) > 1 << 16:
        cache.clear()
    cache[w] = found
    return found


def word_lookup(table) -> Callable[[Token], str | None]:  # type: ignore[no-untyped-def]
    """``word_in`` bound to one table, with its own cache keyed by the word alone: for the
    loops that ask it of every token."""
    cache: dict[str, str | None] = {}

    def find(tok: Token) -> str | None:
        if not tok.is_word:
            return None
        w = tok.w
        try:
            return cache[w]
        except KeyError:
            return _remember(cache, w, table)

    return find


class _StartsPhrase(dict[str, bool]):
    """Word -> can a phrase of one table start with it (clitics stripped); per word."""

    def __init__(self, firsts: frozenset[str]) -> None:
        super().__init__()
        self._firsts = firsts

    def __missing__(self, w: str) -> bool:
        if len(self) > 1 << 16:
            self.clear()
        hit = self[w] = any(form in self._firsts for form in stems(w))
        return hit


_FIRSTS: dict[int, _StartsPhrase] = {}  # id(phrase table) -> does a word start a phrase


def phrase_at(tokens: list[Token], i: int, phrases: dict[tuple[str, ...], object],
              max_len: int = 4) -> tuple[int, object] | None:
    """Longest phrase (a tuple of folded words) starting at token ``i``.

    The first word may carry a clitic ("وأكثر من"). Returns (end index, value).
    ``phrases`` must be a module-level table (its first words are kept by id).
    """
    if i >= len(tokens):
        return None
    starts = _FIRSTS.get(id(phrases))
    if starts is None:
        starts = _FIRSTS[id(phrases)] = _StartsPhrase(frozenset(k[0] for k in phrases))
    if not starts[tokens[i].w]:
        return None  # no phrase starts with this word: the common case
    for n in range(max_len, 0, -1):
        if i + n > len(tokens):
            continue
        words = [t.w for t in tokens[i:i + n]]
        for first in stems(words[0]):
            key = (first, *words[1:])
            if key in phrases:
                return i + n, phrases[key]
    return None


def split_phrase(s: str) -> tuple[str, ...]:
    return tuple(s.split())


@lru_cache(maxsize=8)
def folded_text(text: str) -> Folded:
    """``fold(text)``, computed once per document for all four engines."""
    return fold(text)


@lru_cache(maxsize=8)
def analyse(text: str) -> tuple[Folded, list[Token]]:
    """Folded text and its tokens; cached because every engine reads the same document.

    Callers must not modify the returned list.
    """
    folded = folded_text(text)
    return folded, tokenize(folded.text)


@lru_cache(maxsize=8)
def document_sentences(text: str) -> list[tuple[int, int]]:
    """``sentences`` of the tokens of ``analyse(text)``, computed once per document.

    Callers must not modify the returned list.
    """
    return sentences(analyse(text)[1])
