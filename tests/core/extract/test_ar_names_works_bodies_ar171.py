"""Arabic round 171 (issue 11): the given name "علي" after a title or a verb of saying, a
headline that tells of a book or an opened museum, a participle after a body named without
the article, and "نقل" as the noun of transport.

1. "وأوضح الشيخ علي صالح العبيدي، أحد وجهاء القرية، أن ...": "علي" written with ya is the
   given name, though it folds as the preposition "على".
2. "طبيب يروي في كتاب جديد ..."، "افتتاح متحف صغير يوثق ...": a work's story, no entry.
3. "ورحبت منظمات مدنية بالقانون، داعية الحكومة إلى ...": the participle speaks for the
   body the sentence opens with, not for the last speaker.
4. "وقال صاحب شركة نقل في المدينة إن ...": "نقل" after a vehicle or a company is no relay
   verb.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_HEAD = "أخبار البلدة\n"
_SAID = "وقال المحافظ إن الطريق مغلق. "

Expected = list[tuple[str | None, str]]


def _read(text: str) -> Expected:
    return ar_statements(_HEAD + text)


@pytest.mark.parametrize(("text", "expected"), [
    ("وأوضح الشيخ علي صالح العبيدي، أحد وجهاء القرية الذين توسطوا في الصلح، أن العائلتين "
     "ستتبادلان الأسرى خلال يومين، وأن الشرطة ستتولى حماية الطريق.",
     [("الشيخ علي صالح العبيدي", "العائلتين ستتبادلان الأسرى خلال يومين"),
      ("الشيخ علي صالح العبيدي", "الشرطة ستتولى حماية الطريق")]),
    ("وقال الشيخ علي العبيدي إن العائلتين ستتبادلان الأسرى.",
     [("الشيخ علي العبيدي", "العائلتين ستتبادلان الأسرى")]),
    ("وأوضح اللواء علي الزبيدي أن الدوريات ستبدأ غدا.",
     [("اللواء علي الزبيدي", "الدوريات ستبدأ غدا")]),
    ("ويقول الصياد علي حمود، الذي يعمل في الميناء منذ عشرين عاما، إن الرحلة تكلفه الكثير.",
     [("الصياد علي حمود", "الرحلة تكلفه الكثير")]),
    ("وأوضح علي العبيدي أن العائلتين ستتبادلان الأسرى.",
     [("علي العبيدي", "العائلتين ستتبادلان الأسرى")]),
    ("وقال علي حمود إن المياه لم تصل منذ أسبوع.",
     [("علي حمود", "المياه لم تصل منذ أسبوع")]),
    ("وقال المهندس علي كاظم لوكالة الأنباء إن المحطة توقفت.",
     [("المهندس علي كاظم", "المحطة توقفت")]),
    ('وقال كريم رياض الشيخ علي، وهو متطوع في المركز، للصفحة: "نحاول أن نساعدهم".',
     [("كريم رياض الشيخ علي", "نحاول أن نساعدهم")]),
    ("وقال مدير المدرسة الشيخ علي إن الدوام سيستأنف الأحد.",
     [("مدير المدرسة الشيخ علي", "الدوام سيستأنف الأحد")]),
])
def test_ali_after_a_title_or_verb_is_the_given_name(text: str, expected: Expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the preposition as written, with alef maqsura
    ("وقال الشيخ على المنبر إن الصلح قريب.", [("الشيخ", "الصلح قريب")]),
    # the preposition written with ya, before what it governs
    ("وأكد الوزير علي هامش المؤتمر أن الحكومة ستدعم المزارعين.",
     [("الوزير", "الحكومة ستدعم المزارعين")]),
    ("وشدد الوزير علي ضرورة الصلح.", [("الوزير", "ضرورة الصلح")]),
    # a verb that takes "على", and a definite object that is no family name
    ("وأكد علي الحكومة أن تدعم المزارعين.", [(None, "تدعم المزارعين")]),
    ("وقال علي الهواء إن الصلح قريب.", [(None, "الصلح قريب")]),
])
def test_ali_the_preposition_stays(text: str, expected: Expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "طبيب يروي في كتاب جديد أشهر الجوع خلال الحصار",
    "افتتاح متحف صغير يوثق أيام حصار المدينة",
    "مخرجة شابة توثق في فيلم وثائقي رحلة النزوح من القرية",
    "ناجية تروي في مذكراتها سنوات الاعتقال",
    "ممرضة تستعيد في كتابها أيام الحصار",
    "تدشين موقع إلكتروني يروي قصص الضحايا",
    "إطلاق منصة إلكترونية ترصد الانتهاكات في المدينة",
])
def test_headline_of_a_work_gives_no_entry(text: str) -> None:
    assert ar_statements(text + "\n" + "نص الخبر.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ناج يروي تفاصيل الهجوم على القرية", [("ناج", "تفاصيل الهجوم على القرية")]),
    ("تقرير حقوقي يوثق وفاة 9 سجناء", [("تقرير حقوقي", "وفاة 9 سجناء")]),
    ("طبيب يروي في مقابلة أشهر الجوع خلال الحصار",
     [("طبيب", "في مقابلة أشهر الجوع خلال الحصار")]),
])
def test_headline_telling_keeps_its_teller(text: str, expected: Expected) -> None:
    assert ar_statements(text + "\n" + "نص الخبر.") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ورحبت منظمات مدنية بالقانون، داعية الحكومة إلى تدريب القضاة على تطبيقه.",
     [("منظمات مدنية", "إلى تدريب القضاة على تطبيقه")]),
    ("ورحبت نقابات عمالية بالقرار، مطالبة الحكومة بتطبيقه فورا.",
     [("نقابات عمالية", "بتطبيقه فورا")]),
    ("ورحبت جمعيات حقوقية بالقرار، مؤكدة أن تطبيقه يحتاج وقتا.",
     [("جمعيات حقوقية", "تطبيقه يحتاج وقتا")]),
    ("ورحبت هيئات محلية بالاتفاق، داعية إلى تطبيقه فورا.",
     [("هيئات محلية", "إلى تطبيقه فورا")]),
    ("ورحب وفد الاتحاد الأوروبي بالاتفاق، مؤكدا أن تطبيقه يحتاج وقتا.",
     [("وفد الاتحاد الأوروبي", "تطبيقه يحتاج وقتا")]),
    ("ورحب فريق الأمم المتحدة للتحقيق في بيان بالكشف، مؤكدا استعداده لتقديم الدعم.",
     [("فريق الأمم المتحدة للتحقيق", "استعداده لتقديم الدعم")]),
    ("ورحبت الوزارة بالاتفاق، مؤكدة استعدادها لتقديم الدعم.",
     [("الوزارة", "استعدادها لتقديم الدعم")]),
])
def test_participle_after_a_body_speaks_for_it(text: str, expected: Expected) -> None:
    assert _read(_SAID + text) == [("المحافظ", "الطريق مغلق"), *expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a plural of bodies with no adjective names no one in particular
    ("ورحبت منظمات بالقانون، داعية الحكومة إلى تدريب القضاة.",
     [("المحافظ", "إلى تدريب القضاة")]),
    # something already reported in the sentence keeps the participle with its speaker
    ("وأكدت منظمات مدنية أن القانون تأخر، مشيرة إلى أن تطبيقه يحتاج وقتا.",
     [("منظمات مدنية", "القانون تأخر"), ("منظمات مدنية", "تطبيقه يحتاج وقتا")]),
])
def test_participle_near_misses(text: str, expected: Expected) -> None:
    assert _read(_SAID + text) == [("المحافظ", "الطريق مغلق"), *expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال صاحب شركة نقل في المدينة إن الطريق مغلق منذ أسبوع.",
     [("صاحب شركة نقل في المدينة", "الطريق مغلق منذ أسبوع")]),
    ("وقال سائق شاحنة نقل إن الطريق مغلق منذ أسبوع.",
     [("سائق شاحنة نقل", "الطريق مغلق منذ أسبوع")]),
    ('وقال عبد الكريم أحمد بركات، وهو صاحب شركة نقل في البلدة، للإذاعة: "خسرنا كل شيء".',
     [("عبد الكريم أحمد بركات", "خسرنا كل شيء")]),
    ("وقال مالك أسطول نقل في الميناء إن السفن لم تصل.",
     [("مالك أسطول نقل في الميناء", "السفن لم تصل")]),
])
def test_transport_noun_in_a_speaker(text: str, expected: Expected) -> None:
    assert _read(_SAID + text) == [("المحافظ", "الطريق مغلق"), *expected]


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقل موقع "الساحل" عن مصادر أن الطريق مغلق.',
     [('موقع "الساحل"', "الطريق مغلق"), ("مصادر", "الطريق مغلق")]),
    ("وأعلنت الوزارة نقل الجرحى إلى المستشفى.",
     [("الوزارة", "نقل الجرحى إلى المستشفى")]),
])
def test_relay_verb_and_transfer_stay(text: str, expected: Expected) -> None:
    assert _read(_SAID + text) == [("المحافظ", "الطريق مغلق"), *expected]
