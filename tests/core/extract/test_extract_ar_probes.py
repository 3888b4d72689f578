"""Probe sentences for the Arabic engines: news-wire constructions beyond the dev corpus.

Every sentence is fictional and written for these tests. Publication date of all
probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _casualties
from tests.extract_probes import ar_dates as _dates
from tests.extract_probes import ar_statements as _statements

# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a Hijri year alone is given as the Gregorian year holding its middle
    ("وأسس التنظيم فرعه في المدينة عام 1438 هـ بعد خلاف داخلي.", [("1438 هـ", "2017")]),
    ("وتعود الوثيقة إلى سنة 1445هـ حسب الأرشيف.", [("1445هـ", "2024")]),
    ("وفي العام 1430 هجرية انشقت الكتيبة عن الجيش.", [("1430 هجرية", "2009")]),
])
def test_hijri_year_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_bare_hijri_range_number_without_era_mark_is_no_date() -> None:
    assert _dates("ووزعت الجمعية 1438 سلة غذائية على النازحين.") == []


# --- statements -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # "وتابع" continues the previous speaker like "وأضاف"
    ("وقال المحافظ إن الجسر مغلق. وتابع أن فرق الصيانة ستصل مساء.",
     [("المحافظ", "الجسر مغلق"), ("المحافظ", "فرق الصيانة ستصل مساء")]),
    # a quotation straight after a verb of saying, no colon: the quoted words only
    ("قال «سنبقى في مواقعنا حتى النهاية» في كلمة متلفزة أمام أنصاره.",
     [(None, "سنبقى في مواقعنا حتى النهاية")]),
    # an announced object, then a participle with its own complementizer
    ("وأعلنت الأمم المتحدة وقف توزيع المساعدات، موضحة أن قافلتها تعرضت لإطلاق نار.",
     [("الأمم المتحدة", "وقف توزيع المساعدات"),
      ("الأمم المتحدة", "قافلتها تعرضت لإطلاق نار")]),
    # "المسؤولية" is the object of أعلن, not part of its subject
    ("وأعلن التنظيم المسؤولية عن تفجير الحافلة.",
     [("التنظيم", "المسؤولية عن تفجير الحافلة")]),
])
def test_statement_probes_fixed(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


# --- casualties -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # "في" + place or event closes the group; "في" + the body they belong to does not
    ("قتل 12 شخصا في غارة جوية على ريف إدلب.", [("قتل 12 شخصا", "killed", 12, "exact")]),
    ("وجرح 11 شخصا في الاشتباكات.", [("وجرح 11 شخصا", "wounded", 11, "exact")]),
    ("وقتل 6 عناصر في صفوف الجيش خلال الهجوم.",
     [("وقتل 6 عناصر في صفوف الجيش", "killed", 6, "exact")]),
    # a dual or a coordinated singular is not followed into "في"
    ("وقتل جنديين في كمين قرب الحدود.", [("وقتل جنديين", "killed", 2, "exact")]),
    ("وقتل طفلان وامرأة في القصف.",
     [("وقتل طفلان", "killed", 2, "exact"), ("وقتل طفلان وامرأة", "killed", 1, "exact")]),
    # "ضحايا" names the dead inside a toll
    ("وارتفعت حصيلة ضحايا التفجير في السوق إلى 45 شخصا.",
     [("حصيلة ضحايا التفجير في السوق إلى 45 شخصا", "killed", 45, "exact")]),
    # "فقد" right before a count: missing
    ("وفقد 9 صيادين قبالة سواحل الحديدة.", [("وفقد 9 صيادين", "missing", 9, "exact")]),
])
def test_casualty_probes_fixed(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize("text", [
    "فقد أعلن الجيش 3 مناطق عسكرية مغلقة.",  # the particle فقد
    "وفقد الجيش 4 مواقع في الريف الشمالي.",  # lost positions, not people
    "وبلغت حصيلة الضحايا 2018 وفق الأمم المتحدة.",  # a year is no toll
])
def test_casualty_precision_probes(text: str) -> None:
    assert _casualties(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل ١٬٢٠٠ شخص منذ بداية العام.", [("وقتل ١٬٢٠٠ شخص", "killed", 1200, "exact")]),
    ("وتوفي 3 أشخاص متأثرين بجروحهم.", [("وتوفي 3 أشخاص", "killed", 3, "exact")]),
])
def test_casualty_probes_more(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الهجوم صباح اليوم الخميس في درعا.", [("صباح اليوم الخميس", "2018-05-10")]),
    ("اجتمع الطرفان في الثامن من أيار الجاري.", [("الثامن من أيار الجاري", "2018-05-08")]),
    ("وتعود الحادثة إلى الحادي والعشرين من آذار 2016.",
     [("الحادي والعشرين من آذار 2016", "2016-03-21")]),
    ("ويبدأ الإضراب في الأول من حزيران المقبل.", [("الأول من حزيران المقبل", "2018-06-01")]),
])
def test_date_probes_fixed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a long title with "في": the speaker runs to the complementizer
    ("وأكد وزير الداخلية في حكومة الوفاق الليبية فتحي باشاغا أن الأمن مستتب في العاصمة.",
     [("وزير الداخلية في حكومة الوفاق الليبية فتحي باشاغا", "الأمن مستتب في العاصمة")]),
    # "برصاص" belongs to the announced object; only أفاد-type verbs take a ب-content
    ("وأعلنت الوزارة استشهاد شاب برصاص الاحتلال.",
     [("الوزارة", "استشهاد شاب برصاص الاحتلال")]),
    ("وأفاد مراسل القناة في حمص بسقوط قذائف على الأحياء الغربية.",
     [("مراسل القناة في حمص", "بسقوط قذائف على الأحياء الغربية")]),
])
def test_statement_probes_more(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وبلغ عدد القتلى 30 شخصا.", [("عدد القتلى 30 شخصا", "killed", 30, "exact")]),
    ("وبلغت حصيلة الجرحى 45.", [("حصيلة الجرحى 45", "wounded", 45, "exact")]),
])
def test_toll_with_the_verb_first(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize("text", [
    "وبلغ عدد المحتجين 3000 شخص.",  # a count of protesters is no toll
    "وبلغ عدد سكان المخيم 3000 شخص.",
    "وقدم الوفد 15 مقترحا إلى الأمم المتحدة.",
    "وتقع القاعدة على بعد 40 كيلومترا من المدينة.",
    "وبلغ عمر المصاب 17 عاما.",
    "وتضم الكتيبة 300 مقاتل.",
    "وأطلقت الفصائل 15 صاروخا على المدينة.",
])
def test_casualty_precision_more(text: str) -> None:
    assert _casualties(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ووفقا لما أعلنته وزارة الصحة فإن الطواقم تعمل بلا توقف.",
     [("وزارة الصحة", "الطواقم تعمل بلا توقف")]),
    ("ووفق ما ذكرته وسائل إعلام محلية، فإن الانفجار وقع قرب السوق.",
     [("وسائل إعلام محلية", "الانفجار وقع قرب السوق")]),
    # headline "X يقول إن ...": the words start after the complementizer
    ("الرئيس يقول إن الاتفاق لن يصمد", [("الرئيس", "الاتفاق لن يصمد")]),
    # "قوله" and the outlet addressed are not part of the speaker
    ("ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم نفذه انتحاري.",
     [("وكالة رويترز", "الهجوم نفذه انتحاري"), ("مسؤول أمني", "الهجوم نفذه انتحاري")]),
    ("وقال شهود عيان لفرانس برس إن دوي انفجارات سمع في الحي.",
     [("شهود عيان", "دوي انفجارات سمع في الحي")]),
    # "في مؤتمر صحفي" is the medium, not part of a long title
    ("وقال الناطق باسم الجيش اللواء أحمد المسماري في مؤتمر صحفي بمدينة بنغازي إن قواته تقدمت.",
     [("الناطق باسم الجيش اللواء أحمد المسماري", "قواته تقدمت")]),
])
def test_statement_probes_sources(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    "وأقال الرئيس وزير الدفاع من منصبه.",  # أقال (dismissed) is not قال
    "ونشرت الصحيفة مقالا عن الحرب في اليمن.",
    "وأحيا السكان ذكرى المجزرة في البلدة.",
    "وصدرت قائمة بأسماء المرشحين للانتخابات.",
    "وبدأ عبد القادر قالوش عمله في المجلس البلدي.",
])
def test_statement_precision_probes(text: str) -> None:
    assert _statements(text) == []


# --- constructions that already held: kept as probes so they stay held ---------------


@pytest.mark.parametrize(("text", "expected"), [
    ("قال المتحدث باسم التحالف العقيد تركي المالكي إن الدفاعات اعترضت صاروخا.",
     [("المتحدث باسم التحالف العقيد تركي المالكي", "الدفاعات اعترضت صاروخا")]),
    ("وقالت وزارة الصحة في غزة إن الطواقم نقلت المصابين إلى المستشفيات.",
     [("وزارة الصحة في غزة", "الطواقم نقلت المصابين إلى المستشفيات")]),
    ("وأفاد مراسلنا بأن القصف استهدف سوقا شعبيا.", [("مراسلنا", "القصف استهدف سوقا شعبيا")]),
    ("وأشار البيان إلى أن العملية مستمرة.", [("البيان", "العملية مستمرة")]),
    ("وصرح قائد الشرطة بأن الوضع تحت السيطرة.", [("قائد الشرطة", "الوضع تحت السيطرة")]),
    ("ونفى الجيش أن تكون طائراته قد قصفت المدرسة.",
     [("الجيش", "تكون طائراته قد قصفت المدرسة")]),
    ("وقال المحافظ إن الطرق مغلقة، مشيرا إلى أن الإمدادات لم تصل.",
     [("المحافظ", "الطرق مغلقة"), ("المحافظ", "الإمدادات لم تصل")]),
    ("وقتل أربعة أشخاص وفق مصادر أمنية.", [("مصادر أمنية", "وقتل أربعة أشخاص")]),
    ("وتوقفت المعارك حسبما أفاد سكان محليون.", [("سكان محليون", "وتوقفت المعارك")]),
    ("وقالت الخارجية في بيان إن الهجوم انتهاك للقانون الدولي.",
     [("الخارجية", "الهجوم انتهاك للقانون الدولي")]),
    ("وقال مصدر عسكري في تصريح لسكاي نيوز عربية إن التعزيزات وصلت.",
     [("مصدر عسكري", "التعزيزات وصلت")]),
    ('وقال رئيس الوزراء: "لن نسمح بعودة الإرهاب".',
     [("رئيس الوزراء", "لن نسمح بعودة الإرهاب")]),
])
def test_statement_probes_held(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل ١٢ شخصا في غارة على ريف إدلب.", [("قتل ١٢ شخصا", "killed", 12, "exact")]),
    ("قتل خمسة عشر مدنيا في قصف مدفعي.", [("قتل خمسة عشر مدنيا", "killed", 15, "exact")]),
    ("وأسفر الانفجار عن سقوط قتيلين وثلاثة جرحى.",
     [("قتيلين", "killed", 2, "exact"), ("وثلاثة جرحى", "wounded", 3, "exact")]),
    ("وأصيب العشرات من المتظاهرين برصاص الجيش.",
     [("وأصيب العشرات من المتظاهرين", "wounded", 24, "vague")]),
    ("وقتل نحو 20 مسلحا في المعارك.", [("وقتل نحو 20 مسلحا", "killed", 20, "about")]),
    ("وقتل أكثر من 30 عنصرا من تنظيم داعش.",
     [("وقتل أكثر من 30 عنصرا من تنظيم داعش", "killed", 30, "more_than")]),
    ("وقتل ما لا يقل عن 17 شخصا.", [("وقتل ما لا يقل عن 17 شخصا", "killed", 17, "at_least")]),
    ("واستشهد 4 فلسطينيين برصاص قوات الاحتلال.",
     [("واستشهد 4 فلسطينيين", "killed", 4, "exact")]),
    ("وارتفعت حصيلة قتلى الانفجار إلى 45 قتيلا.", [("45 قتيلا", "killed", 45, "exact")]),
    ("وخطف مسلحون 7 عمال أجانب.", [("وخطف مسلحون 7 عمال أجانب", "captured", 7, "exact")]),
    ("وأسفر القصف عن مقتل 7 أشخاص وإصابة 12 آخرين.",
     [("مقتل 7 أشخاص", "killed", 7, "exact"), ("وإصابة 12 آخرين", "wounded", 12, "exact")]),
])
def test_casualty_probes_held(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقصفت الطائرات البلدة فجر اليوم.", [("فجر اليوم", "2018-05-10")]),
    ("واندلعت اشتباكات مساء أمس.", [("مساء أمس", "2018-05-09")]),
    ("وجرى اللقاء في 3 نيسان.", [("3 نيسان", "2018-04-03")]),
    ("وجرى اللقاء في 3 أبريل 2017.", [("3 أبريل 2017", "2017-04-03")]),
    ("وانتهت المعركة في كانون الأول 2016.", [("كانون الأول 2016", "2016-12")]),
    ("وقعت الاشتباكات ليل الخميس إلى الجمعة.", [("ليل الخميس إلى الجمعة", "2018-05-10")]),
    ("ووقع الحادث في 12 رمضان 1439 هـ.", [("12 رمضان 1439 هـ", "2018-05-27")]),
    ("وصل الوفد يوم الأحد الماضي.", [("يوم الأحد الماضي", "2018-05-06")]),
    ("في 5 أغسطس/آب 2016", [("5 أغسطس/آب 2016", "2016-08-05")]),
])
def test_date_probes_held(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected
