"""(round ar177) A headline's speech verb, its words, then a second act of the same subject
joined by "و": "بلدية المدينة تنفي وجود قناصة وتغلق الطريق ليلا"، "الجيش ينفي قصف المخيم
ويفتح تحقيقا"، "الشرطة تعلن اعتقال مشتبه به وتغلق الحي".

The joined present verb agrees with the headline's verb (the same opening: "ي" after "ينفي"،
"ت" after "تنفي") and has no subject of its own: it is the subject's next act, no part of
what was denied or announced, so the words end before it. A second verb of speaking there
("... ويقول إن") is read by ``_second_report`` and ``_joined_head_verb``, and one with a
subject of its own ("... ويقول قائده إن") stays as the earlier rounds left it; a noun that opens
the same way is no verb: "وتحقيق"، "وتقرير" (the verbal noun تفعيل, its "ي" fourth), a
feminine or plural noun ("وتعزيزات") or a month ("ويوليو").
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_content_end import _HEAD_VERBS
from .statement_shared import _VERBS, _verb_form
from .tokens import Token

_PRESENT_PREFIXES = tuple(V.HEADLINE_JOINED_ACT_PREFIXES)
_NOUN_ENDINGS = (*V.NOUN_NOT_VERB_ENDINGS, V.HEADLINE_JOINED_NOUN_PLURAL)
_MONTHS = fold_set(V.MONTHS)


def joined_act_end(toks: list[Token], k: int, c: int, r: int) -> int:
    """Where the words of the headline verb at ``k``, from ``c`` to ``r``, end before a
    joined act of the same subject; ``r`` when none."""
    prefix = toks[k].w.removeprefix("و")[:1]
    if prefix not in _PRESENT_PREFIXES:
        return r
    for q in range(c + 1, r):
        w = toks[q].w
        if w[:1] != "و" or w[1:2] != prefix or len(w) < 5 or not toks[q - 1].is_word:
            continue
        v = w[1:]
        if v in _MONTHS or (v.endswith(_NOUN_ENDINGS) and not v.endswith(
                V.PLURAL_VERB_ENDING)) or (len(v) == 5 and v[3] == "ي"):
            continue
        if _verb_form(toks[q], _VERBS) or _verb_form(toks[q], _HEAD_VERBS):
            # a verb of speaking: a second report of the subject's or of another's
            # ("ويقول قائده إن ..."), left to the rules of second reports
            continue
        return q
    return r
