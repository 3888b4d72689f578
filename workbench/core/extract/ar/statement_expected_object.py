"""(round ar132) A forecast whose object is named with no "أن": "وتتوقع إدارة المعرض زيارة
نحو 40 ألف شخص"، "ويتوقع المزارعون موسما ضعيفا هذا العام"، "وتوقعت الوزارة تراجع المحصول".

The blind sets' gold reads a body's or people's expectation as their words, whether a clause
after "أن" follows ("ويتوقع خبراء أن تضيف ...", read by the speech verb) or an object, a verbal
noun or an accusative ("ويتوقع تجار ارتفاع أسعار الذرة"). Only a subject that is a body or
people speaks: the agentless forecast ("ويتوقع هطول أمطار غزيرة"، "وتتوقع ارتفاع درجات
الحرارة") names the expected thing right after the verb, and "توقع قتيلين" (causes) has a count
there; both stay unread.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP
from .statement_content_end import _content_end
from .statement_shared import _VERBS, _verb_form
from .statement_speaker_end import _STOPS, _TIME_WORDS
from .tokens import Token

_HEADS = fold_set(V.EXPECTING_SUBJECT_HEADS)
_PLURAL_ENDINGS = V.EXPECTING_PLURAL_ENDINGS
_PLURAL_MIN = V.EXPECTING_PLURAL_MIN
_PEOPLE = fold_set(V.PEOPLE_PLURALS)
_NISBA_ENDINGS = tuple(fold_set(V.NISBA_ENDINGS))
_DEFINITE = V.ARTICLE_OR_LIL_PREFIXES
_MAX_SUBJECT = 5  # words of a subject: head, genitive, a place name, adjectives


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _is_actor(w: str) -> bool:
    """Is ``w`` the head of a body or of people?"""
    bare = _bare(w)
    return bare in _HEADS or (len(w) >= _PLURAL_MIN and w.endswith(_PLURAL_ENDINGS))


def _subject_end(toks: list[Token], j: int, sb: int) -> int:
    """Where the subject opening at ``j`` ends: an indefinite head takes its adjectives of
    relation ("مصادر محلية"), or else its genitive (and,
    when that is indefinite too, the place name after it: "غرفة تجارة دمشق"); then the
    definite words that qualify it ("الأمم المتحدة"، "إدارة المعرض الدولي")."""
    e = j + 1
    head = toks[j].w
    while e < sb and e - j < _MAX_SUBJECT and not head.startswith("ال") and toks[
            e].is_word and toks[e].w.endswith(_NISBA_ENDINGS) and not toks[e].w.startswith("ال"):
        e += 1  # its adjectives of relation: "مصادر محلية"، "خبراء اقتصاديون"
    if e == j + 1 and not head.startswith("ال") and _bare(head) not in _PEOPLE and e < sb and toks[
            e].is_word and not head.endswith(_PLURAL_ENDINGS):
        e += 1  # the genitive: "إدارة المعرض"، "غرفة تجارة"
        if not toks[e - 1].w.startswith("ال") and e + 1 < sb and toks[e].is_word and toks[
                e + 1].is_word and not toks[e].w.startswith("ال"):
            e += 1  # "غرفة تجارة دمشق": the place name, when the object still follows
    while e < sb and e - j < _MAX_SUBJECT and toks[e].is_word and toks[e].w.startswith(
            _DEFINITE):
        e += 1  # (with the "ل" of belonging: "المنظمة الدولية للهجرة")
    return e


def expected_object(toks: list[Token], sb: int, k: int) -> tuple[int, int, int, int] | None:
    """(speaker start, speaker end, words start, words end) of the forecast whose verb is at
    ``k``, or None when its subject is no body or people or no object follows it."""
    j = k + 1
    if j >= sb or not toks[j].is_word or not _is_actor(toks[j].w):
        return None
    e = _subject_end(toks, j, sb)
    if e >= sb:
        return None
    t = toks[e]
    if not t.is_word or t.w.startswith(_DEFINITE) or t.w[:1].isdigit() or t.w in _STOPS or (
            t.w in _TIME_WORDS) or t.w in _COMP or _verb_form(t, _VERBS):
        return None
    end = _content_end(toks, e, sb)
    return (j, e, e, end) if end > e else None


def expectation_after_source(toks: list[Token], sb: int,
                             k: int) -> tuple[int, int, int, int] | None:
    """(round ar148) The expecting verb at ``k`` right after an opening source and its
    comma ("ووفقا لوزير الزراعة، تتوقع الحكومة أن ..."، "وبحسب التقرير، تتوقع المنظمة
    تسويق ..."): the clause names its own speaker, a body or people, and the forecast is
    theirs; the source only says where the sentence comes from. (speaker start, speaker
    end, words start, words end), or None (the agentless "يتوقع أن ...": no subject)."""
    if k + 1 >= sb or not toks[k + 1].is_word or not _is_actor(toks[k + 1].w):
        return None
    e = _subject_end(toks, k + 1, sb)
    if e < sb and toks[e].w in _COMP:
        return k + 1, e, e + 1, _content_end(toks, e + 1, sb)
    return expected_object(toks, sb, k)
