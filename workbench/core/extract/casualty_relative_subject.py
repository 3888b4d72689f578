"""People described by a relative clause, then what happened to them (round en102).

"A neighbour who was walking her dog at the time suffered burns and shrapnel wounds to her
legs" (en-53), "A 45-year-old man who was struck on the head during the clashes died"
(en-52, left by the hundred-and-first round) and "at least 40 porters, who carry goods
across the border with Iraq on their backs, had been killed" (en-37): the clause after
"who" says who the people were, and the sentence's own verb, after it, says what befell
them. "who was killed" itself is read already (the clause's own verb).

The verb after the clause must be finite, as a main clause's is: a form of "be" or "have"
before the participle ("had been killed"), or "died", "suffered", "sustained",
"received"; a bare participle may belong to the clause ("A man who was walking his dog
found a woman killed"), and a clause with a count or a verb of saying has a subject of its
own ("a district official who said 27 people had died", en-19). Only deaths and wounds
are read so: "Two men who were arrested were later freed" keeps its arrest in the clause.

Round en205: the clause may hold a count of its own when it is the clause's object, not the
subject of the verb after ("Four men who kidnapped 12 students last year were arrested on
Monday": arrested 4, the 12 read by the clause's own verb). A count after the clause's verb
is its object unless that verb is one of saying or knowing, whose clause the count may open
("who said 27 people had died", "who feared 12 people were killed" keep their subject).
The people's own verb may then be an arrest or a capture as well as a death or a wound,
always with its auxiliary ("were arrested", "had been kidnapped"), and a group's "that"
opens such a clause when a verb opens it ("Three leaders of a farmers' union that has
fought the dam for a decade were kidnapped": captured 3, the body named after "of");
"told two reporters that 12 people were arrested" opens with a count, no verb, and stays a
report.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_OPEN = re.compile(
    # (round en205) the body the people belong to may come first: "Three leaders of a
    # farmers' union that has fought the dam ..."
    r"(?:\s+of\s+(?:a|an|the|its|their)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?"
    r"(?P<comma>\s*,)?\s+(?P<w>who|that)\s+(?=[a-z])", re.IGNORECASE)
# "that" is a relative only when a verb opens the clause: an auxiliary or a past form
_THAT_VERB = re.compile(r"(?:has|have|had|was|were|is|are)\s|[a-z]{2,}ed\s", re.IGNORECASE)
# ... and only on the body the people belong to, after "of": "members of a militia that
# ...", "leaders of a farmers' union that ..."; "Two men in the car that was hit died" tells
# of the car
_BODY_BEFORE_THAT = re.compile(
    r"\bof\s+(?:a|an|the|its|their)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+\s*$", re.IGNORECASE)
# What a relative clause may hold: no stop, quote or bracket, and no comma unless the
# clause is set off by commas (then it ends at the first one).
_CLAUSE_STOP = re.compile(r"[.;:!?\"“”()]")
_CLAUSE_REACH = 90
_READ_OUTCOMES = ("killed", "wounded", "captured", "arrested")
# A clause holding a count or a verb of saying has a subject of its own for the verb after
# it: "a district official who said 27 people had died" names no death of the official.
_OWN_SUBJECT = re.compile(
    rf"(?P<n>\d[\d,.]*|\b(?:{alt(tuple(EN.UNITS))})\b)"
    rf"|\b(?:{alt((*EN.RELATIVE_REPORT_VERBS, *EN.RELATIVE_KNOWING_VERBS))})\b",
    re.IGNORECASE)
# ... but a year or a count of things is no one's count (round en155): "Two former guerrillas
# who signed the 2016 peace agreement were shot dead", "Three men who had served 10 years in
# prison were killed" ("who said 27 people had died" keeps its subject)
_YEAR = re.compile(r"(?:19|20)\d\d(?![\d,.]\d)")
_THINGS_AFTER = re.compile(r"[\s\-]+(?:[^\W\d_]+[\s\-]+)?([^\W\d_]+)")
_NONPERSON = frozenset(EN.NONPERSON)


def _own_subject(s: str, start: int, end: int) -> bool:
    """Whether the relative clause from ``start`` to ``end`` has a subject of its own: a
    verb of saying or (round en205) of knowing, or a count that is neither a year nor a
    count of things nor the object of the clause's verb (a word before it)."""
    for m in _OWN_SUBJECT.finditer(s, start, end):
        if not m.group("n"):
            return True
        if _YEAR.fullmatch(m.group("n")):
            continue
        after = _THINGS_AFTER.match(s, m.end(), end)
        if after is not None and _NONPERSON.intersection(after.group(0).lower().split()):
            continue
        if not s[start:m.start()].strip():
            return True  # the clause opens on its count: "who 12 witnesses saw"
    return False
