"""Arabic casualty readings of a part of the dead told by their identification (round ar186).

After the dead or their remains are counted, reports tell how many of them were identified
or not yet: "عثر على رفات 40 شخصا في المقبرة، وتعرفت اللجنة حتى الآن على هويات 12 منهم"،
"وتم التعرف على جثث تسعة منهم"، "ولم تحدد هويات خمسة منهم بعد". Only the dead are identified
this way, so "N منهم" after the identifying verb and the noun of the identities or the remains
(through "على") is a part of the killed, when the last figure told before it in the document
is of the killed and counts more. Parts with the arrested or the wounded before them ("اعتقل
عشرة، وتعرفت الشرطة على هويات ثلاثة منهم"), counts with no "منهم", and people recognised
with no such noun ("وتم التعرف على تسعة منهم", who may be the attackers seen in a video)
stay unread.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ..figure_spans import FigureSpans, new_figure, whole_before
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_IDENTIFYING = fold_set(V.IDENTIFYING_WORDS)
_IDENTITIES = fold_set(V.IDENTIFIED_THINGS)
_ON = fold_set(("على",))
_OF_THEM = fold_set(V.OF_THEM)
_BREAKS = frozenset(("،", ",", ".", ":", "؛", "(", ")"))
_END = itemgetter("end")


def identified_parts(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts of the dead told by their identification, where no figure
    holds their words yet."""
    if not out:
        return
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _IDENTIFYING, spans):
        sb = spans[at][1]
        k = _count_start(toks, m + 1, sb)
        if k is None or (c := count_at(toks, k, sb)) is None or c.b >= sb or (
                toks[c.b].w not in _OF_THEM) or c.qual == "vague" or c.high is not None:
            continue
        s, e = folded.span(toks[c.a].s, toks[c.b].e)
        if taken is None:
            taken = FigureSpans(out)
            figs = sorted(out, key=_END)
            ends = [f["end"] for f in figs]
        if whole_before(figs, ends, 0, s, c.low, "killed"):
            taken.take(out, new_figure(folded.original, s, e, "killed", c.low))


def _count_start(toks: list[Token], j: int, sb: int) -> int | None:
    """Where the count starts after the identifying word: past a few words before "على"
    ("تعرفت حتى الآن على"), past "على" and the identities ("على هويات")."""
    for r in range(j, min(sb, j + V.IDENTIFYING_GAP + 1)):
        w = toks[r].w
        if w in _BREAKS or not toks[r].is_word:
            return None
        if w in _ON or w in _IDENTITIES:
            r += 1
            if w in _ON and r < sb and toks[r].w in _IDENTITIES:
                r += 1  # "على هويات"
            elif w in _ON:
                return None  # ("تم التعرف على تسعة منهم": who they are is not told)
            return r if r < sb else None
    return None
