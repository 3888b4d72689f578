"""Score the English casualty engine on gold sets whose counts are written another way
news writes them: qualified or plain, added to an earlier figure, given as a total, as a
part of a group, or as another vague word of the same size.

The same figure reads "five", "at least five", "some five", "five to seven", "another
five", "five more", "a total of five", "five of the villagers", "five local residents";
"dozens" reads "scores" or "several dozen". A reading that holds for one and not its
neighbour is brittle. Each transform edits only the count of a gold casualty entry (or the
toll phrase around it), where the edit is safe: a plain count written as a number and
followed by its people, after no word that would make the new wording wrong ("the five",
"all five", "two men and three women"). Where a transform changes what the annotation rules
say of the count (its qualifier, its bounds, a vague word's value), it writes the carried
entry anew. Deterministic: where it picks from a pool, the pick is seeded by the document
and the place. Digits are never made words here: ``perturb.py`` does that.

    python bench/blind/perturb_count.py bench/blind/en-17.jsonl [--transform qualifier ...]
    python bench/blind/perturb_count.py bench/blind/en-*.jsonl --lost

Transforms:
  qualifier   an exact count given a qualifier ("at least", "more than", "up to", "as many
              as", "about", "some", "around", "nearly", a range "five to seven"), and a
              qualified count made plain; the carried qualifier and bounds follow
  additive    "another five", "five more", "a further five", "five other", "an additional
              five": the gold counts the added figure as its own mention, as before
  total       "a total of five"; a toll raised "bringing the toll to"; "the death toll
              rose" as "the number of dead rose"
  partitive   "five villagers" -> "five of the villagers", "five local villagers"
  vague       "dozens" / "scores" / "several dozen", "several" / "a few" / "a handful of",
              the carried count the value the rules give the new word

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform,
with the figures each transform touched and those the engine read with another qualifier
or bounds than the carried gold ("qual"); ``--lost`` lists every figure read untransformed
and lost under a transform, and every one read with the wrong qualifier, with its
sentence. The offset map, the gold carrier and the scorer are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    CASUALTIES,
    CasualtyScore,
    Doc,
    Edit,
    Lost,
    Predictions,
    Spans,
    capital,
    carry_doc,
    casualty_main,
    casualty_parser,
    lost_figures,
    lost_sentences,
    overlaps,
    picker,
    predict,
    sentence_around,
    tally_cells,
    tally_header,
    tally_row,
)
from perturb_core import gold_spans as _gold_spans

from workbench.core.extract.evaluate import match_pairs, read_gold
from workbench.core.extract.numbers import COUNT_RE, parse_count

KIND = CASUALTIES

# ---------------------------------------------------------------- word pools

# (the words before the count, the qualifier the annotation rules give them); "range"
# makes "N to M" instead.
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("at least", "at_least"), ("more than", "more_than"), ("up to", "up_to"),
    ("as many as", "up_to"), ("about", "about"), ("some", "about"), ("around", "about"),
    ("nearly", "about"), ("", "range"),
)
# Qualifiers a plain count may lose: the rest ("two dozen", "an estimated") stay.
PLAIN_FROM = frozenset({"at_least", "more_than", "up_to", "about"})
# An added figure: the count's words before and after it ("{n}" is the count).
ADDITIVE = ("another {n}", "{n} more", "a further {n}", "{n} other", "an additional {n}")
# A vague word, what it may become, and the value the rules give each.
VAGUE: dict[str, tuple[str, ...]] = {
    "dozens of": ("scores of", "several dozen"),
    "scores of": ("dozens of", "several dozen"),
    "several dozen": ("dozens of", "scores of"),
    "several": ("a few", "a handful of"),
    "a few": ("several", "a handful of"),
    "a handful of": ("several", "a few"),
}
VAGUE_VALUE = {"dozens": 24, "scores": 40, "several dozen": 36, "several": 3, "a few": 2,
               "a handful": 2}
# A counted people's noun that "of the" or an adjective may stand before, and the
# adjective it takes (one that keeps who they are).
PARTITIVE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("people", "civilians", "residents", "villagers", "farmers", "traders",
                     "men", "women", "children", "students", "workers", "passengers",
                     "fishermen", "herders", "miners", "worshippers", "pupils", "teachers",
                     "journalists", "protesters", "demonstrators", "shepherds", "youths"),
                    "local"),
    **dict.fromkeys(("soldiers", "troops", "policemen", "officers", "police", "guards",
                     "gendarmes", "militiamen"), "serving"),
    **dict.fromkeys(("militants", "fighters", "insurgents", "rebels", "gunmen",
                     "suspects", "attackers"), "suspected"),
}
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")

# A count after these is no plain count of its own ("the five", "all five", "five to
# seven", "two men and three women", "another five").
_NOT_PLAIN_BEFORE = re.compile(
    r"(?:\b(?:the|all|these|those|another|other|of|to|and|or|his|her|their|its|our|your|my"
    r"|some|about|further|additional|more|than|least|as|up|nearly|around|over|between|every"
    r"|each|whom|which|first|last|only|just|almost|roughly|approximately|estimated|total"
    r"|extra|latest|number|toll|from|by|per|aged|age)\s+|[-–—/,.\d$£€%]\s*|[-–—/\d])$", re.I)
# What may follow a plain count: a plural noun of people ("five villagers") or an
# adjective and one ("five local villagers").
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_NOT_NOUN = frozenset({
    "was", "has", "is", "its", "this", "thus", "as", "us", "his", "yes", "across", "towards",
    "tens", "hours", "days", "weeks", "months", "years", "times", "miles", "kilometres",
    "kilometers", "metres", "meters", "dollars", "percent", "pounds", "tons", "tonnes",
    "vehicles", "cars", "trucks", "houses", "homes", "buildings", "shells", "rockets",
    "missiles", "bombs", "villages", "towns", "districts", "provinces", "states", "cases",
    "incidents", "attacks", "raids", "clashes", "others", "bodies", "plus", "whereas",
    "less", "always", "perhaps", "series", "dozens", "scores", "hundreds", "thousands",
    "millions", "unless", "does", "goes", "besides", "sides",
})


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence, a headline or a dateline's text."""
    before = text[:at]
    return at == 0 or bool(re.search(r"(?:[.!?][\"”’']?\s+|\n\s*|\s[-–—]+\s+|^\s*)$", before))


