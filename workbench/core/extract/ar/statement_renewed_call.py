"""Statements told by the verbal noun of saying after a verb of renewing or repeating
("وجدد مجلس المحافظة دعوته إلى ..."، "وكررت النقابة مطالبتها بـ ..."، "وجددت الوزارة
تحذيرها من ..."، "وأعاد الرئيس التأكيد على أن ..."), and a report's cases told in a
relative clause ("ومن الحالات التي يوردها التقرير مقتل ..."). Both name their teller
before the words with no verb of saying of their own; before, neither read."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_content_end import _content_end
from .statement_shared import _Stmt
from .tokens import Token

_RENEWING = fold_set(V.RENEWING_VERBS)
_WORD = itemgetter(0)  # a token's folded word
RENEWING_ROOTS: tuple[str, ...] = tuple(fold_word(w) for w in V.RENEWING_ROOTS)
_ARTICLE = "ال"


def _masdar_forms() -> dict[str, str]:
    """Folded noun with the subject's possessive (or the article) -> the verb it tells."""
    forms: dict[str, str] = {}
    for noun, verb in V.RENEWED_SAYING_MASDARS.items():
        stem = fold_word(noun)
        bound = stem[:-1] + "ت" if noun.endswith("ة") else stem
        for end in V.POSSESSIVE_SUFFIXES:
            forms[bound + end] = fold_word(verb)
        forms[_ARTICLE + stem] = fold_word(verb)
    return forms


_MASDARS = _masdar_forms()
_OCCASIONS = fold_set(V.INVITATION_OCCASIONS)
_QUOTES = fold_set(('"', "«", "“"))
_SUBJECT_MAX = 6
_DEMAND = fold_word("طالب")


def _demand_at(w: str) -> bool:
    return len(w) > 3 and w[0] == "ب"


def renewed_call(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], first: int,
                 speech_verb: Callable[..., int]) -> None:
    """The renewed statements of the sentence [sa, sb) that no statement found so far holds
    (``raw[first:]`` are the sentence's); ``speech_verb`` reads each as its verb."""
    if _RENEWING.isdisjoint(map(_WORD, toks[sa:sb - 3])):
        return  # (no verb of renewing where the loop looks: it finds none)
    for k in range(sa, sb - 3):
        if toks[k].w not in _RENEWING or any(st.a - 1 <= k < st.b for st in raw[first:]):
            continue
        m = next((r for r in range(k + 1, min(sb - 1, k + 2 + _SUBJECT_MAX))
                  if toks[r].w in _MASDARS or not toks[r].is_word), None)
        if m is None or m == k + 1 or toks[m].w not in _MASDARS:
            continue  # no subject, or a mark before the noun
        found: list[_Stmt] = []
        speech_verb(toks, sa, sb, m, _MASDARS[toks[m].w], found)
        if not found or not m < found[0].a <= m + 4 or _invitation(toks, found[0].a, sb):
            continue
        st = found[0]
        if st.a > m + 1 and _demand_at(toks[m + 1].w) and _MASDARS[toks[m].w] == _DEMAND:
            # "مطالبته بالإفراج عن ...": the demand opens with its "بـ", no subject of it
            st.a = m + 1
        st.speaker, st.inherit, st.verb = (k + 1, m), False, None
        raw.append(st)


def _invitation(toks: list[Token], c: int, sb: int) -> bool:
    """The words open on an occasion one is invited to ("إلى العشاء"، "إلى مأدبة"), not on
    a quotation or an act asked."""
    r = c + 1 if toks[c].w == fold_word("إلى") else c
    if r >= sb or toks[r].w in _QUOTES:
        return False
    w = toks[r].w
    return w in _OCCASIONS or (w.startswith(_ARTICLE) and w[2:] in _OCCASIONS)


_CASE_VERBS = fold_set(V.CASE_TELLING_VERBS)
_CASE_PRONOUNS = V.POSSESSIVE_SUFFIXES
_CASE_OPENERS = fold_set(V.CASE_OPENERS)
_CASE_RELATIVES = fold_set(V.RELATIVE_PRONOUNS)


def report_cases(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], first: int) -> None:
    """'ومن الحالات التي يوردها التقرير مقتل بائع ...': the report (after the relative verb
    of telling with the cases' pronoun) tells the case after it. Replaces the sentence's
    readings, which took a word of the case for a teller."""
    if sb - sa < 6 or toks[sa].w not in _CASE_OPENERS or toks[sa + 2].w not in _CASE_RELATIVES:
        return
    if not toks[sa + 1].w.startswith(_ARTICLE):
        return
    v = toks[sa + 3].w
    if not any(v.endswith(p) and v[:-len(p)] in _CASE_VERBS for p in _CASE_PRONOUNS):
        return
    s = sa + 4
    e = s + 1
    while e < sb and e - s < V.CASE_TELLER_MAX_WORDS and toks[e].w.startswith(_ARTICLE):
        e += 1
    if not toks[s].is_word or e >= sb or not toks[e].is_word:
        return
    del raw[first:]
    raw.append(_Stmt(e, _content_end(toks, e, sb), (s, e)))
