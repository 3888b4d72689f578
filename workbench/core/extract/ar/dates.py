"""Arabic date expressions and their resolution against the publication date.

Found (on the folded text; spans are mapped back and carry no preposition or
clitic, and no عام/العام before a year):

* month names in the three naming systems (Western/Egyptian "مارس",
  Levantine "آذار", Maghrebi "أفريل") and the double forms "آذار/مارس",
  with a day, a year, "الماضي/الجاري/المقبل" and "منتصف/بداية/أواخر" before;
* numeric dates "28-4-2018", "28/4/2018", "2018-04-28";
* four-digit years (not when they count people or things: "2000 شخص");
* weekdays with ال, with "يوم" or a time of day before ("مساء السبت",
  "ليل الخميس إلى الجمعة"), "أمس الاثنين", "الثلاثاء الماضي", "الجمعة الرابعة",
  and a following day + month ("الخميس 19 نيسان");
* أمس (yesterday; "أمس الأول" / "أول (من) أمس" = the day before), غدا (tomorrow),
  بعد غد (+2), and اليوم when it means today;
* Hijri dates ("10 محرم 1440 هـ", "5 صفر", "رمضان 1440", "العاشر من رمضان", "غرة
  رمضان", "24/8/1439هـ"), converted with the tabular calendar (``hijri.py``): a day has
  week precision (the sighted month may start a day earlier or later) unless a weekday
  just before it picks the day; a Hijri month alone only with a part of the month before
  it ("مطلع محرم") or الماضي/الجاري/المقبل after it ("رمضان الماضي");
* a month with its year named from publication ("أبريل من العام الماضي");
* a day number may carry the article ("الـ15 من الشهر الماضي") and "من" before its month.

Resolution follows the English engine: a weekday is the latest such day on or
before publication (strictly before with "الماضي"), the next one when the
phrase or the words just before it speak about the future ("المقبل", "من
المقرر", "سوف"); a month without a year is the latest such month, or the
coming one in a future context; without a publication date only expressions
with their own year get a value.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import chain, pairwise
from typing import Any

from ..date_weekday_year import weekday_year
from ..lang import ar as V
from ..lang.build import alt_branches
from .date_measures import announced_for_day, truce_until
from .date_month_tense import arrival_ahead, warned_ahead
from .future_prefix import future_prefix_verb
from .hijri import to_gregorian, year_of
from .normalise import Folded, fold_set, fold_word
from .tokens import folded_text

_MONTHS = {fold_word(k): v for k, v in V.MONTHS.items()}
_END_MODIFIERS = fold_set(V.MONTH_END_MODIFIERS)
_REQUEST_VERBS = fold_set(V.REQUEST_VERBS)
_ASKING_WORDS = _REQUEST_VERBS | fold_set(V.REQUEST_PARTICIPLES)
_STIPULATION = re.compile(
    r"\s*(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(fold_set(
        V.STIPULATION_OPENERS))) + r")\s+[يتن]\w{2,}")
# "على أن" and a present verb anywhere in the clause ("وقررت اللجنة تمديد التسجيل على أن
# يغلق الباب في 15 تموز")
_STIPULATED_VERB = re.compile(r"(?:^|\s)(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(
    fold_set(V.STIPULATION_OPENERS))) + r")\s+([يتن]\w{2,})")
_HIJRI = {fold_word(k): v for k, v in V.HIJRI_MONTHS.items()}
_RELATIVE = {fold_word(k): v for k, v in V.RELATIVE_DAYS.items()}
_AMBIG = fold_set(V.AMBIGUOUS_MONTHS)
_IN_OR_DURING = fold_set(V.IN_DURING)
_WEEKDAYS = {fold_word(k): v for k, v in V.WEEKDAYS.items()}
_FUTURE_CUES = fold_set(V.FUTURE_CUES)
_EXPECTED = fold_set(V.EXPECTED_PARTICIPLES)
_WORD = re.compile(r"\w+")
_NOT_TODAY = fold_set(V.NOT_TODAY_AFTER)
# (a day part before "اليوم": only these and the ordinals make it a day of something)
_NOT_TODAY_AFTER_PART = _NOT_TODAY | fold_set(V.DAY_OF_SOMETHING_AFTER_PART) | fold_set(
    V.ORDINAL_UNITS) | fold_set(V.ORDINALS) | {w.split()[0] for w in fold_set(V.DAY_ORDINALS)}
_PAST = fold_set(V.PAST_WORDS)
_FUTURE = fold_set(V.FUTURE_WORDS)
_CURRENT = fold_set(V.CURRENT_WORDS)
# An outlet named "X اليوم" ('لـ"فلسطين اليوم"', 'قناة «روسيا اليوم»', 'لـ"منصة الجنوب
# اليوم"'): a quotation of two to four words closing on "اليوم", opened after the "ل" of
# address or a publisher's noun.
_PUBLISHERS = "|".join(sorted(fold_set(V.MEDIUM_PUBLISHERS)))
_OUTLET_OPENING = re.compile(rf"(?:(?:^|[\s\W])ل|(?:^|\s)[وبل]?(?:ال)?(?:{_PUBLISHERS}))\s*"
                             rf"[\"«“]\s*(?:\w+\s+){{0,2}}\w+\s*$")
_PROGRAMMES = "|".join(sorted(fold_set(V.PROGRAMME_NOUNS)))
_PROGRAMME_OPENING = re.compile(rf"(?:^|\s)[وبل]?(?:ال)?(?:{_PROGRAMMES})\s*"
                                rf"[\"«“]\s*(?:\w+\s+){{0,2}}\w+\s*$")
# A local site's dateline: the place, a dash, then the site's name in quotes or brackets
# ('كفرحمام - «الجنوب اليوم»:'، 'بيروت - (لبنان اليوم) -'). The place may carry its
# country in brackets, as wires write a town the reader may not know ('عمران (اليمن) -
# "أخبار اليوم"').
_DATELINE_OUTLET = re.compile(r"\s*(?:\w+\s+){0,2}\w+\s*(?:\(\s*(?:\w+\s+){0,2}\w+\s*\)\s*)?"
                              r"[-–—]\s*[\"«“(]\s*(?:\w+\s+){0,2}\w+\s*")
# An outlet's byline of its own line, unquoted: the outlet's name closing on "اليوم",
# a dash, then the place of the dateline ("بغداد اليوم - بغداد"): the name, not today.
_BYLINE_BEFORE = re.compile(r"[ \t]*(?:\w+[ \t]+){1,2}")
_BYLINE_AFTER = re.compile(r"[ \t]*[-–—][ \t]*(?:\w+[ \t]*){1,3}(?:\n|$)")
_NON_DATE_AFTER = fold_set(V.NON_PERSON) | fold_set(V.PERSON_SINGULAR) | fold_set(
    V.OUTCOME_NOUNS) | fold_set(V.COUNTED_PEOPLE)
# Counted things make a count only where no word before names a time ("في 2019 مركز ..."
# may still be the year a centre opened).
_COUNTED_THINGS = fold_set(V.COUNTED_THINGS)
_TIME_BEFORE = frozenset(V.TIME_WORDS_BEFORE_YEAR)
_SINCE = fold_set(V.SINCE_WORDS)
_DEADLINE_BEFORE_MONTH = fold_set(V.DEADLINE_BEFORE_MONTH)
_MADDA_MONTH_PREPOSITIONS = fold_set(V.MADDA_MONTH_PREPOSITIONS) | _DEADLINE_BEFORE_MONTH
_SINCE_COUNT_UNITS = fold_set(V.SINCE_COUNT_UNITS)
_SINCE_YEAR_NOUNS = fold_set(V.SINCE_YEAR_NOUNS)
_PEOPLE_AFTER = fold_set(V.PERSON_SINGULAR) | fold_set(V.OUTCOME_NOUNS) | fold_set(
    V.COUNTED_PEOPLE)
_SCHEDULE_VERBS = fold_set(V.SCHEDULE_VERBS)
_PAY_NOUNS = fold_set(V.PAY_NOUNS)
_WAS = fold_set(V.WAS_VERBS)
_WAS_REACH = V.WAS_BEFORE_DATE_WORDS
_PRESENT_OPENERS = tuple(fold_word(w) for w in V.PRESENT_VERB_OPENERS)
_COMPLEMENTIZERS = fold_set(V.COMPLEMENTIZERS)
_COMING_MONTHS_AHEAD = frozenset(V.COMING_MONTHS_AHEAD)
# the first words of the months' names ("كانون"، "تشرين"، "آذار"), for a range's own month
_MONTH_HEADS = frozenset(k.split()[0] for k in _MONTHS)
_UNTIL_RANGE_REACH = V.UNTIL_RANGE_REACH
_NOT_PURPOSE = fold_set(V.LI_WORDS_OF_NO_PURPOSE)
_PURPOSE_REACH = V.PURPOSE_REACH_WORDS
_PROMISED = fold_set(V.PROMISED_ACT_VERBS)
_CLAUSE_FUTURE = fold_set(V.CLAUSE_FUTURE_CUES)
# (the dual's and the plural's endings after the stem: "ستوقعان"، "سيلتقيان"، "سيصلون")
_FUTURE_S = re.compile(rf"(?:^|\s)[وف]?(?:سوف|س[يتنا](?:{'|'.join(V.FUTURE_S_STEMS)}"
                       rf"|{V.FUTURE_S_TENTH_FORM}\w{{3}}"
                       rf"|{V.FUTURE_S_T_FORMS}\w{{2,4}})(?:ان|ون)?)\b")
# (with the clitics "و"/"ف": "ويستمر"، "وتبدأ")
_BARE_OR_CLITIC = ("", *V.CONJUNCTION_CLITICS)
_LASTING_FORMS = frozenset(p + v for p in _BARE_OR_CLITIC for v in fold_set(V.LASTING_PRESENT))
_POSTPONING = frozenset(p + v for p in _BARE_OR_CLITIC for v in fold_set(V.POSTPONING_WORDS))
_SCHEDULE_FORMS = frozenset(p + v for p in _BARE_OR_CLITIC for v in fold_set(V.SCHEDULE_VERBS))
_CLAUSE_BREAK = re.compile(r"[.!?؟\n،]")
_STARTING_FROM = fold_set(V.STARTING_FROM_WORDS)
_COINCIDING = fold_set(V.COINCIDING_PRESENT)
_DEADLINES = fold_set(V.DEADLINE_WORDS)
_AWAITING = fold_set(V.AWAITING_PRESENT)
_PLAN = fold_set(V.PLAN_NOUNS) | fold_set(V.PLAN_DEADLINE_WORDS) | fold_set(V.NEEDING_WORDS)
_BEFORE_SPAN = fold_set(V.BEFORE_AS_SPAN)
_CONDITIONS = fold_set(V.CONDITION_DEADLINE_WORDS)
# "قد" before a present verb is "may" (before a past verb it affirms: "قد انخفضت").
_MAY = fold_set(V.MAY_PARTICLES)
_MAY_TIME_WORDS = (fold_set(V.MADDA_MONTH_PREPOSITIONS) - {"منذ"}) | fold_set(V.DEADLINE_WORDS) | (
    fold_set(V.UNTIL_WORDS))
_SURPRISE = fold_set(V.SURPRISE_IDHA_PRONOUNS)
_PLEDGE_PARTICIPLES = fold_set(V.PLEDGE_PARTICIPLES)
_HOPING = fold_set(V.HOPE_DEADLINE_WORDS)
_WARNING_WORDS = fold_set(V.WARNING_DEADLINE_WORDS)
_THREATENED = fold_set(V.THREATENED_PARTICIPLES)
_WARNING_OPENERS = fold_set(V.WARNING_OBJECT_OPENERS)
_WARNED_RELATIVES = fold_set(V.WARNED_EVENT_RELATIVES)
_AGO_UNITS = fold_set(V.TIME_UNITS) | fold_set(V.AGO_UNITS)
_UNTIL = fold_set(V.UNTIL_WORDS)
_DAY_PART_WORDS = fold_set(V.DAY_PARTS) | {"يوم"}
# A quotation mark glued to a word is no part of it: 'إن العمل "سيستمر حتى نهاية كانون
# الأول"' and 'ان المواكب "ستتواصل" يومي الأربعاء' quote the future verb that sends the date
# ahead, which the word lists and the future's pattern must still see.
_UNQUOTE = str.maketrans(dict.fromkeys('"«»“”', " "))


def _alt(words) -> str:  # type: ignore[no-untyped-def]
    # longest first so a word is never cut short by its own prefix; then alphabetical, so
    # that the pattern's text does not follow the set's hash order from run to run
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                    sorted(words, key=lambda w: (-len(w), w)))


_MON = rf"(?:{_alt(_MONTHS)})"
_MONTH = rf"(?P<mon>{_MON})(?:\s*(?:/|\\|-)\s*(?P<mon2>{_MON})|\s*\(\s*(?P<mon3>{_MON})\s*\))?"
# "الـ15 من أيار": Levantine copy puts the article on a day number (tatweel folded away)
_ART_DAY = r"(?:ال\s?)?"
_DAY = _ART_DAY + r"(?P<day>[0-3]?\d)" + (
    rf"(?:\s*(?:{_alt(fold_set(V.DAY_RANGE_LINKS))})\s*[0-3]?\d|\s+و\s*[0-3]?\d)?")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# After a four-digit number, "و" and a second number with its own noun: a range of
# amounts whose noun (a currency, people, barrels) tells the first end too.
_PAIRED_AMOUNT = re.compile(r"\s*و\s*\d+\s+(\w+)")
_MOD = rf"(?:{_alt(fold_set(V.MONTH_MODIFIERS))})\s+(?:شهر\s+)?"
_REL = (rf"(?P<rel>{_alt(fold_set(V.PAST_WORDS + V.FUTURE_WORDS + V.CURRENT_WORDS))})"
        r"(?!\w)")
_WD = rf"(?:{_alt(_WEEKDAYS)})"
_PART = rf"(?P<part>{_alt(fold_set(V.DAY_PARTS))})"
_DPART = rf"(?:{_alt(fold_set(V.DATE_DAY_PARTS))})\s+"  # "ليلة الرابع عشر من"
_ORD = rf"(?P<ord>{_alt(fold_set(V.ORDINALS))})"
_DAY_ORDS = {fold_word(k): v for k, v in V.DAY_ORDINALS.items()}
_CREL_WORDS = fold_set(V.PAST_WORDS + V.FUTURE_WORDS + V.CURRENT_WORDS) - {"هذا"}
_PERIODS = {fold_word(k): v for k, v in V.PERIOD_UNITS.items()}
_WEEK_UNITS = [k for k, v in _PERIODS.items() if v == "week"]
_FIRST_DAY = fold_set(V.FIRST_DAY_WORDS)
_ODAY = (rf"(?:(?P<oday>{_alt(_DAY_ORDS)})\s+من\s+|(?P<gday>{_alt(_FIRST_DAY)})\s+)"
         r"(?:شهر\s+)?")
_LEAD = r"(?:(?<=[^\w])|^)(?:[وفبل](?=\S))?"
# Hijri: "10 محرم 1440 هـ", "15 من شهر رمضان", "رمضان 1439"; a year is 13xx-15xx.
_HMON = rf"(?:{_alt(_HIJRI)})"
# Parts of a month before a Hijri month ("مطلع محرم", "منتصف رمضان"); not "أول"/"آخر",
# which before a Hijri month name its first or last day ("أول رمضان").
_HIJRI_MODS = fold_set(V.MONTH_MODIFIERS) - fold_set(V.FIRST_LAST_WORDS)
_START_MODS = fold_set(V.MONTH_START_MODIFIERS)
_HYEAR = r"(?:\s*،?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<{}>1[3-5]\d\d)(?!\d)(?:\s*ه(?!\w))?)"
_HMARK = rf"\s*(?:{_alt(fold_set(V.HIJRI_YEAR_MARKS))})(?!\w)"
_HIJRI_RE = (
    # numeric with the era mark, day first or year first (Gulf copy): "24/8/1439هـ",
    # "1439/8/24هـ"
    rf"(?P<hnd>[0-3]?\d)\s*/\s*(?P<hnm>[01]?\d)\s*/\s*(?P<hny>1[3-5]\d\d){_HMARK}"
    rf"|(?P<hny2>1[3-5]\d\d)\s*/\s*(?P<hnm2>[01]?\d)\s*/\s*(?P<hnd2>[0-3]?\d){_HMARK}"
    # the day as a number, an ordinal ("العاشر من رمضان") or "غرة" (the first)
    rf"|(?:(?P<hd>[0-3]?\d)\s+(?:من\s+)?|(?P<hod>{_alt(_DAY_ORDS)})\s+من\s+"
    rf"|(?P<hgd>{_alt(_FIRST_DAY)})\s+)"
    rf"(?:شهر\s+)?(?P<hm>{_HMON}){_HYEAR.format('hy')}?(?!\w)"
    # "12 رمضان الماضي": the latest such day, which the year rule finds anyway
    rf"(?:\s+(?:{_alt(fold_set(V.PAST_WORDS))})(?!\w))?"
    rf"|(?P<hm2>{_HMON}){_HYEAR.format('hy2')}"
    # a Hijri year alone needs its era mark: "1438 هـ", "1445هـ", "1430 هجرية"
    rf"|(?P<hyo>1[3-5]\d\d)\s*(?:{_alt(fold_set(V.HIJRI_YEAR_MARKS))})(?!\w)"
    # a Hijri month alone is a date only with a part of the month before it ("مطلع محرم")
    # or "الماضي/الجاري/المقبل" after it ("في رمضان الماضي"), as a name or word never is
    rf"|(?P<hmod>{_alt(_HIJRI_MODS)})\s+(?:شهر\s+)?(?P<hm3>{_HMON})"
    rf"(?:\s+(?P<hrel>{_alt(_CREL_WORDS)}))?(?!\w)"
    rf"|(?P<hm4>{_HMON})\s+(?P<hrel2>{_alt(_CREL_WORDS)})(?!\w)"
)

_DATE_RE = re.compile(
    _LEAD + r"(?P<x>"
    # numeric: 28-4-2018, 28/ 4 /2018, 2018-04-28
    r"(?P<nd>[0-3]?\d)\s*(?P<ns>[-/.])\s*(?P<nm>[01]?\d)\s*(?P=ns)\s*(?P<ny>(?:19|20)\d\d)(?!\d)"
    r"(?:م(?!\w))?"  # "9/5/2018م": the Gregorian era mark glued to the year
    # the year first, as Gulf and Iraqi copy also writes it: 2018-04-28, 2018/4/28
    r"|(?P<iy>(?:19|20)\d\d)(?P<is>[-/])(?P<im>[01]?\d)(?P=is)(?P<id>[0-3]?\d)(?!\d)"
    # [part] [أمس] weekday [إلى weekday] [ordinal|rel] [day month [year]]
    # "مساء يوم الجمعة": a time of day, then يوم, then the weekday
    rf"|(?:{_PART}\s+(?:يوم\s+)?)?"
    # ("أول أمس الثلاثاء", "أول من أمس الثلاثاء": the day before yesterday, one date)
    rf"(?:(?P<awl0>اول\s+(?:من\s+)?(?=امس))?"
    rf"(?P<ams>{'|'.join(V.YESTERDAY_TODAY_TOMORROW_FOLDED)})(?:\s+(?P<ams2>الاول))?\s+)?"
    rf"(?P<wd>{_WD})"
    rf"(?:(?:\s+(?:(?:{_alt(fold_set(V.NIGHT_LINKS))})\s+|و)?|\s*-\s*)(?P<wd2>{_WD}))?"
    rf"(?:\s+{_ORD}|\s+(?P<wrel>{_alt(fold_set(V.PAST_WORDS + V.FUTURE_WORDS))})(?!\w)"
    # "الاثنين من الأسبوع الماضي": the weekday of the week named
    rf"|\s+من\s+(?P<wweek>{_alt(_WEEK_UNITS)})\s+(?P<wwrel>{_alt(_CREL_WORDS)})(?!\w))?"
    rf"(?:\s*،?\s*(?P<wday>[0-3]?\d)\s+(?P<wmon>{_MON})(?:\s*/\s*{_MON})?"
    r"(?:\s+(?P<wyear>(?:19|20)\d\d))?"
    rf"(?:\s+(?P<wmrel>{_alt(_CREL_WORDS)})(?!\w))?)?"  # "السبت 5 مايو الجاري"
    rf"|{_HIJRI_RE}"
    # [يوم] day|ordinal من الشهر الجاري/الماضي/المقبل, من هذا الشهر
    rf"|(?:يوم\s+|{_DPART})?(?:{_ART_DAY}(?P<cday>[0-3]?\d)|(?P<coday>{_alt(_DAY_ORDS)}))\s+من\s+"
    rf"(?:(?P<cthis>هذا)\s+الشهر|الشهر\s+(?P<crel>{_alt(_CREL_WORDS)}))(?!\w)"
    # [mod] [day] month[/month] [year] [rel]
    rf"|(?:{_MOD})?(?:(?:{_DPART})?(?:{_DAY}\s+(?:من\s+)?|{_ODAY}))?{_MONTH}(?:\s*،?\s*(?:من\s+)?(?:عام\s+|العام\s+)?{_YEAR}"
    # "أبريل من العام الماضي", "28 جويلية من السنة الماضية": the year named from publication
    rf"|\s+من\s+(?:العام|السنه)\s+(?P<myrel>{_alt(_CREL_WORDS)})(?!\w))?"
    rf"(?:\s+{_REL})?"
    # [mod] الأسبوع/الشهر/العام الماضي/الجاري/المقبل
    rf"|(?:{_MOD})?(?P<punit>{_alt(_PERIODS)})\s+(?P<prel>{_alt(_CREL_WORDS)})(?!\w)"
    # [mod] الشهر alone: "مطلع الشهر", "منتصف الشهر" (the month of publication, unless
    # the sentence named a month before it; see ``_this_month``)
    rf"|(?:{_MOD})(?P<pthis>الشهر)(?!\w)"
    # [mod] year
    # (a range of years, "العام الدراسي 2023-2024", is two years; "2018-04" is not one)
    rf"|(?:{_MOD})?(?P<y2>(?:19|20)\d\d)(?![\d/.]\d|-(?!(?:19|20)\d\d(?!\d))\d)"
    # [part] أمس [الأول] / [part] اليوم / غدا / بعد غد / أول (من) أمس
    # "صباح يوم أمس": a time of day, then يوم, as before a weekday
    rf"|(?:{_PART.replace('?P<part>', '?P<rpart>')}\s+(?:يوم\s+)?)?"
    rf"(?P<rday>{_alt(_RELATIVE)})(?:\s+(?P<awl>الاول))?"
    r")(?!\w)"
)


def find_dates_ar(text: str, published: str | None = None) -> list[dict[str, Any]]:
    folded = folded_text(text)  # shared with the other engines
    ft = folded.text
    pub = _parse_pub(published)
    out: list[dict[str, Any]] = []
    # weekdays the report tied to a date ("يوم الجمعة 20 نيسان"): the same weekday named
    # bare later in it ("بعد صلاة الجمعة") is that day, not the latest such weekday
    named: dict[str, str] = {}
    last_month = ""  # the month of the latest date with a month name ("2018-04")
    # a headline's bare weekdays (index in ``out``, weekday): the body tells which one
    head_end = ft.find("\n")
    bare_head: list[tuple[int, str]] = []
    told: dict[str, str] = {}  # weekday -> the body's first reading with a date or "next"
    spans: list[tuple[int, int, bool]] = []  # each date's folded span; a Hijri day?
    for m in _date_matches(ft):
        if _names_something(m, ft) or _hamza_below_ab(m, folded):
            continue
        res = _resolve(m, ft, pub, _madda_ab(m, folded))
        if res is None:
            continue
        value, precision = res
        if value and (m.group("mon") or m.group("wmon")) and len(value) >= 7:
            last_month = value[:7]
        elif m.group("pthis") and value and last_month and last_month < value and (
                _month_end(m) and not _future(ft, m) and not _asked(ft, m)):
            value = last_month  # "وفي السابع من نيسان ... ومع نهاية الشهر": April's end
        if m.group("wd") and value:
            wd = _norm(m.group("wd"))
            if m.group("wmon"):
                named[wd] = value
            elif wd in named and not (m.group("wrel") or m.group("ams") or m.group("wweek")):
                value = named[wd]
            if pub and out and _after_until(ft, m.start("x")) and not (
                    m.group("wrel") or m.group("ams") or m.group("wmon") or m.group("wweek")):
                value = _after_start(ft, m, out, spans, value, pub)
            elif pub and out and ft[spans[-1][1]:m.start("x")].strip() == "و" and not (
                    m.group("wrel") or m.group("ams") or m.group("wmon") or m.group("wweek")):
                value = _pair_ahead(ft, m, out, value, pub)
            bare = not (m.group("wrel") or m.group("ams") or m.group("wmon") or m.group(
                "wd2") or m.group("ord") or m.group("wweek"))
            if bare and m.start("x") < head_end:
                bare_head.append((len(out), wd))
            elif m.start("x") > head_end > 0:
                # (a bare one in the body is the headline's own: "قتل 3 الأحد" ... "جلسة
                # الأحد المقبل" tells nothing of it)
                told.setdefault(wd, "" if bare else value)
        s, e = folded.span(m.start("x"), m.end("x"))
        out.append({"start": s, "end": e, "text": text[s:e], "value": value,
                    "precision": precision})
        # (a Hijri day is the one date read to the week; "الأسبوع الماضي" names a period)
        spans.append((m.start("x"), m.end("x"), precision == "week" and not m.group("punit")))
    _corresponding(ft, out, spans)
    for i, wd in bare_head:
        # "حظر تجول اعتبارا من السبت" over "... اعتبارا من السبت المقبل": a headline
        # shortens the body's day, which says whether it is the last or the next one
        if told.get(wd):
            out[i]["value"] = told[wd]
    return out


def _after_start(ft: str, m: re.Match[str], out: list[dict[str, Any]],
                 spans: list[tuple[int, int, bool]], value: str, pub: date) -> str:
    """"من مساء الاثنين حتى صباح الأربعاء"، "خطفوا يوم الخميس، ولم يفرج عنهن حتى مساء
    السبت": a bare weekday after "حتى"/"إلى" ends a stretch that a day named before it in
    the sentence opens, so it is the first such weekday after that day (it had been read
    back from the publication, or as the same weekday named with a date earlier)."""
    if not out or len(value) != 10 or not _after_until(ft, m.start("x")) or _prev_word(
            ft, m.start("x")) not in _UNTIL:
        return value
    start = out[-1]["value"]
    if not start or len(start) != 10 or out[-1]["precision"] != "day" or re.search(
            r"[.!?؟\n]", ft[spans[-1][1]:m.start("x")]):
        return value
    first, this = date.fromisoformat(start), date.fromisoformat(value)
    if this > first:
        return value
    end = first + timedelta(days=(this.weekday() - first.weekday() - 1) % 7 + 1)
    if end > pub and first < pub:
        return value  # a stretch begun in the past does not run past the report
    return end.isoformat()


def _pair_ahead(ft: str, m: re.Match[str], out: list[dict[str, Any]], value: str,
                pub: date) -> str:
    """"قررت النقابة الإضراب يومي الأحد والاثنين": the second of two weekdays joined by
    "و" follows the first, so when the first was read ahead (on or after publication) the
    second is the first such day after it, not one read back on its own. A measure announced for
    the two days may already run: when the pair's earlier occurrence ends on the day of
    publication ("تعليق الدراسة يومي الاثنين والثلاثاء" on a Tuesday), both are that one,
    unless the clause speaks of the future, which is always the coming pair."""
    first = out[-1]["value"]
    if not first or len(first) != 10 or len(value) != 10 or out[-1]["precision"] != "day":
        return value
    start = date.fromisoformat(first)
    if start < pub:
        return value
    gap = (date.fromisoformat(value).weekday() - start.weekday()) % 7 or 7
    if start - timedelta(days=7 - gap) >= pub and not _future(ft, m):
        # the earlier pair ends on publication's day: it is running now
        out[-1]["value"] = (start - timedelta(days=7)).isoformat()
        return (start - timedelta(days=7 - gap)).isoformat()
    return (start + timedelta(days=gap)).isoformat()


_CORRESPONDING = fold_set(V.CORRESPONDING_WORDS)


def _corresponding(ft: str, out: list[dict[str, Any]], spans: list[tuple[int, int, bool]]
                   ) -> None:
    """"4 أيار 2018 الموافق 17 شعبان 1439 هـ" (either way round): the text gives the
    Gregorian day of its Hijri date, which the tabular calendar only approximates, so the
    Hijri day takes it (when the two are within two days of each other)."""
    for i in range(len(out) - 1):
        (_, a1, ah), (b0, _, bh) = spans[i], spans[i + 1]
        if ah == bh or b0 - a1 > 24:
            continue  # (a link is a word or two: never split the text between far dates)
        link = ft[a1:b0].replace("،", " ").split()
        if not link or len(link) > 2 or link[0] not in _CORRESPONDING:
            continue
        hijri, greg = (out[i], out[i + 1]) if ah else (out[i + 1], out[i])
        if greg["precision"] != "day" or not hijri["value"] or not greg["value"] or len(
                greg["value"]) != 10:
            continue
        gap = abs((date.fromisoformat(hijri["value"]) - date.fromisoformat(greg["value"])).days)
        if gap <= 2:
            hijri["value"], hijri["precision"] = greg["value"], "day"


# Every date starts with a digit or one of these words, possibly behind a clitic. Their
# prefix tree opens with literal letters, which the regex engine skips to in C; _DATE_RE
# itself opens with a look-behind and would be tried at every position of the text.
_DATE_START_WORDS = (
    {w.split()[0] for w in (*_MONTHS, *_WEEKDAYS, *fold_set(V.MONTH_MODIFIERS),
                            *fold_set(V.DAY_PARTS), *_HIJRI, *_DAY_ORDS, *_PERIODS,
                            *_FIRST_DAY)}
    | set(_RELATIVE))  # whole: "بعد غد" must not make every "بعد" a start
# Two scans: the words' branches alone (each opens with its letter, so the engine skips in
# C to the next first letter; one alternation of the words and "\d+" was tried at every
# position), and the digit runs. A word match holds no digit and a digit run no letter or
# space, so neither scan can hide a start of the other: together they find exactly the
# matches of that one alternation.
_START_WORD = re.compile(alt_branches(_DATE_START_WORDS))
_DIGIT_RUN = re.compile(r"\d+")
assert not any(ch.isdigit() for w in _DATE_START_WORDS for ch in w)
_CLITICS = frozenset("وفبل")
_MONTH_ANYWHERE = re.compile(rf"(?<!\w)[وفبل]?{_MON}(?!\w)")
_NAMED_HEADS = fold_set(V.DATE_NAMED_HEADS)
# A dateline's source slot: the place (one to three words) and a dash before, a colon after
# ("بغداد - البيان:"): what stands there is the outlet, even a name made of a date.
_DATELINE_SLOT_BEFORE = re.compile(r"[ \t]*(?:\w+[ \t]+){0,2}\w+[ \t]*[-–—][ \t]*")
_DATELINE_SLOT_AFTER = re.compile(r"[ \t]*:")
_DATELINE_SLOT_HEAD = re.compile(
    r"[ \t]*(?:\w+[ \t]+){0,2}\w+[ \t]*[-–—][ \t]*(?P<head>(?:[^\W\d]+[ \t]+){0,2})")
_DATELINE_SOURCE_MAX_WORDS = V.DATELINE_SOURCE_MAX_WORDS
_WEB_SUFFIXES = fold_set(V.WEB_SUFFIXES)
_WEEKDAY_HEADS = fold_set(V.WEEKDAY_NAMED_HEADS)
# "الأحد عشر"، "الإحدى عشرة": eleven opens with the word for Sunday; its second word is
# the ten of every compound from eleven to nineteen.
_SUNDAY = fold_word("الأحد")
_TEENS_TENS = frozenset(V.TEEN_TENS_FOLDED)
_MONTH_PARTS = fold_set(V.MONTH_PART_NOUNS)
_MONTH_NOUNS = frozenset(V.MONTH_NOUN_FORMS)
# An outlet's noun with its clitics ('لصحيفة'، 'وقناة'، 'الإذاعة') before a quoted name.
_OUTLET_HEADS = frozenset(c + h for c in V.QUOTED_NAME_HEAD_CLITICS
                          for h in fold_set(V.MEDIUM_PUBLISHERS))


def _date_matches(ft: str) -> list[re.Match[str]]:
    """The matches of ``_DATE_RE.finditer(ft)``, tried only where a date can start: at a
    start word or digit run, or at a clitic right before one."""
    starts: set[int] = set()
    for m in chain(_START_WORD.finditer(ft), _DIGIT_RUN.finditer(ft)):
        p = m.start()
        starts.add(p)
        if p > 0 and ft[p - 1] in _CLITICS:
            starts.add(p - 1)
        if ft[p].isdigit():
            # "الـ15 من الشهر": the article before a day number (maybe with a space)
            for q in (p - 2, p - 3):
                if q >= 0 and ft.startswith("ال", q) and ft[q + 2:p].strip() == "":
                    starts.add(q)
                    if q > 0 and ft[q - 1] in _CLITICS:
                        starts.add(q - 1)
    found: list[re.Match[str]] = []
    last = 0
    for p in sorted(starts):
        if p < last:
            continue
        m = _DATE_RE.match(ft, p)
        if m and ft.startswith(_APPEARING, m.start("x")) and _appeared(ft, m):
            # "وظهر الخميس زعيم التنظيم": the verb "appeared", then the date
            # (the word's gap may be any space: a tab found no " " and stopped extract())
            gap = _GAP.search(ft, m.start("x"))
            m = _DATE_RE.match(ft, gap.end()) if gap else None
        if m and _two_weekdays(ft, m):
            # "يومي الأحد والاثنين": each day its own date; the second is tried next
            m = _DATE_RE.match(ft, p, m.end("wd"))
            if m:
                found.append(m)
                last = m.end()
            continue
        if m and not _ordinal_adjective(ft, m):
            found.append(m)
            last = m.end()
    return found


_SPAN_WORDS = V.DATE_SPAN_OPENERS


def _two_weekdays(ft: str, m: re.Match[str]) -> bool:
    """Two weekdays joined by "و" with no time of day before them ("يومي الأحد
    والاثنين"، "الأحد والاثنين الماضيين") are two dates, each named by itself, as the
    corpus annotates every weekday; one expression is kept for a night ("ليل الخميس
    الجمعة"، "ليل الخميس إلى الجمعة") and for a stretch after "بين" ("بين الأحد
    والثلاثاء")."""
    if not m.group("wd2") or m.group("part") or m.group("ams"):
        return False
    if ft[m.end("wd"):m.start("wd2")].strip() != "و":
        return False
    return _prev_word(ft, m.start("x")) not in _SPAN_WORDS


_APPEARING = tuple(fold_set(V.APPEARING_DAY_PARTS))
_GAP = re.compile(r"\s")
_VERB_PARTICLES = fold_set(V.VERB_PARTICLES)
_APPEARANCE_MEDIA = fold_set(V.APPEARANCE_MEDIA)
_ARTICLE_LIKE_VERBS = fold_set(V.ARTICLE_LIKE_VERBS)
_SUBJECT_WORDS = fold_set(V.HEADLINE_SPEAKER_WORDS) | fold_set(V.PERSON_SINGULAR) | frozenset(
    V.KUNYA_WORDS_FOLDED)
_MEDIUM_PREPS = frozenset(V.MEDIUM_PREPOSITIONS)
_BI_LI = V.BI_LI_PREFIXES  # the names below are read once per date found
_CONJ_CLITICS = V.CONJUNCTION_CLITICS
_FEMININE_ENDINGS = V.FEMININE_NOUN_ENDINGS
_NUMBERED_THINGS = V.NUMBERED_THING_NOUNS_FOLDED
_TOLD_DAY_OPENERS = V.TOLD_DAY_OPENERS_FOLDED
_LI_BI_LIL = V.LI_BI_PREFIXES
_TO_EXCEPT = V.TO_EXCEPT_FOLDED


def _appeared(ft: str, m: re.Match[str]) -> bool:
    """Is the time of day opening ``m`` ("ظهر") the verb "appeared" rather than noon? After
    a particle only a verb follows ("بعد أن ظهر الخميس")؛ with a medium one appears in after
    the date ("ظهر الخميس في تسجيل مصور")؛ or opening its clause (the text's or a line's
    start, a comma, a dash, "و"/"ف") with a subject after the date ("وظهر الخميس زعيم
    التنظيم"، "ظهر 14 أيار مسلحون"; "وظهر الخميس، قصفت ..." and "ظهر الخميس اندلعت ..."
    are noon)."""
    x = m.start("x")
    head = ft[x:x + 4]
    if head[:3] not in _APPEARING or not head[3:].isspace():
        return False
    lead = ft[m.start():x]
    if lead in _BI_LI:
        return False  # "بظهر": a preposition before the noun
    nxt = re.match(r"\s*(\S+)(?:\s+(\S+))?", ft[m.end("x"):m.end("x") + 60])
    after, second = (nxt.group(1), nxt.group(2) or "") if nxt else ("", "")
    if after in _MEDIUM_PREPS and any(second.startswith(w) or second[1:].startswith(w)
                                      or second[2:].startswith(w) for w in _APPEARANCE_MEDIA):
        return True
    prev = _prev_word(ft, m.start())
    if not lead and prev in _VERB_PARTICLES:
        return True
    before = ft[max(0, m.start() - 3):m.start()].rstrip(" ")
    opens = lead in _CONJ_CLITICS or before == "" or before[-1:] in ("\n", "،", ",", "-", ".")
    if not opens:
        return False
    word = after[1:] if after[:1] == "و" and len(after) > 3 else after
    if after.startswith("ال") and len(after) > 3 and after not in _ARTICLE_LIKE_VERBS:
        return True
    # a listed person or title, or an indefinite nominative plural ("مسلحون"; a present
    # verb in ون opens with its prefix: "يقصفون")
    return word in _SUBJECT_WORDS or (after.endswith("ون") and len(after) > 4
                                      and after[0] not in "يتنس")


def _ordinal_adjective(ft: str, m: re.Match[str]) -> bool:
    """"الأسبوع الأول من الشهر الجاري": an ordinal right after a definite noun describes
    that noun; it names no day, and "الشهر الجاري" inside it is found on its own. So does
    an ordinal after a part of a month ("الأسبوع الأول من نيسان": "نيسان" is the date)."""
    if m.group("oday") and _prev_word(ft, m.start("x")) in _MONTH_PARTS:
        return True
    if not m.group("coday") or m.group("x").startswith("يوم"):
        return False
    prev = _prev_word(ft, m.start("x"))
    # A day's ordinal is masculine; after a feminine or plural noun ("الاشتباكات الثالث
    # من الشهر") it cannot be that noun's adjective, so it is the day.
    return prev.startswith("ال") and not prev.endswith(_FEMININE_ENDINGS)


def _names_something(m: re.Match[str], ft: str) -> bool:
    """"شارع 14 رمضان", "ميدان 6 أكتوبر", "ثورة 25 يناير": a day and month right after a
    street, square or event noun is that thing's name, whose year the text does not give;
    so is a bare weekday after a market ("سوق الخميس")."""
    if _quoted_name(m, ft) or _outlet_named_for_date(m, ft):
        return True
    if m.group("wd") and m.group("x") == m.group("wd"):
        x = m.start("x")
        if m.group("wd") == "الاثنين" and _the_two_of(_prev_word(ft, x)):
            return True  # "المصابين الاثنين": the numeral "the two" after its noun
        if m.group("wd") == _SUNDAY and _next_word(ft, m.end("x")) in _TEENS_TENS:
            return True  # "أفراد طاقمه الأحد عشر": the numeral eleven, not Sunday
        window = ft[max(0, x - 8):x]
        for h in _WEEKDAY_HEADS:
            if h in window:
                break
        else:
            return False  # (the cheap question first: ``_prev_word`` is a regex search)
        prev = _prev_word(ft, x)
        # "الغارة على سوق الخميس": a market named for its day
        return prev in _WEEKDAY_HEADS or (prev[:1] in _CLITICS and prev[1:] in _WEEKDAY_HEADS)
    if not (m.group("day") or m.group("hd") or m.group("oday") or m.group("hod")
            or m.group("gday") or m.group("hgd")):
        return False
    prev = _prev_word(ft, m.start("x"))
    return prev in _NAMED_HEADS or (prev[:1] in _CLITICS and prev[1:] in _NAMED_HEADS)


def _outlet_named_for_date(m: re.Match[str], ft: str) -> bool:
    """"إب - 26 سبتمبر:"، "26 سبتمبر نت - خاص": outlets named for a national day stand in
    a dateline's source slot, or open their byline's line with a site's suffix after them;
    a date in either place is the outlet's name. A dateline's own date carries its year
    ("القاهرة - 14 أكتوبر 2017:")."""
    if _dateline_source(m, ft):
        return True
    if not m.group("day") or m.group("year"):
        return False
    x = m.start("x")
    line = ft.rfind("\n", 0, x) + 1
    if not ft[line:x].strip():
        return _next_word(ft, m.end("x")) in _WEB_SUFFIXES
    return bool(_DATELINE_SLOT_BEFORE.fullmatch(ft, line, x)
                and _DATELINE_SLOT_AFTER.match(ft, m.end("x")))


def _dateline_source(m: re.Match[str], ft: str) -> bool:
    """"حيس - سبتمبر نت"، "ديالى - بغداد اليوم": a line that is only a dateline, a place
    then a dash and a short source slot, names the outlet after the dash; a date word there
    with a word of the name before it or a site's suffix after it belongs to that name, not
    to the story ("بيروت - الاثنين" alone keeps its weekday)."""
    x = m.start("x")
    line = ft.rfind("\n", 0, x) + 1
    slot = _DATELINE_SLOT_HEAD.fullmatch(ft, line, x)
    if slot is None:
        return False
    end = ft.find("\n", m.end("x"))
    tail = ft[m.end("x"):len(ft) if end < 0 else end].split()
    head = slot.group("head").split()
    if len(head) + len(tail) > _DATELINE_SOURCE_MAX_WORDS - 1:
        return False
    return bool(head) or (bool(tail) and tail[0] in _WEB_SUFFIXES)


def _the_two_of(prev: str) -> bool:
    """Is ``prev`` a definite dual or plural in "ين" ("المصابين"، "الجنديين"), after which
    "الاثنين" agrees with it as the numeral "the two", not Monday?"""
    return len(prev) > 5 and prev.startswith("ال") and prev.endswith("ين")


_NAME_QUOTES = {"«": "»", '"': '"', "“": "”"}
_QUOTED_NAME_TAIL = re.compile(r"\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*([»\"”])")


def _quoted_name(m: re.Match[str], ft: str) -> bool:
    """'«سبتمبر نت»'، '"أكتوبر الإخبارية"': a quotation that opens with the date words and
    goes on with one or two words that are not dates is a name (of an outlet, a channel,
    a movement), not a date. A quotation holding only the date is left as a date, save
    after an outlet's noun (``_outlet_quoted_alone``)."""
    x = m.start("x")
    q = x - 1
    while q >= 0 and ft[q] == " ":
        q -= 1
    if q < 0 or ft[q] not in _NAME_QUOTES:
        return False
    tail = _QUOTED_NAME_TAIL.match(ft, m.end("x"))
    if tail:
        return tail.group(1) == _NAME_QUOTES[ft[q]]
    return _outlet_quoted_alone(ft, q, m.end("x"))


def _outlet_quoted_alone(ft: str, q: int, end: int) -> bool:
    """'لصحيفة "14 أكتوبر"'، 'قناة «26 سبتمبر»': a quotation holding only the date, right
    after an outlet's noun, is the outlet's name (papers are named for national days); the
    noun says a name follows, as the words after a date inside a quotation do."""
    close = end
    while close < len(ft) and ft[close] == " ":
        close += 1
    if close >= len(ft) or ft[close] != _NAME_QUOTES[ft[q]]:
        return False
    return _prev_word(ft, q) in _OUTLET_HEADS


def _parse_pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _future(ft: str, m: re.Match[str]) -> bool:
    """Future context: the phrase itself or up to 8 words before it in the sentence. A
    date right after "منذ" (since) is behind, whatever was promised before it ("إن القوة
    ستواصل دعم الجيش وإن دورياتها تجاوزت 300 دورية منذ كانون الثاني"), and "كان" right
    before the date opens a clause of its own time, which a cue before it does not reach
    ("إنها ستتعاون مع المفوضية بعد أن كانت علقت التعاون في الأول من تشرين الأول"), as in
    ``_future_clause``."""
    lo = max(0, m.start() - 80)
    parts = re.split(r"[.!?؟\n]", ft[lo:m.start()])
    head = parts[-1].translate(_UNQUOTE)
    if len(parts) == 1 and lo > 0 and ft[lo - 1].isalnum() and ft[lo].isalnum():
        head = head.partition(" ")[2]  # a word the window cuts ("مستوطنون" cut to "ستوطنون")
    words = head.split()
    if words and words[-1] in _SINCE:
        return False
    was = next((i for i in range(len(words) - 1, max(-1, len(words) - 1 - _WAS_REACH), -1)
                if words[i] in _WAS), None)
    if _expected(words):
        return True
    if was is not None:
        head = " ".join(words[was + 1:])
        words = words[was + 1:]
    words = words[-8:]
    if any(w in _FUTURE_CUES or w.lstrip("وف") in _FUTURE_CUES for w in words):
        return True
    if words and words[-1] in _MAY_TIME_WORDS and any(
            w in _MAY and _may_present(n) for w, n in pairwise(words)):
        # "قد تنخفض الأسعار قبل نهاية كانون الثاني": "may", still to come, when the date is
        # the verb's time ("في"، "قبل"، "حتى"), not a noun's ("عن توقعات يناير")
        return True
    return _future_verb(head) or _future_clause(ft, m.start())


def _may_present(word: str) -> bool:
    """Is ``word``, right after "قد", a present verb? Only a verb stands there, so besides
    the openings no past verb shares (``_present_verb``), a "ت" opens a present unless the
    word can be a past of the forms that open on "ت" themselves ("توقف"، "تسلم"، "تعرض" are
    four letters; "توقفت" ends on the past's "ت"; "تجاوز"، "تراجع" have their "ا" third),
    as "تنخفض" cannot."""
    word = word.rstrip("،,؛;:.")  # ("قد تعهدت، الأحد،": the comma is no part of the verb)
    return _present_verb(word) or (
        word[:1] == "ت" and len(word) >= 5 and not word.endswith("ت") and word[2] != "ا")


def _expected(words: list[str]) -> bool:
    """"الافتتاح متوقع مطلع كانون الأول"، "المباحثات المقررة الخميس": a participle of
    expecting or setting among the eight words before the date, not told with "كان" right
    before it ("الانتخابات التي كانت مقررة في 24 ديسمبر": set once, maybe past)."""
    start = max(0, len(words) - 8)
    return any((w in _EXPECTED or w.lstrip("و") in _EXPECTED) and _WAS.isdisjoint(
        words[max(0, i - 3):i]) for i, w in enumerate(words[start:], start))


def _future_verb(text: str) -> bool:
    """Does ``text`` hold "سوف" or a verb the future's "س" opens, a listed stem or any
    verb by its shape (``future_prefix_verb``)?"""
    return bool(_FUTURE_S.search(text)) or any(
        future_prefix_verb(w) for w in _WORD.findall(text))


def _future_clause(ft: str, at: int, max_words: int = 24) -> bool:
    """"ومن المنتظر أن تبدأ القوات نشر ... لحماية المراكز مطلع تشرين الأول": a cue that
    puts its whole clause ahead, further back than the eight words ``_future`` reads. A
    clause of its own told with "كان" right before the date ("يستعد الليبيون لاستقبال عام
    2022 وسط تأجيل الانتخابات التي كانت مقررة في 24 ديسمبر") has its own time, which the
    cue before it does not reach; the date is read as any other is."""
    clause = re.split(r"[.!?؟\n،,]", ft[max(0, at - 200):at])[-1].translate(
        _UNQUOTE).split()[-max_words:]
    for i, w in enumerate(clause):
        if (w in _CLAUSE_FUTURE or w.lstrip("وف") in _CLAUSE_FUTURE) and _WAS.isdisjoint(
                clause[max(0, i - 2):i]):
            return _WAS.isdisjoint(clause[max(i + 1, len(clause) - _WAS_REACH):])
    return False


def _pay_month(ft: str, m: re.Match[str]) -> bool:
    """Is the month the one a pay is owed for ("رواتب شهر آب"، "مستحقات تموز")? A pay
    noun is one of the two words before the month's name."""
    head = ft[max(0, m.start("mon") - 40):m.start("mon")].split()[-2:]
    return any(w in _PAY_NOUNS or w[1:] in _PAY_NOUNS for w in head)


def _scheduled(ft: str, m: re.Match[str]) -> bool:
    """"الموسم الذي يبدأ في يونيو": a start or an end told in the present before "في"
    is still to come (not in a past narrative: "كان الموسم يبدأ في يونيو")."""
    words = re.split(r"[.!?؟\n،]", ft[max(0, m.start("x") - 80):m.start("x")])[-1].split()
    if len(words) < 2 or words[-1] != "في":
        return False
    verb = words[-3] if words[-2] == "عاده" and len(words) > 2 else words[-2]
    return (verb in _SCHEDULE_VERBS or verb[1:] in _SCHEDULE_VERBS) and not any(
        w in _WAS for w in words[-8:])


def _clause_words(ft: str, at: int, span: int = 80) -> list[str]:
    """The words of the clause (up to a comma or a sentence's end) before ``at``, whole
    words only: a word the window's start cuts in two is left out ("المستقبل" cut to
    "قبل" read as a deadline)."""
    lo = max(0, at - span)
    parts = _CLAUSE_BREAK.split(ft[lo:at])
    words = parts[-1].translate(_UNQUOTE).split()
    if words and len(parts) == 1 and lo > 0 and not ft[lo - 1].isspace() and (
            not ft[lo].isspace()):
        return words[1:]
    return words


def _starts_on(words: list[str]) -> bool:
    """"وتنطلق الجولة الثانية الثلاثاء"، "أن الامتحانات تبدأ الأحد": a start or an end
    told in the present, up to six words before a bare weekday (the clause's ``words``),
    is still to come (not in a past narrative with "كان")."""
    return not _SCHEDULE_FORMS.isdisjoint(words[-6:]) and _WAS.isdisjoint(words[-8:])


def _lasting(words: list[str]) -> bool:
    """"المخزون يكفي حتى نهاية يوليو"، "ويستمر الإغلاق حتى الأحد": "حتى" right before
    the month (or its end) or the weekday, and lasting told in the present in the clause
    before it (``words``)."""
    if not words or words[-1] not in _UNTIL:
        return False
    return not _LASTING_FORMS.isdisjoint(words[-9:-1]) and _WAS.isdisjoint(words[-9:])


def _postponed(words: list[str]) -> bool:
    """"تأجيل بدء العام الدراسي إلى الرابع من تشرين الثاني": "إلى"/"حتى" right before the
    date, and a postponement or an extension up to ten words before it in its clause (not
    in a past narrative with "كان"), sends the date ahead."""
    if not words or words[-1] not in _UNTIL:
        return False
    return not _POSTPONING.isdisjoint(words[-11:-1]) and _WAS.isdisjoint(words[-11:])


def _ahead_until(words: list[str]) -> bool:
    """A month after "حتى"/"إلى" that lasting in the present or a postponement sends ahead."""
    return _lasting(words) or _postponed(words)


def _starting_from(words: list[str]) -> bool:
    """"حدادا وطنيا لمدة ثلاثة أيام اعتبارا من الثلاثاء": the start of a measure, right
    before a bare weekday, is announced before it runs (not in a past narrative with
    "كان")."""
    return len(words) >= 2 and words[-1] == "من" and words[-2] in _STARTING_FROM and (
        _WAS.isdisjoint(words[-10:]))


def _ahead_in_clause(ft: str, m: re.Match[str]) -> bool:
    """A bare weekday that a start in the present, the start of a measure, lasting or a
    truce before "حتى", or a measure announced for it sends ahead."""
    words = _clause_words(ft, m.start("x"))
    return _starts_on(words) or _starting_from(words) or _coinciding(words) or (
        _after_until(ft, m.start("x")) and (_ahead_until(words) or truce_until(words))) or (
        announced_for_day(words))


def _coinciding(words: list[str]) -> bool:
    """A coincidence told in the present among the clause's last words ("ويتزامن ... مع"),
    not in a past narrative with "كان"."""
    last = words[-14:]
    return not _COINCIDING.isdisjoint(last) and _WAS.isdisjoint(last)


_UNTIL_ENDS = tuple(_UNTIL)


def _after_until(ft: str, at: int) -> bool:
    """Does "حتى"/"إلى"/"لغاية" end the text before ``at`` (a plain string test, which most
    dates fail at once)?"""
    return ft[max(0, at - 12):at].rstrip().endswith(_UNTIL_ENDS)


def _deadline(ft: str, m: re.Match[str]) -> bool:
    """"دعت إلى هدنة قبل موسم الحصاد في أكتوبر": a deadline up to four words before the
    month, in a sentence that asks for something, is ahead."""
    head = ft[max(0, m.start("x") - 60):m.start("x")]
    if "قبل" not in head and "بحلول" not in head:
        return False  # (a plain substring test first: most months have no deadline)
    words = _clause_words(ft, m.start("x"), 60)[-5:]
    at = next((i for i, w in enumerate(words) if w in _DEADLINES or w[1:] in _DEADLINES), None)
    if at is None or (at + 1 < len(words) and _ago(words[at + 1])):
        return False  # "الهجوم الذي وقع قبل أسبوعين في مارس": "ago", no deadline
    return _asked(ft, m) or _stipulated(ft, m) or _awaited(ft, m) or _warned_of(ft, m) or (
        _hoped(ft, m)) or _purpose_by(ft, m) or _conditioned_or_pledged(ft, m) or (
        _plan_by(ft, m)) or _headline_plan(ft, m)


def _plan_by(ft: str, m: re.Match[str]) -> bool:
    """"وتهدف الخطة إلى تأهيل 40 مدرسة قبل نهاية تشرين الأول"، "أراضيهم تحتاج إلى الأسمدة
    قبل آذار"، "ويتعين على الوزارة تسليم الدفعة قبل أيلول": a deadline in a clause that
    names a plan or a need, or tells in the present or the future what is to be done, is
    still ahead. Not "ما قبل" (the time before), nor a past account with "كان" ("وكانت الخطة
    تقضي بإنجاز الطريق قبل تشرين الثاني"), nor a present verb of saying before a
    complementizer ("ويقول السكان إن المياه انقطعت قبل أيلول"); only the words after a
    relative count."""
    words = _clause_words_across_days(ft, m.start("x"), 160)
    at = max((i for i, w in enumerate(words) if w in _DEADLINES or w[1:] in _DEADLINES),
             default=None)
    if at is None or not _WAS.isdisjoint(words) or (at and words[at - 1] in _BEFORE_SPAN):
        return False
    before = words[:at]
    # a relative tells an event of its own ("ويتذكر الأهالي ما جرى قبل كانون الأول")
    rel = max((i for i, w in enumerate(before) if w in _WARNED_RELATIVES), default=-1)
    before = before[rel + 1:]
    return any(w in _PLAN or (w[:1] in "وف" and w[1:] in _PLAN) for w in before) or (
        _told_in_present(before)) or _opens_on_present(before) or _future_verb(
        " ".join(before))


def _opens_on_present(words: list[str]) -> bool:
    """"وتعمل الفرق على إصلاح الشبكة"، "وتشمل المرحلة الثانية ...": a verb in "ت" (the
    feminine's present, which ``_present_verb`` leaves out for the verbal nouns that open
    the same way) opening the clause, or what follows its last complementizer, before a
    definite subject. The second form's verbal noun ("تأهيل المدارس") is excluded by its
    shape, as in ``_subjunctive``."""
    last = max((i for i, w in enumerate(words) if w in _COMPLEMENTIZERS), default=-1)
    rest = words[last + 1:]
    if len(rest) < 2 or not rest[1].startswith("ال"):
        return False
    w = rest[0][1:] if rest[0][:1] in "وف" and len(rest[0]) > 4 else rest[0]
    return len(w) >= 4 and w[0] == "ت" and _subjunctive(w) and w not in _MONTHS and (
        not w.endswith(V.NOUN_NOT_VERB_ENDINGS))


def _headline_plan(ft: str, m: re.Match[str]) -> bool:
    """"رصف طريق العريش قبل أيلول" over a body that opens on the plan ("ستنتهي الشركة من
    رصف الطريق ..."): a headline told in verbal nouns gives no tense of its own, and its
    deadline is as far ahead as the body's first sentence puts what it tells."""
    line_end = ft.find("\n", m.end("x"))
    if line_end < 0 or "\n" in ft[:m.start("x")] or ft[:line_end].rstrip().endswith(
            (".", "!", "؟")):
        return False
    first = re.split(r"[.!?؟\n]", ft[line_end + 1:line_end + 300].lstrip())[0]
    words = first.translate(_UNQUOTE).split()
    return _WAS.isdisjoint(words) and (_future_verb(first) or any(
        w in _FUTURE_CUES or w.lstrip("وف") in _FUTURE_CUES or w in _CLAUSE_FUTURE
        or w.lstrip("وف") in _CLAUSE_FUTURE for w in words))


_COMMA_ASIDE = re.compile(r"،\s*(\S+(?:\s+\S+)?)\s*،")
_ASIDE_DAY_WORDS = frozenset((*_WEEKDAYS, *_DAY_PART_WORDS, *V.YESTERDAY_TODAY_FOLDED))


def _clause_words_across_days(ft: str, at: int, span: int) -> list[str]:
    """The clause's words before ``at`` (as ``_clause_words``) read across a day set
    between commas ("وتعهدت الحكومة، الأحد، بتوفير ..."): the day tells when the verb was
    said, and the clause goes on after it. Only a day, its part or "أمس"/"اليوم", one or
    two words."""
    lo = max(0, at - span)
    window = _COMMA_ASIDE.sub(
        lambda a: " " if set(a.group(1).split()) <= _ASIDE_DAY_WORDS else a.group(0),
        ft[lo:at])
    parts = _CLAUSE_BREAK.split(window)
    words = parts[-1].translate(_UNQUOTE).split()
    if words and len(parts) == 1 and lo > 0 and not ft[lo - 1].isspace():
        return words[1:]  # a word the window's start cuts in two
    return words


def _conditioned_or_pledged(ft: str, m: re.Match[str]) -> bool:
    """"اذا لم تفتح طريق التصدير قبل نيسان"، "متعهدة بإنجاز المرحلة الأولى قبل نهاية
    حزيران": a condition still to be met, or a pledge with its act after "بـ", in the
    deadline's clause (read back to its comma) has not come, nor has the deadline. The
    participle opens its clause, as a circumstantial does ("شركة متعهدة" is a contractor).
    Not in a past account with "كان" ("اذا كانت ... قبل نيسان"، "وكان قد تعهد ... قبل آب")."""
    words = _clause_words_across_days(ft, m.start("x"), 160)
    if not _WAS.isdisjoint(words):
        return False
    if not _CONDITIONS.isdisjoint(words):
        return True
    at = next((i for i, w in enumerate(words) if w in _PROMISED or (
        w[:1] in "وف" and w[1:] in _PROMISED) or (i == 0 and w in _PLEDGE_PARTICIPLES)), None)
    return at is not None and any(len(a) >= 4 and a[0] == "ب" and a[1] != "ل"
                                  for a in words[at + 1:])


def _open_condition(ft: str, m: re.Match[str]) -> bool:
    """"إذا بدأت الأمطار في موعدها منتصف يونيو": after "إذا" Arabic tells what may come in
    the past form, so a month in a condition's clause (read back to its comma) is ahead,
    whatever the verb's form. Not "ما إذا" (whether: "لا يعرفون ما إذا كانت وصلت في
    يونيو"), nor a clause told with "كان"."""
    if "اذا" not in ft[max(0, m.start("x") - 80):m.start("x")]:
        return False  # (a plain substring test first: most months have no condition)
    words = _clause_words(ft, m.start("x"))
    at = next((i for i, w in enumerate(words) if w in _CONDITIONS), None)
    if at is None or (at + 1 < len(words) and (
            words[at + 1].startswith("بال") or words[at + 1] in _SURPRISE)):
        return False  # "فإذا بالمسلحين يهاجمون القرية في مايو": a surprise, told as past
    return (at == 0 or words[at - 1] != "ما") and _WAS.isdisjoint(words[at:])


def _purpose_by(ft: str, m: re.Match[str]) -> bool:
    """"خصصت 450 مليون دينار لحفر 60 بئرا ارتوازية قبل حلول حزيران": what a sum, a plan
    or a need is for ("ل" and its verbal noun) is still to be done, and so the deadline it
    is to be done by is ahead, however many months on (``_coming_month`` reads a purpose's
    own month only one or two ahead). The purpose stands in the deadline's clause, a few
    words before the deadline word; not in a past account with "كان"."""
    words = _clause_words(ft, m.start("x"), 120)
    at = max((i for i, w in enumerate(words) if w in _DEADLINES or w[1:] in _DEADLINES),
             default=None)
    if at is None or not _WAS.isdisjoint(words):
        return False
    return any(_purpose_word(w) for w in words[max(0, at - _PURPOSE_REACH):at])


def _awaited(ft: str, m: re.Match[str]) -> bool:
    """"ان المؤسسة تنتظر هبة ... لتشغيل 12 محطة قبل حزيران": what a body awaits, told in
    the present, has not come; a deadline in the clause that waits (read back to its comma)
    is ahead, not in a past narrative with "كان" ("كانت تنتظر ... قبل حزيران")."""
    words = _clause_words(ft, m.start("x"), 200)
    return not _AWAITING.isdisjoint(words) and _WAS.isdisjoint(words)


def _hoped(ft: str, m: re.Match[str]) -> bool:
    """"معربا عن أمله في إنجاز الأحياء القديمة قبل حزيران": what is hoped for or intended
    has not come, and neither has its deadline, in the clause that hopes (read back to its
    comma). Not in a past account with "كان" ("كان يأمل ... قبل حزيران"), nor after a
    relative that tells a past event of its own ("أمله في عودة الذين نزحوا قبل حزيران")."""
    words = _clause_words(ft, m.start("x"), 200)
    at = max((i for i, w in enumerate(words) if w in _HOPING or (
        w[:1] in "وف" and w[1:] in _HOPING)), default=None)
    return at is not None and _WAS.isdisjoint(words) and _WARNED_RELATIVES.isdisjoint(
        words[at + 1:])


def _warned_of(ft: str, m: re.Match[str]) -> bool:
    """"حذر ... من ان ... مهددة بالتلف قبل نهاية نيسان": a warning is of what may still
    come, so a deadline inside what it warns of (after its "من"/"أن") is ahead, and so is
    one in a clause that tells what is threatened. A deadline between the verb and its
    "من" is the warning's own time ("حذر قبل نهاية آذار من ..."), and "كان" in the
    clause tells a past account ("كانت ... مهددة بالتلف قبل نيسان")."""
    clause = _clause_words(ft, m.start("x"), 200)
    if not _WAS.isdisjoint(clause):
        return False
    if not _THREATENED.isdisjoint(clause):
        return True
    words = re.split(r"[.!?؟\n]", ft[max(0, m.start("x") - 200):m.start("x")])[-1].split()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _WARNING_WORDS), None)
    if at is None or not _WAS.isdisjoint(words[max(0, at - 3):at]):
        return False
    by = max((i for i, w in enumerate(words) if w in _DEADLINES or w[1:] in _DEADLINES),
             default=None)
    if by is None:
        return False  # no whole deadline word in the warning's sentence
    opener = next((i for i in range(at + 1, by) if words[i] in _WARNING_OPENERS), None)
    return opener is not None and not any(
        w in _WARNED_RELATIVES and words[i + 1] != "لم"
        for i, w in enumerate(words[opener + 1:by], opener + 1))


