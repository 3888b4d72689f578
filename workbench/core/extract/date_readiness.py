"""Readiness told in the present points ahead (round en101).

A release's notes to editors offer its speakers for days to come: "Spokespeople are
available for interview on Friday and Saturday" (en-51), "Milena Draganova is available for
interviews in Bulgarian and English on Thursday and Friday" (en-52). Being available is a
readiness for something not yet done, so a day a present "is available" names is one still
ahead of the writing, as a timetable's present is; told in the past ("was unavailable for
six hours on Tuesday") the day is behind, and the past form decides before this is asked.

A person offered for contact is the same readiness told another way (round en104): "Morag
Fraser can be reached for comment on Thursday and Friday" (en-55), "can be contacted",
"can be interviewed", "journalists can call her on Monday". "can" is the present of an
ability, so the contact it allows is still to come; "could not be reached for comment" and
"was reached by phone" tell a past attempt: the day of "could not be reached" is behind.
"""

from __future__ import annotations

from .lang import en as EN


def ready_ahead(words: list[str], i: int) -> bool:
    """Whether the present copula at ``i`` is followed by an adjective of readiness
    ("is available", "are available"), the day after it lying ahead."""
    return len(words) > i + 1 and words[i + 1].lower() in EN.READINESS_ADJECTIVES


# ("can be reached for comment on", "can call Anna Koval on"; not "can be reached only by
# boat since the floods on Monday", whose day is another clause's)
_CONTACT_REACH = 4
# (the days of a list before the last one: "on Thursday and Friday")
_LISTED = frozenset((*EN.WEEKDAYS, "and", "or", ","))


def contact_modal(words: list[str], i: int) -> str | None:
    """The modal the verb of contact at ``i`` hangs on, lowered ("can be reached", "can
    call", "cannot be contacted", "could not be reached"), when the day after it is the
    contact's own; else None."""
    word = words[i].lower()
    if word not in EN.CONTACT_VERBS or sum(
            w.lower() not in _LISTED for w in words[i + 1:]) > _CONTACT_REACH:
        return None  # the day must be the contact's own, right after its verb and object
    j = i - 1
    if word.endswith("ed"):
        if j < 0 or words[j].lower() != "be":
            return None  # "was reached", "has contacted": told as done (the past decides)
        j -= 1
    negated = j >= 0 and words[j].lower() == "not"
    if negated:
        j -= 1
    modal = words[j].lower() if j >= 0 else ""
    if modal in EN.PRESENT_ABILITY_MODALS or (modal == "could" and negated):
        return modal
    return None
