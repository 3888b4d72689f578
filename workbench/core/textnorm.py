"""Search normalisation: fold case, diacritics and Arabic letter variants.

FTS5's tokenizer does not strip Arabic harakat, so a bare word would miss its
vocalised form; the index stores a normalised copy and queries are folded the
same way.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

# Letter variants an Arabic reader treats as the same letter when searching (the first
# folding, index fold version 1).
_FIRST_FOLD = {
    "\u0623": "\u0627",  # alef with hamza above
    "\u0625": "\u0627",  # alef with hamza below
    "\u0622": "\u0627",  # alef with madda
    "\u0671": "\u0627",  # alef wasla
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    "\u0624": "\u0648",  # waw with hamza
    "\u0626": "\u064a",  # ya with hamza
    "\u0649": "\u064a",  # alef maqsura
    "\u0629": "\u0647",  # ta marbuta
    "\u0640": None,  # tatweel
}
# Added in fold version 2. Forms a Persian, Urdu or Pashto keyboard types for a letter
# an Arabic reader reads as the same one: yeh, kaf and heh shapes, which Arabic text
# copied from those sources holds too. Letters that are other sounds (پ چ ژ گ ڤ, the
# Urdu retroflexes, Kurdish ۆ ێ) stay apart: folding them would merge different words.
_KEYBOARD_FOLD = {
    "\u06cc": "\u064a",  # farsi yeh
    "\u06cd": "\u064a",  # yeh with tail (Pashto)
    "\u06d0": "\u064a",  # e (Pashto, Uyghur)
    "\u06d2": "\u064a",  # yeh barree (Urdu final ya; with hamza it decomposes to it)
    "\u06a9": "\u0643",  # keheh (Persian and Urdu kaf)
    "\u06aa": "\u0643",  # swash kaf
    "\u06be": "\u0647",  # heh doachashmee (Urdu aspirate; the knotted ha of some fonts)
    "\u06c1": "\u0647",  # heh goal (Urdu ha)
    "\u06d5": "\u0647",  # ae (a final ha in Arabic-script text; Kurdish e)
    "\u06c3": "\u0647",  # teh marbuta goal (Urdu), as ta marbuta folds
}
# Digits: Arabic-Indic (٠-٩) and extended Arabic-Indic (۰-۹, Persian and Urdu) to 0-9,
# so "12" finds "١٢" and "۱۲" and each finds the others. The Arabic decimal and thousands
# separators and percent sign become "." "," "%": only numbers use them, so they fold
# wherever they stand (a fold looks at one code point at a time: see normalise).
_DIGIT_FOLD = {
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    "\u066b": ".",  # arabic decimal separator
    "\u066c": ",",  # arabic thousands separator
    "\u066a": "%",  # arabic percent sign
}
_ARABIC_FOLD = str.maketrans({**_FIRST_FOLD, **_KEYBOARD_FOLD, **_DIGIT_FOLD})
_FIRST_ARABIC_FOLD = str.maketrans(_FIRST_FOLD)

# Added in fold version 3: a hamza on a ya seat (ئ) or a waw seat (ؤ) folds to the bare
# hamza ء, so مسئول (Egyptian and Gulf papers) and مسؤول (Levantine ones) are one word,
# as تسائل, تساؤل and تساءل are. Before, NFKD split the seat from its hamza and the seat
# stayed (ي, و): the two spellings folded apart. Alef seats keep folding to ا, and ي and
# و themselves stay apart (دول "states" is not ديل). Done before NFKD, on the written
# letters, so each code point still folds on its own: a ya typed with a separate hamza
# mark (ي + U+0654) folds to ي, as before.
_HAMZA = "\u0621"
_SEATED = ("\u064a\u0654", "\u0648\u0654")  # ya, waw with hamza above, decomposed


def _seat_forms() -> dict[int, str]:
    # The presentation forms and ligatures that hold ئ or ؤ (FE89-FE8C, FBEA-FCE0...),
    # found from Unicode's own decompositions rather than listed by hand.
    forms: dict[int, str] = {}
    for cp in range(0xFB50, 0xFF00):
        decomposed = unicodedata.normalize("NFKD", chr(cp))
        if any(seated in decomposed for seated in _SEATED):
            for seated in _SEATED:
                decomposed = decomposed.replace(seated, _HAMZA)
            forms[cp] = decomposed
    return forms


_SEAT_FORMS = _seat_forms()
_SEAT_FORM_RE = re.compile("[" + "".join(map(chr, sorted(_SEAT_FORMS))) + "]")


def _seats_to_hamza(text: str) -> str:
    # Two str.replace and one regex scan: about 3% of the fold's time on Arabic text,
    # where a translate pass over every character cost 40%.
    text = text.replace("\u0626", _HAMZA).replace("\u0624", _HAMZA)
    if _SEAT_FORM_RE.search(text):
        text = text.translate(_SEAT_FORMS)
    return text


# Added in fold version 4: the older writing of a seated hamza, a ya before a hamza on
# the line. (1) A dotless ya before it (ىء, older print: شاطىء, مبادىء, لاجىء) is the
# seat ئ: the ى is dropped, so شاطىء folds as شاطئ. A ى is a word's last letter
# otherwise, so no word loses a letter it needs. (2) A dotted ya before a word-final
# hamza is a letter of the word (بطيء "slow" is not بطء "slowness", مليء "full" not ملء
# "filling", جزيء "molecule" not جزء "part"), except (a) after an alef and one letter,
# the older writing with a dotted ya of a seat after a long a (شاطيء, لاجيء, مباديء,
# موانيء), and (b) in three words where writers commonly leave the ya out and the
# ya-less form is no other word: شيء/شئ "thing", سيء/سئ "bad", مجيء/مجئ "coming"
# (after و ف ب ل ك, ال, لل, and لا: لاشيء).
# Harakat and tatweel may stand between the letters. Dropped on the written text,
# before anything else folds, so the whole text, a slice of it (cut between words) and
# the highlight map drop the same letters.
_HAMZA_LINE = "\u0621"
_MARK_SET = frozenset("\u0640\u0670" + "".join(map(chr, range(0x064B, 0x0660))))
_YA = frozenset("\u064a\u06cc")  # ya, and the Persian ya that folds to it
_ALEFS = frozenset("\u0627\u0623\u0625\u0622")
_MARKS = "[\u064b-\u065f\u0670\u0640]*"
# What may stand before the stem of the three words at a word's start: a conjunction
# or preposition (و ف ب ل ك), the article, لل or لا.
_YA_WORD_HEAD = re.compile(
    "(?:^|[^\\w\u064b-\u065f\u0670])"
    f"(?:[\u0648\u0641\u0628\u0644\u0643]{_MARKS})?"
    f"(?:\u0627{_MARKS}\u0644{_MARKS}|\u0644{_MARKS}\u0627{_MARKS}|\u0644{_MARKS})?$")


def _before(text: str, i: int) -> int:
    """The index of the last letter before ``i`` that is no mark (-1 if none)."""
    i -= 1
    while i >= 0 and text[i] in _MARK_SET:
        i -= 1
    return i


def _ends_word(text: str, hamza: int) -> bool:
    after = hamza + 1
    while after < len(text) and text[after] in _MARK_SET:
        after += 1
    return after >= len(text) or not text[after].isalpha()


def _after_alef_and_letter(text: str, ya: int) -> bool:
    """Whether an alef and one letter stand before the ya: شاطيء, لاجيء, مباديء, موانيء,
    the older writing of شاطئ, لاجئ, مبادئ, موانئ with a dotted ya."""
    letter = _before(text, ya)
    alef = _before(text, letter) if letter >= 0 else -1
    return (letter >= 0 and text[letter].isalpha() and text[letter] not in _ALEFS
            and alef >= 0 and text[alef] in _ALEFS)


def _one_of_the_three(text: str, ya: int) -> bool:
    """Whether the ya at ``ya`` is that of شيء, سيء or مجيء."""
    stem = _before(text, ya)
    if stem < 0 or text[stem] not in "\u0634\u0633\u062c":
        return False
    if text[stem] == "\u062c":  # مجيء: its م comes before the stem
        stem = _before(text, stem)
        if stem < 0 or text[stem] != "\u0645":
            return False
    if stem == 0 or not (text[stem - 1].isalpha() or text[stem - 1] in _MARK_SET):
        return True  # the stem starts the word
    return _YA_WORD_HEAD.search(text, max(0, stem - 12), stem) is not None


def _old_seats(text: str) -> list[int]:
    """Where ``text`` holds a ya that fold version 4 drops (rule above), in order.

    Walks the hamzas on the line (str.find, at C speed), not the text: a regex over
    every letter cost 45 ms for 1.5 M characters of Arabic, the walk about nothing
    where the text has none and microseconds for each one it has."""
    drop: list[int] = []
    hamza = text.find(_HAMZA_LINE)
    while hamza != -1:
        ya = _before(text, hamza)
        if ya >= 0 and (text[ya] == "\u0649" or (
                text[ya] in _YA and _ends_word(text, hamza)
                and (_after_alef_and_letter(text, ya) or _one_of_the_three(text, ya)))):
            drop.append(ya)
        hamza = text.find(_HAMZA_LINE, hamza + 1)
    return drop


def _drop_old_seats(text: str) -> str:
    drop = _old_seats(text)
    if not drop:
        return text
    parts, last = [], 0
    for i in drop:
        parts.append(text[last:i])
        last = i + 1
    parts.append(text[last:])
    return "".join(parts)


@dataclass(frozen=True)
class Folding:
    """One version of the search folding: its letter table, whether a hamza's seat
    folds to the bare hamza (fold version 3), and whether a ya written before a hamza
    on the line as its seat is dropped (fold version 4)."""

    table: dict[int, Any]
    seats: bool
    old_seats: bool = False


# Index fold version -> how that version folded. The index of another version is met
# only on a read-only open (a writable one rebuilds it), and is queried and checked with
# its own folding, so it finds what it found before.
FOLDINGS: dict[str, Folding] = {
    "1": Folding(_FIRST_ARABIC_FOLD, seats=False),
    "2": Folding(_ARABIC_FOLD, seats=False),
    "3": Folding(_ARABIC_FOLD, seats=True),
    "4": Folding(_ARABIC_FOLD, seats=True, old_seats=True),
}
_CURRENT = FOLDINGS["4"]


def folds_otherwise(version: str | None) -> bool:
    """Whether ``version`` is an older index fold version this program still folds as
    it did (:data:`FOLDINGS`), other than today's."""
    folding = FOLDINGS.get(version or "")
    return folding is not None and folding is not _CURRENT