def _stipulated(ft: str, m: re.Match[str]) -> bool:
    """Does the date's clause open a condition or a plan ("، على أن يكتمل العمل قبل
    موسم الأمطار في حزيران"، "ستعوض الفلاحين، على ان تصرف الدفعة الأولى مطلع آب"), what
    is still to be done? Then a deadline in it, or the month the plan names, is ahead.
    Only at the clause's start: after a verb "على أن" is that verb's complement ("شدد على
    أن ..."), told of as the verb is."""
    clause = _CLAUSE_BREAK.split(ft[max(0, m.start("x") - 120):m.start("x")])[-1]
    return bool(_STIPULATION.match(clause)) or any(
        _subjunctive(a.group(1)) for a in _STIPULATED_VERB.finditer(clause))


def _subjunctive(w: str) -> bool:
    """Is ``w``, right after "على أن" inside a clause, a present verb ("اتفقوا على أن
    تنطلق المفاوضات في 3 حزيران"، "نص الاتفاق على أن تنسحب القوات")? Then what is agreed,
    decided or stipulated is still to be done; a noun after it ("شدد على أن الهجوم وقع في
    حزيران") is a fact reported. The second form's verbal noun also opens with "ت"
    ("تنفيذ"، "تسليم": "ت", three letters, "ي" and one more) and is no verb, nor is the
    broken plural of that shape ("تقارير"، "تحاليل": "ت", a letter, "ا", a letter, "ي"
    and one more)."""
    if w[0] in "ين":
        return True
    return not (len(w) == 5 and w[3] == "ي") and not (len(w) == 6 and w[2] == "ا" and (
        w[4] == "ي"))


