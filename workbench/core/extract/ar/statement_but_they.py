"""(round ar185) "They" after a turn of "but" that points back to the people who open the
sentence: "ورحب ناشطون بالاتفاق، لكنهم قالوا إن ..."، "وأيد الأهالي المبادرة، غير أنهم
أكدوا أن ...". The verb of the sentence opens with stands in the singular before its
plural subject, as Arabic puts a verb before its subject; the plural pronoun after "لكن"
can only be people, and the people it stands for are that subject. The speaker named in a
sentence before is someone else: the new subject takes the words.

Not read: a singular subject ("وانتقد الوزير المسلحين، لكنهم قالوا": "they" are the ones
criticised, the object) or an opening with no people ("واستمر القصف، لكنهم قالوا")."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_shared import _VERBS, _verb_form
from .tokens import Token

_BUT_THEY = fold_set(V.BUT_THEY)
_ANNA_THEY = V.ANNA_THEY
_BUT_BEFORE_ANNA = V.BUT_BEFORE_ANNA
_PEOPLE = fold_set(V.PEOPLE_PLURALS)
_STOP_WORDS = fold_set(V.STOP_WORDS)
_PLURAL_ENDINGS = V.SOUND_PLURAL_ENDINGS
_PLURAL_NISBAS = V.PLURAL_NISBA_ENDINGS
_COMMAS = frozenset(("،", ","))

_PLURAL_MIN = 5  # a sound plural of three root letters and its ending ("ناشطون")


def _people(w: str) -> bool:
    """Is ``w`` a plural of people, with the article or without ("ناشطون"، "الأهالي")?"""
    bare = w.removeprefix("ال")
    return w in _PEOPLE or bare in _PEOPLE or (
        len(bare) >= _PLURAL_MIN and bare.endswith(_PLURAL_ENDINGS))


def they_after_but(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """The people who open the sentence, as the subject of the verb at ``k`` after
    "، لكنهم" or "، غير أنهم": the plural after the sentence's first verb, with its plural
    adjectives ("ناشطون محليون"); None otherwise."""
    if k > sa + 2 and toks[k - 1].w in _BUT_THEY and toks[k - 2].w in _COMMAS:
        turn = k - 2
    elif k > sa + 3 and toks[k - 1].w == _ANNA_THEY and toks[k - 2].w.removeprefix(
            "و") in _BUT_BEFORE_ANNA and toks[k - 3].w in _COMMAS:
        turn = k - 3
    else:
        return None
    i = next((r for r in range(sa, turn) if toks[r].is_word), turn)
    if i + 2 >= turn:
        return None
    v = toks[i].w
    # the opening verb, masculine singular before its plural subject: no article, no
    # feminine "ت", no particle
    if v.startswith("ال") or v.endswith("ت") or v in _STOP_WORDS or (
            v[:1] == "و" and v[1:] in _STOP_WORDS) or len(v) < 3:
        return None
    if not (toks[i + 1].is_word and _people(toks[i + 1].w)) or _verb_form(toks[i + 1], _VERBS):
        return None
    e = i + 2
    while e < turn and toks[e].is_word and toks[e].w.endswith(_PLURAL_NISBAS):
        e += 1  # "ناشطون محليون"
    return i + 1, e
