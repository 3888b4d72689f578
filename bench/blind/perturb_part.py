"""Score the English casualty engine on gold sets whose figures for a part of a group are
told apart from the group.

News names a group and then a part of it in many ways: ", among them nine women" after the
toll, a sentence of its own ("Among them were nine women.", "Nine of them were women."), a
time or place between the toll's verb and the part, the group named again or pointed to
("two of them", "two of the hostages", "two of those abducted"), and a part told by what
became of it ("Two of them were released", "three of the wounded are in a critical
condition"). The gold rules make a part a figure of its own with the outcome of its group (a
released part of the held stays captured). Each transform below rewrites a gold figure that
is such a part, keeps its count, qualifier and outcome, and skips every part it cannot
rewrite cleanly; where it moves or rewords the part, the carried evidence is cut from the
new words.

    python bench/blind/perturb_part.py bench/blind/en-17.jsonl [--transform split ...]
    python bench/blind/perturb_part.py bench/blind/en-*.jsonl --lost

Transforms:
  split    ", among them nine women." -> ". Among them were nine women." / ". Nine of them
           were women." / ". Among the dead were nine women." (the wounded: "Among the
           wounded were")
  between  a neutral phrase of time or place between the group's verb and the part ("were
           killed in four villages between Thursday and Sunday, among them ...")
  refer    the part's reference to its group varied: "of them" where the group is the last
           figure named, "of the dead", "of the victims", "of the wounded", "of those
           abducted", "of those detained", ... by the group's outcome
  listed   ", among them nine women." -> ". The dead included nine women." / ". Those
           killed included ..." / ". Those who died included ..." (the wounded: "The
           injured included", "Those hurt included", "The wounded included")
  beside   ", among them nine women." -> "; nine were women." / ". Nine were women." / ".
           Nine of the 14 were women." (the part in a clause of its own, no mark of a part)
  state    the part told by what became of it, keeping its group's outcome: "N of them were
           released" (captured, arrested), "were burned beyond recognition" (killed), "are in
           a critical condition" (wounded)
  manner   the part told by how its people died or were hurt, keeping its group's outcome:
           "had been stabbed", "were shot in the head" (killed), "had gunshot wounds"
           (wounded)

A part is a gold figure whose words point to a group ("among them", "including", "N of
them", "N of whom", "N of the ...", "N of those ...") after another gold figure of the
same document with a larger count. It prints casualty tp/fp/fn per set and pooled,
untransformed and under each transform, with the parts each transform rewrote; ``--lost``
lists every figure read untransformed and lost under a transform, with its new sentence.
The offset map, the gold carrier and the scorer are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Doc,
    Edit,
    Lost,
    Predictions,
    Spans,
    TouchedScore,
    capital,
    carry_doc,
    casualty_main,
    casualty_parser,
    copy_plan,
    lost_line,
    measure_casualties,
    overlaps,
    pick,
    planned,
    tally_header,
    tally_row,
)
from perturb_core import gold_spans as _gold_spans
from perturb_core import sentence_from_capital as sentence_of

KIND = "casualties"

# ---------------------------------------------------------------- words

_NUMBER = (r"\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?"
           r"|a dozen|dozens|scores|hundreds|several|some|many|most")
_QUALIFIER = r"(?:at least|about|nearly|almost|more than|over|up to|as many as|around)\s+"
_COUNT = rf"(?:{_QUALIFIER})?(?:{_NUMBER})"
# The marks that open a part told after its group's clause.
_MARK = r"among them|among whom|including"
# ", among them nine women." to the sentence's end, the part plain words.
_APPENDED = re.compile(
    rf",\s+(?P<mark>{_MARK})\s+(?P<part>(?P<count>{_COUNT})\b(?P<rest>[^,;:.\n()\"“”]*?))"
    r"(?=\.(?:\s|$)|\n|$)", re.I)
# "Two of the hostages", "two of them", "two of those abducted" opening the part.
_PARTITIVE = re.compile(
    rf"(?P<count>{_COUNT})\s+of\s+(?P<ref>them|(?:the|those)\s+(?!\d)[a-z]+)"
    r"(?=\s*[,.;]|\s+(?:were|was|are|is|had|have|has|died|remain\w*|in|with|who|on|at)\b)",
    re.I)
# A partitive clause to the sentence's end: "Two of them were children."
_PART_CLAUSE = re.compile(
    rf"{_PARTITIVE.pattern}\s+(?P<be>were|was|are|is)\s+(?P<told>[^,;:.\n\"“”]+?)"
    r"(?=\.(?:\s|$)|\n|$)", re.I)
# Words that end a group's clause: its verb of outcome, so a phrase put after it is an adjunct.
_GROUP_VERB = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|hurt|abducted|kidnapped|arrested|detained|held"
    r"|captured|seized|missing|displaced|taken hostage|shot dead|shot)$", re.I)
_GROUP_VERB_IN = re.compile(_GROUP_VERB.pattern[:-1] + r"\b|\b(?:treated|admitted|shot)\b",
                            re.I)
# Neutral phrases of time and place; no count of people, no outcome.
BETWEEN = (" in four villages between Thursday and Sunday", " over the weekend",
           " in three districts of the province", " on the outskirts of the town",
           " late on Saturday")
# How the group is named again, by its outcome; "them" only where it is the last figure.
REFERENCES = {
    "killed": ("the dead", "the victims", "those killed"),
    "wounded": ("the wounded", "the injured", "those hurt"),
    "captured": ("the hostages", "those abducted", "the captives"),
    "arrested": ("those detained", "those arrested", "the detainees"),
    "missing": ("the missing",),
}
# "Among the dead were" for the outcomes whose people news names so.
AMONG_THE = {"killed": "the dead", "wounded": "the wounded"}
# A list of the dead or the hurt opened by its whole and a verb of inclusion.
LISTED = {"killed": ("The dead included", "Those killed included", "Those who died included"),
          "wounded": ("The injured included", "Those hurt included", "The wounded included")}
# What became of a part that keeps its group's outcome by the calls of the sets (plural,
# singular).
STATES = {
    "killed": (("were burned beyond recognition", "was burned beyond recognition"),
               ("were charred", "was charred")),
    "wounded": (("are in a critical condition", "is in a critical condition"),
                ("remain in hospital", "remains in hospital")),
    "captured": (("were released on Tuesday", "was released on Tuesday"),
                 ("have since been freed", "has since been freed"),
                 ("escaped", "escaped")),
    "arrested": (("were later released", "was later released"),
                 ("were released on bail", "was released on bail")),
}
# How a part's people died or were hurt, which keeps the group's outcome: "Three of the dead
# had been stabbed" is killed, never wounded (plural, singular).
MANNERS = {
    "killed": (("had been stabbed", "had been stabbed"),
               ("were shot in the head", "was shot in the head"),
               ("had been beaten", "had been beaten")),
    "wounded": (("had gunshot wounds", "had gunshot wounds"),
                ("were hit by shrapnel", "was hit by shrapnel")),
}
# Before a partitive that is a clause's subject: a sentence's start, a comma, "said".
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?]\s+|,\s+|\bsaid\s+(?:that\s+)?|\bwhile\s+)$")
_ONE = frozenset(("a", "an", "one", "1"))


def _one(count: str) -> bool:
    words = re.sub(_QUALIFIER, "", count, count=1, flags=re.I).split()
    return bool(words) and words[0].lower() in _ONE


# ---------------------------------------------------------------- where the parts are

@dataclass
class Part:
    """A gold figure that is a part of a group figure before it."""

    index: int
    start: int
    end: int
    group: int
    sent_start: int
    sent_end: int


def _points_to_group(text: str, a: int, b: int) -> bool:
    words = text[max(0, a - 14):b]
    return bool(re.search(rf"\b(?:{_MARK})\b|\b(?:of|among)\s+(?:them|whom|the|those)\b",
                          words, re.I))


# A reference that names its group's outcome: "of the dead", "of those abducted".
_REFERS_TO = (("killed", r"dead|victims|killed|bodies"),
              ("wounded", r"wounded|injured|hurt|casualties"),
              ("captured", r"hostages|captives|abducted|kidnapped|abductees|held"),
              ("arrested", r"detained|arrested|detainees|suspects"))


def _named(ref: str) -> str | None:
    """The outcome a reference names ("the dead": killed), if any."""
    for named, pattern in _REFERS_TO:
        if re.fullmatch(rf"(?:the|those)\s+(?:{pattern})", ref, re.I):
            return named
    return None


def _group(words: str, outcome: str, before: list[tuple[int, str]]) -> int:
    """The group of a part among the figures before it (nearest first): the nearest of the
    outcome its reference names, else of its own outcome, else the nearest."""
    for named, pattern in _REFERS_TO:
        if re.search(rf"\b(?:of|among)\s+(?:the|those)\s+(?:{pattern})\b", words, re.I):
            return next((j for j, o in before if o == named), before[0][0])
    return next((j for j, o in before if o == outcome), before[0][0])


def parts(doc: Doc, spans: Spans) -> list[Part]:
    """The gold figures that point to a group, each with the nearest gold figure before it
    with a larger count (its group)."""
    text, gold = doc["text"], doc.get(KIND) or []
    found = []
    for i, (a, b) in enumerate(spans[KIND]):
        if not _points_to_group(text, a, b):
            continue
        before = [j for j, (x, _y) in enumerate(spans[KIND])
                  if x < a and a - x < 600 and gold[j]["count_low"] > gold[i]["count_low"]]
        if before:
            nearest = sorted(before, key=lambda j: -spans[KIND][j][0])
            group = _group(text[a:b], gold[i]["outcome"],
                           [(j, gold[j]["outcome"]) for j in nearest])
            found.append(Part(i, a, b, group, *sentence_of(text, a, b)))
    return found


@dataclass
class Plan:
    """A transform's edits on one document, the new evidence of each part it reworded and
    the parts it rewrote and skipped."""

    edits: list[Edit] = field(default_factory=list)
    evidence: dict[int, str] = field(default_factory=dict)
    touched: int = 0
    skipped: int = 0

    def add(self, edits: list[Edit], spans: list[tuple[int, int]], index: int,
            evidence: str | None = None) -> bool:
        """Take the edits unless one overlaps an edit taken or touches a gold figure other
        than the part."""
        for a, b, _new in edits:
            if overlaps(self.edits, a, b) or any(
                    j != index and (x < b and a < y if b > a else x < a < y)
                    for j, (x, y) in enumerate(spans)):
                self.skipped += 1
                return False
        self.edits.extend(edits)
        if evidence is not None:
            self.evidence[index] = evidence
        self.touched += 1
        return True


def _appended(text: str, part: Part) -> re.Match[str] | None:
    """", among them nine women." holding the part, the group's figure before it in the
    same sentence and no quote in it."""
    m = _APPENDED.search(text, part.sent_start, part.sent_end + 1)
    while m and not (m.start() < part.end and part.start < m.end()):
        m = _APPENDED.search(text, m.end(), part.sent_end + 1)
    if m is None or re.search(r"[\"“”]", text[part.sent_start:part.sent_end]):
        return None
    return m


# ---------------------------------------------------------------- the transforms

def split(doc: Doc, spans: Spans) -> Plan:
    """The part moved into a sentence of its own right after its group's."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], Plan()
    for part in parts(doc, spans):
        m = _appended(text, part)
        gspan = spans[KIND][part.group]
        if m is None or not (part.sent_start <= gspan[0] and gspan[1] <= m.start()):
            plan.skipped += 1
            continue
        count, rest = m.group("count"), m.group("rest").strip()
        outcome = gold[part.group]["outcome"]
        forms = ["among"]
        if rest and len(rest.split()) <= 3 and not re.search(r"\b(?:and|or|of)\b", rest):
            forms.append("of_them")
        if outcome in AMONG_THE:
            forms.append("among_the")
        form = pick(tuple(forms), f"{doc.get('doc_id')}:{part.index}")
        if form == "of_them":
            one = _one(count)
            head = "One" if one else capital(count)
            told = m.group("part") if one else rest
            words = f"{head} of them {'was' if one else 'were'} {told}"
        elif form == "among_the":
            words = f"Among {AMONG_THE[outcome]} were {m.group('part')}"
        else:
            words = f"Among them were {m.group('part')}"
        plan.add([(m.start(), m.end(), ". " + words)], spans[KIND], part.index, words)
    return plan


