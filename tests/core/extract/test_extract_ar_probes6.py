"""Arabic probe sentences, sixth round (issue 11): number words and their agreement
(teens, tens, hundreds and construct duals), figures split into subgroups, cumulative
tolls, police and court news ("القبض على", "في حيثيات الحكم"), Telegram statements of
armed groups ("تصفية"), UN/OCHA releases, long titles with asides, passive verbs of
saying written with their vowels, Levantine, Egyptian, Maghrebi and Hijri dates, and
sentences that must give nothing.

Every sentence is fictional and written for these tests. Publication date of the date
probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _casualties
from tests.extract_probes import ar_dates as _dates
from tests.extract_probes import ar_statements as _statements

# --- casualties: number words and their agreement ------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة عشر جنديا في هجوم على موقع عسكري.",
     [("قتل خمسة عشر جنديا", "killed", 15, "exact")]),
    ("وأسفر الهجوم عن مقتل ثلاثة وعشرين شخصا.",
     [("مقتل ثلاثة وعشرين شخصا", "killed", 23, "exact")]),
    ("وأصيب مئة وخمسون شخصا بجروح متفاوتة.",
     [("وأصيب مئة وخمسون شخصا", "wounded", 150, "exact")]),
    # the dual of مئة in construct drops its ن, as "مليوني" and "ألفي" do
    ("وقتل مئتا شخص على الأقل منذ بدء المعارك.",
     [("وقتل مئتا شخص على الأقل", "killed", 200, "at_least")]),
    ("ونزح مائتا أسرة من القرية.", [("ونزح مائتا أسرة", "displaced", 200, "exact")]),
    ("وقتل اثنا عشر مدنيا في القصف.", [("وقتل اثنا عشر مدنيا", "killed", 12, "exact")]),
    ("وقتلت إحدى عشرة امرأة في المجزرة.",
     [("وقتلت إحدى عشرة امرأة", "killed", 11, "exact")]),
    ("وقتل تسعة عشر جنديا.", [("وقتل تسعة عشر جنديا", "killed", 19, "exact")]),
    ("وقتل ثلاثة آلاف مدني خلال العام الماضي.",
     [("وقتل ثلاثة آلاف مدني", "killed", 3000, "exact")]),
    ("وقتل قرابة خمسين شخصا في المواجهات.",
     [("وقتل قرابة خمسين شخصا", "killed", 50, "about")]),
    ("وأصيب ما لا يقل عن ثلاثين متظاهرا.",
     [("وأصيب ما لا يقل عن ثلاثين متظاهرا", "wounded", 30, "at_least")]),
    ("وأصيب ما يزيد على 200 شخص.", [("وأصيب ما يزيد على 200 شخص", "wounded", 200, "more_than")]),
    ("وشردت الحرب أكثر من مليون شخص.",
     [("وشردت الحرب أكثر من مليون شخص", "displaced", 1000000, "more_than")]),
    ("ونزحت المئات من العائلات.", [("ونزحت المئات من العائلات", "displaced", 200, "vague")]),
    # "واحدة" after a noun is the adjective "one", no count of its own
    ("وتسبب القصف في مقتل 4 أشخاص من عائلة واحدة.",
     [("مقتل 4 أشخاص من عائلة واحدة", "killed", 4, "exact")]),
    ("وقتل رجل واحد على الأقل في الاشتباك.",
     [("وقتل رجل واحد على الأقل", "killed", 1, "at_least")]),
])
def test_number_words(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


# --- casualties: subgroups, tolls, passive and active verbs --------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("مقتل 17 شخصا بينهم خمسة أطفال وثلاث نساء في غارة على إدلب.",
     [("مقتل 17 شخصا", "killed", 17, "exact"), ("خمسة أطفال", "killed", 5, "exact"),
      ("وثلاث نساء", "killed", 3, "exact")]),
    ("وأصيب 14 شخصا بينهم 3 نساء و5 أطفال.",
     [("وأصيب 14 شخصا", "wounded", 14, "exact"), ("3 نساء", "wounded", 3, "exact"),
      ("5 أطفال", "wounded", 5, "exact")]),
    ("وقال المكتب إن 250 مدنيا على الأقل قتلوا خلال الشهر الماضي، بينهم 60 طفلا.",
     [("250 مدنيا على الأقل قتلوا", "killed", 250, "at_least"),
      ("60 طفلا", "killed", 60, "exact")]),
    ("وارتفعت حصيلة ضحايا القصف إلى 52 قتيلا.", [("52 قتيلا", "killed", 52, "exact")]),
    ("ارتفعت حصيلة القتلى في المخيم إلى 23.",
     [("حصيلة القتلى في المخيم إلى 23", "killed", 23, "exact")]),
    ("وبلغت حصيلة الاشتباكات 14 قتيلا و40 جريحا.",
     [("14 قتيلا", "killed", 14, "exact"), ("40 جريحا", "wounded", 40, "exact")]),
    ("أعلنت وزارة الصحة في غزة ارتفاع عدد الشهداء إلى 34 شهيدا و1200 إصابة.",
     [("34 شهيدا", "killed", 34, "exact"), ("1200 إصابة", "wounded", 1200, "exact")]),
    ("قُتل 4 جنود وأُصيب 11 آخرون في الهجوم.",
     [("قُتل 4 جنود", "killed", 4, "exact"), ("وأُصيب 11 آخرون", "wounded", 11, "exact")]),
    ("واختُطف 3 عمال إغاثة على الطريق.",
     [("واختُطف 3 عمال إغاثة", "captured", 3, "exact")]),
    ("وفُقد 20 مهاجرا بعد غرق القارب.", [("وفُقد 20 مهاجرا", "missing", 20, "exact")]),
    ("قتلت الغارة 6 مدنيين في السوق.", [("قتلت الغارة 6 مدنيين", "killed", 6, "exact")]),
    ("لقي 25 شخصا حتفهم في الاشتباكات.", [("لقي 25 شخصا حتفهم", "killed", 25, "exact")]),
    ("ووثقت المفوضية مقتل 112 مدنيا منذ مطلع العام.",
     [("مقتل 112 مدنيا", "killed", 112, "exact")]),
    ("وسقط 3 شهداء وعشرات الجرحى برصاص الاحتلال.",
     [("3 شهداء", "killed", 3, "exact"), ("وعشرات الجرحى", "wounded", 24, "vague")]),
    # a night or a day part after the group says when, not who
    ("قتل 3 أشخاص ليل الأحد في قصف على الحي.", [("قتل 3 أشخاص", "killed", 3, "exact")]),
    ("واعتقل 9 شبان فجر الثلاثاء.", [("واعتقل 9 شبان", "arrested", 9, "exact")]),
    # the harm named after أصيب (tear gas) is no part of the group
    ("وأصيب العشرات بحالات اختناق.", [("وأصيب العشرات", "wounded", 24, "vague")]),
])
def test_subgroups_tolls_and_verbs(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


# --- casualties: police, court and armed-group copy ----------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # an arrest told as "catching" someone: "ألقى القبض على", "قبض على"
    ("وألقت الشرطة القبض على 6 متهمين في الحادث.",
     [("القبض على 6 متهمين", "arrested", 6, "exact")]),
    ("وأعلنت الشرطة القبض على 3 متهمين بالهجوم.",
     [("القبض على 3 متهمين", "arrested", 3, "exact")]),
    ("وقبضت قوات الأمن على 4 مشتبه بهم.",
     [("وقبضت قوات الأمن على 4 مشتبه بهم", "arrested", 4, "exact")]),
    # a collective object made of N people: the N are the ones arrested
    ("واعتقلت الأجهزة الأمنية خلية مؤلفة من 6 أشخاص.",
     [("واعتقلت الأجهزة الأمنية خلية مؤلفة من 6 أشخاص", "arrested", 6, "exact")]),
    ("وأعلنت الشرطة توقيف عصابة مكونة من 4 أشخاص.",
     [("توقيف عصابة مكونة من 4 أشخاص", "arrested", 4, "exact")]),
    # "liquidating" fighters is killing them, in the words of armed groups
    ("وتمكن مقاتلونا من تصفية 3 عناصر من الميليشيا.",
     [("تصفية 3 عناصر من الميليشيا", "killed", 3, "exact")]),
    # an outcome verb before captives tells what befell them: the prisoners were killed
    ("وأعدمت الميليشيا 4 أسرى ميدانيا.",
     [("وأعدمت الميليشيا 4 أسرى", "killed", 4, "exact")]),
    ("وقتل 3 معتقلين تحت التعذيب.", [("وقتل 3 معتقلين", "killed", 3, "exact")]),
    ("وأصيب 5 نازحين في قصف على المخيم.", [("وأصيب 5 نازحين", "wounded", 5, "exact")]),
    ("وأسفرت المعارك عن مقتل 8 مقاتلين من الجانبين.",
     [("مقتل 8 مقاتلين من الجانبين", "killed", 8, "exact")]),
    ("وأصيب 3 من أفراد الشرطة بجروح خطيرة.",
     [("وأصيب 3 من أفراد الشرطة", "wounded", 3, "exact")]),
])
def test_police_court_and_armed_group_copy(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize("text", [
    # one number for two outcomes, survivors, trials and the ones run over: nothing
    "وقتل وجرح عدد من عناصر العدو.",
    "ونجا 5 أشخاص من الانفجار.",
    "وأعلنت المحكمة تأجيل محاكمة 12 متهما.",
    "وارتفع عدد ضحايا الكوليرا إلى 2000 حالة وفاة.",
    # "تصفية" counts only what follows it at once: accounts are wound up, not people killed
    "وجرت تصفية حسابات 3 شركات.",
    "وقامت الشرطة بتوزيع 40 دورية على مداخل المدينة.",
    "وألقت الطائرات 12 برميلا متفجرا على الحي.",
])
def test_no_casualty(text: str) -> None:
    assert _casualties(text) == []


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الهجوم فجر اليوم الخميس.", [("فجر اليوم الخميس", "2018-05-10")]),
    ("وقال المسؤول مساء أمس إن الوضع هادئ.", [("مساء أمس", "2018-05-09")]),
    ("وقعت المعركة في 3 تشرين الأول 2017.", [("3 تشرين الأول 2017", "2017-10-03")]),
    ("وكان الهجوم قد وقع في كانون الأول الماضي.", [("كانون الأول الماضي", "2017-12")]),
    ("ومن المقرر أن تبدأ المفاوضات أوائل حزيران.", [("أوائل حزيران", "2018-06")]),
    ("وقتل في أغسطس الماضي.", [("أغسطس الماضي", "2017-08")]),
    ("وصدر القرار في جانفي 2018.", [("جانفي 2018", "2018-01")]),
    ("وأعلنت الوزارة يوم 15 أفريل عن الحصيلة.", [("15 أفريل", "2018-04-15")]),
    ("وقتل يوم الجمعة الماضي.", [("يوم الجمعة الماضي", "2018-05-04")]),
    ("وستعقد الجلسة الأحد المقبل.", [("الأحد المقبل", "2018-05-13")]),
    ("وصدر البيان في ١٠ مايو ٢٠١٨.", [("١٠ مايو ٢٠١٨", "2018-05-10")]),
    ("وقال الوزير ظهر أمس الأربعاء إن الهدنة صامدة.", [("ظهر أمس الأربعاء", "2018-05-09")]),
    ("ووقعت المجزرة في السابع عشر من آب 2016.",
     [("السابع عشر من آب 2016", "2016-08-17")]),
    ("ووقع الهجوم في 15 شوال 1438 هـ.", [("15 شوال 1438 هـ", "2017-07-10")]),
    ("وتجري الانتخابات في 12 أيار المقبل.", [("12 أيار المقبل", "2018-05-12")]),
    ("وبين عامي 2014 و2016 سيطر التنظيم على المدينة.", [("2014", "2014"), ("2016", "2016")]),
    # "الجاري" after a day and month stays in the span, as after a month alone
    ("وقع الانفجار السبت 5 مايو الجاري.", [("السبت 5 مايو الجاري", "2018-05-05")]),
    ("وقعت الاشتباكات في 3 أيار الجاري.", [("3 أيار الجاري", "2018-05-03")]),
    # a numeric date with the year first, as Gulf and Iraqi copy writes it
    ("وصدر القرار بتاريخ 2018/5/8.", [("2018/5/8", "2018-05-08")]),
    ("وصدر القرار بتاريخ 2018-05-08.", [("2018-05-08", "2018-05-08")]),
    # a Hijri month with an ordinal day or "غرة" (its first day)
    ("وتوفي في العاشر من رمضان 1438 هـ.", [("العاشر من رمضان 1438 هـ", "2017-06-05")]),
    ("وبدأ الهجوم في غرة رمضان 1438.", [("غرة رمضان 1438", "2017-05-27")]),
    ("وصدر البيان في غرة أيار.", [("غرة أيار", "2018-05-01")]),
])
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "وأقيمت الصلاة في مسجد العاشر من رمضان.",
    "وسقطت 2018 قذيفة على المدينة خلال الشهر.",
    "وقعت 12/5 من القذائف على الحي.",
])
def test_no_date(text: str) -> None:
    assert _dates(text) == []


# --- statements: long titles, asides, media and who was spoken to ---------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a title longer than nine words still runs to the complementizer
    ("وقال الناطق باسم القيادة العامة للجيش الوطني الليبي اللواء أحمد المسماري إن قواته "
     "تقدمت.",
     [("الناطق باسم القيادة العامة للجيش الوطني الليبي اللواء أحمد المسماري",
       "قواته تقدمت")]),
    ("وقال الناطق باسم القيادة العامة للجيش الوطني الليبي اللواء أحمد المسماري، في مؤتمر "
     "صحفي مساء الأربعاء، إن قواته تقدمت.",
     [("الناطق باسم القيادة العامة للجيش الوطني الليبي اللواء أحمد المسماري",
       "قواته تقدمت")]),
    ("وقال المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن، في مؤتمر صحفي عقده ببغداد، "
     "إن القوات اعتقلت 5 إرهابيين.",
     [("المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن", "القوات اعتقلت 5 إرهابيين")]),
    ("وأكد المتحدث الرسمي باسم قوات التحالف العقيد الركن تركي المالكي أن الدفاعات الجوية "
     "اعترضت صاروخا.",
     [("المتحدث الرسمي باسم قوات التحالف العقيد الركن تركي المالكي",
       "الدفاعات الجوية اعترضت صاروخا")]),
    # a source's request not to be named ends a long speaker with في
    ("وقال مسؤول في المجلس المحلي لمدينة دوما طلب عدم ذكر اسمه إن القصف مستمر.",
     [("مسؤول في المجلس المحلي لمدينة دوما", "القصف مستمر")]),
    # the ones spoken to are no part of the speaker
    ("وقال شهود عيان تحدثوا لوكالة فرانس برس إن الطائرات حلقت فوق المدينة.",
     [("شهود عيان", "الطائرات حلقت فوق المدينة")]),
    # the grounds of a judgment and a later statement are media, not speakers
    ("وقال القاضي في حيثيات الحكم إن المتهمين خططوا للهجوم.",
     [("القاضي", "المتهمين خططوا للهجوم")]),
    ("وقالت المحكمة في قرارها إن الأدلة كافية.", [("المحكمة", "الأدلة كافية")]),
    ("وقال الجيش إنه قتل 5 مسلحين. وأكد في بيان لاحق أن العملية انتهت.",
     [("الجيش", "قتل 5 مسلحين"), ("الجيش", "العملية انتهت")]),
    ("وأكد مدير عام مكتب الصحة في محافظة الحديدة أن المستشفيات تعاني نقصا حادا.",
     [("مدير عام مكتب الصحة في محافظة الحديدة", "المستشفيات تعاني نقصا حادا")]),
    ("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في تقرير إن 40 ألف شخص نزحوا.",
     [("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)", "40 ألف شخص نزحوا")]),
])
def test_long_titles_and_media(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- statements: verbs of writing, admitting, tweeting; passives with their vowels -----------


@pytest.mark.parametrize(("text", "expected"), [
    ("وكتب المتحدث على حسابه في تويتر أن الجيش سيرد.", [("المتحدث", "الجيش سيرد")]),
    ("وغرد وزير الخارجية قائلا إن بلاده لن تقبل بالابتزاز.",
     [("وزير الخارجية", "بلاده لن تقبل بالابتزاز")]),
    # an admission, like a report with أفاد, may take its content after بـ
    ("وأقر الجيش بمقتل 3 من جنوده.", [("الجيش", "بمقتل 3 من جنوده")]),
    ("واعترف التنظيم بمقتل أحد قادته.", [("التنظيم", "بمقتل أحد قادته")]),
    ("وزعم الجيش الإسرائيلي أن الصاروخ أطلق من غزة.",
     [("الجيش الإسرائيلي", "الصاروخ أطلق من غزة")]),
    ("وتعهد رئيس الوزراء بمحاسبة المسؤولين عن الهجوم.",
     [("رئيس الوزراء", "بمحاسبة المسؤولين عن الهجوم")]),
    ("وطالبت منظمة العفو الدولية بإجراء تحقيق مستقل.",
     [("منظمة العفو الدولية", "بإجراء تحقيق مستقل")]),
    # a quotation opened before the complementizer is left out whole
    ('وقال الجيش الإسرائيلي في بيان "إن طائراته أغارت على أهداف لحماس".',
     [("الجيش الإسرائيلي", "طائراته أغارت على أهداف لحماس")]),
])
def test_more_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    # a passive written with its damma names nobody
    "وذُكر أن المسلحين انسحبوا.",
    "وأُعلن أن الهدنة بدأت.",
    "وقيل إن المسلحين انسحبوا.",
    "ولم تعلق الحكومة على هذه الأنباء.",
    "وصادرت الشرطة كتب ومنشورات من المنزل.",
])
def test_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_passive_with_its_source_still_speaks() -> None:
    assert _statements("ونُقل عن شهود قولهم إن الانفجار كان قويا.") == [
        ("شهود", "الانفجار كان قويا")]


def test_active_verb_without_vowels_continues_the_speaker() -> None:
    assert _statements("وقال المتحدث إن الهجوم فشل. وذكر أن المسلحين انسحبوا.") == [
        ("المتحدث", "الهجوم فشل"), ("المتحدث", "المسلحين انسحبوا")]


# --- statements: closing attributions, openers, nested and multi-sentence reports ----------


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل 3 أشخاص في القصف، حسبما أفادت وكالة الأنباء الرسمية.",
     [("وكالة الأنباء الرسمية", "قتل 3 أشخاص في القصف")]),
    ("وانسحبت القوات من البلدة، وفق ما أعلنت وزارة الدفاع.",
     [("وزارة الدفاع", "وانسحبت القوات من البلدة")]),
    ("وقتل 4 جنود، بحسب ما ذكرت وكالة الأنباء السورية الرسمية (سانا).",
     [("وكالة الأنباء السورية الرسمية (سانا)", "وقتل 4 جنود")]),
    ("ووفقا لمصادر طبية، قتل 7 مدنيين في الغارة.", [("مصادر طبية", "قتل 7 مدنيين في الغارة")]),
    ("وحسب المرصد السوري لحقوق الإنسان، فإن الغارات استهدفت مستشفى.",
     [("المرصد السوري لحقوق الإنسان", "الغارات استهدفت مستشفى")]),
    ("ومن جهته، قال وزير الخارجية إن بلاده ترفض التدخل.",
     [("وزير الخارجية", "بلاده ترفض التدخل")]),
    ('وفي تصريح لـ"سكاي نيوز عربية"، قال المتحدث إن الهدنة صامدة.',
     [("المتحدث", "الهدنة صامدة")]),
    ("وقال مسؤول محلي إن شهود عيان أفادوا بأن المسلحين أحرقوا المنازل.",
     [("مسؤول محلي", "شهود عيان أفادوا بأن المسلحين أحرقوا المنازل"),
      ("شهود عيان", "المسلحين أحرقوا المنازل")]),
    ("وقال المحافظ إن الوضع مستقر. وأضاف أن الخدمات عادت. وأشار إلى أن المدارس ستفتح.",
     [("المحافظ", "الوضع مستقر"), ("المحافظ", "الخدمات عادت"), ("المحافظ", "المدارس ستفتح")]),
    ("وقال ناطق باسم الحوثيين، في تصريح نقلته قناة المسيرة، إن الغارات استهدفت منازل مدنيين.",
     [("ناطق باسم الحوثيين", "الغارات استهدفت منازل مدنيين"),
      ("قناة المسيرة", "الغارات استهدفت منازل مدنيين")]),
    ("وقال مصدر طبي إن 4 مدنيين قتلوا، بينما قال ناشطون إن الحصيلة أعلى.",
     [("مصدر طبي", "4 مدنيين قتلوا"), ("ناشطون", "الحصيلة أعلى")]),
    ("وذكرت صحيفة \"الشرق الأوسط\" نقلا عن مصادر مطلعة أن المفاوضات تعثرت.",
     [('صحيفة "الشرق الأوسط"', "المفاوضات تعثرت"), ("مصادر مطلعة", "المفاوضات تعثرت")]),
    ("وقالت الوزارة إن الطائرات قصفت مواقع للمتمردين، مشيرة إلى أن 12 مسلحا قتلوا.",
     [("الوزارة", "الطائرات قصفت مواقع للمتمردين"), ("الوزارة", "12 مسلحا قتلوا")]),
])
def test_attributions_and_reports(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_passive_after_a_vowelled_conjunction() -> None:
    # the clitic's own vowel does not hide the passive's damma
    assert _statements("وَذُكِرَ أن المسلحين انسحبوا.") == []
    # an active present with a damma on its prefix still reports
    assert _statements("ويُؤكد الجيش أن الوضع هادئ.") == [("الجيش", "الوضع هادئ")]


# --- casualties: an outcome noun as the adjective of the group, families --------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a freed hostage is still counted as captured (README-ar)
    ("وأفرج الحوثيون عن 7 صيادين مختطفين.", [("7 صيادين مختطفين", "captured", 7, "exact")]),
    ("ولا يزال 3 جنود مفقودين منذ الهجوم.", [("3 جنود مفقودين", "missing", 3, "exact")]),
    # a family counted by its numeral shares the outcome of the one named before it
    ("قتل رجل وزوجته وأطفالهما الثلاثة في القصف.",
     [("قتل رجل", "killed", 1, "exact"),
      ("وأطفالهما الثلاثة", "killed", 3, "exact")]),
    ("وقتل أب وأبناؤه الأربعة في غارة.", [("وأبناؤه الأربعة", "killed", 4, "exact")]),
    ("وقتل شقيقان في الغارة.", [("وقتل شقيقان", "killed", 2, "exact")]),
    ("وأصيب ابن القيادي في الهجوم.", []),
    ("واستشهد شقيق الأسير برصاص الاحتلال.", []),
    # "وابنه" is his son, definite: the father alone is counted
    ("وقتل والد وابنه في القصف.", [("وقتل والد", "killed", 1, "exact")]),
    ("وأصيب والده بجروح.", []),
])
def test_adjective_outcomes_and_families(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


# --- statements found reading whole fictional reports ---------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted subject, a period, then the warning's preposition: "من" is no speaker
    ("وكانت الأمم المتحدة قد حذرت الأسبوع الماضي من أن أي تصعيد سيؤدي إلى كارثة.",
     [("الأمم المتحدة", "أي تصعيد سيؤدي إلى كارثة")]),
    # a rank's name may begin with "علي", which folds onto the preposition "على"
    ("وقال قائد شرطة كركوك اللواء علي كمال إن الأجهزة الأمنية أحبطت مخططا.",
     [("قائد شرطة كركوك اللواء علي كمال", "الأجهزة الأمنية أحبطت مخططا")]),
    # a threat's participle: the act after its ب is a second statement of the speaker
    ('وأضاف المالكي أن الميليشيا تواصل هجماتها، متوعدا باتخاذ "الإجراءات الرادعة".',
     [("المالكي", "الميليشيا تواصل هجماتها"), ("المالكي", 'باتخاذ "الإجراءات الرادعة"')]),
    ("وقالت الحركة إن الهجوم فشل، متعهدة بمواصلة القتال.",
     [("الحركة", "الهجوم فشل"), ("الحركة", "بمواصلة القتال")]),
    # a dateline place in a headline is no speaker, even when a body speaker is "in" it
    ("العراق: اعتقال 4 إرهابيين في كركوك\nوأعلنت خلية الإعلام الأمني في العراق اعتقال 4 "
     "إرهابيين.",
     [("خلية الإعلام الأمني في العراق", "اعتقال 4 إرهابيين")]),
])
def test_whole_report_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a call's addressee after a title with its place: the call from its preposition
    ('ودعا المنسق المقيم للأمم المتحدة في السودان الأطراف المتحاربة إلى "وقف فوري للقتال".',
     [("المنسق المقيم للأمم المتحدة في السودان", 'إلى "وقف فوري للقتال"')]),
    # a fronted subject: the word after an object verb is its object
    ("وكانت فصائل المقاومة قد نعت الشهيدين، ودعت إلى النفير العام.",
     [("فصائل المقاومة", "الشهيدين"), ("فصائل المقاومة", "إلى النفير العام")]),
    # the government a ministry belongs to is part of its name
    ('وأعلنت وزارة الداخلية بحكومة الوحدة الوطنية في بيان عن "وقف إطلاق نار".',
     [("وزارة الداخلية بحكومة الوحدة الوطنية", 'عن "وقف إطلاق نار"')]),
    # "السريع" is a name adjective: "قوات الدعم السريع" is one speaker
    ("بينما نفت قوات الدعم السريع أي علاقة لها بالهجوم.",
     [("قوات الدعم السريع", "أي علاقة لها بالهجوم")]),
    # where a statement was posted, and the outlet's own reporter, are no part of anything
    ("واتهمت الغرفة، في بيان على صفحتها بموقع فيسبوك، قوات الدعم السريع بقصف الأحياء.",
     [("الغرفة", "قوات الدعم السريع بقصف الأحياء")]),
    ("وقال شهود عيان لمراسلنا إن القوات دفعت بتعزيزات.",
     [("شهود عيان", "القوات دفعت بتعزيزات")]),
])
def test_calls_fronted_subjects_and_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count belongs to the source after its ل
    ("وقتل أكثر من 400 شخص، بحسب تعداد لوكالة فرانس برس.",
     [("وكالة فرانس برس", "وقتل أكثر من 400 شخص")]),
    # a demand's addressee between the speaker and its ب
    ('وطالب أعضاء المجلس جميع الأطراف بـ"احترام القانون الدولي".',
     [("أعضاء المجلس", 'بـ"احترام القانون الدولي"')]),
    # a place in the title, then an aside with a quoted outlet, before the complementizer
    ('وقال المتحدث باسم المنظمة في اليمن، في اتصال هاتفي مع "سكاي نيوز عربية"، إن الوضع '
     "كارثي.",
     [("المتحدث باسم المنظمة في اليمن", "الوضع كارثي")]),
])
def test_counts_addressees_and_asides(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Egyptian military copy: "ضبط" counts people arrested, never arms seized
    ("أعلن المتحدث العسكري مقتل 18 عنصرا وضبط 7 آخرين.",
     [("مقتل 18 عنصرا", "killed", 18, "exact"), ("وضبط 7 آخرين", "arrested", 7, "exact")]),
    ("وضبطت الشرطة 3 متهمين بحوزتهم أسلحة.",
     [("وضبطت الشرطة 3 متهمين", "arrested", 3, "exact")]),
    ("وضبطت الشرطة 3 بنادق آلية و200 طلقة.", []),
    ("وتمكنت الفرق من تصفية 3 خزانات مياه.", []),
])
def test_person_only_triggers(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted name with its nisba and a comma is the subject, not the words
    ('تبنت "كتائب حزب الله" العراقية، فجر اليوم، هجوما بطائرات مسيرة على القاعدة.',
     [('"كتائب حزب الله" العراقية', "هجوما بطائرات مسيرة على القاعدة")]),
    ('واتهم الجيش "خلايا نائمة" بتنفيذ الهجوم.', [("الجيش", '"خلايا نائمة" بتنفيذ الهجوم')]),
    # a threat whose act is quoted after a bare بـ
    ('وتوعدت الكتائب بـ"مزيد من العمليات".', [("الكتائب", 'بـ"مزيد من العمليات"')]),
    # an aside, then the outlet addressed, then the complementizer
    ("وقال مسؤول أمريكي، طلب عدم كشف هويته، لوكالة رويترز، إن الهجوم لم يسفر عن إصابات.",
     [("مسؤول أمريكي", "الهجوم لم يسفر عن إصابات")]),
])
def test_quoted_subjects_threats_and_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the article on a day number, and "من" between the day and its month
    ("ونزح السكان منذ الـ15 من الشهر الماضي.", [("الـ15 من الشهر الماضي", "2018-04-15")]),
    ("وقع الهجوم في الـ12 من أيار.", [("الـ12 من أيار", "2018-05-12")]),
    ("وقع الهجوم في 3 من آذار 2016.", [("3 من آذار 2016", "2016-03-03")]),
    ("وقع الهجوم صباح الجمعة 4 أيار/مايو الجاري.",
     [("صباح الجمعة 4 أيار/مايو الجاري", "2018-05-04")]),
    ("وصدر القرار يوم الأربعاء الموافق 9/5/2018.",
     [("يوم الأربعاء", "2018-05-09"), ("9/5/2018", "2018-05-09")]),
])
def test_day_numbers_with_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_article_day_is_no_casualty_count() -> None:
    assert _casualties("وقتل 3 جنود منذ الـ15 من الشهر الماضي.") == [
        ("وقتل 3 جنود", "killed", 3, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    # a participle with no report before it in its sentence describes the main subject
    ("أطلقت الأمم المتحدة، الثلاثاء، نداء لجمع التبرعات، مؤكدة أن 22 مليون شخص بحاجة إلى "
     "مساعدات.",
     [("الأمم المتحدة", "22 مليون شخص بحاجة إلى مساعدات")]),
    ("وزار الوزير مخيم النازحين، مشيرا إلى أن الإعمار سيبدأ قريبا.",
     [("الوزير", "الإعمار سيبدأ قريبا")]),
    # a verb that does not agree with the participle is not its subject
    ("وقال المتحدث إن القوات تقدمت. وسيطرت القوات على التلال، مضيفا أن المعارك مستمرة.",
     [("المتحدث", "القوات تقدمت"), ("المتحدث", "المعارك مستمرة")]),
])
def test_participle_of_the_main_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline source with the outlet it spoke to
    ('مصادر لـ"سكاي نيوز عربية": مقتل قيادي حوثي في صعدة\nوانتهت الاشتباكات.',
     [("مصادر", "مقتل قيادي حوثي في صعدة")]),
    # the thing described and the one informed stand between the speaker and the words
    ('ووصف الوزير الهجوم بأنه "عمل إرهابي جبان".', [("الوزير", "عمل إرهابي جبان")]),
    ("وأبلغ الوزير الصحفيين بأن المفاوضات انتهت.", [("الوزير", "المفاوضات انتهت")]),
    # a plural in "-ات" after a singular head is the object, not a participle adjective
    ("وحمل الجيش الميليشيات المسؤولية الكاملة عن الهجوم.",
     [("الجيش", "الميليشيات المسؤولية الكاملة عن الهجوم")]),
    ('وتساءل المتحدث: "أين المجتمع الدولي مما يحدث؟".',
     [("المتحدث", "أين المجتمع الدولي مما يحدث؟")]),
    # the outlet a statement was given to, after its medium
    ('وأكد المتحدث باسم الحكومة في تصريح لـ"سكاي نيوز عربية"، أن القوات تقدمت.',
     [("المتحدث باسم الحكومة", "القوات تقدمت")]),
    # "فقد" after an opening attribution is a particle, not part of the words
    ("وبحسب بيان للجيش، فقد قتل 5 مسلحين في الاشتباكات.",
     [("بيان للجيش", "قتل 5 مسلحين في الاشتباكات")]),
])
def test_objects_outlets_and_particles(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_agency_acronym_in_quotes_stays_in_the_speaker() -> None:
    # one quoted word closing an agency's name is its acronym
    assert _statements('وذكرت وكالة الأنباء الفلسطينية "وفا" أن قوات الاحتلال اعتقلت 5 شبان.') == [
        ('وكالة الأنباء الفلسطينية "وفا"', "قوات الاحتلال اعتقلت 5 شبان")]


@pytest.mark.parametrize(("text", "expected"), [
    # one vague number shared by two outcome nouns: nothing
    ("وأسفرت العملية عن قتل وإصابة عدد من جنود العدو.", []),
    # "أسر" with its nominative plural subject before the count; "أسر" as "families" never
    # takes a "-ون" plural after it
    ("وأسر المقاتلون 6 جنود خلال الهجوم.", [("وأسر المقاتلون 6 جنود", "captured", 6, "exact")]),
    ("وزار الوفد أسر الضحايا الـ12 في المدينة.", []),
    ("وأدى القصف إلى سقوط 4 شهداء بينهم طفلان.",
     [("4 شهداء", "killed", 4, "exact"), ("بينهم طفلان", "killed", 2, "exact")]),
    ("وقتل ما بين 10 و15 مسلحا في الغارة.",
     [("وقتل ما بين 10 و15 مسلحا", "killed", 10, "range")]),
    ("وخلفت الحرب أكثر من 10 آلاف قتيل.",
     [("أكثر من 10 آلاف قتيل", "killed", 10000, "more_than")]),
])
def test_shared_vague_numbers_and_captors(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb after a comma, coordinated with the verb that opens the sentence, shares its
    # subject
    ("وتحدث الرئيس أمام البرلمان، وقال إن البلاد تمر بمرحلة صعبة.",
     [("الرئيس", "البلاد تمر بمرحلة صعبة")]),
    ("وسيطرت القوات على البلدة، وأكدت أن المسلحين فروا.", [("القوات", "المسلحين فروا")]),
    # a feminine form-VIII verb ("التقت") is a verb, not a word with the article
    ("وقال الوزير إن الهدنة صامدة. والتقت المبعوثة الأممية بالمسؤولين. وأكدت أن الحل سياسي.",
     [("الوزير", "الهدنة صامدة"), ("المبعوثة الأممية", "الحل سياسي")]),
])
def test_coordinated_verbs_share_the_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb after its quotation
    ('"لن نتراجع عن مواقفنا"، قال القائد الميداني.',
     [("القائد الميداني", "لن نتراجع عن مواقفنا")]),
    ("«الوضع كارثي»، بحسب ما قال طبيب في المستشفى.", [("طبيب في المستشفى", "الوضع كارثي")]),
    # a name in apposition, then a medium, between commas before the complementizer
    ("وقال عضو المكتب السياسي للحركة، موسى أبو مرزوق، في تغريدة، إن التهدئة انتهت.",
     [("عضو المكتب السياسي للحركة، موسى أبو مرزوق", "التهدئة انتهت")]),
    # a quotation that is no one's words before a verb is left alone
    ('وأطلق على العملية اسم "عاصفة الشمال"، وقال الجيش إنها مستمرة.',
     [("الجيش", "مستمرة")]),
])
def test_inverted_quotes_and_appositions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the article on a number after its qualifier keeps the qualifier
    ("وقتل قرابة الـ40 شخصا.", [("وقتل قرابة الـ40 شخصا", "killed", 40, "about")]),
    ("وأصيب نحو الـ30 مدنيا.", [("وأصيب نحو الـ30 مدنيا", "wounded", 30, "about")]),
    # the genitive construct dual of مئة
    ("وقتل نحو مئتي شخص.", [("وقتل نحو مئتي شخص", "killed", 200, "about")]),
    ("وأصيب زهاء 50 متظاهرا.", [("وأصيب زهاء 50 متظاهرا", "wounded", 50, "about")]),
    ("وقتل ما يربو على 300 شخص.", [("وقتل ما يربو على 300 شخص", "killed", 300, "more_than")]),
    ("ونزح عشرات الآلاف من السكان.",
     [("ونزح عشرات الآلاف من السكان", "displaced", 24000, "vague")]),
])
def test_qualifiers_with_the_article_and_duals(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet by its quoted name between the source and an object
    ('وأكدت مصادر عسكرية يمنية لـ"سكاي نيوز عربية" مقتل 12 حوثيا.',
     [("مصادر عسكرية يمنية", "مقتل 12 حوثيا")]),
    # attributing words to a source through إلى: one entry per source
    ("ونسبت الوكالة إلى مصدر أمني قوله إن الهجوم أحبط.",
     [("الوكالة", "الهجوم أحبط"), ("مصدر أمني", "الهجوم أحبط")]),
    ("ونسبت الصحيفة الهجوم إلى التنظيم.", []),
])
def test_outlets_by_name_and_attributing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numeric Hijri dates with the era mark, day first or year first
    ("وصدر البيان يوم الخميس 24/8/1439هـ.",
     [("يوم الخميس", "2018-05-10"), ("24/8/1439هـ", "2018-05-10")]),
    ("وقعت الحادثة في 1439/8/20هـ.", [("1439/8/20هـ", "2018-05-06")]),
    # without the mark the numbers are no date
    ("وبلغ عدد المسجلين 24/8/1439 شخصا.", []),
])
def test_numeric_hijri_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_numeric_hijri_precision() -> None:
    from workbench.core.extract.ar import find_dates_ar
    got = {d["text"]: d["precision"] for d in find_dates_ar(
        "صدر يوم الخميس 24/8/1439هـ، ووقعت الحادثة في 1439/8/20هـ.", "2018-05-10")}
    assert got == {"يوم الخميس": "day", "24/8/1439هـ": "day", "1439/8/20هـ": "week"}
