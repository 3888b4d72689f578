"""How the Arabic engines hold when the same news is written in another form.

Real Arabic copy varies in ways that change neither the meaning nor the gold: bare or
hamzated alefs, final ى/ي and ه/ة, tatweel in headlines, harakat on some words, three
digit systems, two commas, three pairs of quotation marks, a space after the
conjunction و, non-breaking or doubled spaces, hard line breaks inside paragraphs.
This script applies one such transform to every text of an Arabic gold file and
carries the gold through it, then scores the engines on the transformed set beside
the untransformed one in the same run:

    python bench/blind/perturb_ar.py                       # every Arabic set, every transform
    python bench/blind/perturb_ar.py bench/blind/ar-3.jsonl -t hamza -t wrapped
    python bench/blind/perturb_ar.py --write /tmp/forms      # also write the sets

Carrying the gold: each entry's span is located the way the evaluation places it
(``evaluate._locate``, with the suggestions on the untransformed text), mapped through
the transform's offset map, and its evidence is re-read from the transformed text. A
speaker (or group) string found in the text is re-read the same way from its occurrence
nearest the entry; one that is not is transformed on its own.

Every transform is a pure function from a text to its *pieces*: one string per
character of the input (what that character became: itself, another letter, the
letter with marks after it, nothing); the pieces joined are the new text and their
running lengths the offset map; ``perturb_core.edits_from_pieces`` turns them into the
edits every transform of ``perturb_core.py`` (shared with the English ``perturb.py``)
is carried through.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Edit,
    Predictions,
    Spans,
    edits_from_pieces,
    reread_nearest,
    run,
)
from perturb_core import carry_doc as _carry_doc
from perturb_core import gold_spans as _gold_spans
from perturb_core import measure as _measure

Pieces = list[str]
Transform = Callable[[str], Pieces]

ROOT = Path(__file__).resolve().parents[2]
# The development set stays outside the project, as for eval_all.py.
DEV = Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus")) / "ar-dev.jsonl"

_LETTER = re.compile(r"[\u0621-\u064a]")
_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")


# ---------------------------------------------------------------- pieces to edits

def edits(text: str, transform: Transform) -> list[Edit]:
    """The transform's pieces as the edits ``perturb_core`` maps offsets with."""
    return edits_from_pieces(text, transform(text))


def transformed(text: str, transform: Transform) -> str:
    return "".join(transform(text))


def _chars(text: str) -> Pieces:
    return list(text)


# ---------------------------------------------------------------- transforms

_BARE_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def hamza(text: str) -> Pieces:
    """Hamzated alefs written bare (أ/إ/آ -> ا)."""
    return list(text.translate(_BARE_ALEF))


def _word_final(text: str, i: int) -> bool:
    return i + 1 == len(text) or not _LETTER.match(text[i + 1])


def ya_ta(text: str) -> Pieces:
    """Final ي written ى and final ة written ه."""
    out = _chars(text)
    for i, c in enumerate(text):
        if c in "ية" and i > 0 and _LETTER.match(text[i - 1]) and _word_final(text, i):
            out[i] = "ى" if c == "ي" else "ه"
    return out


# Letters that join the next one: only between two of these can a tatweel stretch a word.
_NON_JOINING = set("اأإآدذرزوؤةىء")


