"""Arabic casualty reading: a crowd of kin named by the dead they belong to (round ar181).

"تظاهر العشرات من ذوي سجناء أعدموا"، "اعتصم المئات من عائلات مخطوفين اختطفوا": the count
is followed by "من", a kin noun and, in construct with it, an indefinite plural of people
whose own clause (the verb after them) tells what happened to them. The verb belongs to the
genitive, so the count is of relatives, protesters or mourners: nobody counted was killed,
taken or arrested. The kin named with a verb before the count ("أصيب العشرات من ذوي
المعتقلين") are the hurt themselves and stay a figure, as does a definite genitive
("العشرات من ذوي الضحايا قتلوا" is not news language; nothing is read there anyway).
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token

_KIN = fold_set(V.KIN_CROWD_HEADS)


def kin_crowd(toks: list[Token], count_end: int, fig_end: int) -> bool:
    """Is the count ending at ``count_end`` a crowd "من" kin of an indefinite plural of
    people, with the figure's outcome word (ending at ``fig_end``) after the genitive?"""
    h = count_end + 1
    if h + 1 >= fig_end or toks[count_end].w != "من" or toks[h].w not in _KIN:
        return False
    genitive = toks[h + 1]
    return genitive.is_word and not genitive.w.startswith("ال") and not genitive.is_digit
