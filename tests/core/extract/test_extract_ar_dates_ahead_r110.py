"""Arabic dates the clause puts ahead: the future's "س" on any verb, a participle of
expecting, "على أن" with a present verb, and a deadline in a plan or a need.

A date without its year is the latest such date before publication, or the coming one
when the text speaks of the future. Each case below tells a plan, a deadline or an
expectation in a way the word lists did not hold; each look-alike must stay behind.
"""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.dates import find_dates_ar
from workbench.core.extract.ar.future_prefix import future_prefix_verb
from workbench.core.extract.ar.normalise import fold_word


def _value(text: str, published: str, evidence: str) -> str | None:
    found = [d for d in find_dates_ar(text, published)
             if d["text"] in evidence or evidence in d["text"]]
    return found[0]["value"] if found else None


# published on Monday 2 November 2026
_MONDAY = "2026-11-02"


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وقال المحامي إن موكله سيُحاكَم غيابيا الخميس.", "الخميس", "2026-11-05"),
    ("وقالت إن الجثامين ستُدفن في مقبرة جماعية الخميس.", "الخميس", "2026-11-05"),
    ("سيمثل المتهمون أمام المحكمة العسكرية السبت.", "السبت", "2026-11-07"),
    ("وقال النائب: سنطالب المجلس بجلسة طارئة الأربعاء.", "الأربعاء", "2026-11-04"),
    ("وقالت الإدارة إن المهاجرين سيُرحَّلون على متن رحلة خاصة الأربعاء.", "الأربعاء",
     "2026-11-04"),
    ("فستكشف الوزارة عن تفاصيل خطتها الخميس.", "الخميس", "2026-11-05"),
])
def test_a_future_verb_of_any_stem_sends_a_weekday_ahead(text: str, evidence: str,
                                                          value: str) -> None:
    assert _value(text, _MONDAY, evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وانفجرت سيارة مفخخة قرب السوق يوم الخميس.", "يوم الخميس", "2026-10-29"),
    ("وقتل ستة أشخاص في قصف الخميس.", "الخميس", "2026-10-29"),
    ("وأعلن الجيش سيطرته على البلدة السبت.", "السبت", "2026-10-31"),
    ("وقالت إن سيول الأمطار جرفت الخيام الأربعاء.", "الأربعاء", "2026-10-28"),
    ("واعتقلت الشرطة ستين شخصا الخميس.", "الخميس", "2026-10-29"),
    ("وناقش الوزراء سياسة الدعم الحكومي يوم السبت.", "يوم السبت", "2026-10-31"),
    ("وأزيح ستار النصب التذكاري السبت.", "السبت", "2026-10-31"),
    ("واعتقل ستيني من أبناء البلدة الخميس.", "الخميس", "2026-10-29"),
    ("وجرى تبادل الأسرى في سيناء، الخميس.", "الخميس", "2026-10-29"),
])
def test_nouns_that_open_like_the_future_stay_behind(text: str, evidence: str,
                                                     value: str) -> None:
    assert _value(text, _MONDAY, evidence) == value


def test_a_word_the_window_cuts_is_no_future_verb() -> None:
    """"مستوطنون" cut by the 80 characters before the date to "ستوطنون" is no verb."""
    text = ("وأصيب 11 فلسطينيا في هجوم شنه مستوطنون على مزارعين خلال قطف الزيتون في أراضي"
            " قرية شرق رام الله، صباح الأحد.")
    assert _value(text, "2026-11-09", "صباح الأحد") == "2026-11-08"


@pytest.mark.parametrize(("word", "verb"), [
    ("سترتفع", True), ("وسيختار", True), ("سيرحلون", True), ("سنجهز", True),
    ("سيارة", False), ("سنوات", False), ("سيارتين", False), ("سياسيا", False),
    ("سنجار", False), ("سينمائيون", False), ("ستة", False),
])
def test_the_shape_of_a_future_verb(word: str, verb: bool) -> None:
    assert future_prefix_verb(fold_word(word)) is verb