def _planned(ft: str, m: re.Match[str]) -> bool:
    """"ستعوض الفلاحين، على ان تصرف الدفعة الأولى مطلع آب": a month in a clause that opens
    a plan is when the plan is to be carried out, still ahead, unless the sentence tells a
    past account with "كان" ("وكانت الحكومة قد وعدت ...، على ان تصرف الدفعة في آذار"),
    where the plan's month may have passed."""
    if not _stipulated(ft, m):
        return False
    head = re.split(r"[.!?؟\n]", ft[max(0, m.start("x") - 200):m.start("x")])[-1]
    return _WAS.isdisjoint(head.split())


def _called_for(ft: str, m: re.Match[str]) -> bool:
    """"ودعا النقابة إلى اجتماع طارئ الثلاثاء": a bare weekday right after the event a
    call asks for ("إلى" and at most two words, the event and its adjective) is the day
    it is asked for, still ahead; the call's verb opens the clause's words before it."""
    words = _clause_words(ft, m.start("x"))
    to = next((i for i in range(len(words) - 1, max(-1, len(words) - 4), -1)
               if words[i] == "الي"), None)
    return to is not None and to < len(words) - 1 and any(
        w in _REQUEST_VERBS or (w[1:] in _REQUEST_VERBS and w[0] in "وف")
        for w in words[max(0, to - 5):to])


