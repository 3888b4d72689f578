"""Score the English date engine on gold sets whose date clauses put the same day ahead of
or behind publication in other common words.

A month, a day and month or a weekday without its year is resolved by the clause it stands
in: "the vote is scheduled for 11 October" is the October to come, "the vote took place on
11 October" the one before publication. A reading that holds for one governing phrase and
not for its neighbour is brittle. Each transform below edits only the clause of a gold date
whose value is resolved (a published document, a date without its year), keeps the date's
direction and value, and is deterministic: where it picks among phrases, the pick is seeded
by the document and the place. A site it cannot rewrite safely is left alone.

    python bench/blind/perturb_dates.py bench/blind/en-17.jsonl [--transform ahead ...]
    python bench/blind/perturb_dates.py bench/blind/en-*.jsonl --lost
    python bench/blind/perturb_dates.py --probes

Transforms:
  ahead     for a date after publication, its governing phrase swapped for another that
            puts an event ahead ("is scheduled for" -> "will be held on", "is due on",
            "is set for"; "will hold a vote on" -> "allowed a vote on", "called a vote for")
  behind    for a date before publication, "was held on" / "took place on" / "happened on"
            / "began on" / "ended on" swapped alike, and "the attack on Saturday" told as a
            past relative clause ("the attack, which happened on Saturday,")
  frame     a frame of report before the date's sentence ("Officials said the vote is ...",
            "The ministry announced that the vote is ..."), the clause's tense kept
  headline  a date in a headline in the headline style of the same event: "vote on October
            11" -> "October 11 vote", "attack on Saturday" -> "Saturday's attack"
  schedule  a single day after publication whose departure, arrival or sitting is told with
            "will" told in a timetable's present instead: "the convoy will leave on
            Tuesday" -> "the convoy leaves on Tuesday", "will fly out on" -> "flies out
            on", "will sit again on" -> "sits again on"

It prints date tp/fp/fn per set and pooled, untransformed and under each transform, with the
number of dates each transform touched; ``--lost`` lists every date read untransformed and
read with another value (or not at all) under a transform, with its sentence; ``--probes``
reads the built-in sentences of coming events and of the same events past. The offset map
and the gold carrier are ``perturb_core.py``'s.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import Doc, Edit, Predictions, Spans, carry_doc, gold_spans, predict

from workbench.core.extract.evaluate import _DATE_SCOPE, match_pairs, read_gold
from workbench.core.extract.lang import en as EN

KIND = "dates"

# ---------------------------------------------------------------- phrase families

# A governing phrase of an event ahead, by the number of its subject; any one of a family may
# stand for another, the preposition before the date and a place between kept ("is due in
# Kyiv on Tuesday").
AHEAD_SINGULAR = ("will be held", "is scheduled", "is due", "is planned", "will take place",
                  "is expected")
AHEAD_PLURAL = ("will be held", "are scheduled", "are due", "are planned", "will take place",
                "are expected")
# ... and "is set for", which takes no other preposition ("is set in Marseille" is no plan).
SET_FOR = ("is set", "are set")
# An act that sets an event, the event's noun kept between: "will hold a vote on".
EVENT_ACTS = ("will hold a {noun} on", "plans a {noun} on", "allowed a {noun} on",
              "called a {noun} for", "has approved a {noun} on")
# ... the event nouns such an act may take (the bench's own, so that it measures an engine
# that has no such list as well as one that has).
EVENT_NOUNS = ("rally", "march", "strike", "protest", "demonstration", "vote", "election",
               "referendum", "hearing", "summit", "meeting")
# A past event's governing phrase; any one may stand for another.
BEHIND = ("was held on", "took place on", "happened on", "began on", "ended on",
          "occurred on")
BEHIND_PLURAL = ("were held on", "took place on", "happened on", "began on", "ended on",
                 "occurred on")
# Acts a past relative clause may date: "the attack, which happened on Saturday,".
DONE_ACTS = tuple(EN.DONE_ACTS)
FRAMES = ("Officials said ", "The ministry announced that ")
# Departures, arrivals and sittings whose "will" a timetable's present may replace, with
# their singular present (the plural is the bare verb).
SCHEDULE_PRESENTS = {
    "leave": "leaves", "depart": "departs", "arrive": "arrives", "fly": "flies",
    "sail": "sails", "sit": "sits", "resume": "resumes", "reopen": "reopens",
    "open": "opens", "convene": "convenes", "reconvene": "reconvenes", "return": "returns",
    "travel": "travels", "begin": "begins", "land": "lands",
}
# A subject right before "will" read as plural: a plural pronoun, or a noun in -s.
_PLURAL_SUBJECTS = ("they", "we", "you", "i")
# Sentence openers a frame may lower into its clause (a name keeps its capital, so is left).
FRAME_OPENERS = ("The", "A", "An", "This", "These", "Its", "Their")
# A sentence that already reports words is left unframed: a second frame stacks two tenses.
_REPORTED = re.compile(r"\b(?:said|says|say|announced|announces|told|tells|added|stated"
                       r"|according)\b", re.I)
_YEAR = re.compile(r"\b\d{4}\b")


def _alt(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))


# ---------------------------------------------------------------- where to edit

@dataclass
class Site:
    """A gold date whose value is resolved, its span, its sentence and its direction."""

    index: int
    start: int
    end: int
    sent_start: int
    sent_end: int
    ahead: bool
    headline: bool


def sentence_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence (or headline line) around the span [a, b)."""
    starts = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+|\n", text[:a])]
    s = starts[-1] if starts else 0
    m = re.compile(r"[.!?](?=[\"”’']?(?:\s|$))|\n").search(text, max(b, s))
    return s, (m.start() if m else len(text))


