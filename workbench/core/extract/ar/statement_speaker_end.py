"""Where the speaker's name after a speech verb ends: titles, seats, envoys, ranks, personal
names, platforms and adverbials skipped on the way."""

from __future__ import annotations

from contextvars import ContextVar
from itertools import compress, count
from operator import itemgetter

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .statement_adjuncts import (
    _ANONYMITY,
    _COMP,
    _LOYAL_OUTLETS,
    _MONTH_MODIFIERS,
    _OUTLETS,
    _QUOTES,
    _REL_TIME,
    _aside_end,
    _before_whom_end,
    _content_start,
    _loyal_outlet_end,
    _period_end,
    carrier_outlet_end,
)
from .statement_outlet_adjectives import outlet_adjectives_end
from .statement_self_named import self_named_end
from .statement_shared import (
    _HARAKAT,
    _MEDIA,
    _MEDIA_OR_TALLY,
    _OBJECT_NOUNS,
    _OFFICES,
    _ORG_HEADS,
    _PARTICIPLES,
    _PLATFORMS,
    _RELAY_VERBS,
    _VERBS,
    _bi_content,
    _initial_head,
    _medium_at,
    _ta_marbuta_end,
    _verb_form,
)
from .tokens import Token, is_end

# word lists the rules below test for in their loops, read once
_ADVERBS_AFTER_VERB = V.ADVERBS_AFTER_VERB
_AL_BI_LI_PREFIXES = V.AL_BI_LI_PREFIXES
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_BI_LI_PREFIXES = V.BI_LI_PREFIXES
_DATE_TAIL_WORDS = V.DATE_TAIL_WORDS
_DAY_PARTS_BEFORE_DAY = V.DAY_PARTS_BEFORE_DAY
_DELIVERY_PLACE_PREPOSITIONS = V.DELIVERY_PLACE_PREPOSITIONS
_HER_THEIR_SUFFIXES = V.HER_THEIR_SUFFIXES
_HIJRI_DATE_TAIL_WORDS = V.HIJRI_DATE_TAIL_WORDS
_IMAM_FOLDED = V.IMAM_FOLDED
_INDEFINITE_OBJECT_WORDS = V.INDEFINITE_OBJECT_WORDS
_NISBA_ENDINGS_NOT_BARE = V.NISBA_ENDINGS_NOT_BARE
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS
_OBJECT_PRONOUN_SUFFIXES = V.OBJECT_PRONOUN_SUFFIXES
_OUTLET_PREPOSITIONS = V.OUTLET_PREPOSITIONS
_RELATIVE_TIME_ADJECTIVES_FOLDED = V.RELATIVE_TIME_ADJECTIVES_FOLDED
_RELAY_AND_PREPOSITIONS_FOLDED = V.RELAY_AND_PREPOSITIONS_FOLDED
_THROUGH_ON_FOLDED = V.THROUGH_ON_FOLDED
_TO_AT_FOLDED = V.TO_AT_FOLDED
_YEAR_WORDS = V.YEAR_WORDS
_YESTERDAY_TODAY_FOLDED = V.YESTERDAY_TODAY_FOLDED

_PREP_VERBS = {fold_word(k): fold_word(v) for k, v in V.PREP_VERBS.items()}

_ALA_HEADS = fold_set(V.ALA_PHRASE_HEADS)

# "في رسالة مكتوبة", "في تقريرها الشهري": the feminine and the definite forms too
_MEDIA_ADJECTIVES = frozenset(p + a + e for a in fold_set(V.MEDIA_ADJECTIVES)
                              for p in ("", "ال") for e in ("", "ه"))
_PUBLISHERS = fold_set(V.MEDIUM_PUBLISHERS)

_AFFILIATED = fold_set(V.AFFILIATED_ADJECTIVES)

_TO_IT = fold_set(V.TO_IT_PRONOUNS)

_REPLY_MEDIA = fold_set(V.REPLY_MEDIA)
_PLATFORM_ADJECTIVES = fold_set(V.PLATFORM_ADJECTIVES)

_STOPS = fold_set(V.SPEAKER_STOPS)
_NAME_LOOKALIKES = fold_set(V.GIVEN_NAME_LOOKALIKES)
_HONORIFICS = fold_set(V.NAME_HONORIFICS)
_APPEARING = fold_set(V.APPEARING_DAY_PARTS)
# the bare heads a place's name follows ("قرية"، "بلدية"، "مجلس قروي")
_NAMED_FOR_PLACE = fold_set(V.PLACE_HEADS) | fold_set(V.TOWN_SERVICE_HEADS) | fold_set(
    V.VILLAGE_COUNCIL_ADJECTIVES)
_NOT_NAME_AFTER = fold_set(V.NOT_NAME_AFTER)
# Times of day that are also men's names, read as a name right after a rank
_NAME_DAY_PARTS = fold_set(V.DATE_DAY_PARTS)

_READERS = fold_set(V.STATEMENT_READERS)

_DEFENDING = fold_set(V.DEFENDING_HEADS)
_MANNER_NOUNS = fold_set(V.MANNER_NOUNS)
_ADDRESSING = fold_set(V.ADDRESSING_PARTICIPLES)
_PLACE_FROM = fold_set(V.INSIDE_OUTSIDE)

_INFORMED = fold_set(V.INFORMED_PARTICIPLES)
_IN_CHARGE = fold_set(V.IN_CHARGE_TITLES)
_AGE_UNITS = fold_set(V.AGE_UNITS)

_QUANTIFIERS = fold_set(V.QUANTIFIERS)

_MEDIUM_OUTLETS = fold_set(V.MEDIUM_OUTLETS)

_DEFINITE_OUTLETS = fold_set(V.ADDRESSED_DEFINITE_OUTLETS)

_REL = fold_set(V.RELATIVE_PRONOUNS)
_WEEKDAYS = fold_set(V.WEEKDAYS)
# "سوق الجمعة"، "لسوق الخميس": a place named for its day, its head with a clitic but no
# article (after "السوق" a weekday is the day of the words: "وقال تجار السوق الجمعة إن")
_NAMED_FOR_DAY = frozenset(c + h for c in V.QUOTED_NAME_HEAD_CLITICS if "ال" not in c
                           and "لل" not in c for h in fold_set(V.WEEKDAY_NAMED_HEADS))

_PLACE_HEADS = fold_set(V.PLACE_HEADS)
# Words that make "في X" a time, not the place of a speaking body ("أعلن الجيش في آذار").
_TIME_WORDS = fold_set(w for m in (*V.MONTHS, *V.HIJRI_MONTHS) for w in m.split()) | fold_set(
    V.WEEKDAYS) | fold_set(w.split()[-1] for w in V.WEEKDAYS) | fold_set(V.PERIOD_UNITS)
_MONTH_WORDS = fold_set(w for m in (*V.MONTHS, *V.HIJRI_MONTHS) for w in m.split())
_DAY_ORDINALS = fold_set(V.DAY_ORDINALS)
_LATE_TIME_TAILS = frozenset(tuple(fold_word(w) for w in p.split()[1:])
                         for p in V.LATE_TIME_PHRASES)

_NAME_ADJECTIVES = fold_set(V.NAME_ADJECTIVES) | fold_set(V.SPEAKER_GENITIVES)

_DEMONSTRATIVES = fold_set(V.DEMONSTRATIVES)