_FINITE_OPENERS = ("died", "suffered", "sustained", "received")


def relative_then_outcome(s: str, gend: int, predicate: re.Pattern[str]) -> (
        tuple[str, int] | None):
    """The outcome and the end of the main verb after a relative clause that opens at
    ``gend`` (after the people counted); ``predicate`` matches an outcome's verb at a
    position, with its auxiliaries in the group ``aux``. None when no such verb ends the
    clause."""
    m = _OPEN.match(s, gend)
    if m is None:
        return None
    start = m.end()
    if m.group("w").lower() == "that" and (not _THAT_VERB.match(s, start) or not (
            _BODY_BEFORE_THAT.search(s, max(0, m.start("w") - 40), m.start("w")))):
        return None
    stop = _CLAUSE_STOP.search(s, start, start + _CLAUSE_REACH)
    limit = stop.start() if stop else min(len(s), start + _CLAUSE_REACH)
    comma = s.find(",", start, limit)
    if m.group("comma"):
        if comma <= start or _own_subject(s, start, comma):
            return None
        return _outcome_at(s, comma, predicate)
    if comma >= 0:
        limit = comma
    pos = s.find(" ", start, limit)
    while pos >= 0:
        # (a capital opens a name, never an auxiliary: "in May were captured" is the month)
        if not s[pos + 1:pos + 2].isupper() and (
                found := _outcome_at(s, pos, predicate)) is not None:
            return None if _own_subject(s, start, pos) else found
        pos = s.find(" ", pos + 1, limit)
    return None


def _outcome_at(s: str, pos: int, predicate: re.Pattern[str]) -> tuple[str, int] | None:
    p = predicate.match(s, pos)
    if p is None or p.group("rel"):
        return None
    outcome = next((k for k in _READ_OUTCOMES if p.group(k)), None)
    if outcome is None:
        return None
    verb = p.group(outcome).lower()
    if not p.group("aux").strip() and not verb.startswith(_FINITE_OPENERS):
        return None
    return outcome, p.end()


def verb_in_relative(s: str, prev_start: int, verb_at: int) -> bool:
    """(round en205) Is the verb at ``verb_at`` inside a relative clause on the people of the
    figure that starts at ``prev_start`` ("Two men who killed 30 villagers were captured":
    "killed" is the clause's, its count is the 30, the men's verb is "were captured")?"""
    return any(s.find(w, prev_start, verb_at) >= 0 for w in (" who ", " that "))


def drop_clause_objects(out: list[dict[str, object]], n: int) -> None:
    """(round en205) Drop from ``out[n:]`` (one sentence's figures) a count inside the
    relative clause of a figure read through it, that took the people's own verb after the
    clause: "Five soldiers who guarded 40 prisoners were killed" kills the five, and the 40
    are the clause's object (the two figures end on the same verb, the inner one inside the
    outer one, "who" or "that" between their starts)."""
    keep = []
    for f in out[n:]:
        fs, fe = int(str(f["start"])), int(str(f["end"]))
        if not any(
                g is not f and g["end"] == fe and g["outcome"] == f["outcome"]
                and int(str(g["start"])) < fs
                and any(w in str(g["text"])[:fs - int(str(g["start"]))]
                        for w in (" who ", " that "))
                for g in out[n:]):
            keep.append(f)
    out[n:] = keep