def _after_publication(value: str, published: str) -> bool | None:
    """Whether a resolved value lies after publication (None: on its day or month)."""
    size = min(len(value), len(published[:10]))
    a, b = value[:size], published[:size]
    return None if a == b else a > b


def sites(doc: Doc, spans: Spans) -> list[Site]:
    """The gold dates whose direction the clause decides: resolved, with no year written."""
    text, published = doc["text"], doc.get("published")
    if not published:
        return []
    out = []
    for i, (entry, (a, b)) in enumerate(zip(doc.get(KIND) or [], spans[KIND], strict=True)):
        value = entry.get("value")
        if not value or a >= b or _YEAR.search(text[a:b]):
            continue
        ahead = _after_publication(str(value), str(published))
        if ahead is None:
            continue
        s, e = sentence_of(text, a, b)
        headline = s == 0 and text[:e].count("\n") == 0 and e < len(text) and text[e] == "\n"
        out.append(Site(i, a, b, s, e, ahead, headline))
    return out


def _picker(doc: Doc, at: int) -> random.Random:
    return random.Random(f"{doc.get('doc_id')}:{at}")


def _other(doc: Doc, at: int, options: tuple[str, ...], now: str) -> str:
    """Another phrase of a family than the one the text holds, picked by the place."""
    rest = [o for o in options if o.lower() != re.sub(r"\s+", " ", now.lower())]
    return _picker(doc, at).choice(rest)


@dataclass
class Plan:
    """A transform's edits on one document and the gold dates they touched."""

    edits: list[Edit] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)

    def add(self, index: int, *edits: Edit) -> bool:
        if any(not (b <= x or y <= a) for a, b, _ in edits for x, y, _ in self.edits):
            return False
        self.edits.extend(edits)
        self.touched.add(index)
        return True


# ---------------------------------------------------------------- the transforms

_PLACE = r"(?:\s+(?:in|at|outside|near)\s+(?:the\s+)?[A-Z][\w-]*)?"
_AHEAD_BEFORE = re.compile(
    rf"\b(?P<gov>{_alt((*AHEAD_SINGULAR, *AHEAD_PLURAL, *SET_FOR))})(?P<place>{_PLACE})\s+"
    rf"(?P<prep>on|for|in)\s+$", re.I)
_ACT_BEFORE = re.compile(
    rf"\b(?P<phrase>(?:will\s+hold|holds|plans|allowed|approved|has\s+approved|called|set)\s+"
    rf"(?:a|an|the)\s+(?P<noun>{_alt(EVENT_NOUNS)})\s+(?:on|for))\s+$", re.I)
_BEHIND_BEFORE = re.compile(rf"\b(?P<gov>{_alt((*BEHIND, *BEHIND_PLURAL))})\s+$", re.I)
_ACT_ON = re.compile(rf"\b(?:the|a)\s+(?P<act>{_alt(DONE_ACTS)})\s+(?P<on>on)\s+$", re.I)
_REACH = 40


