"""Folding Arabic text for matching, with a map back to the original offsets.

News copy writes the same word several ways: with or without harakat and
tatweel, أ/إ/آ/ا, ة/ه, ى/ي, Arabic-Indic or Western digits, the conjunction و
joined to its word or (careless copy) set apart ("و قال"), paragraphs as lines
or lines broken by width (text pasted from a PDF or a narrow column). The
engines run their patterns on a folded copy and map every span back, so the
reported offsets and texts are always those of the original string.

Folding drops characters (marks, tatweel, the space after a lone و) and turns
a line break inside a paragraph into a space, but never adds any, so one
folded character always comes from one original character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..lang import ar as V

_LETTERS = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # alefs
    "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0624": "\u0648",  # waw with hamza
    "\u0626": "\u064a",  # ya with hamza
    "\u0649": "\u064a",  # alef maqsura
    "\u0629": "\u0647",  # ta marbuta
    "\u06cc": "\u064a", "\u06a9": "\u0643",  # Persian ya / kaf in pasted text
    "\u066b": ".", "\u066c": ",",  # Arabic decimal / thousands separators
}
_LETTERS.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_LETTERS.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Eastern (Persian) digits
_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
_TABLE = str.maketrans({**_LETTERS, **dict.fromkeys(_DROP)})


class Folded(NamedTuple):
    text: str
    # The dropped runs, None = identity: folded[k] = folded offset of the k-th run of
    # dropped characters, shift[k] = how many were dropped up to the end of that run.
    # Marks are few, so two short lists stand in for an offset per character.
    drops: tuple[list[int], list[int]] | None
    original: str

    def offset(self, i: int) -> int:
        """Offset in the original of folded character ``i`` (a negative ``i`` counts from
        the end, as list indices do)."""
        n = len(self.text)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("folded offset out of range")
        if self.drops is None:
            return i
        folded, shift = self.drops
        k = bisect_right(folded, i) - 1
        return i if k < 0 else i + shift[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for the folded span [start, end)."""
        if self.drops is None:
            return start, end
        if start >= end:
            pos = self.offset(start) if start < len(self.text) else len(self.original)
            return pos, pos
        s = self.offset(start)
        e = self.offset(end - 1) + 1
        # Marks after the last letter belong to it (a shadda, a tanween).
        while e < len(self.original) and self.original[e] in _DROP:
            e += 1
        return s, e


def fold_word(word: str) -> str:
    """Fold one word or phrase (no offset map)."""
    return re.sub(r"\s+", " ", word.translate(_TABLE)).strip()


# str.translate looks every character up in a dict, some 130 ns each for Arabic text;
# a str.replace per folded letter and one regex deletion scan in C, 7-10x faster. No
# replacement produces a letter another one folds, so their order does not matter.
_REPLACEMENTS = tuple(_LETTERS.items())
_DROP_RUN = re.compile("[" + "".join(sorted(_DROP)) + "]+")
# The conjunction و never stands alone as a word: a space after it is careless copy
# ("و قالت"، "و الصحة اللبنانية:") and is dropped, so the folded word is the one
# every rule knows. Only before a letter: "و 400" splits into two tokens either way.
# The pattern opens with the letter itself, so the scan for it runs at C speed.
_DETACHED_WAW = re.compile(
    "\u0648(?<![\u0621-\u064a]\u0648)([ \u00a0]+)(?=[\u0621-\u064a])")


def _replace_letters(text: str) -> str:
    """The folded letters of ``text`` (marks kept)."""
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    if _DUAL_FATHA in text:  # (a plain substring test first: most copy has no harakat)
        text = _MARKED_DUAL.sub(_nominative_dual, text)
    return text


# "استشهاد مواطنَين"، "نقلت مصابَين": the fatha before the oblique "-ين" marks the dual, where
# the same letters with a kasra (or none) are the plural, which counts no one. Where the copy
# writes the fatha, the ending is folded to the nominative "-ان", which only the dual has
# (one letter for one, so offsets stay). A stem of three letters at least ("بَين", between,
# has one) and no article ("البحرَين"، "الحرمَين" are names as often as counts).
_DUAL_FATHA = "\u064e\u064a"
# (the tatweel, U+0640, lies in the letters' range already: a second place for it among the
# marks let a long run of it be split in every way, each tried in turn before the match
# failed, which took minutes on one word of thirty)
_MARKED_DUAL = re.compile(
    r"(?<![\u0621-\u0652\u0640])((?:[\u0621-\u064a][\u064b-\u0652]*){3,})"
    r"\u064e\u064a(?=[\u064b-\u0652]*\u0646[\u064b-\u0652]*(?![\u0621-\u0652\u0640]))")
