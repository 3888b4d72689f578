"""Arabic probes, eighty-fourth round (issue 11): the forty-first set's errors, families
met on two sets or more.

1. The future's "س" before deploying, the eighth form of spreading out ("سينتشرون"،
   "ستنتشر"): forces announced to deploy are still to arrive, so a month with no year in
   their clause is the coming one. The same verb told in the past ("انتشروا"، "انتشر
   الوباء") keeps the month behind.

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
