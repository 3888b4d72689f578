"""Score the English casualty engine on gold sets whose counts are kept apart from their
outcome: by a list of who was among them, an apposition, a crowd with no count, or a toll
told by its number.

News sets many things between a count and what became of its people: the list of who was
among them, before or after the verb ("At least nine civilians, including two nurses, were
killed", "were killed in the market, two nurses among them"), an apposition ("Two
civilians, Omar Haddad and his neighbour Sami Aziz, were killed"), a crowd coordinated with
the count with no number of its own ("Eight officers and an unknown number of protesters
were hurt"), or a toll restated by its number ("The toll rose to 14, up from 11", "put the
dead at 14", "bringing to 14 the number of people killed"). Each transform below keeps the
gold: a rewritten part keeps its count, qualifier and outcome (its evidence is cut from its
new words), what is inserted holds no figure by the calls of the sets (no count word: a
name, an age, "an unknown number of"), and a toll sentence added carries its own gold
entries, as the calls take "up from" and "put ... at" (each a figure of the outcome).

    python bench/blind/perturb_gap.py bench/blind/en-17.jsonl [--transform list ...]
    python bench/blind/perturb_gap.py bench/blind/en-*.jsonl --lost

Transforms:
  list        a part's list moved: ", including two nurses, were killed" -> "were killed,
              among them two nurses"; ", among them two nurses." -> ", two nurses among
              them." with a phrase of time or place before it where the group's verb ends
              the clause (perturb_part.py's "between" adds the phrase alone)
  apposition  an apposition between a gold figure's people and their verb: names for two
              ("Two civilians, Omar Haddad and his neighbour Sami Aziz, were killed"), a
              description for more (", residents of the old quarter,")
  unknown     " and an unknown number of villagers" after a gold figure's people, before
              their verb
  toll        a sentence after a killed or arrested figure retelling its toll by number:
              "The toll rose to N, up from M." / "Officials put the dead at N." / "That
              brings to N the number of people killed." (arrests alike), with its gold
  update      a clause of cause, time or telling between an update's new figure and the
              old value after it: "23 people have been arrested, up from 15" -> "23 people
              have been arrested since the trouble began in the old town, up from 15" (the
              old value is its own figure by the calls; the clause holds no count)

A part is found as ``perturb_part.py`` finds it. The tool prints casualty tp/fp/fn per set
and pooled, untransformed and under each transform, with the sites each transform
rewrote; ``--lost`` lists every figure read untransformed and lost under a transform, with
its new sentence. The offset map, the gold carrier and the scorer are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Doc,
    Predictions,
    Spans,
    TouchedScore,
    carry_doc,
    casualty_main,
    casualty_parser,
    copy_plan,
    lost_line,
    measure_casualties,
    pick,
    planned,
    tally_header,
    tally_row,
)
from perturb_core import gold_spans as _gold_spans
from perturb_core import sentence_from_capital as sentence_of
from perturb_part import _COUNT, _GROUP_VERB, _MARK, BETWEEN, Part, Plan, _appended, parts

KIND = "casualties"

# ---------------------------------------------------------------- words

# A part told between its group and the group's verb, the clause ending at the stop.
_INSIDE = re.compile(
    rf",\s+(?P<mark>{_MARK})\s+(?P<part>(?:{_COUNT})\b[^,;:.()\"“”\n]*?),\s+"
    r"(?P<verb>(?:were|was|had been|have been|are)\s+[^,;:.()\"“”\n]+?)(?=\.(?:\s|$))",
    re.I)
# The verb right after a gold figure's people: a passive of an outcome.
_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|arrested|detained|abducted|kidnapped|shot dead)\b", re.I)
# A plural noun ending the people of a gold figure.
_PLURAL_END = re.compile(r"[a-z]{3,}(?:s|men|people|children)$", re.I)
# Appositions with no count word in them (the calls count none for a name or an age):
# names for two people, a description for more.
APPOSED_PAIRS = (", Omar Haddad and his neighbour Sami Aziz,",
                 ", Kofi Mensah and his cousin Yaw,")
APPOSITIONS = (", residents of the old quarter,", ", farm workers from the valley,",
               ", most of them from the same street,")
# An uncounted crowd of the same outcome.
UNCOUNTED = {"killed": "villagers", "wounded": "bystanders", "arrested": "protesters",
             "captured": "passengers"}
# A toll retold by its number: (words, [(evidence, count of N or of M, group)]).
TOLLS: dict[str, tuple[tuple[str, tuple[tuple[str, str, str | None], ...]], ...]] = {
    "killed": (
        ("The toll rose to {n}, up from {m}.",
         (("toll rose to {n}", "n", None), ("up from {m}", "m", None))),
        ("Officials put the dead at {n}.", (("the dead at {n}", "n", None),)),
        ("That brings to {n} the number of people killed.",
         (("{n} the number of people killed", "n", "people"),)),
    ),
    "arrested": (
        ("The number of arrests rose to {n}, up from {m}.",
         (("number of arrests rose to {n}", "n", None), ("up from {m}", "m", None))),
        ("Lawyers put the number of arrests at {n}.",
         (("the number of arrests at {n}", "n", None),)),
        ("That brings to {n} the number of people detained.",
         (("{n} the number of people detained", "n", "people"),)),
    ),
}
# Clauses set between an update's new figure and its old value: a cause, a time, a teller
# (no count word, no number).
UPDATE_CLAUSES = (" since the trouble began in the old town on the eve of the vote",
                  " when the crowd was dispersed near the main square",
                  ", a spokesman told reporters on the steps of the ministry",
                  " after riot police moved into the streets around the market")
# An old value's marker right before a gold figure, or opening its evidence.
_OLD_VALUE_MARK = re.compile(r",\s+(?:up|down)\s+from\s+(?:the\s+)?$", re.I)
_OLD_VALUE_OPENS = re.compile(r"(?:up|down)\s+from\b", re.I)


# ---------------------------------------------------------------- the plan

@dataclass
class GapPlan(Plan):
    """A part plan that may add gold entries (a toll retold)."""

    added: list[dict[str, Any]] = field(default_factory=list)


def _site_end(text: str, spans: Spans, i: int) -> int | None:
    """Where a gold figure's people end, when a passive of an outcome follows them right
    away, the people plural and the sentence free of quotes."""
    a, b = spans[KIND][i]
    s, e = sentence_of(text, a, b)
    if re.search(r"[\"“”]", text[s:e]):
        return None
    # the evidence may hold the verb ("27 people were killed"): the people end before it
    verb = _PASSIVE_AFTER.search(text, a, min(e, b + 40))
    if verb is None or verb.start() < a or not _PLURAL_END.search(text[a:verb.start()]):
        return None
    if re.search(r"[,;:]", text[a:verb.start()]):
        return None
    return verb.start()


# ---------------------------------------------------------------- the transforms

def list_moved(doc: Doc, spans: Spans) -> GapPlan:
    """A part's list moved to the other side of its group's verb, or its mark put last."""
    text, plan = doc["text"], GapPlan()
    for part in parts(doc, spans):
        if _inside_to_after(text, spans, part, plan):
            continue
        m = _appended(text, part)
        gspan = spans[KIND][part.group]
        if m is None or not (part.sent_start <= gspan[0] and gspan[1] <= m.start()):
            plan.skipped += 1
            continue
        # a phrase of time or place between the group's verb and its list, where the verb
        # ends the clause
        phrase = pick(BETWEEN, f"{doc.get('doc_id')}:{part.index}") if _GROUP_VERB.search(
            text[part.sent_start:m.start()]) else ""
        words = f"{phrase}, {m.group('part')} among them"
        plan.add([(m.start(), m.end(), words)], spans[KIND], part.index, m.group("part"))
    return plan


def _inside_to_after(text: str, spans: Spans, part: Part, plan: GapPlan) -> bool:
    """"X, including A, were killed." -> "X were killed, among them A."; False when the
    part is not told so."""
    m = _INSIDE.search(text, part.sent_start, part.sent_end + 1)
    if m is None or not (m.start("part") <= part.start < m.end("part")) or re.search(
            r"[\"“”]", text[part.sent_start:part.sent_end]):
        return False
    if not spans[KIND][part.group][1] <= m.start():
        return False
    edits = [(m.start(), m.start("verb"), " "),
             (m.end(), m.end(), f", among them {m.group('part')}")]
    plan.add(edits, spans[KIND], part.index, m.group("part"))
    return True


def apposition(doc: Doc, spans: Spans) -> GapPlan:
    """Names in apposition between a gold figure's people and their verb."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], GapPlan()
    for i, entry in enumerate(gold):
        end = _site_end(text, spans, i)
        if end is None or entry["count_low"] < 2:
            continue
        pool = APPOSITIONS if entry["count_low"] >= 3 else APPOSED_PAIRS
        words = pick(pool, f"{doc.get('doc_id')}:{i}")
        plan.add([(end, end, words)], spans[KIND], i)
    return plan


