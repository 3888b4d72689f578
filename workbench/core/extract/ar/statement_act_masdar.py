"""An act's verbal noun right after a second verb of announcing: "ودانت الوزارة الهجوم،
وأعلنت إرسال قوة إلى المنطقة"، "وأدانت الحكومة التفجير، وأعلنت استنفار الأجهزة الأمنية".
No subject stands between "، و" + the verb and the noun, so the noun opens the object and
the subject of the sentence's first verb carries over; before, the noun was read as the
announcer. Known measures are listed (`ANNOUNCED_MEASURES`); this is the rule by shape for
the derived forms, whose verbal nouns are seldom names (the few that are, and bodies' heads,
are kept out)."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token

# Broken plurals of people share the shape أفعال with إفعال ("أعضاء"، "أبناء"، "أنصار"،
# "أفراد"، "أطباء"): after "، وأعلن" they are the new subject, never an act.
_NAMES = (fold_set(V.MASDAR_SHAPED_NAMES) | fold_set(V.ORGANISATION_HEADS)
          | fold_set(V.PEOPLE_PLURALS) | fold_set(V.NAME_GENITIVE_HEADS))
_COMP = fold_set(V.COMPLEMENTIZERS)
_REPORTED_EVENTS = fold_set(V.REPORTED_EVENTS)
_PLEDGED_ACT_VERBS = fold_set(V.PLEDGED_ACT_VERBS)
_CARRIED = fold_set(V.CARRIED_EVENT_MASDARS)
_RELAY_AFTER = fold_set(V.CARRIED_RELAY_AFTER)
_PLEDGING = fold_set(V.PLEDGE_VERBS) | fold_set(V.PROMISE_VERBS)


def act_masdar(w: str) -> bool:
    """Is the folded word ``w`` (no article, no clitic) an indefinite verbal noun of a
    derived form by its shape: إفعال ("ارسال"، "ايقاف")، افتعال ("اعتقال"، "اصطفاف")،
    انفعال ("انسحاب")، استفعال ("استنفار")، تفعيل ("تشكيل"، "تامين")?"""
    n = len(w)
    if n < 5 or n > 7 or w in _NAMES or w.startswith("ال"):
        return False
    if n == 5:
        # إفعال, or تفعيل ("تركيا" ends in "ا": a name, no masdar of that shape does)
        return (w[0] == "ا" and w[3] == "ا" and w[1] != "ل") or (
            w[0] == "ت" and w[3] == "ي" and w[4] != "ا")
    if n == 6:
        # افتعال (its "ت" may be "ط" or "د" after some first letters) and انفعال
        return w[0] == "ا" and w[4] == "ا" and (w[2] in "تطد" or w[1] == "ن")
    return w.startswith("است") and w[5] == "ا"  # استفعال


def act_object_at(toks: list[Token], j: int, sb: int, reach: int = 8) -> bool:
    """Does an act's verbal noun at ``j`` open an object, with a word of its own object, a
    preposition or a count after it ("إرسال قوة"، "استنفار الأجهزة"، "اختطاف 7 من")? So
    does a reported event's noun of any form ("، وأحصت خطف 12 من الصيادين": round ar141,
    `REPORTED_EVENTS`). Not when a complementizer follows within ``reach`` words: the noun
    is then the subject whose words it opens ("، وأعلن أعضاء في البرلمان أن ..."، "،
    وأعلنت انتصار الحسن أنها ...")."""
    if not (j + 1 < sb and toks[j].is_word and (toks[j + 1].is_word or toks[j + 1].is_digit)
            and (act_masdar(toks[j].w) or toks[j].w in _REPORTED_EVENTS or (
                # (round ar147) "، وأحصت نقل سبعة جرحى": moving people, not "نقل عن"
                toks[j].w in _CARRIED and toks[j + 1].w not in _RELAY_AFTER))):
        return False
    return not any(toks[r].w in _COMP for r in range(j + 1, min(sb, j + 1 + reach)))


def carried_masdar_at(toks: list[Token], j: int, sb: int) -> bool:
    """(round ar174) Is "نقل" at ``j`` the verbal noun of moving, the object of a verb whose
    subject was named before it ("وكانت الوزارة قد أعلنت في أغسطس الماضي نقل المضبوطات
    إلى ..."، "والشركة أعلنت نقل مقرها")? Its own object follows it; "نقل عن" (the relay)
    and "نقل أن" are the verb."""
    return (j + 1 < sb and toks[j].w in _CARRIED and (toks[j + 1].is_word or toks[j + 1].is_digit)
            and toks[j + 1].w not in _RELAY_AFTER and toks[j + 1].w not in _COMP)


def pledged_act(w: str, verb: str) -> bool:
    """Is ``w`` "ب" + an act's verbal noun ("بإرسال"، "بتشكيل"; after a pledge also a bare
    three-letter noun: "بكشف") after the pledging or demanding ``verb``? ("وطالب بكين
    بـ...": after a demand a short word with "ب" may be a capital, the one called on.)"""
    if w[:1] != "ب" or w.startswith("بال") or verb not in _PLEDGED_ACT_VERBS:
        return False
    return act_masdar(w[1:]) or (len(w) == 4 and verb in _PLEDGING)