def ahead(doc: Doc, spans: Spans) -> Plan:
    """For a date after publication: a predicate of an event ahead swapped for another of
    its number, or an act that sets the event swapped for another act."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if not site.ahead:
            continue
        lo = max(site.sent_start, site.start - _REACH)
        if m := _AHEAD_BEFORE.search(text, lo, site.start):
            gov = m.group("gov")
            plural = gov.lower().startswith("are")
            family = AHEAD_PLURAL if plural else AHEAD_SINGULAR
            if m.group("prep").lower() == "for" and not m.group("place"):
                family = (*family, SET_FOR[plural])
            plan.add(site.index,
                     (m.start("gov"), m.end("gov"), _other(doc, m.start(), family, gov)))
        elif m := _ACT_BEFORE.search(text, lo, site.start):
            noun = m.group("noun")
            acts = tuple(a.format(noun=noun) for a in EVENT_ACTS)
            now = m.group("phrase")
            plan.add(site.index, (m.start("phrase"), m.end("phrase"),
                                  _other(doc, m.start(), acts, now)))
    return plan


def behind(doc: Doc, spans: Spans) -> Plan:
    """For a date before publication: a past event's phrase swapped for another, and "the
    attack on Saturday" made "the attack, which happened on Saturday,"."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if site.ahead:
            continue
        lo = max(site.sent_start, site.start - _REACH)
        if m := _BEHIND_BEFORE.search(text, lo, site.start):
            gov = m.group("gov")
            family = BEHIND_PLURAL if gov.lower().startswith("were") else BEHIND
            plan.add(site.index,
                     (m.start("gov"), m.end("gov"), _other(doc, m.start(), family, gov)))
        elif (m := _ACT_ON.search(text, lo, site.start)) and not site.headline:
            after = text[site.end:site.end + 1]
            if after not in (" ", ""):
                continue  # ("on Saturday's ..." or a closing mark: no clause to close)
            plan.add(site.index, (m.end("act"), m.end("on"), ", which happened on"),
                     (site.end, site.end, ","))
    return plan


def frame(doc: Doc, spans: Spans) -> Plan:
    """A frame of report before the sentence of a date, where the sentence opens on a word
    a frame may lower and holds no quotation (whose tense a frame would shift)."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if site.headline or site.sent_start == site.start:
            continue
        sentence = text[site.sent_start:site.sent_end]
        first = re.match(r"[A-Za-z]+", sentence)
        if not first or first.group() not in FRAME_OPENERS or re.search(
                r"[\"“”‘’']", sentence) or _REPORTED.search(sentence):
            continue
        at = site.sent_start
        if any(e[0] == at for e in plan.edits):
            plan.touched.add(site.index)  # (a sentence framed once for all its dates)
            continue
        words = FRAMES[_picker(doc, at).randrange(len(FRAMES))]
        # (the frame is inserted before the opener, so a span opening the sentence keeps
        # its own start)
        plan.add(site.index, (at, at, words), (at, at + 1, text[at].lower()))
    return plan


_HEADLINE_ACT_ON = re.compile(rf"\b(?P<act>{_alt(DONE_ACTS)})\s+on\s+$", re.I)
_EVENT_ON = re.compile(rf"\b(?P<noun>{_alt(EVENT_NOUNS)})\s+(?:on|for)\s+$", re.I)


def headline(doc: Doc, spans: Spans) -> Plan:
    """A headline's "vote on October 11" made "October 11 vote", "attack on Saturday"
    made "Saturday's attack": the date stays where it was, its event moves after it."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if not site.headline:
            continue
        lo = max(site.sent_start, site.start - _REACH)
        m = _EVENT_ON.search(text, lo, site.start)
        if m and not re.match(r"[A-Za-z0-9'’]", text[site.end:site.end + 1]):
            plan.add(site.index, (m.start(), site.start, ""),
                     (site.end, site.end, " " + m.group("noun")))
            continue
        m = _HEADLINE_ACT_ON.search(text, lo, site.start)
        weekday = text[site.start:site.end].lower() in EN.WEEKDAYS
        if m and weekday and not re.match(r"[A-Za-z0-9'’]", text[site.end:site.end + 1]):
            plan.add(site.index, (m.start("act"), site.start, ""),
                     (site.end, site.end, "'s " + m.group("act")))
    return plan


