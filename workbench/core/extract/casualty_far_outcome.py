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
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans
from .lang import en as EN
from .lang.build import alt
from .numbers import UNITS
from .spans import words_as_lowered

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


def outcome_past_subject(text: str, found: list[Figure],
                         read: Callable[[str], list[Figure]]) -> list[Figure]:
    """``found`` with each figure read from its subject's modifier carried on to the main
    predicate of death or of the missing its clause ends in, and the figures of subjects
    read past a long modifier to a predicate nothing read (``read`` reads a sentence)."""
    low = text.lower()
    if _may_be_far(low) and not reading_cut():
        found = far_subject_figures(text, found, read)
    if not found or not _may_override(low):
        return found
    starts = sorted(int(f["start"]) for f in found)  # type: ignore[call-overload]
    near = low if words_as_lowered(text, low) else None
    return [_carried(text, f, starts, near) or f for f in found]


# (speed round 7) Every predicate of ``_predicate()`` holds one of these words, its letters
# side by side ("was found dead" holds "dead"): where the lowered text keeps the offsets
# and holds no letter the case-blind pattern folds to an ASCII one, a figure with none of
# them in the reach after it has no predicate there, and its two searches are not made
# (most wounded and held figures of a report with a death in it somewhere).
_PREDICATE_WORDS = ("died", "succumbed", "perished", "dead", "killed", "missing",
                    "unaccounted")


def _carried(text: str, f: Figure, starts: list[int], near: str | None = None,
             ) -> Figure | None:
    if f["outcome"] not in EN.FAR_OVERRIDDEN_OUTCOMES:
        return None
    if near is not None:
        end = int(f["end"])  # type: ignore[call-overload]
        if all(near.find(w, end, end + _AFTER) < 0 for w in _PREDICATE_WORDS):
            return None
    if _WHOLE_OF.search(text, max(0, int(f["start"]) - 12), int(f["start"])):
        return None  # ("Two of the 11 wounded died": the eleven stay wounded)
    if str(f["text"]).split(" ", 1)[0].lower() in _verbs_first():
        return None  # ("wounded dozens of people": the object of a verb is no subject)
    end = int(f["end"])
    stop = _CLAUSE_END.search(text, end, end + _AFTER)
    limit = stop.start() if stop else min(len(text), end + _AFTER)
    m = _predicate().search(text, end, limit)
    if m is None or _own_subject(text[end:m.start()], m.group("adverb") is not None):
        return None
    if m.group("missing") and f["outcome"] != "arrested" and not (
            f["outcome"] == "captured" and m.group("missing").lower() in _CAPTIVES_MISSING):
        # ("14 girls abducted ... remain unaccounted for" stay captives, as the older
        # gold reads them; round en179: the word "missing" itself is what the count is
        # now, "Three others seized with her remain missing" is missing 3)
        return None
    if bisect_left(starts, m.end()) > bisect_left(starts, end):
        return None  # ("Two were wounded and one died": that death has its own count)
    out = dict(f)
    out["outcome"] = "killed" if m.group("death") else "missing"
    out["end"] = m.end()
    out["text"] = text[int(f["start"]):m.end()]
    return out


# The predicates of the missing that carry captives on (round en179, CAPTIVES_MISSING).
_CAPTIVES_MISSING = frozenset(p.lower() for p in EN.CAPTIVES_MISSING_PREDICATES)


@cache
def _verbs_first() -> frozenset[str]:
    return frozenset(p.split()[0].lower() for words in EN.OUTCOME_PARTICIPLES.values()
                     for p in words)


# The whole a part is counted of: "Two of the 11 wounded", "Six of 40 villagers abducted".
_WHOLE_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


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


def anchored(rx: re.Pattern[str], text: str, low: str,
             anchors: tuple[str, ...]) -> list[re.Match[str]]:
    """The matches of ``rx`` in ``text`` that hold one of the words ``anchors``, each
    looked for only around an anchor found by a plain string search: the patterns open on
    a choice of many words and are costly to try at every place of a long report."""
    found: dict[int, re.Match[str]] = {}
    for word in anchors:
        at = low.find(word)
        while at >= 0:
            m = rx.search(text, max(0, at - _ANCHOR_REACH), at + len(word) + _ANCHOR_REACH)
            while m is not None and m.start() <= at:
                found.setdefault(m.start(), m)
                m = rx.search(text, m.end(), at + len(word) + _ANCHOR_REACH)
            at = low.find(word, at + 1)
    return [found[k] for k in sorted(found)]


# How far a pattern may reach either side of its anchor word.
_ANCHOR_REACH = 60
_FAR_ANCHORS = ("died", "succumbed", "perished", "found dead", "missing", "unaccounted",
                "condition")
_CARE_ANCHORS = ("hospital", "clinic", "condition", "fighting for", "suffocated",
                 "asphyxiated")


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
        rf"|\b(?P<left>{alt(EN.HOSPITAL_LEAVINGS)})(?=\s+[^.;,]{{1,50}}?\s+in\s+(?:{alt(EN.HOSPITAL_PLACES)})\b)",
        re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    cues = tuple(w for w in (*EN.VIOLENCE_CUES, *EN.CARE_AFTER_VIOLENCE,
                             *EN.STATE_VIOLENCE_EXTRA) if w not in EN.STATE_ACTOR_NOUNS)
    return re.compile(rf"\b(?:{alt(cues)})\b", re.IGNORECASE)


@cache
def _not_violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.STATE_NOT_VIOLENCE)})\b", re.IGNORECASE)


# A leaving's participle stays a participle, so that the figure after it is read as
# the wounding's object there as after "wounded" ("killed two, leaving 11 in hospital").
_LEFT_AS = {"left": "wounded", "leaving": "wounding"}
_SENTENCE = re.compile(r"[.!?]\s|\n")
_SPEAKING = re.compile(r"\s+(?:said|say|says|told|tells|spokesman|spokeswoman)\b",
                       re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+$", re.IGNORECASE)
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
    for m in anchored(_care_states(), text, low, _CARE_ANCHORS):
        if not _after_violence(text, m.start(), m.end(), bool(m.group("death"))):
            continue
        if _RELATIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # ("villagers who had been taken to the clinic were executed")
        if m.group("death") or m.group("left"):
            verb = "died" if m.group("death") else _LEFT_AS[m.group("left").lower()]
            edits.append((m.start(), m.end(), verb))
            continue
        aux = m.group("aux").lower()
        if m.group("cond") and aux in ("was", "were") and not m.group("cond").startswith("left"):
            continue  # (the older rules read "two were in a serious condition" as written)
        word = _PAST.get(aux, aux)
        edits.append((m.start(), m.end(), f"{word} wounded"))
    return edits


def _after_violence(text: str, start: int, end: int, death: bool = False) -> bool:
    """Is violence told in the sentence of [start, end) or the one before, and no illness
    or accident in its own sentence? For a death of the body's failing (``death``),
    custody or a force told there will do."""
    breaks = [b.end() for b in _SENTENCE.finditer(text, max(0, start - _BEFORE), start)]
    own = breaks[-1] if breaks else max(0, start - _BEFORE)
    before = breaks[-2] if len(breaks) > 1 else max(0, start - _BEFORE)
    # (the sentence's end looked for no further than the window before: a text with no
    # stops was searched to its end for every state)
    after = _SENTENCE.search(text, end, end + _BEFORE)
    own_end = after.start() if after else min(len(text), end + _BEFORE)
    if _not_violence().search(text, own, own_end):
        return False
    if any(not _SPEAKING.match(text, v.end()) for v in _violence().finditer(text, before, own_end)):
        return True  # ("Police said ...": the force speaks, no act is told)
    return death and _custody_setting().search(text, before, own_end) is not None


@cache
def _custody_setting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.DEATH_STATE_SETTINGS)})\b", re.IGNORECASE)


# ------------------------------------------- a long subject cut before its predicate


@cache
def _far_predicates() -> re.Pattern[str]:
    """The predicates a long subject may stand far from: a death, the missing or a grave
    condition. (Passive verbs of harm and capture are left: after "and" or a comma they
    have subjects of their own too often, "... were killed and their mother was
    wounded".)"""
    return re.compile(
        rf"\b(?:(?:{alt(EN.FAR_PREDICATE_ADVERBS)})\s+)?"
        rf"(?:(?P<death>{alt(EN.FAR_DYING_PREDICATES)})"
        rf"|(?P<missing>{alt(EN.FAR_MISSING_PREDICATES)})"
        rf"|(?:is|are|remains|remain)\s+(?:still\s+)?in\s+(?:a\s+)?"
        rf"(?:{alt(EN.GRAVE_CONDITIONS)})\s+condition)\b", re.IGNORECASE)


# Where a modifier of the counted people may open: a comma, a relative word, or a
# participle ("arrested in 2023", "known for", "taken away by").
_OPENER = re.compile(
    rf",\s|\s(?=who\s)|\s(?=[a-z]{{3,}}ed\s|[a-z]{{3,}}ing\s"
    rf"|(?:{alt(EN.FAR_IRREGULAR_PARTICIPLES)})\s)")
_STOP = re.compile(r"[.;:!?\n\"“”()]")
_TRIES = 3
_GAP_MAX = 150


def _may_be_far(low: str) -> bool:
    return _may_override(low) or any(w in low for w in (" was ", " were ", " been ",
                                                         "condition"))


# Set while a sentence with its modifier cut is read: that reading does not look for
# long subjects again, whose own cut sentences held further predicates to cut again (a
# report of many stated conditions and no stops took seconds for 300 characters).
_CUT = threading.local()


def reading_cut() -> bool:
    """Is a sentence with a modifier cut being read (in this thread)?"""
    return getattr(_CUT, "on", False)


def _read_cut(read: Callable[[str], list[Figure]], sentence: str) -> list[Figure]:
    was = reading_cut()
    _CUT.on = True
    try:
        return read(sentence)
    finally:
        _CUT.on = was


def far_subject_figures(text: str, found: list[Figure],
                        read: Callable[[str], list[Figure]]) -> list[Figure]:
    """``found`` with the figure of each counted subject read past its long modifier to
    a predicate the older rules left unread ("A trade unionist, 52, who had led the
    strike, was found dead"); a figure read from the modifier's own verb ("A driver,
    arrested") gives way to it."""
    # (by span and by start, not by a pass over every figure for every predicate; a figure
    # given way to ends before its predicate, so before every later one, and leaves the
    # spans as they were)
    predicates = anchored(_far_predicates(), text, text.lower(), _FAR_ANCHORS)
    spans = FigureSpans(found if predicates else ())
    known = Counter(int(g["start"]) for g in found) if predicates else Counter()  # type: ignore[call-overload]
    for m in predicates:
        if spans.overlaps(m.start(), m.end()):
            continue
        stop = max((s.end() for s in _STOP.finditer(text, max(0, m.start() - _GAP_MAX),
                                                    m.start())), default=None)
        start = stop if stop is not None else max(0, m.start() - _GAP_MAX)
        read_at = _first_reading(text, start, m, known, read)
        if read_at is None:
            continue
        fig, cut = read_at
        # a figure of the same people read from the modifier's verb ("A driver, arrested")
        # gives way; one with its own verb before the modifier means the people are others
        mine = [g for g in found if int(fig["start"]) <= int(g["start"]) < m.start()]
        if any(int(g["end"]) <= cut for g in mine):
            continue
        found = [g for g in found if not any(g is h for h in mine)]
        known.subtract(int(g["start"]) for g in mine)  # type: ignore[call-overload]
        found.append(fig)
        spans.add(fig)
        known[int(fig["start"])] += 1  # type: ignore[call-overload]
    found.sort(key=lambda f: (int(f["start"]), int(f["end"])))  # type: ignore[call-overload]
    return found


def overlaps(f: Figure, a: int, b: int) -> bool:
    return int(f["start"]) < b and a < int(f["end"])  # type: ignore[call-overload]