def unknown(doc: Doc, spans: Spans) -> GapPlan:
    """" and an unknown number of villagers" coordinated with a gold figure's people."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], GapPlan()
    for i, entry in enumerate(gold):
        end = _site_end(text, spans, i)
        if end is None or entry["outcome"] not in UNCOUNTED:
            continue
        plan.add([(end, end, f" and an unknown number of {UNCOUNTED[entry['outcome']]}")],
                 spans[KIND], i)
    return plan


def toll(doc: Doc, spans: Spans) -> GapPlan:
    """A sentence retelling the first exact killed or arrested toll of three or more by its
    number, after the toll's sentence, with the gold it carries."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], GapPlan()
    for i, entry in enumerate(gold):
        a, b = spans[KIND][i]
        n = entry["count_low"]
        if entry["outcome"] not in TOLLS or entry["qualifier"] != "exact" or n < 3:
            continue
        s, e = sentence_of(text, a, b)
        if text[e:e + 1] != "." or re.search(r"[\"“”]", text[s:e]):
            continue
        m = n - max(1, n // 4)
        words, entries = pick(TOLLS[entry["outcome"]], f"{doc.get('doc_id')}:{i}")
        if plan.add([(e + 1, e + 1, " " + words.format(n=n, m=m))], spans[KIND], i):
            for evidence, which, group in entries:
                count = n if which == "n" else m
                plan.added.append({
                    "outcome": entry["outcome"], "count_low": count, "count_high": None,
                    "qualifier": "exact", "group": group,
                    "evidence": evidence.format(n=n, m=m)})
        break
    return plan


def _old_value_comma(text: str, start: int, a: int) -> int | None:
    """Where the comma before a gold figure's old-value marker stands, or None."""
    if _OLD_VALUE_OPENS.match(text, a) and text[start:a].rstrip().endswith(","):
        return text.rindex(",", start, a)
    m = _OLD_VALUE_MARK.search(text[start:a])
    return start + m.start() if m else None


def update(doc: Doc, spans: Spans) -> GapPlan:
    """A clause between an update's new figure and the old value told after it, where a
    gold figure of the sentence ends before the old value's comma."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], GapPlan()
    for i, _entry in enumerate(gold):
        a, b = spans[KIND][i]
        s, e = sentence_of(text, a, b)
        comma = _old_value_comma(text, max(s, a - 30), a)
        if comma is None or re.search(r"[\"“”]", text[s:e]) or not any(
                j != i and s <= x and y <= comma for j, (x, y) in enumerate(spans[KIND])):
            continue
        words = pick(UPDATE_CLAUSES, f"{doc.get('doc_id')}:{i}")
        plan.add([(comma, comma, words)], spans[KIND], i)
    return plan


Transform = Callable[[Doc, Spans], GapPlan]
TRANSFORMS: dict[str, Transform] = {
    "list": list_moved, "apposition": apposition, "unknown": unknown, "toll": toll,
    "update": update,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  plan: GapPlan | None = None) -> Doc:
    """The document rewritten by the transform, its gold carried through; a part it
    reworded takes its evidence from the new words, and a toll it retold adds its own."""
    spans = _gold_spans(doc, predictions, "en")
    made = TRANSFORMS[name](doc, spans)
    out = carry_doc(doc, made.edits, spans)
    for i, words in made.evidence.items():
        out[KIND][i]["evidence"] = words
    out[KIND] = [*(out.get(KIND) or []), *made.added]
    if plan is not None:
        copy_plan(plan, made)
    return out


class Score(TouchedScore):
    """Casualty tp/fp/fn and the sites a transform rewrote."""

    WIDTH = 6


def measure(path: Path, names: list[str]) -> tuple[dict[str, Score], list[Any]]:
    """Casualty scores of one set untransformed and under each transform, and the figures
    each transform lost."""
    return measure_casualties(path, names, planned(transform_doc, GapPlan, Score), Score)


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(
        __doc__, TRANSFORMS, "English gold JSONL files",
        epilog="transforms: " + ", ".join(TRANSFORMS) + " (see the module's docstring)")
    return casualty_main(parser, argv, TRANSFORMS, measure, Score, tally_row(10),
                         partial(lost_line, width=10), tally_header(10, ("sites", 6)))


if __name__ == "__main__":
    sys.exit(main())