def _target(ft: str, m: re.Match[str]) -> bool:
    """"مديرية الآثار: ترميم 70% من الدار بحلول أيلول": in a headline, written with verbal
    nouns and the present, a month right after "بحلول" (by) is a target, still ahead. In
    the body "by" may close a past account ("انتهى العمل بحلول أيلول"), which only the
    verb tells; there the cues of ``_future`` and ``_deadline`` decide."""
    if "بحلول" not in ft[max(0, m.start("x") - 8):m.start("x")]:
        return False  # (a plain substring test first: most months have no "by")
    words = _clause_words(ft, m.start("x"))
    line_end = ft.find("\n", m.end("x"))
    return bool(words) and words[-1] == "بحلول" and "\n" not in ft[:m.start("x")] and (
        line_end > 0) and not ft[:line_end].rstrip().endswith((".", "!", "؟")) and (
        _WAS.isdisjoint(words))


def _ago(w: str) -> bool:
    """Does ``w`` after "قبل" make it "ago": a length of time or a count of one?"""
    return w[:1].isdigit() or w in _AGO_UNITS


def _asked(ft: str, m: re.Match[str]) -> bool:
    """Is the phrase inside a request ("وطالب المجلس ... قبل نهاية الشهر")? Its sentence's
    words before it hold a verb of asking, bare or behind "و"/"ف"."""
    head = re.split(r"[.!?؟\n]", ft[max(0, m.start() - 160):m.start()])[-1]
    return any(w in _ASKING_WORDS or (w[1:] in _ASKING_WORDS and w[0] in "وف")
               for w in head.split())