def _first_reading(text: str, start: int, m: re.Match[str], known: Counter[int],
                   read: Callable[[str], list[Figure]]) -> tuple[Figure, int] | None:
    """The figure of the sentence from ``start`` read with a modifier cut before the
    predicate ``m``, the first modifier opening that gives one spanning the cut, and
    where the cut is in ``text``."""
    tries = 0
    # the nearest opening first: the shortest cut keeps the most of the subject
    for o in reversed(list(_OPENER.finditer(text, start, m.start()))):
        gap = text[o.start():m.start()]
        if len(gap) > _GAP_MAX or tries == _TRIES or _counted().search(_AGE.sub("", gap)):
            break  # (a count in the modifier: the predicate's people may be those)
        if not _modifier_shape(text, o.start(), gap):
            continue
        if m.group("missing") and _captive_words().search(gap):
            continue  # ("14 girls abducted ... remain unaccounted for" stay captives)
        tries += 1
        # a condition is read as harm only after violence: the cut modifier may be where
        # it is told ("A man shot by troops ... is in a critical condition"), so it is set
        # before the sentence as one of its own
        told = "" if m.group("death") or m.group("missing") else gap.strip(" ,") + ". "
        sentence = (told + text[start:o.start()] + " "
                    + text[m.start():_sentence_end(text, m.end())])
        cut = o.start() - start
        for f in _read_cut(read, sentence):
            a, b = int(f["start"]) - len(told), int(f["end"]) - len(told)  # type: ignore[call-overload]
            if a < 0:
                continue
            if a >= cut or f["outcome"] == "displaced" or (b <= cut and known[start + a] > 0):
                continue  # (a figure the text as written gives already: no new reading)
            if _AGE_COUNT.search(text, max(0, start + a - 2), start + a + 1):
                continue  # ("Devlin, 67, ... died": an age, no count)
            out = dict(f)
            out["start"] = start + a
            # a figure read to the predicate ends there; one that ends at its people ("A
            # trade unionist, 52," before "was found dead") keeps that end
            out["end"] = m.start() + (b - cut - 1) if b > cut + 1 else start + b
            out["text"] = text[int(out["start"]):int(out["end"])]
            return out, o.start()
    return None


_AGE_COUNT = re.compile(r",\s*\d")
# an age set off by commas in a modifier ("a unionist, 52, who had led the strike")
_AGE = re.compile(r",\s*\d{1,3}\s*,")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|had|has|have|being|get|got)\s*$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\b|\s(?:and|but|while|whereas)\s"
                         r"|\b(?:said|says|say|told|tells|according|reported|reports)\b"
                         # "a mother, whose son was found dead": the son's predicate
                         r"|\b(?:whose|whom)\b",
                         re.IGNORECASE)


def _modifier_shape(text: str, at: int, gap: str) -> bool:
    """Is the stretch ``gap`` at ``at`` a modifier of the people before it: two words at
    least, no participle of a passive ("were killed and ..."), no clause joined on?"""
    if len(gap.split()) < 2 or _AUXILIARY_BEFORE.search(text, max(0, at - 12), at):
        return False
    return _NEW_CLAUSE.search(gap) is None


def _sentence_end(text: str, at: int) -> int:
    # (no further than the predicate's window: the rest of a text with no stops, read
    # again for every predicate, held further predicates read again in their turn)
    end = _SENTENCE.search(text, at, at + _AFTER)
    return end.start() + 1 if end else min(len(text), at + _AFTER)


@cache
def _counted() -> re.Pattern[str]:
    # a numeral but a year ("arrested in 2023"), a number word or a vague count
    words = (*UNITS, *EN.TENS, "hundred", "hundreds", "thousands", "dozens", "dozen",
             "several", "scores")
    return re.compile(rf"\b(?!\d{{4}}\b)\d|\b(?:{alt(words)})\b", re.IGNORECASE)


@cache
def _captive_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.OTHERS_CAPTURED_PARTICIPLES)})\b", re.IGNORECASE)
