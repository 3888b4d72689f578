"""(round ar156) The topic after "عن" before a quotation: "وقال المزارع فلان عن موسم القطاف
الذي تأخر هذا العام: "..."".

A verb of saying with "عن" names what the words are about; the topic may hold a relative
clause of its own, longer than the few words a verb's adjuncts take before its colon. A
colon with a quotation right after it, within ``ABOUT_TOPIC_REACH`` tokens and before the
sentence ends, opens the words. With no quotation after the topic ("وقال فلان عن الموسم
الماضي.") nothing is said there.

(round ar159) The outlet spoken to may stand before "عن" with "إلى" ('وتحدث الطبيب فلان
إلى صحيفة "..." عن نقص الأدوية: "..."'), as it does glued with "ل".
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _QUOTES
from .tokens import Token, is_end

_ABOUT = V.SPOKE_OF_PREPOSITION
_REACH = V.ABOUT_TOPIC_REACH
_TO = fold_word("إلى")
# the outlets addressed with "ل" glued ("لصحيفة"، "لإذاعة"), written after "إلى"
_OUTLET_NOUNS = frozenset(w[1:] for w in fold_set(V.ADDRESSED_OUTLETS) if len(w) > 3)
_OUTLET_REACH = V.OUTLET_NAME_MAX_TOKENS


def _past_outlet(toks: list[Token], m: int, sb: int) -> int:
    """The "عن" after an outlet addressed with "إلى" at ``m`` ("إلى صحيفة "الأيام" عن"),
    or ``m`` itself."""
    if m + 2 >= sb or toks[m].w != _TO or toks[m + 1].w not in _OUTLET_NOUNS:
        return m
    for r in range(m + 2, min(sb, m + 2 + _OUTLET_REACH)):
        if toks[r].w == _ABOUT:
            return r
        if is_end(toks[r]) or toks[r].w == ":":
            break
    return m


def quote_after_topic(toks: list[Token], m: int, sb: int) -> int | None:
    """Where the quotation starts (its opening mark) after the topic that "عن" at ``m``
    opens, or None."""
    m = _past_outlet(toks, m, sb) if m < sb else m
    if m >= sb or toks[m].w != _ABOUT:
        return None
    for r in range(m + 2, min(sb - 1, m + 1 + _REACH)):
        t = toks[r]
        if t.w == ":":
            return r + 1 if toks[r + 1].w in _QUOTES else None
        if is_end(t) or t.w in _QUOTES:
            return None
    return None
