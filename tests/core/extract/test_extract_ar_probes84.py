"""Arabic probes, eighty-fourth round (issue 11): the forty-first set's errors, families
met on two sets or more.

1. The future's "س" before deploying, the eighth form of spreading out ("سينتشرون"،
   "ستنتشر"): forces announced to deploy are still to arrive, so a month with no year in
   their clause is the coming one. The same verb told in the past ("انتشروا"، "انتشر
   الوباء") keeps the month behind.
2. An outlet named for a national day ("14 أكتوبر"، "22 مايو") in a dateline's source slot
   (the place, a dash, the name, a colon) or opening its byline's line before a site's
   suffix ("نت") is a name, not a date. A dateline's own date with its year, a date before
   a colon in running text and a date after the dash with no colon stay dates.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings. The probes' publication day is 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المتحدث ان نحو ألف جندي إضافي سينتشرون في الإقليم مطلع فبراير.',
     [('مطلع فبراير', '2019-02')]),
    ('وأعلنت الوزارة ان دوريات مشتركة ستنتشر في أحياء المدينة منتصف مارس.',
     [('منتصف مارس', '2019-03')]),
    ('وأوضح القائد ان الوحدة ستنتشر على الحدود في أبريل.',
     [('أبريل', '2019-04')]),
])
def test_future_deployment(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المتحدث ان نحو ألف جندي انتشروا في الإقليم مطلع فبراير.',
     [('مطلع فبراير', '2018-02')]),
    ('وذكرت الوزارة ان الوباء انتشر في القرى منذ مارس.',
     [('مارس', '2018-03')]),
])
def test_past_deployment_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('عدن: مقتل جنديين في هجوم\nعدن - 14 أكتوبر: قتل جنديان في هجوم مسلح فجر الثلاثاء.',
     [('فجر الثلاثاء', '2018-05-08')]),
    ('اشتباكات في أبين\n22 مايو نت - خاص\nقتل ثلاثة جنود في اشتباكات الثلاثاء.',
     [('الثلاثاء', '2018-05-08')]),
])
def test_outlet_named_for_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('القاهرة - 14 أكتوبر 2017: قتل جنديان.', [('14 أكتوبر 2017', '2017-10-14')]),
    ('وقع الهجوم في 14 أكتوبر: قتل فيه جنديان.', [('14 أكتوبر', '2017-10-14')]),
    ('عدن - 14 أكتوبر - قتل جنديان في هجوم.', [('14 أكتوبر', '2017-10-14')]),
])
def test_dates_in_a_dateline_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected
