"""An outcome told far from its count, or told by a state (round en140).

News puts a long subject before the verb that says what befell the counted people: a
relative clause, a participle phrase or an apposition ("A 45-year-old man who was struck
by a stone during the clashes died", "At least six people jailed for joining the strike
have died"). The older rules read the modifier's own verb ("struck", "jailed") as the
figure's outcome; the gold takes the main predicate's. ``outcome_past_subject`` carries
such a figure on to a predicate of death (or of the missing) later in its clause, when
nothing in between gives that predicate a subject of its own.

The hurt are often told by their care or condition, not by a verb of harm ("were rushed to
hospital", "is in a critical condition", "was left fighting for his life"), and a death in
a cell or a truck by the body's failing ("suffocated"). ``care_state_edits`` writes these
as the event's verb for the reading of ``casualty_state`` (offsets carried back there), only
where violence is told in the sentence or the one before and no illness or accident is:
"patients in hospital with cholera" and "the economy is in a critical condition" stay
unread (the people rules' own check of the counted head keeps the economy out).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

Figure = dict[str, object]
Edit = tuple[int, int, str]

# The window after a figure its predicate is looked for in, and the one before a state
# its violence is.
_AFTER = 160
_BEFORE = 400
_CLAUSE_END = re.compile(r"[.;!?:\n]|,\s+(?:and|but)\b|\b(?:said|says|told|according)\b",
                         re.IGNORECASE)


@cache
def _predicate() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b(?P<adverb>{alt(EN.FAR_PREDICATE_ADVERBS)})\s+)?"
        rf"\b(?:(?P<death>{alt(EN.FAR_DEATH_PREDICATES)})"
        rf"|(?P<missing>{alt(EN.FAR_MISSING_PREDICATES)}))\b", re.IGNORECASE)


def _may_override(low: str) -> bool:
    return any(w in low for w in ("died", "succumb", "perish", "found dead", "killed",
                                  "missing", "unaccounted"))


def outcome_past_subject(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with each figure read from its subject's modifier carried on to the main
    predicate of death or of the missing its clause ends in."""
    if not found or not _may_override(text.lower()):
        return found
    return [_carried(text, f, found) or f for f in found]


def _carried(text: str, f: Figure, found: list[Figure]) -> Figure | None:
    if f["outcome"] not in EN.FAR_OVERRIDDEN_OUTCOMES:
        return None
    end = int(f["end"])
    stop = _CLAUSE_END.search(text, end, end + _AFTER)
    limit = stop.start() if stop else min(len(text), end + _AFTER)
    m = _predicate().search(text, end, limit)
    if m is None or _own_subject(text[end:m.start()], m.group("adverb") is not None):
        return None
    if m.group("missing") and f["outcome"] != "arrested":
        return None  # ("14 girls abducted ... remain unaccounted for" stay captives)
    if any(g is not f and end <= int(g["start"]) < m.end() for g in found):
        return None  # ("Two were wounded and one died": that death has its own count)
    out = dict(f)
    out["outcome"] = "killed" if m.group("death") else "missing"
    out["end"] = m.end()
    out["text"] = text[int(f["start"]):m.end()]
    return out


def _own_subject(gap: str, timed: bool) -> bool:
    """Does the stretch before the predicate give it a subject of its own, or join it to
    the figure's verb as a second outcome? Only a later death ("and later succumbed") is
    the same people's fate after their wounds."""
    words = gap.lower().replace(",", " ").split()
    if not words:
        return False
    if words[-1] in EN.FAR_OWN_SUBJECTS:
        return True
    if words[-1] in ("and", "but") and not timed:
        return True
    # a coordinated clause: "... and their driver died" has a subject of its own
    return "and" in words[:-1] or "but" in words[:-1] or "while" in words


# ----------------------------------------------------------------- the states of care


@cache
def _care_states() -> re.Pattern[str]:
    to_hospital = (rf"(?:{alt(EN.HOSPITAL_TAKING_VERBS)})\s+to\s+(?:(?:a|the)\s+)?"
                   rf"(?:(?:local|nearby|main|city|military)\s+)?(?:{alt(EN.HOSPITAL_PLACES)})"
                   r"|hospitali[sz]ed")
    condition = (rf"(?:left\s+)?in\s+(?:a\s+)?(?:{alt(EN.GRAVE_CONDITIONS)})\s+condition"
                 r"|(?:left\s+)?fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves)")
    return re.compile(
        r"\b(?P<aux>were|was|(?:have|has|had)\s+been|is|are|remain|remains)\s+(?:still\s+|now\s+)?"
        rf"(?:(?P<care>{to_hospital})|(?P<cond>{condition}))\b"
        rf"|\b(?P<death>{alt(EN.DEATH_STATE_VERBS)})\b"
        # "left 14 workers in hospital": the leaving read as the wounding
        rf"|\b(?P<left>left)(?=\s+[^.;,]{{1,50}}?\s+in\s+(?:{alt(EN.HOSPITAL_PLACES)})\b)",
        re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    cues = (*EN.VIOLENCE_CUES, *EN.CARE_AFTER_VIOLENCE, *EN.STATE_VIOLENCE_EXTRA)
    return re.compile(rf"\b(?:{alt(cues)})\b", re.IGNORECASE)


@cache
def _not_violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.STATE_NOT_VIOLENCE)})\b", re.IGNORECASE)


_SENTENCE = re.compile(r"[.!?]\s|\n")
_PAST = {"were": "were", "was": "was", "is": "was", "are": "were", "remain": "were",
         "remains": "was"}


def _may_tell_state(low: str) -> bool:
    return ("hospital" in low or "condition" in low or "fighting for" in low
            or "clinic" in low or "suffocat" in low or "asphyxiat" in low)


def care_state_edits(text: str, low: str) -> list[Edit]:
    """(start, end, the event's wording) of each state of care, condition or a body's
    failing in ``text`` (``low`` its lowered copy) told after violence."""
    if not _may_tell_state(low):
        return []
    edits: list[Edit] = []
    for m in _care_states().finditer(text):
        if not _after_violence(text, m.start(), m.end()):
            continue
        if m.group("death") or m.group("left"):
            edits.append((m.start(), m.end(), "died" if m.group("death") else "wounded"))
            continue
        aux = m.group("aux").lower()
        word = _PAST.get(aux, aux)
        edits.append((m.start(), m.end(), f"{word} wounded"))
    return edits


def _after_violence(text: str, start: int, end: int) -> bool:
    """Is violence told in the sentence of [start, end) or the one before, and no illness
    or accident in its own sentence?"""
    breaks = [b.end() for b in _SENTENCE.finditer(text, max(0, start - _BEFORE), start)]
    own = breaks[-1] if breaks else max(0, start - _BEFORE)
    before = breaks[-2] if len(breaks) > 1 else max(0, start - _BEFORE)
    after = _SENTENCE.search(text, end)
    own_end = after.start() if after else len(text)
    if _not_violence().search(text, own, own_end):
        return False
    return _violence().search(text, before, own_end) is not None