def beside(doc: Doc, spans: Spans) -> Plan:
    """The part told in a clause of its own after its group's, with no mark of a part but
    its place, or naming the group by its count: "; nine were women", ". Nine were
    women.", ". Nine of the 14 were women." Only a part whose words after its count are
    its people (three words at most, no "and", "or" or "of")."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], Plan()
    for part in parts(doc, spans):
        m = _appended(text, part)
        gspan = spans[KIND][part.group]
        rest = m.group("rest").strip() if m is not None else ""
        if m is None or not (part.sent_start <= gspan[0] and gspan[1] <= m.start()) or not rest \
                or len(rest.split()) > 3 or re.search(r"\b(?:and|or|of)\b", rest, re.I):
            plan.skipped += 1
            continue
        count = m.group("count")
        if count.lower() in ("a", "an"):
            count, rest = "one", m.group("part")  # "a teacher" -> "one was a teacher"
        verb = "was" if _one(count) else "were"
        size = gold[part.group]["count_low"]
        form = pick(("semicolon", "sentence", "of_the"), f"{doc.get('doc_id')}:{part.index}")
        if form == "semicolon":
            words, lead = f"{count} {verb} {rest}", "; "
        elif form == "sentence":
            words, lead = f"{capital(count)} {verb} {rest}", ". "
        else:
            words, lead = f"{capital(count)} of the {size:,} {verb} {rest}", ". "
        plan.add([(m.start(), m.end(), lead + words)], spans[KIND], part.index, words)
    return plan


def listed(doc: Doc, spans: Spans) -> Plan:
    """The part moved into a sentence of its own opened by its group's whole and
    "included", as a list of the dead or the hurt is told."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], Plan()
    for part in parts(doc, spans):
        m = _appended(text, part)
        gspan = spans[KIND][part.group]
        outcome = gold[part.group]["outcome"]
        if m is None or outcome not in LISTED or gold[part.index]["outcome"] != outcome or not (
                part.sent_start <= gspan[0] and gspan[1] <= m.start()):
            plan.skipped += 1
            continue
        head = pick(LISTED[outcome], f"{doc.get('doc_id')}:{part.index}")
        words = f"{head} {m.group('part')}"
        plan.add([(m.start(), m.end(), ". " + words)], spans[KIND], part.index, words)
    return plan