# ---------------------------------------------------------------- where a count is

@dataclass
class Count:
    """The count of one gold entry: the COUNT_RE match in its sentence that reads the
    entry's count, inside or at the start of its span."""

    index: int
    match: re.Match[str]
    low: int
    high: int | None
    qualifier: str


def counts(doc: Doc, spans: Spans) -> list[Count]:
    """Each gold entry's count, where one in its span (or just before it, for a
    qualifier the evidence leaves out) reads the entry's count."""
    text = doc["text"]
    out = []
    for i, (entry, (a, b)) in enumerate(zip(doc.get(KIND) or [], spans[KIND], strict=True)):
        s, _e = sentence_around(text, a, b)
        for m in COUNT_RE.finditer(text, max(s, a - 25), b):
            if m.end() <= a:
                continue
            parsed = parse_count(m)
            if parsed is None:
                continue
            low, high, qualifier = parsed
            same = (qualifier == "vague" == entry.get("qualifier")) or (
                low == entry.get("count_low") and qualifier != "vague")
            if same:
                out.append(Count(i, m, low, high, qualifier))
                break
    return out


def plain_number(text: str, c: Count) -> bool:
    """A count of two or more written as one number with no qualifier, after no word
    that would make a changed wording wrong, not capitalised in the middle of a line
    (a headline in Title Case)."""
    m = c.match
    if not m.group("num") or m.group("num2") or m.group("qual") or c.low < 2:
        return False
    if c.qualifier != "exact" or m.start() != m.start("num"):
        return False
    if _NOT_PLAIN_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
        return False
    return not (m.group()[:1].isupper() and not _sentence_start(text, m.start()))


