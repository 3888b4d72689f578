"""A singular verb after groups joined by "and" is the last group's own (round en108).

Groups joined by "and" share one plural verb: "nine fighters from the brigades and four
police officers were killed". A singular auxiliary cannot agree with such a subject, so
when one follows, the "and" opened a clause of its own: "The fire forced about 70 people
from their homes overnight, and a man was treated for smoke inhalation" (en-59) tells one
man treated, not 70 wounded. The last group keeps its verb; the first takes none from it.
"""

from __future__ import annotations

from .lang import en as EN

_SINGULAR_AUX = EN.SINGULAR_AUXILIARIES


def joined_by_and(skip: str) -> bool:
    """Whether the words between two groups join them with "and"."""
    return "and" in skip.lower().split()


def verb_is_last_groups(joined: bool, aux: str) -> bool:
    """Whether a verb reached over groups joined by "and" agrees with the last one only."""
    words = aux.split()
    return joined and bool(words) and words[0] in _SINGULAR_AUX
