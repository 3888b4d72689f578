"""A cause attributed by its speaker: "أرجعت الشركة العجز إلى "نقص إمدادات الغاز"".

The verb (or its participle after a comma) takes what is explained as its object and
gives the cause after "إلى"; the cause is the speaker's claim, as the call is after
"دعا ... إلى". The forms of "أرجع" also mean sending back, so they give a cause only
when the cause after "إلى" is quoted or the object is a cause's own noun ("السبب"),
or, for the participle after a comma ("، مرجعا الزيادة إلى الطلب"), when the object is
no people sent back.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP, _QUOTES
from .tokens import Token

_CAUSE_VERBS = fold_set(V.CAUSE_VERBS)
_RETURNING = fold_set(V.RETURNING_FORMS)
_CAUSE_OBJECTS = fold_set(V.CAUSE_OBJECTS)
_TO = fold_set(V.TO_PREPOSITIONS)
_RETURNING_PARTICIPLES = _RETURNING & fold_set(V.ATTRIBUTING_PARTICIPLES)
_PEOPLE_SENT = fold_set(V.CALLED_PUBLIC_NOUNS)
_NO_HEAD_PREFIXES = V.DEFINITE_OR_JOINED_PREFIXES
# The object and the speaker's name between the verb and "إلى" stay short.
_REACH = 12


def _cause_to(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the "إلى" of a cause comes after the word at ``k``: plain words only between
    (no comma, complementizer, number or quote)."""
    for r in range(k + 1, min(sb, k + _REACH)):
        t = toks[r]
        if t.w in _TO:
            return r if r > k + 1 else None
        if not t.is_word or t.w in _COMP:
            return None
    return None


def _gives_cause(toks: list[Token], k: int, sb: int, form: str) -> bool:
    """Does the verb or participle at ``k`` attribute a cause? Always with "إلى" after
    its object for "عزا"; for the forms of "أرجع", only with a quoted cause or a
    cause's noun as object ("أرجعت القوات النازحين إلى قراهم" sends people back)."""
    p = _cause_to(toks, k, sb)
    if p is None:
        return False
    if form not in _RETURNING:
        return True
    if form in _RETURNING_PARTICIPLES and k > 0 and toks[k - 1].w in ("،", ",") and (
            toks[k + 1].w not in _PEOPLE_SENT):
        # (round ar154) after a speaker's words, "، مرجعا الزيادة إلى الطلب" explains
        # what was just said, whatever the object; people sent back stay out
        return True
    return (p + 1 < sb and toks[p + 1].w in _QUOTES) or any(
        toks[r].w in _CAUSE_OBJECTS for r in range(k + 1, p))


def _no_cause(toks: list[Token], k: int, sb: int, form: str) -> bool:
    """A form of "أرجع" at ``k`` that gives no cause (", مرجعا أساسيا للطلاب": a
    reference), so it neither ends the words before it nor opens its own."""
    return form in _RETURNING and not _gives_cause(toks, k, sb, form)


def _cause_verb(verb: str | None) -> bool:
    return verb in _CAUSE_VERBS


def _cause_form(verb: str | None, participle: str | None) -> str | None:
    """The word's form when it attributes a cause, or is a form of "أرجع" (which may)."""
    if verb in _CAUSE_VERBS:
        return verb
    return participle if participle in _RETURNING else None


def _explained_start(toks: list[Token], j: int, p: int) -> int:
    """Where the object (what is explained) starts, before "إلى" at ``p`` and after the
    subject from ``j``: the last word, with the indefinite head of its construct before
    it ("ضعف الإقبال"; one head only, so a name ending the subject stays in it: "خالد
    منصور تأخر المشروع"); the subject keeps at least one word."""
    r = p - 1
    if r - 1 > j and toks[r].w.startswith("ال") and toks[r - 1].is_word and not toks[
            r - 1].w.startswith(_NO_HEAD_PREFIXES) and toks[r - 1].w not in _CAUSE_OBJECTS:
        return r - 1
    return r
