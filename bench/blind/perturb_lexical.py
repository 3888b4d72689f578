"""Score the English casualty engine on gold sets whose casualty sentences use other
common words for the same thing.

News writes the same figure with many words: "people", "civilians" or "villagers";
"kidnapped", "abducted" or "seized"; "hit by stray bullets" or "hit by a stray bullet";
"Two women were wounded" or "A woman was wounded". A reading that holds for one word and
not for its neighbour is brittle. Each transform below edits only the sentences that hold
a gold casualty entry, keeps the meaning and the figure (or, for ``number``, changes the
figure to one and says so in the carried gold), and is deterministic: where it picks
among synonyms, the pick is seeded by the document and the place.

    python bench/blind/perturb_lexical.py bench/blind/en-17.jsonl [--transform verb ...]
    python bench/blind/perturb_lexical.py bench/blind/en-*.jsonl --lost

Transforms:
  people      the counted head noun or the agent swapped for a near synonym
              ("people" -> "civilians", "soldiers" -> "troops", "by gunmen" -> "by armed men")
  number      "N X were V-ed" made "A X was V-ed"; the carried gold count becomes 1
  determiner  "stray bullets" -> "a stray bullet", "shrapnel" -> "a piece of shrapnel"
  verb        an outcome verb swapped for one the annotation rules count the same
              ("kidnapped" -> "abducted", "arrested" -> "detained", "killed" -> "slain")
  harm        a wounding told by the harm received and a disappearance by its verb
              ("were wounded" -> "suffered injuries", "are missing" -> "vanished")

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform;
``--lost`` lists every figure read untransformed and lost under a transform, with its
sentence. The offset map and the gold carrier are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Doc,
    Edit,
    EditedScore,
    Lost,
    Predictions,
    Spans,
    carry_doc,
    casualty_main,
    casualty_parser,
    casualty_sites,
    edited_flag,
    lost_line,
    measure_casualties,
    overlaps,
    picker,
    same_case,
    tally_header,
    tally_row,
)
from perturb_core import gold_spans as _gold_spans

KIND = "casualties"

# ---------------------------------------------------------------- word families

# A counted head noun and the near synonyms of the same kind it may become.
PEOPLE: dict[str, tuple[str, ...]] = {
    "people": ("civilians", "residents", "villagers"),
    "civilians": ("people", "residents"),
    "residents": ("civilians", "people"),
    "villagers": ("residents", "civilians"),
    "soldiers": ("troops",),
    "troops": ("soldiers",),
    "police officers": ("policemen",),
    "policemen": ("police officers",),
    "gunmen": ("armed men", "assailants"),
    "militants": ("fighters",),
    "fighters": ("militants",),
}
# An agent after "by": the captor or the attacker.
AGENTS: dict[str, tuple[str, ...]] = {
    "gunmen": ("armed men", "unidentified attackers"),
    "armed men": ("gunmen", "unidentified attackers"),
    "unidentified gunmen": ("unknown attackers", "armed men"),
    "militants": ("fighters", "insurgents"),
    "attackers": ("assailants", "gunmen"),
    "kidnappers": ("abductors",),
}
# An outcome verb as past participle and the ones the annotation rules count the same;
# the second tuple holds those that are participles only (kept to a "was/were/been" verb).
VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "kidnapped": (("abducted", "seized"), ("taken",)),
    "abducted": (("kidnapped", "seized"), ("taken",)),
    "seized": (("kidnapped", "abducted"), ()),
    "arrested": (("detained",), ("picked up", "taken into custody")),
    "detained": (("arrested",), ("picked up", "taken into custody")),
    "injured": (("wounded", "hurt"), ()),
    "wounded": (("injured", "hurt"), ()),
    "hurt": (("injured", "wounded"), ()),
    "killed": ((), ("shot dead", "slain")),
    "slain": ((), ("killed",)),
}
# A plural made one: the irregular ones; a regular one drops its "s".
SINGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
            "policemen": "policeman", "gunmen": "gunman", "fishermen": "fisherman",
            "police officers": "police officer"}
NUMBER_WORD = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
               "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|had|have|has|got)\s+$", re.I)


def _word_re(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------- where to edit

@dataclass
class Plan:
    """A transform's edits on one document, and the gold entries whose count it changes."""

    edits: list[Edit] = field(default_factory=list)
    counts: dict[int, int] = field(default_factory=dict)

    def add(self, edit: Edit) -> None:
        if not overlaps(self.edits, edit[0], edit[1]):
            self.edits.append(edit)