def between(doc: Doc, spans: Spans) -> Plan:
    """A neutral phrase of time or place between the group's verb and the part told after
    a comma."""
    text, plan = doc["text"], Plan()
    for part in parts(doc, spans):
        before = text[part.sent_start:part.start]
        m = re.search(rf"(?P<verb>\S)\s*,\s+(?:(?:{_MARK})\s+)?$", before, re.I)
        if m is None:
            plan.skipped += 1
            continue
        at = part.sent_start + m.end("verb")
        gspan = spans[KIND][part.group]
        after_group = part.sent_start <= gspan[0] and gspan[1] <= at and not re.search(
            r"[,;:\"“”]", text[gspan[1]:at]) and at - gspan[1] <= 60
        # the group's verb must come before the part: a part between the group and its verb
        # ("Eleven people, including two nurses, were killed") has no verb to follow
        told = _GROUP_VERB_IN.search(text[gspan[0] if after_group else part.sent_start:at])
        # "the dead", "the wounded" name the group, no verb of it
        noun = re.search(r"\bthe\s+\S+$", text[part.sent_start:at], re.I)
        if noun or told is None or not (_GROUP_VERB.search(text[part.sent_start:at])
                                        or after_group):
            plan.skipped += 1
            continue
        phrase = pick(BETWEEN, f"{doc.get('doc_id')}:{part.index}")
        plan.add([(at, at, phrase)], spans[KIND], part.index)
    return plan


