"""Score the English casualty engine on gold sets whose displaced, captured, arrested and
missing figures are told as a state or a movement rather than as the event.

News tells the same people in both ways: "3,000 people were displaced" or "3,000 people
have fled their homes" or "remain displaced"; "twelve pupils were abducted by gunmen" or,
a day later, "twelve pupils remain in the hands of the gunmen"; "two fishermen went
missing" or "two fishermen remain unaccounted for". A reading that holds for the event
and not for the state is brittle. Each transform below finds, in every gold entry of its
outcome, the verb group of a plain shape, replaces it where the replacement is safe and
skips the entry elsewhere (and counts it skipped). The count and the people are kept;
picks among wordings are seeded by the document and the place.

    python bench/blind/perturb_state.py bench/blind/en-17.jsonl [--transform held ...]
    python bench/blind/perturb_state.py bench/blind/en-*.jsonl --lost

Transforms:
  displaced  "were displaced" / "fled" / "have fled" swapped for another wording of the
             flight or its state ("fled their homes", "have been forced from their homes",
             "remain displaced", "were driven from the area", "have sought refuge in
             nearby towns", "have moved to nearby towns", "sought shelter in camps near
             the border"); a place fled kept ("have been driven from Birao"); "N
             displaced people" -> "N people displaced by the fighting"
  held       "were abducted / kidnapped / seized / captured / taken hostage" -> "are still
             being held" / "remain in captivity", or with the captors kept "are still held
             by <agent>" / "remain in the hands of <agent>"; only where the captors follow
             the verb or a capture word stays in the sentence or the one before; "were
             kidnapped in March" -> "have been held since March"; "gunmen abducted N" ->
             "gunmen are still holding N"
  detained   "were / have been / had been arrested / detained" -> "remain in detention" /
             "are still in custody" (the arrest told as the state it left); only where the
             clause ends or a free adjunct follows, and an arrest or the police stays in the
             sentence or the one before
  journey    (round en141) a displaced verb group whose clause ends or an adjunct follows
             -> the journey, arrival, registration or stay that told the flight
             ("relocated to nearby towns", "have registered at the transit centre",
             "crossed into camps near the border", "are now living in tents")
  missing    "are / were / went / have been missing" -> "remain unaccounted for" / "are
             still missing" / "have not been seen since" / "remain missing"
  care       "were / have been / had been wounded / injured / hurt" -> "were taken to
             hospital" / "were rushed to hospital" / "were admitted to hospital" / "were
             hospitalised" (the hurt told by their care, in the verb's tense); only where
             the clause ends or a free adjunct follows, and violence stays in the sentence
             or the one before

Left out on purpose from ``displaced``: "sheltering in <place>" and a move in the simple
past ("moved to <place>"): the blind sets' gold calls a move (to a basement, to a school)
no displacement unless flight or violence is told, and people sheltering during one attack
are hiding. ``journey`` uses the simple past only where the gold already calls the figure
displaced, so the story's flight or violence is told.

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform,
with the figures each transform touched and skipped; ``--lost`` lists every figure read
untransformed and lost under a transform, with its new sentence. The offset map, the gold
carrier and the casualty report are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Doc,
    Edit,
    Lost,
    Predictions,
    Sites,
    SitesScore,
    Spans,
    carry_doc,
    casualty_main,
    casualty_parser,
    counted_sites,
    lost_line,
    measure_casualties,
    overlaps,
    pick,
    same_case,
    sentence_around,
    sites_row,
)
from perturb_core import gold_spans as _gold_spans

KIND = "casualties"

# ---------------------------------------------------------------- wordings

PLACES = ("nearby towns", "neighbouring villages", "the provincial capital",
          "camps near the border")

# The displaced verb group by its tense: the wordings it may become ({place} filled in).
# (round en131) the move and the refuge too: "have moved to {place}", "sought shelter in
# {place}", "had taken shelter in {place}", read as displacement in a story of violence.
# (round en136) the leaving too: "left for {place}", "have left for {place}", "abandoned
# their fields", "had abandoned their orchards".
DISPLACED_WORDINGS: dict[str, tuple[str, ...]] = {
    "past": ("were displaced", "fled their homes", "were forced from their homes",
             "were driven from the area", "sought refuge in {place}",
             "sought shelter in {place}", "left for {place}", "abandoned their fields"),
    "perfect": ("have been displaced", "have fled their homes", "have been forced from their homes",
                "remain displaced", "have sought refuge in {place}", "have moved to {place}",
                "have sought shelter in {place}", "have left for {place}"),
    "pluperfect": ("had been displaced", "had fled their homes", "had been forced from their homes",
                   "had been driven from the area", "had sought refuge in {place}",
                   "had moved to {place}", "had taken shelter in {place}",
                   "had abandoned their orchards"),
    "present": ("remain displaced", "are still displaced", "have been forced from their homes"),
}
# (round en141) the flight told by the journey, the arrival, the registration or the stay
# that followed it, every wording by its tense ({refuge} a place of refuge):
# "relocated to {place}", "have registered at {refuge}", "are now living in tents".
JOURNEY_WORDINGS: dict[str, tuple[str, ...]] = {
    "past": ("relocated to {place}", "walked to {place}", "crossed into {place}",
             "arrived at {refuge}", "registered at {refuge}"),
    "perfect": ("have since moved to {place}", "have relocated to {place}",
                "have crossed into {place}", "have registered at {refuge}",
                "have arrived at {refuge}"),
    "pluperfect": ("had relocated to {place}", "had walked to {place}",
                   "had crossed into {place}", "had registered at {refuge}"),
    "present": ("are now living in tents", "are sleeping in the open",
                "are living with host families"),
}
REFUGES = ("the transit centre", "the border reception point", "the camp",
           "the reception centre")
HELD_WORDINGS = ("are still being held", "remain in captivity")
HELD_ONE_WORDINGS = ("is still being held", "remains in captivity")
HELD_BY_WORDINGS = ("are still held by {agent}", "remain in the hands of {agent}")
HELD_ONE_BY_WORDINGS = ("is still held by {agent}", "remains in the hands of {agent}")
DETAINED_WORDINGS = ("remain in detention", "are still in custody", "remain in custody")
DETAINED_ONE_WORDINGS = ("remains in detention", "is still in custody", "remains in custody")
MISSING_WORDINGS = ("remain unaccounted for", "are still missing", "have not been seen since",
                    "remain missing")
MISSING_ONE_WORDINGS = ("remains unaccounted for", "is still missing", "has not been seen since",
                        "remains missing")

CARE_WORDINGS: dict[str, tuple[str, ...]] = {
    "past": ("were taken to hospital", "were rushed to hospital", "were admitted to hospital",
             "were hospitalised"),
    "perfect": ("have been taken to hospital", "have been rushed to hospital",
                "have been admitted to hospital", "have been hospitalised"),
    "pluperfect": ("had been taken to hospital", "had been rushed to hospital",
                   "had been admitted to hospital", "had been hospitalised"),
}

# ---------------------------------------------------------------- shapes

_DISPLACED_VERB = (r"(?:displaced|uprooted|fled(?:\s+their\s+homes)?"
                   r"|(?:forced|driven)\s+(?:from|out\s+of)\s+their\s+homes)")
_DISPLACED = re.compile(
    rf"\b(?P<aux>were|are(?:\s+now)?|have(?:\s+now)?(?:\s+been)?|had(?:\s+been)?)\s+"
    rf"(?P<verb>{_DISPLACED_VERB})\b"
    rf"|\b(?P<bare>fled(?:\s+their\s+homes)?)\b", re.I)
_DISPLACED_NOUN = re.compile(
    r"\bdisplaced\s+(?P<noun>people|persons|civilians|residents|villagers|families)$", re.I)
_CAPTURE_VERB = r"(?:abducted|kidnapped|seized|captured|taken\s+(?:hostage|captive))"
_HELD = re.compile(rf"\b(?P<aux>were|was|have\s+been|has\s+been|had\s+been)\s+"
                   rf"(?P<verb>{_CAPTURE_VERB})\b", re.I)
# Captors named right before an active capture verb, in the plural the state agrees with.
_CAPTORS = (r"(?:gunmen|militants|kidnappers|rebels|bandits|insurgents|fighters|attackers|"
            r"pirates|abductors|assailants|jihadists|militiamen|gang\s+members|armed\s+men)")
_ACTIVE_HELD = re.compile(rf"\b(?P<captors>{_CAPTORS})\s+(?:also\s+)?"
                          r"(?P<verb>abducted|kidnapped|seized)\s+(?=[\w-]*\d|an?\b|one|two|"
                          r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                          r"scores|hundreds|several|at\s+least|more\s+than|some|about)", re.I)
ACTIVE_HELD_WORDINGS = ("are still holding", "still hold", "are holding")
_TIME_IN = re.compile(r"\s+in(?=\s+(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December|\d{4})\b)")
HELD_SINCE_WORDINGS = ("have been held since", "have been in captivity since")
HELD_ONE_SINCE_WORDINGS = ("has been held since", "has been in captivity since")
_DETAINED = re.compile(r"\b(?P<aux>were|was|have\s+been|has\s+been|had\s+been)\s+"
                       r"(?P<verb>arrested|detained)\b", re.I)
_ARREST_WORD = re.compile(r"\b(?:arrest\w*|detain\w*|detention|custody|police\w*|"
                          r"security\s+forces|gendarmes?)\b", re.I)
_MISSING = re.compile(
    r"\b(?P<aux>are|were|is|was|went|remain|remains|remained|have\s+been|has\s+been|had\s+been)"
    r"(?:\s+still)?\s+missing\b", re.I)
# What may follow a replaced verb group: the clause ends, or an adjunct that fits every
# wording (a place after "in", a time, a cause in a clause of its own).
_FREE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?:and|after|since|when|as|following|because|during|amid|"
    r"over|this|last|on|in|across|while|but)\b", re.I)
# After these the wording would clash with what the original verb took ("displaced by",
# "fled to", "abducted from their school"): the entry is skipped.
_TAKES_OBJECT = re.compile(r"\s+(?:by|from|to|into|out|with|for|at|off|away)\b", re.I)
_SINGULAR_AUX = {"was", "is", "has been", "remains", "remained"}
_AGENT = re.compile(r"\s+by\s+(?P<agent>(?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*[,.;:!?)]|\s+(?:and|"
                    r"after|on|in|during|near|who|while|last|this|as)\b)", re.I)
# Agents whose holding is an arrest or a custody, not a capture.
_NOT_CAPTORS = re.compile(r"\b(?:police|army|troops|soldiers|forces|authorities|officers|"
                          r"government|military|navy|guards?|coast\s+guard|officials)\b", re.I)
_CAPTURE_WORD = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|captives?|captors?|captivity|"
                           r"ransom|seiz\w*|captur\w*)\b", re.I)
# What a flight may take: a place fled (a name, "the", "their") or a preposition of it.
_FLED_WHAT = re.compile(r"\s+(?:(?P<prep>from|to|into|towards?|across)\b|(?=(?:the|their)\b|[A-Z]))"
                        r"(?!\s*(?:the\s+)?(?:shelling|fighting|violence|bombardment|clashes|"
                        r"attacks?|raids?|floods?|unrest|war|gangs?|militias?)\b)")
# "have since fled": the participle would need its own auxiliary.
_ADVERB_BEFORE = re.compile(r"\b(?:have|has|had)\s+\w+\s+$", re.I)
FLED_FROM_WORDINGS: dict[str, tuple[str, ...]] = {
    "past": ("were driven", "were forced"), "perfect": ("have been driven", "have been forced"),
    "pluperfect": ("had been driven", "had been forced"), "present": (),
}
# A time told after the event would no longer fit its state ("held last year").
_NOT_WITH_STATE = re.compile(r"\s+(?:last|this|on|during|when|as|since|after|following|and)\b",
                             re.I)
_MONTH = re.compile(r"\s+in\s+(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December|\d{4})\b")


def _previous_sentence(text: str, start: int) -> str:
    if start <= 0:
        return ""
    s, _ = sentence_around(text, max(0, start - 2), max(0, start - 2))
    return text[s:start]


def _entries(doc: Doc, spans: Spans, outcome: str) -> list[tuple[int, int, dict]]:
    gold = doc.get(KIND) or []
    return [(a, b, e) for (a, b), e in zip(spans[KIND], gold, strict=True)
            if e.get("outcome") == outcome and b > a]


@dataclass
class Plan:
    """A transform's edits on one document."""

    edits: list[Edit] = field(default_factory=list)

    def add(self, edit: Edit) -> bool:
        if overlaps(self.edits, edit[0], edit[1]):
            return False
        self.edits.append(edit)
        return True