_ANNOUNCING = fold_set(V.ANNOUNCING_WORDS)
_RECEIPT_VERBS = fold_set(V.MEDIUM_RECEIPT_VERBS)
_RECEIPT_ENDS = fold_set(V.MEDIUM_RECEIPT_ENDS)
_ISSUED_BY = fold_set(V.ISSUED_BY)
_ISSUE_VERBS = fold_set(V.MEDIUM_ISSUE_VERBS)
_ISSUED_FROM = fold_set(V.ISSUED_FROM_PRONOUNS)
_CIRCUMSTANTIAL = fold_set(V.DESCRIPTION_OPENERS)
_NOUN_ENDS = V.PLURAL_AND_FEMININE_ENDINGS  # (folded: "ه" is the ta marbuta)
_DELIVERY = fold_set(V.DELIVERY_VERBS)

_UNITS = fold_set(V.NUMBERED_UNITS)
_NAME_PARTICLES = fold_set(V.NAME_PARTICLES)

_ENVOYS = fold_set(V.ENVOY_TITLES)
_SEAT_TITLES = fold_set(V.SEAT_TITLES)

_RANKS = fold_set(V.RANKS) | fold_set(V.NAMING_WORDS)
_NAMING = fold_set(V.NAMING_WORDS)
# "، ويدعى"، "، وتدعى"، "، واسمه": the naming verb after "و" (or "and his name is") that
# opens an aside naming the speaker
NAMING_ASIDE = fold_set(tuple("و" + w for w in V.NAMING_WORDS
                              if w.startswith(V.PRESENT_PREFIXES_HE_SHE))) | fold_set(
    V.NAME_IS_ASIDES)
_PLACE_BEFORE_NAMING = fold_set(V.PLACE_BEFORE_NAMING)
_RANK_MODIFIERS = fold_set(V.RANK_MODIFIERS)

_RANK_MODIFIER_PAIRS = frozenset(tuple(fold_word(w) for w in p.split())
                                 for p in V.RANK_MODIFIER_PAIRS)

_NAME_LINKS = fold_set(V.NAME_LINKS)

# the media nouns with the article ("في البيان"): a medium, not a body
_MEDIA_DEF = tuple("ال" + m for m in _MEDIA)

_TEXT = itemgetter(0)


def _skip_adverbials(toks: list[Token], j: int, sb: int) -> int:
    """Commas, dates and "في بيان"-type phrases between the speaker and the content."""
    while j < sb:
        t = toks[j]
        if t.w in ("،", ","):
            aside = _aside_end(toks, j, sb)
            if aside:
                j = aside
                continue
        if t.w in ("،", ",") or t.w in _WEEKDAYS or t.w.lstrip("و") in _WEEKDAYS:
            j += 1
            if t.w != "،" and t.w != "," and j < sb and toks[j].w in _REL_TIME:
                j += 1  # "أعلن الأحد الماضي اعتقال ...": the weekday's "last"
            continue
        if t.w in _ADVERBS_AFTER_VERB:
            j += 1
            continue
        if t.w in _THROUGH_ON_FOLDED and j + 1 < sb and toks[j + 1].w in _LOYAL_OUTLETS and (
                loyal := _loyal_outlet_end(toks, j, sb)) > j:
            j = loyal  # "زعمت في بيان على موقع موال لها أن": the carrier, no subject
            continue
        if t.w in _THROUGH_ON_FOLDED and j + 1 < sb and toks[j + 1].w in _PLATFORMS and (
                toks[j + 1].w != "موقع"):
            j = _skip_platform(toks, j, sb)  # "أعلن الجيش عبر صفحته على فيسبوك مقتل ..."
            continue
        if t.w in _MANNER_NOUNS and j + 1 < sb:
            # 'وأضاف بنبرة غاضبة: "..."': the manner of saying and its adjectives
            j += 1
            while j < sb and toks[j].is_word and not toks[j].w.startswith("ال") and toks[
                    j].w not in _COMP and toks[j].w not in _STOPS:
                j += 1
            continue
        if t.w == "امام" and (r := _before_whom_end(toks, j, sb)):
            j = r  # "ونفى المتهم أمام هيئة المحكمة التهم": where, not what, was denied
            continue
        if t.w == "(" and j + 3 < sb and toks[j + 1].is_digit and toks[j + 2].w in (
                _AGE_UNITS) and toks[j + 3].w == ")":
            j += 4  # "تقول أم محمد (45 عاما)، ...": the speaker's age
            continue
        if t.w == "في" and j + 4 < sb and (toks[j + 1].w, toks[j + 2].w, toks[j + 3].w) in (
                _LATE_TIME_TAILS):
            j += 4  # "في وقت متأخر من ليل الأربعاء": the day part is skipped next
            continue
        if t.w in _DAY_PARTS_BEFORE_DAY and j + 1 < sb and (
                toks[j + 1].w in _WEEKDAYS or toks[j + 1].w in _YESTERDAY_TODAY_FOLDED):
            j += 2
            if toks[j - 1].w in _WEEKDAYS and j < sb and toks[j].w in _REL_TIME:
                j += 1  # "وعد يوم الاثنين الماضي بصرف ...": the weekday's "last", as bare
            continue
        if t.w == "في" and j + 2 < sb and toks[j + 1].is_digit and toks[
                j + 2].w in _MONTH_WORDS:
            j += 1  # "وكانت الخلية قد أعلنت في 3 أيار اعتقال ...": the date is read next
            continue
        if t.w == "في" and j + 4 < sb and toks[j + 1].w in _DAY_ORDINALS and toks[
                j + 2].w == "من" and toks[j + 3].w in _MONTH_WORDS:
            # "وكانت الخلية قد أعلنت في الأول من أيار اعتقال ...": a day by its ordinal
            j += 4
            while j < sb and (toks[j].is_digit or toks[j].w in _TIME_WORDS or toks[j].w in (
                    _RELATIVE_TIME_ADJECTIVES_FOLDED)):
                j += 1
            continue
        if t.is_digit and j + 1 < sb and toks[j + 1].w in _MONTH_WORDS:
            # "أعلن الجيش يوم الخميس 24 شعبان 1439 هـ الموافق 10 مايو 2018 انتهاء ...": a
            # date, Hijri with its Gregorian match, before the object
            j += 2
            while j < sb and (toks[j].is_digit or toks[j].w in _TIME_WORDS or toks[j].w in (
                    _HIJRI_DATE_TAIL_WORDS)):
                j += 1
            continue
        p = j + 1 if t.w == "في" else j
        if p + 1 < sb and toks[p].w in _MONTH_MODIFIERS and toks[p + 1].w in _MONTH_WORDS:
            # "وكانت الخلية قد أعلنت منتصف نيسان الماضي تدمير ...": a part of a month
            j = p + 2
            while j < sb and (toks[j].is_digit or toks[j].w in _TIME_WORDS or toks[j].w in (
                    _DATE_TAIL_WORDS)):
                j += 1
            continue
        period = _period_end(toks, j, sb)
        if period:
            j = period  # "قال الشهر الماضي إن ...", "أعلن منتصف العام الجاري ..."
            continue
        if t.w == "في" and j + 1 < sb and toks[j + 1].w in _TIME_WORDS and not (
                toks[j + 1].w == "ذي" and not (j + 2 < sb and toks[j + 2].w.startswith("ال"))):
            # "أعلن الجيش في آذار/مارس 2017 مقتل ...": a time before the object (not
            # "في ذي قار": "ذي" opens a Hijri month only before "القعدة"/"الحجة").
            j += 2
            while j < sb and (toks[j].is_digit or toks[j].w in _TIME_WORDS or toks[j].w in (
                    _DATE_TAIL_WORDS)):
                j += 1
            continue
        if t.w in _OUTLETS and j + 1 < sb and toks[j + 1].w in _QUOTES:
            # 'أكدت مصادر عسكرية لـ"سكاي نيوز عربية" مقتل ...': the outlet, by its quoted name
            close = next((r for r in range(j + 2, min(sb, j + 7)) if toks[r].w in _QUOTES), None)
            if close is not None:
                # (round ar166) 'لشبكة "الجنوب اليوم" المحلية': the outlet's adjectives
                # after its quoted name are the outlet's, not a subject after the verb
                j = outlet_adjectives_end(toks, close + 1, sb)
                continue
        if t.w in _OUTLETS:
            # "أفادت مصادر طبية لوكالة فرانس برس بإصابة ...": the outlet addressed.
            to = next((r for r in range(j + 1, min(sb, j + 5)) if _bi_content(toks[r])), None)
            if to is not None and all(toks[r].is_word for r in range(j, to)):
                j = to
                continue
        if t.w == "في" and j + 1 < sb and (toks[j + 1].w.startswith(_MEDIA_OR_TALLY) or (
                toks[j + 1].w in _REPLY_MEDIA)):
            reply = toks[j + 1].w in _REPLY_MEDIA
            j += 2
            if reply and j < sb and toks[j].w == "علي":
                # "في رده على سؤال للصحفيين بعد الجلسة بسقوط ...": what was answered, up
                # to the words (a complementizer, a comma, or ب and a masdar)
                end = next((r for r in range(j + 2, min(sb, j + 8)) if not toks[r].is_word
                            or toks[r].w in _COMP or _bi_content(toks[r])), None)
                if end is not None:
                    j = end
                continue
            while j < sb and (toks[j].w in _MEDIA_ADJECTIVES or (
                    toks[j].w == "غير" and j + 1 < sb and toks[j + 1].w in _MEDIA_ADJECTIVES)
                    ) and not (toks[j].w in _YEAR_WORDS and j + 1 < sb and toks[
                        j + 1].w[:1].isdigit()):
                j += 1  # "في مؤتمر صحفي", "في بيان لاحق", "في حصيلة غير نهائية"
            if j + 1 < sb and toks[j].w in _ISSUED_BY and toks[j + 1].w != "عن":
                j += 1  # "في تقريرها الصادر اليوم": the day is skipped next
                if toks[j].w in _ISSUED_FROM:
                    j += 1  # (round ar154) "في بيان صادر عنها": the body's pronoun
            j = _skip_platform(toks, j, sb)
            j = _medium_place_end(toks, j, sb)
            if j < sb and (toks[j].w in _OUTLETS or toks[j].w in _MEDIUM_OUTLETS
                           or toks[j].w == "مع"):
                # 'في تصريح لـ"سكاي نيوز عربية"، أن': the outlet the medium was given to,
                # or the one on the line ('في اتصال هاتفي مع "الجزيرة" إن')
                r = j + 1
                if r < sb and toks[r].w in _QUOTES:
                    r = next((q + 1 for q in range(r + 1, min(sb, r + 6))
                              if toks[q].w in _QUOTES), r)
                else:
                    while r < sb and r - j <= 3 and toks[r].is_word and toks[r].w not in _COMP:
                        r += 1
                j = r
            if j < sb and toks[j].w in _RECEIPT_VERBS:
                # "في بيان تلقت سكاي نيوز عربية نسخة منه": who received the medium; an
                # agency's abbreviation in brackets after its name ("وكالة الأنباء
                # الوطنية (ونا)") adds three tokens to the reach
                reach = 7 + (3 if any(toks[r].w == "(" for r in range(j + 1, min(sb, j + 6)))
                             else 0)
                end = next((r for r in range(j + 1, min(sb, j + reach))
                            if toks[r].w in _RECEIPT_ENDS), None)
                if end is not None:
                    j = end + 1
            continue
        break
    return j


