"""(round ar156) The topic after "عن" before a quotation: "وقال المزارع فلان عن موسم القطاف
الذي تأخر هذا العام: "..."".

A verb of saying with "عن" names what the words are about; the topic may hold a relative
clause of its own, longer than the few words a verb's adjuncts take before its colon. A
colon with a quotation right after it, within ``ABOUT_TOPIC_REACH`` tokens and before the
sentence ends, opens the words. With no quotation after the topic ("وقال فلان عن الموسم
الماضي.") nothing is said there.
"""

from __future__ import annotations

from ..lang import ar as V
from .statement_adjuncts import _QUOTES
from .tokens import Token, is_end

_ABOUT = V.SPOKE_OF_PREPOSITION
_REACH = V.ABOUT_TOPIC_REACH


def quote_after_topic(toks: list[Token], m: int, sb: int) -> int | None:
    """Where the quotation starts (its opening mark) after the topic that "عن" at ``m``
    opens, or None."""
    if m >= sb or toks[m].w != _ABOUT:
        return None
    for r in range(m + 2, min(sb - 1, m + 1 + _REACH)):
        t = toks[r]
        if t.w == ":":
            return r + 1 if toks[r + 1].w in _QUOTES else None
        if is_end(t) or t.w in _QUOTES:
            return None
    return None