_DEFINITE = tuple(V.DEFINITE_OPENINGS)


def _nominative_dual(m: re.Match[str]) -> str:
    stem = _DROP_RUN.sub("", m.group(1))
    if stem.startswith(_DEFINITE):
        return m.group(0)
    return m.group(1) + "\u064e\u0627"


# Hard-wrapped copy: every line no longer than a narrow column (the longest line's
# width), several of them broken where the next word would not have fitted, without
# a stop (a closing mark may close a quotation inside the sentence). Such a line goes
# on in the next one, so its break ends no sentence; a headline that the next word
# would have fitted on ends its line. A narrow column holds up to some 150
# characters; a wide one (a PDF page across, a desktop mail's column) up to some 300,
# and in it a short paragraph fits on one line, so a text may have one break inside a
# paragraph alone: it is read when its line is not the headline, ends with no stop
# (not even one before a closing mark) and the next line closes the paragraph. News
# copy written as paragraphs ends its longest paragraph with a stop. A line
# that opens an item of a live page or a ticker (a mark, a time stamp, a live label
# with its mark, a label of two words or more and a colon; one word before a colon
# is the end of a name the column cut) follows a complete one, however long. Lines
# all narrower than a newspaper's narrowest column are a list or a table's cells
# ("القتلى" / "١٢" / "الجرحى"), each its own item.
_WRAP_MAX = 320
_NARROW_MAX = 160
_WRAP_MIN = 20
_CLOSED_LINE_ENDS = frozenset('.!?؟؛:')
_CLOSING_MARKS = '"»”)\''
_ITEM_START = re.compile(
    r"\s*(?:[-*•|–]|\d{1,2}[:.]\d\d|[^\s:]+(?:\s+[^\s:]+){1,3}\s*:)")


def _opens_item(line: str) -> bool:
    if _ITEM_START.match(line):
        return True
    # A live label with its mark ("عاجل |"، "تحديث -"); alone the word is a noun
    # ("في تحديث صدر اليوم").
    words = line.split(None, 2)
    return len(words) > 1 and words[0] in _LIVE_LABELS and words[1] in _LIVE_MARKS


def _soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of ``text`` that fall inside a paragraph."""
    if text.count("\n") < 2:
        return []
    lines = text.split("\n")
    width = max(map(len, lines))
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return []
    out: list[int] = []
    pos = 0
    for line, following in pairwise(lines):
        pos += len(line)
        if len(line) + 1 + len(following) <= width:
            pos += 1  # the whole next line fits: no word of it was pushed down
            continue
        end = line.rstrip()
        words = following.split(None, 1)
        if (words and len(line) + 1 + len(words[0]) > width and end
                and end[-1] not in _CLOSED_LINE_ENDS and not _opens_item(following)):
            out.append(pos)
        pos += 1
    # A headline that fills its line looks like a paragraph's first line. Its break is
    # read as inside the headline only when the second line ends there (a headline of
    # two lines); a second line that goes on is the body's.
    if len(out) > 1 and out[0] == len(lines[0]) and out[1] == out[0] + 1 + len(lines[1]):
        out.pop(0)
    if len(out) == 1 and width > _NARROW_MAX and _lone_break(text, out[0], len(lines[0])):
        return out
    return out if len(out) >= 2 else []


def _lone_break(text: str, pos: int, headline: int) -> bool:
    """A wide column's only break inside a paragraph (at ``pos``): not the headline's,
    its line open even inside its closing marks ("... بينهم 48 طفلا" / "و17 امرأة."),
    and the next line ending with a stop, the paragraph's end."""
    if pos == headline:
        return False
    line = text[text.rfind("\n", 0, pos) + 1:pos].rstrip().rstrip(_CLOSING_MARKS)
    nxt = text.find("\n", pos + 1)
    following = text[pos + 1:nxt if nxt >= 0 else len(text)].rstrip()
    return bool(line) and line[-1] not in _CLOSED_LINE_ENDS and bool(following) and (
        following.rstrip(_CLOSING_MARKS)[-1:] in _CLOSED_LINE_ENDS)