def refer(doc: Doc, spans: Spans) -> Plan:
    """The part's reference to its group named otherwise."""
    text, gold, plan = doc["text"], doc.get(KIND) or [], Plan()
    for part in parts(doc, spans):
        m = _PARTITIVE.match(text, part.start)
        outcome = gold[part.group]["outcome"]
        named = _named(m.group("ref")) if m else None
        # the group named otherwise must be the same people: a reference of another outcome
        # ("of those held" of a detained group) or a part of another outcome that does not
        # name its group's ("two of them died" of the held) is left alone
        if named not in (None, outcome) or (
                named is None and gold[part.index]["outcome"] != outcome):
            plan.skipped += 1
            continue
        if (m is None or outcome not in REFERENCES or m.end() > part.end
                or not _SUBJECT_BEFORE.search(text[part.sent_start:part.start])):
            plan.skipped += 1
            continue
        ref = m.group("ref").lower()
        pool = REFERENCES[outcome]
        last = max((j for j, (x, _y) in enumerate(spans[KIND]) if x < part.start),
                   key=lambda j: spans[KIND][j][0]) == part.group
        near = spans[KIND][part.group][0] >= sentence_of(text, part.sent_start - 2,
                                                         part.sent_start - 1)[0]
        if last and near:
            pool = ("them", *pool)
        pool = tuple(p for p in pool if p != ref)
        if not pool:
            plan.skipped += 1
            continue
        new = pick(pool, f"{doc.get('doc_id')}:{part.index}")
        plan.add([(m.start("ref"), m.end("ref"), new)], spans[KIND], part.index)
    return plan


