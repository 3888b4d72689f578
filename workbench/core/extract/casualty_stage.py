"""A learned second stage for English casualty figures (issue 11).

The rules of ``casualties.py`` read constructions; a wording they were never written
for is missed. This stage works from general structure instead: in a sentence holding
an outcome word of any family (``lang/en.py``), every count phrase the rules left
alone becomes a candidate, paired with each outcome word of the sentence. A logistic
regression over general features (outcome family, distance and what lies between,
the noun after the count, units, negation, modality, years, ages, clock times) scores
each pair; the best pair of a count is proposed when its score reaches the stored
threshold.

The weights are data (``casualty_stage_weights.py`` beside this module), written by
``tools/train_casualty_stage.py`` from the gold sets. ``propose`` never runs on
Arabic text: the registry gives Arabic documents no English engine.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt, first_chars
from .numbers import COUNT_RE, parse_count
from .spans import document
from .triggers import ARTICLE, COUNT, triggers

WEIGHTS_PATH = Path(__file__).with_name("casualty_stage_weights.py")
# The outcomes the gold counts; freeing people implies they were held.
_FAMILY_OF = {"freed": "captured"}
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_PUNCT_BREAKS = frozenset(EN.CLAUSE_BREAK_MARKS)
_CLOCK_AFTER = re.compile(r"\s*(?::\d\d|[ap]\.?m\b|o'clock|gmt\b|hrs\b|h\d\d)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"-year-old|\s+years?\s+old|\s*,\s*(?:was|is|were|had|has)\b",
                        re.IGNORECASE)
# How far apart (in tokens) a count and an outcome word can still be paired.
_MAX_GAP = 14


def _outcome_phrases() -> dict[str, str]:
    """Every outcome word or phrase of ``lang/en.py``, lowered, with its family."""
    found: dict[str, str] = {}
    tables: list[dict[str, tuple[str, ...]]] = [
        EN.OUTCOME_VERBS, EN.OUTCOME_PARTICIPLES, EN.OUTCOME_NOMINALS, EN.BULLETIN_LABELS,
        EN.STAGE_OUTCOME_CUES]
    for table in tables:
        for family, words in table.items():
            for w in words:
                found.setdefault(w.lower(), _FAMILY_OF.get(family, family))
    for noun, family in EN.OUTCOME_HEAD_NOUNS.items():
        found.setdefault(noun.lower(), family)
    return found


@cache
def _outcome_rx() -> tuple[CaseBlind, dict[str, str]]:
    phrases = _outcome_phrases()
    # The lookahead rejects most positions before the prefix tree is tried.
    return CaseBlind(rf"\b(?=[{first_chars(phrases)}])(?:{alt(phrases)})\b"), phrases


@dataclass(frozen=True)
class Candidate:
    """One count phrase paired with one outcome word of its sentence, and its features."""

    start: int  # document offsets of the proposed figure (count and its noun)
    end: int
    count_start: int
    count_end: int
    outcome: str
    count_low: int
    count_high: int | None
    qualifier: str
    group: str | None
    features: tuple[str, ...]


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    # Whether extract() runs the stage with these weights (the training tool decides,
    # from the leave-one-set-out measurement).
    enabled: bool = False

    def score(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def to_module(self, **about: Any) -> str:
        """The weights as a Python module (``casualty_stage_weights.py``): plain data that
        every install and frozen build carries with the code."""
        lines = ['"""Weights of the learned casualty stage, written by',
                 'tools/train_casualty_stage.py; do not edit by hand."""', "",
                 "ABOUT = {", *(f"    {json.dumps(k)}: {json.dumps(v)}," for k, v in
                                sorted(about.items())), "}",
                 f"ENABLED = {self.enabled}", f"THRESHOLD = {self.threshold!r}",
                 f"BIAS = {round(self.bias, 6)!r}", "WEIGHTS = {"]
        lines += [f"    {json.dumps(k)}: {round(v, 6)!r}," for k, v in sorted(self.weights.items())]
        return "\n".join([*lines, "}", ""])

    @classmethod
    def from_module(cls, module: Any) -> Model:
        return cls({str(k): float(v) for k, v in module.WEIGHTS.items()}, float(module.BIAS),
                   float(module.THRESHOLD), bool(module.ENABLED))