_COMBINING: dict[int, None] | None = None


def _combining_table() -> dict[int, None]:
    # Built once (about 0.15 s): str.translate then strips marks at C speed.
    global _COMBINING
    if _COMBINING is None:
        _COMBINING = {
            cp: None for cp in range(0x110000) if unicodedata.combining(chr(cp))
        }
    return _COMBINING


def _fold_char(ch: str) -> str:
    if _CURRENT.seats:
        ch = _seats_to_hamza(ch)
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.translate(_CURRENT.table).casefold()


# Longer texts are folded a slice at a time: each step (NFKD, the two translations,
# casefold) makes a copy, and on a 100 MB document those copies cost gigabytes. Every
# step maps one code point on its own (marks that NFKD would reorder are removed), so
# the slices fold exactly as the whole.
_FOLD_SLICE = 1 << 20


def normalise(text: str) -> str:
    """Fold ``text`` for matching; the result may differ in length."""
    return _sliced(text, getattr(_THREAD, "folding", _CURRENT))


# Set by :func:`folding_first` for one thread only: a check of an old index on a
# read-only open runs beside the window's own work, which must keep today's folding.
_THREAD = threading.local()


@contextmanager
def folding_as(version: str | None) -> Iterator[None]:
    """In this thread, :func:`normalise` folds as index fold ``version`` did while the
    block runs (today's folding for a version this program does not know): to check an
    index that version built against what it would have built (verify on a read-only
    open, which cannot rebuild it)."""
    _THREAD.folding = FOLDINGS.get(version or "", _CURRENT)
    try:
        yield
    finally:
        del _THREAD.folding


