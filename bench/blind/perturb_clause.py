"""Score the English casualty engine on gold sets whose casualty figures are carried by
another voice or clause.

A reporter has one fact and several ways to put it: "Gunmen killed five villagers", "Five
villagers were killed by gunmen", "An attack on the village killed five villagers", "An
attack hit the village, killing five villagers", "... leaving five villagers dead", "Five
villagers have been killed", "Five villagers were reportedly killed". A reading that holds
for one and not for its neighbour is brittle. Each transform below rewrites a sentence that
holds a gold casualty figure into another of these shapes, keeps the count, qualifier and
outcome of the figure, and skips every sentence it cannot rewrite cleanly. Where the
rewrite moves the figure, the carried evidence is cut from the new words.

    python bench/blind/perturb_clause.py bench/blind/en-17.jsonl [--transform active ...]
    python bench/blind/perturb_clause.py bench/blind/en-*.jsonl --lost

Transforms:
  active      "N X were killed by Y" -> "Y killed N X"; an agentless passive of a harm a
              perpetrator does given a plain agent ("Gunmen killed N X")
  passive     "Y killed N X" -> "N X were killed by Y"
  participle  "An attack hit Z. N X were killed." -> "An attack hit Z, killing N X." or
              "..., leaving N X dead" (wounded: "wounding", "leaving N X wounded")
  relative    "N X were killed in an attack on Z" -> "An attack on Z killed N X", or
              "Officials condemned an attack on Z that killed N X"
  aspect      "were killed" -> "have been killed", "had been killed", "were reportedly
              killed", "are believed to have been killed", "were confirmed killed"
  whose       "N X were killed" -> "N X whose car was hit were killed": a possessive
              relative of a thing between the counted people and their verb, which leaves
              the outcome theirs

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform,
with the sentences each transform rewrote; ``--lost`` lists every figure read untransformed
and lost under a transform, with its new sentence. The offset map, the gold carrier and the
scorer are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
import zlib
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
    Site,
    Spans,
    TouchedScore,
    apply,
    capital,
    carry_doc,
    casualty_main,
    casualty_parser,
    casualty_sites,
    copy_plan,
    lost_line,
    measure_casualties,
    overlaps,
    pick,
    planned,
    sentence_from_capital,
    tally_header,
    tally_row,
)
from perturb_core import gold_spans as _gold_spans

KIND = "casualties"

# ---------------------------------------------------------------- words

AGENTS = ("attackers", "gunmen", "the militia")
# Outcomes a perpetrator does, so an agentless passive of them may be given one.
PERPETRATED = ("killed", "wounded", "injured", "abducted", "kidnapped", "shot dead")
# Past participle -> present participle for the joined "..., killing N X".
ING = {"killed": "killing", "wounded": "wounding", "injured": "injuring", "hurt": "hurting",
       "abducted": "abducting", "kidnapped": "kidnapping", "shot dead": "killing"}
# Outcomes a "..., leaving N X <state>" says the same of.
LEAVING = {"killed": "dead", "shot dead": "dead", "wounded": "wounded", "injured": "injured",
           "hurt": "hurt"}
# An event that may kill or wound as the subject of the verb.
EVENT_NOUNS = ("attack", "attacks", "raid", "ambush", "explosion", "blast", "bombing",
               "air strike", "airstrike", "strike", "drone strike", "shelling", "assault",
               "rocket attack", "suicide bombing", "car bomb", "roadside bomb", "clash",
               "clashes", "fighting", "firefight", "gunfight")
# The aspects and reporting frames of "were"/"was" that keep the figure.
ASPECT_PLURAL = ("have been", "had been", "were reportedly", "are believed to have been")
ASPECT_SINGULAR = ("has been", "had been", "was reportedly", "is believed to have been")
# Possessive relatives of a thing, told between counted people and their verb.
WHOSE_THINGS = ("whose car was hit", "whose house was searched", "whose vehicle was stopped",
                "whose names were not given", "whose convoy was attacked")

_NUMBER = (r"\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?"
           r"|a dozen|two dozen|dozens|scores|hundreds|thousands|several")
_QUALIFIER = (r"(?:at least|some|about|nearly|almost|more than|over|up to|as many as|around"
              r"|another)\s+")
# Words that end a counted noun phrase: a verb, a clause, a preposition.
_STOP = (r"were|was|is|are|had|have|has|and|or|but|who|which|that|of|in|on|at|by|from|"
         r"with|as|to|for|near|during|after|when|while|killed|wounded|injured|hurt|"
         r"abducted|kidnapped|arrested|detained|seized|shot|dead|said|says|reportedly|"
         r"including|among|them|they|it|its|their|his|her")
_NP = (rf"(?P<np>(?:{_QUALIFIER})?(?:{_NUMBER})(?:\s+(?!(?:{_STOP})\b)[A-Za-z'’-]+){{1,4}}?)")
_VERBS = (r"shot dead|killed|wounded|injured|hurt|abducted|kidnapped|arrested|detained"
          r"|seized")
_VERB = rf"(?P<verb>{_VERBS})"
# A second figure coordinated with the first, its "were" perhaps shared ("and 26 wounded").
_NP2 = (rf"(?P<np2>(?:{_QUALIFIER})?(?:{_NUMBER})(?:\s+(?!(?:{_STOP})\b)[A-Za-z'’-]+){{0,3}}?)")
_SECOND = rf"(?:\s+and\s+{_NP2}\s+(?:(?P<be2>were|was)\s+)?(?P<verb2>{_VERBS})\b)?"
_SECOND_ACTIVE = rf"(?:\s+and\s+(?P<verb2>{_VERBS})\s+{_NP2})?"
# A verb shared with a coordinated clause after it ("were killed and dozens of huts burned").
_GAPPED_AFTER = re.compile(r"\s*,?\s+(?:and|or|but)\b")
# What may follow a clause's last word: its end or an adjunct that attaches to the verb.
_CLAUSE_END = (r"(?=\s*(?:[.;]|$)|\s+(?:in|on|at|near|during|after|before|overnight|late|early"
               r"|last|when|while|as|outside|inside|across|since)\b)")
_AGENT = (r"(?P<agent>(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'’-]+\s+){0,2}?[A-Za-z'’-]+)")
_PASSIVE = re.compile(rf"{_NP}\s+(?P<be>were|was)\s+{_VERB}\b{_SECOND}", re.I)
_BY_AGENT = re.compile(rf"\s+by\s+{_AGENT}{_CLAUSE_END}", re.I)
_SUBJECT = r"(?P<subj>(?:[A-Z][A-Za-z'’-]*|the|a|an)(?:\s+[A-Za-z'’-]+){0,4}?)"
_ACTIVE = re.compile(
    rf"{_SUBJECT}\s+(?P<aux>(?:has|have|had)\s+)?{_VERB}\s+{_NP}{_SECOND_ACTIVE}{_CLAUSE_END}")
_EVENT = (rf"(?P<event>(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(EVENT_NOUNS)})"
          r"(?:\s+(?:on|in|near|at|against|by|of)\s+(?:[^,.;]|[,.]\d)+?)?)")
_RELATIVE = re.compile(
    rf"{_NP}\s+(?P<be>were|was)\s+(?P<verb>killed|wounded|injured){_SECOND}\s+(?:in|during)\s+"
    rf"{_EVENT}"
    r"(?=\s*(?:[.;]|,\s|$))", re.I)
_PLAIN_SENTENCE = re.compile(
    rf"{_NP}\s+(?P<be>were|was)\s+(?P<verb>killed|wounded|injured|abducted|kidnapped"
    rf"|shot dead){_SECOND}"
    r"(?P<tail>\s+(?:in|on|at|near|during|overnight|inside|outside)\b[^,;.\n]*)?"
    r"\.(?=\s|$)", re.I)
# "N X were killed when gunmen attacked Z." -> "Gunmen attacked Z, killing N X."
_WHEN_SENTENCE = re.compile(
    rf"{_NP}\s+(?P<be>were|was)\s+(?P<verb>killed|wounded|injured|abducted|kidnapped"
    rf"|shot dead){_SECOND}\s+when\s+"
    r"(?P<event>[^,;.\n\"“”]+?)(?P<rest>,[^;.\n\"“”]*)?\.(?=\s|$)", re.I)
# A sentence that tells of a violent event, which a figure may follow as its outcome.
_EVENT_SENTENCE = re.compile(
    rf"\b(?:{'|'.join(EVENT_NOUNS)}|attacked|stormed|struck|hit|exploded|opened fire|shelled"
    r"|ambushed|raided|detonated|went off|blew up|fired)\b", re.I)
# What makes a first sentence no plain event: speech, a quote, a question.
_NOT_EVENT = re.compile(r"\b(?:said|says|told|according|reported|added|asked)\b|[\"“”?]", re.I)
# A stop after these is no sentence's end.
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|No|Jan|Feb"
                           r"|Aug|Sept?|Oct|Nov|Dec|[A-Z])$")
_PRONOUNS = frozenset(re.findall(r"\S+", "it they he she we you i this that these those who which"))
# A subject's first word that is no name, so lowered inside a sentence.
_COMMON_FIRST = frozenset(re.findall(r"\S+", (
    "a an the gunmen attackers militants troops soldiers police policemen rebels insurgents "
    "militia militiamen fighters bandits security kidnappers assailants unidentified unknown "
    "suspected armed government army forces men an explosion shelling gunfire shrapnel "
    "bombs bullets rockets artillery several some two three four five six seven eight nine "
    "ten at more nearly about around over up as one another dozens scores hundreds "
    "thousands eleven twelve twenty thirty forty fifty officers")))
# What a plain subject never holds: a count, a clause of its own, a verb.
_NOT_SUBJECT = re.compile(r"\d|,|\b(?:was|were|is|are|has|have|had|who|which|that|and|but|"
                          r"said|says|of|after|when|while|also)\b", re.I)
# Before a clause that may open with its subject: a sentence's start, or a verb of saying.
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|reported|added|confirmed|told \w+)\s+(?:that\s+)?$")


def _lower(phrase: str) -> str:
    """A phrase moved from a sentence's start: its first letter lowered unless it may be a
    name."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return phrase[:1].lower() + phrase[1:] if first in _COMMON_FIRST else phrase


