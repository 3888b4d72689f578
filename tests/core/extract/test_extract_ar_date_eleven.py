"""The numeral "الأحد عشر" (eleven) is no Sunday.

Arabic writes eleven after a definite noun as "الأحد عشر" ("أفراد الطاقم الأحد عشر", the
eleven crew members) or "الإحدى عشرة" for a feminine noun. Its first word is the weekday
Sunday, and the date engine read it as one: a report about a crew of eleven taken at sea
got a date for the Sunday before it was published.
"""

from __future__ import annotations

from workbench.core.extract import extract

PUBLISHED = "2024-03-12"  # a Tuesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED, language="ar")["dates"]]


def test_eleven_after_its_noun_is_no_date():
    text = ("خفر السواحل: مسلحون يحتجزون طاقم سفينة شحن\n"
            "قال خفر السواحل إن مسلحين صعدوا إلى سفينة شحن قبالة الساحل واحتجزوا أفراد طاقمها "
            "الأحد عشر، ولم تعرف هوياتهم بعد.")
    assert _dates(text) == []


def test_eleven_beside_a_real_sunday_leaves_the_sunday():
    text = ("خفر السواحل: مسلحون يحتجزون طاقم سفينة شحن\n"
            "قال خفر السواحل إن مسلحين صعدوا فجر الأحد إلى سفينة شحن واحتجزوا البحارة الأحد "
            "عشر الذين كانوا على متنها.")
    assert _dates(text) == [("فجر الأحد", "2024-03-10")]


def test_a_bare_sunday_before_another_word_is_still_a_sunday():
    text = ("الشرطة: توقيف ثلاثة مشتبه بهم\n"
            "أعلنت الشرطة الأحد عن توقيف ثلاثة أشخاص يشتبه في تورطهم في الهجوم.")
    assert _dates(text) == [("الأحد", "2024-03-10")]