def _medium_place_end(toks: list[Token], j: int, sb: int, max_words: int = 3) -> int:
    """Where the medium was given, after it: "في مؤتمر صحفي بمدينة حمص،"، "في مؤتمر صحفي في
    مدينة حمص أن": a place noun after "ب" or "في" and up to ``max_words`` plain words of its
    name, ending at a comma or the complementizer. The place is no speaker; the one who
    spoke is the verb's own subject or pronoun. Returns ``j`` when no such place stands
    there."""
    if j + 1 >= sb:
        return j
    w = toks[j].w
    if w == "في":
        head = toks[j + 1].w
        r = j + 2
    elif w.startswith("ب"):
        head = w[1:]
        r = j + 1
    else:
        return j
    if head not in _PLACE_HEADS:
        return j
    for q in range(r, min(sb, r + max_words + 1)):
        t = toks[q]
        if t.w in ("،", ",") or t.w in _COMP:
            return q if q > r else j
        if not t.is_word or t.w in _STOPS or _verb_form(t, _VERBS):
            return j
    return j


def _skip_platform(toks: list[Token], j: int, sb: int) -> int:
    """Where a statement was posted, after its medium: "(نشرته) على قناتها في تلغرام",
    "عبر حسابه", "بتطبيق تلغرام"."""
    while j < sb:
        w = toks[j].w
        if (loyal := _loyal_outlet_end(toks, j, sb)) > j:
            j = loyal
            continue
        if w in _ISSUE_VERBS or w in _RELAY_VERBS:
            # (a relay, "في بيان نقلته وكالة الأنباء", names a second source, which the
            # speech verb's relay rule reads from here)
            j += 1
            if j < sb and toks[j].w in _ISSUED_FROM:
                j += 1  # (round ar154) "في بيان صدر عنها": the body's pronoun
            if (carrier := carrier_outlet_end(toks, j, sb)) > j and not (
                    carrier < sb and toks[carrier].w in _COMP):
                # "نفت في بيان نشره موقع مقرب منها ضلوعها": an outlet by its side before
                # the object is no part of the words (before "أن" the fronted speaker's
                # reader gives the outlet the same words, as the older gold does)
                j = carrier
                continue
            if w in _DELIVERY and j < sb and (toks[j].w in _READERS or toks[j].w in _RANKS):
                # "في بيان تلاه المتحدث باسمه على التلفزيون": who read it out is no
                # source of the words, and no part of them
                j = max(j + 1, _speaker_end(toks, j, sb))
            if w in _DELIVERY and j + 2 < sb and toks[j].w in _DELIVERY_PLACE_PREPOSITIONS and (
                    toks[j + 1].is_word and toks[j + 1].w not in _TIME_WORDS):
                # "في رسالة تليت في الجلسة"، "في كلمة ألقاها أمام مجلس النواب"، "في بيان
                # تلاه على شاشة التلفزيون الرسمي": where; a definite word is the whole
                # place, an indefinite one takes its genitive, and the channel's adjective
                j += 2
                if not toks[j - 1].w.startswith("ال") and j < sb and toks[j].w.startswith(
                        "ال"):
                    j += 1
                while j < sb and (toks[j].w in _PLATFORM_ADJECTIVES or (
                        toks[j].w.startswith("ال") and toks[j].w.endswith(
                            V.NISBA_SINGULAR_ENDINGS) and len(toks[j].w) >= 5)):
                    j += 1  # (and the place's nisba: "أمام مجمع النور الطبي")
            if j + 2 < sb and toks[j].w in _PUBLISHERS and toks[j + 1].w in _QUOTES:
                # 'نشرته وكالة "أعماق"': the publisher, by its quoted name, is no words;
                # nor is the outlet that relayed them ('نقلته قناة "الفجر"', read as a
                # second source by the speech verb's relay rule)
                close = next((r for r in range(j + 2, min(sb, j + 7))
                              if toks[r].w in _QUOTES), None)
                if close is not None:
                    j = close + 1
            if w in _ISSUE_VERBS and j < sb and toks[j].w in _PUBLISHERS | _AFFILIATED and (
                    a := next((r for r in range(j, min(sb - 1, j + 5)) if toks[r].w in (
                        _AFFILIATED) and toks[r + 1].w in _TO_IT), None)) is not None and all(
                    toks[r].is_word or toks[r].w in _QUOTES for r in range(j, a)):
                # 'نشرته منصة "الزلاقة" التابعة لها', "نشرته وكالة أعماق التابعة له": the
                # group's own outlet, up to the words that say whose it is
                j = a + 2
        elif w in _OUTLET_PREPOSITIONS and j + 1 < sb and toks[j + 1].w in _PLATFORMS:
            j += 2
        elif w in _PLATFORMS or (w[:1] == "ب" and w[1:] in _PLATFORMS):
            j += 1
        elif w in _PLATFORM_ADJECTIVES and j > 0 and toks[j - 1].w in _PLATFORMS:
            j += 1  # "على صفحته الرسمية"
        else:
            break
    return j


