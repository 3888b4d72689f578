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
from .normalise import Folded, fold_set
from .statement_described_speaker import described_name_end
from .statement_headline import _STOP_WORDS
from .statement_shared import _VERBS, _gender, _Stmt, _verb_form
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


_COLON = ":"
_AND = "و"
_FEMININE_END = "ه"  # the folded ta marbuta of "الممرضة"
_NAME_MIN = V.DESCRIBED_NAME_WORDS[0]
_POSSESSIVE_ENDINGS = tuple(V.HIS_HER_SUFFIXES)
_POSSESSED_MIN = 4  # letters: a noun and its pronoun ("أرضه")


def _named_after_opening(toks: list[Token], folded: Folded, pa: int,
                         pb: int) -> tuple[int, int] | None:
    """In the sentence [pa, pb) opening with a word in "و" that is no noun and no verb of
    saying ("ويعمل"، "ووصلت"، "وفقد"), the person named right after it: the trade or state
    (a definite word heading no body) at ``d``, then the name; returns (d, end of name)."""
    w = toks[pa].w if pb - pa >= 4 and toks[pa].is_word else ""
    if w[:1] != _AND or len(w) < 4 or w[1:3] == "ال" or _verb_form(toks[pa], _VERBS):
        return None  # (a verb of saying: 'وقال فلان: "...". واستدرك:' goes on with him)
    r = described_name_end(toks, pa + 1, pb, _STOP_WORDS, object_ends=True)
    if r is None:
        return None
    if r - pa - 2 > _NAME_MIN and _possessed(folded, toks[r - 1]):
        r -= 1  # "ويقود السائق فلان الفلاني شاحنته": the object with its pronoun
    return pa + 1, r


def _possessed(folded: Folded, t: Token) -> bool:
    """Is ``t`` written with a pronoun of possession at its end ("شاحنته"، "منزلها")? The
    written "ه" (a folded "ة" ends names such as "حمزة")."""
    s, e = folded.span(t.s, t.e)
    w = folded.original[s:e]
    return len(w) >= _POSSESSED_MIN and w.endswith(_POSSESSIVE_ENDINGS)


def named_teller(toks: list[Token], folded: Folded, sa: int, prev: tuple[int, int] | None,
                 raw: list[_Stmt], before: int) -> None:
    """(round ar162) 'ويعمل الصياد فلان الفلاني منذ عشرين عاما في البحيرة. وقال: "..."':
    a bare verb of saying opening its sentence with a colon, no subject of its own, after
    a sentence that names a new person right after its opening verb: that person speaks
    (the name, without the trade), not a speaker named further back. The verb's gender
    must agree with the trade word's ("وقالت" after "الممرضة فلانة")."""
    st = raw[before]
    if prev is None or st.speaker is not None or st.verb != sa or sa + 1 >= len(toks) or (
            toks[sa + 1].w != _COLON):
        return
    person = _named_after_opening(toks, folded, *prev)
    if person is None:
        return
    g = _gender(toks[sa])
    if g not in ("m", "f") or (g == "f") != toks[person[0]].w.endswith(_FEMININE_END):
        return
    for later in raw[before:]:
        if later.speaker is None and later.inherit:
            later.speaker, later.inherit = (person[0] + 1, person[1]), False
