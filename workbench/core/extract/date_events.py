"""Events set by an act, whose day lies after the act (round en129).

News tells a coming event through the act that set it or the preparation for it: "The
council voted to allow a rally on Saturday", "Unions called for a general strike on 1
October", "Parties campaigned ahead of the vote on 11 October". The act may be told in
the past, but the event it allowed, called or prepared for comes after it, so the date
looks ahead from the act (``NEAR``: ahead of publication unless it falls in the few
months just before it, dates.py), as a deadline's date does. The event must stand
between the act and the date ("allowed a march on Saturday"): where the date follows the
verb itself ("the rally the council allowed on Saturday turned violent") it is the act's
own day and the past verb keeps it behind. A headline's present of such an act sets its
event's day ahead ("Council allows Saturday rally", "Council sets October 11 vote").
"""

from __future__ import annotations

from .lang import en as EN

_SETTING = frozenset(EN.EVENT_SETTING_VERBS)
# (round en152) preparing or training for an event: "training for the recruitment drive in
# July", "getting ready for the harvest festival in August"
_PREPARING = frozenset(EN.EVENT_PREPARING_VERBS)
_PREPARING_PHRASES = frozenset(tuple(p.split()) for p in EN.EVENT_PREPARING_PHRASES)
_POSSESSIVES = frozenset(("'s", "’s"))
_SETTING_PRESENT = frozenset(EN.EVENT_SETTING_PRESENT)
_CALLING = frozenset(EN.EVENT_CALLING_VERBS)
_EVENTS = frozenset(EN.EVENT_NOUNS)
_OBJECT_PREPOSITIONS = frozenset(EN.EVENT_OBJECT_PREPOSITIONS)
_DATE_PREPOSITIONS = frozenset(EN.EVENT_DATE_PREPOSITIONS)
_OPENERS = frozenset(EN.PLAN_OBJECT_OPENERS)
_AHEAD_MARKERS = tuple(tuple(p.split()) for p in EN.EVENT_AHEAD_MARKERS)
_VOTE_MARKERS = tuple(tuple(p.split()) for p in EN.VOTE_AHEAD_MARKERS)
_VOTES = frozenset(EN.VOTE_EVENT_NOUNS)
_VOTE_GERUNDS = frozenset(EN.VOTE_EVENT_GERUNDS)
# ("before" a vote sets it ahead on its day only: "overthrew the council before the vote in
# April" tells a past month, as round 42 reads it)
_ON = "on"
_BEFORE_ONLY = frozenset(w for m in EN.VOTE_AHEAD_MARKERS for w in m.split())
# How many modifiers may stand between the opener and the event: "a national general
# strike", "a rally by teachers' unions" does not reach the date before its own preposition.
_MODIFIERS = 3


def _event_before(before: list[str]) -> int:
    """The index of the opener of "a / the ... EVENT on" closing ``before`` (-1: none)."""
    if len(before) < 3 or before[-1].lower() not in _DATE_PREPOSITIONS or (
            before[-2].lower() not in _EVENTS):
        return -1
    for j in range(len(before) - 3, max(-1, len(before) - 4 - _MODIFIERS), -1):
        word = before[j]
        if word.lower() in _OPENERS:
            return j
        if not word.isalpha() and word not in _POSSESSIVES:  # "the army's recruitment drive"
            return -1
    return -1


def set_event_ahead(before: list[str]) -> bool:
    """Whether the date closes an event that an act right before it set or prepared for:
    "allowed a march on", "called a strike for", "called for a general strike on" (a call
    sets its event only with a "for": "called the protest on Wednesday" dates the call),
    "prepared for the vote on", "training for the drive in" (round en152), or one "ahead of"
    which something is done ("ahead of the vote on")."""
    j = _event_before(before)
    if j < 0:
        return _bare_vote_ahead(before)
    head = [w.lower() for w in before[max(0, j - 4):j]]
    if any(tuple(head[len(head) - len(m):]) == m for m in _AHEAD_MARKERS):
        return True
    if before[-1].lower() == _ON and before[-2].lower() in _VOTES and any(
            tuple(head[len(head) - len(m):]) == m for m in _VOTE_MARKERS):
        return True  # (round en194) "further incidents before the vote on Saturday"
    with_for = before[-1].lower() in _OBJECT_PREPOSITIONS
    if head and head[-1] in _OBJECT_PREPOSITIONS:
        head, with_for = head[:-1], True
    return bool(head) and (head[-1] in _SETTING or (head[-1] in _CALLING and with_for) or (
        with_for and (head[-1] in _PREPARING or tuple(head[-2:]) in _PREPARING_PHRASES)))


def _bare_vote_ahead(before: list[str]) -> bool:
    """Whether the date closes a vote's gerund right after "ahead of" or "before" (round
    en194): "ahead of polling on Sunday", "before voting on Saturday"."""
    if len(before) < 3 or before[-1].lower() not in _DATE_PREPOSITIONS or (
            before[-2].lower() not in _VOTE_GERUNDS):
        return False
    if before[-1].lower() != _ON and before[-3].lower() in _BEFORE_ONLY:
        return False
    head = tuple(w.lower() for w in before[max(0, len(before) - 5):-2])
    return any(head[len(head) - len(m):] == m for m in (*_AHEAD_MARKERS, *_VOTE_MARKERS))


def headline_event_ahead(before: list[str], after: list[str]) -> bool:
    """Whether a headline's date is the day of an event a present act sets, the date before
    the event ("Council allows Saturday rally", "Council sets October 11 vote") or after it
    (a headline drops the article: "Council sets vote for October 11")."""
    low = [w.lower() for w in before[-3:]]
    if low and low[-1] in _SETTING_PRESENT:
        return bool(after) and after[0].lower() in _EVENTS
    return len(low) == 3 and low[-1] in _DATE_PREPOSITIONS and low[-2] in _EVENTS and (
        low[-3] in _SETTING_PRESENT)


_PASTS = frozenset((*EN.PAST_VERBS, *EN.PAST_CLAUSE_WORDS, *EN.IRREGULAR_PASTS))
_TELLERS = frozenset(EN.EVENT_OUTCOME_OPENERS)


_SUBJECTS = frozenset(EN.EVENT_OUTCOME_SUBJECTS)


def told_past_after(after: list[str]) -> bool:
    """Whether the words right after the date tell the event as past: "allowed a march on
    Saturday, which turned violent", "... but it ended in clashes" (a pronoun may stand
    before the verb, round en152)."""
    if len(after) > 2 and after[1].lower() in _SUBJECTS:
        after = after[:1] + after[2:]
    return len(after) > 1 and after[0].lower() in _TELLERS and (
        after[1].lower() in _PASTS or (after[1].lower().endswith("ed") and after[1].islower()))