# ---------------------------------------------------------------- the transforms

def _tense(aux: str | None) -> str:
    if not aux:
        return "past"
    low = re.sub(r"\s+", " ", aux.lower())
    if low.startswith("had"):
        return "pluperfect"
    if low.startswith("have"):
        return "perfect"
    return "present" if low.startswith("are") else "past"


def _displaced_site(text: str, a: int, b: int) -> tuple[re.Match[str], str, str] | None:
    """The displaced verb group in [a, b), its tense, and how it goes on: "free" (the
    clause ends or an adjunct follows), "object" (what they fled, or "from", "to",
    "into", "towards" a place) or None (anything else)."""
    m = _DISPLACED.search(text, a, b)
    if m is None:
        return None
    if m.group("bare") and _ADVERB_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
        return None
    tense = _tense(m.group("aux"))
    verb = (m.group("verb") or m.group("bare")).lower()
    after = text[m.end():m.end() + 40]
    if tense == "present" and "displaced" not in verb:
        return None  # "are fled" is no English
    if _FREE_AFTER.match(after):
        return m, tense, "free"
    if verb.startswith("fled") and "their homes" not in verb and _FLED_WHAT.match(after):
        return m, tense, "object"
    return None


def displaced(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """A displaced figure's verb group swapped for another wording of the flight or its
    state, or its "displaced people" made "people displaced by the fighting"."""
    text = doc["text"]
    plan = Plan()
    for a, b, entry in _entries(doc, spans, "displaced"):
        seed = f"{doc.get('doc_id')}:{a}"
        if (entry.get("count_low") or 0) < 2:
            sites.skipped += 1
            continue
        noun = _DISPLACED_NOUN.search(text, a, b)
        if noun and noun.end() == b:
            new = f"{noun.group('noun')} displaced by the fighting"
            sites.touched += plan.add((noun.start(), noun.end(), new))
            continue
        found = _displaced_site(text, a, b)
        if found is None:
            sites.skipped += 1
            continue
        m, tense, goes_on = found
        old = m.group()
        if goes_on == "free":
            new = pick(DISPLACED_WORDINGS[tense], seed, old).format(
                place=pick(PLACES, seed + "p"))
            sites.touched += plan.add((m.start(), m.end(), same_case(old, new)))
            continue
        # "have fled Birao", "fled to the hills": the flight kept, told as being driven
        after = _FLED_WHAT.match(text, m.end())
        assert after is not None
        into = (after.group("prep") or "").lower()
        wording = pick(FLED_FROM_WORDINGS[tense], seed)
        if into == "from":
            end, new = after.end(), f"{wording} from"
        elif not into:
            end, new = m.end(), f"{wording} from"
        else:
            end, new = m.end(), f"{wording} from their homes"
        sites.touched += plan.add((m.start(), end, same_case(old, new)))
    return plan.edits


def journey(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """A displaced figure's verb group, where its clause ends or an adjunct follows,
    swapped for the journey, arrival, registration or stay that told the flight."""
    text = doc["text"]
    plan = Plan()
    for a, b, entry in _entries(doc, spans, "displaced"):
        seed = f"{doc.get('doc_id')}:{a}"
        found = _displaced_site(text, a, b) if (entry.get("count_low") or 0) >= 2 else None
        if found is None or found[2] != "free":
            sites.skipped += 1
            continue
        m, tense, _ = found
        old = m.group()
        new = pick(JOURNEY_WORDINGS[tense], seed, old).format(
            place=pick(PLACES, seed + "p"), refuge=pick(REFUGES, seed + "r"))
        sites.touched += plan.add((m.start(), m.end(), same_case(old, new)))
    return plan.edits


def _agent(text: str, at: int) -> re.Match[str] | None:
    m = _AGENT.match(text, at)
    if m is None or _NOT_CAPTORS.search(m.group("agent")):
        return None
    return m


def _has_capture_context(text: str, a: int, b: int, cut: tuple[int, int]) -> bool:
    """A capture word in the sentence of [a, b) outside the replaced ``cut``, or in the
    sentence before."""
    s, e = sentence_around(text, a, b)
    rest = text[s:cut[0]] + " " + text[cut[1]:e] + " " + _previous_sentence(text, s)
    return bool(_CAPTURE_WORD.search(rest))


def _held_active(text: str, a: int, b: int, seed: str) -> Edit | None:
    """"Gunmen abducted nine children" -> "Gunmen are still holding nine children": the
    captors stay named, the object ends its clause."""
    m = _ACTIVE_HELD.search(text, max(0, a - 40), b)
    if m is None or not (a <= m.start("verb") < b):
        return None
    after = text[b:b + 40]
    if not _FREE_AFTER.match(after) or _NOT_WITH_STATE.match(after) or _MONTH.match(after):
        return None
    return m.start("verb"), m.end("verb"), pick(ACTIVE_HELD_WORDINGS, seed)


def held(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """A captured figure's event ("were abducted") told as its state: with its captors
    kept when "by" names them or they are the subject, else only where a capture word
    stays in the sentence or the one before."""
    text = doc["text"]
    plan = Plan()
    for a, b, entry in _entries(doc, spans, "captured"):
        seed = f"{doc.get('doc_id')}:{a}"
        active = _held_active(text, a, b, seed)
        if active is not None:
            sites.touched += plan.add(active)
            continue
        m = _HELD.search(text, a, b)
        if m is None:
            sites.skipped += 1
            continue
        one = re.sub(r"\s+", " ", m.group("aux").lower()) in _SINGULAR_AUX
        if one != ((entry.get("count_low") or 0) == 1 and entry.get("qualifier") == "exact"):
            sites.skipped += 1
            continue
        agent = _agent(text, m.end())
        if agent is not None:
            options = HELD_ONE_BY_WORDINGS if one else HELD_BY_WORDINGS
            new = pick(options, seed).format(agent=agent.group("agent"))
            sites.touched += plan.add((m.start(), agent.end(), new))
            continue
        since = _TIME_IN.match(text, m.end())
        if since is not None and _has_capture_context(text, a, b, (m.start(), since.end())):
            new = pick(HELD_ONE_SINCE_WORDINGS if one else HELD_SINCE_WORDINGS, seed)
            sites.touched += plan.add((m.start(), since.end(), new))
            continue
        after = text[m.end():m.end() + 40]
        if (_TAKES_OBJECT.match(after) or not _FREE_AFTER.match(after) or _MONTH.match(after)
                or _NOT_WITH_STATE.match(after)
                or not _has_capture_context(text, a, b, (m.start(), m.end()))):
            sites.skipped += 1
            continue
        new = pick(HELD_ONE_WORDINGS if one else HELD_WORDINGS, seed)
        sites.touched += plan.add((m.start(), m.end(), new))
    return plan.edits


def detained(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """An arrested figure's event ("were detained") told as the state it left ("remain in
    detention"), only where an arrest or the police stays in the sentence or the one
    before: the state alone does not say who holds them."""
    text = doc["text"]
    plan = Plan()
    for a, b, entry in _entries(doc, spans, "arrested"):
        seed = f"{doc.get('doc_id')}:{a}"
        m = _DETAINED.search(text, a, b)
        if m is None:
            sites.skipped += 1
            continue
        one = re.sub(r"\s+", " ", m.group("aux").lower()) in _SINGULAR_AUX
        after = text[m.end():m.end() + 40]
        s, e = sentence_around(text, a, b)
        rest = (text[s:m.start()] + " " + text[m.end():e] + " "
                + _previous_sentence(text, s))
        if (one != ((entry.get("count_low") or 0) == 1 and entry.get("qualifier") == "exact")
                or _TAKES_OBJECT.match(after) or not _FREE_AFTER.match(after)
                or _MONTH.match(after) or _NOT_WITH_STATE.match(after)
                or not _ARREST_WORD.search(rest)):
            sites.skipped += 1
            continue
        new = pick(DETAINED_ONE_WORDINGS if one else DETAINED_WORDINGS, seed)
        sites.touched += plan.add((m.start(), m.end(), new))
    return plan.edits


def _missing_verbs(doc: Doc, spans: Spans,
                   sites: Sites) -> Iterator[tuple[re.Match[str], str, dict, str]]:
    """Each missing figure's verb group that a wording may replace, with the 40 characters
    after it, its entry and its seed: none that takes an object or runs on into more
    words (those are counted as skipped)."""
    text = doc["text"]
    for a, b, entry in _entries(doc, spans, "missing"):
        m = _MISSING.search(text, a, b)
        after = text[m.end():m.end() + 40] if m else ""
        if m is None or _TAKES_OBJECT.match(after) or not _FREE_AFTER.match(after):
            sites.skipped += 1
            continue
        yield m, after, entry, f"{doc.get('doc_id')}:{a}"


def missing(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """A missing figure's verb group swapped for another wording of the same state; "not
    seen since" only where nothing after it needs an object of "since"."""
    plan = Plan()
    for m, after, entry, seed in _missing_verbs(doc, spans, sites):
        one = re.sub(r"\s+", " ", m.group("aux").lower()) in _SINGULAR_AUX
        if one and (entry.get("count_low") or 0) > 1:
            sites.skipped += 1
            continue
        options = MISSING_ONE_WORDINGS if one else MISSING_WORDINGS
        if re.match(r"\s*(?:[,.;:!?)\"”’—–]|$)|\s+and\b", after) is None:
            # "went missing on Friday": "not been seen since on Friday" would not read
            options = tuple(o for o in options if not o.endswith("since"))
        old = m.group()
        sites.touched += plan.add((m.start(), m.end(), same_case(old, pick(options, seed, old))))
    return plan.edits


_HURT = re.compile(r"\b(?P<aux>were|was|have\s+been|has\s+been|had\s+been)\s+"
                   r"(?P<verb>wounded|injured|hurt)\b", re.I)
# What makes a stay in hospital a harm of violence, outside the replaced verb group.
_VIOLENCE_WORD = re.compile(
    r"\b(?:attack\w*|shell\w*|bomb\w*|blast\w*|explosion\w*|gunm[ae]n|gunfire|shot|"
    r"shoot\w*|clash\w*|fighting|raid\w*|ambush\w*|rockets?|missiles?|mortars?|grenades?|"
    r"airstrikes?|strikes?|militants?|militi\w*|rebels?|insurgents?|stabb\w*|beat\w*|"
    r"police|troops|soldiers|riot\w*|violence)\b", re.I)


def care(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """A wounded figure's verb group ("were injured") told by the care the hurt were given
    ("were rushed to hospital"), only where violence is told beside it: a stay in
    hospital alone is no wound."""
    text = doc["text"]
    plan = Plan()
    for a, b, entry in _entries(doc, spans, "wounded"):
        seed = f"{doc.get('doc_id')}:{a}"
        m = _HURT.search(text, a, b)
        if m is None:
            sites.skipped += 1
            continue
        aux = re.sub(r"\s+", " ", m.group("aux").lower())
        one = aux in _SINGULAR_AUX
        after = text[m.end():m.end() + 40]
        s, e = sentence_around(text, a, b)
        rest = (text[s:m.start()] + " " + text[m.end():e] + " "
                + _previous_sentence(text, s))
        if (one != ((entry.get("count_low") or 0) == 1 and entry.get("qualifier") == "exact")
                or _TAKES_OBJECT.match(after) or not _FREE_AFTER.match(after)
                or not _VIOLENCE_WORD.search(rest)):
            sites.skipped += 1
            continue
        new = pick(CARE_WORDINGS["perfect" if aux == "has been" else _tense(aux)], seed)
        if one:
            new = new.replace("were ", "was ", 1).replace("have been", "has been", 1)
        sites.touched += plan.add((m.start(), m.end(), same_case(m.group(), new)))
    return plan.edits


# The missing told with words between the copula and the state (the "between"
# transform): an adverb, an idiom of what is yet to be done, an aside set off by commas.
BETWEEN_WORDINGS = ("{be} therefore still missing", "{be} as yet unaccounted for",
                    "{be} yet to be accounted for", "{be}, for now, still missing",
                    "{be} thus still unaccounted for")
_BETWEEN_BE = {"are": "are", "remain": "are", "have been": "are", "were": "were",
               "remained": "were", "had been": "were", "went": "were", "is": "is",
               "remains": "is", "has been": "is", "was": "was"}


def between(doc: Doc, spans: Spans, sites: Sites) -> list[Edit]:
    """A missing figure's verb group told with words between its copula and the state
    ("are missing" -> "are as yet unaccounted for", "were yet to be accounted for"), where
    the clause ends or an adjunct follows; a singular verb stays singular."""
    plan = Plan()
    for m, _after, entry, seed in _missing_verbs(doc, spans, sites):
        aux = re.sub(r"\s+", " ", m.group("aux").lower())
        be = _BETWEEN_BE[aux]
        if aux == "went" and (entry.get("count_low") or 0) == 1:
            be = "was"
        new = pick(BETWEEN_WORDINGS, seed).format(be=be)
        sites.touched += plan.add((m.start(), m.end(), same_case(m.group(), new)))
    return plan.edits


Transform = Callable[[Doc, Spans, Sites], list[Edit]]
TRANSFORMS: dict[str, Transform] = {"displaced": displaced, "held": held, "detained": detained,
                                    "missing": missing, "journey": journey, "care": care,
                                    "between": between}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  sites: Sites | None = None) -> Doc:
    """The document with the transform's edits made and its gold carried through."""
    spans = _gold_spans(doc, predictions, "en")
    edits = TRANSFORMS[name](doc, spans, sites if sites is not None else Sites())
    return carry_doc(doc, edits, spans)


def measure_set(path: Path, names: list[str]) -> tuple[dict[str, SitesScore], list[Lost]]:
    """Casualty scores of one set untransformed ("none") and under each transform, and
    the figures each transform loses."""
    return measure_casualties(path, names, counted_sites(transform_doc), SitesScore)


_row = sites_row(10, "touched")


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(__doc__, TRANSFORMS, "English gold JSONL files")
    return casualty_main(parser, argv, TRANSFORMS, measure_set, SitesScore, _row, lost_line)


if __name__ == "__main__":
    sys.exit(main())