def _hamza_below_ab(m: re.Match[str], folded: Folded) -> bool:
    """Is the month "آب" written "إب" (hamza below), the Yemeni city of Ibb ("أصحاب
    المطاحن في إب:")? Folding makes both "اب"; the month is written "آب" or, carelessly,
    "اب", never with the hamza under its alif."""
    a = m.start("mon") if m.group("mon") else -1
    return a >= 0 and m.end("mon") - a == 2 and folded.original[folded.offset(a)] == "إ"


def _madda_ab(m: re.Match[str], folded: Folded) -> bool:
    """Is the month "آب" spelt with its madda after a preposition of time ("شهدت في آب
    هجوما"، "تنتظر منذ آب")? Folding joins it to "أب" (father) and a careless "اب"; the
    madda is the month's own spelling, and a father is never "in" or "since". A definite
    noun right after it is a genitive ("في آب البيت"), which a month never takes."""
    a = m.start("mon") if m.group("mon") else -1
    return (a >= 0 and m.end("mon") - a == 2 and folded.original[folded.offset(a)] == "آ"
            and _prev_word(folded.text, m.start("x")) in _MADDA_MONTH_PREPOSITIONS
            and not _next_word(folded.text, m.end()).startswith("ال"))


def _next_word(ft: str, end: int) -> str:
    """The word after ``end`` on the same line: a headline's last number counts nothing
    of the body's first word ("بحصة من موازنة 2026" over a body opening "طالب ...")."""
    m = re.match(r"[^\S\n]*([\w]+)", ft[end:end + 40])
    return m.group(1) if m else ""


