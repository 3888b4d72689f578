"""Arabic casualty reading of a speaker described by the wound he took (round ar136).

"ويقول مشجع أصيب في ساقه، ويدعى ..."، "وقالت امرأة أصيبت بشظايا إن ...": an indefinite
person noun right after a verb of saying, then the singular passive of wounding that
agrees with it, is the relative clause that tells who speaks; that one person was
wounded. What the verb is followed by must leave the noun its subject ("في"، "بـ"، a
pause): "وقال رجل أصيب ابنه" tells the son's wound.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_in_spans

_VERBS = fold_map(V.HURT_SPEAKER_VERBS)
_SAYING = fold_set((*V.SPEECH_VERBS, *("و" + w for w in V.SPEECH_VERBS)))
_PERSONS = fold_set(V.PERSON_SINGULAR)
_AFTER = fold_set(V.HURT_SPEAKER_AFTER)
_VERB_WORDS = frozenset(_VERBS)
# a feeling or a disease after the verb is no wound: "وقالت امرأة أصيبت بالذعر"
_NOT_HARM = fold_set(V.SUBJECT_FIRST_NOT_HARM)


def hurt_speaker(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                 out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one wounded for each speaker described by his wound."""
    taken: FigureSpans | None = None
    for v, at in positions_in_spans(toks, _VERB_WORDS, spans):
        sa, sb = spans[at]
        n = v - 1
        if n - 1 < sa or toks[n].w not in _PERSONS or toks[n - 1].w not in _SAYING:
            continue
        feminine = toks[n].w.endswith("ه")  # (the folded "ة")
        if feminine != (_VERBS[toks[v].w] == "f"):
            continue
        if v + 1 < sb and not (toks[v + 1].w in _AFTER or toks[v + 1].w.startswith("ب")):
            continue  # ("وقال رجل أصيب ابنه": the son's wound)
        if v + 1 < sb and toks[v + 1].w in _NOT_HARM:
            continue  # (review of round ar136) "أصيب بخيبة أمل"، "أصيبت بالذعر"
        s, e = folded.span(toks[n].s, toks[v].e)
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, "wounded", 1, group=folded.original[
            s:folded.span(toks[n].s, toks[n].e)[1]]))
