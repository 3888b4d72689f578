"""The missing as a register lists them (round en212).

After a war or a disaster a commission, a state or the Red Cross keeps a register of the
missing, and news counts them by it: "the 1,782 people Croatia still lists as missing",
"some 7,000 people it lists as missing", "the 12 fishermen the coastguard still considers
missing" (a relative clause with its own subject), or "The ICRC counts 2,300 people as
missing" (the count the verb's object). The participle was read ("300 people still listed
as missing"); the clause with a subject and the active were not. A count of people, a
subject of up to four words (a pronoun, a name, "the" and a noun), perhaps "still", a verb
of a register (``EN.LISTED_MISSING_VERBS``), perhaps "as", then "missing", "disappeared" or
"unaccounted for" make a missing figure; so do such a verb, the count and "as missing".
Unread: another state ("the 40 pupils the school lists as absent", "counts 300 people as
members"), a head that names no people ("the 12 boats it lists as missing" is things).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far back from the register's verb the count may stand.
_COUNT_REACH = 90


@cache
def _listed() -> re.Pattern[str]:
    adv = rf"(?:(?:{alt(EN.LISTED_MISSING_ADVERBS)})\s+)?"
    return re.compile(
        rf"\b{adv}(?:has\s+|have\s+)?{adv}(?:{alt(EN.LISTED_MISSING_VERBS)})\s+"
        rf"(?P<obj>(?!as\s)[^.;:!?]{{0,60}}?\s+)?(?:as\s+)?(?:{alt(EN.LISTED_MISSING_STATES)})\b",
        re.IGNORECASE)


_GATE = ("missing", "disappeared", "unaccounted")
_SUBJECT_WORDS = 4
_CLAUSE_WORDS = frozenset(("were", "was", "are", "is", "have", "has", "had", "and", "or",
                           "who", "which", "that", "said", "says"))


def _head_then_subject(text: str, c_end: int, v_start: int,
                       people: Callable[[list[str]], bool]) -> str | None:
    """The counted head when the words from ``c_end`` to ``v_start`` are a head of people
    (one to three words) and then a subject of the register's clause, else None."""
    words = text[c_end:v_start].split()
    if not 2 <= len(words) <= 3 + _SUBJECT_WORDS:
        return None
    if any(w.lower().strip(",") in _CLAUSE_WORDS for w in words) or "," in text[c_end:v_start]:
        return None
    for n in range(1, 4):
        head, subject = words[:n], words[n:]
        if not subject or len(subject) > _SUBJECT_WORDS:
            continue
        opener = subject[0]
        if (opener[:1].isupper() or opener.lower() in ("it", "they", "we", "the", "its")) and (
                people(head) and not head[-1][:1].isupper()):
            return " ".join(head)
    return None


def listed_missing(text: str, out: list[dict[str, object]], low: str,
                   people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each count of people a register lists as missing."""
    if not any(g in low for g in _GATE) or not any(
            v in low for v in ("list", "consider", "count", "record", "register", "classif",
                               "regard")):
        return
    found: list[dict[str, object]] = []
    for m in _listed().finditer(text):
        obj = m.group("obj")
        figure = None
        if obj:  # the active: "counts 2,300 people as missing"
            c = COUNT_RE.match(text, m.start("obj"))
            words = text[c.end():m.end("obj")].split() if c else []
            if c and 1 <= len(words) <= 3 and people(words) and (
                    not any(w.lower() in _CLAUSE_WORDS for w in words)):
                figure = (c, c.start(), m.end(), " ".join(words))
        else:  # the relative: "the 1,782 people Croatia still lists as missing"
            for c in COUNT_RE.finditer(text, max(0, m.start() - _COUNT_REACH), m.start()):
                if (head := _head_then_subject(text, c.end(), m.start(), people)) is not None:
                    figure = (c, c.start(), m.end(), head)
                    break
        if figure is None or (parsed := parse_count(figure[0])) is None:
            continue
        _, start, end, head = figure
        if any(int(str(f["start"])) < end and start < int(str(f["end"])) for f in out):
            continue
        low_count, high, qualifier = parsed
        found.append(new_figure(text, start, end, "missing", low_count, high, qualifier, head))
    out.extend(found)
