"""Score the English engines on a gold set whose text reaches them in another surface form.

The same news is pasted and imported as scraped pages that lost their commas and
apostrophes, e-mails and PDFs with hard line breaks, headlines in Title Case or capitals,
typographic or straight quotes, dashes written as ``--`` or ``—``, spaces from HTML, and
counts in digits or words. The meaning, and so the gold, is the same. Each transform below
is a pure function from a text to a list of edits; the edits give the transformed text and
an offset map, and every gold entry's span (found the way ``workbench eval`` finds it) is
carried through the map, so the transformed set is valid gold and is scored as it is.

    python bench/blind/perturb.py bench/blind/en-17.jsonl [--transform scraped ...]
    python bench/blind/perturb.py bench/blind/en-*.jsonl --write /tmp/perturbed

For every set it prints the untransformed F1 (overall and per kind) and, beside it, the
F1 under each transform, from the same run. ``--write DIR`` also writes each transformed
set as DIR/<set>-<transform>.jsonl, for ``workbench eval`` and ``bench/blind/misses.py``.
The offset map, the gold carrier, the score and the table are ``perturb_core.py``'s,
shared with the Arabic ``perturb_ar.py``.
"""

from __future__ import annotations

import argparse
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
    StringCarry,
    apply,
    carry_doc,
    run,
    transformed_alone,
)
from perturb_core import gold_spans as _gold_spans

# --- the transforms: text -> edits ------------------------------------------------------

def scraped(text: str) -> list[Edit]:
    """Commas and apostrophes dropped, as by a scraper; a comma that groups a number's
    digits (10,000) stays, as the number would read as another one without it."""
    edits: list[Edit] = []
    for m in re.finditer(r",|(?<=[A-Za-z])['’](?=[A-Za-z])", text):
        if m.group() == "," and re.match(r"\d,\d{3}\b", text[m.start() - 1:m.end() + 4]):
            continue
        edits.append((m.start(), m.end(), ""))
    return edits


WRAP_AT = 72


def wrapped(text: str) -> list[Edit]:
    """Hard line breaks inside paragraphs: the last space before column 72 of every
    longer line becomes a line break, as in a plain-text e-mail or a PDF copied out."""
    edits: list[Edit] = []
    line_start = 0
    for line in text.split("\n"):
        col = 0
        while len(line) - col > WRAP_AT:
            cut = line.rfind(" ", col + 1, col + WRAP_AT + 1)
            if cut < 0:
                cut = line.find(" ", col + WRAP_AT)
                if cut < 0:
                    break
            edits.append((line_start + cut, line_start + cut + 1, "\n"))
            col = cut + 1
        line_start += len(line) + 1
    return edits


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                          "or", "but", "by", "as", "with", "from"})


def _headline(text: str) -> tuple[int, int]:
    """The headline: the first line of a text with more than one line."""
    cut = text.find("\n")
    return (0, cut) if cut > 0 else (0, 0)


def title(text: str) -> list[Edit]:
    """The headline in Title Case: each word's first letter capital but small words."""
    a, b = _headline(text)
    edits: list[Edit] = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text[a:b]):
        word = m.group()
        if m.start() > 0 and word.lower() in _SMALL_WORDS:
            continue
        parts = re.finditer(r"(?:^|(?<=-))[a-z]", word)
        for p in parts:
            at = a + m.start() + p.start()
            edits.append((at, at + 1, p.group().upper()))
    return edits


def caps(text: str) -> list[Edit]:
    """The headline in capitals."""
    a, b = _headline(text)
    return [(i, i + 1, c.upper()) for i, c in enumerate(text[a:b], a)
            if c.islower() and len(c.upper()) == 1]


def curly(text: str) -> list[Edit]:
    """Straight quotes and apostrophes made typographic: an opening mark after a space,
    a bracket, a dash or the start of a line; a closing mark (and the apostrophe) else."""
    edits: list[Edit] = []
    for m in re.finditer(r"['\"]", text):
        i = m.start()
        opening = (i == 0 or text[i - 1] in " \n\t([{\u00a0—-") and i + 1 < len(text) \
            and not text[i + 1].isspace()
        mark = ("‘" if opening else "’") if m.group() == "'" else ("“" if opening else "”")
        edits.append((i, i + 1, mark))
    return edits