@cache
def stored_model() -> Model | None:
    """The weights shipped with the package, or None when there are none."""
    try:
        from . import casualty_stage_weights
    except ImportError:
        return None
    return Model.from_module(casualty_stage_weights)


# The feature every proposed pair carries: the rules left its count alone. Training sees
# the counts the rules took too (their structure is the same), and this feature learns
# how much rarer a figure is among the counts the rules left.
MISSED = "rules:missed"
# How far (characters) a figure the rules took may stand from a leftover count and still
# tell of it: tolls come in lists ("seven others were wounded, two of them seriously").
_RULES_NEAR = 80


def rules_context(count_start: int, count_end: int, outcome: str,
                  found: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """Features of a count from the rules' own figures around it (never its own)."""
    out: set[str] = set()
    for f in found:
        a, b = int(f["start"]), int(f["end"])
        if a < count_end and count_start < b:
            continue
        if max(a - count_end, count_start - b) <= _RULES_NEAR:
            out.add("rules:near")
            if f.get("outcome") == outcome:
                out.add("rules:near:same")
    return tuple(sorted(out))


# A model set for a while (the training tool's measurements): None runs the rules alone.
_CHOSEN: list[Model | None] = []


def active_model() -> Model | None:
    """The model extract() runs: one chosen with ``using``, else the stored one if it is
    switched on."""
    if _CHOSEN:
        return _CHOSEN[-1]
    model = stored_model()
    return model if model is not None and model.enabled else None


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Run extract() with ``model`` (None: the rules alone) inside the block."""
    _CHOSEN.append(model)
    try:
        yield
    finally:
        _CHOSEN.pop()


def rules_then_stage(text: str) -> list[dict[str, Any]]:
    """The English casualty engine: the rules, then the stage's figures if it is on."""
    from .casualties import find_casualties

    found: list[dict[str, Any]] = find_casualties(text)
    model = active_model()
    if model is None:
        return found
    return found + propose(text, found, model)


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else (
        "5-7" if n <= 7 else "8+")


_PERSON_SUFFIXES = tuple(w.lower() for w in EN.PERSON_SUFFIXES)


def _word_kind(word: str) -> str:
    """What a word right after a count is, in general terms."""
    low = word.lower()
    if not word[:1].isalnum():
        return "punct"
    if word[:1].isdigit():
        return "num"
    if low in EN.NONPERSON or low.rstrip("s") in EN.NONPERSON:
        return "unit"
    if low in ("year", "years", "month", "months", "day", "days", "hour", "hours"):
        return "unit"
    if low in ("people", "persons", "others", "more", "other"):
        return "people"
    if low in EN.PERSON_WORDS or low.rstrip("s") in EN.PERSON_WORDS or (
            low.endswith("ies") and low[:-3] + "y" in EN.PERSON_WORDS):
        return "person"
    if low in EN.AUXILIARIES:
        return "aux"
    if low == "of":
        return "of"
    if word[:1].isupper():
        return "cap"
    if low.endswith(_PERSON_SUFFIXES):
        return "personlike"
    return "word"


def _sentence_candidates(s_start: int, s_text: str, outcomes: list[tuple[int, int, str]],
                         counts: list[re.Match[str]], headline: bool,
                         taken: Sequence[tuple[int, int]] | None) -> Iterator[Candidate]:
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(s_text)]
    if not toks:
        return
    starts = [t[0] for t in toks]
    lows = [t[2].lower() for t in toks]
    hazard = not _HAZARDS.isdisjoint(lows)
    o_spans = [(bisect_right(starts, a) - 1, bisect_left(starts, b), fam)
               for a, b, fam in outcomes]
    count_tok = [bisect_right(starts, m.start()) - 1 for m in counts]
    for m, ci in zip(counts, count_tok, strict=True):
        if taken and _inside(taken, s_start + m.start(), s_start + m.end()):
            continue
        parsed = parse_count(m)
        if parsed is None:
            continue
        low_n, high_n, qualifier = parsed
        cj = bisect_left(starts, m.end())
        nxt = toks[cj][2] if cj < len(toks) else ""
        kind = _word_kind(nxt) if nxt else "end"
        if m.group("art"):
            continue  # "a man was killed" is the rules' (and "a" is in every sentence)
        prev = lows[ci - 1] if ci > 0 else ""
        if prev == "." and ci > 1:
            prev = lows[ci - 2]  # "Jan. 14"
        shape = _count_shape(m, low_n)
        base = [f"cnt:{shape}", f"next:{kind}", f"qual:{qualifier}"]
        if m.group("qual"):
            base.append("cnt:qualified")
        num = m.group()
        if len(num) == 4 and num.isdecimal() and num[:2] in ("19", "20"):
            base.append("cnt:year")
        if prev in EN.STAGE_MONEY_SIGNS or (m.start() > 0 and s_text[m.start() - 1] in "$£€"):
            base.append("prev:money")
        if prev in EN.MONTHS or prev.rstrip(".") in EN.MONTH_ABBREVIATIONS:
            base.append("prev:month")
        if prev in EN.STAGE_AGE_WORDS:
            base.append("prev:age")
        if prev in _PREPOSITIONS:
            base.append(f"prev:prep:{prev}" if prev in ("of", "to", "in", "on", "at", "by")
                        else "prev:prep")
        if prev in ("the", "and", ",", "of"):
            base.append(f"prev:{prev}")  # "two soldiers and five civilians", "the 14"
        if _CLOCK_AFTER.match(s_text, m.end()):
            base.append("cnt:clock")
        if _AGE_AFTER.match(s_text, m.end()) and low_n < 110 and kind != "person":
            base.append("cnt:age")
        if low_n == 1:
            base.append("cnt:one")
            if kind == "of":
                base.append("cnt:one:of")  # "one of the sites" singles out, not counts
        head = _head_kind(toks, cj)
        base.append(f"head:{head}")
        if any(w in _REPORTING for w in lows[cj:cj + 6]):
            base.append("after:report")  # the count's people speak: "one resident told"
        if hazard:
            base.append("hazard")
        if headline:
            base.append("headline")
        g_end, group = _group_end(toks, cj, kind)
        end = s_start + (g_end if group else m.end())
        for oi, oj, fam in o_spans:
            if oi < cj and oj > ci:
                continue  # the outcome word is part of the count phrase
            before = oj <= ci
            lo, hi = (oj, ci) if before else (cj, oi)
            gap = hi - lo
            if gap > _MAX_GAP:
                continue
            d = "ob" if before else "oa"
            between = lows[lo:hi]
            form = _form(lows[oj - 1] if oj > oi else lows[oi], " ".join(lows[oi:oj]))
            if oi > 0 and lows[oi - 1] == "to" and form == "present":
                form = "infinitive"  # "agreed to free three", "threatened to kill"
            feats = [*base, f"fam:{fam}", f"dir:{d}", f"fam:{fam}:{d}", f"gap:{_bucket(gap)}",
                     f"form:{form}", f"form:{form}:{d}",
                     f"gap:{d}:{_bucket(gap)}", f"fam:{fam}:next:{kind}",
                     f"dir:{d}:next:{kind}", f"fam:{fam}:head:{head}"]
            feats.extend(_between(between, lo, hi, count_tok, o_spans, oi))
            feats.extend(_modality(lows, min(ci, oi), max(cj, oj)))
            yield Candidate(
                start=s_start + m.start(), end=end,
                count_start=s_start + m.start(), count_end=s_start + m.end(),
                outcome=fam, count_low=low_n, count_high=high_n, qualifier=qualifier,
                group=group, features=tuple(sorted(set(feats))))


