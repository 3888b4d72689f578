"""A described person who speaks with no verb of saying (round ar154). Features open a
sentence with a person by trade or state and name, then give the person's words:

- after a colon: 'النازحة مريم عبد الله: "تركنا كل شيء خلفنا"';
- after a verb of waiting or hoping and what is waited for, as a quotation:
  'المزارع سالم حمدان الجبوري، الذي خسر نصف أشجاره، ينتظر الموسم "كمن ينتظر عرسا"'.

The speaker is the described name as written (the trade and the name, without the
relative aside). A quotation is required: "المزارع فلان يملك عشرين دونما" says nothing,
and so does "ينتظر الموسم" with no quotation after it. The name must look like one: a
definite word, then two to four words whose first has no article (so "الحكومة
السورية:" or a label such as "الحصيلة النهائية:" is no person).
"""

from __future__ import annotations

from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP, _QUOTES
from .statement_content_end import _content_end
from .statement_shared import _ORG_HEADS, _VERBS, _Stmt, _verb_form
from .statement_speaker_end import _REL
from .tokens import Token

_WORD = itemgetter(0)  # a token's folded word
_HOPE_VERBS = fold_set(V.QUOTED_HOPE_VERBS)
_HOPE_REACH = V.QUOTED_HOPE_MAX_WORDS
_NAME_MIN, _NAME_MAX = V.DESCRIBED_NAME_WORDS
_NAME_LINKS = fold_set(V.NAME_PARTICLES)
_COMMAS = frozenset(("،", ","))


_ACCUSATIVE = "ا"  # the indefinite accusative's alif ("بستانا"، "متجرا")


def described_name_end(toks: list[Token], d: int, end: int, stops: frozenset[str], *,
                       object_ends: bool = False) -> int | None:
    """Where a described name starting at ``d`` ends (before ``end``): a definite word that
    heads no body, then a name of two to four words with no article on its first, ended by
    a word of ``stops``, a relative, a verb, a "و" or a punctuation. With ``object_ends``,
    an indefinite accusative after the shortest name is the verb's object and ends it
    ("ويملك المزارع فلان بستانا"). The hidden teller (round ar157) reads its person so too."""
    t0 = toks[d]
    if not (t0.is_word and t0.w.startswith("ال")) or t0.w in _ORG_HEADS or (
            t0.w[2:] in _ORG_HEADS):
        return None
    r = d + 1
    while r < end and r - d - 1 < _NAME_MAX:
        t = toks[r]
        if not t.is_word or t.w in stops or t.w in _REL or _verb_form(t, _VERBS) or (
                t.w[:1] == "و"):
            break
        if r == d + 1 and t.w.startswith("ال"):
            return None
        if object_ends and r - d - 1 >= _NAME_MIN and t.w.endswith(_ACCUSATIVE):
            break
        r += 1
    return r if r - d - 1 >= _NAME_MIN and toks[r - 1].w not in _NAME_LINKS else None


_NAME_STOPS = _COMP | _HOPE_VERBS


def _name_end(toks: list[Token], sa: int, sb: int) -> int | None:
    """Where the described name opening the sentence at ``sa`` ends."""
    return described_name_end(toks, sa, sb, _NAME_STOPS)


def _aside_end(toks: list[Token], e: int, sb: int) -> int:
    """After a comma and a relative ("، الذي خسر نصف أشجاره،"): the index after the
    closing comma; else ``e``."""
    if not (e + 1 < sb and toks[e].w in _COMMAS and toks[e + 1].w in _REL):
        return e
    close = next((r for r in range(e + 2, min(sb, e + 16)) if toks[r].w in _COMMAS), None)
    return close + 1 if close is not None else e


def described_speaker(toks: list[Token], sa: int, sb: int, raw: list[_Stmt]) -> bool:
    """Read a sentence opening with a described person who speaks with no verb of
    saying; True when one was read."""
    if _QUOTES.isdisjoint(map(_WORD, toks[sa + 1:sb])):
        return False  # (both readings end on a quotation mark past the name: none here)
    e = _name_end(toks, sa, sb)
    if e is None or e >= sb:
        return False
    if toks[e].w == ":" and e + 1 < sb and toks[e + 1].w in _QUOTES:
        q = e + 1
    else:
        v = _aside_end(toks, e, sb)
        if v >= sb or toks[v].w not in _HOPE_VERBS:
            return False
        q = next((r for r in range(v + 1, min(sb, v + 2 + _HOPE_REACH))
                  if toks[r].w in _QUOTES), None)
        if q is None or not all(toks[r].is_word for r in range(v + 1, q)):
            return False
    end = _content_end(toks, q, sb)
    if end - q < 3:
        return False
    raw.append(_Stmt(q, end, (sa, e)))
    return True