def tatweel(text: str) -> Pieces:
    """Tatweel stretching the words of the headline (the first line, when there are
    more): one ـ after the middle joining letter of every word of four letters or more."""
    out = _chars(text)
    end = text.find("\n")
    if end < 0:
        return out
    for m in _WORD.finditer(text, 0, end):
        w = m.group()
        if len(w) < 4:
            continue
        joins = [k for k in range(1, len(w) - 1)
                 if w[k] not in _NON_JOINING and _LETTER.match(w[k + 1])]
        if joins:
            k = min(joins, key=lambda k: abs(k - len(w) // 2))
            out[m.start() + k] += "\u0640"
    return out


FATHA, DAMMA, KASRA, SUKUN, SHADDA = "\u064e", "\u064f", "\u0650", "\u0652", "\u0651"
# Common news words with the vowels careful copy puts on them (one mark string per letter).
_VOWELLED: dict[str, tuple[str, ...]] = {
    "قال": (FATHA, "", FATHA),
    "قالت": (FATHA, "", FATHA, SUKUN),
    "قتل": (DAMMA, KASRA, FATHA),
    "مقتل": (FATHA, SUKUN, FATHA, ""),
    "أكد": (FATHA, SHADDA + FATHA, FATHA),
    "أعلن": (FATHA, SUKUN, FATHA, FATHA),
    "أضاف": (FATHA, FATHA, "", FATHA),
    "مصادر": (FATHA, FATHA, "", KASRA, ""),
    "شخص": (FATHA, SUKUN, ""),
    "أشخاص": (FATHA, SUKUN, FATHA, "", ""),
    "مدنيين": (FATHA, FATHA, KASRA, SHADDA + KASRA, "", ""),
    "جرحى": (FATHA, SUKUN, FATHA, ""),
    "قتلى": (FATHA, SUKUN, FATHA, ""),
    "إصابة": (KASRA, FATHA, "", FATHA, ""),
    "وزارة": (KASRA, FATHA, "", FATHA, ""),
    "أن": (FATHA, SHADDA + FATHA),
    "إن": (KASRA, SHADDA + FATHA),
    "يوم": (FATHA, SUKUN, ""),
}
_SUN = set("تثدذرزسشصضطظلن")


def harakat(text: str) -> Pieces:
    """Short vowels and shadda on some common words (alone or after و/ف), and the shadda
    of a sun letter after the article."""
    out = _chars(text)
    for m in _WORD.finditer(text):
        w, s = m.group(), m.start()
        if w[0] in "وف" and w[1:] in _VOWELLED:
            w, s = w[1:], s + 1
        marks = _VOWELLED.get(w)
        if marks is not None:
            for k, mark in enumerate(marks):
                out[s + k] += mark
        elif len(w) > 4 and w.startswith("ال") and w[2] in _SUN:
            out[s + 2] += SHADDA
    return out


_DIGITS = {"west": "0123456789", "east": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}


def _digits(system: str) -> Transform:
    target = _DIGITS[system]
    table = str.maketrans({d: target[i] for digits in _DIGITS.values()
                           for i, d in enumerate(digits)})

    def digits(text: str) -> Pieces:
        return list(text.translate(table))

    digits.__doc__ = f"Every digit written in the {system} system."
    return digits


digits_east = _digits("east")
digits_west = _digits("west")
digits_persian = _digits("persian")


def commas(text: str) -> Pieces:
    """The Arabic comma written Latin and the Latin one Arabic (not between digits: there
    the comma groups thousands)."""
    out = _chars(text)
    for i, c in enumerate(text):
        if c == "،":
            out[i] = ","
        elif c == "," and not (0 < i < len(text) - 1 and text[i - 1].isdigit()
                               and text[i + 1].isdigit()):
            out[i] = "،"
    return out


def quotes(text: str) -> Pieces:
    """Quotation marks turned round: « » -> " ", " " -> “ ”, “ ” -> « »."""
    out = _chars(text)
    opened = False
    for i, c in enumerate(text):
        if c == "\n":
            opened = False
        elif c == "«" or c == "»":
            out[i] = '"'
        elif c == "“":
            out[i] = "«"
        elif c == "”":
            out[i] = "»"
        elif c == '"':
            out[i] = "”" if opened else "“"
            opened = not opened
    return out


# Past verbs of reporting that follow the conjunction و at the start of a clause.
_WAW_VERBS = frozenset({"قال", "قالت", "أضاف", "أضافت", "أكد", "أكدت", "أعلن", "أعلنت",
                        "أفاد", "أفادت", "ذكر", "ذكرت", "أشار", "أشارت", "تابع", "تابعت"})


def waw_space(text: str) -> Pieces:
    """A space after the conjunction و where careless copy puts one: before a verb of
    reporting and before a word with the article (of five letters or more)."""
    out = _chars(text)
    for m in _WORD.finditer(text):
        w = m.group()
        rest = w[1:]
        if w[0] == "و" and (rest in _WAW_VERBS or (rest.startswith("ال") and len(rest) >= 5)):
            out[m.start()] += " "
    return out


def spaces(text: str) -> Pieces:
    """Every third space non-breaking and every third one doubled."""
    out = _chars(text)
    n = 0
    for i, c in enumerate(text):
        if c == " ":
            n += 1
            if n % 3 == 1:
                out[i] = "\u00a0"
            elif n % 3 == 2:
                out[i] = "  "
    return out


WRAP_WIDTH = 60


def wrapped(text: str) -> Pieces:
    """Hard line breaks inside paragraphs, as in text copied from a PDF: every line
    longer than ``WRAP_WIDTH`` broken at its last space before that width."""
    out = _chars(text)
    line = 0
    last_space = -1
    for i, c in enumerate(text):
        if c == "\n":
            line, last_space = i + 1, -1
            continue
        if c == " ":
            last_space = i
        if i - line >= WRAP_WIDTH and last_space > line:
            out[last_space] = "\n"
            line, last_space = last_space + 1, -1
    return out


TRANSFORMS: dict[str, Transform] = {
    "hamza": hamza, "ya_ta": ya_ta, "tatweel": tatweel, "harakat": harakat,
    "digits_east": digits_east, "digits_west": digits_west,
    "digits_persian": digits_persian, "commas": commas, "quotes": quotes,
    "waw_space": waw_space, "spaces": spaces, "wrapped": wrapped,
}


# ---------------------------------------------------------------- carrying the gold

def gold_spans(doc: dict[str, Any], predictions: Predictions | None = None) -> Spans:
    """Each gold entry's span, placed as the evaluation places it (``_locate``, with the
    suggestions of the engines on this text unless given)."""
    return _gold_spans(doc, predictions)


def carry_doc(doc: dict[str, Any], transform: Transform,
              predictions: Predictions | None = None) -> dict[str, Any]:
    """A copy of ``doc`` with its text transformed and every gold entry carried along;
    a speaker or group is re-read at its occurrence nearest the entry."""
    carry = reread_nearest(lambda s: transformed(s, transform))
    return _carry_doc(doc, edits(doc["text"], transform), gold_spans(doc, predictions),
                      {"speaker": carry, "group": carry})


def measure(path: Path, names: list[str], write: Path | None = None
            ) -> list[tuple[str, dict[str, float]]]:
    """(transform, F1 per kind and overall) rows for one set, the untransformed first."""
    return _measure(path, names, _carry, None, write, WRITE_AS)


def _carry(doc: dict[str, Any], name: str, predictions: Predictions) -> dict[str, Any]:
    return carry_doc(doc, TRANSFORMS[name], predictions)


WRITE_AS = "{set}.{transform}.jsonl"


def default_sets() -> list[Path]:
    blind = sorted((ROOT / "bench" / "blind").glob("ar-*.jsonl"),
                   key=lambda p: int(p.stem.split("-")[1]))
    return blind + ([DEV] if DEV.exists() else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="transforms: " + ", ".join(TRANSFORMS))
    parser.add_argument("sets", nargs="*", type=Path,
                        help="Arabic gold JSONL files (default: every ar-*.jsonl blind set "
                             "and ar-dev)")
    parser.add_argument("-t", "--transform", action="append", choices=list(TRANSFORMS),
                        help="apply only this transform (repeatable; default: all)")
    parser.add_argument("--write", type=Path, metavar="DIR",
                        help="also write each transformed set to DIR/SET.TRANSFORM.jsonl")
    args = parser.parse_args(argv)
    names = args.transform or list(TRANSFORMS)
    return run(args.sets or default_sets(), names, _carry, None, args.write, WRITE_AS)


if __name__ == "__main__":
    sys.exit(main())
