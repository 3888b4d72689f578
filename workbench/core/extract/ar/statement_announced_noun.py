"""(round ar173) An announcement told by its verbal noun: "ويأتي القصف بعد يومين من إعلان
الأمم المتحدة أن نحو مليون شخص نزحوا"، "رغم إعلان الحكومة هزيمة التنظيم عسكريا"، "بعد
أسبوع من إعلان الجيش إطلاق عملية واسعة".

After a preposition of time or concession, "إعلان" with its announcer in the genitive and
then "أن" or the announced act is the announcer's statement, as after the verb "أعلن"
(the call so told, "دعوة", is read the same way by ``statement_call_noun``). The announcer
must follow the noun at once and be a named body or person: "إعلان وقف إطلاق النار" (the
act itself, no announcer), "بعد إعلان النتائج" and "إعلان عن خطة" name nobody and stay
unread, and so does a noun that a statement found already holds.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_act_masdar import act_masdar
from .statement_adjuncts import _COMP
from .statement_shared import _OBJECT_NOUNS, _masdar, _Stmt
from .tokens import Token

_COMMAS = frozenset(("،", ","))
# (how many words a fronted phrase may hold before the noun: "وبعد أسبوع من إعلان")
_FRONTED_WORDS = 4

_NOUNS = fold_set(V.ANNOUNCING_MASDARS)
_WORD = itemgetter(0)  # a token's folded word
_AFTER = fold_set(V.ANNOUNCING_MASDAR_AFTER)
_ANNOUNCE_VERB = fold_word("أعلن")
_ABOUT = fold_word("عن")
ANNOUNCING_NOUN_ROOT: str = fold_word(V.ANNOUNCING_MASDARS[0])


def announced_by_noun(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], first: int,
                      speech_verb: Callable[..., int]) -> None:
    """Each announcement of the sentence [sa, sb) told by its verbal noun that no statement
    found so far holds (``raw[first:]`` are the sentence's); ``speech_verb`` reads it as
    "أعلن"."""
    if _NOUNS.isdisjoint(map(_WORD, toks[sa + 1:sb - 2])):
        return  # (no noun of announcing where the loop looks: it finds none)
    for k in range(sa + 1, sb - 2):
        if toks[k].w not in _NOUNS or toks[k - 1].w not in _AFTER:
            continue
        if any(st.a - 1 <= k < st.b for st in raw[first:]):
            continue
        found: list[_Stmt] = []
        speech_verb(toks, sa, sb, k, _ANNOUNCE_VERB, found)
        if found and _announcer_then_words(toks, k, found[0]):
            found[0].verb = None
            if _fronted(toks, sa, k):
                _end_at_comma(toks, found[0])
            raw.append(found[0])


def _fronted(toks: list[Token], sa: int, k: int) -> bool:
    """(review 46) Does the sentence open with the announcement's phrase of time or
    concession ("رغم إعلان"، "وبعد أسبوع من إعلان"), a few words before the noun?"""
    first = toks[sa].w
    return k - sa <= _FRONTED_WORDS and (first in _AFTER or (
        first.startswith("و") and first[1:] in _AFTER))


def _end_at_comma(toks: list[Token], st: _Stmt) -> None:
    """(review 46) An announcement fronted as the sentence's adverbial ("رغم إعلان الجيش
    إطلاق عملية واسعة، لم يتغير شيء") ends at its first comma: what follows is the
    sentence's own clause, not the announcer's words."""
    for r in range(st.a + 1, st.b):
        if toks[r].w in _COMMAS:
            st.b = r
            return


def _announcer_then_words(toks: list[Token], k: int, st: _Stmt) -> bool:
    """The reading names its announcer right after the noun, and the words open with "أن"
    just before them or with the announced act (a verbal noun or an object noun) right
    after the announcer: "إعلان الحكومة أن ..."، "إعلان الجيش إطلاق ..."."""
    if st.speaker is None or st.inherit or st.speaker[0] != k + 1:
        return False
    s1, a = st.speaker[1], st.a
    if s1 == a - 1 and toks[s1].w in _COMP:
        return True
    # before an object, a one-word announcer must carry the article: a bare word there is
    # as often the announced act itself ("إعلان وقف إطلاق النار"); "عن" opens a topic
    head = toks[k + 1].w
    # (an act's noun by the derived forms' shapes or the known objects, "إطلاق"، "مقتل":
    # not any word ending in "ه", which may be a pronoun: "إعلان النصر عليه")
    return s1 == a and toks[a].w != _ABOUT and (toks[a].w in _OBJECT_NOUNS or act_masdar(
        toks[a].w)) and (head.startswith("ال") or s1 > k + 2) and not (
        head in _OBJECT_NOUNS or _masdar(toks[k + 1]) or act_masdar(head.removeprefix("ال")))
