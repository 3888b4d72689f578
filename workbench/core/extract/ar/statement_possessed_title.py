"""A source named by its office with a possessive pronoun: "، بحسب رئيسه،"."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, is_end

_TITLES = fold_set(V.OFFICE_TITLES)
_HIS_HER = tuple(fold_word(s) for s in V.POSSESSED_TITLE_SUFFIXES)
_MAX_BACK = 60  # how far back the sentence's opening verb is looked for


def _title_stem(w: str) -> tuple[bool, int] | None:
    """"رئيسه" -> (False, 1), "مديرتها" -> (True, 2): an office with a pronoun suffix,
    whether its feminine "ة" became "ت" before the suffix, and the suffix's length."""
    for suffix in _HIS_HER:
        stem = w[:-len(suffix)]
        if w.endswith(suffix) and stem in _TITLES:
            return False, len(suffix)
        if w.endswith(suffix) and stem.endswith("ت") and stem[:-1] + "ه" in _TITLES:
            return True, len(suffix)  # "مديرتها": "مديرة"
    return None


def possessed_title(folded: Folded, toks: list[Token], at: int,
                    sources: list[str]) -> str | None:
    """Who holds the office "رئيسه" at ``at``: the person named earlier with the office of
    the body that opens the sentence as its verb's definite subject ("وقال رئيس الاتحاد،
    فلان، ... . ويخطط الاتحاد ...، بحسب رئيسه، ..." gives "رئيس الاتحاد، فلان"), the
    latest one. None when the word is no such office, no body opens the sentence, or no
    source was named with that office before: the older sets' gold keeps "رئيسها" as
    written then ("وتضم الجمعية 214 نحالا ... بحسب رئيسها")."""
    got = _title_stem(toks[at].w)
    if got is None:
        return None
    feminine, cut = got
    sa = at
    while sa > 0 and at - sa < _MAX_BACK and not is_end(toks[sa - 1]):
        sa -= 1
    if sa + 2 >= at or not toks[sa].is_word or not toks[sa + 1].w.startswith("ال"):
        return None
    body = toks[sa + 1]
    if body.w.endswith("ه") != (cut == 2):
        return None  # "الجمعية ... رئيستها"، "الاتحاد ... رئيسه": the pronoun agrees
    s, e = folded.span(toks[at].s, toks[at].e)
    bs, be = folded.span(body.s, body.e)
    office = folded.original[s:e][:-cut]
    if feminine:
        office = office[:-1] + "ة"
    title = office + " " + folded.original[bs:be]
    key = fold_word(title)
    return next((sp for sp in reversed(sources) if fold_word(sp).startswith(key)), None)
