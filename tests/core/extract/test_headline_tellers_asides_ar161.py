"""Arabic round 161 (issue 11): a headline's teller before a present verb after "و",
kin who open a headline with a clause about the ones they stand for, and a source's
condition not to be named set in commas inside a relay.

1. "وفاة سجين ... وذووه يتهمون الحراس بضربه": the kin speak, not the event.
2. 'ونقلت إذاعة "..." عن أحد الحراس، اشترط عدم نشر اسمه، أن ...، وأن ...': the aside is
   no speaker, and both clauses go to the outlet and to the guard.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_BODY = "\nوقع الحادث أمس في المدينة."
_HEAD = "أخبار المدينة\n"


@pytest.mark.parametrize(("headline", "speaker", "words"), [
    ("وفاة سجين في مركز توقيف وذووه يتهمون الحراس بضربه", "ذووه", "الحراس بضربه"),
    ("مقتل شاب برصاص مجهولين وعائلته تطالب بمحاسبة القتلة", "عائلته", "بمحاسبة القتلة"),
    ("وفاة طفلة في المستشفى ووالدتها تتهم الأطباء بالإهمال", "والدتها",
     "الأطباء بالإهمال"),
    ("مقتل مصور ونادي الصحفيين يحمل الشرطة المسؤولية", "نادي الصحفيين",
     "الشرطة المسؤولية"),
    ("غرق مركب قبالة الساحل وأهالي المفقودين يتهمون خفر السواحل بالتقصير",
     "أهالي المفقودين", "خفر السواحل بالتقصير"),
    ("الإفراج عن عشرين معتقلا ومحرر يروي ساعات التحقيق", "محرر", "ساعات التحقيق"),
    ("جفاف الآبار في القرى الشرقية وفلاحون يحذرون من هجرة الأرض", "فلاحون",
     "من هجرة الأرض"),
    ("انهيار مبنى في الحي القديم والسكان يحملون البلدية المسؤولية", "السكان",
     "البلدية المسؤولية"),
])
def test_a_headline_teller_after_waw_speaks(headline: str, speaker: str, words: str) -> None:
    assert ar_statements(headline + _BODY) == [(speaker, words)]


@pytest.mark.parametrize(("headline", "speaker", "words"), [
    ("ذوو 60 بحارا فقدوا في العاصفة يطالبون بتكثيف البحث", "ذوو 60 بحارا", "بتكثيف البحث"),
    ("أهالي صيادين اختفوا في البحر يطالبون بتكثيف البحث", "أهالي صيادين",
     "بتكثيف البحث"),
    ("عائلات 30 عاملا خطفوا قرب المنجم يناشدون الحكومة التدخل", "عائلات 30 عاملا",
     "الحكومة التدخل"),
])
def test_kin_with_a_clause_about_the_missing_speak(
        headline: str, speaker: str, words: str) -> None:
    assert ar_statements(headline + _BODY) == [(speaker, words)]


@pytest.mark.parametrize("headline", [
    # an act in the present, no words
    "إغلاق المستشفى الوحيد في البلدة والأطباء يضربون عن العمل",
    "قصف السوق المركزي والأهالي يفرون من المدينة",
    # "يحمل" that carries, with no responsibility after it
    "غرق قارب يحمل خمسين مهاجرا قبالة الساحل",
    "وصول قافلة مساعدات إلى المدينة تحمل 900 طن من الطحين",
    "انقلاب شاحنة وسائقها يحمل شحنة وقود",
    # bearing responsibility oneself is no blame of another
    "انهيار جسر والبلدية تتحمل المسؤولية",
])
def test_acts_in_a_headline_stay_unread(headline: str) -> None:
    assert ar_statements(headline + _BODY) == []


@pytest.mark.parametrize(("headline", "speaker"), [
    ("مقتل خمسة في قصف وناشطون يطالبون بتحقيق دولي", "ناشطون"),
    ("مقتل خمسة في قصف ومسؤولون يطالبون بتحقيق دولي", "مسؤولون"),
    ("أزمة وقود في البلدة وسائقون يطالبون بتحقيق دولي", "سائقون"),
    ("انفجار في الميناء والسكان يطالبون بتحقيق دولي", "السكان"),
])
def test_tellers_that_demand_speak(headline: str, speaker: str) -> None:
    assert ar_statements(headline + _BODY) == [(speaker, "بتحقيق دولي")]


def test_a_noun_before_a_present_verb_in_the_body_stays_unread() -> None:
    text = _HEAD + "وفاة سجين في مركز التوقيف.\nوذووه يتهمون الحراس بضربه منذ أيام."
    assert ar_statements(text) == []
    assert ar_statements(_HEAD + "والسكان يطالبون بفتح تحقيق في الحادث.") == []


def test_a_long_kin_subject_stops_at_a_second_half() -> None:
    got = ar_statements("أهالي القرية يعتصمون أمام المبنى والشرطة تعلن توقيف ثلاثة" + _BODY)
    assert all(sp is None or not sp.startswith("أهالي") for sp, _ in got)


@pytest.mark.parametrize(("text", "source", "outlet", "clauses"), [
    ('ونقلت إذاعة "صوت المدينة" عن أحد موظفي المرفأ، اشترط عدم نشر اسمه، أن الحريق استمر '
     'ساعتين، وأن فرق الإطفاء وصلت متأخرة.', "أحد موظفي المرفأ", 'إذاعة "صوت المدينة"',
     ["الحريق استمر ساعتين", "فرق الإطفاء وصلت متأخرة"]),
    ('ونقلت صحيفة "الصباح" عن ممرضة في المستشفى، اشترطت عدم الكشف عن هويتها، أن ثلاثة '
     'جرحى في حالة خطرة، وأن المستشفى يعاني نقصا في الدم.', "ممرضة في المستشفى",
     'صحيفة "الصباح"', ["ثلاثة جرحى في حالة خطرة", "المستشفى يعاني نقصا في الدم"]),
    ('ونقل موقع "المدينة" عن ضابط في الشرطة، اشترط عدم ذكر اسمه، أن التحقيق ما زال جاريا، '
     'وأن المشتبه به فر.', "ضابط في الشرطة", 'موقع "المدينة"',
     ["التحقيق ما زال جاريا", "المشتبه به فر"]),
    ('ونقلت قناة "الشرق" عن سكان في الحي، اشترطوا عدم نشر أسمائهم، أن القصف استمر طوال '
     'الليل، وأن الكهرباء انقطعت.', "سكان في الحي", 'قناة "الشرق"',
     ["القصف استمر طوال الليل", "الكهرباء انقطعت"]),
    ('ونقلت وكالة "الأنباء" عن مسؤول أمني، اشترط عدم ذكر اسمه، أن المسلحين فروا نحو '
     'الجبال، وأن الجيش يلاحقهم.', "مسؤول أمني", 'وكالة "الأنباء"',
     ["المسلحين فروا نحو الجبال", "الجيش يلاحقهم"]),
    ('ونقلت إذاعة "الريف" عن مزارع من القرية، اشترط عدم نشر اسمه، أن النيران أتت على '
     'المحصول، وأن الإطفاء وصل متأخرا.', "مزارع من القرية", 'إذاعة "الريف"',
     ["النيران أتت على المحصول", "الإطفاء وصل متأخرا"]),
])
def test_a_condition_not_to_be_named_is_an_aside_in_a_relay(
        text: str, source: str, outlet: str, clauses: list[str]) -> None:
    got = ar_statements(_HEAD + text)
    assert sorted(got) == sorted([(sp, c) for c in clauses for sp in (outlet, source)])


@pytest.mark.parametrize(("text", "expected"), [
    # the aside after a plain verb of saying, with and without commas
    ("وقال مسؤول في البلدية، اشترط عدم ذكر اسمه، إن المياه قطعت عن الحي.",
     [("مسؤول في البلدية", "المياه قطعت عن الحي")]),
    # a condition set by a party is no aside, and names no speaker
    ("واشترط المجلس وقف القصف قبل بدء المفاوضات.", []),
    ("وقال الوزير إن الحكومة اشترطت وقف القصف قبل المفاوضات.",
     [("الوزير", "الحكومة اشترطت وقف القصف قبل المفاوضات")]),
])
def test_neighbours_of_the_condition(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(_HEAD + text) == expected


# --- review: a present of carrying whose responsibility belongs to a later verb ------------

@pytest.mark.parametrize("headline", [
    "افتتاح سوق جديد والتجار يحملون البضائع إلى المحلات ويتحملون المسؤولية",
    "وصول قافلة إغاثة والعمال يحملون الصناديق وتتولى البلدية المسؤولية",
])
def test_carrying_before_another_verb_of_responsibility_stays_unread(headline: str) -> None:
    assert ar_statements(headline + _BODY) == []


def test_blaming_with_two_parties_before_responsibility_still_speaks() -> None:
    assert ar_statements("انهيار جسر في المدينة والسكان يحملون البلدية والشركة المسؤولية"
                         + _BODY) == [("السكان", "البلدية والشركة المسؤولية")]
