"""Arabic probe sentences, fourth round (issue 11): styles earlier rounds covered least -
Sudanese and Lebanese reporting, UN bulletins, cumulative ministry tallies, militia
statements on Telegram, court news, passive and present-tense attribution, nested and
multi-sentence quotes, relative periods ("الشهر الجاري", "الأسبوع الماضي"), and
sentences that must give nothing.

Every sentence is fictional and written for these tests. Publication date of the date
probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _casualties
from tests.extract_probes import ar_dates as _dates
from tests.extract_probes import ar_statements as _statements

# --- casualties: "another", "a third" after a figure --------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل شخصان في الغارة وأصيب ثالث بجروح خطيرة.",
     [("قتل شخصان", "killed", 2, "exact"), ("وأصيب ثالث", "wounded", 1, "exact")]),
    ("اعتقلت القوات شابين من المخيم واعتقل آخر في الخليل.",
     [("اعتقلت القوات شابين", "arrested", 2, "exact"), ("واعتقل آخر", "arrested", 1, "exact")]),
    ("قتل جنديان وأصيبت أخرى في القصف.",
     [("قتل جنديان", "killed", 2, "exact"), ("وأصيبت أخرى", "wounded", 1, "exact")]),
    # without an earlier figure, or as "the last ...", آخر counts nobody
    ("وأصيب آخر بجروح.", []),
    ("قتل 3 جنود وقتل آخر قادة الكتيبة.", [("قتل 3 جنود", "killed", 3, "exact")]),
])
def test_one_more_after_a_figure(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


# --- casualties: cumulative tallies, Lebanese and Sudanese copy, what is no casualty -------


@pytest.mark.parametrize(("text", "expected"), [
    ("وبذلك ترتفع حصيلة الشهداء منذ بدء العدوان إلى 1250 شهيدا.",
     [("1250 شهيدا", "killed", 1250, "exact")]),
    ("وارتفع عدد الضحايا إلى 45 قتيلا و120 جريحا منذ بدء المعارك.",
     [("45 قتيلا", "killed", 45, "exact"), ("120 جريحا", "wounded", 120, "exact")]),
    ("وارتفعت حصيلة القتلى إلى 230 منذ بدء الهجوم في نيسان الماضي.",
     [("حصيلة القتلى إلى 230", "killed", 230, "exact")]),
    ("أعلنت وزارة الصحة اللبنانية أن غارة على بلدة حدودية أدت إلى مقتل ثلاثة أشخاص "
     "وإصابة سبعة آخرين بجروح.",
     [("مقتل ثلاثة أشخاص", "killed", 3, "exact"), ("وإصابة سبعة آخرين", "wounded", 7, "exact")]),
    ("قالت لجنة الأطباء المركزية إن 15 مدنيا قتلوا في قصف مدفعي على أحياء المدينة.",
     [("15 مدنيا قتلوا", "killed", 15, "exact")]),
    ("وقال المكتب الأممي إن أكثر من 12 ألف شخص نزحوا من منازلهم.",
     [("أكثر من 12 ألف شخص نزحوا", "displaced", 12000, "more_than")]),
    # a death sentence is no killing
    ("وقضت محكمة الجنايات بإعدام خمسة مدانين بالإرهاب.", []),
    ("وأصدرت المحكمة حكما بالإعدام على ثلاثة متهمين.", []),
    ("حكمت المحكمة العسكرية بإعدام 4 أشخاص.", []),
    # troops, drones and missiles are no casualties
    ("وصل 300 جندي سوداني إلى عدن.", []),
    ("وقالت الكتائب إنها استهدفت القاعدة بطائرتين مسيرتين.", []),
    ("أطلق المسلحون 20 صاروخا على المدينة.", []),
])
def test_tallies_and_non_casualties(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


def test_executed_is_still_killed() -> None:
    # the execution itself, with no verdict word, is a killing
    assert _casualties("أعدم التنظيم 5 أشخاص في الساحة.") == [
        ("أعدم التنظيم 5 أشخاص", "killed", 5, "exact")]


# --- statements: subjects of calls, Telegram, passive and present-tense forms --------------


@pytest.mark.parametrize(("text", "expected"), [
    # a definite object after a title in construct: the title ends at its genitive
    ("ودعا وزير الخارجية المجتمع الدولي إلى التدخل الفوري.",
     [("وزير الخارجية", "إلى التدخل الفوري")]),
    ("وحث الرئيس اللبناني الأطراف كافة على التهدئة.",
     [("الرئيس اللبناني", "على التهدئة")]),
    ("ودعا رئيس الحكومة اللبنانية المواطنين إلى الهدوء.",
     [("رئيس الحكومة اللبنانية", "إلى الهدوء")]),
    ("ودعا المتحدث باسم الجيش السكان إلى الابتعاد عن المواقع.",
     [("المتحدث باسم الجيش", "إلى الابتعاد عن المواقع")]),
    # a body whose name begins with ل
    ("قالت لجنة الأطباء المركزية إن 15 مدنيا قتلوا في القصف.",
     [("لجنة الأطباء المركزية", "15 مدنيا قتلوا في القصف")]),
    ("وقال لواء المعتصم في بيان إن مقاتليه صدوا الهجوم.",
     [("لواء المعتصم", "مقاتليه صدوا الهجوم")]),
    # ... while "وفقا لـ" still loses its ل
    ("وقتل ثلاثة في الغارة، وفقا لمسؤولين محليين.",
     [("مسؤولين محليين", "وقتل ثلاثة في الغارة")]),
    ("وقالت كتائب حزب الله في بيان على قناتها في تلغرام إنها استهدفت القاعدة.",
     [("كتائب حزب الله", "استهدفت القاعدة")]),
    ("وأفادت قوات الدعم السريع في بيان على تلغرام بأنها سيطرت على المدينة.",
     [("قوات الدعم السريع", "سيطرت على المدينة")]),
    ("ونُقل عن مصدر طبي قوله إن الجرحى نقلوا إلى مستشفى المدينة.",
     [("مصدر طبي", "الجرحى نقلوا إلى مستشفى المدينة")]),
    ("ويقول سكان محليون إن القصف لم يتوقف منذ أيام.",
     [("سكان محليون", "القصف لم يتوقف منذ أيام")]),
    ("وتؤكد الأمم المتحدة أن الوضع الإنساني كارثي.",
     [("الأمم المتحدة", "الوضع الإنساني كارثي")]),
    ("وقال المدعي العام إن المتهمين الثلاثة شاركوا في التفجير.",
     [("المدعي العام", "المتهمين الثلاثة شاركوا في التفجير")]),
    # reported speech without hamza or final stop
    ("وقال شهود عيان ان الطائرات قصفت السوق", [("شهود عيان", "الطائرات قصفت السوق")]),
])
def test_speakers_of_wire_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- statements: who a verb without a subject continues -----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a masculine verb cannot continue a feminine (or non-human plural) speaker: it goes
    # back to the masculine subject named just before
    ("وذكرت مصادر عسكرية أن الهجوم صد. ويمتنع الجيش عن التعليق على خسائره. "
     "وفي نيسان الماضي، أعلن مقتل خمسة جنود.",
     [("مصادر عسكرية", "الهجوم صد"), ("الجيش", "مقتل خمسة جنود")]),
    # an agreeing verb still continues the speaker
    ("وذكرت مصادر عسكرية أن الهجوم صد. وأضافت أن القوات تقدمت.",
     [("مصادر عسكرية", "الهجوم صد"), ("مصادر عسكرية", "القوات تقدمت")]),
    ("وقال المتحدث إن الهجوم صد. وأضاف أن القوات تقدمت.",
     [("المتحدث", "الهجوم صد"), ("المتحدث", "القوات تقدمت")]),
    # a verb after an indefinite noun is a clause about it, said by the sentence's subject
    ('من جهتها، بثت قناة "المسيرة" لقطات قالت إنها "صد الهجوم في الصحراء".',
     [('قناة "المسيرة"', "صد الهجوم في الصحراء")]),
])
def test_continued_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "وما وصفته بأنه": a second quotation by the same speaker
    ('وبثت القناة لقطات قالت إنها "صد الهجوم" وما وصفته بأنه "جانب من قتلى العدو".',
     [("القناة", "صد الهجوم"), ("القناة", "جانب من قتلى العدو")]),
])
def test_described_as(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a toll is no speaker
    ("وكانت حصيلة سابقة قد أشارت إلى تسعة قتلى.", []),
    # what was revealed is not said
    ("وكشف التحقيق عن سبب الحريق.", []),
    ("وكشفت الشرطة عن هوية المهاجم.", []),
    ("ويذكر أن المدينة شهدت معارك عنيفة.", []),
    # an agentless passive
    ("وأفيد بمقتل شخصين في القصف.", []),
])
def test_no_statement(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_revealed_content_is_still_a_statement() -> None:
    assert _statements("وكشف مصدر أمني عن مقتل خمسة من عناصر الشرطة.") == [
        ("مصدر أمني", "مقتل خمسة من عناصر الشرطة")]


def test_quote_over_two_sentences() -> None:
    text = 'وقال المتحدث: "لن نتراجع. سنواصل القتال حتى النهاية". وانتهى المؤتمر.'
    assert _statements(text) == [("المتحدث", "لن نتراجع. سنواصل القتال حتى النهاية")]


def test_unclosed_quote_keeps_sentences_apart() -> None:
    text = 'وقال المتحدث: "لن نتراجع. وقال الوزير إن الحل سياسي.'
    # (the opening mark of a quotation never closed is left out like a pair's)
    assert _statements(text) == [("المتحدث", 'لن نتراجع'), ("الوزير", "الحل سياسي")]


# --- headlines ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry named by its field and place
    ("الصحة في غزة: ارتفاع عدد الشهداء إلى 12\nوقالت وزارة الصحة إن الحصيلة مرشحة للارتفاع.",
     [("الصحة في غزة", "ارتفاع عدد الشهداء إلى 12"),
      ("وزارة الصحة", "الحصيلة مرشحة للارتفاع")]),
    ("الداخلية اللبنانية: توقيف خمسة مطلوبين\nوانتهت العملية.",
     [("الداخلية اللبنانية", "توقيف خمسة مطلوبين")]),
    # a dateline place followed by "في" is still no speaker
    ("اشتباكات في طرابلس: مقتل ثلاثة\nوقال مصدر أمني إن الاشتباكات توقفت.",
     [("مصدر أمني", "الاشتباكات توقفت")]),
])
def test_headline_ministry(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a period named relative to publication: its unit is the precision
    ("نزح الآلاف منذ منتصف الشهر الجاري.", [("منتصف الشهر الجاري", "2018-05")]),
    ("ومن المقرر أن يعقد المؤتمر منتصف الشهر المقبل.", [("منتصف الشهر المقبل", "2018-06")]),
    ("وقعت الاشتباكات الشهر الماضي قرب الحدود.", [("الشهر الماضي", "2018-04")]),
    ("وقعت الاشتباكات الأسبوع الماضي قرب الحدود.", [("الأسبوع الماضي", "2018-04-30")]),
    ("وتضاعف عدد النازحين منذ العام الماضي.", [("العام الماضي", "2017")]),
    ("وتنتهي المهلة نهاية العام الجاري.", [("نهاية العام الجاري", "2018")]),
    # Hijri with its Gregorian equivalent: both are read
    ("صدر البيان يوم الخميس 24 شعبان 1439 هـ الموافق 10 أيار/مايو 2018.",
     [("يوم الخميس", "2018-05-10"), ("24 شعبان 1439 هـ", "2018-05-10"),
      ("10 أيار/مايو 2018", "2018-05-10")]),
    ("وقع الانفجار أمس الأربعاء.", [("أمس الأربعاء", "2018-05-09")]),
    # not a date
    ("وفي اليوم التالي عاد الهدوء.", []),
])
def test_relative_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_relative_period_precision() -> None:
    from workbench.core.extract.ar import find_dates_ar
    got = {d["text"]: d["precision"] for d in find_dates_ar(
        "وقعت الاشتباكات الأسبوع الماضي، ونزح الآلاف منذ منتصف الشهر الجاري، "
        "وتنتهي المهلة نهاية العام المقبل.", "2018-05-10")}
    assert got == {"الأسبوع الماضي": "week", "منتصف الشهر الجاري": "month",
                   "نهاية العام المقبل": "year"}


# --- a time after the subject, and a second object with the verb left out -----------------


@pytest.mark.parametrize(("text", "expected"), [
    # "في آذار" is when, not where: it belongs to neither the speaker nor the words
    ("وأعلن الجيش في نيسان/أبريل 2017 مقتل خمسة جنود.", [("الجيش", "مقتل خمسة جنود")]),
    # gapping: the time phrase and "عن" say the verb again
    ("وأعلن الجيش في آذار مقتل خمسة جنود، وفي أيار عن مقتل جندي آخر.",
     [("الجيش", "مقتل خمسة جنود"), ("الجيش", "عن مقتل جندي آخر")]),
    ("وفي نيسان 2017، أعلن الجيش مقتل خمسة جنود وفي كانون الثاني 2016 عن مقتل جندي.",
     [("الجيش", "مقتل خمسة جنود"), ("الجيش", "عن مقتل جندي")]),
    # a place after في still belongs to the body, and "في الهجوم" to the words
    ("أعلنت الشرطة في المدينة اعتقال مشتبه به.", [("الشرطة في المدينة", "اعتقال مشتبه به")]),
    ("وأعلن الجيش في بيان مقتل خمسة جنود في الهجوم.", [("الجيش", "مقتل خمسة جنود في الهجوم")]),
])
def test_time_phrase_and_gapping(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- Lebanese, UN and Sudanese copy: duals of the dead, bulletins, arrests, bodies ---------


@pytest.mark.parametrize(("text", "expected"), [
    # the dual of "شهيد" counts two dead, like "قتيلان"
    ("وقالت الوكالة الوطنية للإعلام إن مسيرة استهدفت سيارة على طريق بلدة حدودية، ما أدى "
     "إلى سقوط شهيدين.", [("شهيدين", "killed", 2, "exact")]),
    ("وأشار التقرير إلى أن 1.2 مليون شخص نزحوا داخليا منذ اندلاع الحرب.",
     [("1.2 مليون شخص نزحوا", "displaced", 1200000, "exact")]),
    ("وأسفرت المعارك عن نزوح نحو 30 ألف شخص خلال أسبوع.",
     [("نزوح نحو 30 ألف شخص", "displaced", 30000, "about")]),
    # the charge of an arrest is not part of the group
    ("وأوقفت الأجهزة الأمنية 7 أشخاص للاشتباه في تورطهم بالهجوم.",
     [("وأوقفت الأجهزة الأمنية 7 أشخاص", "arrested", 7, "exact")]),
    ("واعتقلت الشرطة 3 شبان بتهمة الانتماء إلى خلية مسلحة.",
     [("واعتقلت الشرطة 3 شبان", "arrested", 3, "exact")]),
    # "من تحت الأنقاض" says where from; "من الحرس الثوري" is still the group
    ("وقال الدفاع المدني إن فرقه انتشلت جثث 6 أشخاص من تحت الأنقاض.",
     [("جثث 6 أشخاص", "killed", 6, "exact")]),
    ("مقتل 5 عناصر من الحرس الثوري في الهجوم.",
     [("مقتل 5 عناصر من الحرس الثوري", "killed", 5, "exact")]),
    ("ولا يزال 15 شخصا في عداد المفقودين.",
     [("15 شخصا في عداد المفقودين", "missing", 15, "exact")]),
    # people rescued alive are no casualties
    ("وأنقذت فرق الإنقاذ 12 شخصا من تحت الأنقاض.", []),
])
def test_regional_copy_casualties(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the report a bulletin appears in is its medium, not part of the speaker
    ("وأفاد مكتب تنسيق الشؤون الإنسانية في تقريره الأسبوعي بأن نحو 25 ألف شخص فروا.",
     [("مكتب تنسيق الشؤون الإنسانية", "نحو 25 ألف شخص فروا")]),
    ("وذكرت قوات الدعم السريع في منشور على قناتها بتطبيق تلغرام أن مقاتليها أسقطوا طائرة.",
     [("قوات الدعم السريع", "مقاتليها أسقطوا طائرة")]),
    ('ونقلت صحيفة "السوداني" عن مصدر عسكري قوله إن الجيش استعاد الجسر.',
     [('صحيفة "السوداني"', "الجيش استعاد الجسر"), ("مصدر عسكري", "الجيش استعاد الجسر")]),
    ("وقالت النيابة العامة في بيان إن التحقيقات أثبتت تورط المتهمين.",
     [("النيابة العامة", "التحقيقات أثبتت تورط المتهمين")]),
    ("وقضت المحكمة بسجن المتهم عشر سنوات، وقال محامي الدفاع إنه سيستأنف الحكم.",
     [("محامي الدفاع", "سيستأنف الحكم")]),
    # an agentless passive names nobody
    ("وأفيد بأن اشتباكات عنيفة اندلعت في محيط القيادة العامة.", []),
    # a participle's quotation of two sentences
    ('وقال مصدر طبي إن المستشفى استقبل 9 قتلى، مضيفا: "الوضع صعب جدا. نحتاج إلى أدوية".',
     [("مصدر طبي", "المستشفى استقبل 9 قتلى"),
      ("مصدر طبي", "الوضع صعب جدا. نحتاج إلى أدوية")]),
])
def test_regional_copy_statements(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ونزح الآلاف خلال الأيام الأولى من الشهر الجاري.", [("الشهر الجاري", "2018-05")]),
    ("ومن المتوقع أن تستأنف المفاوضات الأسبوع المقبل.", [("الأسبوع المقبل", "2018-05-14")]),
    ("وقعت المجزرة في العاشر من حزيران الماضي.", [("العاشر من حزيران الماضي", "2017-06-10")]),
    ("وقالت الوزارة إن الحصيلة حتى مساء اليوم الخميس بلغت 40 قتيلا.",
     [("مساء اليوم الخميس", "2018-05-10")]),
    # "العام" before a year is still left out of the span
    ("وصل الجنود العام 2015.", [("2015", "2015")]),
])
def test_regional_copy_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


# --- nested reports, relays after بحسب, a second source after فيما, opinion verbs ---------


@pytest.mark.parametrize(("text", "expected"), [
    # nested attribution: the outer words hold the inner report, whose speaker gets its own
    ("وقال رئيس البلدية إن ضابطا في الجيش أبلغه أن القوات ستنسحب.",
     [("رئيس البلدية", "ضابطا في الجيش أبلغه أن القوات ستنسحب"),
      ("ضابطا في الجيش", "القوات ستنسحب")]),
    ("وقال الشيخ إن قائد الفصيل أكد له أن المقاتلين سيغادرون.",
     [("الشيخ", "قائد الفصيل أكد له أن المقاتلين سيغادرون"),
      ("قائد الفصيل", "المقاتلين سيغادرون")]),
    # a clause with no report inside stays one statement
    ("وقال المصدر إن الجيش تقدم في المنطقة.", [("المصدر", "الجيش تقدم في المنطقة")]),
    # "بحسب ما نقلت X عن Y": both sources, the same words
    ("وبحسب ما نقلت وكالة الأنباء الرسمية عن مصدر أمني، فإن المهاجمين فروا.",
     [("وكالة الأنباء الرسمية", "المهاجمين فروا"), ("مصدر أمني", "المهاجمين فروا")]),
    ("وفر المهاجمون، بحسب ما نقلت الوكالة عن مصدر أمني.",
     [("الوكالة", "وفر المهاجمون"), ("مصدر أمني", "وفر المهاجمون")]),
    # "عن" after a verb that relays nothing still belongs to the source
    ("وقتل 30 شخصا، بحسب آخر حصيلة صدرت عن وزارة الصحة.",
     [("آخر حصيلة صدرت عن وزارة الصحة", "وقتل 30 شخصا")]),
    # "، فيما أعلنت X ...": another source's report, then the first speaker goes on
    ("وقال المتحدث العسكري إن 3 جنود قتلوا، فيما أعلنت وزارة الصحة مقتل 5 مدنيين. "
     "وأضاف أن الهجوم صد.",
     [("المتحدث العسكري", "3 جنود قتلوا"), ("وزارة الصحة", "مقتل 5 مدنيين"),
      ("المتحدث العسكري", "الهجوم صد")]),
    # an indefinite construct and its adjective
    ("وأفادت وسائل إعلام محلية بسقوط قذائف على الحي.",
     [("وسائل إعلام محلية", "بسقوط قذائف على الحي")]),
    # opinion verbs report what follows أن
    ("ويرى محللون أن التصعيد قد يستمر.", [("محللون", "التصعيد قد يستمر")]),
    ("ورأت الحكومة أن الحل سياسي.", [("الحكومة", "الحل سياسي")]),
    ("وقال قائد الشرطة: قتل اثنان من المهاجمين واعتقل ثالث.",
     [("قائد الشرطة", "قتل اثنان من المهاجمين واعتقل ثالث")]),
])
def test_nested_relayed_and_second_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month and its "الماضي" are no verb and subject to fall back on
    ("ذكرت الوكالة أن الاشتباكات اندلعت في يناير الماضي. وأكد أن الوضع هادئ.",
     [("الوكالة", "الاشتباكات اندلعت في يناير الماضي"), ("الوكالة", "الوضع هادئ")]),
    # nor a place and its adjective
    ("قالت الوزارة إن الطرق مغلقة في بيروت الشرقية. وأكد أن الوضع هادئ.",
     [("الوزارة", "الطرق مغلقة في بيروت الشرقية"), ("الوزارة", "الوضع هادئ")]),
    # with no agreeing subject before it, the verb keeps the last speaker
    ("وقال المتحدث باسم الوزارة إن الطرق مغلقة. وأوضحت أن الوضع هادئ.",
     [("المتحدث باسم الوزارة", "الطرق مغلقة"), ("المتحدث باسم الوزارة", "الوضع هادئ")]),
    ("قالت الأمم المتحدة إن القتال مستمر. وتقول الحكومة إن الوضع تحت السيطرة. "
     "وأضافت أن الجيش يتقدم.",
     [("الأمم المتحدة", "القتال مستمر"), ("الحكومة", "الوضع تحت السيطرة"),
      ("الحكومة", "الجيش يتقدم")]),
])
def test_agreement_fallback_precision(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_one_more_inside_a_quotation_of_the_police() -> None:
    assert _casualties("وقال قائد الشرطة: قتل اثنان من المهاجمين واعتقل ثالث.") == [
        ("قتل اثنان من المهاجمين", "killed", 2, "exact"), ("واعتقل ثالث", "arrested", 1, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    # footage shows; it is no source
    ("وأكد شريط فيديو، عثرت عليه القوات في أحد المواقع، تورط الجماعة في الهجوم.", []),
    ("وأظهرت لقطات بثتها القناة أن المباني دمرت. وقالت القناة إن القصف استمر ساعات.",
     [("القناة", "القصف استمر ساعات")]),
    # ... but a speaker may talk about it
    ("وقال مدير المستشفى إن الصور تظهر حجم الدمار.",
     [("مدير المستشفى", "الصور تظهر حجم الدمار")]),
])
def test_footage_is_no_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- militia and committee statements posted online; construct duals; "تعرض لـ" --------


@pytest.mark.parametrize(("text", "expected"), [
    # where a statement was posted is no part of its object
    ("أعلنت المقاومة الإسلامية في العراق في بيان على تلغرام استهداف قاعدة بطائرة مسيرة.",
     [("المقاومة الإسلامية في العراق", "استهداف قاعدة بطائرة مسيرة")]),
    ("وتبنت الجماعة في بيان نشرته عبر حسابها الهجوم على الحاجز.",
     [("الجماعة", "الهجوم على الحاجز")]),
    # ... nor of a long speaker that runs to the complementizer
    ("وقالت لجان المقاومة في الخرطوم في بيان على فيسبوك إن مسلحين قتلوا 8 مدنيين.",
     [("لجان المقاومة في الخرطوم", "مسلحين قتلوا 8 مدنيين")]),
    ("وقتل 40 مدنيا في الهجوم، وفقا لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.",
     [("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "وقتل 40 مدنيا في الهجوم")]),
    ("الأمم المتحدة تقول إن مليوني شخص بحاجة إلى مساعدات\n"
     "وقالت المنظمة في بيان إن الوضع يتدهور.",
     [("الأمم المتحدة", "مليوني شخص بحاجة إلى مساعدات"), ("المنظمة", "الوضع يتدهور")]),
])
def test_posted_statements(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dual in construct drops its ن and still counts two (thousand, million)
    ("وتقول الأمم المتحدة إن مليوني شخص نزحوا منذ بدء الحرب.",
     [("مليوني شخص نزحوا", "displaced", 2000000, "exact")]),
    ("وقال مصدر إن ألفي شخص فروا من المدينة.",
     [("ألفي شخص فروا", "displaced", 2000, "exact")]),
    # subjected to an outcome: "تعرض N للاعتقال"
    ("وتعرض 3 صحفيين للاعتقال خلال تغطيتهم الاحتجاجات.",
     [("3 صحفيين للاعتقال", "arrested", 3, "exact")]),
    ("وتعرض 4 عمال إغاثة للخطف على الطريق.",
     [("4 عمال إغاثة للخطف", "captured", 4, "exact")]),
    ("وقتل 40 مدنيا على الأقل في الهجوم، وفقا لمكتب الأمم المتحدة.",
     [("وقتل 40 مدنيا على الأقل", "killed", 40, "at_least")]),
])
def test_construct_duals_and_subjected_to(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal after a definite masculine noun describes it: no day
    ("وقعت الاشتباكات في الأسبوع الأول من الشهر الجاري.", [("الشهر الجاري", "2018-05")]),
    ("وقعت الاشتباكات في الأول من الشهر الجاري.", [("الأول من الشهر الجاري", "2018-05-01")]),
    ("وقعت الاشتباكات يوم الثالث من الشهر الماضي.",
     [("يوم الثالث من الشهر الماضي", "2018-04-03")]),
    # after a feminine plural the masculine ordinal cannot agree: it is the day
    ("وقعت الاشتباكات الثالث من الشهر الماضي.", [("الثالث من الشهر الماضي", "2018-04-03")]),
    ("حتى نهاية الشهر الماضي.", [("نهاية الشهر الماضي", "2018-04")]),
])
def test_ordinal_day_or_adjective(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a named period between the verb (or the speaker) and the words is neither
    ("وكان الرئيس قد قال الشهر الماضي إن الانتخابات ستجري في موعدها.",
     [("الرئيس", "الانتخابات ستجري في موعدها")]),
    ("وأعلن الجيش الأسبوع الماضي مقتل 3 جنود.", [("الجيش", "مقتل 3 جنود")]),
    ("وقال الوزير منتصف الشهر الجاري إن الوضع مستقر.", [("الوزير", "الوضع مستقر")]),
    ("وقال رئيس الوزراء في نهاية العام الماضي إن الحرب انتهت.",
     [("رئيس الوزراء", "الحرب انتهت")]),
    # impersonal openers report nobody's words
    ("يشار إلى أن المدينة تخضع لحصار منذ سنوات.", []),
    ("وتجدر الإشارة إلى أن الهدنة انهارت.", []),
    ("ولم يصدر أي تعليق من الجيش.", []),
])
def test_period_between_verb_and_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    "ووصلت 40 شاحنة مساعدات إلى المدينة.",
    "وقدمت المنظمة 12 مليون دولار لدعم النازحين.",
    "وشارك 3 آلاف متظاهر في المسيرة.",
    "وقال إن 5 من أصل 12 طائرة أسقطت.",
    "واستمرت الاشتباكات 3 أيام وأسفرت عن مقتل آخر القادة الميدانيين.",
    "وأصيب آخرون بجروح طفيفة.",
    "وتعرض المبنى للقصف 3 مرات.",
    "وأنقذت فرق الإنقاذ 12 شخصا من تحت الأنقاض.",
])
def test_no_casualty(text: str) -> None:
    assert _casualties(text) == []


@pytest.mark.parametrize("text", [
    "وقتل 2000 شخص في المعارك.",
    "وتضم الفرقة 1440 جنديا.",
    "ويعيش في المخيم 1439 شخصا.",
    "واستمرت المعارك أسبوعا كاملا.",
    "وقال إن العام كان صعبا.",
])
def test_no_date(text: str) -> None:
    assert _dates(text) == []