# (round ar147) "بـ" written apart with its tatweel, before a quoted object
_BI_ALONE = "ب"


def circumstantial_cut(toks: list[Token], a: int, b: int) -> int:
    """(round ar154) Where a speaker read from ``a`` to ``b`` ends before a circumstantial
    clause of what the speaker is doing ("الأرملة فلانة وهي تحرك القدر"، "أبو علي وهو
    يحمل طفله"): "وهو"/"وهي" right after a word, then a present verb; else ``b``. The
    clause still stands between the speaker and the words, so only the name is cut."""
    for k in range(a + 1, b):
        if toks[k].w in _CIRCUMSTANTIAL and toks[k - 1].is_word and _doing(toks, k + 1, len(toks)):
            return k
    return b


def _doing(toks: list[Token], r: int, sb: int) -> bool:
    """Is the word at ``r`` a present verb of what the speaker is doing ("تحرك"، "يشير"):
    "ي" or "ت" and four letters or more, with no feminine or plural noun ending (a
    description, "وهي ممرضة"، "وهو تاجر", may belong to the speaker)."""
    if r >= sb or not toks[r].is_word:
        return False
    w = toks[r].w
    return len(w) >= 4 and w[:1] in "يت" and not w.endswith(_NOUN_ENDS) and (
        not w.startswith("تا"))


def _speaker_end(toks: list[Token], j: int, sb: int, max_len: int = 9,
                 prep: str | None = None) -> int:
    """End of a speaker phrase after a verb or an attribution word; ``prep`` is the
    preposition the verb's content opens with ("حذر مسؤولون من ..."), which ends it."""
    if (named := self_named_end(toks, j, sb)) is not None:
        return named  # 'قال مسلحون يطلقون على أنفسهم اسم "..." إنهم': the name closes it
    k = j
    in_quote = False
    while k < sb and k - j < max_len:
        t = toks[k]
        if t.w in _QUOTES and not in_quote and k > j and toks[k - 1].w.startswith("ال") and (
                not _agency_acronym(toks, j, k, sb)):
            break  # 'اتهم الجيش "خلايا نائمة"': no name follows a definite noun
        if t.w in _QUOTES:
            in_quote = not in_quote
            k += 1
            continue
        if in_quote:
            k += 1
            continue
        if t.w == "(" and k > j:
            # "وكالة الأنباء اليمنية (سبأ) الرسمية": the acronym of the name just given
            close = next((r for r in range(k + 1, min(sb, k + 5)) if toks[r].w == ")"), None)
            if close is None or not all(toks[r].is_word for r in range(k + 1, close)):
                break
            k = close + 1
            continue
        if t.is_digit and k > j and toks[k - 1].w in _UNITS:
            k += 1  # "آمر الكتيبة 116": the unit's number
            continue
        if not t.is_word:
            break
        if k > j and t.w == _BI_ALONE and k + 1 < sb and toks[k + 1].w in _QUOTES:
            break  # (round ar147) 'وطالبت المنظمة بـ"ممر آمن"': the object's "بـ" and quote
        if t.w in _TO_AT_FOLDED and _envoy_post(toks, j, k, sb):
            k += 2  # "المبعوث الأممي إلى اليمن", "السفير لدى اليمن": where the envoy is sent
            continue
        if t.w == "عن" and k > j and _seat_end(toks, j, k, sb, prep=prep):
            # "النائب عن كركوك حسن توران": the seat held
            k = _seat_end(toks, j, k, sb, prep=prep)
            continue
        if k > j and t.w in _QUANTIFIERS:
            break  # "وطالب أعضاء المجلس جميع الأطراف بـ...": the addressee
        if k > j and t.w in _LISTENERS and _past_listener(toks, k, sb) > k:
            break  # "وقال رئيس البلدية لي إن": the writer told, not part of the name
        if k > j and toks[k - 1].w in _HONORIFICS and _lookalike_first_name(toks, k, sb):
            k += 1  # (round ar189) "مدير المستشفى الدكتور فضل حمدان": a name, not "preferred"
            continue
        if k > j and t.w in _RANKS:
            # "قائد شرطة كركوك اللواء علي كمال": the rank's name, though "علي" is also
            # the folded preposition "على"
            k = _rank_name_end(toks, k, sb)
            continue
        if t.w == "علي" and k > j and (toks[k - 1].w in _INFORMED or toks[
                k - 1].w in _IN_CHARGE) and k + 1 < sb and (
                toks[k + 1].is_word and toks[k + 1].w not in _COMP):
            k += 2  # "مصدر مطلع على المفاوضات": what the source knows of describes it
            continue
        if t.w == "لم" and k > j and k + 1 < sb and toks[k + 1].w in _ANONYMITY:
            break  # "مسؤول لم يشأ الكشف عن اسمه": the source's condition, not its title
        if t.w == "عن" and k > j and toks[k - 1].w in _DEFENDING and k + 1 < sb and toks[
                k + 1].is_word and toks[k + 1].w not in _COMP:
            k += 2  # "رئيس هيئة الدفاع عن المتهمين": whom the body defends
            continue
        if t.w == "من" and k > j and k + 1 < sb and toks[k + 1].w in _PLACE_FROM and toks[
                k - 1].w.startswith("ال"):
            break  # "وقال المتهم من داخل القفص إن": where from, after a definite speaker
        if k > j and t.w in _ADDRESSING:
            break  # 'وقال رئيس المحكمة مخاطبا المتهم: "..."': whom the words address
        if k > j and t.w in _MANNER_NOUNS:
            break  # "وقال الطبيب بنبرة هادئة إن": how it was said describes no speaker
        if t.w == "علي" and k > j and toks[k - 1].w in _NAME_PARTICLES:
            k += 1  # "أبو علي", "بن علي": a name, though it folds as the preposition "على"
            continue
        if t.w == "علي" and (prep != "علي" or t.s in _HIDDEN_NAMES.get()) and (
                _name_after_given(toks, j, k, sb)):
            # "المحامي سمير علي": the name, not the preposition "على" (which "شدد"
            # takes: "شدد المحامي سمير على أن")
            k += 1
            continue
        if k > j and t.w in _APPEARING and toks[k - 1].w in _NAMED_FOR_PLACE and (
                _day_part_name(toks, k, sb)):
            # (round ar189) "رئيس مجلس قروي ظهر الجبل"، "رئيس بلدية ظهر العين": after the
            # bare head of a town or its council "ظهر" opens the place's name (a ridge),
            # not the time of day ("ظهر الأحد"، "ظهر اليوم") or the verb "appeared"
            k += 2
            continue
        if k > j and t.w in _WEEKDAYS and toks[k - 1].w in _NAMED_FOR_DAY:
            k += 1  # "عضو المجلس البلدي لسوق الجمعة": the weekday names the place
            continue
        if k > j and t.w in _PLACE_BEFORE_NAMING and (n := _naming_after_place(toks, k, sb)):
            # "صاحب متجر في المدينة يدعى فلان": where he is describes him, and the name
            # after "named" still closes the phrase (read at the naming word, as a rank's)
            k = n
            continue
        if t.w in _COMP or t.w in _RELAY_AND_PREPOSITIONS_FOLDED or t.w in _STOPS or t.w in _REL:
            break
        if t.w in _DEFINITE_OUTLETS and k > j and k + 1 < sb and (
                toks[k + 1].w in _COMP or toks[k + 1].w in (":", "،", ",")) and (
                toks[k - 1].w not in _NAME_ADJECTIVES):
            break  # "وقال أحد السكان للصحيفة:": the paper addressed, named again
        if t.w == prep:
            break  # "حذرت الأمم المتحدة من ...", and "قد حذرت (الأسبوع الماضي) من أن"
        if t.w in _ISSUED_BY and k > j and k + 2 < sb and toks[k + 1].w == "عن":
            k += 2  # "بيان صادر عن الجيش": where the statement comes from
            continue
        if t.w == "ما" and k > j and k + 1 < sb and toks[k + 1].w in _ANNOUNCING:
            break  # "قال المتحدث ما يلي:": the words come after the colon
        if t.w == "بلا" and k > j and k + 1 < sb and toks[k + 1].is_word:
            k += 2  # "منظمة أطباء بلا حدود"
            continue
        if k > j and (t.w in _WEEKDAYS or _verb_form(t, _VERBS) or _period_end(toks, k, sb)
                      or _verb_form(t, _PARTICIPLES)):
            break
        k += 1
    if k - j >= max_len and k < sb and toks[k].is_word and max_len < _LONG_TITLE:
        # A title with its body and a rank and name runs past nine words ("الناطق باسم
        # القيادة العامة للجيش الوطني الليبي اللواء أحمد المسماري"); it is still one
        # speaker when what ends it is what ends a speaker: the complementizer, a comma,
        # the outlet addressed or the medium.
        longer = _speaker_end(toks, j, sb, _LONG_TITLE, prep)
        if k < longer < sb and _ends_speaker(toks, longer, sb):
            return longer
    return k