def _unwrap(text: str) -> str:
    """``text`` with its line breaks inside paragraphs turned into spaces."""
    if "\n" not in text:
        return text
    breaks = _soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def fold(text: str) -> Folded:
    # Lines are measured before the marks and tatweel go: the column held them.
    replaced = _unwrap(_replace_letters(text))
    waws = [m.span(1) for m in _DETACHED_WAW.finditer(replaced)]
    if not waws:
        folded = _DROP_RUN.sub("", replaced)
        runs = None
    else:
        # The marks' runs and the spaces after a lone و never touch (a space is no
        # mark), so the two sorted lists merge into the runs to drop.
        runs = sorted([m.span() for m in _DROP_RUN.finditer(replaced)] + waws)
        kept = [replaced[e:s] for (_, e), (s, _) in pairwise([(0, 0), *runs,
                                                              (len(replaced), 0)])]
        folded = "".join(kept)
    if len(folded) == len(text):
        return Folded(folded, None, text)
    # The runs of dropped characters, found in C; a list of the offset of every kept
    # character cost a step per character of the document. Found in the text with its
    # letters replaced, as the lone و is (a Persian ی before it is a letter there).
    folded_at: list[int] = []
    shift: list[int] = []
    dropped = 0
    for s, e in runs if runs is not None else map(re.Match.span,
                                                   _DROP_RUN.finditer(replaced)):
        folded_at.append(s - dropped)
        dropped += e - s
        shift.append(dropped)
    return Folded(folded, (folded_at, shift), text)


_CONJ = "وف"
_PREP = "بلك"


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The word and its forms without و/ف, ب/ل/ك and the article ال (folded input).

    ``"وبالعشرات"`` -> ``["وبالعشرات", "بالعشرات", "العشرات", "عشرات"]``. A form
    is only produced while at least two letters remain, so short words keep
    their own letters ("ول" is not "ل").
    """
    return tuple(_stems(word))


def _stems(word: str) -> list[str]:
    out = [word]
    w = word
    if len(w) > 3 and w[0] in _CONJ:
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w.startswith("لل"):  # ل + ال
        out.append("ال" + w[2:])
        out.append(w[2:])
        return out
    if len(w) > 3 and w[0] in _PREP:
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w.startswith("ال"):
        out.append(w[2:])
    return out


def lookup(word: str, table: dict[str, str] | dict[str, int] | frozenset[str] | set[str]):
    """First clitic-stripped form of ``word`` found in ``table``, or None."""
    for form in stems(word):
        if form in table:
            return form
    return None


def fold_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


_LIVE_LABELS = fold_set(V.LIVE_LABELS)  # read by _opens_item
_LIVE_MARKS = frozenset(V.LIVE_LABEL_MARKS)


def fold_map(table: dict[str, object]) -> dict[str, object]:
    return {fold_word(k): v for k, v in table.items()}


ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


_NOT_ARABIC_LETTERS = re.compile(r"[^\u0621-\u064a]+")
_NOT_LATIN_LETTERS = re.compile(r"[^A-Za-z]+")


def is_arabic(text: str, sample: int = 2000) -> bool:
    """True when Arabic letters outnumber Latin ones in the first ``sample`` chars.

    A mostly-English text with an Arabic phrase (or the reverse) goes to the
    engine of its main language.
    """
    head = text[:sample]
    if head.isascii():
        return False  # no Arabic letter at all; decided in C without counting
    # Counted by deleting everything else with a regex (in C); str.translate looked every
    # character up in a dict, 2.5x slower. Latin letters first: in Arabic text they are
    # few, so that deletion is cheap, and without any one Arabic letter decides.
    latin = len(_NOT_LATIN_LETTERS.sub("", head))
    if latin == 0:
        return ARABIC_LETTER.search(head) is not None
    ar = len(_NOT_ARABIC_LETTERS.sub("", head))
    return ar > 0 and ar >= latin
