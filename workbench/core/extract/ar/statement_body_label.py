"""(round ar179) A headline label naming an official body by a definite head and the
adjective that makes it that body, before a colon: "الأمن العام الأردني: إصابة شاب
..."، "الحرس الثوري: استهداف مواقع ..."، "الحماية المدنية: إخماد حريق ..."، "السلطات
الليبية: إغلاق المعبر ...".

A place or a topic before a colon is no source ("غزة: ..."، "الخصومة: ..."): the head alone
says nothing, so the adjective must be one that names the body (``HEADLINE_BODY_LABELS``),
or for the forces and the authorities of a state any nisba in "ية"
(``HEADLINE_BODY_NISBA_HEADS``). A few definite words may follow (a country's nisba). The
same head with another adjective is a topic ("الأمن الغذائي:"، "القوات الخاصة:"): the
security topics are named so that the two-word nisba rule of ``statement_headline`` does
not read them either.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word

_BODY_LABELS = {fold_word(h): fold_set(adjs) for h, adjs in V.HEADLINE_BODY_LABELS.items()}
_NISBA_HEADS = fold_set(V.HEADLINE_BODY_NISBA_HEADS)
_NISBA_ENDING = fold_word(V.HEADLINE_BODY_NISBA_ENDING)
_MAX_REST = V.HEADLINE_BODY_LABEL_MAX_REST
_SECURITY = fold_word(V.HEADLINE_SECURITY_HEAD)
_SECURITY_TOPICS = fold_set(V.HEADLINE_SECURITY_TOPICS)


def body_label(words: list[str]) -> bool | None:
    """True when the label's words name an official body, False when they name a security
    topic ("الأمن الغذائي"), None when this rule has nothing to say."""
    if len(words) < 2:
        return None
    head, adj = words[0], words[1]
    if head == _SECURITY and adj in _SECURITY_TOPICS:
        return False
    adjs = _BODY_LABELS.get(head)
    named = (adjs is not None and adj in adjs) or (
        head in _NISBA_HEADS and adj.startswith("ال") and adj.endswith(_NISBA_ENDING))
    if not named:
        return None
    rest = words[2:]
    return (len(rest) <= _MAX_REST and all(w.startswith("ال") for w in rest)) or None