_LONG_TITLE = 16


def _envoy_post(toks: list[Token], j: int, k: int, sb: int) -> bool:
    """Does "إلى" or "لدى" at k name the post of an envoy titled between j and k ("المبعوث
    الأممي إلى اليمن", "السفير الأمريكي لدى اليمن")? The place after it is in the title."""
    return toks[k].w in _TO_AT_FOLDED and k > j and k + 1 < sb and toks[k + 1].is_word and (
        toks[k + 1].w not in _COMP) and any(toks[r].w in _ENVOYS for r in range(j, k))


def _seat_end(toks: list[Token], j: int, k: int, sb: int, max_words: int = 4,
              prep: str | None = None) -> int:
    """After a member's title ("النائب التركماني عن كركوك"), "عن" at k names the seat: the
    seat and a name after it belong to the speaker when plain words lead from it to what
    ends a speaker (the complementizer, a comma, the outlet or the medium). Otherwise "عن"
    is the verb's ("كشف النائب عن وجود خلايا ...") and 0 is returned."""
    if not any(toks[r].w in _SEAT_TITLES for r in range(j, k)):
        return 0
    for r in range(k + 1, min(sb, k + 2 + max_words)):
        if r > k + 1 and (_ends_speaker(toks, r, sb) or (prep is not None and toks[r].w == prep)):
            return r  # (also the preposition of "وشدد النائب عن ... على ضرورة ...")
        t = toks[r]
        if not t.is_word or t.w in _STOPS or t.w in _COMP or _verb_form(t, _VERBS):
            return 0
    return 0


def _ends_speaker(toks: list[Token], k: int, sb: int) -> bool:
    w = toks[k].w
    return w in _COMP or w in ("،", ",", ":") or w in _OUTLETS or _medium_at(toks, k, sb)


def _own_complementizer(toks: list[Token], k: int, sb: int) -> bool:
    """Does a complementizer of the verb itself follow from k ("أعلنت القوات المشاركة في
    العملية، الخميس، أنها ...")? One after a participle or verb of saying ("...، مؤكدة
    أن ...") belongs to that word, not to the verb before the subject."""
    for m in range(k, sb):
        t = toks[m]
        if t.w in _COMP:
            return True
        if t.is_word and (_verb_form(t, _PARTICIPLES) or _verb_form(t, _VERBS)):
            return False
    return False


def _bare_name(t: Token) -> bool:
    """A word that can be a proper name standing alone ("تعز"، "مأرب"): no article, no
    conjunction, no particle, verb or object noun."""
    return t.is_word and not t.w.startswith(_AL_WA_PREFIXES) and len(t.w) >= 3 and (
        t.w not in _STOPS and t.w not in _COMP and t.w not in _OBJECT_NOUNS
        and not _verb_form(t, _VERBS))


def _title_place_end(toks: list[Token], k: int, sb: int) -> int:
    """Where the place or body a title governs ends, from k: a place head and its name,
    bare or definite ("محافظة تعز"، "إقليم الساحل"), a body head and its definite
    genitive ("وزارة الصحة"), or after "محافظ" the bare name alone ("محافظ مأرب"); k when
    there is none."""
    if toks[k].w in _PLACE_HEADS and k + 1 < sb and (
            toks[k + 1].w.startswith("ال") or _bare_name(toks[k + 1])):
        return k + 2
    if toks[k].w in _ORG_HEADS and k + 1 < sb and toks[k + 1].w.startswith("ال"):
        return k + 2  # "وكيل وزارة الصحة"
    if toks[k - 1].w == "محافظ" and _bare_name(toks[k]) and toks[k].w not in _PLACE_HEADS:
        return k + 1
    return k