def people_after(text: str, at: int) -> str | None:
    """The plural noun right after ``at``, when it may be one of people."""
    n = _NEXT_WORD.match(text, at)
    if not n:
        return None
    word = n.group(1)
    low = word.lower()
    if low in _NOT_NOUN or not word.islower():
        return None
    if low in PARTITIVE_NOUNS or low.endswith("men") or low in {"people", "children", "police"}:
        return low
    return low if low.endswith("s") and not low.endswith(("ss", "us", "ous")) else None


def _worded(template: str, number: str, start: bool) -> str:
    """``template`` with the count put in; an opening of a sentence capitalised, the
    count lowered where it no longer opens it."""
    inner = number.lower() if number[:1].isupper() and not template.startswith("{n}") else number
    out = template.format(n=inner)
    return capital(out) if start else out


# ---------------------------------------------------------------- the transforms

@dataclass
class Plan:
    """A transform's edits on one document, the gold fields it sets anew per entry, and
    the entries it touched."""

    edits: list[Edit] = field(default_factory=list)
    fields: dict[int, dict[str, Any]] = field(default_factory=dict)
    touched: set[int] = field(default_factory=set)

    def add(self, index: int, edit: Edit, **fields: Any) -> None:
        if overlaps(self.edits, edit[0], edit[1]):
            return
        self.edits.append(edit)
        self.touched.add(index)
        if fields:
            self.fields.setdefault(index, {}).update(fields)