def _prev_word(ft: str, start: int) -> str:
    m = re.search(r"([\w]+)\s*$", ft[max(0, start - 40):start])
    return m.group(1) if m else ""


def _resolve(m: re.Match[str], ft: str, pub: date | None,
             written_month: bool = False) -> tuple[str | None, str] | None:
    g = m.group
    if g("nd"):
        try:
            d = date(int(g("ny")), int(g("nm")), int(g("nd")))
        except ValueError:
            return None
        return d.isoformat(), "day"
    if g("iy"):
        try:
            d = date(int(g("iy")), int(g("im")), int(g("id")))
        except ValueError:
            return None
        return d.isoformat(), "day"
    if g("wd"):
        return _weekday(m, ft, pub)
    if g("hyo"):
        return _hijri_year(int(g("hyo")))
    if g("hnd") or g("hnd2"):
        day, month, year = (int(g("hnd")), int(g("hnm")), int(g("hny"))) if g("hnd") else (
            int(g("hnd2")), int(g("hnm2")), int(g("hny2")))
        if not (1 <= day <= 30 and 1 <= month <= 12):
            return None
        return _hijri_day(to_gregorian(year, month, day), m, ft)
    if g("hm") or g("hm2"):
        return _hijri(m, ft, pub)
    if g("hm3") or g("hm4"):
        return _hijri_month(m, ft, pub)
    if g("cday") or g("coday"):
        return _day_of_month(m, pub)
    if g("mon"):
        return _month(m, ft, pub, written_month)
    if g("punit"):
        return _period(_PERIODS[g("punit")], g("prel"), pub)
    if g("pthis"):
        return _this_month(m, ft, pub)
    if g("y2"):
        nxt = _next_word(ft, m.end("x"))
        if (nxt in _NON_DATE_AFTER or nxt.lstrip("و") in _NON_DATE_AFTER) and not _since_year(
                ft, m, nxt):
            return None  # "2000 شخص": a count, not a year
        if (nxt in _COUNTED_THINGS or nxt.lstrip("و") in _COUNTED_THINGS) and _prev_word(
                ft, m.start("x")).removeprefix("و") not in _TIME_BEFORE:
            return None  # "جهزت 1950 مركز اقتراع": a count after its verb
        if (pair := _PAIRED_AMOUNT.match(ft, m.end("x"))) and (
                _norm(pair.group(1)) in _NON_DATE_AFTER):
            return None  # "بين 2000 و5000 دولار": the first end of a range of amounts
        if _prev_word(ft, m.start("x")) in _NUMBERED_THINGS:
            return None
        return g("y2"), "year"
    if g("rday"):
        return _relative_day(m, ft, pub)
    return None