def _personal_name_end(toks: list[Token], k: int, sb: int, max_words: int = 3) -> int:
    """Where a personal name from k ends: up to three words, "عبد"/"أبو" with the word
    after it, and a family nisba with the article last ("عبد الكريم الصبري"، "أحمد يوسف
    الكريمي"); k when none starts there."""
    r, words = k, 0
    while r < sb and words < max_words:
        t = toks[r]
        if t.w in _NAME_PARTICLES and r + 1 < sb and toks[r + 1].is_word:
            r, words = r + 2, words + 1
            continue
        if t.w.startswith("ال"):
            return r + 1 if r > k and t.w.endswith("ي") and len(t.w) > 4 else r
        if not _bare_name(t) or t.w.startswith(_BI_LI_PREFIXES):
            return r if words else k
        r, words = r + 1, words + 1
    return r


def _closing_place(toks: list[Token], sp_end: int, sb: int, max_words: int = 4,
                   medium: bool = False) -> int:
    """"..., وفق ما ذكره مصدر في قيادة عمليات بغداد.": where an attribution closes the
    sentence, "في X" up to its end is the body the source belongs to (not a medium). With
    ``medium``, the medium may close it instead ('"..."، قالت بعثة الأمم المتحدة للدعم في
    ليبيا في تغريدة.')."""
    if not (sp_end + 1 < sb and toks[sp_end].w == "في") or toks[sp_end + 1].w.startswith(
            _MEDIA):
        return sp_end
    r = sp_end + 1
    while r < sb and toks[r].is_word and r - sp_end <= max_words:
        if medium and r > sp_end + 1 and _medium_at(toks, r, sb):
            return r
        if toks[r].w in _STOPS or _verb_form(toks[r], _VERBS):
            return sp_end
        r += 1
    return r if r == sb or is_end(toks[r]) else sp_end


def _name_after_given(toks: list[Token], j: int, k: int, sb: int) -> bool:
    """Is "علي" at ``k`` (folded like the preposition "على") a name: right after a given
    name that follows a definite title in the speaker phrase from ``j`` ("المحامي سمير
    علي"), with no object of the preposition after it? An object is a noun with the
    article or a pronoun suffix ("على صفحته"), a platform ("على تويتر"), "حد", "ما" or a
    demonstrative ("على ما يبدو"، "على هذا الأساس"), or an indefinite noun in construct
    before such a noun ("على هامش الجلسة"، "على لسان محاميه"); a word that ends a
    speaker ("قوله"، "اليوم"، "في"), a complementizer or an outlet glued to "ل" ("لوكالة
    الأنباء") follows a name. After the title itself it stays the preposition ("الوزير
    على هامش")."""
    if k - 1 >= j and toks[k].s in _HIDDEN_NAMES.get() and toks[k - 1].is_word and not (
            toks[k - 1].w.startswith(_AL_WA_PREFIXES) or toks[k - 1].w in _STOPS
            or toks[k - 1].w in _COMP or _verb_form(toks[k - 1], _VERBS)):
        return True  # (round ar152) "وقالت فاطمة علي حسن، التي ..."، as written, no title
    if toks[k].s in _HIDDEN_NAMES.get() and k >= 1 and (
            (k > j and toks[k - 1].w in _TITLES_BEFORE_ALI) or (_title_before(toks, k) and (
                (k == j + 1 and toks[j].w.startswith("ال")) or (
                    k == j and _family_after(toks, k))))):
        # (round ar171) "الشيخ علي صالح الحضيري، ..."، "وأوضح علي العبيدي أن": the given
        # name right after the title or the verb, as written with ya
        return True
    if toks[k].s in _HIDDEN_NAMES.get() and k - 2 >= j and _office_body_before(toks, k, j):
        # (round ar192) "عضو مجلس المحافظة علي فلان"، "رئيس البلدية علي فلان": an office
        # over the body it serves, then the given name as written with ya
        return True
    if not (k - 2 >= j and toks[k - 2].w.startswith("ال") and toks[k - 1].is_word) or (
            toks[k - 1].w.startswith(_AL_WA_PREFIXES) or toks[k - 1].w in _STOPS
            or toks[k - 1].w in _COMP):
        return False
    if k + 1 >= sb or not toks[k + 1].is_word or toks[k + 1].w in _COMP:
        return True  # "سمير علي إن ..."، "سمير علي، ..."
    if toks[k].s in _HIDDEN_NAMES.get():
        return True  # "سمير علي حمزة إن"، "محمد علي الخطيب إن", as written
    nxt = toks[k + 1].w
    if nxt in _STOPS or (nxt.startswith("ل") and len(nxt) > 4 and not nxt.endswith(
            _HER_THEIR_SUFFIXES)):
        return True  # (an outlet's "ة" folds to "ه": "لوكالة" is no suffixed object)
    if _definite_object(nxt) or nxt in _INDEFINITE_OBJECT_WORDS or nxt in _DEMONSTRATIVES or (
            nxt in _PLATFORMS):
        return False
    return not (k + 2 < sb and toks[k + 2].is_word and _definite_object(toks[k + 2].w))


def _imams_as_written(folded: Folded, toks: list[Token]) -> list[Token]:
    """The tokens with "إمام" (an imam) kept apart from "أمام" (in front of), which
    folding makes one word: 'وقال إمام الجامع، الشيخ ...، إن' has a speaker, where "قال
    أمام المحكمة" names the place the words were said. The text shows the hamza under the
    alif of the title; a copy of the shared token list carries it."""
    out = list(toks)
    for k, t in enumerate(toks):
        if t.w in _IMAM_FOLDED:
            a = folded.offset(t.s + (1 if t.w[0] == "و" else 0))
            if folded.original[a:a + 1] == "إ":
                out[k] = t._replace(w=t.w.replace("امام", "إمام"))
    return out


_QUOTED_NAME_HEADS = frozenset(c + h for c in V.QUOTED_NAME_HEAD_CLITICS
                               for h in fold_set(V.QUOTED_NAME_HEADS))
_OPENING_QUOTES = frozenset(V.OPENING_QUOTE_MARKS)
_NAME_MARK = V.QUOTED_NAME_MARK


def _outlet_names_kept(toks: list[Token]) -> list[Token]:
    """The tokens with the first word of an outlet's name in quotes after its kind
    ('لشبكة "فرات بوست" إن') marked as a name: a name is no verb, though folding and a
    clitic may make its letters one ("فرات" as "فـ" + "رأت"). A copy of the shared token
    list carries the mark, as ``_imams_as_written``'s does."""
    out = toks
    for q in compress(count(), map(_OPENING_QUOTES.__contains__, map(_TEXT, toks))):
        if 0 < q < len(toks) - 1 and toks[q - 1].w in _QUOTED_NAME_HEADS and (
                _verb_form(toks[q + 1], _VERBS) or _verb_form(toks[q + 1], _PARTICIPLES)):
            if out is toks:
                out = list(toks)
            out[q + 1] = toks[q + 1]._replace(w=_NAME_MARK + toks[q + 1].w)
    return out


