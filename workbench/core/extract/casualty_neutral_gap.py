"""The counted people's verb past neutral material news sets between them (round en123).

The readings after a counted group look for its verb right after it; what news puts there
changes from story to story: an aside between commas ("Eleven people, witnesses said, were
detained", "At least 15 people, including four women and a driver of the convoy, were
taken"), a reduced relative ("Four journalists covering the march were held", "two men
accused of looting were arrested"). Earlier rounds read some of these by openers and fixed
windows (SOURCE_ASIDE, casualty_aside_gap's openers, casualties._RELATIVE_GAP); the next
story's aside was one word longer or opened another way. Here the stretch is read by its
shape, not its words: it is skipped when it is neutral, and the readings then run from its
end as they do right after the group.

Neutral: it holds no outcome word (its people are no other victims and it tells no other
harm), no count, and no clause of its own (no finite verb, relative word or subject
pronoun), but for a source said in a few words ("police said", "a local official told
reporters"). An aside is balanced (it closes with a comma before the clause's end); a
reduced relative opens with a participle ("covering", "accused of") and runs on without a
comma. Only a finite outcome right after the stretch lets it be skipped, so "Four
journalists who covered the march said police were present" and "Eleven people, including
two officers who were later released, attended" stay unread.
"""

from __future__ import annotations

import re

from .casualty_subject_gap import _finite_outcome
from .lang import en as EN

_WORD = re.compile(r"[\w'’\-]+")
_STOP = re.compile(r"[.;:!?\"“”()\[\]]")
_REACH = 110
# Words that make a stretch no neutral modifier.
_OUTCOME_WORDS = frozenset(
    p.lower().split()[0] for words in EN.OUTCOME_PARTICIPLES.values() for p in words
) | frozenset(EN.NEUTRAL_GAP_OUTCOME_WORDS)
_CLAUSE_WORDS = frozenset((*EN.SUBJECT_GAP_CLAUSE_WORDS, *EN.NEUTRAL_GAP_FINITE_WORDS))
_SAYING = frozenset((*EN.PAST_SPEECH_VERBS, "says"))
_COUNTS = frozenset(EN.NEUTRAL_GAP_COUNT_WORDS)
_FIGURE = re.compile(r"\d")
_PARTICIPLE_PREPOSITIONS = frozenset(EN.NEUTRAL_GAP_PARTICIPLE_PREPOSITIONS)


def neutral_gap_end(s: str, t: str, pos: int, predicate: re.Pattern[str],
                    among: re.Pattern[str] | None = None) -> int | None:
    """Where the readings may go on after a neutral aside or reduced relative that stands
    at ``pos`` right after the counted group: the position before a finite outcome (or
    "among" the dead) that follows it; None when no such stretch stands there."""
    if s.startswith(",", pos):
        end = _aside_end(s, pos)
    elif s.startswith(" ", pos):
        return _reduced_end(s, t, pos, predicate, among)
    else:
        return None
    if end is None:
        return None
    return end if _verb_at(t, end, predicate, among) else None


def _verb_at(t: str, at: int, predicate: re.Pattern[str],
             among: re.Pattern[str] | None) -> bool:
    return _finite_outcome(t, at, predicate) is not None or (
        among is not None and among.match(t, at) is not None)


def _aside_end(s: str, pos: int) -> int | None:
    """The end of a balanced, neutral aside between commas opening at ``pos``."""
    close = s.find(",", pos + 1, pos + 1 + _REACH)
    if close < 0 or _STOP.search(s, pos + 1, close):
        return None
    words = [w.group().lower() for w in _WORD.finditer(s, pos + 1, close)]
    if not words or not _neutral(_without_source(words)):
        return None
    return close + 1


def _without_source(words: list[str]) -> list[str]:
    """The aside's words but a source said in it: "police said", "a local official told
    reporters", "according to residents" hold no clause of the story's."""
    for i, w in enumerate(words):
        if w in _SAYING and 1 <= i <= 4 and len(words) - i <= 2:
            return []
    if words[:2] == ["according", "to"] and len(words) <= 6:
        return []
    return words


def _neutral(words: list[str]) -> bool:
    return not any(w in _OUTCOME_WORDS or w in _CLAUSE_WORDS or w in _SAYING
                   or w in _COUNTS or _FIGURE.search(w) for w in words)


def _reduced_end(s: str, t: str, pos: int, predicate: re.Pattern[str],
                 among: re.Pattern[str] | None) -> int | None:
    """The position before a finite outcome after a reduced relative opening at ``pos``:
    a participle ("covering", "accused of") and its complement, no comma between."""
    first = _WORD.match(s, pos + 1)
    if first is None:
        return None
    head = first.group().lower()
    if head in _OUTCOME_WORDS or head in EN.NEUTRAL_GAP_NOT_PARTICIPLES:
        return None
    after = _WORD.match(s, first.end() + 1)
    if not (head.endswith("ing") and len(head) > 5) and not (
            head.endswith("ed") and after is not None
            and after.group().lower() in _PARTICIPLE_PREPOSITIONS):
        return None
    stop = _STOP.search(s, first.end(), first.end() + _REACH)
    limit = stop.start() if stop else min(len(s), first.end() + _REACH)
    comma = s.find(",", first.end(), limit)
    limit = comma if comma >= 0 else limit
    words: list[str] = []
    for w in _WORD.finditer(s, first.end(), limit):
        at = w.start() - 1
        if words and _verb_at(t, at, predicate, among):
            return at if _neutral(words) else None
        words.append(w.group().lower())
    return None
