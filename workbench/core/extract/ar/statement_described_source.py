"""(round ar132) A relayed source described by a clause of its own before the masdar of
saying: 'ونقلت المنظمة عن امرأة وصلت إلى مستشفاها أمس، قولها: "..."'، "عن رجل فر من
القرية الليلة الماضية قوله إن".

An outlet relays a witness it names only by what happened to him: an indefinite noun, then
a verb that describes it (the asyndetic relative of Arabic), with a place, a date and perhaps
a comma before "قوله"/"قولها". The masdar can only follow its source, so every word between
"عن" and it is the source's; the rule only needs to see that nothing else (a clause's
complementizer, a quotation, the end of the sentence) stands between.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP, _SAYING_NOUNS, _anonymity_aside
from .statement_content_end import _QUOTE_PAIRS
from .statement_speaker_end import _REL, _STOPS, _TIME_WORDS, _aside_end
from .tokens import Token, is_end

_COMMAS = frozenset(("،", ","))
_NISBA_ENDINGS = tuple(fold_set(V.NISBA_ENDINGS))
_MAX_TOKENS = 16  # the description: a verb, a place, a time, a comma


def described_source_end(toks: list[Token], r0: int, r1: int, sb: int) -> int | None:
    """The end of the relayed source opening at ``r0`` (its indefinite head read up to
    ``r1``) when the masdar of saying closes its description within a few tokens, with no
    comma but the one before it and no clause, quotation or sentence end between; None
    otherwise. A relative pronoun there qualifies a place, not the source ("عن مسؤول في
    المدينة التي تعرضت للقصف قوله"), and the source stays as read."""
    if not (r0 + 1 < sb and toks[r0].is_word and not toks[r0].w.startswith("ال")):
        return None
    # the description's verb right after the head: no place after "في" ("عن مسؤول في
    # إدارة الولاية أمس قوله" names the source before the time), no adjective of relation
    nxt = toks[r0 + 1]
    if not nxt.is_word or nxt.w.startswith("ال") or nxt.w in _STOPS or nxt.w.endswith(
            _NISBA_ENDINGS) or nxt.w in _TIME_WORDS:
        return None
    for r in range(max(r1, r0 + 1), min(sb, r0 + _MAX_TOKENS)):
        t = toks[r]
        if t.w in _SAYING_NOUNS:
            return r - 1 if toks[r - 1].w in _COMMAS else r
        if t.w in _COMMAS and r + 1 < sb and toks[r + 1].w in _SAYING_NOUNS:
            continue  # the comma that closes the description
        if t.w in _COMMAS and (q := _aside_end(toks, r, sb)) and q < sb and toks[
                q].w in _SAYING_NOUNS:
            # round ar135: "عن امرأة وصلت إلى العيادة، أمس، قولها": a time set off by
            # commas is when she spoke, no part of who she is
            return r
        if is_end(t) or t.w in _COMP or t.w in _QUOTE_PAIRS or not (
                t.is_word or t.is_digit) or t.w in _REL or _anonymity_aside(toks, r, sb):
            # (an aside of anonymity, "طلب عدم الكشف عن اسمه", is no description)
            return None
    return None