def _names_hidden_by_folding(folded: Folded, toks: list[Token]) -> frozenset[int]:
    """The folded starts of the words "علي" that the text, not its folded copy, shows to
    be a name before another name ("سمير علي حمزة إن"، "محمد علي الخطيب، ..."). Folded,
    "علي" is also the preposition "على", and a name in ta marbuta ("حمزة") or a family
    name with the article ("الخطيب") looks like its object ("صفحته"، "التلفزيون"). As
    written, the preposition has alef maqsura and a pronoun suffix has "ه": "علي" with
    ya, then a name in "ة" or with the article that is no medium or platform, then a
    speaker's end (a complementizer, a comma, a word that ends speakers, the preposition
    a verb takes), is a name. ``_name_after_given`` still asks for the given name after a
    title before it."""
    found = []
    # (the preposition is in nearly every text: its places are found in C, and only
    # those followed by a speaker's end two words on are read further)
    for k in compress(count(), map("علي".__eq__, map(_TEXT, toks))):
        if k > 0 and k + 1 < len(toks) and (toks[k + 1].w in _COMP or toks[k + 1].w in (
                "،", ",")) and _written_ya(folded, toks[k]) and (
                _given_before(toks, k) or toks[k - 1].w in _TITLES_BEFORE_ALI):
            found.append(toks[k].s)  # (round ar152) "وقال محمد علي إن"، "فاطمة علي، التي"
            continue
        if k + 2 >= len(toks) or not toks[k + 1].is_word:
            continue
        name, after = toks[k + 1], toks[k + 2].w
        if k + 3 < len(toks) and toks[k + 2].w.startswith("ال") and not name.w.startswith(
                _AL_WA_PREFIXES) and name.w not in _STOPS and name.w not in _COMP and not (
                _definite_object(name.w) or name.w in _PLATFORMS or name.w in _ALA_HEADS
                or _verb_form(name, _VERBS)):
            # "سمير علي حسن الخطيب إن": a father's name, then the family name with the
            # article (read as below, one word on)
            name, after = toks[k + 2], toks[k + 3].w
        if not (after in _COMP or after in ("،", ",") or after in _STOPS or (
                after in _PREP_VERB_PREPS) or after in _OUTLETS):
            # (round ar192) the outlet addressed closes the speaker as well ("وقال عضو
            # مجلس المحافظة علي فلان الفلاني لموقع "..." إن")
            continue
        s, e = folded.span(toks[k].s, toks[k].e)
        if not folded.original[s:e].rstrip("".join(_HARAKAT)).endswith("ي"):
            continue  # "على" as written: the preposition
        if name.w.startswith("ال"):
            bare = name.w[2:]
            if name.w in _PLATFORMS or bare in _PLATFORMS or bare.startswith(_MEDIA) or (
                    name.w.startswith(_MEDIA) or name.w in _BROADCASTERS):
                continue
        elif not _ta_marbuta_end(folded, name) and not ((
                _given_before(toks, k) or _title_before(toks, k) or (
                    after in _OUTLETS and _office_body_before(toks, k, 0))) and _plain_name(
                    folded, name)):
            # (round ar152) a plain family name after a given name ("فاطمة علي حسن،")
            continue
        found.append(toks[k].s)
    return frozenset(found)


def _office_body_before(toks: list[Token], k: int, j: int) -> bool:
    """(round ar192) Does an office over the definite body it serves end right before "علي"
    at ``k`` ("عضو مجلس المحافظة"، "رئيس البلدية"), no earlier than ``j``?"""
    return k >= 2 and toks[k - 1].w.startswith("ال") and any(
        toks[r].w in _OFFICE_HEADS for r in range(max(j, k - 4), k - 1))


def _title_before(toks: list[Token], k: int) -> bool:
    """(round ar171) Does a speaker's opening stand right before "علي" at ``k``, so that a
    plain word after it is a family name ("ويقول الصياد علي حمود،"، "وقال علي حمود إن")?
    A civil honorific or a rank ("الشيخ"، "اللواء"), a definite title right after a verb
    of saying, or the verb itself when it does not take "على" ("شدد"، "أكد" may)."""
    b = toks[k - 1]
    if b.w in _TITLES_BEFORE_ALI:
        return True
    if b.w.startswith("ال") and k >= 2:
        return _not_taking_ala(_verb_form(toks[k - 2], _VERBS))
    return _not_taking_ala(_verb_form(b, _VERBS))


def _family_after(toks: list[Token], k: int) -> bool:
    """After "علي" opening a speaker, a name, not an object: a plain word or a definite
    nisba ("العبيدي"), where "علي الحكومة" is the preposition written with ya."""
    w = toks[k + 1].w if k + 1 < len(toks) else ""
    return not w.startswith("ال") or (w.endswith("ي") and len(w) >= 5)


def _not_taking_ala(verb: str | None) -> bool:
    """Is ``verb`` a verb of saying that takes no "على" after it ("أكد على" and "شدد على"
    are written with ya in some texts)?"""
    return verb is not None and _PREP_VERBS.get(verb) != "علي" and verb not in _TAKING_ALA


def _written_ya(folded: Folded, t: Token) -> bool:
    """Is the word written with a final ya ("علي", the name), not alef maqsura ("على")?"""
    s, e = folded.span(t.s, t.e)
    return folded.original[s:e].rstrip("".join(_HARAKAT)).endswith("ي")


def _given_before(toks: list[Token], k: int) -> bool:
    """Is the word before ``k`` a given name: a plain word, no verb, article or stop?"""
    b = toks[k - 1]
    return b.is_word and not (b.w.startswith(_AL_WA_PREFIXES) or b.w in _STOPS
                              or b.w in _COMP or _verb_form(b, _VERBS))


def _plain_name(folded: Folded, t: Token) -> bool:
    """A plain name after "علي" ("حسن"): no pronoun suffix as written ("صفحته"), no stop,
    complementizer, platform, head of a phrase with "على" or verb."""
    s, e = folded.span(t.s, t.e)
    return not (folded.original[s:e].rstrip("".join(_HARAKAT)).endswith(_WRITTEN_SUFFIXES)
                or t.w in _STOPS or t.w in _COMP or t.w in _PLATFORMS or t.w in _ALA_HEADS
                or t.w in _INDEFINITE_OBJECT_WORDS or t.w in _DEMONSTRATIVES
                or _verb_form(t, _VERBS))


_WRITTEN_SUFFIXES = V.WRITTEN_PRONOUN_SUFFIXES
_TITLES_BEFORE_ALI = fold_set(V.ALI_NAME_TITLES)
_OFFICE_HEADS = fold_set(V.OFFICE_TITLES)
_TAKING_ALA = fold_set(V.SPEECH_VERBS_TAKING_ALA)
# The document's "علي" names hidden by folding, set while ``find_statements_ar`` reads it:
# the rules that cut a speaker see folded tokens only, and a context variable keeps the
# answer to each thread's own document.
_HIDDEN_NAMES: ContextVar[frozenset[int]] = ContextVar("_HIDDEN_NAMES", default=frozenset())
_PREP_VERB_PREPS = frozenset(_PREP_VERBS.values())
_BROADCASTERS = fold_set(V.BROADCASTERS)


def _definite_object(w: str) -> bool:
    """A noun made definite by the article or by a pronoun suffix ("الجلسة"، "صفحته"،
    "حسابها"), as a preposition's object is; a name folded from "ة" to "ه" looks the
    same, and is given up."""
    return w.startswith("ال") or (len(w) >= 4 and w.endswith(_OBJECT_PRONOUN_SUFFIXES))


