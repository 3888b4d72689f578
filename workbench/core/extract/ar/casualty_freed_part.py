"""Arabic casualty reading of a part freed from captors (round ar169).

"أعلنت الشرطة تحرير ثلاثة من التلاميذ"، "حررت القوات 5 من العمال المخطوفين"، "وتحرير أربعة
من الركاب": a count with "من" and a definite group of people, right after a freeing word
(or after its verb and a subject of up to three words), names people freed from captors;
the corpus counts hostages later freed as captured. The count with a bare noun was read
already ("تحرير ثلاثة أطفال"); with "من" it was not. Left unread: a group that is no people
("تحرير ثلاثة من الأحياء الشرقية"، "من القرى"), a part of people counted before ("منهم"),
and a count standing further from the freeing word.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_FREEING = fold_set(V.FREEING_WORDS)
_STARTS = _FREEING | frozenset("و" + w for w in _FREEING)
_MASDARS = fold_set(V.FREEING_NOUNS)
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_PEOPLE = fold_set((*V.PERSON_PLURALS, *V.COUNTED_PEOPLE, *V.PERSON_SINGULAR,
                    *V.OUTCOME_NOUNS, *V.FREED_PART_PEOPLE))
_NON_PERSON = fold_set((*V.NON_PERSON, *V.FREED_PART_NOT_PEOPLE))
_NISBA_ENDINGS = tuple(V.PEOPLE_NISBA_ENDINGS)
_SOUND_PLURAL = tuple(V.SOUND_PLURAL_ENDINGS)
_SUBJECT_MAX = 3  # "حررت قوات الأمن المصرية ..."


def freed_part(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the captives counted with "من" and a definite group of people
    right after a freeing word, where no figure holds them yet."""
    kept: FigureSpans | None = None
    for v, at in positions_in_spans(toks, _STARTS, spans):
        sb = spans[at][1]
        c = _count_after(toks, v, sb, count_at)
        if c is None or c.b + 1 >= sb or toks[c.b].w != "من":
            continue
        g = toks[c.b + 1]
        if not g.w.startswith("ال") or not _people(g.w[2:]):
            continue
        if kept is None:
            kept = FigureSpans(out)
        s, e = folded.span(toks[c.a].s, g.e)
        gs, ge = folded.span(g.s, g.e)
        kept.take(out, new_figure(folded.original, s, e, "captured", c.low, c.high, c.qual,
                                  group=folded.original[gs:ge]))


def _count_after(toks: list[Token], v: int, sb: int, count_at: CountAt):  # type: ignore[no-untyped-def]
    """The count right after the freeing masdar at ``v``, or after its verb and a
    subject of up to three words."""
    reach = 1 if word_in(toks[v], _MASDARS) is not None else 1 + _SUBJECT_MAX
    for j in range(v + 1, min(sb, v + 1 + reach)):
        c = count_at(toks, j, sb)
        if c is not None and c.a == j:
            return c
        if not toks[j].is_word or toks[j].w == "من":
            return None
    return None


def _people(w: str) -> bool:
    """Is the definite noun ``w`` (its article off) people?"""
    return w not in _NON_PERSON and (w in _PEOPLE or (
        w.endswith(_SOUND_PLURAL) and w[:-2] in _SINGULAR) or w.endswith(_NISBA_ENDINGS))