def _since_year(ft: str, m: re.Match[str], nxt: str) -> bool:
    """"منذ 2018 هجمات": after "since" the number is the point the events run from, so
    an event noun after it is no counted thing; people and time units still count."""
    prev = _prev_word(ft, m.start("x")).removeprefix("و")
    if prev in _SINCE_YEAR_NOUNS:
        # "منذ عام 2007 هجمات": the year's own noun first, "since" before it
        before = ft[:m.start("x")].rstrip()
        prev = _prev_word(ft, len(before) - len(prev)).removeprefix("و")
    if prev not in _SINCE:
        return False
    word = nxt.removeprefix("و")
    return word not in _SINCE_COUNT_UNITS and word not in _PEOPLE_AFTER


def _weekday(m: re.Match[str], ft: str, pub: date | None) -> tuple[str | None, str] | None:
    g = m.group
    if g("wday") and g("wmon"):
        # "الخميس 19 نيسان": the explicit date decides.
        year = int(g("wyear")) if g("wyear") else None
        read = _day_month(int(g("wday")), _MONTHS[_norm(g("wmon"))], year, m, ft, pub)
        if year is None and pub is not None and read and read[0] and read[1] == "day" and (
                named := weekday_year(str(read[0]), _WEEKDAYS[_norm(g("wd"))], pub)):
            # "الأحد 11 يناير" in late December: the weekday names the year the day falls
            # on it, the coming one (as the English engine reads "Sunday 11 January")
            return named, "day"
        return read
    if g("ams"):
        # "أمس الاثنين" is the day before publication, "اليوم الخميس" the day itself
        # ("أمس الأول الثلاثاء", "أول أمس الثلاثاء": two days back)
        shift = 0 if g("ams") == "اليوم" else 2 if g("ams2") or g("awl0") else 1
        if g("ams") == "غدا":
            shift = -1  # "غدا السبت": the day after publication, one expression
        return (pub - timedelta(days=shift)).isoformat() if pub else None, "day"
    if pub is None:
        return None, "day"
    wd = _WEEKDAYS[_norm(g("wd"))]
    if g("wweek"):
        monday = date.fromisoformat(str(_period("week", g("wwrel"), pub)[0]))
        return (monday + timedelta(days=wd)).isoformat(), "day"
    rel = g("wrel") or ""
    back = (pub.weekday() - wd) % 7
    if rel in _PAST:
        back = back or 7
        return (pub - timedelta(days=back)).isoformat(), "day"
    if rel in _FUTURE or (back and (_future(ft, m) or _ahead_in_clause(ft, m)
                                    or _called_for(ft, m) or _planned(ft, m))):
        ahead = (wd - pub.weekday()) % 7
        if rel and not ahead:
            ahead = 7
        return (pub + timedelta(days=ahead)).isoformat(), "day"
    return (pub - timedelta(days=back)).isoformat(), "day"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _day_month(day: int, month: int, year: int | None, m: re.Match[str], ft: str,
               pub: date | None) -> tuple[str | None, str] | None:
    if year is None:
        if pub is None:
            return None, "day"
        year = _year_for(month, day, m, ft, pub)
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _year_for(month: int, day: int | None, m: re.Match[str], ft: str, pub: date) -> int:
    rel = m.groupdict().get("rel") or m.groupdict().get("wmrel") or ""
    if rel in _CURRENT:
        return pub.year
    past = rel in _PAST
    if not rel and _pay_month(ft, m):
        # "صرف رواتب شهر آب ... الأسبوع المقبل": the month worked, whichever side of the
        # publication month is nearer (a tie goes to the past)
        here = pub.year * 12 + month - 1 - (pub.year * 12 + pub.month - 1)
        return pub.year - 1 if here > 6 else (pub.year + 1 if here < -6 else pub.year)
    future = rel in _FUTURE or (not past and (_future(ft, m) or _scheduled(ft, m)
                                              or (_after_until(ft, m.start("x")) and _ahead_until(
                                                  _clause_words(ft, m.start("x"))))
                                              or _deadline(ft, m) or _target(ft, m)
                                              or _planned(ft, m) or _open_condition(ft, m)))
    if day is None:
        later, same = month > pub.month, month == pub.month
    else:
        later, same = (month, day) > (pub.month, pub.day), (month, day) == (pub.month, pub.day)
    if future:
        return pub.year if later or same else pub.year + 1
    if past:
        return pub.year - 1 if later or same else pub.year
    if later and (_runs_from_or_coincides(ft, m) or (day is None and _told_ahead(ft, m))):
        return pub.year
    if day is None and _coming_month(month, ft, m, pub):
        return pub.year if later else pub.year + 1
    # The latest such month: a later month of the year is last year's.
    return pub.year - 1 if month > pub.month else pub.year


def _coming_month(month: int, ft: str, m: re.Match[str], pub: date) -> bool:
    """"وقعوا عقودا لنقل بضائعهم خلال شهري آذار ونيسان" in mid-February: the month of a
    purpose ("ل" and its verbal noun in the clause before the month) lies after the act
    it is for; told as news, that act is recent, so its month, one or two after the
    publication's, is the coming one ("تحتاج ... لمواصلة العمل حتى نهاية آذار" and
    "تخطط لنشر 3 ألوية ... في نيسان" are read ahead by their own cues). Without a purpose
    a past verb keeps the month back ("تواصلت الحملة في آذار"), and so do "منذ", "من
    العام" after the month and a past told with "كان"."""
    if (month - pub.month) % 12 not in _COMING_MONTHS_AHEAD:
        return False
    before = _clause_words(ft, m.start("x"))
    if not _SINCE.isdisjoint(before[-3:]) or not _WAS.isdisjoint(before[-10:]):
        return False
    after = ft[m.end():m.end() + 30].split()[:2]
    if after and (after[0] == "من" or after[0] in _SINCE_YEAR_NOUNS):
        return False
    return any(_purpose_word(w) for w in before[-_PURPOSE_REACH:]) or _promised_act(
        before) or _told_in_present(before) or _until_coming(ft, m, before) or _told_ahead(
        ft, m)


def _until_coming(ft: str, m: re.Match[str], before: list[str]) -> bool:
    """"معلنة ارسال قوة الى البلدة حتى مطلع كانون الثاني" on 30 December: a span told
    as news that runs until a month one or two ahead runs from now, so it ends in the coming
    one. A range that opens on a month of its own ("من تشرين الأول حتى آذار") or with "منذ"
    ("منذ مطلع العام حتى نهاية كانون الثاني") may be a past season, and stays as it was."""
    opening = before[-_UNTIL_RANGE_REACH:]
    return _after_until(ft, m.start("x")) and _MONTH_HEADS.isdisjoint(opening) and (
        _SINCE.isdisjoint(opening))


def _told_in_present(words: list[str]) -> bool:
    """"مذكرا بأن درجات الحرارة في المدينة تتجاوز 40 درجة خلال يوليو وأغسطس" in June: what
    is told in the present of a month one or two ahead, as what happens every year or as
    what is due, is of the coming one (as "يبدأ"، "يكفي حتى" and "تجري" are read). Only
    the words after the clause's last complementizer count: a present verb of saying
    before it ("ويقول السكان ان المياه انقطعت في تموز") tells nothing of the month."""
    last = max((i for i, w in enumerate(words) if w in _COMPLEMENTIZERS), default=-1)
    return any(_present_verb(w) for w in words[last + 1:])


def _present_verb(w: str) -> bool:
    """Is ``w`` (folded, behind "و"/"ف") a verb told in the present? Its opening says so
    (``PRESENT_VERB_OPENERS``); a month's name ("يوليو") and a noun's endings (the
    feminine "ة", the accusative "ا") say it is none."""
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    return len(w) >= 4 and w.startswith(_PRESENT_OPENERS) and w not in _MONTHS and (
        not w.endswith(V.NOUN_NOT_VERB_ENDINGS) or w.endswith(V.PLURAL_VERB_ENDING))


def _promised_act(words: list[str]) -> bool:
    """"وعدت المؤسسة بتركيب مضختين جديدتين قبل شهر شباط": a pledge or a promise with its
    act after "ب" (the act, not the promise's own time, stands before the month) puts the
    month with the act, still to come."""
    for i, w in enumerate(words):
        if w in _PROMISED or (w[:1] in "وف" and w[1:] in _PROMISED):
            return any(len(a) >= 4 and a[0] == "ب" and a[1] != "ل" for a in words[i + 1:])
    return False


def _purpose_word(w: str) -> bool:
    """"لنقل"، "لتسويق"، "لمواصلة": "ل" glued to an indefinite verbal noun (not "لل"، a
    pronoun's "لهم" or a conjunction such as "لكن")."""
    return len(w) >= 4 and w[0] == "ل" and w[1] != "ل" and w not in _NOT_PURPOSE