def straight(text: str) -> list[Edit]:
    """Typographic quotes and apostrophes made straight."""
    table = {"‘": "'", "’": "'", "“": '"', "”": '"'}
    return [(m.start(), m.end(), table[m.group()]) for m in re.finditer("[‘’“”]", text)]


def dashes(text: str) -> list[Edit]:
    """A dash written the other way: an em dash as ``--``, ``--`` as an em dash, and a
    hyphen standing alone between spaces (the wire's dash) as ``--``."""
    edits: list[Edit] = []
    for m in re.finditer(r"—|(?<!-)--(?!-)|(?<= )[-–](?= )", text):
        edits.append((m.start(), m.end(), "—" if m.group() == "--" else "--"))
    return edits


def spaces(text: str) -> list[Edit]:
    """Spaces from HTML: every third space a no-break space, every fifth other doubled."""
    edits: list[Edit] = []
    for n, m in enumerate(re.finditer(" ", text), 1):
        if n % 3 == 0:
            edits.append((m.start(), m.end(), "\u00a0"))
        elif n % 5 == 0:
            edits.append((m.start(), m.end(), "  "))
    return edits


NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")


def numwords(text: str, doc: dict[str, Any], spans: list[tuple[int, int]]) -> list[Edit]:
    """A casualty count of one to twenty written the other way (digits as words, words as
    digits), only where the gold entry's span holds it as its count."""
    edits: list[Edit] = []
    seen: set[int] = set()
    for entry, (a, b) in zip(doc.get("casualties") or [], spans, strict=True):
        for value in {entry["count_low"], entry.get("count_high")}:
            if not isinstance(value, int) or not 1 <= value <= 20:
                continue
            word = NUMBER_WORDS[value - 1]
            pattern = rf"(?<![\d.,-]){value}(?![\d-]|[.,]\d)|\b(?i:{word})\b(?!-)"
            m = re.search(pattern, text[a:b])
            if not m or a + m.start() in seen:
                continue
            seen.add(a + m.start())
            found = m.group()
            if found.isdigit():
                at = a + m.start()
                sentence_start = at == 0 or re.search(r"(?:^|[.!?]\s+|\n)$", text[:at])
                new = word.capitalize() if sentence_start else word
            else:
                new = str(value)
            edits.append((a + m.start(), a + m.end(), new))
    return edits


TextTransform = Callable[[str], list[Edit]]
TRANSFORMS: dict[str, TextTransform | None] = {
    "scraped": scraped, "wrapped": wrapped, "title": title, "caps": caps, "curly": curly,
    "straight": straight, "dashes": dashes, "spaces": spaces, "numwords": None,
}
# Transforms that would write a speaker's name differently too (an apostrophe in it).
SPEAKER_TOO = frozenset({"scraped", "curly", "straight", "dashes"})


def gold_spans(doc: dict[str, Any], predictions: Predictions | None = None) -> Spans:
    """Each gold entry's span, placed as the evaluation places it."""
    return _gold_spans(doc, predictions, "en")


def transform_doc(doc: dict[str, Any], name: str, predictions: Predictions | None = None
                  ) -> dict[str, Any]:
    """The document with its text transformed and its gold carried through; a speaker is
    transformed on its own by the transforms that would write a name differently."""
    spans = gold_spans(doc, predictions)
    fn = TRANSFORMS[name]
    edits = fn(doc["text"]) if fn else numwords(doc["text"], doc, spans["casualties"])
    strings: dict[str, StringCarry] = {}
    if fn and name in SPEAKER_TOO:
        strings["speaker"] = transformed_alone(lambda s: apply(s, fn(s)).text)
    return carry_doc(doc, edits, spans, strings)


def transform_set(docs: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [transform_doc(d, name) for d in docs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="English gold JSONL files")
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS),
                        help="a transform to apply (repeatable; default: all)")
    parser.add_argument("--write", metavar="DIR",
                        help="also write each transformed set as DIR/<set>-<transform>.jsonl")
    args = parser.parse_args(argv)
    names = args.transform or list(TRANSFORMS)
    return run(args.sets, names, transform_doc, "en",
               Path(args.write) if args.write else None, "{set}-{transform}.jsonl")


if __name__ == "__main__":
    sys.exit(main())
