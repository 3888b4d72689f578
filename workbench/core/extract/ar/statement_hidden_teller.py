"""A hidden teller with a circumstantial clause (round ar157). Features name a person by
trade and name in a sentence of what the person does, then give the words with a bare verb
of saying and a clause of what the teller is doing meanwhile:

    'ويعمل الحرفي فلان في المهنة منذ 1985. وقال وهو ينقش الحجر: "..."'

The clause ("وهو ينقش الحجر") is no subject: the verb's subject is hidden, and it is the
person described in the sentence before ("الحرفي فلان"). With no such person there, the
words go on with the last speaker, as a bare "وأضاف:" does. Only a statement whose speaker
opens with "وهو"/"وهي" right after its verb is touched, so the test costs nothing elsewhere.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_described_speaker import described_name_end
from .statement_headline import _STOP_WORDS
from .statement_shared import _VERBS, _Stmt, _verb_form
from .statement_speaker_end import _doing
from .tokens import Token

_CIRCUMSTANTIAL = fold_set(V.DESCRIPTION_OPENERS)
_PRESENT_PREFIXES = fold_set(V.PRESENT_PREFIXES_HE_SHE)


def _described_after_verb(toks: list[Token], pa: int, pb: int) -> tuple[int, int] | None:
    """In the sentence [pa, pb) that opens with a verb ("ويعمل"، "وتسكن"), the person
    described right after it: a definite word heading no body, then a name of two to four
    words with no article on its first, ended by a preposition, a verb or a punctuation."""
    if pb - pa < 4 or not toks[pa].is_word or toks[pa].w[:1] != "و" or not (
            toks[pa].w[1:2] in _PRESENT_PREFIXES or _verb_form(toks[pa], _VERBS)):
        return None
    d = pa + 1
    r = described_name_end(toks, d, pb, _STOP_WORDS, object_ends=True)
    return (d, r) if r is not None else None


def hidden_teller(toks: list[Token], sa: int, prev: tuple[int, int] | None,
                  raw: list[_Stmt], before: int) -> None:
    """Give the statements read from the sentence at ``sa`` whose speaker is only a
    circumstantial clause right after the verb the person described in ``prev``, or the
    last speaker when there is none."""
    for st in raw[before:]:
        if st.speaker is None or toks[st.speaker[0]].w not in _CIRCUMSTANTIAL:
            continue
        s0 = st.speaker[0]
        if s0 <= sa or not _doing(toks, s0 + 1, len(toks)):
            continue
        if st.verb is not None and st.verb != s0 - 1:
            continue
        person = _described_after_verb(toks, *prev) if prev is not None else None
        if person is not None:
            st.speaker = person
        else:
            st.speaker, st.inherit = None, True