def _runs_from_or_coincides(ft: str, m: re.Match[str]) -> bool:
    """"محذرا من تقليص إضافي اعتبارا من أيلول"، "ويتزامن الانتشار مع بدء موسم الأمطار في
    تموز": a measure's start or a coincidence told in the present, the cues that send a
    bare weekday ahead, make a later month of the year this year's, not last year's. An
    earlier month stays this year's (such a start is often reported once it has run), so
    these cues never carry a month into the next year as ``_future`` does. A start told in
    the present ("موسم الزراعة يبدأ منتصف يونيو" in May) is one of them, as before a
    weekday."""
    words = _clause_words(ft, m.start("x"))
    return _starting_from(words) or _coinciding(words) or _starts_on(words)


def _told_ahead(ft: str, m: re.Match[str]) -> bool:
    """A bare month inside what a warning warns of, or a season's arrival told in the
    present (``date_month_tense``), read in the date's sentence up to 200 characters back."""
    words = re.split(r"[.!?؟\n]", ft[max(0, m.start("x") - 200):m.start("x")])[-1].translate(
        _UNQUOTE).split()
    return warned_ahead(words) or arrival_ahead(words, _present_verb)


def _day_of_month(m: re.Match[str], pub: date | None) -> tuple[str | None, str] | None:
    """"يوم 12 من الشهر الجاري": a day of the publication month, or of the month before
    or after it with الماضي / المقبل."""
    g = m.group
    day = int(g("cday")) if g("cday") else _DAY_ORDS[_norm(g("coday"))]
    if not 1 <= day <= 31:
        return None
    if pub is None:
        return None, "day"
    rel = g("crel") or ""
    year, month = pub.year, pub.month
    if rel in _PAST:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif rel in _FUTURE:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _month_end(m: re.Match[str]) -> bool:
    """Does the bare "الشهر" of ``m`` come after a word for a month's end ("نهاية")?"""
    head = m.group("x")[:m.start("pthis") - m.start("x")].split()
    return bool(head) and head[0] in _END_MODIFIERS


def _this_month(m: re.Match[str], ft: str, pub: date | None) -> tuple[str | None, str] | None:
    """"مطلع الشهر" with nothing after "الشهر": the publication month. After a month named
    earlier in its sentence ("وصلت في آذار ... وغادرت نهاية الشهر") it points back to that
    month, which is left unread."""
    start = max(ft.rfind(".", 0, m.start()), ft.rfind("\n", 0, m.start())) + 1
    if _MONTH_ANYWHERE.search(ft, start, m.start()):
        return None
    return _period("month", "", pub)


def _period(unit: str, rel: str, pub: date | None) -> tuple[str | None, str]:
    """"الأسبوع الماضي" (the Monday of that week, as in English), "الشهر الجاري",
    "العام المقبل": one step back, none, or one step on from the publication date."""
    if pub is None:
        return None, unit
    step = -1 if rel in _PAST else (1 if rel in _FUTURE else 0)
    if unit == "week":
        return (pub - timedelta(days=pub.weekday(), weeks=-step)).isoformat(), "week"
    if unit == "month":
        total = pub.year * 12 + pub.month - 1 + step
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return f"{pub.year + step:04d}", "year"


def _month_closing_clause(ft: str, m: re.Match[str]) -> bool:
    """"... 3 ملايين برميل يوميا في تموز": "في/خلال" (or a deadline's "قبل"، "بحلول") and
    the bare name closing its clause or headline is the month; as a word or a name it would
    go on."""
    prev = _prev_word(ft, m.start("x"))
    if prev not in _IN_OR_DURING and prev not in _DEADLINE_BEFORE_MONTH:
        return False
    # (a quotation's closing mark before the clause's end: '"التحرك ... في تموز".')
    rest = ft[m.end():].lstrip(" ").lstrip('"»”').lstrip(" ")
    return not rest or rest[0] in "\n.،,؛:"


def _month(m: re.Match[str], ft: str, pub: date | None,
           written_month: bool = False) -> tuple[str | None, str] | None:
    g = m.group
    mon = _norm(g("mon"))
    if mon in _AMBIG and not written_month and not (
            g("day") or g("year") or g("mon2") or g("mon3")) and not (
            "شهر" in g("x") or _prev_word(ft, m.start("x")) in _MONTH_NOUNS or g("rel")
            or _norm((ft[m.start("x"):m.start("mon")].split() or [""])[0]) in _HIJRI_MODS
            or _month_closing_clause(ft, m)):
        # "آب" alone is "father"; "شهر آب", "أوت الماضي" (a month with الماضي/الجاري/
        # المقبل after it) and "منذ مطلع تموز" (a part of the month before it, which a
        # name or a word never has) are the month
        return None
    month = _MONTHS[mon]
    day = int(g("day")) if g("day") else None
    if g("oday"):
        day = _DAY_ORDS[_norm(g("oday"))]
    elif g("gday"):
        day = 1
    year = int(g("year")) if g("year") else None
    if g("myrel") and pub is not None:
        year = int(_period("year", g("myrel"), pub)[0] or pub.year)
    if day is not None and not 1 <= day <= 31:
        day = None
    if day is not None:
        return _day_month(day, month, year, m, ft, pub)
    if year is None:
        if pub is None:
            return None, "month"
        year = _year_for(month, None, m, ft, pub)
    return f"{year:04d}-{month:02d}", "month"


def _outlet_title(ft: str, a: int, b: int) -> bool:
    """Does "اليوم" at [a, b) close an outlet's or a programme's title: a dateline's
    site after the place and its dash ('كفرحمام - «الجنوب اليوم»:'), at the start of its
    line, or a title after a programme's noun ('لبرنامج "العالم اليوم"'), or a byline
    line of its own ("بغداد اليوم - بغداد")?"""
    line = ft.rfind("\n", 0, a) + 1
    if _BYLINE_BEFORE.fullmatch(ft, line, a) and _BYLINE_AFTER.match(ft, b):
        return True
    if ft[b:b + 1] not in ('"', "»", "”", ")"):
        return False
    line = ft.rfind("\n", 0, a) + 1
    if a - line <= 60 and _DATELINE_OUTLET.fullmatch(ft, line, a):
        return True
    return ft[b:b + 1] != ")" and bool(_PROGRAMME_OPENING.search(ft, max(0, a - 40), a))


def _relative_day(m: re.Match[str], ft: str, pub: date | None) -> tuple[str | None, str] | None:
    g = m.group
    if g("rday") == "اليوم":
        nxt = _next_word(ft, m.end("x"))
        prev = _prev_word(ft, m.start("x"))
        lead = ft[max(0, m.start() - 1):m.start("x")]
        if nxt in _NOT_TODAY or prev in _TOLD_DAY_OPENERS:
            return None  # ("في ذلك اليوم": that day, told of, not today)
        if lead.strip() in _LI_BI_LIL or ft[max(0, m.start("x") - 2):m.start("x")] == "لل":
            return None
        if ft[m.end("x"):m.end("x") + 1] in ('"', "»", "”") and _OUTLET_OPENING.search(
                ft, max(0, m.start("x") - 40), m.start("x")):
            return None  # 'في تصريح لـ"فلسطين اليوم"': an outlet's name
        if _outlet_title(ft, m.start("x"), m.end("x")):
            return None  # 'كفرحمام - «الجنوب اليوم»:': a site's name in its dateline
        if nxt.startswith("ال") and nxt not in _WEEKDAYS and nxt not in _TO_EXCEPT and (
                (prev[1:] if prev[:1] in "وف" else prev) not in _APPEARING) and not (
                g("rpart") and nxt not in _NOT_TODAY_AFTER_PART):
            # "اليوم الوطني", "اليوم الثالث": a day of something (إلى and إلا fold to words
            # that begin like the article: "ارتفع العدد اليوم إلى 4" is today). After the
            # verb "ظهر" (noon would have taken "اليوم" into its span) the definite word is
            # the subject: "وظهر اليوم المتحدث ..." (today, the spokesman appeared). After
            # another time of day the definite word is the verb's object: "أعلنت
            # المديرية فجر اليوم التوصل إلى اتفاق" (but "صباح اليوم التالي")
            return None
        return (pub.isoformat() if pub else None), "day"
    if pub is None:
        return None, "day"
    offset = -2 if g("awl") else _RELATIVE[_norm(g("rday"))]
    return (pub + timedelta(days=offset)).isoformat(), "day"


def _hijri(m: re.Match[str], ft: str, pub: date | None) -> tuple[str | None, str] | None:
    """A Hijri date in the Gregorian calendar. The tabular calendar may be a day off the
    sighted month, so a day is given with week precision, unless a weekday right before
    it ("الخميس 10 محرم") picks the day within that margin. A month with its year is the
    Gregorian month holding the Hijri month's 15th day."""
    g = m.group
    month = _HIJRI[_norm(g("hm") or g("hm2"))]
    year_txt = g("hy") or g("hy2")
    year = int(year_txt) if year_txt else None
    if g("hm2"):
        assert year is not None
        mid = to_gregorian(year, month, 15)
        return f"{mid.year:04d}-{mid.month:02d}", "month"
    day = int(g("hd")) if g("hd") else _DAY_ORDS[_norm(g("hod"))] if g("hod") else 1
    if not 1 <= day <= 30:
        return None
    if year is None:
        if pub is None:
            return None, "week"
        year = _hijri_year_for(month, day, m, ft, pub)
    return _hijri_day(to_gregorian(year, month, day), m, ft)


def _hijri_month(m: re.Match[str], ft: str, pub: date | None) -> tuple[str | None, str]:
    """A Hijri month without a year ("مطلع محرم", "رمضان الماضي", "رمضان المقبل"): the
    latest such month on or before publication (strictly before with "الماضي", the coming
    one with "المقبل" or in a future context, the publication's Hijri year with
    "الجاري"). It is given as the Gregorian month holding the part named: its first day
    after "مطلع/بداية/أوائل", its last after "أواخر/نهاية", else its 15th."""
    g = m.group
    month = _HIJRI[_norm(g("hm3") or g("hm4"))]
    if pub is None:
        return None, "month"
    rel = g("hrel") or g("hrel2") or ""
    year = year_of(pub)
    now = max(k for k in range(1, 13) if to_gregorian(year, k, 1) <= pub)
    if rel in _CURRENT:
        pass
    elif rel in _FUTURE or (rel not in _PAST and _future(ft, m)):
        year += month <= now
    elif rel in _PAST:
        year -= month >= now
    else:
        year -= month > now
    mod = g("hmod") or ""
    day = 1 if mod in _START_MODS else 29 if mod in _END_MODIFIERS else 15
    d = to_gregorian(year, month, day)
    return f"{d.year:04d}-{d.month:02d}", "month"


def _hijri_day(d: date, m: re.Match[str], ft: str) -> tuple[str, str]:
    """A converted Hijri day: week precision, or the day when a weekday named right before
    it ("الخميس 24/8/1439هـ") falls within a day of the table."""
    wd = _prev_word(ft, m.start("x"))
    if wd in _WEEKDAYS:
        for shift in (0, -1, 1):
            if (d + timedelta(days=shift)).weekday() == _WEEKDAYS[wd]:
                return (d + timedelta(days=shift)).isoformat(), "day"
    return d.isoformat(), "week"


def _hijri_year(year: int) -> tuple[str, str]:
    """A Hijri year alone overlaps two Gregorian years (354 days against 365), so it
    is given as the Gregorian year holding its middle: 1438 runs from October 2016 to
    September 2017 and is 2017."""
    return f"{to_gregorian(year, 7, 1).year:04d}", "year"


def _hijri_year_for(month: int, day: int, m: re.Match[str], ft: str, pub: date) -> int:
    """The Hijri year of a day and month without one: the latest such date on or before
    publication, or the next one when the sentence speaks about the future."""
    year = year_of(pub)
    if _future(ft, m):
        return year if to_gregorian(year, month, day) >= pub else year + 1
    return year if to_gregorian(year, month, day) <= pub else year - 1