def _naming_after_place(toks: list[Token], k: int, sb: int) -> int | None:
    """With a place's preposition at ``k``, the naming word a few words on ("في المدينة
    يدعى"، "في كلية الطب تدعى") when a name follows it, or the comma of an aside that
    names ("في المستشفى، واسمها"); None when another mark, a complementizer or a verb
    comes first."""
    for r in range(k + 2, min(sb - 1, k + 2 + V.PLACE_BEFORE_NAMING_WORDS)):
        t = toks[r]
        if t.w in _NAMING:
            return r if toks[r + 1].is_word and toks[r + 1].w not in _COMP else None
        if t.w in ("،", ",") and toks[r + 1].w in NAMING_ASIDE:
            return r  # "ممرضة في المستشفى، وتدعى فلانة،": the aside names her at the comma
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return None
    return None


def _rank_name_end(toks: list[Token], k: int, sb: int) -> int:
    """After a title, a rank and the name it goes with ("العقيد الركن تامر الرفاعي",
    "الفريق صغير بن عزيز"): two words of name, three with a link like "بن"."""
    k += 1
    while k < sb and (toks[k].w in _RANK_MODIFIERS or (
            k + 1 < sb and (toks[k].w, toks[k + 1].w) in _RANK_MODIFIER_PAIRS)):
        k += 1 if toks[k].w in _RANK_MODIFIERS else 2
    words = 2
    start = k
    while k < sb and k - start < words and toks[k].is_word and (
            (k == start and _lookalike_first_name(toks, k, sb)) or not (
                (toks[k].w in _STOPS and not (k == start and (
                    toks[k].w == "علي" or _day_part_name(toks, k, sb))))
                or toks[k].w in _COMP or toks[k].w in _OBJECT_NOUNS
                or _verb_form(toks[k], _VERBS))):
        if toks[k].w in _NAME_LINKS:
            words += 1
        k += 1
    w = toks[k].w if k + 1 < sb and k - start == words else ""
    if w.startswith("ال") and w.endswith("ي") and len(w) >= 5 and _ends_speaker(toks, k + 1, sb):
        k += 1  # "العميد أحمد خليفة الشامي، في تصريح ...": a third name, the family's nisba
    return k


def _lookalike_first_name(toks: list[Token], k: int, sb: int) -> bool:
    """Right after a rank or an honorific, is the word at ``k`` a given name that reads as a
    verb ("الدكتور فضل حمدان", not "فضل عدم ذكر اسمه")? (round ar189) A plain word of name
    follows it there, no complementizer, stop or verb."""
    if toks[k].w not in _NAME_LOOKALIKES or k + 1 >= sb:
        return False
    n = toks[k + 1]
    return n.is_word and n.w not in _NOT_NAME_AFTER and n.w not in _COMP and (
        n.w not in _STOPS) and not _verb_form(n, _VERBS)


def _day_part_name(toks: list[Token], k: int, sb: int) -> bool:
    """Right after a rank, is the time of day at ``k`` the name's first word ("الفريق الركن
    صباح الجبوري")? Men are called "صباح" and "فجر"; the time of day is followed by its day
    ("صباح اليوم"، "صباح الاثنين"، "مساء 3 أيار"), a name by another name."""
    return toks[k].w in _NAME_DAY_PARTS and k + 1 < sb and toks[k + 1].is_word and not (
        toks[k + 1].w in _STOPS or toks[k + 1].w in _TIME_WORDS or toks[k + 1].w in _WEEKDAYS
        or toks[k + 1].is_digit)


def _adverbial_after(toks: list[Token], k: int, sb: int) -> bool:
    """After "في X": does a comma, a weekday/time word or the verb's object noun come at ``k``?"""
    return (toks[k].w in ("،", ",") or toks[k].w in _OBJECT_NOUNS
            or _skip_adverbials(toks, k, sb) > k)


def _genitive_name(t: Token) -> bool:
    """An indefinite word that can be the genitive of an organisation head: not an
    adjective, not an object noun, not a clitic-led word."""
    w = t.w
    return (t.is_word and not w.startswith(_AL_BI_LI_PREFIXES) and w not in _OBJECT_NOUNS
            and w not in _STOPS and w not in _COMP and not w.endswith(_NISBA_ENDINGS_NOT_BARE)
            and not _verb_form(t, _VERBS))


def _agency_acronym(toks: list[Token], j: int, k: int, sb: int) -> bool:
    """'وكالة الأنباء الفلسطينية "وفا"': one quoted word closing a name that opens with an
    organisation head is the body's acronym, part of the name."""
    return toks[j].w in _ORG_HEADS and k + 2 < sb and toks[k + 2].w in _QUOTES


def _member_body_end(toks: list[Token], j: int, k: int, sb: int) -> int | None:
    """"اتهم مسؤول في الحكومة اليمنية الحوثيين ...": an indefinite source (with its own
    adjectives: "مصدر عسكري") and, after "في" at k, the body it belongs to - a definite
    noun, or a body head in construct ("وزارة الخارجية"), with the nisba adjectives
    that agree with it. The first word that does not agree ("الحوثيين") is the object.
    Returns where the body ends, or None when this is not that shape."""
    head = toks[j].w
    # (a body's head may take its indefinite genitive first: "لجان مقاومة محلية في ...")
    first = j + 2 if head in _ORG_HEADS and j + 1 < k and _genitive_name(toks[j + 1]) else j + 1
    if head.startswith("ال") or not all(toks[r].is_word and not toks[r].w.startswith("ال")
                                        and toks[r].w.endswith(_NISBA_SINGULAR_ENDINGS)
                                        for r in range(first, k)):
        return None
    r = k + 1
    if r + 1 >= sb or not toks[r].is_word:
        return None
    noun = toks[r].w
    if noun in _ORG_HEADS and toks[r + 1].w.startswith("ال"):
        r += 2  # "في وزارة الخارجية اليمنية": the head's adjectives agree with it
    elif noun.startswith("ال") and not noun.startswith(_MEDIA_DEF) and noun not in _TIME_WORDS:
        r += 1
    else:
        return None
    agree = ("يه",) if noun.endswith("ه") else ("ي",)
    while r < sb and toks[r].w.startswith("ال") and toks[r].w.endswith(agree) and (
            len(toks[r].w) > 4):
        r += 1
    if r >= sb or not toks[r].is_word or toks[r].w in _COMP or _verb_form(toks[r], _VERBS):
        return None  # no object after the body
    if toks[r].w.startswith("ال") and toks[r].w[-1] in "يه":
        return None  # an adjective of another shape ("الحكومة المؤقتة"): not sure
    return r


# The writer as the one told ("قال لي"، "أكد لنا"): the listener, never the speaker
_LISTENERS = fold_set(V.WRITER_LISTENERS)


def _past_listener(toks: list[Token], j: int, sb: int) -> int:
    """After "قال لي" (the writer told): where the subject or the words begin, when they
    follow the listener at once or past a time ("قال لي الأسبوع الماضي إن"، "قال لنا
    مدير المستشفى إن"); else ``j`` (a name such as "لي" of "لي وانغ" is no listener)."""
    after = _skip_adverbials(toks, j + 1, sb)
    if after < sb and (_content_start(toks, after, sb, max_skip=0) is not None or toks[
            after].w.startswith("ال") or _initial_head(toks[after].w) in _OFFICES):
        return after
    return j
