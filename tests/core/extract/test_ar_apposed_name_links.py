"""A name set in commas after a title may hold a link ("بن"، "أبو"، "عبد") whose next word is
also a verb or a noun ("طالب" demanded, "صالح" fit): joined by the link it is a word of the
name, and the speaker is title and name (seen on a fresh Arabic set; probes our own)."""

import pytest

from workbench.core.extract import extract


def _speakers(text: str) -> list[str | None]:
    return [s["speaker"] for s in extract(text, "2024-05-02", "ar")["statements"]]


@pytest.mark.parametrize("text, speaker", [
    ("وقال مدير المشروع، المهندس عادل صالح بن طالب، إن الأمطار أسقطت أسقفا كاملة.",
     "مدير المشروع، المهندس عادل صالح بن طالب"),
    ("وقال مدير المدرسة، سالم أبو طالب، إن الصفوف أغلقت منذ الشتاء.",
     "مدير المدرسة، سالم أبو طالب"),
    ("وأكد رئيس الجمعية، منير بن طالب الحسني، أن المساعدات لم تصل بعد.",
     "رئيس الجمعية، منير بن طالب الحسني"),
    ("وقالت مديرة المركز، الدكتورة هالة أبو طالب، لوكالة الأنباء إن المرضى نقلوا.",
     "مديرة المركز، الدكتورة هالة أبو طالب"),
])
def test_a_name_joined_by_a_link_is_read_whole(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # a verb after the title's comma with no link before it: no name, the title alone
    "وقال مدير المشروع، طالب بوقف العمل، إن الأمطار أسقطت أسقفا كاملة.",
])
def test_a_verb_with_no_link_is_no_name(text: str) -> None:
    assert "طالب" not in (_speakers(text)[0] or "")


@pytest.mark.parametrize("text, speaker", [
    ("وأكد رئيس تعاونية المزارعين، وديع سليم أبو شقرا، أن الموسم تأخر.",
     "رئيس تعاونية المزارعين، وديع سليم أبو شقرا"),
    ("وقال مدير المستشفى، وليد حسن الدباغ، إن الجرحى نقلوا إلى العاصمة.",
     "مدير المستشفى، وليد حسن الدباغ"),
    ("وقالت رئيسة الجمعية، وفاء منصور أبو علي، إن المساعدات لم تصل.",
     "رئيسة الجمعية، وفاء منصور أبو علي"),
])
def test_a_given_name_opening_with_waw_is_the_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_waw_joining_a_second_name_is_no_name_of_the_first() -> None:
    assert _speakers("وقال المحافظ، ووليد حسن الدباغ، إن الجرحى نقلوا.") == ["المحافظ"]