def folding_first() -> AbstractContextManager[None]:
    """:func:`folding_as` version 1."""
    return folding_as("1")


def fold_for(version: str | None) -> Callable[[str], str]:
    """How index fold ``version`` folded a text (today's folding for a version this
    program does not know): only to query an index that version built and that cannot
    be rebuilt (a read-only open), so it finds what it found before."""
    folding = FOLDINGS.get(version or "", _CURRENT)
    if folding is _CURRENT:
        return normalise
    return lambda text: _sliced(text, folding)


def _cuts(text: str) -> Iterator[int]:
    """Where to slice ``text``: about every _FOLD_SLICE, never inside a word (fold
    version 4 reads a ya with the hamza after it), unless a slice has no space."""
    start = 0
    while start < len(text):
        end = min(start + _FOLD_SLICE, len(text))
        if end < len(text):
            space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if space > start:
                end = space + 1
        yield end
        start = end


def _sliced(text: str, folding: Folding) -> str:
    if len(text) > _FOLD_SLICE:
        parts, start = [], 0
        for end in _cuts(text):
            parts.append(_fold(text[start:end], folding))
            start = end
        return "".join(parts)
    return _fold(text, folding)


def _fold(text: str, folding: Folding | None = None) -> str:
    if text.isascii():
        return text.lower()
    folding = folding or _CURRENT
    if folding.old_seats:
        text = _drop_old_seats(text)
    if folding.seats:
        text = _seats_to_hamza(text)
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.translate(_combining_table()).translate(folding.table).casefold()


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, its source index."""
    out: list[str] = []
    index: list[int] = []
    dropped = set(_old_seats(text)) if _CURRENT.old_seats else set()
    for i, ch in enumerate(text):
        folded = "" if i in dropped else _fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point spans in ``text`` where the folded ``query`` occurs folded.

    A query word holds no newline and folding maps each code point on its own, so no
    match crosses a line: lines are folded fast first and only lines that hold the word
    are folded again with a map back (per character, slow), not the whole text.
    """
    needle = normalise(query).strip()
    if not needle or "\n" in needle:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        if needle in normalise(text[start:stop]):
            spans.extend((start + s, start + e)
                         for s, e in _find_in_line(text[start:stop], needle))
        start = stop + 1
    return spans


def _find_in_line(text: str, needle: str) -> list[tuple[int, int]]:
    folded, index = normalise_with_map(text)
    spans: list[tuple[int, int]] = []
    pos = folded.find(needle)
    while pos != -1:
        end = index[pos + len(needle) - 1] + 1
        # Marks after the last letter belong to it (a vowel sign, a tatweel).
        while end < len(text) and _fold_char(text[end]) == "":
            end += 1
        spans.append((index[pos], end))
        pos = folded.find(needle, pos + len(needle))
    return spans
