"""Arabic casualty reading: a bare definite numeral told again with its state (round ar181).

"وقال إن الثلاثة كانوا محتجزين لدى كتيبة مسلحة"، "وأن الثلاثة الآخرين ما زالوا محتجزين لدى
الخاطفين"، "مضيفا أن الأربعة أفرج عنهم فجر اليوم"، "وأضاف أن الخمسة قتلوا في الحال": the
numeral alone is the subject, the people the report counted before, and the corpus annotates
an anaphoric repeat of a number as a figure. It counts only where a subject stands: right
after "أن"/"إن" or at the start of its sentence; after a noun it is that noun's adjective
("الأفران الثلاثة") and read elsewhere if at all. The state is a held, taken or missing
participle after "كانوا" or "still", a released passive with its pronoun (how they were held
is the released's rule: the holder told before), or a plural passive of an outcome with no
object after it ("الثلاثة قتلوا حارسا" is their deed).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lang import ar as V
from .normalise import fold_map, fold_set, fold_word
from .tokens import Token, word_in

_THAT = frozenset(V.THAT_FORMS_FOLDED)
_OTHERS = frozenset(V.OTHERS_WORDS_FOLDED)
_BEING = fold_set(V.NUMERAL_TOLD_BEING)
_STILL = fold_set(V.STILL_VERBS)
_NEGATIONS = frozenset(V.MA_LA_NEGATION_FORMS)
_RELEASES = fold_set(V.NUMERAL_TOLD_RELEASES)
_RELEASED_THEM = fold_set(V.NUMERAL_TOLD_RELEASED_THEM)
_PASSIVES = fold_map(V.NUMERAL_TOLD_PASSIVES)
_AFTER_PASSIVE = fold_set(V.NUMERAL_TOLD_AFTER_PASSIVE)
_NOUNS = fold_map(V.OUTCOME_NOUNS)
_HELD_STATES = frozenset(("captured", "arrested", "missing"))
_PLURAL_ENDINGS = (fold_word("ين"), fold_word("ون"))


def numeral_told(toks: list[Token], sa: int, sb: int, a: int, b: int,
                 released_as: Callable[[list[Token], int], str | None]
                 ) -> tuple[int, str] | None:
    """The end and outcome of the state told of the bare definite numeral at [a, b), or
    None. ``released_as`` says how people released were held (from the story before)."""
    if a > sa and toks[a - 1].w not in _THAT:
        return None
    r = b
    if r < sb and toks[r].w.startswith("ال") and toks[r].w[2:] in _OTHERS:
        r += 1  # "الثلاثة الآخرين"
    being = False
    if r < sb and toks[r].w in _BEING:
        r, being = r + 1, True
    elif r + 1 < sb and toks[r].w in _NEGATIONS and toks[r + 1].w in _STILL:
        r, being = r + 2, True
    if r >= sb or not toks[r].is_word:
        return None
    w = toks[r].w
    if being:
        nf = word_in(toks[r], _NOUNS)
        if nf is None or _NOUNS[nf] not in _HELD_STATES or not w.endswith(_PLURAL_ENDINGS):
            return None
        return r + 1, str(_NOUNS[nf])
    if w in _RELEASES and r + 1 < sb and toks[r + 1].w in _RELEASED_THEM:
        return r + 2, released_as(toks, a) or "captured"
    if w in _PASSIVES and (r + 1 >= sb or not toks[r + 1].is_word
                           or toks[r + 1].w in _AFTER_PASSIVE):
        return r + 1, str(_PASSIVES[w])
    return None