_HAZARDS = frozenset(w.lower() for w in EN.NATURAL_HAZARDS)


_NOUN_OUTCOMES = frozenset(w.lower() for w in (*EN.OUTCOME_HEAD_NOUNS,
                                                *(w for ws in EN.OUTCOME_NOMINALS.values()
                                                  for w in ws)))
_VERB_BASES = frozenset(w.lower() for ws in EN.OUTCOME_VERBS.values() for w in ws)
_IRREGULAR_PARTICIPLES = frozenset(EN.IRREGULAR_OUTCOME_PARTICIPLES)


def _form(last: str, phrase: str) -> str:
    """The grammatical form of an outcome word: a count before a present active verb
    ("Two bombers kill 9") counts its doers, before a participle its victims."""
    if phrase in _NOUN_OUTCOMES:
        return "noun"
    if last.endswith("ing"):
        return "ing"
    if last.endswith(("ed", "en")) or last in _IRREGULAR_PARTICIPLES:
        return "ed"
    if phrase in _VERB_BASES or last in _VERB_BASES:
        return "present"
    return "other"


def _head_kind(toks: list[tuple[int, int, str]], cj: int) -> str:
    """What the noun a few words after a count is: "more than 200 illegal guns" counts
    guns, "two more policemen" policemen."""
    for j in range(cj, min(cj + 4, len(toks))):
        kind = _word_kind(toks[j][2])
        if kind == "of":
            return "of:" + _partitive_kind(toks, j + 1)
        if kind in ("person", "people", "unit", "punct", "aux", "num"):
            return kind
        if toks[j][2].lower() in _NOUN_OUTCOMES:
            return "outcome"
    return "none"


