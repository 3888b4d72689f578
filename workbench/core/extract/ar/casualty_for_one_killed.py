"""Arabic casualty reading of one person named after "لـ" and told by a relative clause of
what befell him (round ar193).

"أقيمت جنازة عسكرية لجندي فرنسي قتل الأحد"، "نشرت الأسرة صورة لطفلة أصيبت في القصف":
the indefinite noun of a person glued to "لـ" (for, of) is followed, as Arabic writes an
indefinite antecedent, by its relative clause with no "الذي": the passive outcome verb
that agrees with him and takes no object. The noun alone glued to "ل" is read nowhere
else (most "لـ" words are no person), so only a person noun, at most two nisba adjectives
and the agreeing verb right after make a figure; "لرجل قتل زوجته" names a killer (the
verb's object), and "لجندي" with no verb after it counts nobody.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_subject_first import agrees, passive_after, verb_outcome
from .normalise import Folded, fold_word
from .tokens import Token, positions_in_spans

# the person nouns glued to "ل", folded ("لجندي"، "لمراقب"، "لطفلة")
_GLUED = frozenset("ل" + fold_word(w) for w in V.PERSON_SINGULAR if len(w) > 2)
# how many nisba adjectives may describe him before the verb ("لجندي إسباني"، "لمراقب
# عسكري أممي")
_ADJECTIVES_MAX = 2


def for_one_killed(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one person for each "لـ" person noun whose relative clause tells
    an outcome ("لجندي إسباني قتل السبت")."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _GLUED, spans):
        sb = spans[at][1]
        found = _relative_verb(toks, k, sb)
        if found is None:
            continue
        end, outcome = found
        s, e = folded.span(toks[k].s + 1, toks[end - 1].e)  # the noun without its "ل"
        gs, ge = folded.span(toks[k].s + 1, toks[end - 2].e)  # the person, described
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, outcome, 1,
                                   group=folded.original[gs:ge]))


def _relative_verb(toks: list[Token], k: int, sb: int) -> tuple[int, str] | None:
    """(end of the verb, outcome) of the relative clause right after the noun at ``k``."""
    noun = toks[k].w[1:]
    for i in range(k + 1, min(sb, k + 2 + _ADJECTIVES_MAX)):
        t = toks[i]
        if not t.is_word:
            return None
        outcome = verb_outcome(t.w)
        if outcome is not None:
            if not agrees(noun, t.w, False) or not passive_after(toks, i + 1, sb):
                return None
            return i + 1, outcome
        if t.w.startswith("ال") or not t.w.endswith(("ي", "يه", "ية")):
            return None  # only a nisba adjective may stand between
    return None