def state(doc: Doc, spans: Spans) -> Plan:
    """The part told by what became of it, where its outcome is its group's."""
    return _told(doc, spans, STATES)


def manner(doc: Doc, spans: Spans) -> Plan:
    """The part told by how its people were hurt or died, where its outcome is its
    group's: the manner of a death is no wound."""
    return _told(doc, spans, MANNERS)


def _told(doc: Doc, spans: Spans, pools: dict[str, tuple[tuple[str, str], ...]]) -> Plan:
    text, gold, plan = doc["text"], doc.get(KIND) or [], Plan()
    for part in parts(doc, spans):
        outcome = gold[part.group]["outcome"]
        if gold[part.index]["outcome"] != outcome or outcome not in pools:
            plan.skipped += 1
            continue
        told = pick(pools[outcome], f"{doc.get('doc_id')}:{part.index}")
        clause = _PART_CLAUSE.match(text, part.start)
        if clause and clause.end() <= part.sent_end and _SUBJECT_BEFORE.search(
                text[part.sent_start:part.start]) and not re.search(
                r"[\"“”]", text[part.sent_start:part.sent_end]):
            words = told[1 if _one(clause.group("count")) else 0]
            a = clause.start("be")
            new_evidence = text[part.start:a] + words
            plan.add([(a, clause.end(), words)], spans[KIND], part.index, new_evidence)
            continue
        m = _appended(text, part)
        gspan = spans[KIND][part.group]
        if m is None or not (part.sent_start <= gspan[0] and gspan[1] <= m.start()):
            plan.skipped += 1
            continue
        count = m.group("count")
        one = _one(count)
        words = f"{'One' if one else capital(count)} of them {told[1 if one else 0]}"
        plan.add([(m.start(), m.end(), ". " + words)], spans[KIND], part.index, words)
    return plan


Transform = Callable[[Doc, Spans], Plan]
TRANSFORMS: dict[str, Transform] = {
    "split": split, "between": between, "refer": refer, "state": state, "listed": listed,
    "beside": beside, "manner": manner,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  plan: Plan | None = None) -> Doc:
    """The document rewritten by the transform, its gold carried through; a part it
    reworded takes its evidence from the new words."""
    spans = _gold_spans(doc, predictions, "en")
    made = TRANSFORMS[name](doc, spans)
    out = carry_doc(doc, made.edits, spans)
    for i, words in made.evidence.items():
        out[KIND][i]["evidence"] = words
    if plan is not None:
        copy_plan(plan, made)
    return out


class Score(TouchedScore):
    """Casualty tp/fp/fn and the parts a transform rewrote."""

    WIDTH = 6


def measure(path: Path, names: list[str]) -> tuple[dict[str, Score], list[Lost]]:
    """Casualty scores of one set untransformed and under each transform, and the figures
    each transform lost."""
    return measure_casualties(path, names, planned(transform_doc, Plan, Score), Score)


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(
        __doc__, TRANSFORMS, "English gold JSONL files",
        epilog="transforms: " + ", ".join(TRANSFORMS) + " (see the module's docstring)")
    return casualty_main(parser, argv, TRANSFORMS, measure, Score, tally_row(9),
                         partial(lost_line, width=8), tally_header(9, ("parts", 6)))


if __name__ == "__main__":
    sys.exit(main())