_PARTITIVE_DETERMINERS = frozenset(EN.PARTITIVE_DETERMINERS)


def _partitive_kind(toks: list[tuple[int, int, str]], j: int) -> str:
    """What a count's "of" counts part of: "27 of them", "nine of the wounded" (people or
    an outcome), "one of the sites" (a thing)."""
    while j < len(toks) and toks[j][2].lower() in _PARTITIVE_DETERMINERS:
        j += 1
    if j >= len(toks):
        return "none"
    word = toks[j][2].lower()
    if word in ("them", "us", "whom", "those"):
        return "them"
    if word in _NOUN_OUTCOMES or word in _OUTCOME_ADJECTIVES:
        return "outcome"
    for k in range(j, min(j + 3, len(toks))):
        kind = _word_kind(toks[k][2])
        if kind in ("person", "people", "unit", "num"):
            return kind
    return "none"


_OUTCOME_ADJECTIVES = frozenset(EN.PEOPLE_BY_OUTCOME)


def _count_shape(m: re.Match[str], value: int) -> str:
    if m.group("vague"):
        return "vague"
    if m.group("b1") or m.group("num2"):
        return "range"
    if m.group("num") and m.group("num")[:1].isdigit():
        return "digits" if value < 1000 else "digits_big"
    return "word"


def _between(between: list[str], lo: int, hi: int, count_tok: list[int],
             o_spans: list[tuple[int, int, str]], self_oi: int) -> list[str]:
    out: list[str] = []
    words = set(between)
    if "," in words:
        out.append("btw:comma")
    if words & _PUNCT_BREAKS:
        out.append("btw:punct")
    if "and" in words or "or" in words:
        out.append("btw:and")
    if words & _CONTRASTS:
        out.append("btw:contrast")
    if words & _REPORTING:
        out.append("btw:report")
    if words & _RELATIVES:
        out.append("btw:rel")
    if words & _PREPOSITIONS:
        out.append("btw:prep")
    if words & _AUX:
        out.append("btw:aux")
    if any(lo <= t < hi for t in count_tok):
        out.append("btw:count")
    if any(lo <= oi < hi for oi, _, _ in o_spans if oi != self_oi):
        out.append("btw:outcome")
    if words & _NEGATIONS:
        out.append("btw:neg")
    return out


def _modality(lows: list[str], a: int, b: int) -> list[str]:
    """Negation or modality right before the pair or between its ends."""
    window = set(lows[max(0, a - 4):b])
    out = []
    if window & _NEGATIONS:
        out.append("neg")
    if window & _MODALS:
        out.append("modal")
    return out


_CONTRASTS = frozenset(EN.STAGE_CONTRASTS)
_REPORTING = frozenset(w.lower() for w in EN.REPORTING_VERBS)
_RELATIVES = frozenset(EN.STAGE_RELATIVES)
_PREPOSITIONS = frozenset(EN.STAGE_PREPOSITIONS)
_AUX = frozenset(EN.FINITE_AUXILIARIES_BE_HAVE)
_NEGATIONS = frozenset(EN.STAGE_NEGATIONS)
_MODALS = frozenset(EN.STAGE_MODALS)


def _group_end(toks: list[tuple[int, int, str]], cj: int, kind: str) -> tuple[int, str | None]:
    """The end of the victims' noun after a count, and the noun, when it names people."""
    if kind not in ("person", "personlike", "people", "cap"):
        return 0, None
    j = cj
    # an adjective or a nationality before the noun: "three Iraqi policemen"
    while j + 1 < len(toks) and j - cj < 2 and _word_kind(toks[j][2]) == "cap" and \
            toks[j + 1][2][:1].isalpha():
        j += 1
    return toks[j][1], " ".join(t[2] for t in toks[cj:j + 1])


