"""A bomber told before the blast by a description or a first act, and mourners who are no
toll (round en213).

The sentence rules count a bomber who "blew herself up" when the count stands right before
the verb ("A woman blew herself up", "Two bombers blew themselves up") or a word for a
bomber does ("The attacker detonated his vest, killing himself"). News describes the bomber
first, or tells what she did before the blast, and the count then stands far from it:

* "Two women wearing explosive vests blew themselves up among the guests",
  "a young woman in a black veil walked into the market and blew herself up",
  "Two teenage boys, both from Karsa, drove to the gate and blew themselves up";
* "A man drove a car packed with explosives into a police post and detonated it, killing
  himself and two officers" (no word for a bomber: the blast's words in the sentence make
  "killing himself" a bomber's death; with none it is a suicide, and stays unread).

The bomber is the first count of people opening the clause (the sentence's start, after a
comma: "One morning in May, a young woman ...", or after a dateline's dash), agreeing with
the reflexive (one for "himself"/"herself", more for "themselves"); the clause opens after
the last speaker's verb or relative word before the blast ("Two women told police that a
man blew himself up" is the man's).

Mourners counted in a headline are no toll: "Thousands bury soldiers killed in ...
bombing" was read as thousands killed, the group opened by the verb ("bury soldiers").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far before the blast the clause's bomber may stand.
_REACH = 260
_NOT_BETWEEN = frozenset(EN.SELF_BLAST_NOT_BETWEEN)
_ONE = frozenset(EN.SELF_BLAST_ONE)
_BOMBER_NOUNS = frozenset(EN.BOMBER_NOUNS)
_MOURNERS = frozenset(EN.MOURNER_VERBS)


@cache
def _blast() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?:{alt(EN.SELF_BLAST_VERBS)})\s+(?P<who>"
        rf"{alt((*EN.SELF_BLAST_ONE, *EN.SELF_BLAST_MANY))})(?:\s+up)?"
        rf"|(?:killing|killed)\s+(?P<killing>{alt(EN.SELF_BLAST_ONE)}))\b", re.IGNORECASE)


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SELF_BLAST_NOT_BETWEEN)})\b", re.IGNORECASE)


@cache
def _cues() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SELF_BLAST_CUES)})\b", re.IGNORECASE)


# A sentence's or a clause's end before the bomber.
_CLAUSE_END = re.compile(r"[.!?;:](?=\s)|\n|[\"“”]")
_WORD = re.compile(r"[a-z][a-z\-]*\Z")


def described_bombers(text: str, out: list[dict[str, object]], low: str,
                      people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each bomber told apart from the blast that killed them."""
    if not (("blew " in low or "blows " in low) and "sel" in low) and (
            "killing h" not in low and "killed h" not in low):
        return
    found: list[dict[str, object]] = []
    # (review 46) the figures read, by span: each blast looked through every figure (a
    # 96 KB report of such blasts took 25 times as long as 12 KB)
    spans: FigureSpans | None = None
    for m in _blast().finditer(text):
        lo = max(0, m.start() - _REACH)
        for e in _CLAUSE_END.finditer(text, lo, m.start()):
            lo = e.end()
        # the blast reported ("Police said a man ...", "told police that two women ..."):
        # its clause opens after the speaker's verb, or a relative's word
        for e in _reporting().finditer(text, lo, m.start()):
            lo = e.end()
        killing = m.group("killing") is not None
        if killing and (_cues().search(text, lo, m.start()) is None or any(
                w.lower().strip(",") in _BOMBER_NOUNS for w in text[lo:m.start()].split())):
            continue  # a suicide with no blast, or a bomber the older rule reads
        read = _bomber(text, lo, m, killing, people)
        if read is None:
            continue
        fig, subject = read
        if spans is None:
            spans = FigureSpans(out)
        if spans.overlaps(subject, m.start() if killing else m.end()):
            continue  # read already (a figure of the others after "killing" is no bar)
        found.append(fig)
        spans.add(fig)
    out.extend(found)


def _bomber(text: str, lo: int, m: re.Match[str], killing: bool,
            people: Callable[[list[str]], bool]) -> tuple[dict[str, object], int] | None:
    """The figure of the bomber opening the clause from ``lo`` before the blast ``m``, and
    where the bomber's words start."""
    one = (m.group("killing") or m.group("who")).lower() in _ONE
    for c in COUNT_RE.finditer(text, lo, m.start()):
        before = text[lo:c.start()].rstrip()
        if before and not before.endswith((",", " -", "–", "—")):
            # the clause's subject opens it, or follows an opener's comma or a dateline's
            # dash ("KANO, Nigeria (AFP) - Two women ...")
            continue
        words = text[c.end():m.start()].split()
        n = next((k for k in range(1, min(3, len(words)) + 1)
                  if all(_WORD.match(w) for w in words[:k - 1])
                  and _WORD.match(words[k - 1].rstrip(","))
                  and people([*words[:k - 1], words[k - 1].rstrip(",")])), 0)
        if not n:
            continue  # "One morning in May, a young woman ...": no person, the next count
        gap = words[n:]
        if not gap or any(w.lower().strip(",;") in _NOT_BETWEEN for w in gap):
            return None  # right before the verb (the older rules'), or another's blast
        parsed = parse_count(c)
        if parsed is None or (parsed[0] == 1) != one or (one and c.group("num")):
            return None  # the reflexive does not agree with the count
        start = m.start() if killing else c.start()
        return new_figure(text, start, m.end(), "killed", parsed[0], parsed[1], parsed[2],
                          " ".join(words[:n]).rstrip(",").lower()), c.start()
    return None


def drop_mourners(out: list[dict[str, object]]) -> None:
    """Drop the figures whose group opens with a verb of mourning: the count is the
    mourners', "Thousands bury soldiers killed in ... bombing"."""
    out[:] = [f for f in out if not (isinstance(g := f.get("group"), str)
                                     and g.split(" ", 1)[0] in _MOURNERS)]