# ---------------------------------------------------------------- the transforms

def people(doc: Doc, spans: Spans) -> Plan:
    """The counted head noun inside the evidence, and the agent after "by" in its
    sentence, swapped for a near synonym of the same kind."""
    text = doc["text"]
    plan = Plan()
    noun = re.compile(rf"\b(?:{_word_re(PEOPLE)})\b", re.I)
    agent = re.compile(rf"\bby\s+(?:{_word_re(AGENTS)})\b", re.I)
    for site in casualty_sites(doc, spans):
        for m in noun.finditer(text, site.start, site.end):
            options = PEOPLE[m.group().lower()]
            new = picker(doc, m.start()).choice(options)
            plan.add((m.start(), m.end(), same_case(m.group(), new)))
        for m in agent.finditer(text, site.sent_start, site.sent_end):
            word = re.sub(r"^by\s+", "", m.group(), flags=re.I)
            at = m.end() - len(word)
            new = picker(doc, at).choice(AGENTS[word.lower()])
            plan.add((at, m.end(), same_case(word, new)))
    return plan


_PLAIN_COUNT = re.compile(
    rf"(?<![\w,.-])(?P<num>{NUMBER_WORD}|[2-9]|1\d)\s+(?P<adj>(?:[a-z]+\s+)?)"
    rf"(?P<noun>police officers|[a-z]+)\s+(?P<be>were)\s+(?P<verb>[a-z]+ed|hurt|slain|taken)\b",
    re.I)
# A count after these is not a plain count ("at least five", "all five", "the five"), or
# is a part whose verb the whole shares ("19 civilians, among them seven children, were
# killed": made one, the verb would no longer agree with the whole).
_NOT_PLAIN = re.compile(r"\b(?:at least|about|around|some|nearly|almost|over|more than|"
                        r"up to|the|all|these|those|of|another|other|and|or|to|them|whom"
                        r"|including|among)\s+$", re.I)


def _singular(noun: str) -> str | None:
    low = noun.lower()
    if low in SINGULAR:
        return SINGULAR[low]
    if low.endswith(("ss", "us", "is", "ies", "ves")) or not low.endswith("s"):
        return None
    return noun[:-1]


def number(doc: Doc, spans: Spans) -> Plan:
    """A plain "N X were V-ed" inside the evidence made "A X was V-ed"; the entry's count
    becomes 1. Only an exact gold count equal to N, with nothing before the count that
    would make "a" wrong."""
    text = doc["text"]
    plan = Plan()
    gold = doc.get(KIND) or []
    for site in casualty_sites(doc, spans):
        entry = gold[site.index]
        if entry.get("qualifier") not in (None, "exact") or entry.get("count_high"):
            continue
        for m in _PLAIN_COUNT.finditer(text, site.start, site.end):
            if _value(m.group("num")) != entry.get("count_low"):
                continue
            if _NOT_PLAIN.search(text[max(0, m.start() - 15):m.start()]):
                continue
            one = _singular(m.group("noun"))
            # "Two bandits were killed and a fifth arrested": the count is referred to.
            if re.match(r"\W*(?:\w+\W+){0,6}?(?:a|the) (?:third|fourth|fifth|sixth|seventh)\b",
                        text[m.end():site.sent_end]):
                continue
            if one is None or m.group("adj").strip().lower() in {"more", "other", "of"}:
                continue
            first = (m.group("adj") or one)[:1].lower()
            article = "an" if first in "aeiou" else "a"
            # a sentence's first word, after a dateline's dash too
            head = m.start() == 0 or re.search(r"(?:^|[.!?][\"”’']?\s+|\n|\s[-–—]+\s+)$",
                                               text[:m.start()])
            plan.add((m.start("num"), m.end("num"), article.capitalize() if head else article))
            plan.add((m.start("noun"), m.end("noun"), one))
            plan.add((m.start("be"), m.end("be"), "was"))
            plan.counts[site.index] = 1
            break
    return plan


def _value(word: str) -> int:
    if word.isdigit():
        return int(word)
    return NUMBER_WORD.split("|").index(word.lower()) + 2


_DETERMINERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(by|with|from)\s+stray\s+bullets\b", re.I), r"\1 a stray bullet"),
    (re.compile(r"\b(by|with|from)\s+shrapnel\b", re.I), r"\1 a piece of shrapnel"),
    (re.compile(r"\b(by|with|from)\s+bullets\b", re.I), r"\1 a bullet"),
)


