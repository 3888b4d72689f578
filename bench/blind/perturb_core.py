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

The casualty-only benches (``perturb_lexical.py``, ``perturb_syntax.py``,
``perturb_clause.py``, ``perturb_count.py``, ``perturb_part.py``, ``perturb_state.py`` in
English, ``perturb_lexical_ar.py`` in Arabic) share the last part: the casualty tp/fp/fn
tally of the engine of a language, the loop that scores a set untransformed and under
each transform (``measure_casualties``), the record of a figure read untransformed and
lost under a transform, the per-set and pooled report with its rows, and the command
line (``casualty_parser``, ``casualty_main``). Their transforms stay their own; so do
the counts each keeps of what a transform did, and how a row or a lost figure prints
where it differs from the shared forms. The small text helpers they all need (a
sentence's bounds, a seeded pick, a word's case, an overlap test) close the module.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, Protocol, Self, TypeVar

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
            for key, carry in (strings or {}).items():
                if entry.get(key):
                    entry[key] = carry(entry[key], text, moved, a)
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


def add_counts(into: Any, other: Any) -> None:
    """Add every whole-number field of dataclass ``other`` that ``into`` also has to it,
    going into fields that are dataclasses themselves (a bench's count of sites)."""
    for f in fields(into):
        mine, theirs = getattr(into, f.name), getattr(other, f.name, None)
        if isinstance(mine, int) and isinstance(theirs, int):
            setattr(into, f.name, mine + theirs)
        elif is_dataclass(mine) and is_dataclass(theirs):
            add_counts(mine, theirs)