_WILL_SCHEDULE = re.compile(
    rf"\b(?P<subject>[A-Za-z']+)\s+(?P<gov>will\s+(?P<verb>{_alt(tuple(SCHEDULE_PRESENTS))}))"
    r"\b(?P<rest>[^.,;:\n]*?)\s+on\s+$", re.I)
_SINGLE_DAY = re.compile(rf"(?:{'|'.join(EN.WEEKDAYS)})\b|.*\d", re.I)


def schedule(doc: Doc, spans: Spans) -> Plan:
    """For a single day after publication: "will" and a departure, an arrival or a
    sitting told in a timetable's present instead, by the number of the word before "will"
    ("the convoy will leave on" -> "the convoy leaves on", "the troops will fly out on" ->
    "the troops fly out on")."""
    text = doc["text"]
    plan = Plan()
    for site in sites(doc, spans):
        if not site.ahead or site.headline or not _SINGLE_DAY.match(text[site.start:site.end]):
            continue
        lo = max(site.sent_start, site.start - _REACH)
        m = _WILL_SCHEDULE.search(text, lo, site.start)
        if not m:
            continue
        subject, verb = m.group("subject").lower(), m.group("verb").lower()
        plural = subject in _PLURAL_SUBJECTS or (
            subject.endswith("s") and not subject.endswith(("ss", "'s")))
        plan.add(site.index, (m.start("gov"), m.end("gov"),
                              verb if plural else SCHEDULE_PRESENTS[verb]))
    return plan


Transform = Callable[[Doc, Spans], Plan]
TRANSFORMS: dict[str, Transform] = {
    "ahead": ahead, "behind": behind, "frame": frame, "headline": headline,
    "schedule": schedule,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None
                  ) -> tuple[Doc, set[int]]:
    """The document with the transform's edits made and its gold carried through, and the
    gold dates the transform touched."""
    spans = gold_spans(doc, predictions, "en")
    plan = TRANSFORMS[name](doc, spans)
    return carry_doc(doc, plan.edits, spans), plan.touched


