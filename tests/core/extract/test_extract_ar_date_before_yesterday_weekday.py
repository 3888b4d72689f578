""""أول أمس" before its weekday is one date, as "أمس" before its weekday is.

A report published on a Thursday tells of a clash "مساء أول أمس الثلاثاء" (on the evening
of the day before yesterday, Tuesday). "مساء أمس الأربعاء" was already one date; the
longer form gave the relative day and then the weekday again as a second date (from
ar-89's first measurement). Texts are fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

THURSDAY = "2025-03-27"


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, THURSDAY, language="ar")["dates"]]


@pytest.mark.parametrize(("text", "span"), [
    ("قال الجيش إن جنديا قتل في اشتباك مع مهربين مساء أول أمس الثلاثاء.", "مساء أول أمس الثلاثاء"),
    ("أفادت مصادر محلية بأن الطائرة قصفت السوق أول أمس الثلاثاء.", "أول أمس الثلاثاء"),
    ("وكان المسلحون قد اقتحموا القرية فجر أول من أمس الثلاثاء.", "فجر أول من أمس الثلاثاء"),
])
def test_the_day_before_yesterday_with_its_weekday_is_one_date(text: str, span: str) -> None:
    assert _dates(text) == [(span, "2025-03-25")]


def test_yesterday_with_its_weekday_stays_one_date() -> None:
    text = "قال الجيش إن جنديا قتل مساء أمس الأربعاء."
    assert _dates(text) == [("مساء أمس الأربعاء", "2025-03-26")]


def test_the_day_before_yesterday_alone_is_unchanged() -> None:
    text = "قال الجيش إن جنديا قتل أول أمس في اشتباك مع مهربين."
    assert _dates(text) == [("أول أمس", "2025-03-25")]
