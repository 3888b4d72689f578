"""Arabic round 164 (issue 11): a statement told by its verbal noun after a verb of
renewing or repeating, a report's cases told in a relative clause, a relayed call after a
participle, and bodies named inside a plan.

1. 'وجدد مجلس المحافظة دعوته إلى "..."': the council's call, as "دعا إلى" reads.
2. "ومن الحالات التي يوردها التقرير مقتل ...": the report tells the case.
3. "ونقلت الإذاعة عن فلان قوله إن ...، داعيا إلى ...": the call goes to both.
4. "وقالت البلدية إن خطتها تشمل الأندية الثلاثة ...": one entry, the bodies are no teller.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_HEAD = "أخبار المدينة\n"


def _read(text: str) -> list[tuple[str | None, str]]:
    return ar_statements(_HEAD + text)


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ('وجدد مجلس المحافظة دعوته إلى "وقف إطلاق النار في الأحياء السكنية".', "مجلس المحافظة",
     'إلى "وقف إطلاق النار في الأحياء السكنية"'),
    ("وجددت المنظمة دعوتها إلى فتح ممرات آمنة للمدنيين.", "المنظمة",
     "إلى فتح ممرات آمنة للمدنيين"),
    ("وكرر الاتحاد مطالبته بالإفراج عن المعتقلين.", "الاتحاد", "بالإفراج عن المعتقلين"),
    ("وجددت وزارة الصحة تحذيرها من انتشار الكوليرا في المخيمات.", "وزارة الصحة",
     "من انتشار الكوليرا في المخيمات"),
    ("وأعاد الرئيس التأكيد على أن الانتخابات ستجري في موعدها.", "الرئيس",
     "الانتخابات ستجري في موعدها"),
    ("وجدد الأمين العام للأمم المتحدة دعوته الأطراف إلى ضبط النفس.",
     "الأمين العام للأمم المتحدة", "إلى ضبط النفس"),
    ("وكررت النقابة مطالبتها الحكومة بصرف الرواتب المتأخرة.", "النقابة",
     "بصرف الرواتب المتأخرة"),
    ("وجدد الجيش تحذيره للسكان من الاقتراب من المنطقة الحدودية.", "الجيش",
     "من الاقتراب من المنطقة الحدودية"),
])
def test_a_call_told_by_its_noun(text: str, speaker: str, words: str) -> None:
    assert _read(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    # an invitation to a meal or a home, not a call
    "وجدد رئيس البلدية دعوته إلى العشاء في منزله.",
    "وجددت الحكومة دعوتها إلى الغداء للوفد الزائر.",
    # renewing what is no saying
    "وجدد المجلس عقد الإيجار مع الشركة.",
    "وكرر اللاعب محاولته في الشوط الثاني.",
    "وجدد النادي عقد المدرب لموسمين.",
    # no subject between the verb and the noun
    "وتجددت الدعوات إلى التظاهر في الساحة.",
])
def test_renewing_without_a_call_stays_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("ومن الحالات التي يوردها التقرير مقتل بائع في السوق يوم 3 أكتوبر.", "التقرير",
     "مقتل بائع في السوق يوم 3 أكتوبر"),
    ("ومن الحالات التي يذكرها التقرير اعتقال طالب من منزله في حي الشهداء.", "التقرير",
     "اعتقال طالب من منزله في حي الشهداء"),
    ("ومن الانتهاكات التي يرصدها التقرير اختطاف ثلاثة صحفيين في الشمال.", "التقرير",
     "اختطاف ثلاثة صحفيين في الشمال"),
    ("ومن الحالات التي وثقتها المنظمة إعدام شاب أمام عائلته.", "المنظمة",
     "إعدام شاب أمام عائلته"),
    ("ومن الحوادث التي يوثقها التقرير إحراق منزل عائلة في القرية.", "التقرير",
     "إحراق منزل عائلة في القرية"),
    ("ومن الأمثلة التي يسردها التقرير الأممي تجنيد أطفال في المعسكرات.", "التقرير الأممي",
     "تجنيد أطفال في المعسكرات"),
])
def test_a_reports_cases(text: str, speaker: str, words: str) -> None:
    assert _read(text) == [(speaker, words)]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # "ومما جاء في"/"ومما ورد في" read already, and still do
    ("ومما جاء في البيان أن الحكومة ستفتح تحقيقا في الحادث.", "البيان",
     "الحكومة ستفتح تحقيقا في الحادث"),
    ("ومما ورد في التقرير أن عشرات المعتقلين تعرضوا للتعذيب.", "التقرير",
     "عشرات المعتقلين تعرضوا للتعذيب"),
])
def test_what_came_in_a_statement_reads_as_before(text: str, speaker: str, words: str) -> None:
    assert _read(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    # no verb of telling in the relative clause
    "ومن الحالات التي عالجها المستشفى كسور في الأطراف.",
    "ومن الحالات التي استقبلها المركز أطفال مصابون بالحمى.",
    "ومن المشاريع التي نفذتها البلدية إصلاح الطرق.",
])
def test_cases_with_no_teller_stay_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "outlet", "source", "call"), [
    ("ونقلت الإذاعة عن الشيخ سالم المحمود قوله إن القرية محاصرة منذ أسبوع، داعيا إلى فتح "
     "ممر آمن.", "الإذاعة", "الشيخ سالم المحمود", "إلى فتح ممر آمن"),
    ("ونقلت وكالة الأنباء عن رئيس البلدية قوله إن المياه مقطوعة، داعيا المنظمات إلى "
     "التدخل.", "وكالة الأنباء", "رئيس البلدية", "إلى التدخل"),
    ("ونقلت صحيفة الوطن عن الطبيب قوله إن المستشفى يفتقر إلى الأدوية، مطالبا بإرسال "
     "المساعدات.", "صحيفة الوطن", "الطبيب", "بإرسال المساعدات"),
    ("ونقلت القناة عن الناشطة قولها إن الاعتقالات مستمرة، داعية إلى الإفراج عن المعتقلين.",
     "القناة", "الناشطة", "إلى الإفراج عن المعتقلين"),
    ('ونقلت إذاعة "صوت المدينة" عن الشيخ سالم المحمود قوله إن القرية محاصرة، داعيا إلى '
     "فتح ممر آمن.", 'إذاعة "صوت المدينة"', "الشيخ سالم المحمود", "إلى فتح ممر آمن"),
    ('ونقلت الإذاعة المحلية عن الشيخ سالم قوله: "القرية محاصرة"، داعيا إلى فتح ممر آمن.',
     "الإذاعة المحلية", "الشيخ سالم", "إلى فتح ممر آمن"),
])
def test_a_relayed_call_goes_to_the_source_and_the_outlet(
        text: str, outlet: str, source: str, call: str) -> None:
    got = _read(text)
    assert (source, call) in got and (outlet, call) in got


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت البلدية إن خطتها تشمل الأندية الثلاثة العاملة في المدينة.", "البلدية"),
    ("وقال الوزير إن البرنامج يضم المدارس الحكومية والمستشفيات العامة في المحافظة.",
     "الوزير"),
    ("وأوضحت الوزارة أن الحملة تستهدف الأحياء الفقيرة في العاصمة.", "الوزارة"),
    ("وقالت المنظمة إن المشروع يشمل المراكز الصحية الخمسة في الريف.", "المنظمة"),
    ("وأعلن المحافظ أن الخطة تضم الجمعيات الأهلية العاملة في المنطقة.", "المحافظ"),
    ("وقال المسؤول إن المساعدات تستهدف العائلات النازحة في المخيمات.", "المسؤول"),
])
def test_bodies_inside_a_plan_are_no_tellers(text: str, speaker: str) -> None:
    got = _read(text)
    assert len(got) == 1 and got[0][0] == speaker


@pytest.mark.parametrize(("text", "outlet", "source", "call"), [
    # a second "وإن" clause between the words and the call keeps the outlet that quoted
    ("ونقلت الإذاعة عن الشيخ سالم المحمود قوله إن القرية محاصرة وإن الأطفال جوعى، داعيا "
     "المنظمات الدولية إلى التدخل.", "الإذاعة", "الشيخ سالم المحمود", "إلى التدخل"),
    ("ونقلت وكالة الأنباء عن رئيس البلدية قوله إن المياه مقطوعة وإن الكهرباء منقطعة، "
     "مطالبا الحكومة بإرسال الوقود.", "وكالة الأنباء", "رئيس البلدية", "بإرسال الوقود"),
    ("ونقلت القناة عن الطبيبة قولها إن المستشفى ممتلئ، وإن الأدوية نفدت، داعية إلى "
     "إرسال فرق طبية.", "القناة", "الطبيبة", "إلى إرسال فرق طبية"),
])
def test_a_relayed_call_after_a_second_clause(
        text: str, outlet: str, source: str, call: str) -> None:
    got = _read(text)
    assert (source, call) in got and (outlet, call) in got


def test_a_call_in_the_next_sentence_is_the_sources_alone() -> None:
    got = _read("ونقلت الإذاعة عن الشيخ سالم قوله إن القرية محاصرة وإن الأطفال جوعى. "
                "ودعا إلى فتح ممر آمن.")
    assert ("الإذاعة", "إلى فتح ممر آمن") not in got


def test_a_reported_clause_after_a_second_clause_is_the_sources_alone() -> None:
    # only a call goes on to the outlet after the second clause; "مضيفا أن" does not
    got = _read("ونقلت الصحيفة عن مدير المدرسة، سامر العلي، قوله إن السقف انهار، وإن الصفوف "
                "أغلقت، مضيفا أن نحو مئتي طالب باتوا بلا مقاعد.")
    assert [sp for sp, w in got if w.startswith("نحو مئتي")] == ["سامر العلي"]