@dataclass
class Score:
    """Date tp/fp/fn and the dates a transform touched."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    touched: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.touched += other.touched

    def __str__(self) -> str:
        return f"{self.tp:>5} {self.fp:>4} {self.fn:>4} {self.touched:>7}"


def read_dates(doc: Doc, predictions: Predictions | None = None) -> tuple[Score, dict[int, str]]:
    """Date tp/fp/fn of one document (false positives in the evaluation's scope only) and the
    value the engine gave each gold date it read."""
    if predictions is None:
        predictions = predict(doc, "en")
    preds = predictions[KIND]
    gold = doc.get(KIND) or []
    pairs = match_pairs(doc["text"], KIND, gold, preds)
    matched = set(pairs.values())
    fp = sum(1 for i, p in enumerate(preds) if i not in matched and _DATE_SCOPE.search(p["text"]))
    return Score(len(pairs), fp, len(gold) - len(pairs)), {g: str(gold[g].get("value"))
                                                            for g in pairs}


@dataclass
class Lost:
    """A gold date read untransformed and read otherwise under a transform."""

    set_name: str
    doc_id: str
    transform: str
    evidence: str
    value: str
    now: str
    sentence: str


def _values_at(doc: Doc, index: int, spans: Spans) -> str:
    """What the engine reads over a gold date's span (its values, or "nothing")."""
    a, b = spans[KIND][index]
    got = [str(p.get("value")) for p in predict(doc, "en")[KIND] if p["start"] < b and a < p["end"]]
    return ", ".join(got) or "nothing"


def measure(path: Path, names: list[str]) -> tuple[dict[str, Score], list[Lost]]:
    """Date scores of one set untransformed and under each transform, and the dates lost."""
    totals = {n: Score() for n in ("none", *names)}
    lost: list[Lost] = []
    for doc in read_gold(path):
        predictions = predict(doc, "en")
        base, read = read_dates(doc, predictions)
        totals["none"].add(base)
        for name in names:
            moved, touched = transform_doc(doc, name, predictions)
            if not touched:
                totals[name].add(base)
                continue
            got, now = read_dates(moved)
            got.touched = len(touched)
            totals[name].add(got)
            for i in sorted(set(read) - set(now)):
                spans = gold_spans(moved, None, "en")
                a, b = spans[KIND][i]
                s, e = sentence_of(moved["text"], a, b)
                lost.append(Lost(path.stem, str(doc.get("doc_id")), name,
                                 moved[KIND][i]["evidence"], read[i],
                                 _values_at(moved, i, spans), moved["text"][s:e]))
    return totals, lost


# ---------------------------------------------------------------- probes

# Sentences of coming events and of the same events past, each with the value its clause
# gives and the publication it is read against (a Wednesday unless given).
PUBLISHED = "2026-09-16"
PROBES: tuple[tuple[str, str, str], ...] = (
    # ahead
    ("The by-election is on 11 October.", "2026-10-11", PUBLISHED),
    ("Voters go to the polls on 11 October.", "2026-10-11", PUBLISHED),
    ("The electoral commission said voters go to the polls on 11 October.", "2026-10-11",
     PUBLISHED),
    ("They were meant to intimidate voters in the election on 11 October.", "2026-10-11",
     PUBLISHED),
    ("Police believe the rifles were meant to be used to frighten voters in the mayoral"
     " by-election on 11 October.", "2026-10-11", PUBLISHED),
    ("The council voted on Tuesday to allow a rally on Saturday.", "2026-09-19", PUBLISHED),
    ("Council allows Saturday rally after week of tension\n\nThe council met.", "2026-09-19",
     PUBLISHED),
    ("The election will be held on 11 October.", "2026-10-11", PUBLISHED),
    ("The vote is scheduled for 11 October.", "2026-10-11", PUBLISHED),
    ("The report is due on 11 October.", "2026-10-11", PUBLISHED),
    ("The summit is set for 11 October.", "2026-10-11", PUBLISHED),
    ("Parties campaigned ahead of the vote on 11 October.", "2026-10-11", PUBLISHED),
    ("Police were deployed in the run-up to the election on 11 October.", "2026-10-11",
     PUBLISHED),
    ("The opposition plans a rally on Saturday.", "2026-09-19", PUBLISHED),
    ("Police allowed a march on Saturday.", "2026-09-19", PUBLISHED),
    ("The governor approved a march on Saturday by teachers.", "2026-09-19", PUBLISHED),
    ("The union called a strike for 11 October.", "2026-10-11", PUBLISHED),
    ("The union has called a strike for Friday.", "2026-09-18", PUBLISHED),
    ("Unions called for a general strike on 1 October.", "2026-10-01", PUBLISHED),
    ("Rebels were given the deadline of 11 October to disarm.", "2026-10-11", PUBLISHED),
    ("The trial opens on 11 October.", "2026-10-11", PUBLISHED),
    ("The hearing is set to begin on 11 October.", "2026-10-11", PUBLISHED),
    ("The minister is to visit Kessa on Friday.", "2026-09-18", PUBLISHED),
    ("A ceasefire takes effect on Friday.", "2026-09-18", PUBLISHED),
    ("The prisoners are due to be released on 2 October.", "2026-10-02", PUBLISHED),
    ("Leaders meet for a summit in October.", "2026-10", PUBLISHED),
    ("The strike planned for Friday will go ahead.", "2026-09-18", PUBLISHED),
    ("Council sets October 11 vote\n\nThe council met.", "2026-10-11", PUBLISHED),
    ("Council sets vote for October 11\n\nThe council met.", "2026-10-11", PUBLISHED),
    ("Opposition calls strike for Monday\n\nThe union met.", "2026-09-21", PUBLISHED),
    ("Union calls Monday strike\n\nThe union met.", "2026-09-21", PUBLISHED),
    ("Officials said the election will be held on 11 October.", "2026-10-11", PUBLISHED),
    ("The ministry announced that the summit is set for 11 October.", "2026-10-11", PUBLISHED),
    ("The ministry announced that the hearings resume on Thursday.", "2026-09-17", PUBLISHED),
    ("The army said it would hand over the post on 1 October.", "2026-10-01", PUBLISHED),
    ("Campaigning closes two days before the vote on 11 October.", "2026-10-11", PUBLISHED),
    ("Election officials prepared for the vote on 11 October.", "2026-10-11", PUBLISHED),
    ("The council set a vote for 11 October.", "2026-10-11", PUBLISHED),
    ("The first group flies out on Monday and the rest follow on Thursday.", "2026-09-21",
     PUBLISHED),
    ("The first group flies out on Monday and the rest follow on Thursday.", "2026-09-17",
     PUBLISHED),
    ("The court sits again on Friday.", "2026-09-18", PUBLISHED),
    ("Young men training for the recruitment drive in October crowd the field.", "2026-10",
     PUBLISHED),
    ("The council voted last year to end the mandate in December.", "2026-12", PUBLISHED),
    ("The board agreed on Monday to reopen the crossing on Friday.", "2026-09-18", PUBLISHED),
    # behind, and the look-alikes that must stay behind
    ("Voters went to the polls on 11 October.", "2025-10-11", PUBLISHED),
    ("The rally the council allowed on Saturday turned violent.", "2026-09-12", PUBLISHED),
    ("Police allowed a march on Saturday, which turned violent.", "2026-09-12", PUBLISHED),
    ("Unions called the protest on Wednesday after the vote.", "2026-09-16", PUBLISHED),
    ("Tension has risen since the vote on 11 October.", "2025-10-11", PUBLISHED),
    ("The election on 11 October was marred by violence.", "2025-10-11", PUBLISHED),
    ("The election was held on 11 October.", "2025-10-11", PUBLISHED),
    ("The march took place on Saturday.", "2026-09-12", PUBLISHED),
    ("The attack, which happened on Saturday, killed two.", "2026-09-12", PUBLISHED),
    ("Saturday's rally drew thousands.", "2026-09-12", PUBLISHED),
    ("The election on 11 October returned the mayor.", "2026-10-11", "2026-12-02"),
    ("Parties campaigned ahead of the vote on 11 October.", "2026-10-11", "2026-12-02"),
    ("Saturday's rally drew thousands.", "2026-09-12", "2026-09-14"),
    ("Officials said the election was held on 11 October.", "2025-10-11", PUBLISHED),
    ("The strike began on 1 September.", "2026-09-01", PUBLISHED),
    ("The talks ended on Friday.", "2026-09-11", PUBLISHED),
    ("The first group flew out on Monday.", "2026-09-14", PUBLISHED),
    ("The men who trained for the drive in August were sent home.", "2026-08", PUBLISHED),
    ("The council voted on Monday to end the curfew, which ended on Tuesday.", "2026-09-15",
     PUBLISHED),
    ("The convoy leaves on Tuesday, but it was stopped at the border.", "2026-09-15",
     PUBLISHED),
)


def run_probes() -> int:
    """Print each probe the engine reads with another value, and the count read right."""
    right = 0
    for text, value, published in PROBES:
        got = [str(d.get("value")) for d in predict({"text": text, "published": published},
                                                     "en")[KIND]]
        right += value in got
        if value not in got:
            print(f"MISS {value} <- {', '.join(got) or 'nothing'}: {text!r}")
    print(f"probes read right: {right} of {len(PROBES)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="English gold JSONL files")
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS),
                        help="a transform to apply (repeatable; default: all)")
    parser.add_argument("--lost", action="store_true",
                        help="list each date read otherwise under a transform, with its sentence")
    parser.add_argument("--probes", action="store_true",
                        help="read the built-in probe sentences of events ahead and behind")
    args = parser.parse_args(argv)
    if args.probes:
        return run_probes()
    if not args.sets:
        parser.error("give a set, or --probes")
    names = args.transform or list(TRANSFORMS)
    print(f"{'set':<10} {'transform':<10} {'tp':>5} {'fp':>4} {'fn':>4} {'touched':>7}")
    pooled = {n: Score() for n in ("none", *names)}
    all_lost: list[Lost] = []
    for path in map(Path, args.sets):
        scores, lost = measure(path, names)
        all_lost += lost
        for n, s in scores.items():
            pooled[n].add(s)
            print(f"{path.stem:<10} {n:<10} {s}", flush=True)
    for n, s in pooled.items():
        print(f"{'pooled':<10} {n:<10} {s}")
    if args.lost:
        for x in all_lost:
            print(f"LOST {x.transform:<9} {x.set_name} {x.doc_id} {x.evidence!r} {x.value} -> "
                  f"{x.now}\n    {x.sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