@dataclass
class CasualtyScore:
    """Casualty tp/fp/fn; a bench adds its own counts of what a transform did as fields
    of a subclass, which ``add`` adds as well."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def of(cls, doc: Doc, read: set[int], fp: int) -> Self:
        """The score of ``doc`` when the engine reads the gold entries ``read`` and makes
        ``fp`` false positives."""
        return cls(len(read), fp, len(doc.get(CASUALTIES) or []) - len(read))

    def add(self, other: CasualtyScore) -> None:
        add_counts(self, other)


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


def lost_line(x: Lost, width: int = 10) -> str:
    """A lost figure as most casualty benches print it: its transform, set, document,
    outcome, count and evidence, then its new sentence."""
    e = x.entry
    return (f"LOST {x.transform:<{width}} {x.set_name} {x.doc_id} {e['outcome']} "
            f"{e['count_low']} {e['evidence']!r}\n    {x.sentence}")


# (a document, a transform's name, the engines' suggestions on it) -> the transformed
# document, whether the transform changed its text, and the bench's own counts of what
# it did (a score with no tp/fp/fn of its own, added to the transform's total)
ApplyTransform = Callable[[Doc, str, Predictions], tuple[Doc, bool, S]]


def measure_casualties(path: Path, names: list[str], apply_one: ApplyTransform[S],
                       kind: type[S], lang: str = "en") -> tuple[dict[str, S], list[Lost]]:
    """Casualty scores of one set untransformed ("none") and under each transform, and
    the figures each transform loses. A document a transform leaves as it was keeps its
    untransformed score, so the engines run again only on changed text."""
    totals = {n: kind() for n in ("none", *names)}
    lost: list[Lost] = []
    sentences = partial(lost_sentences, lang=lang)
    for doc in read_gold(path):
        predictions = predict(doc, lang)
        read, fp = read_casualties(doc, predictions, lang)
        totals["none"].add(kind.of(doc, read, fp))
        for name in names:
            moved, changed, marks = apply_one(doc, name, predictions)
            if changed:
                now, fp_now = read_casualties(moved, None, lang)
                totals[name].add(kind.of(moved, now, fp_now))
                lost += lost_figures(path.stem, str(doc.get("doc_id")), name, moved, read,
                                     now, sentences)
            else:
                totals[name].add(kind.of(doc, read, fp))
            totals[name].add(marks)
    return totals, lost


# ---------------------------------------------------------------- what a bench counts

@dataclass
class EditedScore(CasualtyScore):
    """Casualty tp/fp/fn and the documents a transform changed."""

    edited: int = 0

    def __str__(self) -> str:
        return tally_cells(self, (self.edited, 6))


def edited_flag(transform_doc: Callable[[Doc, str, Predictions], Doc]
                ) -> ApplyTransform[EditedScore]:
    """The transform of a bench whose transformed document says under ``_edited``
    whether its text changed: the mark is taken off and counted."""
    def apply_one(doc: Doc, name: str, predictions: Predictions
                  ) -> tuple[Doc, bool, EditedScore]:
        moved = transform_doc(doc, name, predictions)
        edited = bool(moved.pop("_edited"))
        return moved, edited, EditedScore(edited=int(edited))
    return apply_one


@dataclass
class TouchedScore(CasualtyScore):
    """Casualty tp/fp/fn and the sentences or figures a transform rewrote, printed
    ``WIDTH`` wide (the width of the bench's header)."""

    touched: int = 0
    WIDTH: ClassVar[int] = 6

    def __str__(self) -> str:
        return tally_cells(self, (self.touched, self.WIDTH))


class Rewrites(Protocol):
    """A bench's plan of one document: its edits and how many rewrites it took."""

    edits: list[Edit]
    touched: int


P = TypeVar("P", bound=Rewrites)
TS = TypeVar("TS", bound=TouchedScore)


def planned(transform_doc: Callable[[Doc, str, Predictions, P], Doc], plan: Callable[[], P],
            kind: type[TS]) -> ApplyTransform[TS]:
    """The transform of a bench whose ``transform_doc`` fills in a fresh ``plan``: what it
    rewrote counts only when the text changed."""
    def apply_one(doc: Doc, name: str, predictions: Predictions) -> tuple[Doc, bool, TS]:
        made = plan()
        moved = transform_doc(doc, name, predictions, made)
        return moved, bool(made.edits), kind(touched=made.touched if made.edits else 0)
    return apply_one


def copy_plan(into: Any, made: Any) -> None:
    """Every field of the dataclass ``made`` set on ``into``: a caller's plan filled in
    with what a transform planned."""
    for f in fields(made):
        setattr(into, f.name, getattr(made, f.name))


@dataclass
class Sites:
    """The gold figures a transform edited around, and those it skipped for want of the
    shape it needs."""

    touched: int = 0
    skipped: int = 0


@dataclass
class SitesScore(CasualtyScore):
    """Casualty tp/fp/fn and the sites a transform edited and skipped."""

    sites: Sites = field(default_factory=Sites)


def counted_sites(transform_doc: Callable[[Doc, str, Predictions, Sites], Doc]
                  ) -> ApplyTransform[SitesScore]:
    """The transform of a bench whose ``transform_doc`` counts its sites: the document
    changed when a site was edited, and the skipped ones count either way."""
    def apply_one(doc: Doc, name: str, predictions: Predictions
                  ) -> tuple[Doc, bool, SitesScore]:
        sites = Sites()
        moved = transform_doc(doc, name, predictions, sites)
        return moved, bool(sites.touched), SitesScore(sites=sites)
    return apply_one


def sites_row(width: int, label: str) -> RowFormat[SitesScore]:
    """A ``change_row`` that ends with the sites a transform edited (called ``label``)
    and those it skipped."""
    return change_row(width, lambda s: f"{label} {s.sites.touched} skipped {s.sites.skipped}")


# ---------------------------------------------------------------- the casualty tables

def tally_header(width: int, *counts: tuple[str, int]) -> str:
    """The header of a table whose rows are ``tally_row``: set, transform (``width``
    wide), tp, fp, fn and each of the bench's own counts at its width."""
    return (f"{'set':<10} {'transform':<{width}} {'tp':>5} {'fp':>4} {'fn':>4}"
            + "".join(f" {label:>{w}}" for label, w in counts))


def tally_cells(s: CasualtyScore, *counts: tuple[int, int]) -> str:
    """tp, fp, fn and the bench's own counts, each at the width of its header."""
    return f"{s.tp:>5} {s.fp:>4} {s.fn:>4}" + "".join(f" {v:>{w}}" for v, w in counts)


def tally_row(width: int) -> RowFormat[Any]:
    """A row that is the set, the transform (``width`` wide) and the score as it prints
    itself."""
    def row(stem: str, name: str, s: Any, base: Any) -> str:
        return f"{stem:<10} {name:<{width}} {s}"
    return row


def change_row(width: int, counts: Callable[[S], str]) -> RowFormat[S]:
    """A row that spells tp, fp and fn and, under a transform, their change against the
    untransformed row and the bench's own ``counts``."""
    def row(stem: str, name: str, s: S, base: S) -> str:
        delta = "" if name == "none" else (
            f" (tp {s.tp - base.tp:+d}, fp {s.fp - base.fp:+d})  {counts(s)}")
        return f"{stem:<10} {name:<{width}} tp {s.tp:>4} fp {s.fp:>4} fn {s.fn:>4}{delta}"
    return row


# ---------------------------------------------------------------- the command line

LOST_HELP = "list each figure lost under a transform, with its sentence"
POOLED_ONLY = ("--pooled-only", "print the pooled rows only")


def casualty_parser(doc: str | None, transforms: Iterable[str], sets_help: str,
                    epilog: str | None = None, lost_help: str = LOST_HELP,
                    pooled: tuple[str, str] | None = POOLED_ONLY,
                    short: bool = False, sort: bool = True) -> argparse.ArgumentParser:
    """The command line of a casualty bench: gold sets, ``--transform`` (``-t`` too with
    ``short``) among the bench's transforms, ``--lost`` and, unless ``pooled`` is None,
    the flag that prints only the pooled rows (stored as ``pooled_only``)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0], epilog=epilog)
    parser.add_argument("sets", nargs="+", help=sets_help)
    parser.add_argument(*(("--transform", "-t") if short else ("--transform",)),
                        action="append",
                        choices=sorted(transforms) if sort else list(transforms),
                        help="a transform to apply (repeatable; default: all)")
    parser.add_argument("--lost", action="store_true", help=lost_help)
    if pooled is not None:
        parser.add_argument(pooled[0], dest="pooled_only", action="store_true",
                            help=pooled[1])
    return parser


def casualty_main(parser: argparse.ArgumentParser, argv: list[str] | None,
                  transforms: Iterable[str],
                  measure_set: Callable[[Path, list[str]], tuple[dict[str, S], list[Lost]]],
                  fresh: Callable[[], S], row: RowFormat[S], lost: Callable[[Lost], str],
                  header: str | None = None) -> int:
    """Parse the command line, print the header (if any) and the report."""
    args = parser.parse_args(argv)
    names = args.transform or list(transforms)
    if header is not None:
        print(header)
    report_casualties(args.sets, names, measure_set, fresh, row,
                      lost if args.lost else None,
                      per_set=not getattr(args, "pooled_only", False))
    return 0


# ------------------------------------------ transforms that add a sentence with its figure

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")


def spelled(n: int) -> str:
    """A count as news writes it: a word up to twenty, digits above."""
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


@dataclass
class Added:
    """The sentences a transform added with a gold figure each, and the gold figures it
    skipped."""

    touched: int = 0
    skipped: int = 0


@dataclass
class AddedScore(CasualtyScore):
    """Casualty tp/fp/fn, the sentences added and skipped, and the added figures read."""

    sites: Added = field(default_factory=Added)
    added_read: int = 0


class AddingTransform(Protocol):
    def __call__(self, doc: Doc, name: str, predictions: Predictions | None,
                 sites: Added) -> tuple[Doc, int]: ...


def measure_added(path: Path, names: list[str], transform_doc: AddingTransform
                  ) -> tuple[dict[str, AddedScore], list[Lost]]:
    """Casualty scores of one set untransformed ("none") and under each transform that
    adds sentences with their own gold figures (appended after the document's figures);
    the figures each transform loses and the added ones it leaves unread."""
    totals = {n: AddedScore() for n in ("none", *names)}
    lost: list[Lost] = []
    for doc in read_gold(path):
        predictions = predict(doc, "en")
        read, fp = read_casualties(doc, predictions)
        totals["none"].add(AddedScore.of(doc, read, fp))
        for name in names:
            sites = Added()
            moved, n_added = transform_doc(doc, name, predictions, sites)
            totals[name].add(AddedScore(sites=sites))
            if not n_added:
                totals[name].add(AddedScore.of(doc, read, fp))
                continue
            now, fp_now = read_casualties(moved)
            totals[name].add(AddedScore.of(moved, now, fp_now))
            first_added = len(moved["casualties"]) - n_added
            totals[name].added_read += len([i for i in now if i >= first_added])
            lost += lost_figures(path.stem, str(doc.get("doc_id")), name, moved, read, now,
                                 lost_sentences)
            missed = [i for i in range(first_added, len(moved["casualties"])) if i not in now]
            lost += [Lost(path.stem, str(doc.get("doc_id")), f"{name}:MISSED",
                          moved["casualties"][i], s)
                     for i, s in zip(missed, lost_sentences(moved, missed), strict=True)]
    return totals, lost


def added_main(doc: str | None, transforms: Sequence[str], transform_doc: AddingTransform,
               argv: list[str] | None) -> int:
    """The command line of a transform that adds sentences: the scores and, with
    ``--lost``, the figures lost and the added ones left unread."""
    parser = casualty_parser(doc, transforms, "English gold JSONL files", sort=False)
    row = change_row(10, lambda s: (f"added {s.sites.touched} read {s.added_read} "
                                    f"skipped {s.sites.skipped}"))
    return casualty_main(parser, argv, transforms,
                         partial(measure_added, transform_doc=transform_doc), AddedScore, row,
                         partial(lost_line, width=16))


# ---------------------------------------------------------------- small text helpers

def sentence_around(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence (or headline line) around the span [a, b)."""
    starts = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+|\n", text[:a])]
    s = starts[-1] if starts else 0
    m = re.compile(r"[.!?](?=[\"”’']?(?:\s|$))|\n").search(text, max(b, s))
    return s, (m.start() if m else len(text))


@dataclass
class Site:
    """A gold casualty entry's span and the sentence that holds it."""

    index: int
    start: int
    end: int
    sent_start: int
    sent_end: int


def casualty_sites(doc: Doc, spans: Spans,
                   bounds: Callable[[str, int, int], tuple[int, int]] = sentence_around
                   ) -> list[Site]:
    """Every gold casualty entry's span with its sentence, as ``bounds`` finds it."""
    text = doc["text"]
    return [Site(i, a, b, *bounds(text, a, b)) for i, (a, b) in enumerate(spans[CASUALTIES])]


T = TypeVar("T")


def pick(pool: Sequence[T], seed: str, avoid: str = "") -> T:
    """A pool's entry chosen by a stable hash of ``seed`` (the same text, the same pick),
    never ``avoid`` while another is left."""
    kept = [o for o in pool if not avoid or str(o).lower() != avoid.lower()] or list(pool)
    return kept[zlib.crc32(seed.encode("utf-8")) % len(kept)]


def picker(doc: Doc, at: int) -> random.Random:
    """A random source seeded by the document and the place, so a run repeats."""
    return random.Random(f"{doc.get('doc_id')}:{at}")


def capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def same_case(like: str, new: str) -> str:
    """``new`` capitalised when ``like`` is."""
    return capital(new) if like[:1].isupper() else new


def overlaps(edits: Iterable[Edit], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of ``edits`` (spans that only touch do not)."""
    return any(not (b <= x or y <= a) for x, y, _ in edits)


def sentence_from_capital(text: str, a: int, b: int, dateline: bool = False
                          ) -> tuple[int, int]:
    """The sentence (or headline line) around [a, b), opened only where a stop is followed
    by what may open a sentence (a capital, a digit, a quote), so "no. 5" does not split
    it; with ``dateline``, a first sentence starts past a dateline's dash."""
    starts = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“A-Z0-9])|\n", text[:a + 1])
              if m.end() <= a]
    s = starts[-1] if starts else 0
    if dateline:
        dash = re.compile(r"[^\n]{0,80}?\s[-–—]{1,2}\s").match(text, s)
        if dash and dash.end() <= a:
            s = dash.end()
    m = re.compile(r"[.!?](?=[\"”’']?(?:\s|$))|\n").search(text, max(b, s))
    return s, (m.start() if m else len(text))
