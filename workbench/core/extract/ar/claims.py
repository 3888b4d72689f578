"""Responsibility claims and denials in Arabic ("تبنى تنظيم ... الهجوم").

* responsibility: "تبنى/تبنت/يتبنى X ..." and "أعلن X مسؤوليته عن ...";
* denial: "نفى X أي علاقة/مسؤولية/تورط/صلة ...".

A negated claim ("لم تتبن أي جهة") is skipped. ``claimant`` is the subject
phrase after the verb, or before an imperfect verb in a headline
("داعش يتبنى الهجوم").
"""

from __future__ import annotations

import re
from typing import Any

from ..lang import ar as V
from .tokens import folded_text

_VERB = re.compile(rf"(?<![\w])[وف]?(?P<verb>{'|'.join(V.CLAIM_VERBS_FOLDED)})(?!\w)")
_OBJ = re.compile(rf"(?P<obj>{'|'.join(V.RESPONSIBILITY_NOUNS_FOLDED)}"
                  rf"|اي\s+(?:{'|'.join(V.DENIED_LINK_NOUNS_FOLDED)}))(?!\w)")
# Every verb above holds one of these letters in a row. _VERB opens with a look-behind, which
# gives the regex engine no first character to skip to, so it would be tried at every
# position; these are found by str.find in C, and _VERB is tried only at the word starts
# they allow (the verb begins at most one letter before its core, a clitic one more).
_VERB_CORES = V.CLAIM_VERB_CORES_FOLDED
_ANNOUNCING_DENYING = V.ANNOUNCING_DENYING_VERBS_FOLDED  # read once per verb found
_DENYING = V.DENYING_VERBS_FOLDED
_NEG = re.compile(rf"(?:^|\s)[وف]?(?:{'|'.join(V.CLAIM_NEGATIONS)})\s*$")
_HEAD_VERB = re.compile(rf"^(?P<who>[^\n]{{2,40}}?)\s+"
                        rf"(?P<verb>{'|'.join(V.HEADLINE_CLAIM_VERBS_FOLDED)})\s")


def find_claims_ar(text: str) -> list[dict[str, Any]]:
    folded = folded_text(text)  # shared with the other engines
    ft = folded.text
    out: list[dict[str, Any]] = []
    head = _HEAD_VERB.match(ft)
    if head:
        out.append(_item(folded, head.start(), ft.find("\n") if "\n" in ft else len(ft),
                         head.group("who"), "responsibility"))
    for m in _verb_matches(ft):
        if (head and m.start() < head.end()) or _NEG.search(ft[max(0, m.start() - 6):m.start()]):
            continue
        verb = m.group("verb")
        # The object within the same clause: up to six words after the verb.
        window = re.split(r"[.،,؟!\n]", ft[m.end():m.end() + 80])[0]
        words = window.split()
        obj = _OBJ.search(" ".join(words[:7]))
        if verb.startswith(_ANNOUNCING_DENYING) and not obj:
            continue
        kind = "denial" if verb.startswith(_DENYING) else "responsibility"
        if obj:
            mid = window[:window.find(obj.group())].strip()
            end = m.end() + window.find(obj.group()) + len(obj.group())
        else:
            mid = " ".join(words[:2])
            end = m.end() + len(window.rstrip())
        claimant = mid.strip('"«» ') or None
        out.append(_item(folded, m.start("verb"), end, claimant, kind))
    return out


def _verb_matches(ft: str) -> list[re.Match[str]]:
    """``list(_VERB.finditer(ft))``, found from the verbs' cores. A match is a whole word
    (no word character on either side), so two never overlap and each is found wherever
    ``_VERB.match`` succeeds."""
    starts: set[int] = set()
    for core in _VERB_CORES:
        p = ft.find(core)
        while p >= 0:
            starts.update(range(max(0, p - 2), p + 1))
            p = ft.find(core, p + 1)
    found = []
    for p in sorted(starts):
        m = _VERB.match(ft, p)
        if m:
            found.append(m)
    return found


def _item(folded, fs: int, fe: int, claimant: str | None,  # type: ignore[no-untyped-def]
          kind: str) -> dict[str, Any]:
    s, e = folded.span(fs, fe)
    if claimant:
        # The claimant is reported as written: find its folded words in the span.
        pos = folded.text.find(claimant, fs if fs < fe else 0)
        if pos >= 0:
            cs, ce = folded.span(pos, pos + len(claimant))
            claimant = folded.original[cs:ce]
    return {"start": s, "end": e, "text": folded.original[s:e], "claimant": claimant,
            "claim_type": kind}
