"""(round ar166) A headline's demand by a crowd named by its trade and its place or crop:
"مزارعو التبغ في البلدة يطالبون برفع سعر الكيلو"، "صيادو الميناء يطالبون بتعويضات".

The sets' gold gives a headline's demand by people named by what they do, a sound
masculine plural in construct with the genitive that says where or what ("مزارعو
القمح"، "صيادو الميناء"، "سائقو الشاحنات"), no entry: the protest is the news, and no one
of them speaks. A body that demands ("جمعية القصابين تطالب ..."، "النقابة تطالب ..."),
kin who stand for the ones they name ("ذوو المخطوفين يطالبون"), an indefinite crowd
("محتجون يطالبون بـ", which the gold reads as a source) and a crowd before a colon
("مزارعو العنب: ...", whose words follow) keep theirs.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token

_DEMANDS = fold_set(V.CROWD_DEMAND_VERBS)
_CONSTRUCT = V.PLURAL_CONSTRUCT_ENDING
_MIN = V.PLURAL_CONSTRUCT_MIN_LETTERS
_SPEAKING = fold_set(V.CROWD_DEMAND_SPEAKING_HEADS)


def _trade_in_construct(w: str) -> bool:
    """A sound masculine plural in construct ("مزارعو"، "صيادو"), with or without "و"."""
    w = w.removeprefix("و") if len(w) > _MIN else w
    return not w.startswith("ال") and len(w) >= _MIN and w.endswith(_CONSTRUCT) and (
        w not in _SPEAKING)  # (review 44: "مسؤولو الوزارة يحذرون" speak for a body)


def crowd_demand(toks: list[Token], head: int, k: int) -> bool:
    """Is the headline verb at ``k`` a demand or warning whose subject, opening at
    ``head``, is a crowd named by its trade in construct?"""
    return toks[k].w.removeprefix("و") in _DEMANDS and _trade_in_construct(toks[head].w)
