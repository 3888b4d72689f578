"""Responsibility claims and denials ("claimed responsibility for", "denied any involvement")."""

from __future__ import annotations

import re

from .folding import CaseBlind
from .spans import document, trim_span
from .speakers import backward_np, forward_np
from .triggers import CLAIM, triggers

# Case-blind: run as its lowered twin on ASCII text (folding.py).
_CLAIM = CaseBlind(
    r"\b(?P<resp>(?:claim(?:s|ed|ing)?|took|takes|taken|taking|accept(?:s|ed|ing)?"
    r"|assum(?:e|es|ed|ing)|bears?|bore)\s+(?:full\s+|sole\s+)?(?:the\s+)?responsibility"
    r"|(?:claim(?:s|ed|ing)?)\s+(?:the|Saturday's|Sunday's|last\s+\w+'s|this)\s+"
    r"(?:\w+\s+){0,3}?(?:attack|bombing|blast|killing|assault|ambush|kidnapping|abduction))"
    r"|\b(?P<deny>(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:any\s+|all\s+)?"
    r"(?:involvement|responsibility|role|links?|part|connection|having|being|that\s+it"
    r"|it\s+was|they\s+were|carrying|the\s+claim|the\s+accusation|charges?|accusations?))"
)
_PASSIVE_BY = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+claimed\s+by\s+")
_NEGATED = re.compile(r"\b(?:no|not|nobody|none|never|yet\s+to)\b[^.]{0,40}$", re.IGNORECASE)
_AUX = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|quickly|later|swiftly|since|already"
                  r"|immediately|publicly|officially|not))+$", re.IGNORECASE)


def find_claims(text: str) -> list[dict[str, object]]:
    cues = triggers(text)[CLAIM]
    if not cues:
        return []
    return _find_claims(text, cues)


def _find_claims(text: str, cues: tuple[int, ...],
                 every_sentence: bool = False) -> list[dict[str, object]]:
    """Claims of ``text`` given the offsets of its claim and denial words; a sentence
    without one is skipped unless ``every_sentence`` (the plain path of the tests)."""
    out: list[dict[str, object]] = []
    doc = document(text)
    sents = doc.sentences
    low = doc.low if doc.ascii else None
    # Only the sentences with a claim or denial verb (all of them for the tests).
    for i in range(len(sents)) if every_sentence else doc.holding(cues):
        sent = sents[i]
        s, base = sent.text, sent.start
        # The lowered twin over the lower-cased sentence finds the same spans.
        claims = _CLAIM.rx.finditer(s) if low is None else _CLAIM.low.finditer(
            low[base:sent.end])
        for m in claims:
            before = s[:m.start()]
            if _NEGATED.search(before[-45:]):
                continue
            aux = _AUX.search(before)
            cut = aux.start() if aux else len(before.rstrip())
            a, b = backward_np(s, cut)
            claimant = s[a:b] if b > a else None
            end = _clause_end(s, m.end())
            start = a if claimant else m.start()
            start, end = trim_span(s, start, end)
            out.append({
                "start": base + start, "end": base + end, "text": s[start:end],
                "claimant": claimant,
                "claim_type": "denial" if m.group("deny") else "responsibility",
            })
        for m in _PASSIVE_BY.finditer(s):
            a, b = forward_np(s, m.end(), len(s))
            if b <= a:
                continue
            out.append({
                "start": base + m.start(), "end": base + b, "text": s[m.start():b],
                "claimant": s[a:b], "claim_type": "responsibility",
            })
    return out


def _clause_end(s: str, pos: int) -> int:
    m = _CLAUSE_END.search(s, pos)
    return m.start() if m else len(s)


_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:but|while|which|and\s+said)\b| - ")
