"""Counts in the notation of medical and survey reports.

A research letter or a hospital's audit writes a group and then its size in brackets,
"Patients who were dead on arrival (n = 29)", and a count with its share, "98 (29%) had
gunshot wounds". The sentence rules read a count followed by its noun or its verb; here
the bracket stands between them, or the count stands after its phrase. Both readings are
narrow: a group of people the report treats (patients, children, victims), an outcome
named inside its own phrase, and no negation ("patients who were not injured (n = 40)").
A sample of respondents, a survey's households or patients with an illness give nothing.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .numbers import word_value

_N_EQUALS = re.compile(r"\(\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)")
# the phrase before the bracket: from the clause's opening to the bracket, at most 90
# characters; its first word a group the report counts
_CLAUSE_OPEN = re.compile(r"[.;:!?(\n]|,\s|\band\s")
_SUBJECT = re.compile(
    rf"(?:(?:the|all|those|of\s+the)\s+)?(?:[a-z][\w\-]*\s+)?(?P<g>{alt(EN.NOTATION_SUBJECTS)})\b",
    re.IGNORECASE)
_DEAD = re.compile(rf"\b(?:{alt(EN.NOTATION_DEAD)})\b", re.IGNORECASE)
_HURT = re.compile(rf"\b(?:{alt(EN.NOTATION_HURT)})\b", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:not|no|never|without|nor|un\w+ed)\b", re.IGNORECASE)
# "98 (29%) had gunshot wounds", "14 (9.5%) died": a count, its share, its predicate
_SHARE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+"
    r"(?:(?P<hurt>had\s+(?:(?:[a-z]+|or|and),?\s+){0,3}?(?:wounds|injuries|burns|fractures)"
    # (burns "on their roofs" are no one's)
    r"(?!\s+(?:on|to)\b))"
    r"|(?P<dead>(?:later\s+)?died|(?:were|was)\s+(?:killed|dead))"
    # ... or who they were, a part of the people an outcome names before it (after round
    # 45): "Of the injured, 40 (31.5%) were children"
    rf"|(?:were|was)\s+(?P<who>{alt(EN.NOTATION_WHO)}))\b",
    re.IGNORECASE)
# The people a share is a part of, named by their outcome earlier in the sentence: "Of the
# injured,", "Of the 150 wounded,", "Among those killed,". ("casualties" joins the dead
# and the wounded: no outcome of its own.)
_PART_OF = re.compile(
    r"\b(?:of|among)\s+(?:the|those)\s+(?:[\w,]+\s+){0,2}?"
    rf"(?:(?P<hurt>{alt(EN.NOTATION_PART_HURT)})|(?P<dead>{alt(EN.NOTATION_PART_DEAD)}))\b"
    r"(?:[^.;!?\n]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)  # (a share's decimal point goes on)


def notation_counts(text: str, out: list[dict[str, object]]) -> None:
    """Append to ``out`` the figures written as "(n = N)" after their phrase or as "N
    (P%)" before their predicate, where no figure already covers the count."""
    if not ("(n" in text or "(N" in text or "%)" in text):
        return
    found = [*_sized_groups(text), *_shares(text)]
    for f in found:
        if not any(int(o["start"]) < int(f["end"]) and int(f["start"]) < int(o["end"])
                   for o in out):
            out.append(f)


def _sized_groups(text: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for m in _N_EQUALS.finditer(text):
        lo = max(0, m.start() - 90)
        opens = [o.end() for o in _CLAUSE_OPEN.finditer(text, lo, m.start())]
        a = opens[-1] if opens else lo
        while a < m.start() and text[a].isspace():
            a += 1
        phrase = text[a:m.start()]
        subj = _SUBJECT.match(phrase)
        if subj is None or _DENIED.search(phrase):
            continue
        outcome = "killed" if _DEAD.search(phrase) else "wounded" if _HURT.search(
            phrase) else None
        value = word_value(m.group("n"))
        if outcome is None or value is None:
            continue
        found.append({"start": a, "end": m.end(), "text": text[a:m.end()],
                      "outcome": outcome, "count_low": value, "count_high": None,
                      "qualifier": "exact", "group": subj.group("g")})
    return found


def _shares(text: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for m in _SHARE.finditer(text):
        value = word_value(m.group("n"))
        if value is None:
            continue
        outcome = "killed" if m.group("dead") else "wounded"
        if m.group("who"):
            part = _PART_OF.search(text, max(0, m.start() - 120), m.start())
            if part is None:
                continue  # "Of the 300 respondents, 120 (40%) were women": no harm named
            outcome = "killed" if part.group("dead") else "wounded"
        found.append({"start": m.start(), "end": m.end(), "text": m.group(),
                      "outcome": outcome, "count_low": value, "count_high": None,
                      "qualifier": "exact", "group": m.group("who")})
    return found
