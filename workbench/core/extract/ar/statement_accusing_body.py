"""An accusation told in a clause that describes a body of kin or fighters (round ar154):
"قالت وكالة محلية إن المهاجمين من عشيرة مجاورة تتهمهم بقتل أحد أبنائها". The present of
accusing carries the accused as its pronoun and the charge follows at once after "بـ"; the
accuser is the body the clause describes, right before the verb (an indefinite head and its
adjectives, or a definite one and "التي"/"الذي"). The report around it keeps its own entry;
this adds the body's charge beside it. A court's charge ("يتهمه الادعاء بالاختلاس") names
its accuser after the verb and is read elsewhere, or not at all."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_accused_them import _charge_at
from .statement_content_end import _content_end
from .statement_shared import (
    _ACCUSED_THEM_PAST,
    _ACCUSES_THEM,
    _VERBS,
    _insert,
    _Stmt,
    _verb_form,
)
from .statement_speaker_end import _REL
from .tokens import Token

_HEADS = fold_set(V.ACCUSING_BODY_HEADS)
_MAX_ADJ = V.ACCUSING_BODY_MAX_ADJECTIVES
_COMMAS = frozenset(("،", ","))
_FEMININE = V.ACCUSING_BODY_FEMININE_ENDINGS
_SHE = V.ACCUSING_BODY_PERSON_PREFIXES[0]
_PLURAL = V.ACCUSING_BODY_PLURAL_MARK
_COMP = fold_set(V.COMPLEMENTIZERS)
_STOPS = fold_set(V.STOP_WORDS)
# (round ar182) How many words the accuser may take between "أن" and the verb ("أن النيابة
# العامة اتهمتهم"، "أن الشرطة المحلية تتهمه")
_ACCUSER_MAX = V.ACCUSER_AFTER_THAT_MAX_WORDS


def _agrees_as_subject(verb: str, head: str) -> bool:
    """(review of round ar154) Can the body's head word be the verb's subject: the verb's
    person prefix agrees with the head's gender ("عشيرة تتهمهم"، "حزب يتهمه")? A prefix
    that does not ("العصابة التي يتهمها الأهالي"، "الحزب الذي تتهمه الشرطة") makes the
    body the accused, its accuser another. The plural ("يتهمونهم") may agree with any
    body, its members."""
    if _PLURAL in verb:
        return True
    return verb.startswith(_SHE) == head.endswith(_FEMININE)


def _head(w: str) -> tuple[str, bool]:
    """The word without its article, and whether it had one."""
    return (w[2:], True) if w.startswith("ال") else (w, False)


def _body_before(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """The body described right before the verb at ``k``: its span, or None."""
    end = k - 1 if k - 1 > sa and toks[k - 1].w in _REL else k
    for h in range(end - 1, max(sa, end - 1 - _MAX_ADJ) - 1, -1):
        t = toks[h]
        if not t.is_word:
            return None
        word, definite = _head(t.w)
        if word in _HEADS:
            if definite != (end < k):
                return None  # "عشيرة مجاورة تتهمهم", "العشيرة التي تتهمهم"
            if all(toks[r].is_word and toks[r].w.startswith("ال") == definite
                   for r in range(h + 1, end)):
                return (h, end)
            return None
    return None


def accusing_body(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt]) -> int:
    """Read the charge of a body's present accusation at ``k``; returns where its words
    end, or ``k`` when there is none."""
    if k + 1 >= sb or not _charge_at(toks, k + 1, sb):
        return k
    body = _body_before(toks, sa, k)
    if body is None or not _agrees_as_subject(toks[k].w, _head(toks[body[0]].w)[0]):
        return k
    c = k + 1
    end = _content_end(toks, c, sb)
    comma = next((r for r in range(c + 1, end) if toks[r].w in _COMMAS), end)
    raw.append(_Stmt(c, comma, body))
    return comma


def _accuser_after_that(toks: list[Token], a: int, v: int) -> tuple[int, int] | None:
    """(round ar182) The accuser of a reported accusation at ``v`` that opens its clause
    right after the complementizer, or at the words' start ``a`` ("... أن النيابة
    اتهمتهم بتشكيل عصابة"، "وإن الشرطة تتهمه بحيازة أسلحة"): a definite noun and up to
    two more plain words, the verb agreeing with it. None when anything else stands
    there ("أن المتهمين الذين اتهمتهم النيابة": a relative; "أن اثنين اتهمتهم": no noun)."""
    s = next((r + 1 for r in range(v - 1, max(a, v - 1 - _ACCUSER_MAX) - 1, -1)
              if toks[r].w in _COMP), a if v - a <= _ACCUSER_MAX else None)
    if s is None or s >= v or not toks[s].w.startswith("ال"):
        return None
    if not all(t.is_word and t.w not in _STOPS and t.w not in _REL and t.w not in _COMP
               and not _verb_form(t, _VERBS) for t in toks[s:v]):
        return None
    verb = toks[v].w
    bare = _ACCUSED_THEM_PAST.get(verb)
    head = toks[s].w
    feminine = (bare.endswith("ت") if bare is not None else verb.startswith(_SHE))
    plural = (bare is not None and bare.endswith("و")) or (bare is None and _PLURAL in verb)
    if not plural and not feminine and head.endswith(_FEMININE):
        return None  # ("أن الحكومة اتهمه": no agreement, not its subject)
    return (s, v)


def accusation_in_words(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """A body's accusation inside the words of statement ``i`` ("قالت وكالة محلية إن
    المهاجمين من عشيرة مجاورة تتهمهم بقتل ..."): the report keeps its words whole, and the
    body's charge is its own entry right after it. So is the charge of an accuser named
    right after "أن" (round ar182: "وقالت الصحيفة إن النيابة اتهمتهم بتشكيل عصابة")."""
    st = raw[i]
    for v in range(st.a, st.b - 1):
        w = toks[v].w
        if w in _ACCUSES_THEM or w in _ACCUSED_THEM_PAST:
            found: list[_Stmt] = []
            if w in _ACCUSES_THEM and v > st.a and accusing_body(
                    toks, st.a, st.b, v, found) > v and found:
                found[0].passed_on = True  # not the speaker a later "وأن" goes on with
                _insert(raw, i + 1, found[0])
            elif _charge_at(toks, v + 1, st.b) and (
                    accuser := _accuser_after_that(toks, st.a, v)) is not None:
                end = _content_end(toks, v + 1, st.b)
                comma = next((r for r in range(v + 2, end) if toks[r].w in _COMMAS), end)
                _insert(raw, i + 1, _Stmt(v + 1, comma, accuser, passed_on=True))
            return