@pytest.mark.parametrize(("text", "published", "evidence", "value"), [
    ("وقال المدير إن الافتتاح متوقع مطلع كانون الأول.", "2024-06-08", "مطلع كانون الأول",
     "2024-12"),
    ("وقال الوزير إن توقيع الاتفاق مرتقب في شباط.", "2024-06-08", "شباط", "2025-02"),
    ("الانتخابات البلدية مقررة في تشرين الثاني.", "2024-06-08", "تشرين الثاني", "2024-11"),
    ("وتتواصل الاستعدادات للمباحثات المقررة الخميس.", "2024-06-08", "الخميس", "2024-06-13"),
    ("والحكم متوقع يوم الثلاثاء.", "2024-06-08", "يوم الثلاثاء", "2024-06-11"),
])
def test_a_participle_of_expecting_sends_the_date_ahead(text: str, published: str,
                                                        evidence: str, value: str) -> None:
    assert _value(text, published, evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وألغيت الانتخابات التي كانت مقررة في آذار.", "آذار", "2024-03"),
    ("وكان اللقاء مرتقبا الأربعاء قبل أن يلغى.", "الأربعاء", "2024-06-05"),
])
def test_an_expectation_told_with_kana_stays_behind(text: str, evidence: str,
                                                   value: str) -> None:
    assert _value(text, "2024-06-08", evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وقررت اللجنة تمديد التسجيل على أن يغلق الباب في 15 تموز.", "15 تموز", "2025-07-15"),
    ("ونص الاتفاق على أن تنسحب القوات في 30 حزيران.", "30 حزيران", "2025-06-30"),
    ("ووافق المجلس على الموازنة على ان تصرف الرواتب مطلع أيار.", "مطلع أيار", "2025-05"),
    ("على أن يلتئم المجلس مجددا الخميس.", "الخميس", "2025-04-24"),
])
def test_ala_an_with_a_present_verb_opens_a_plan(text: str, evidence: str,
                                                 value: str) -> None:
    assert _value(text, "2025-04-19", evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("واتفقوا في آذار على أن تبدأ المفاوضات لاحقا.", "آذار", "2025-03"),
    ("وأكد على أن الهجوم وقع في حزيران.", "حزيران", "2024-06"),
    ("وشدد على أن تنفيذ الاتفاق تم في حزيران.", "حزيران", "2024-06"),
])
def test_ala_an_of_a_fact_or_of_the_agreeing_stays_behind(text: str, evidence: str,
                                                          value: str) -> None:
    assert _value(text, "2025-04-19", evidence) == value


_JUNE = "2023-06-29"


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("رصف طريق العريش قبل أيلول\nقالت المحافظة إن الشركة ستنتهي من رصف الطريق خلال الصيف.",
     "أيلول", "2023-09"),
    ("وتهدف الخطة إلى تأهيل 40 مدرسة قبل نهاية تشرين الأول.", "نهاية تشرين الأول", "2023-10"),
    ("وقال المزارعون إن أراضيهم تحتاج إلى الأسمدة قبل آذار.", "آذار", "2024-03"),
    ("ويتعين على الوزارة تسليم الدفعة قبل أيلول.", "أيلول", "2023-09"),
    ("ويجب إخلاء المبنى قبل حلول تموز.", "تموز", "2023-07"),
    ("وتعمل الفرق على إصلاح الشبكة قبل آب.", "آب", "2023-08"),
])
def test_a_deadline_in_a_plan_or_a_need_is_ahead(text: str, evidence: str,
                                                 value: str) -> None:
    assert _value(text, _JUNE, evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وصلت القافلة قبل أيلول.", "أيلول", "2022-09"),
    ("أنهت الشركة رصف الطريق قبل آب.", "آب", "2022-08"),
    ("ويقول السكان إن المياه انقطعت قبل أيلول.", "أيلول", "2022-09"),
    ("ويعود الخلاف إلى ما قبل تشرين الأول.", "تشرين الأول", "2022-10"),
    ("ويتذكر الأهالي ما جرى قبل كانون الأول.", "كانون الأول", "2022-12"),
    ("وكانت الخطة تقضي بإنجاز الطريق قبل تشرين الثاني.", "تشرين الثاني", "2022-11"),
    ("حصار البلدة قبل تشرين الأول\nقال سكان إن القوات أغلقت الطرق المؤدية إلى البلدة.",
     "تشرين الأول", "2022-10"),
])
def test_a_deadline_of_a_past_act_stays_behind(text: str, evidence: str, value: str) -> None:
    assert _value(text, _JUNE, evidence) == value