def _range_high(low: int) -> int:
    return low + max(2, low // 5)


def _range_words(number: str, low: int) -> str:
    high = _range_high(low)
    if number.isdigit() or high >= len(NUMBER_WORDS):
        return f"{number} to {high}"
    return f"{number} to {NUMBER_WORDS[high]}"


def qualifier(doc: Doc, spans: Spans) -> Plan:
    """A plain count given a qualifier from the pool (or made a range), and a count with a
    qualifier of the pool's kinds made plain."""
    text = doc["text"]
    plan = Plan()
    for c in counts(doc, spans):
        m = c.match
        start = _sentence_start(text, m.start())
        if plain_number(text, c):
            words, kind = picker(doc, m.start()).choice(QUALIFIERS)
            if words == "some" and c.low < 5:
                words = "about"  # "some two snowboarders" is no news wording
            number = m.group("num")
            if kind == "range":
                plan.add(c.index, (m.start(), m.end(), _range_words(number, c.low)),
                         qualifier="range", count_high=_range_high(c.low))
            else:
                new = _worded(words + " {n}", number, start)
                plan.add(c.index, (m.start(), m.end(), new), qualifier=kind, count_high=None)
        elif (m.group("qual") and m.group("num") and not m.group("num2")
              and c.qualifier in PLAIN_FROM):
            number = m.group("num")
            new = capital(number) if start else number
            plan.add(c.index, (m.start(), m.end(), new), qualifier="exact", count_high=None)
    return plan


def additive(doc: Doc, spans: Spans) -> Plan:
    """A plain count before its people told as added to an earlier figure; the count
    and its exactness stay."""
    text = doc["text"]
    plan = Plan()
    for c in counts(doc, spans):
        m = c.match
        if not plain_number(text, c) or people_after(text, m.end()) is None:
            continue
        template = picker(doc, m.start()).choice(ADDITIVE)
        new = _worded(template, m.group("num"), _sentence_start(text, m.start()))
        plan.add(c.index, (m.start(), m.end(), new))
    return plan


_TOLL_RAISED = re.compile(r"\b(?:raising|pushing|taking|lifting|putting)(\s+the\s+(?:death\s+)?"
                          r"toll\s+to)\b", re.I)
_TOLL_ROSE = re.compile(r"\b(the\s+)death\s+toll(\s+(?:rose|climbed|jumped|reached|increased)"
                        r"\s+to)\b", re.I)


# A sub-group's count is no total of its own ("including two children", "among them
# three women", "were two children").
_PART_BEFORE = re.compile(r"\b(?:including|among|them|whom|were|are|was|is|with)\s+$", re.I)


def total(doc: Doc, spans: Spans) -> Plan:
    """A plain count before its people as "a total of N"; a toll raised "bringing the
    toll to"; "the death toll rose to" as "the number of dead rose to"."""
    text = doc["text"]
    plan = Plan()
    for c in counts(doc, spans):
        m = c.match
        gold = doc[KIND][c.index]
        a, b = spans[KIND][c.index]
        s, e = sentence_around(text, a, b)
        if gold.get("outcome") == "killed":
            for t in _TOLL_RAISED.finditer(text, s, e):
                if t.end() <= m.start():
                    plan.add(c.index, (t.start(), t.start(1), capital("bringing")
                                       if t.group()[:1].isupper() else "bringing"))
            for t in _TOLL_ROSE.finditer(text, s, e):
                if t.end() <= m.start():
                    plan.add(c.index, (t.end(1), t.start(2),
                                       "number of dead"))
        if (plain_number(text, c) and people_after(text, m.end()) is not None
                and not _PART_BEFORE.search(text[max(0, m.start() - 16):m.start()])):
            new = _worded("a total of {n}", m.group("num"), _sentence_start(text, m.start()))
            plan.add(c.index, (m.start(), m.end(), new))
    return plan


def partitive(doc: Doc, spans: Spans) -> Plan:
    """A plain count before a people's noun as a part of them ("five of the villagers")
    or with an adjective inside ("five local villagers"): picked by the seed."""
    text = doc["text"]
    plan = Plan()
    for c in counts(doc, spans):
        m = c.match
        noun = people_after(text, m.end())
        if not plain_number(text, c) or noun not in PARTITIVE_NOUNS:
            continue
        number = m.group("num")
        if picker(doc, m.start()).random() < 0.5:
            new = f"{number} of the"
        else:
            new = f"{number} {PARTITIVE_NOUNS[noun]}"
        plan.add(c.index, (m.start(), m.end(), new))
    return plan


_VAGUE_WORDS = re.compile(r"\b(?:several\s+dozen|dozens\s+of|scores\s+of|a\s+handful\s+of"
                          r"|several(?!\s+(?:hundred|thousand|million|dozen)\b)"
                          r"|a\s+few(?!\s+(?:hundred|thousand|million|dozen)\b))\b", re.I)


def vague(doc: Doc, spans: Spans) -> Plan:
    """A vague count swapped for another of the same kind; the carried count is the
    value the rules give the new word."""
    text = doc["text"]
    plan = Plan()
    for c in counts(doc, spans):
        if c.qualifier != "vague":
            continue
        v = _VAGUE_WORDS.match(text, c.match.start())
        if not v:
            continue
        key = " ".join(v.group().lower().split())
        options = list(VAGUE[key])
        # "a handful of" needs its people after it ("several were killed" stays)
        if people_after(text, v.end()) is None:
            options = [o for o in options if o != "a handful of"]
        if not options:
            continue
        new = picker(doc, v.start()).choice(options)
        # "several dozen" takes its people bare and "of" before a determiner ("several
        # dozen of its supporters"); a word in "of" after one that had it bare drops it
        if new == "several dozen" and people_after(text, v.end()) is None:
            new = "several dozen of"
        if re.match(r"\s+of\b", text[v.end():]) and new.endswith(" of"):
            new = new[:-3]
        value = VAGUE_VALUE[new.removesuffix(" of")]
        plan.add(c.index, (v.start(), v.end(), capital(new) if v.group()[:1].isupper() else new),
                 count_low=value, count_high=None, qualifier="vague")
    return plan


Transform = Callable[[Doc, Spans], Plan]
TRANSFORMS: dict[str, Transform] = {
    "qualifier": qualifier, "additive": additive, "total": total, "partitive": partitive,
    "vague": vague,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None) -> Doc:
    """The document with the transform's edits made and its gold carried through; an
    entry whose count the transform rewrote says its new qualifier and bounds. The
    touched entries' indices are kept under ``_touched``."""
    spans = _gold_spans(doc, predictions, "en")
    plan = TRANSFORMS[name](doc, spans)
    out = carry_doc(doc, plan.edits, spans)
    for i, fields in plan.fields.items():
        out[KIND][i].update(fields)
    out["_touched"] = sorted(plan.touched)
    return out


@dataclass
class Score(CasualtyScore):
    touched: int = 0  # figures the transform edited
    qual: int = 0  # figures read with another qualifier or bounds than the gold's

    def __str__(self) -> str:
        return tally_cells(self, (self.touched, 7), (self.qual, 4))


def read_doc(doc: Doc, predictions: Predictions | None = None
             ) -> tuple[Score, set[int], list[int]]:
    """Casualty tp/fp/fn of one document, the gold entries read, and those read with a
    qualifier or upper bound other than the gold's."""
    if predictions is None:
        predictions = predict(doc, "en")
    gold = doc.get(KIND) or []
    preds = predictions[KIND]
    pairs = match_pairs(doc["text"], KIND, gold, preds)
    wrong = [g for g, p in sorted(pairs.items())
             if gold[g].get("qualifier") != "vague" and (
                 (gold[g].get("qualifier") or "exact") != preds[p].get("qualifier")
                 or gold[g].get("count_high") != preds[p].get("count_high"))]
    score = Score.of(doc, set(pairs), len(preds) - len(pairs))
    return score, set(pairs), wrong


def measure(path: Path, names: list[str]) -> tuple[dict[str, Score], list[Lost]]:
    """Casualty scores of one set untransformed and under each transform, the figures
    each lost, and the touched figures read with the wrong qualifier (as ``Lost`` rows
    whose transform is marked "qual")."""
    docs = read_gold(path)
    totals = {n: Score() for n in ("none", *names)}
    lost: list[Lost] = []
    for doc in docs:
        predictions = predict(doc, "en")
        base, read, wrong_before = read_doc(doc, predictions)
        base.qual = len(wrong_before)
        totals["none"].add(base)
        for name in names:
            moved = transform_doc(doc, name, predictions)
            touched = moved.pop("_touched")
            if not touched:
                totals[name].add(base)
                continue
            got, now, wrong = read_doc(moved)
            got.touched = len(touched)
            fresh_wrong = [i for i in wrong if i in touched]
            got.qual = len(wrong)
            totals[name].add(got)
            doc_id = str(doc.get("doc_id"))
            lost += lost_figures(path.stem, doc_id, name, moved, read, now, lost_sentences)
            if fresh_wrong:
                lost += [Lost(path.stem, doc_id, f"{name}/qual", moved[KIND][i], s)
                         for i, s in zip(fresh_wrong, lost_sentences(moved, fresh_wrong),
                                         strict=True)]
    return totals, lost


def _lost_line(x: Lost) -> str:
    e = x.entry
    bounds = f"{e['count_low']}-{e['count_high']}" if e.get("count_high") else e["count_low"]
    return (f"LOST {x.transform:<15} {x.set_name} {x.doc_id} {e['outcome']} {bounds} "
            f"{e.get('qualifier')} {e['evidence']!r}\n    {x.sentence}")


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(__doc__, TRANSFORMS, "English gold JSONL files",
                             lost_help="list each figure lost under a transform, and each "
                                       "read with another qualifier, with its sentence")
    return casualty_main(parser, argv, TRANSFORMS, measure, Score, tally_row(10), _lost_line,
                         tally_header(10, ("touched", 7), ("qual", 4)))


if __name__ == "__main__":
    sys.exit(main())