def _one(np: str) -> bool:
    """The counted phrase is one person ("a", "an", "one", "1")."""
    first = re.sub(_QUALIFIER, "", np, count=1, flags=re.I).split()[0].lower()
    return first in {"a", "an", "one", "1"}


# ---------------------------------------------------------------- where to edit

def sites(doc: Doc, spans: Spans) -> list[Site]:
    return casualty_sites(doc, spans, partial(sentence_from_capital, dateline=True))


def _opens_clause(text: str, site: Site, at: int) -> bool:
    """Offset ``at`` opens the clause's subject: the sentence's start, not a headline, or
    right after a verb of saying."""
    if at == site.sent_start:
        return "\n" not in text or text.rfind("\n", 0, at) >= 0
    return bool(_SAID_BEFORE.search(text[site.sent_start:at]))


@dataclass
class Plan:
    """A transform's edits on one document; the new evidence of the entries whose figure
    it moved (the original offset of the edit, and the evidence's start and end inside its
    replacement); the sentences it rewrote and those it skipped."""

    edits: list[Edit] = field(default_factory=list)
    evidence: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    touched: int = 0
    skipped: int = 0

    def add(self, edits: list[Edit], spans: list[tuple[int, int]], index: int,
            evidence: dict[int, tuple[int, int, int]] | None = None) -> bool:
        """Take the edits unless one overlaps an edit taken or swallows a gold figure the
        rewrite does not carry; ``evidence`` gives each carried figure's new evidence, as
        the original offset of one of the edits and its start and end inside that edit's
        replacement."""
        carried = {index, *(evidence or {})}
        for a, b, _new in edits:
            if overlaps(self.edits, a, b) or any(
                    j not in carried and a <= x and y <= b and b > a
                    for j, (x, y) in enumerate(spans)):
                self.skipped += 1
                return False
        self.edits.extend(edits)
        self.evidence.update(evidence or {})
        self.touched += 1
        return True


