"""(round ar173) An official named by the place he governs, the place opened by a side of a
region: "أعلن محافظ شمال سيناء السماح ..."، "أعلن والي جنوب كردفان فرض ..."، "ونفى مدير
أمن غرب الموصل وجود ...".

A title in construct with a place is one speaker: "محافظ مأرب" was read, but a place whose
name opens with "شمال"/"جنوب"/"شرق"/"غرب"/"وسط" (or "شمالي" and the like) was cut after
the side, and a title with a service between it and the place ("قائد شرطة كركوك"، "مدير
أمن الموصل"، "قائد عمليات غرب الأنبار") or the Sudanese "والي" was cut after the title,
when the verb's object follows at once (a masdar, an addressee). The chain is: the title,
at most one service noun without the article, then up to two sides and the place, a bare
name or a definite word. A definite head ("المحافظ شمال المدينة") is no construct, and a
definite plural or object noun after the service is the addressee, not a place.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_shared import _OBJECT_NOUNS, _VERBS, _verb_form
from .statement_speaker_end import _STOPS
from .tokens import Token

_TITLES = fold_set(V.OFFICIAL_PLACE_TITLES)
_SERVICES = fold_set(V.OFFICIAL_PLACE_SERVICES)
_SIDES = fold_set(V.OFFICIAL_PLACE_SIDES)
_BODIES = fold_set(V.OFFICIAL_PLACE_BODIES)
_HEADS = fold_set(V.OFFICIAL_PLACE_HEADS)
_SOUND_PLURAL_ENDINGS = V.SOUND_PLURAL_ENDINGS
_AL_WA_PREFIXES = V.AL_WA_PREFIXES


def _place_word(t: Token) -> bool:
    """A place's name: a bare name ("سيناء"، "كردفان") or one definite word ("الأنبار");
    not a definite sound plural ("الحوثيين": the one accused), an object noun, a verb."""
    w = t.w
    if not t.is_word or len(w) < 3 or w in _STOPS or w in _OBJECT_NOUNS or w in _SIDES or (
            _verb_form(t, _VERBS)):
        return False
    if w.startswith("ال"):
        return not w.endswith(_SOUND_PLURAL_ENDINGS)
    return not w.startswith(_AL_WA_PREFIXES)


def official_place_end(toks: list[Token], j: int, sb: int) -> int | None:
    """Where the official's place ends when ``toks[j]`` is a title governing a place opened
    by a side ("محافظ شمال سيناء") or reached through a service ("قائد شرطة كركوك"), is
    "والي" with its place, or is a body named by a place opened by a side ("ولاية جنوب
    دارفور"، "شرطة ولاية شمال دارفور"); None otherwise (the older readers decide)."""
    head = toks[j].w
    body = head in _BODIES
    if head not in _TITLES and not body:
        return None
    r = j + 1
    if not body and r < sb and toks[r].w in _TITLES:
        r += 1  # "نائب محافظ شمال سيناء"، "معاون مدير شرطة ...": a deputy's title first
    service = not body and r < sb and toks[r].w in _SERVICES
    if service:
        r += 1
    if r + 1 < sb and toks[r].w in _HEADS and toks[r + 1].w in _SIDES:
        r += 1  # "شرطة ولاية جنوب دارفور"، "مدير شرطة محافظة شمال سيناء"
    sides = 0
    while r < sb and sides < 2 and toks[r].w in _SIDES:
        r, sides = r + 1, sides + 1
    if not (sides or (not body and (service or head == "والي"))):
        return None
    return r + 1 if r < sb and _place_word(toks[r]) else None
