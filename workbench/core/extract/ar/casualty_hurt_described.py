"""Arabic casualty reading of one or two people described as hurt (round ar165).

Hospitals and rescuers tell who they took in by a person noun and the participle of being
hurt after it, as an adjective that agrees with it: "استقبل المستشفى امرأة مصابة بشظايا"،
"وصلت جثة شاب، إلى جانب امرأتين مصابتين"، "نقلت الطواقم طفلا مصابا". An indefinite
singular person is one wounded and a dual two, as the corpus counts them (a counted plural,
"ثلاثة أطفال مصابين", is read with its count). Read only when the participle agrees with
the noun in number and gender, the noun has no count before it ("15 طفلا مصابا" are
fifteen) nor "each"/"any" ("كل طفل مصاب" is nobody in particular), and no disease,
illness or feeling follows ("امرأة مصابة بالسرطان" is sick), nor a definite genitive of
the adjective ("مصاب القلب", a figure of speech). "جريح" after a noun ("جندي جريح") is
left as round ar149 left it.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_in_spans

_PARTICIPLES = fold_map(V.HURT_DESCRIBED_PARTICIPLES)
_PARTICIPLE_WORDS = frozenset(_PARTICIPLES)
_PERSONS = fold_set(V.PERSON_SINGULAR)
_PERSON_DUALS = fold_set(V.PERSON_DUAL)
_NOT_WOUNDS = fold_set((*V.HURT_DESCRIBED_NOT_WOUNDS, *V.SUBJECT_FIRST_NOT_HARM,
                        *("ب" + w for w in V.DISEASE_WORDS),
                        *("ب" + w for w in V.ILLNESS_NOUNS)))
_ANY = fold_set(V.HURT_DESCRIBED_ANY)
_NOT_TOLD = fold_set(V.HURT_DESCRIBED_NOT_TOLD)
_NOT_TOLD_REACH = V.HURT_DESCRIBED_NOT_TOLD_REACH
_TO = fold_set(V.TO_PREPOSITIONS)
_NUMBER_WORDS = fold_set((*V.UNITS, *V.TENS, *V.HUNDREDS, *V.ROUND))
_FEMININE_END = "ه"  # (the folded "ة")
_FEMININE_DUAL_ENDINGS = V.FEMININE_DUAL_ENDINGS


def hurt_described(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one or two wounded for each person noun the participle of being
    hurt describes right after it."""
    taken: FigureSpans | None = None
    for v, at in positions_in_spans(toks, _PARTICIPLE_WORDS, spans):
        sa, sb = spans[at]
        n = v - 1
        if n < sa or not toks[n].is_word:
            continue
        number, gender = _PARTICIPLES[toks[v].w]
        noun = toks[n].w[1:] if toks[n].w.startswith("و") and len(toks[n].w) > 3 else toks[n].w
        if _agrees(noun, number, gender) is None:
            continue
        if n - 1 >= sa and (toks[n - 1].is_digit or toks[n - 1].w in _NUMBER_WORDS or any(
                ch.isdigit() for ch in toks[n - 1].w)):
            continue  # ("15 طفلا مصابا": fifteen, read with the count)
        if n - 1 >= sa and toks[n - 1].w in _ANY:
            continue  # ("كل طفل مصاب": no one in particular)
        if any(toks[r].w in _NOT_TOLD for r in range(max(sa, n - _NOT_TOLD_REACH), n)):
            continue  # (review 44) "إذا وجد طفل مصاب"، "لا يوجد شخص مصاب": no one
        if v + 1 < sb and toks[v + 1].w in _NOT_WOUNDS:
            continue  # ("امرأة مصابة بالسرطان": sick, not hurt)
        if v + 1 < sb and toks[v + 1].is_word and toks[v + 1].w.startswith("ال") and (
                toks[v + 1].w not in _TO):  # ("إلى" folds onto "الي")
            continue  # ("رجل مصاب القلب": the adjective's genitive, a figure of speech)
        s, e = folded.span(toks[n].s, toks[v].e)
        if noun != toks[n].w:
            s += 1  # ("وامرأة مصابة": the conjunction is no part of the figure)
        if taken is None:
            taken = FigureSpans(out)
        ge = folded.span(toks[n].s, toks[n].e)[1]
        taken.take(out, new_figure(folded.original, s, e, "wounded", number,
                                   group=folded.original[s:ge]))


def _agrees(noun: str, number: int, gender: str) -> str | None:
    """The person ``noun`` (folded, no clitic) as the participle's number and gender
    require it: an indefinite singular (or its accusative in "ا") for one, a listed dual
    for two; None when it is no such person or does not agree."""
    if number == 1:
        form = noun if noun in _PERSONS else (
            noun[:-1] if noun.endswith("ا") and noun[:-1] in _PERSONS else None)
        if form is None or form.endswith(_FEMININE_END) != (gender == "f"):
            return None
        return form
    if noun not in _PERSON_DUALS:
        return None
    feminine = noun.endswith(_FEMININE_DUAL_ENDINGS)
    return noun if feminine == (gender == "f") else None
