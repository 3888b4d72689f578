"""A source named after "بحسب"/"وفق" that a relative clause goes on to describe by its own
speech: "...، بحسب وزارة الصحة، التي دعت المنظمات إلى ..."، "وفق وزير الزراعة، الذي وعد
بتوزيع ..."، 'بحسب وكالة الأنباء "سانا" التي نقلت عن مسؤول قوله إن ...'. The relative
pronoun's antecedent is the source, without the attribution word; the relative's verb
speaks for it as if the source were its subject."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _COMP, _QUOTES
from .statement_shared import _VERBS, _gender, _verb_form
from .statement_speaker_end import _REL
from .tokens import Token

_ATTRIBUTION_WORDS = V.ATTRIBUTION_WORDS_FOLDED
_CONJUNCTION_CLITICS = V.CONJUNCTION_CLITICS
_COMMAS = ("،", ",")
_REPORT_MAKING = fold_set(V.REPORT_MAKING_VERBS)
# a verb's gender that cannot go with the relative pronoun (folded "الذي", "التي")
_DISAGREEING = frozenset((g, fold_word(w)) for g, w in V.DISAGREEING_RELATIVES.items())


def source_before_relative(toks: list[Token], sa: int, r: int, max_words: int = 8
                           ) -> tuple[int, int] | None:
    """The source (start, end) that "بحسب"/"وفق" names right before the relative pronoun
    at ``r`` (a comma may stand between), or None. Only plain words and the quotes of a
    name stand between the attribution word and the relative: no verb, clause or comma (a
    relative after the words of the clause is not the source's). A source glued to the
    "ل" of "وفقا لـ" is left to the readers of that form."""
    if r <= sa or toks[r].w not in _REL:
        return None
    v = r + 2 if r + 2 < len(toks) and toks[r + 1].w == "قد" else r + 1
    if v < len(toks) and (_gender(toks[v]), toks[r].w) in _DISAGREEING:
        # "بحسب تقارير الطب العدلي التي قال إنه اطلع عليها": a verb that does not agree
        # with the relative has a subject of its own
        return None
    end = r - 1 if toks[r - 1].w in _COMMAS else r
    for a in range(end - 1, max(sa - 1, end - 1 - max_words), -1):
        t = toks[a]
        w = t.w
        if w in _REPORT_MAKING and a + 1 < end and _attributed_report(toks, sa, a):
            # "وفقا لإحصاء أعدته مديرية الشرطة، التي دعت ...": the body that made the
            # count is the relative's antecedent, and the source
            return a + 1, end
        if w in _ATTRIBUTION_WORDS or (w[:1] in _CONJUNCTION_CLITICS and w[1:] in (
                _ATTRIBUTION_WORDS)):
            if a + 1 >= end or (toks[a + 1].w[:1] == "ل" and w.endswith("ا")):
                return None
            return a + 1, end
        if (not t.is_word and w not in _QUOTES) or w in _COMP or w in _REL or _verb_form(
                t, _VERBS):
            return None
    return None


def _attributed_report(toks: list[Token], sa: int, v: int, max_words: int = 2) -> bool:
    """Is the verb of making at ``v`` inside an attribution: the report's noun (with "ل"
    after "وفقا"، or plain after "بحسب"/"وفق") and a word or two of it right after the
    attribution word?"""
    for a in range(v - 1, max(sa - 1, v - 2 - max_words), -1):
        w = toks[a].w
        if not toks[a].is_word:
            return False
        if w in _ATTRIBUTION_WORDS or (w[:1] in _CONJUNCTION_CLITICS and w[1:] in (
                _ATTRIBUTION_WORDS)):
            return a + 1 < v
    return False
