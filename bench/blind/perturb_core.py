"""What the surface-form benches of both languages share: a transform's output as edits
with the offset map they give, the gold carried through that map, the score and the table.

``perturb.py`` (English) and ``perturb_ar.py`` (Arabic) hold only their transforms and
their command lines. A transform's output is a list of edits, ``(start, end,
replacement)`` over the original text, none overlapping; ``apply`` turns them into the
new text and the map of the old offsets into it. A transform that is easier to write as
one piece of text per character (the Arabic ones) goes through ``edits_from_pieces``.

Carrying the gold: each entry is placed where the evaluation places it
(``evaluate._locate``, fed the engines' suggestions on the untransformed text), its span
is mapped through the offset map and its evidence cut again from the new text. What
becomes of a speaker or group string is the caller's choice of a ``StringCarry``:
``reread_nearest`` (cut from the new text at the occurrence nearest the entry, or
transformed on its own when the text does not hold it) or ``transformed_alone``.

The casualty-only benches (``perturb_lexical.py``, ``perturb_syntax.py`` in English,
``perturb_lexical_ar.py`` in Arabic) share the last part: the casualty tp/fp/fn tally
of the engine of a language, the record of a figure read untransformed and lost under a
transform, and the per-set and pooled report. How each finds a lost figure's
sentence and how it prints a row stay its own, so each is passed in.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self, TypeVar

from workbench.core.extract import extract
from workbench.core.extract.ar import is_arabic
from workbench.core.extract.evaluate import KINDS, _locate, evaluate_docs, match_pairs, read_gold
from workbench.core.extract.spans import split_sentences

# (start, end, replacement) over the original text; edits never overlap.
Edit = tuple[int, int, str]
Doc = dict[str, Any]
Predictions = dict[str, list[dict[str, Any]]]
Spans = dict[str, list[tuple[int, int]]]


# ---------------------------------------------------------------- the offset map

@dataclass(frozen=True)
class Transformed:
    """A transformed text and the map of the original's offsets into it."""

    text: str
    edits: list[Edit]

    def start(self, at: int) -> int:
        """Where a span starting at original offset ``at`` starts: an edit that covers
        ``at`` is taken whole (its replacement belongs to the span)."""
        return self._map(at, starting=True)

    def end(self, at: int) -> int:
        """Where a span ending at original offset ``at`` ends: an edit that ends inside
        the span is taken whole."""
        return self._map(at, starting=False)

    def cut(self, start: int, end: int) -> str:
        """The new text of the original span [start, end)."""
        return self.text[self.start(start):self.end(end)]

    def _map(self, at: int, starting: bool) -> int:
        shift = 0
        for a, b, new in self.edits:
            if (starting and a <= at < b) or (not starting and a < at <= b):
                return a + shift + (0 if starting else len(new))
            if (b <= at) if a < b else (a < at or (a == at and starting)):
                shift += len(new) - (b - a)
            else:
                break
        return at + shift


def apply(text: str, edits: list[Edit]) -> Transformed:
    edits = sorted(edits)
    out: list[str] = []
    last = 0
    for a, b, new in edits:
        if a < last:
            raise ValueError(f"overlapping edits at {a}")
        out.append(text[last:a])
        out.append(new)
        last = b
    out.append(text[last:])
    return Transformed("".join(out), edits)


def edits_from_pieces(text: str, pieces: list[str]) -> list[Edit]:
    """The edits of a transform written as one piece per character (what that character
    became): one edit for each character whose piece is not the character itself."""
    if len(pieces) != len(text):
        raise ValueError("one piece per character")
    return [(i, i + 1, p) for i, (c, p) in enumerate(zip(text, pieces, strict=True))
            if p != c]


# ---------------------------------------------------------------- carrying the gold

def language(doc: Doc) -> str:
    return doc.get("lang") or doc.get("language") or ("ar" if is_arabic(doc["text"]) else "en")


def predict(doc: Doc, lang: str | None = None) -> Predictions:
    """The engines' suggestions on the untransformed text, which place the gold."""
    return extract(doc["text"], doc.get("published"), lang or language(doc))


