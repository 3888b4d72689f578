"""Killing words whose count is no one killed (round ar122).

Two checks the casualty reader (``casualties.py``) makes on a figure its sentence rules
read after a verb or verbal noun of killing or taking:

* an attempt: the noun of trying right before the trigger ("محاولة اغتيال قيادي"، "نجا
  من محاولات اغتيال 52 آخرين"، "محاولة خطف طفل"). Nobody was killed or taken; a wound
  the text tells has its own words and its own figure;
* the attackers (round ar124): a count right after the verb that carried out the attack,
  with the attack as its pronoun ("قتل جنديان في هجوم نفذه أربعة مسلحين"); a dual victim
  right after the outcome verb ("قتل جنديان") is then the two the verb tells;
* a threat (round ar124): the verbal noun after "بـ" with a verb of threatening a few
  words before it ("هددت الجماعة بإعدام ثلاثة رهائن"), or "قد" before a present of the
  outcome ("وقد يقتل المئات"): what may still come;
* the killers: the active verb of assassinating keeps its subject after it, so a
  nominative dual or plural right after "اغتال" is who killed ("اغتال مسلحان مجهولان
  الناشط"), and an armed one after the look-alike "قتل" is too when an indefinite person
  in the accusative follows, the victim ("قتل مسلحان مجهولان ضابطا"). The victim, when
  so told, is one killed.

Both look at the few tokens around a figure already read: no pass of their own.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token

_ATTEMPTS = fold_set(V.ATTEMPT_NOUNS)
_ASSASSINATING = fold_set(V.ASSASSINATING_ACTIVE)
_LOOKALIKES = fold_set(V.KILLING_ACTIVE_LOOKALIKES)
_ARMED = fold_set((*V.ARMED_NOUNS, *V.ARMED_HOLDERS, *V.UNNAMED_KILLERS))
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_TRIGGERS = fold_set(V.OUTCOME_TRIGGERS)
_ATTACK_CARRIED = fold_set(V.ATTACK_CARRIED_VERBS)
_THREATENING = fold_set(V.THREAT_VERBS)
_MAY = fold_set(V.MAY_PARTICLES)
_PRESENT = fold_set(V.PRESENT_OUTCOME_VERBS)
_DUALS = fold_set(V.PERSON_DUAL)
# Words an attempt may put before the trigger of its purpose ("فاشلة"، "منه"): at most.
_ATTEMPT_GAP = 2
_NOMINATIVE = ("ان", "ون")
# Adjectives of the killers between them and the victim ("مجهولان"، "ملثمون"): at most.
_KILLER_WORDS = 3


def attempted(toks: list[Token], sa: int, a: int) -> bool:
    """Is the trigger at ``a`` the object of an attempt ("محاولة اغتيال"), or its purpose
    with a word or two between ("محاولة فاشلة لاغتيال"، "محاولة منه لخطف")?"""
    if a > sa and toks[a - 1].w in _ATTEMPTS:
        return True
    if not (toks[a].w.startswith("ل") and toks[a].w[1:] in _TRIGGERS):
        return False  # (only the "ل" of purpose joins them: "محاولة فاشلة لقي فيها")
    for r in range(a - 2, max(sa, a - 1 - _ATTEMPT_GAP) - 1, -1):
        if not toks[r + 1].is_word:
            return False
        if toks[r].w in _ATTEMPTS:
            return True
    return False


def _accusative_one(t: Token) -> bool:
    """An indefinite person in the accusative ("ضابطا"، "ناشطا")."""
    w = t.w
    return t.is_word and w.endswith("ا") and w[:-1] in _SINGULAR


def killers_after(toks: list[Token], sa: int, sb: int, a: int,
                  count_a: int, count_b: int) -> tuple[bool, int | None]:
    """Is the count ``[count_a, count_b)`` right after the verb at ``a`` its subject, the
    killers? Returns (killers, the victim's token if one indefinite person in the
    accusative follows them)."""
    if count_a != a + 1 or a < sa or count_b != count_a + 1:
        return False, None
    verb, head = toks[a].w, toks[count_a].w
    if not head.endswith(_NOMINATIVE):
        return False, None
    victim = None
    for r in range(count_b, min(sb, count_b + _KILLER_WORDS + 1)):
        if _accusative_one(toks[r]):
            victim = r
            break
        if not (toks[r].is_word and toks[r].w.endswith(_NOMINATIVE)):
            break  # (only the killers' adjectives stand before the victim)
    if verb in _ASSASSINATING:
        return True, victim
    if verb in _LOOKALIKES and victim is not None and head in _ARMED:
        return True, victim
    return False, None


def attackers_counted(toks: list[Token], sa: int, a: int, count_a: int
                      ) -> tuple[bool, int | None, int]:
    """Is the count at ``count_a`` the attackers, right after the verb that carried out
    the attack ("هجوم نفذه أربعة مسلحين")? Returns (attackers, the token of a dual or
    singular person right after the outcome verb at ``a``, the victims, or None, and
    their number)."""
    if count_a - 1 <= sa or toks[count_a - 1].w not in _ATTACK_CARRIED:
        return False, None, 0
    if a + 1 < count_a - 1 and toks[a + 1].w in _DUALS:
        return True, a + 1, 2  # "قتل جنديان في هجوم نفذه"
    if a + 1 < count_a - 1 and toks[a + 1].w in _SINGULAR:
        return True, a + 1, 1  # "وأصيب شرطي في هجوم شنه"
    return True, None, 0


def threatened(toks: list[Token], sa: int, a: int) -> bool:
    """Is the trigger at ``a`` a verbal noun after "بـ" that a verb of threatening a few
    words before governs ("هددت الجماعة بإعدام ثلاثة رهائن"), or a present after "قد"?"""
    if a > sa and toks[a].w in _PRESENT and toks[a - 1].w in _MAY:
        return True  # "وقد يقتل المئات إذا استمر القصف"
    if not toks[a].w.startswith("ب"):
        return False
    return any(toks[r].w in _THREATENING
               for r in range(a - 1, max(sa, a - 1 - V.THREATENED_OUTCOME_GAP) - 1, -1))
