"""Arabic probes, hundred-and-sixth round (issue 11): families that recur on the fresh
Arabic sets, each written as a rule of news Arabic with members and look-alikes that must
not fire.

Statements:

1. A headline opens with the place of its news ("PLACE: event"); its one-word label is no
   speaker when the body names it only as the place of an office, a force or a people
   named by their field ("شرطة نينوى"، "قيادة عمليات ديالى"، "مديرية ماء الأنبار"،
   "المجلس الاجتماعي لقبائل الزاوية"), as the last word of a quoted name of more words
   (an outlet named after its town: 'شبكة «أخبار إدلب»'), or, with its side ("جنوب
   سيناء:"), after a governor's title. Look-alikes: a label that keeps the office's field
   ("ماء نينوى:"), a one-word quoted name ('وكالة "سانا"'), a surname after a given name,
   a ministry named by its field, a movement after its kind ("حركة حماس").

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a place's headline
    ("نينوى: مقتل راع بانفجار لغم قرب سنجار\nوقال مصدر في شرطة نينوى إن راعيا قتل بانفجار"
     " لغم قديم.",
     [("مصدر في شرطة نينوى", "راعيا قتل بانفجار لغم قديم")]),
    ("جنوب سيناء: افتتاح مدرستين في طور سيناء\nوقال محافظ جنوب سيناء إن المدرستين تستوعبان"
     " 600 تلميذ.",
     [("محافظ جنوب سيناء", "المدرستين تستوعبان 600 تلميذ")]),
    ("إدلب: قصف مدفعي على قرى جبل الزاوية\nونقلت شبكة «أخبار إدلب» عن ناشطين أن القصف طال"
     " ثلاث قرى.",
     [("شبكة «أخبار إدلب»", "القصف طال ثلاث قرى"), ("ناشطين", "القصف طال ثلاث قرى")]),
    ("الزاوية: تبادل 7 محتجزين بين مجموعتين\nوأعلن المجلس الاجتماعي لقبائل الزاوية أن"
     " التبادل جرى مساء الأحد.",
     [("المجلس الاجتماعي لقبائل الزاوية", "التبادل جرى مساء الأحد")]),
])
def test_statement_members(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ماء نينوى: انقطاع الضخ عن تسعة أحياء\nوأعلنت مديرية ماء نينوى أن الضخ سيعود غدا.",
     [("ماء نينوى", "انقطاع الضخ عن تسعة أحياء"), ("مديرية ماء نينوى", "الضخ سيعود غدا")]),
    ('سانا: مقتل مدنيين بقذائف على حي سكني\nوقالت وكالة "سانا" إن القذائف سقطت على حي سكني.',
     [("سانا", "مقتل مدنيين بقذائف على حي سكني"),
      ('وكالة "سانا"', "القذائف سقطت على حي سكني")]),
    ("غوتيريش: الوضع في المدينة لا يحتمل\nوقال أنطونيو غوتيريش إن الوضع في المدينة لا يحتمل.",
     [("غوتيريش", "الوضع في المدينة لا يحتمل"),
      ("أنطونيو غوتيريش", "الوضع في المدينة لا يحتمل")]),
    ("الصحة: ارتفاع عدد المصابين إلى 40\nوقالت وزارة الصحة إن عدد المصابين ارتفع إلى 40.",
     [("الصحة", "ارتفاع عدد المصابين إلى 40"), ("وزارة الصحة", "عدد المصابين ارتفع إلى 40")]),
    ("حماس: لن نسلم السلاح\nوقالت حركة حماس إنها لن تسلم السلاح.",
     [("حماس", "لن نسلم السلاح"), ("حركة حماس", "لن تسلم السلاح")]),
])
def test_statement_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
