"""(round ar174) A headline that tells an event, then a source joined by "و" before its own
colon: "انفجارات تهز مستودع ذخيرة قرب بلدة الريان والمرصد: مقتل جندي"، "حريق يلتهم سوقا
شعبيا في المدينة والدفاع المدني: لا إصابات"، "فيضانات تغمر قرى الساحل والأمم المتحدة:
آلاف النازحين بحاجة إلى مساعدة". The first half is the news, the second its voice, which
speaks the words after the colon, as after a first half that reports with a headline verb
(`_second_colon_source`). Before, the whole line up to the colon was read as the speaker
or nothing was read."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token

_SPEAKERS = fold_set(V.HEADLINE_SPEAKER_WORDS)
_MINISTRY_FIELDS = fold_set(V.MINISTRY_FIELDS)
_SECOND_SOURCES = fold_set(V.HEADLINE_EVENT_SECOND_SOURCES)
_NAMED_SOURCES = fold_set(V.HEADLINE_NAMED_SOURCES)
_MIN_EVENT = V.HEADLINE_EVENT_MIN_WORDS


def _voice(first: str) -> bool:
    """Does the first word after "و" (the clitic taken off) open a source: a title, a body
    or a ministry's field ("وزارة الصحة"، "الأمم المتحدة"، "الصحة"، "الدفاع المدني") or a
    monitor (`HEADLINE_EVENT_SECOND_SOURCES`)? A place or a thing ("والملعب الرئيسي") is
    none, whatever its adjective."""
    return first in _SPEAKERS or first in _MINISTRY_FIELDS or first in _SECOND_SOURCES


def event_then_source(toks: list[Token], sa: int, w: int) -> bool:
    """Is the "و" word at ``w`` the source of the words after its colon, after an event
    told in ``_MIN_EVENT`` words or more? The event opens with no voice of its own (a
    label of two speakers, "وزير الخارجية والمبعوث الأممي:", is one speaker), and the
    word before "و" is none (two bodies joined, "انتشار الجيش والشرطة:", are what the
    news is about)."""
    if w - sa < _MIN_EVENT or not all(toks[r].is_word for r in range(sa, w)):
        return False
    if toks[sa].w in _SPEAKERS or toks[sa].w in _MINISTRY_FIELDS or toks[w - 1].w in (
            _SPEAKERS) or toks[w - 1].w in _SECOND_SOURCES:
        return False
    return _voice(toks[w].w[1:])


def second_half_voice(w: str) -> bool:
    """Does ``w``, the first word of a headline's second half after "..", with its "و"
    taken off, open a source that speaks the words after the half's colon: a title or a
    body, a monitor, or a capital or state named for its government ("... .. وواشنطن: لا
    إصابات"، "... .. والمرصد: مقتل جندي"، "... .. وموسكو: نرفض الاتهامات")? As a first
    half a bare capital may be the dateline ("بغداد: ..."); after "و" in a second half it
    is the other party's voice."""
    return w in _SPEAKERS or w in _SECOND_SOURCES or w in _NAMED_SOURCES