def candidates(text: str, taken: Sequence[tuple[int, int]] | None = None,
               ) -> list[Candidate]:
    """The candidate pairs of ``text``. With ``taken`` (the spans of the rules' figures),
    only counts outside them, read only in the sentences that hold such a count near an
    outcome word; without, every count (training sees the counts the rules took too).
    Counts are tried only where the rules' trigger pass (kept on the document) says one
    can begin."""
    doc = document(text)
    sents = doc.sentences
    found = triggers(text)
    articles = set(found[ARTICLE])
    starts = [p for p in found[COUNT] if p not in articles]
    left = starts if taken is None else _outside(starts, taken)
    if not left:
        return []
    rx, phrases = _outcome_rx()
    first_nl = text.find("\n")
    low = doc.low if doc.ascii else None
    # One scan of the text for outcome words, shared out to the sentences.
    hits = [(m.start(), m.end(), m.group()) for m in (
        rx.rx.finditer(text) if low is None else rx.low.finditer(low))]
    if not hits:
        return []
    hit_starts = [h[0] for h in hits]
    out: list[Candidate] = []
    for i in doc.holding(left):
        s = sents[i]
        a, b = bisect_left(hit_starts, s.start), bisect_left(hit_starts, s.end)
        mine = [(h0 - s.start, h1 - s.start, phrases[" ".join(w.lower().split())])
                for h0, h1, w in hits[a:b] if h1 <= s.end]
        if not mine or not _near(left, s.start, s.end, mine):
            continue
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        counts = _counts(s.text, [p - s.start for p in starts[lo:hi]],
                         None if low is None else low[s.start:s.end])
        out.extend(_sentence_candidates(s.start, s.text, mine, counts, s.start < first_nl,
                                        taken))
    return out


def _outside(points: list[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """The sorted ``points`` that no span [start, end) holds."""
    if not spans:
        return points
    bounds = sorted(spans)
    out: list[int] = []
    j, reach = 0, -1
    for p in points:
        while j < len(bounds) and bounds[j][0] <= p:
            reach = max(reach, bounds[j][1])
            j += 1
        if p >= reach:
            out.append(p)
    return out


# How far (characters) a count may stand from an outcome word and still be read; pairs
# farther apart than _MAX_GAP tokens are dropped anyway.
_NEAR = 160


def _near(left: list[int], start: int, end: int, outcomes: list[tuple[int, int, str]],
          ) -> bool:
    """Whether a count left over in the sentence [start, end) stands near an outcome word."""
    i = bisect_left(left, start)
    while i < len(left) and left[i] < end:
        at = left[i] - start
        if any(a - _NEAR < at < b + _NEAR for a, b, _ in outcomes):
            return True
        i += 1
    return False


def _counts(sent: str, starts: list[int], low: str | None) -> list[re.Match[str]]:
    """The count phrases of a sentence, tried at the trigger pass's count starts, left to
    right without overlaps (as a scan would find them); the lowered twin on ASCII text."""
    rx = COUNT_RE.rx if low is None else COUNT_RE.low
    where = sent if low is None else low
    out: list[re.Match[str]] = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = rx.match(where, p)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def propose(text: str, found: Sequence[dict[str, Any]], model: Model | None = None,
            ) -> list[dict[str, Any]]:
    """Figures the rules did not find (``found`` are theirs), scored by ``model`` (the
    stored one by default); each count at most once, with its best outcome."""
    model = model or stored_model()
    if model is None:
        return []
    taken = [(int(f["start"]), int(f["end"])) for f in found]
    best: dict[int, tuple[float, Candidate]] = {}
    for c in candidates(text, taken):
        p = model.score((*c.features, MISSED,
                         *rules_context(c.count_start, c.count_end, c.outcome, found)))
        if p >= model.threshold and (c.count_start not in best
                                     or p > best[c.count_start][0]):
            best[c.count_start] = (p, c)
    return [{"start": c.start, "end": c.end, "text": text[c.start:c.end],
             "outcome": c.outcome, "count_low": c.count_low, "count_high": c.count_high,
             "qualifier": c.qualifier, "group": c.group, "learned": round(p, 3)}
            for _, (p, c) in sorted(best.items())]


def _inside(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)
