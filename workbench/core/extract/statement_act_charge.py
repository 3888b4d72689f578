"""Round en177: a charge made by people acting in protest ("Hundreds of herders blocked the
road on Monday, accusing officials upstream of selling the water rights"). The people who
act make the charge as "accused X of" would; the readers of a charge after an act knew only
a person, a speaker noun or an armed subject, so a crowd of herders, students or traders
gave no entry.
"""

from __future__ import annotations

from .lang import en as EN
from .statement_persons import _is_count_word, _plural_people

_GROUP_PLURALS = frozenset((*EN.FLEEING_CIVILIANS, *EN.PEOPLE_GROUP_PLURALS))
_HEAD_END = EN.HEAD_MODIFIER_OPENERS | {"near"}  # "Residents near the mine"
_MODIFIERS_MAX = 2  # "Angry young herders": a head after at most two modifiers


def acting_people(np: str) -> bool:
    """Is ``np`` (the subject of the act before the charge) a plural of people, perhaps
    counted ("Hundreds of herders", "About 200 students", "Market traders from Kessa")?"""
    words = np.split()
    if len(words) > 2 and words[1] == "of" and _is_count_word(words[0]):
        words = words[2:]  # "Hundreds of herders", "Dozens of traders"
    elif words and words[0].lower() in ("about", "some", "nearly", "over"):
        words = words[1:]
    if words and _is_count_word(words[0]):
        words = words[1:]  # "200 students"
    head: list[str] = []
    for w in words:
        if w in _HEAD_END:
            break  # "herders from the valley": the head is before the modifier
        head.append(w)
    if not head or len(head) > _MODIFIERS_MAX + 1:
        return False
    low = head[-1].lower()
    if any(w[:1].isupper() for w in head[1:]):
        return False  # a name after the first word is no crowd ("Students Union")
    return _plural_people(low) or low in _GROUP_PLURALS