# ---------------------------------------------------------------- the transforms

def _at_evidence(pattern: re.Pattern[str], text: str, site: Site) -> re.Match[str] | None:
    """The pattern matched where the evidence opens, inside its sentence."""
    return pattern.match(text, site.start, site.sent_end)


def _figures(m: re.Match[str], form: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The figure(s) of a passive match told in another form, and where each stands in
    the words: "verb" ("killed five villagers and wounded three"), "ing" ("killing five
    villagers and wounding three"), "leaving" ("leaving five villagers dead and three
    wounded"); None when a verb has no such form."""
    pairs = [(m.group("verb").lower(), _lower(m.group("np")))]
    if m.group("np2"):
        pairs.append((m.group("verb2").lower(), m.group("np2")))
    parts: list[str] = []
    for verb, np in pairs:
        if form == "verb":
            parts.append(f"{verb} {np}")
        elif form == "ing" and verb in ING:
            parts.append(f"{ING[verb]} {np}")
        elif form == "leaving" and verb in LEAVING:
            parts.append(f"{np} {LEAVING[verb]}")
        else:
            return None
    words, places = ("leaving " if form == "leaving" else ""), []
    for i, part in enumerate(parts):
        words += " and " if i else ""
        places.append((len(words), len(words) + len(part)))
        words += part
    return words, places


def _carried(m: re.Match[str], gold: list[tuple[int, int]], index: int, at: int, lead: int,
             places: list[tuple[int, int]]) -> dict[int, tuple[int, int, int]]:
    """The new evidence of the match's figures: the first is the site's entry, the second
    the gold entry over the second figure, when there is one."""
    out = {index: (at, lead + places[0][0], lead + places[0][1])}
    if len(places) > 1:
        a, b = m.start("np2"), m.end("verb2")
        for j, (x, y) in enumerate(gold):
            if j != index and x < b and a < y:
                out[j] = (at, lead + places[1][0], lead + places[1][1])
                break
    return out


def active(doc: Doc, spans: Spans) -> Plan:
    """A passive made active: its agent the subject, or a plain agent given to a harm a
    perpetrator does."""
    text, plan, gold = doc["text"], Plan(), spans[KIND]
    for site in sites(doc, spans):
        m = _at_evidence(_PASSIVE, text, site)
        if m is None or not _opens_clause(text, site, m.start()):
            plan.skipped += 1
            continue
        verbs = [m.group("verb").lower(), (m.group("verb2") or m.group("verb")).lower()]
        by = _BY_AGENT.match(text, m.end(), site.sent_end)
        if _GAPPED_AFTER.match(text, by.end() if by else m.end()):
            plan.skipped += 1
            continue
        if by is not None and not re.search(r"\d|\b(?:who|which|whom|and|or)\b",
                                            by.group("agent")):
            agent, end = by.group("agent"), by.end()
        elif by is None and all(v in PERPETRATED for v in verbs) and not re.match(
                r"\s+by\b", text[m.end():]):
            agent, end = pick(AGENTS, f"{doc.get('doc_id')}:{site.index}"), m.end()
        else:
            plan.skipped += 1
            continue
        head = capital(agent) if m.start() == site.sent_start else _lower(agent)
        aux = "had " if re.search(r"\bhad\s*$", text[site.sent_start:m.start()]) else ""
        words, places = _figures(m, "verb") or ("", [])
        lead = f"{head} {aux}"
        plan.add([(m.start(), end, lead + words)], gold, site.index,
                 _carried(m, gold, site.index, m.start(), len(lead), places))
    return plan


def passive(doc: Doc, spans: Spans) -> Plan:
    """An active with a subject made passive with "by"."""
    text, plan, gold = doc["text"], Plan(), spans[KIND]
    for site in sites(doc, spans):
        m = None
        for start in (site.sent_start, *_said_ends(text, site)):
            m = _ACTIVE.match(text, start, site.sent_end)
            if m and m.start("verb") <= site.end and site.start < m.end():
                break
            m = None
        subj = m.group("subj") if m else ""
        if (m is None or subj.split()[0].lower() in _PRONOUNS or _NOT_SUBJECT.search(subj)
                or _GAPPED_AFTER.match(text, m.end())):
            plan.skipped += 1
            continue
        np, verb = m.group("np"), m.group("verb").lower()
        aux = (m.group("aux") or "").strip().lower()
        one = _one(np)
        be = {"": "was" if one else "were", "had": "had been",
              "has": "has been" if one else "have been",
              "have": "has been" if one else "have been"}[aux]
        head = capital(np) if m.start() == site.sent_start else np
        figure = f"{head} {be} {verb}"
        places = [(0, len(figure))]
        if m.group("np2"):
            places.append((len(figure) + 5, len(figure) + 5 + len(m.group("np2"))
                           + 1 + len(m.group("verb2"))))
            figure += f" and {m.group('np2')} {m.group('verb2').lower()}"
        new = f"{figure} by {_lower(subj)}"
        plan.add([(m.start(), m.end(), new)], gold, site.index,
                 _carried(m, gold, site.index, m.start(), 0, places))
    return plan


def _said_ends(text: str, site: Site) -> list[int]:
    """Where a clause reported after a verb of saying opens, in the site's sentence."""
    said = re.compile(r"\b(?:said|says|reported|added|confirmed)\s+(?:that\s+)?")
    return [site.sent_start + x.end() for x in said.finditer(text[site.sent_start:site.start + 1])]


def participle(doc: Doc, spans: Spans) -> Plan:
    """A figure's outcome told as a participle after its event: a plain figure sentence
    joined to the event sentence before it (", killing N X", ", leaving N X dead"), and
    "N X were killed when gunmen attacked Z" made "Gunmen attacked Z, killing N X"."""
    text, plan, gold = doc["text"], Plan(), spans[KIND]
    for site in sites(doc, spans):
        if site.start != site.sent_start or not _opens_clause(text, site, site.start):
            plan.skipped += 1
        elif m := _WHEN_SENTENCE.match(text, site.start):
            _when_joined(doc, text, site, m, plan, gold)
        elif m := _PLAIN_SENTENCE.match(text, site.start):
            _plain_joined(doc, text, site, m, plan, gold)
        else:
            plan.skipped += 1
    return plan


def _joined(doc: Doc, site: Site, m: re.Match[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """", killing N X" or, for deaths and wounds, ", leaving N X dead" (seeded)."""
    leaving = zlib.crc32(f"{doc.get('doc_id')}:{site.index}".encode()) % 2
    told = (leaving and _figures(m, "leaving")) or _figures(m, "ing")
    if told is None:
        return None
    return ", " + told[0], [(a + 2, b + 2) for a, b in told[1]]


def _plain_joined(doc: Doc, text: str, site: Site, m: re.Match[str], plan: Plan,
                  gold: list[tuple[int, int]]) -> None:
    first = _previous_sentence(text, site.sent_start)
    joined = _joined(doc, site, m)
    if (text[max(0, site.sent_start - 2):site.sent_start] != ". " or first is None
            or joined is None or not _EVENT_SENTENCE.search(first) or _NOT_EVENT.search(first)):
        plan.skipped += 1
        return
    at, end = site.sent_start - 2, m.end("verb2") if m.group("np2") else m.end("verb")
    plan.add([(at, end, joined[0])], gold, site.index,
             _carried(m, gold, site.index, at, 0, joined[1]))


def _when_joined(doc: Doc, text: str, site: Site, m: re.Match[str], plan: Plan,
                 gold: list[tuple[int, int]]) -> None:
    event = m.group("event")
    joined = _joined(doc, site, m)
    if event.split()[0].lower() in _PRONOUNS or len(event.split()) < 3 or joined is None:
        plan.skipped += 1
        return
    at, end = m.start("event"), m.end("event")
    plan.add([(m.start(), at + 1, text[at].upper()), (end, end, joined[0])], gold, site.index,
             _carried(m, gold, site.index, end, 0, joined[1]))


def _previous_sentence(text: str, start: int) -> str | None:
    """The sentence ending right before ``start`` on the same line (no headline, no
    abbreviation before its stop)."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start - 2]
    if not head or _ABBREVIATION.search(head):
        return None
    cut = [x.end() for x in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“A-Z0-9])", head)]
    sentence = head[cut[-1]:] if cut else head
    return sentence if len(sentence.split()) >= 4 else None


def relative(doc: Doc, spans: Spans) -> Plan:
    """"N X were killed in an attack on Z" made "An attack on Z killed N X", or framed as
    "Officials condemned an attack on Z that killed N X"."""
    text, plan, gold = doc["text"], Plan(), spans[KIND]
    for site in sites(doc, spans):
        m = _at_evidence(_RELATIVE, text, site)
        if m is None or not _opens_clause(text, site, m.start()):
            plan.skipped += 1
            continue
        event = m.group("event")
        framed = m.start() == site.sent_start and zlib.crc32(
            f"{doc.get('doc_id')}:{site.index}".encode()) % 2
        if framed:
            lead = f"Officials condemned {_lower(event)} that "
        else:
            lead = (capital(event) if m.start() == site.sent_start else _lower(event)) + " "
        words, places = _figures(m, "verb") or ("", [])
        plan.add([(m.start(), m.end(), lead + words)], gold, site.index,
                 _carried(m, gold, site.index, m.start(), len(lead), places))
    return plan


def aspect(doc: Doc, spans: Spans) -> Plan:
    """"were killed" told in another tense or frame of reporting that keeps the figure."""
    text, plan, gold = doc["text"], Plan(), spans[KIND]
    for site in sites(doc, spans):
        m = _at_evidence(_PASSIVE, text, site)
        if m is None or re.search(r"\b(?:had|has|have)\s*$", text[site.sent_start:m.start()]):
            plan.skipped += 1
            continue
        one = m.group("be").lower() == "was"
        pool = ASPECT_SINGULAR if one else ASPECT_PLURAL
        if m.group("verb").lower() == "killed":
            pool = (*pool, "was confirmed" if one else "were confirmed")
        plan.add([(m.start("be"), m.end("be"), pick(pool, f"{doc.get('doc_id')}:{site.index}"))],
                 gold, site.index)
    return plan


def whose(doc: Doc, spans: Spans) -> Plan:
    """A possessive relative of a thing put between the counted people and their verb
    ("N X whose car was hit were killed"); a count with no noun after it is left alone."""
    text, plan, gold = doc["text"], Plan(), spans[KIND]
    for site in sites(doc, spans):
        m = _at_evidence(_PASSIVE, text, site)
        words = re.sub(_QUALIFIER, "", m.group("np"), count=1, flags=re.I).split() if m else []
        if m is None or len(words) < 2 or re.search(
                r"\b(?:and|including|among\s+them|inside)\s+$", text[site.sent_start:m.start()]):
            plan.skipped += 1
            continue
        relative = pick(WHOSE_THINGS, f"{doc.get('doc_id')}:{site.index}")
        plan.add([(m.end("np"), m.end("np"), f" {relative}")], gold, site.index)
    return plan


Transform = Callable[[Doc, Spans], Plan]
TRANSFORMS: dict[str, Transform] = {
    "active": active, "passive": passive, "participle": participle, "relative": relative,
    "aspect": aspect, "whose": whose,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  plan: Plan | None = None) -> Doc:
    """The document rewritten by the transform, its gold carried through; an entry whose
    figure moved takes its evidence from the new words."""
    spans = _gold_spans(doc, predictions, "en")
    made = TRANSFORMS[name](doc, spans)
    out = carry_doc(doc, made.edits, spans)
    if made.edits:
        moved = apply(doc["text"], made.edits)
        for i, (at, a, b) in made.evidence.items():
            # an insertion's words start where the text before it ends
            inserted = not any(x == at < y for x, y, _ in made.edits)
            start = moved.end(at) if inserted else moved.start(at)
            out[KIND][i]["evidence"] = moved.text[start + a:start + b]
    if plan is not None:
        copy_plan(plan, made)
    return out


class Score(TouchedScore):
    """Casualty tp/fp/fn and the sentences a transform rewrote."""

    WIDTH = 9


def measure(path: Path, names: list[str]) -> tuple[dict[str, Score], list[Lost]]:
    """Casualty scores of one set untransformed and under each transform, and the figures
    each transform lost."""
    return measure_casualties(path, names, planned(transform_doc, Plan, Score), Score)


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(
        __doc__, TRANSFORMS, "English gold JSONL files",
        epilog="transforms: " + ", ".join(TRANSFORMS) + " (see the module's docstring)")
    return casualty_main(parser, argv, TRANSFORMS, measure, Score, tally_row(11), lost_line,
                         tally_header(11, ("sentences", 9)))


if __name__ == "__main__":
    sys.exit(main())