def gold_spans(doc: Doc, predictions: Predictions | None = None, lang: str | None = None
               ) -> Spans:
    """Each gold entry's span, placed as the evaluation places it (``_locate``, with the
    suggestions of the engines on this text unless given)."""
    if predictions is None:
        predictions = predict(doc, lang)
    return {kind: _locate(doc["text"], kind, doc.get(kind) or [], predictions[kind])
            for kind in KINDS}


# (the string, the original text, the transformed text, the entry's start) -> new string
StringCarry = Callable[[str, str, Transformed, int], str]


def _nearest(text: str, needle: str, near: int) -> int:
    """Start of the occurrence of ``needle`` closest to offset ``near`` (-1: none)."""
    best = -1
    for m in re.finditer(re.escape(needle), text):
        if best < 0 or abs(m.start() - near) < abs(best - near):
            best = m.start()
    return best


def reread_nearest(alone: Callable[[str], str]) -> StringCarry:
    """A string the text holds is cut from the new text at its occurrence nearest the
    entry, so it is written as the text now writes it there; one the text does not hold
    is transformed on its own by ``alone``."""
    def carry(s: str, text: str, moved: Transformed, near: int) -> str:
        at = _nearest(text, s, near)
        return alone(s) if at < 0 else moved.cut(at, at + len(s))
    return carry


def transformed_alone(alone: Callable[[str], str]) -> StringCarry:
    """A string transformed on its own, wherever the text holds it."""
    def carry(s: str, text: str, moved: Transformed, near: int) -> str:
        return alone(s)
    return carry


def carry_doc(doc: Doc, edits: list[Edit], spans: Spans,
              strings: dict[str, StringCarry] | None = None) -> Doc:
    """A copy of ``doc`` with its text edited and every gold entry carried along:
    evidence cut again at its mapped span, and each field named in ``strings``
    (``speaker``, ``group``) carried by the rule given for it."""
    text = doc["text"]
    moved = apply(text, edits)
    out = copy.deepcopy(doc)
    out["text"] = moved.text
    for kind in KINDS:
        for entry, (a, b) in zip(out.get(kind) or [], spans[kind], strict=True):
            entry["evidence"] = moved.cut(a, b)
            for field, carry in (strings or {}).items():
                if entry.get(field):
                    entry[field] = carry(entry[field], text, moved, a)
    return out


# ---------------------------------------------------------------- measuring

Carrier = Callable[[Doc, str, Predictions], Doc]


def scores(docs: list[Doc]) -> dict[str, float]:
    """F1 per kind and overall."""
    result = evaluate_docs(docs, details=False)
    return {k: result[k]["f1"] for k in (*KINDS, "overall")}


def measure(path: Path, names: Iterable[str], carry: Carrier, lang: str | None = None,
            write: Path | None = None, write_as: str = "{set}-{transform}.jsonl"
            ) -> list[tuple[str, dict[str, float]]]:
    """(transform, F1 per kind and overall) rows for one set, the untransformed first;
    with ``write``, each transformed set also goes to ``write``/``write_as``."""
    docs = read_gold(path)
    predictions = [predict(d, lang) for d in docs]
    rows = [("none", scores(docs))]
    for name in names:
        moved = [carry(d, name, p) for d, p in zip(docs, predictions, strict=True)]
        if write is not None:
            write.mkdir(parents=True, exist_ok=True)
            target = write / write_as.format(set=path.stem, transform=name)
            with open(target, "w", encoding="utf-8") as fh:
                for d in moved:
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        rows.append((name, scores(moved)))
    return rows


COLUMNS = (*KINDS, "overall")


def header() -> str:
    return f"{'set':<10} {'transform':<15} " + " ".join(f"{k:<16}" for k in COLUMNS).rstrip()


def table_rows(stem: str, rows: list[tuple[str, dict[str, float]]]) -> list[str]:
    """One line a transform: each kind's F1 and, after the untransformed row, its change."""
    base = rows[0][1]
    lines = []
    for name, f in rows:
        cells = []
        for k in COLUMNS:
            delta = "" if name == "none" else f" ({f[k] - base[k]:+.3f})"
            cells.append(f"{f[k]:.3f}{delta}".ljust(16))
        lines.append(f"{stem:<10} {name:<15} " + " ".join(cells).rstrip())
    return lines


