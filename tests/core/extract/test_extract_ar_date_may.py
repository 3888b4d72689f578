""""قد" before a present verb is "may": what it tells may still come, so a month in its
clause is ahead. A December report's "قد تنخفض الأسعار قبل نهاية كانون الثاني" (prices may
fall before the end of January) is the coming January, not the one eleven months back (from
ar-91's first measurement); "قد" before a past verb affirms it and keeps the month behind,
also a past that opens on "ت" ("قد توقف"), and so does a month that is a noun's rather than
the verb's time ("قد يتراجع ... عن توقعات كانون الثاني").
Texts are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

DECEMBER = "2021-12-12"


def _months(text: str) -> list[str | None]:
    return [d["value"] for d in extract(text, DECEMBER, language="ar")["dates"]]


@pytest.mark.parametrize("text", [
    'وقال تاجر إن "أسعار الإسمنت قد تنخفض بنحو الثلث قبل نهاية كانون الثاني".',
    "وأضاف أن المعبر قد يفتح أمام الشاحنات في كانون الثاني.",
    "ويخشى المزارعون أن الأمطار قد تتأخر حتى شباط.",
])
def test_a_month_after_may_and_a_present_verb_is_ahead(text: str) -> None:
    assert _months(text) in (["2022-01"], ["2022-02"])


@pytest.mark.parametrize("text", [
    "وقال تاجر إن الأسعار قد انخفضت بنحو الثلث في كانون الثاني.",
    "وكان المعبر قد فتح أمام الشاحنات في كانون الثاني.",
    "وقال إن العمل قد توقف في كانون الثاني بسبب القصف.",
    "وقال إن الجيش قد تسلم المعبر في كانون الثاني.",
    "وقال إن المعبر قد تعرض للقصف في كانون الثاني.",
    "وقال إن الحركة قد توقفت في كانون الثاني.",
    "وقال إن القوات قد تراجعت في كانون الثاني.",
    "وكانت الوزارة قد تعهدت، في بيان، بفتح المعبر في كانون الثاني.",
])
def test_may_before_a_past_verb_keeps_the_month_behind(text: str) -> None:
    assert _months(text) == ["2021-01"]


def test_a_month_that_is_a_nouns_time_stays_behind() -> None:
    text = "وقال المزارعون إن الإنتاج قد يتراجع بنسبة 30 في المئة عن توقعات كانون الثاني."
    assert [d["value"] for d in extract(text, "2022-02-14", language="ar")["dates"]] == [
        "2022-01"]