def determiner(doc: Doc, spans: Spans) -> Plan:
    """An agent or instrument in the plural or uncounted made one: "by stray bullets" ->
    "by a stray bullet", "by shrapnel" -> "by a piece of shrapnel"."""
    text = doc["text"]
    plan = Plan()
    for site in casualty_sites(doc, spans):
        for pattern, new in _DETERMINERS:
            for m in pattern.finditer(text, site.sent_start, site.sent_end):
                plan.add((m.start(), m.end(), m.expand(new)))
    return plan


def verb(doc: Doc, spans: Spans) -> Plan:
    """The outcome verb inside the evidence swapped for a near synonym; one that is only
    a participle ("taken", "slain") only after "was", "were", "been" and their kin."""
    text = doc["text"]
    plan = Plan()
    pattern = re.compile(rf"\b(?:{_word_re(VERBS)})\b", re.I)
    for site in casualty_sites(doc, spans):
        for m in pattern.finditer(text, site.start, site.end):
            both, participles = VERBS[m.group().lower()]
            options = list(both)
            if _BE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                options += participles
            if not options:
                continue
            new = picker(doc, m.start()).choice(options)
            plan.add((m.start(), m.end(), same_case(m.group(), new)))
    return plan


# A wounding's passive and the harm received that tells the same; a disappearance's state
# and the verbs of vanishing (the gold outcome must be the one the words tell).
HARM_RECEIVED = ("suffered injuries", "sustained injuries", "were left with injuries")
VANISHED = ("vanished", "disappeared", "went missing")
_WOUNDED_PASSIVE = re.compile(r"\b(?P<be>were|was)\s+(?:wounded|injured|hurt)\b", re.I)
# what may follow the passive and not the harm received: its agent or a clause of its own
# (looked for in the whole text: the evidence may end on the participle)
_PASSIVE_GOES_ON = re.compile(r"\s+(?:by|when|as|while|and)\b", re.I)
_MISSING_STATE = re.compile(r"\b(?:(?:were|are)\s+(?:still\s+)?missing|went\s+missing)\b", re.I)


def harm(doc: Doc, spans: Spans) -> Plan:
    """A plain passive of wounding inside a wounded entry's evidence told by the harm
    received ("Three soldiers were injured" -> "Three soldiers suffered injuries"), and a
    plural "are missing" inside a missing entry's told by a verb of vanishing; a passive
    with its agent or clause after it ("were injured by shrapnel") is left."""
    text = doc["text"]
    plan = Plan()
    gold = doc.get(KIND) or []
    for site in casualty_sites(doc, spans):
        outcome = gold[site.index].get("outcome")
        if outcome == "wounded":
            for m in _WOUNDED_PASSIVE.finditer(text, site.start, site.end):
                if _PASSIVE_GOES_ON.match(text, m.end()):
                    continue
                new = picker(doc, m.start()).choice(HARM_RECEIVED)
                if m.group("be").lower() == "was":
                    new = new.replace("were ", "was ")
                plan.add((m.start(), m.end(), new))
        elif outcome == "missing":
            for m in _MISSING_STATE.finditer(text, site.start, site.end):
                current = m.group().lower().split()[-2:]
                options = [v for v in VANISHED if v.split() != current]
                plan.add((m.start(), m.end(), picker(doc, m.start()).choice(options)))
    return plan


Transform = Callable[[Doc, Spans], Plan]
TRANSFORMS: dict[str, Transform] = {
    "people": people, "number": number, "determiner": determiner, "verb": verb,
    "harm": harm,
}


# ---------------------------------------------------------------- carrying and scoring

def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None) -> Doc:
    """The document with the transform's edits made and its gold carried through; an
    entry whose count the transform changed says the new count."""
    spans = _gold_spans(doc, predictions, "en")
    plan = TRANSFORMS[name](doc, spans)
    out = carry_doc(doc, plan.edits, spans)
    for i, count in plan.counts.items():
        out[KIND][i]["count_low"] = count
        out[KIND][i]["count_high"] = None
    out["_edited"] = bool(plan.edits)
    return out


def measure(path: Path, names: list[str]) -> tuple[dict[str, EditedScore], list[Lost]]:
    """Casualty scores of one set untransformed and under each transform, and the figures
    each transform lost."""
    return measure_casualties(path, names, edited_flag(transform_doc), EditedScore)


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(__doc__, TRANSFORMS, "English gold JSONL files", pooled=None)
    return casualty_main(parser, argv, TRANSFORMS, measure, EditedScore, tally_row(11), lost_line,
                         tally_header(11, ("edited", 6)))


if __name__ == "__main__":
    sys.exit(main())