def run(sets: Iterable[Path], names: list[str], carry: Carrier, lang: str | None,
        write: Path | None, write_as: str) -> int:
    """Measure every set and print the table as it goes."""
    print(header())
    for path in sets:
        rows = measure(Path(path), names, carry, lang, write, write_as)
        for line in table_rows(Path(path).stem, rows):
            print(line, flush=True)
    return 0


# ---------------------------------------------------------------- casualties alone

CASUALTIES = "casualties"


@dataclass
class CasualtyScore:
    """Casualty tp/fp/fn; a bench adds its own count of what it edited by extending
    ``add``."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def of(cls, doc: Doc, read: set[int], fp: int) -> Self:
        """The score of ``doc`` when the engine reads the gold entries ``read`` and makes
        ``fp`` false positives."""
        return cls(len(read), fp, len(doc.get(CASUALTIES) or []) - len(read))

    def add(self, other: CasualtyScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def read_casualties(doc: Doc, predictions: Predictions | None = None, lang: str = "en"
                    ) -> tuple[set[int], int]:
    """The gold casualty entries the engine of ``lang`` reads in ``doc`` (with its
    suggestions unless given) and its false positives."""
    if predictions is None:
        predictions = predict(doc, lang)
    preds = predictions[CASUALTIES]
    pairs = match_pairs(doc["text"], CASUALTIES, doc.get(CASUALTIES) or [], preds)
    return set(pairs), len(preds) - len(pairs)


@dataclass
class Lost:
    """A gold figure read on the untransformed text and missed under a transform."""

    set_name: str
    doc_id: str
    transform: str
    entry: dict[str, Any]
    sentence: str


# (the transformed document, the indices of its lost entries) -> each one's sentence
SentencesOf = Callable[[Doc, list[int]], list[str]]


def lost_sentences(moved: Doc, indices: list[int], lang: str = "en") -> list[str]:
    """The sentence of each casualty entry at ``indices`` of a transformed document: its
    span placed as the evaluation places it (by the engines of ``lang``), and the engines'
    own sentences over it."""
    spans = gold_spans(moved, None, lang)[CASUALTIES]
    sentences = split_sentences(moved["text"])
    out = []
    for i in indices:
        a, b = spans[i]
        over = [s for s in sentences if s.start < max(b, a + 1) and a < s.end]
        out.append(moved["text"][over[0].start:over[-1].end] if over else "")
    return out


def lost_figures(set_name: str, doc_id: str, transform: str, moved: Doc, read: set[int],
                 now: set[int], sentences: SentencesOf) -> list[Lost]:
    """The entries read before (``read``) and not after (``now``), in gold order; the
    sentences are asked for only when something was lost, since finding them may cost a
    run of the engines."""
    gone = sorted(read - now)
    if not gone:
        return []
    return [Lost(set_name, doc_id, transform, moved[CASUALTIES][i], sentence)
            for i, sentence in zip(gone, sentences(moved, gone), strict=True)]


S = TypeVar("S", bound=CasualtyScore)
# (set or "pooled", transform, its score, the untransformed score) -> the printed line
RowFormat = Callable[[str, str, S, S], str]


def report_casualties(sets: Iterable[str | Path], names: list[str],
                      measure_set: Callable[[Path, list[str]], tuple[dict[str, S], list[Lost]]],
                      fresh: Callable[[], S], row: RowFormat[S],
                      lost_line: Callable[[Lost], str] | None, per_set: bool = True) -> None:
    """Print each set's rows (unless ``per_set`` is off), the pooled rows and, with
    ``lost_line``, every lost figure after them."""
    pooled = {n: fresh() for n in ("none", *names)}
    all_lost: list[Lost] = []
    for path in map(Path, sets):
        scores, lost = measure_set(path, names)
        all_lost.extend(lost)
        for n, s in scores.items():
            pooled[n].add(s)
            if per_set:
                print(row(path.stem, n, s, scores["none"]), flush=True)
    for n, s in pooled.items():
        print(row("pooled", n, s, pooled["none"]))
    if lost_line is not None:
        for x in all_lost:
            print(lost_line(x))
