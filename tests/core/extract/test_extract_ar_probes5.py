"""Arabic probe sentences, fifth round (issue 11): threats and warnings with the one
threatened between the verb and the preposition, Iraqi, Libyan, Yemeni, Egyptian and Gulf
copy, civil-defence and hospital tallies, UN bulletins, negated reports, duals of
nisba nouns, Hijri dates, night spans, and sentences that must give nothing.

Every sentence is fictional and written for these tests. Publication date of the date
probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _casualties
from tests.extract_probes import ar_dates as _dates
from tests.extract_probes import ar_statements as _statements

# --- statements: threats and warnings with an object before the preposition --------------


@pytest.mark.parametrize(("text", "expected"), [
    ("وتوعدت الحركة إسرائيل بالرد على اغتيال قادتها.",
     [("الحركة", "بالرد على اغتيال قادتها")]),
    ("وهدد زعيم الجماعة الحكومة بالتصعيد إذا لم تنسحب القوات.",
     [("زعيم الجماعة", "بالتصعيد إذا لم تنسحب القوات")]),
    ("وتوعد قائد الفصيل القوات الحكومية بهزيمة قاسية.", [("قائد الفصيل", "بهزيمة قاسية")]),
    ("وتوعدت الحركة الاحتلال الإسرائيلي برد قاس.", [("الحركة", "برد قاس")]),
    # a plural subject does not take a singular adjective: "السعودية" is the object
    ("وهدد الحوثيون السعودية والإمارات باستهداف المنشآت النفطية.",
     [("الحوثيون", "باستهداف المنشآت النفطية")]),
    ("وتوعد التنظيم عناصر الأمن في بيان على تلغرام بمزيد من الهجمات.",
     [("التنظيم", "بمزيد من الهجمات")]),
    # with no ب-act within reach the threat is an act, not words
    ("وهدد القصف حياة المدنيين في الأحياء الشرقية.", []),
    ("وتوعدت الحركة إسرائيل.", []),
])
def test_threat_with_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وحذر الجيش السكان من الاقتراب من المنطقة الحدودية.",
     [("الجيش", "من الاقتراب من المنطقة الحدودية")]),
    ("وحذرت الأمم المتحدة من كارثة إنسانية في الحديدة.",
     [("الأمم المتحدة", "من كارثة إنسانية في الحديدة")]),
    ("وحذرت منظمة الصحة العالمية من انتشار الكوليرا.",
     [("منظمة الصحة العالمية", "من انتشار الكوليرا")]),
    # "من أن": the words start after the complementizer, and من is not part of the speaker
    ("وحذر مسؤولون من أن المدينة قد تسقط.", [("مسؤولون", "المدينة قد تسقط")]),
])
def test_warnings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- statements: negated reports, "ما يلي", closing with "بالقول" -------------------------


@pytest.mark.parametrize("text", [
    "ولم يؤكد الجيش الإسرائيلي هذه الأنباء.",
    "ولم تؤكد مصادر رسمية سقوط قتلى في القصف.",
    "ولم يعلن أي طرف مسؤوليته عن الهجوم.",
    # a closing verb without the masdar of saying closes a visit or a round of talks
    "واختتم الوزير زيارته إلى القاهرة أمس.",
    "واختتمت المحادثات في جنيف دون اتفاق.",
])
def test_no_words_reported(text: str) -> None:
    assert _statements(text) == []


def test_negated_report_inside_words_is_no_inner_statement() -> None:
    assert _statements("وقال الوزير إن الحكومة لا تقول إن الهجوم فشل.") == [
        ("الوزير", "الحكومة لا تقول إن الهجوم فشل")]


def test_denial_is_still_a_statement() -> None:
    assert _statements("ونفى المتحدث باسم التحالف أن تكون الغارة قد استهدفت مدنيين.") == [
        ("المتحدث باسم التحالف", "تكون الغارة قد استهدفت مدنيين")]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المتحدث باسم الجيش ما يلي: "لن نسمح بعودة الإرهاب".',
     [("المتحدث باسم الجيش", "لن نسمح بعودة الإرهاب")]),
    ("وقال قائد الشرطة ما نصه: سنلاحق المتورطين أينما كانوا.",
     [("قائد الشرطة", "سنلاحق المتورطين أينما كانوا")]),
])
def test_words_announced_before_a_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المحافظ إن الوضع تحت السيطرة. واختتم بالقول إن الحل السياسي هو الطريق الوحيد.",
     [("المحافظ", "الوضع تحت السيطرة"), ("المحافظ", "الحل السياسي هو الطريق الوحيد")]),
    ("واختتم المتحدث حديثه بالقول إن الحكومة لن تتراجع.",
     [("المتحدث", "الحكومة لن تتراجع")]),
    ('واختتمت الوزيرة كلمتها بالقول: "لن نتخلى عن أهلنا".',
     [("الوزيرة", "لن نتخلى عن أهلنا")]),
])
def test_closing_with_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- casualties: nominative duals of nisba nouns, "أودى بحياة", deaths of the wounded -------


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل مدنيان وأصيب ثلاثة آخرون في قصف حوثي على تعز.",
     [("قتل مدنيان", "killed", 2, "exact"), ("وأصيب ثلاثة آخرون", "wounded", 3, "exact")]),
    ("استشهد فلسطينيان برصاص الجيش الإسرائيلي قرب نابلس.",
     [("استشهد فلسطينيان", "killed", 2, "exact")]),
    ("وأصيب شرطيان بجروح طفيفة في الهجوم.", [("وأصيب شرطيان", "wounded", 2, "exact")]),
    ("وقتلت طفلتان في القصف.", [("وقتلت طفلتان", "killed", 2, "exact")]),
    # the dual adjective agrees with the dual noun: one figure, not two
    ("وقتل جنديان سعوديان في هجوم على الحدود.", [("وقتل جنديان", "killed", 2, "exact")]),
    # "طالبان" is the movement, not two students
    ("وقتل مقاتلان من طالبان في الاشتباك.", [("وقتل مقاتلان", "killed", 2, "exact")]),
    ("وأعلنت حركة طالبان مسؤوليتها عن الهجوم.", []),
])
def test_nominative_duals(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أودى الهجوم بحياة 14 جنديا.", [("بحياة 14 جنديا", "killed", 14, "exact")]),
    ("أودت الغارة بحياة طفلين وأمهما.", [("بحياة طفلين", "killed", 2, "exact")]),
    ("وأودى القصف بأرواح عشرات المدنيين.",
     [("بأرواح عشرات المدنيين", "killed", 24, "vague")]),
    ("أسفر الحادث عن وفاة 3 أشخاص.", [("وفاة 3 أشخاص", "killed", 3, "exact")]),
    ("وتوفي جريحان متأثرين بجروحهما.", [("وتوفي جريحان", "killed", 2, "exact")]),
    ("وتوفي 3 من الجرحى في المستشفى.", [("وتوفي 3 من الجرحى", "killed", 3, "exact")]),
    # lives threatened and a death of old age are no figures
    ("وتهدد المجاعة حياة 3 ملايين شخص.", []),
    ("وأعلنت الرئاسة وفاة الرئيس السابق عن 80 عاما.", []),
])
def test_deaths_in_other_words(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ونزحت مئات العائلات من المنطقة.",
     [("ونزحت مئات العائلات", "displaced", 200, "vague")]),
    ("ونزح أكثر من 5 آلاف شخص من القرى الحدودية.",
     [("ونزح أكثر من 5 آلاف شخص", "displaced", 5000, "more_than")]),
])
def test_flight_and_its_origin(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


# --- dates: Hijri with Gregorian, nights, names that hold a date ---------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الهجوم يوم الثلاثاء 22 شعبان 1439 هـ الموافق 8 مايو 2018.",
     [("يوم الثلاثاء", "2018-05-08"), ("22 شعبان 1439 هـ", "2018-05-08"),
      ("8 مايو 2018", "2018-05-08")]),
    ("واستمرت الاشتباكات ليلة الأحد على الاثنين.", [("ليلة الأحد على الاثنين", "2018-05-06")]),
    ("وقال المسؤول مساء أمس الأربعاء إن الهجوم فشل.", [("مساء أمس الأربعاء", "2018-05-09")]),
    # الماضي after a Hijri day belongs to the date, as after a Gregorian one
    ("وكان الهجوم قد وقع في 12 رمضان الماضي.", [("12 رمضان الماضي", "2017-06-07")]),
])
def test_hijri_and_nights(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "وقع الانفجار في شارع 14 رمضان.",
    "وتظاهر المئات في ميدان 6 أكتوبر.",
    "وأحيا المصريون ذكرى ثورة 25 يناير.",
    "وقع انفجار بشارع 26 يوليو في القاهرة.",
    "وبلغ سعر الدولار 1975 ليرة.",
    "ويأتي ذلك بعد يومين من هجوم مماثل.",
])
def test_no_date(text: str) -> None:
    assert _dates(text) == []


def test_a_date_after_a_plain_preposition_stays() -> None:
    assert _dates("وفي 6 أكتوبر 1973 اندلعت الحرب.") == [("6 أكتوبر 1973", "1973-10-06")]


# --- statements: security-cell and agency copy, the medium and where it came from ----------


@pytest.mark.parametrize(("text", "expected"), [
    # who received the statement is no part of the speaker or the words
    ("وذكرت خلية الإعلام الأمني، في بيان تلقت سكاي نيوز عربية نسخة منه، أن القوات الأمنية "
     "اعتقلت ثلاثة مطلوبين.",
     [("خلية الإعلام الأمني", "القوات الأمنية اعتقلت ثلاثة مطلوبين")]),
    # an acronym in brackets belongs to the agency's name
    ("ونقلت وكالة الأنباء اليمنية (سبأ) الرسمية عن مصدر عسكري قوله إن قوات الجيش الوطني "
     "حررت مواقع جديدة.",
     [("وكالة الأنباء اليمنية (سبأ) الرسمية", "قوات الجيش الوطني حررت مواقع جديدة"),
      ("مصدر عسكري", "قوات الجيش الوطني حررت مواقع جديدة")]),
    ("وأفاد بيان صادر عن الجيش بأن 3 جنود قتلوا.", [("بيان صادر عن الجيش", "3 جنود قتلوا")]),
    # the medium with a possessive ("كلمته") and the preposition of "على أن" end the speaker
    ("وشدد الوزير في كلمته خلال المؤتمر الذي عقد في القاهرة على أن مصر لن تتهاون في "
     "مكافحة الإرهاب.",
     [("الوزير", "مصر لن تتهاون في مكافحة الإرهاب")]),
    ("وقال مصدر طبي في مستشفى الجمهورية بعدن، طلب عدم الكشف عن هويته، إن المستشفى استقبل "
     "7 جثث.",
     [("مصدر طبي في مستشفى الجمهورية بعدن", "المستشفى استقبل 7 جثث")]),
])
def test_agency_and_cell_copy(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وجاء في بيان الوزارة أن القوات تمكنت من تحرير القرية.",
     [("بيان الوزارة", "القوات تمكنت من تحرير القرية")]),
    ("وورد في تقرير المنظمة أن 40 مدنيا قتلوا خلال الشهر.",
     [("تقرير المنظمة", "40 مدنيا قتلوا خلال الشهر")]),
    ("وجاء في البيان ما يلي: إن القوات ستواصل عملياتها.",
     [("البيان", "القوات ستواصل عملياتها")]),
    # جاء without a medium after في says nothing
    ("وجاء في المرتبة الأولى أن الفريق فاز.", []),
    ("وجاء الهجوم بعد يومين من التفجير.", []),
])
def test_contained_in_a_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- casualties: Iraqi, Libyan and Yemeni copy, civil-defence tallies, what ends a group ----


@pytest.mark.parametrize(("text", "expected"), [
    ("وأصيب منتسبان في الحشد الشعبي بانفجار عبوة ناسفة.",
     [("وأصيب منتسبان", "wounded", 2, "exact")]),
    # the sub-group between the count and its verb
    ("وقالت وزارة الصحة التابعة للحوثيين إن 11 شخصا بينهم 4 أطفال قتلوا في الغارة.",
     [("11 شخصا بينهم 4 أطفال قتلوا", "killed", 11, "exact"),
      ("4 أطفال قتلوا", "killed", 4, "exact")]),
    ("وانتشلت فرق الدفاع المدني جثة طفل من تحت الأنقاض.",
     [("جثة طفل", "killed", 1, "exact")]),
    ("وأعلن الدفاع المدني انتشال 15 جثة في حصيلة غير نهائية.",
     [("15 جثة", "killed", 15, "exact")]),
    # the weapon or the wound is no part of the group
    ("وأصيب عشرات المتظاهرين بالرصاص الحي.",
     [("وأصيب عشرات المتظاهرين", "wounded", 24, "vague")]),
    ("وأصيب خمسة من رجال الأمن السعودي بجروح.",
     [("وأصيب خمسة من رجال الأمن السعودي", "wounded", 5, "exact")]),
    # a new noun before the verb takes the verb: the mourners were not killed
    ("وشيع آلاف المواطنين جثمان جندي قتل في الهجوم.",
     [("جثمان جندي", "killed", 1, "exact")]),
    # one number for two outcomes, people rescued alive: nothing
    ("وأسفرت الاشتباكات عن مقتل وإصابة 20 شخصا.", []),
    ("وقال الدفاع المدني إن فرقه أنقذت 12 شخصا من تحت الركام.", []),
])
def test_regional_tallies(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize("text", [
    "توفي الرجل عن عمر يناهز 75 عاما.",
    "وقال الشاب البالغ من العمر 25 عاما إنه نجا بأعجوبة.",
    "وارتفعت نسبة البطالة إلى 12 في المئة.",
    "فاز الأهلي على الزمالك بثلاثة أهداف مقابل هدف.",
    "وفاز المنتخب السعودي على نظيره القطري بهدفين مقابل هدف.",
    "انتهت المباراة بفوز الفريق 2-1.",
    "ويقع المقر في الشارع رقم 12 بحي الجامعة.",
    "وبلغ سعر برميل النفط 75 دولارا.",
    "وارتفع عدد السكان إلى مليوني نسمة.",
    "وصوت 12 نائبا لصالح القرار.",
    "وتأسست الحركة عام 1987.",
])
def test_casualty_precision(text: str) -> None:
    assert _casualties(text) == []


# --- statements: envoys, ranks and names, a participle after the verb, closing attributions -


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المبعوث الأممي إلى اليمن مارتن غريفيث في إحاطة أمام مجلس الأمن إن الطرفين "
     "اتفقا على تبادل الأسرى.",
     [("المبعوث الأممي إلى اليمن مارتن غريفيث", "الطرفين اتفقا على تبادل الأسرى")]),
    # a rank and its name after the title are still the subject, not the object
    ("وأعلن المتحدث العسكري للقوات المسلحة المصرية العقيد تامر الرفاعي في بيان مقتل 10 "
     "تكفيريين.",
     [("المتحدث العسكري للقوات المسلحة المصرية العقيد تامر الرفاعي", "مقتل 10 تكفيريين")]),
    ("وأعلن المتحدث باسم قوات الحوثيين العميد يحيى سريع استهداف مطار أبها بطائرة مسيرة.",
     [("المتحدث باسم قوات الحوثيين العميد يحيى سريع", "استهداف مطار أبها بطائرة مسيرة")]),
    ("وقال الوزير إن المفاوضات مستمرة. وتابع قائلا إن الأمم المتحدة ستراقب التنفيذ.",
     [("الوزير", "المفاوضات مستمرة"), ("الوزير", "الأمم المتحدة ستراقب التنفيذ")]),
    # the body of a source named at the end of the sentence
    ("القوات الأمنية سيطرت على المنطقة بالكامل، وفق ما ذكره مصدر في قيادة عمليات بغداد.",
     [("مصدر في قيادة عمليات بغداد", "القوات الأمنية سيطرت على المنطقة بالكامل")]),
    ("قتل 5 أشخاص، بحسب المرصد في بيان.", [("المرصد", "قتل 5 أشخاص")]),
    ("قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف حيا سكنيا في مدينة تعز جنوب "
     "غربي اليمن، بحسب ما أفادت به مصادر طبية وشهود عيان.",
     [("مصادر طبية وشهود عيان", "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف "
       "حيا سكنيا في مدينة تعز جنوب غربي اليمن")]),
])
def test_titles_and_closing_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وشهدت المدينة ليلة الثلاثاء-الأربعاء اشتباكات عنيفة.",
     [("ليلة الثلاثاء-الأربعاء", "2018-05-08")]),
    ("وتوفي في 9/5/2018م متأثرا بجروحه.", [("9/5/2018م", "2018-05-09")]),
    ("وأعلنت الوزارة في بيانها الصادر الأربعاء 22 شعبان 1439 الموافق 9 مايو 2018 أن القوات "
     "تقدمت.",
     [("الأربعاء", "2018-05-09"), ("22 شعبان 1439", "2018-05-09"),
      ("9 مايو 2018", "2018-05-09")]),
])
def test_night_spans_and_era_marks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


# --- statements: Gulf and Yemeni headlines, present-tense reporting ------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("الحوثيون يتهمون التحالف بقصف حافلة ركاب", [("الحوثيون", "التحالف بقصف حافلة ركاب")]),
    ("خلية الإعلام الأمني: مقتل 5 إرهابيين في الأنبار",
     [("خلية الإعلام الأمني", "مقتل 5 إرهابيين في الأنبار")]),
    ("وتشير التقديرات إلى أن أكثر من 10 آلاف شخص قتلوا منذ بداية الحرب.",
     [("التقديرات", "أكثر من 10 آلاف شخص قتلوا منذ بداية الحرب")]),
    ("وتضيف الصحيفة أن الحكومة مستعدة للحوار.", [("الصحيفة", "الحكومة مستعدة للحوار")]),
    # figures point to something; they say nothing
    ("ويشير الرقم إلى تراجع كبير.", []),
    ("وتشير هذه الأرقام إلى أن عدد الضحايا ارتفع.", []),
])
def test_headlines_and_present_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- statements: an aside between commas before the complementizer ------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال رئيس الوزراء العراقي حيدر العبادي، خلال مؤتمر صحفي أسبوعي في بغداد، إن القوات "
     "أكملت تحرير الحدود.",
     [("رئيس الوزراء العراقي حيدر العبادي", "القوات أكملت تحرير الحدود")]),
    # "ذكر" after "عدم" is a verbal noun: no report of its own, and no verb in the aside
    ("وذكر مسؤول في وزارة الداخلية الليبية بحكومة الوفاق، فضل عدم ذكر اسمه، أن الهجوم "
     "نفذه تنظيم داعش.",
     [("مسؤول في وزارة الداخلية الليبية بحكومة الوفاق", "الهجوم نفذه تنظيم داعش")]),
    # a relay between commas names a second source, not an aside
    ('وذكر مراسلنا، نقلا عن بيان للجيش، أن "الجيش عثر على أسلحة".',
     [("مراسلنا", "الجيش عثر على أسلحة"), ("بيان للجيش", "الجيش عثر على أسلحة")]),
])
def test_asides_between_commas(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected
