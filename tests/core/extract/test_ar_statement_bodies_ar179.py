"""Arabic statements, round 179 (issue 11): a body before a headline colon, and a body's
participles after its own act opened by "كان ... قد".

1. A headline label naming an official body by a definite head and the adjective that
   makes it that body ("الأمن العام الأردني:"، "الحرس الثوري:"، "الحماية المدنية:"،
   "السلطات الليبية:"): the body speaks the headline. A place or a topic before the colon
   ("غزة:"، "الخصومة:") and the same heads with a topic's adjective ("الأمن الغذائي:"،
   "القوات الخاصة:"، "الحرس القديم:") stay unread.
2. "وكانت وزارة النقل قد نظمت حملة ...، داعية السائقين إلى ...، ومؤكدة أن ...": the
   participles describe the subject of "كان" and its act, not the person who spoke in the
   sentence before. So does "كان" with a present predicate ("وكانت البلدية تستعد ...،
   داعية"). A participle of the other gender, or "كان" with no subject of its own ("وكان
   من المقرر"، "وكانت هناك"، "وكانت الحملة الأولى من نوعها") keeps the earlier speaker.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_BODY = "\nنص الخبر."


@pytest.mark.parametrize(("headline", "expected"), [
    ("الأمن العام الأردني: ضبط مطلق نار في حفل زفاف بمدينة إربد",
     [("الأمن العام الأردني", "ضبط مطلق نار في حفل زفاف بمدينة إربد")]),
    ("القوات المسلحة الأردنية: إسقاط طائرة مسيرة على الحدود الشمالية",
     [("القوات المسلحة الأردنية", "إسقاط طائرة مسيرة على الحدود الشمالية")]),
    ("السلطات الليبية: إغلاق معبر رأس جدير حتى إشعار آخر",
     [("السلطات الليبية", "إغلاق معبر رأس جدير حتى إشعار آخر")]),
    ("الحماية المدنية: إخماد حريق في غابة بولاية جيجل",
     [("الحماية المدنية", "إخماد حريق في غابة بولاية جيجل")]),
    ("الاستخبارات العسكرية: إحباط هجوم على قاعدة جوية",
     [("الاستخبارات العسكرية", "إحباط هجوم على قاعدة جوية")]),
    ("القوات العراقية: مقتل خمسة مسلحين في كمين قرب الحدود",
     [("القوات العراقية", "مقتل خمسة مسلحين في كمين قرب الحدود")]),
    ("الأجهزة الأمنية: توقيف مشتبه به في تفجير السوق",
     [("الأجهزة الأمنية", "توقيف مشتبه به في تفجير السوق")]),
    # read before, still read
    ("الحرس الثوري: استهداف مواقع جماعات مسلحة في كردستان",
     [("الحرس الثوري", "استهداف مواقع جماعات مسلحة في كردستان")]),
    ("الأمن الوطني: ضبط شحنة مخدرات في الميناء",
     [("الأمن الوطني", "ضبط شحنة مخدرات في الميناء")]),
])
def test_round_179_body_before_headline_colon(headline: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert ar_statements(headline + _BODY) == expected


@pytest.mark.parametrize("headline", [
    # a topic or a place before the colon is no source
    "الأمن الغذائي: ملايين مهددون بالجوع في الأرياف",
    "الأمن المائي: السدود تفقد نصف مخزونها",
    "الحرس القديم: وجوه تعود إلى المشهد",
    "القوات الخاصة: تاريخ من العمليات السرية",
    "السلطات الجديدة: وعود كثيرة وإنجازات قليلة",
    "غزة: مقتل ثلاثة في غارة على مخيم",
    "الخصومة: عائلتان تتبادلان إطلاق النار",
])
def test_round_179_topic_before_colon_unread(headline: str) -> None:
    assert ar_statements(headline + _BODY) == []


_HEAD = "حملات توعية في المحافظة\n"
_BEFORE = "وقال قائد الشرطة المحلية العقيد نادر سليم الكناني إن التحقيق مستمر. "
_OFFICER = "قائد الشرطة المحلية العقيد نادر سليم الكناني"


@pytest.mark.parametrize(("text", "expected"), [
    ('وكانت وزارة النقل قد نظمت في آذار حملة سلامة على الطرق السريعة، داعية السائقين '
     'إلى ربط الأحزمة، ومؤكدة أن المخالفين سيدفعون غرامات مضاعفة.',
     [("وزارة النقل", "إلى ربط الأحزمة"),
      ("وزارة النقل", "المخالفين سيدفعون غرامات مضاعفة")]),
    ("وكانت البلدية قد نظمت الشهر الماضي حملة توعية في المدارس، محذرة من اللعب قرب "
     "الأسلاك، ومؤكدة أن الفرق ستواصل عملها.",
     [("البلدية", "من اللعب قرب الأسلاك"), ("البلدية", "الفرق ستواصل عملها")]),
    ("وكان الجيش قد نشر تعزيزات على الحدود، مؤكدا أن الوضع تحت السيطرة.",
     [("الجيش", "الوضع تحت السيطرة")]),
    ("وكان المجلس البلدي قد خصص مبلغا لشراء المعدات، مشيرا إلى أن العمل سيبدأ قريبا.",
     [("المجلس البلدي", "العمل سيبدأ قريبا")]),
    ("وكانت منظمة الصحة العالمية قد وزعت لقاحات في المخيمات، محذرة من انتشار الكوليرا.",
     [("منظمة الصحة العالمية", "من انتشار الكوليرا")]),
    ("وكانت البلدية تستعد لإطلاق حملة نظافة، داعية السكان إلى التعاون مع العمال.",
     [("البلدية", "إلى التعاون مع العمال")]),
])
def test_round_179_participles_after_kana_act(text: str,
                                             expected: list[tuple[str, str]]) -> None:
    out = ar_statements(_HEAD + _BEFORE + text)
    assert out == [(_OFFICER, "التحقيق مستمر"), *expected]
    # with no speaker before, the same body
    assert ar_statements(_HEAD + text) == expected


@pytest.mark.parametrize(("text", "words"), [
    # a participle of the other gender is not the feminine body's
    ("وكانت الوزارة قد أطلقت حملة للتطعيم، مؤكدا أن الإقبال كان ضعيفا.",
     "الإقبال كان ضعيفا"),
    # "كان" with no subject of its own, or with a predicate that is no act
    ("وكان من المقرر أن تبدأ الحملة الأسبوع المقبل، مؤكدا أن الإقبال كان ضعيفا.",
     "الإقبال كان ضعيفا"),
    ("وكانت هناك حملة مماثلة العام الماضي، داعية السكان إلى التعاون.", "إلى التعاون"),
    ("وكانت الحملة الأولى من نوعها في المحافظة، مؤكدة أن الإقبال كان ضعيفا.",
     "الإقبال كان ضعيفا"),
])
def test_round_179_kana_without_act_keeps_speaker(text: str, words: str) -> None:
    assert ar_statements(_HEAD + _BEFORE + text) == [
        (_OFFICER, "التحقيق مستمر"), (_OFFICER, words)]
