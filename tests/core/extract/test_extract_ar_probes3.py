"""Arabic probe sentences, third round (issue 11): headline names confirmed by the body,
names that begin with ب, prepositional and time phrases after a speaker's name, and the
medium of a statement ("في خطاب متلفز", "في اتصال هاتفي").

Every sentence is fictional and written for these tests. Publication date of the date
probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _casualties
from tests.extract_probes import ar_dates as _dates
from tests.extract_probes import ar_statements as _statements

# --- headline "X: ..." with a bare name ------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the body attributes speech to the same name: the headline is that speaker's
    ("عباس: لن نقبل بأي حل منقوص\n"
     "وقال الرئيس الفلسطيني محمود عباس في كلمة إن القدس خط أحمر.",
     [("عباس", "لن نقبل بأي حل منقوص"),
      ("الرئيس الفلسطيني محمود عباس", "القدس خط أحمر")]),
    ("نتنياهو: الحرب مستمرة\n"
     "وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن العملية لن تتوقف.",
     [("نتنياهو", "الحرب مستمرة"),
      ("رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "العملية لن تتوقف")]),
    # two words, both in the body's speaker
    ("محمود عباس: القدس عاصمتنا\nوقال محمود عباس إن الشعب صامد.",
     [("محمود عباس", "القدس عاصمتنا"), ("محمود عباس", "الشعب صامد")]),
])
def test_headline_name_confirmed_by_the_body(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline place, with or without a final ي, that no body speaker names
    ("بنغازي: اشتباكات عنيفة في محيط المطار\nوقال مصدر أمني إن الاشتباكات توقفت.",
     [("مصدر أمني", "الاشتباكات توقفت")]),
    ("غزة: مقتل ثلاثة في غارة\nوقال المتحدث باسم الدفاع المدني إن الغارة استهدفت منزلا.",
     [("المتحدث باسم الدفاع المدني", "الغارة استهدفت منزلا")]),
    # a name the body mentions, but not as a speaker
    ("عباس: اجتماع مع وفد أوروبي\nوالتقى عباس وفدا أوروبيا في رام الله.", []),
    # ... but words in the first person plural name their speaker by themselves (read
    # since the forty-second round; no entry before)
    ("عباس: لن نقبل بأي حل\nوالتقى عباس وفدا أوروبيا في رام الله.",
     [("عباس", "لن نقبل بأي حل")]),
])
def test_headline_name_not_confirmed_is_no_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_headline_family_nisba_still_speaks_alone() -> None:
    text = "الحوثي: سنواصل العمليات\nوانتهى الخطاب مساء."
    assert _statements(text) == [("الحوثي", "سنواصل العمليات")]


# --- names that begin with ب -------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الرئيس الأمريكي جو بايدن إن بلاده ستدعم الحل.",
     [("الرئيس الأمريكي جو بايدن", "بلاده ستدعم الحل")]),
    ("وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن العملية لن تتوقف.",
     [("رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "العملية لن تتوقف")]),
    ("وقال وزير الخارجية الأمريكي أنتوني بلينكن للصحفيين إن واشنطن قلقة.",
     [("وزير الخارجية الأمريكي أنتوني بلينكن", "واشنطن قلقة")]),
])
def test_names_beginning_with_ba(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- what ends a speaker after the name --------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال مسؤول عسكري بشرط عدم الكشف عن اسمه إن القوات انسحبت.",
     [("مسؤول عسكري", "القوات انسحبت")]),
    ("وقال المتحدث بشأن الهجوم إن التحقيق جار.", [("المتحدث", "التحقيق جار")]),
    ("وقال رئيس مجلس النواب نبيه بري بعد لقائه الرئيس إن الأجواء إيجابية.",
     [("رئيس مجلس النواب نبيه بري", "الأجواء إيجابية")]),
    ("وقال المبعوث الأممي عقب اجتماعه مع الوفد إن المحادثات بناءة.",
     [("المبعوث الأممي", "المحادثات بناءة")]),
    # the medium of the statement is not part of the speaker
    ("وقال عبد الملك الحوثي في خطاب متلفز إن العمليات مستمرة.",
     [("عبد الملك الحوثي", "العمليات مستمرة")]),
    ("وقال الرئيس الروسي فلاديمير بوتين في اتصال هاتفي مع نظيره إن الحل سياسي.",
     [("الرئيس الروسي فلاديمير بوتين", "الحل سياسي")]),
    # a title that holds لدى stays whole
    ("وقال سفير فرنسا لدى الأمم المتحدة إن القرار متوازن.",
     [("سفير فرنسا لدى الأمم المتحدة", "القرار متوازن")]),
])
def test_speaker_ends_before_phrases_after_the_name(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- casualties: what follows the count is not always its noun ---------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a toll that ends at its count, before the circumstance
    ("وارتفع عدد المفقودين إلى 30 بعد غرق القارب قبالة سواحل طرابلس.",
     [("عدد المفقودين إلى 30", "missing", 30, "exact")]),
    ("ارتفعت حصيلة القتلى إلى 12 قرب الحدود.",
     [("حصيلة القتلى إلى 12", "killed", 12, "exact")]),
    # a dual noun with its agreeing numeral, then a preposition or the next clause
    ("قتل مسلحان اثنان في المداهمة.", [("قتل مسلحان اثنان", "killed", 2, "exact")]),
    ("قتل جنديان اثنان وأصيب آخرون.", [("قتل جنديان اثنان", "killed", 2, "exact")]),
    ("قتل 3 في غارة على القرية.", [("قتل 3", "killed", 3, "exact")]),
    # a partitive group is still read whole
    ("قتل ثلاثة من عناصر الأمن في هجوم.",
     [("قتل ثلاثة من عناصر الأمن", "killed", 3, "exact")]),
])
def test_count_followed_by_circumstance(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


# --- dates: a time of day, then يوم, then the weekday -------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الانفجار مساء يوم الجمعة.", [("مساء يوم الجمعة", "2018-05-04")]),
    ("أفرج عنه فجر يوم الاثنين الماضي.", [("فجر يوم الاثنين الماضي", "2018-05-07")]),
    ("وقع الهجوم يوم الجمعة.", [("يوم الجمعة", "2018-05-04")]),
])
def test_day_part_before_yawm_and_weekday(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


# --- the subject of a verb with a plain object -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective agrees with its head: a plural after a singular one is the object
    ("واتهمت الحكومة اليمنية الحوثيين بخرق الهدنة.",
     [("الحكومة اليمنية", "الحوثيين بخرق الهدنة")]),
    ("واتهم الجيش السوري المسلحين بقصف الحي.",
     [("الجيش السوري", "المسلحين بقصف الحي")]),
    # a plural head keeps its plural adjective
    ("أعلن المسلحون الحوثيون السيطرة على المعسكر.",
     [("المسلحون الحوثيون", "السيطرة على المعسكر")]),
    # "باسم X" belongs to the speaker
    ("ونفى المتحدث باسم التحالف استهداف المدنيين.",
     [("المتحدث باسم التحالف", "استهداف المدنيين")]),
    # a genitive after a ل-phrase, and adjectives without the nisba ending
    ("أعلن المرصد السوري لحقوق الإنسان مقتل 5.",
     [("المرصد السوري لحقوق الإنسان", "مقتل 5")]),
    ("أعلنت الهيئة العامة للاستعلامات رفض التقرير.",
     [("الهيئة العامة للاستعلامات", "رفض التقرير")]),
    ("أعلنت اللجنة العليا للانتخابات تأجيل الاقتراع.",
     [("اللجنة العليا للانتخابات", "تأجيل الاقتراع")]),
    # a definite masdar after a definite head is still the object
    ("أعلنت الحكومة السيطرة على المدينة.", [("الحكومة", "السيطرة على المدينة")]),
])
def test_object_verb_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- the place of the speaking body, the outlet addressed, ب-content after a fronted subject


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت خلية الإعلام الأمني في العراق، الثلاثاء، مقتل أربعة من عناصر تنظيم داعش.",
     [("خلية الإعلام الأمني في العراق", "مقتل أربعة من عناصر تنظيم داعش")]),
    ("أعلنت الشرطة في محافظة البصرة، الأحد، اعتقال خمسة.",
     [("الشرطة في محافظة البصرة", "اعتقال خمسة")]),
    ("أعلنت الشرطة في المدينة اعتقال مشتبه به.",
     [("الشرطة في المدينة", "اعتقال مشتبه به")]),
    # the medium is still no place
    ("أعلن الجيش في بيان مقتل جنديين.", [("الجيش", "مقتل جنديين")]),
    # a fronted subject, then أفاد with its ب-content
    ("وكانت مصادر طبية قد أفادت بإصابة 17 متظاهرا.",
     [("مصادر طبية", "بإصابة 17 متظاهرا")]),
    # the outlet addressed stands between the speaker and the content
    ("وأفادت مصادر طبية لوكالة فرانس برس بإصابة 17 متظاهرا.",
     [("مصادر طبية", "بإصابة 17 متظاهرا")]),
    # a statement whose subject begins with ب is still its speaker
    ("وأفاد بيان للجيش بأن القوات تقدمت.", [("بيان للجيش", "القوات تقدمت")]),
])
def test_body_place_outlet_and_bi_content(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- calls: دعا/حث X إلى/على Y ------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("ودعا الصدر أنصاره إلى الالتزام بالسلمية.",
     [("الصدر", "إلى الالتزام بالسلمية")]),
    ("وحث الأمين العام الأطراف على ضبط النفس.", [("الأمين العام", "على ضبط النفس")]),
    ("ودعت الأمم المتحدة إلى وقف إطلاق النار.", [("الأمم المتحدة", "إلى وقف إطلاق النار")]),
    # a participle of calling continues the speaker
    ("وقال الصدر إن الحكومة مطالبة بالحماية، داعيا أنصاره إلى الالتزام بالسلمية.",
     [("الصدر", "الحكومة مطالبة بالحماية"), ("الصدر", "إلى الالتزام بالسلمية")]),
])
def test_calls(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- a site's name, an anonymous source, a dateline --------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the dot of "العربية.نت" ends no sentence, and the outlet is not the speaker's
    ('وقال مدير مكتب الصحة في المحافظة الدكتور عبد الرحيم السامعي لـ"العربية.نت" إن '
     'المستشفيات استقبلت جثث القتلى، مؤكدا أن بين المصابين حالات خطرة.',
     [("مدير مكتب الصحة في المحافظة الدكتور عبد الرحيم السامعي",
       "المستشفيات استقبلت جثث القتلى"),
      ("مدير مكتب الصحة في المحافظة الدكتور عبد الرحيم السامعي",
       "بين المصابين حالات خطرة")]),
    # a missing space after a full stop still ends the sentence
    ("قتل خمسة في المدينة.وقال المتحدث إن الوضع هادئ.", [("المتحدث", "الوضع هادئ")]),
    # a source who asked not to be named
    ("وقتل مسلحان في الكمين، بحسب مسؤول محلي طلب عدم ذكر اسمه.",
     [("مسؤول محلي", "وقتل مسلحان في الكمين")]),
    # a paragraph's dateline is not part of the words
    ("تعز - قتل ستة مدنيين في قصف على المدينة، وفق ما أفادت مصادر طبية.",
     [("مصادر طبية", "قتل ستة مدنيين في قصف على المدينة")]),
])
def test_site_names_anonymous_sources_and_datelines(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- ministry bulletins: injuries counted, disease cases, list conjunctions --------------


@pytest.mark.parametrize(("text", "expected"), [
    ("ارتفاع حصيلة الشهداء إلى ٢٣ شهيدا و٨٧ إصابة.",
     [("٢٣ شهيدا", "killed", 23, "exact"), ("٨٧ إصابة", "wounded", 87, "exact")]),
    ("وأسفر القصف عن 12 إصابة بينها حالات خطرة.", [("12 إصابة", "wounded", 12, "exact")]),
    # the next item's conjunction is not part of the figure
    ("ارتفعت حصيلة القتلى إلى 23 و87 جريحا.",
     [("حصيلة القتلى إلى 23", "killed", 23, "exact"), ("87 جريحا", "wounded", 87, "exact")]),
    # cases of a disease are not casualties
    ("سجلت الوزارة 87 إصابة بالكوليرا.", []),
    ("ارتفع عدد الإصابات بفيروس كورونا إلى 300.", []),
])
def test_bulletin_counts(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


def test_body_place_of_two_words_without_article() -> None:
    text = ("أعلنت وزارة الصحة في قطاع غزة، اليوم الأربعاء، ارتفاع حصيلة الشهداء إلى 23 "
            "شهيدا.")
    assert _statements(text) == [("وزارة الصحة في قطاع غزة",
                                  "ارتفاع حصيلة الشهداء إلى 23 شهيدا")]
