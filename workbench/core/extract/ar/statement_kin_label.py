"""(round ar177) A headline label naming a family or kin before a colon, with the family's
own words after it: "أسرة من الموصل: مسلحون أخذوا ابننا من البيت"، "ذوو الصياد المفقود:
لم يتصل بنا أحد منذ أسبوع"، "عائلة في ريف حماة: قصفوا منزلنا ونحن نيام".

A label of plain words opening on a noun of kin (``HEADLINE_KIN_LABEL_HEADS``: a family, a
household, relatives, parents) is a voice: a family is no dateline place. A label can also
be the topic of a feature ("أهالي المدينة: بين النزوح والعودة"), so the words after the
colon must be the family's speech, told in the first person plural ("ابننا"، "منزلنا"،
"نحن"، "لن نغادر") or put in quotation marks. A label with a verb in it is read elsewhere
("عائلة تناشد: ...").
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_shared import _VERBS, _verb_form
from .tokens import Token

_KIN_HEADS = fold_set(V.HEADLINE_KIN_LABEL_HEADS)
_WE_PRONOUNS = fold_set(V.FIRST_PERSON_PRONOUNS)
_WE_NEGATIONS = fold_set(V.FIRST_PERSON_NEGATIONS)
_WE_LOOKALIKES = fold_set(V.FIRST_PERSON_LOOKALIKES)
_STOP_WORDS = fold_set(V.STOP_WORDS)
_LABEL_LINKS = fold_set(V.HEADLINE_KIN_LABEL_LINKS)
_WE_ENDING = V.FIRST_PERSON_ENDING
_US = fold_set(V.HEADLINE_KIN_LABEL_US)
_QUOTES = frozenset('"«»“”')
_MAX_LABEL = V.HEADLINE_KIN_LABEL_MAX_WORDS


def kin_label(toks: list[Token], sa: int, colon: int, sb: int) -> bool:
    """Is ``toks[sa:colon]`` a label of kin whose words after the colon are theirs?"""
    if not 1 <= colon - sa <= _MAX_LABEL or toks[sa].w.removeprefix("و") not in _KIN_HEADS:
        return False
    if not all(t.is_word and not _verb_form(t, _VERBS) for t in toks[sa:colon]):
        return False
    if any(t.w in _STOP_WORDS and t.w not in _LABEL_LINKS for t in toks[sa + 1:colon]):
        return False
    end = next((k for k in range(colon + 1, sb) if toks[k].w == "\n"), sb)
    if colon + 1 < end and toks[colon + 1].w in _QUOTES:
        return True
    return any(_first_person(toks, r, end) for r in range(colon + 1, end))


def _first_person(toks: list[Token], r: int, end: int) -> bool:
    """A word of "we" at ``r``: the pronoun, a negation before a verb in "ن" ("لن نغادر"),
    a preposition with it ("بنا"), or a noun or verb with the suffix "نا" ("ابننا"،
    "أخذونا")."""
    t = toks[r]
    if not t.is_word:
        return False
    w = t.w.removeprefix("و") if len(t.w) > 3 else t.w
    if w in _WE_PRONOUNS or w in _US:
        return True
    if w in _WE_NEGATIONS:
        return r + 1 < end and toks[r + 1].w[:1] == "ن" and len(toks[r + 1].w) >= 3
    return len(w) >= 4 and w.endswith(_WE_ENDING) and not w.startswith("ال") and (
        w not in _WE_LOOKALIKES and t.w not in _WE_LOOKALIKES)
