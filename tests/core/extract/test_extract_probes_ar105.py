"""Arabic probes, hundred-and-fifth round (issue 11): families that recur on the fresh
Arabic sets, each written as a rule of news Arabic with members and look-alikes that must
not fire.

Dates:

1. What is supposed to happen ("يفترض أن" with the present) is still ahead, and so is a
   month without a year in its clause, whether named alone, with its start or after a
   deadline. Look-alikes: the same told with "كان" (supposed once, maybe past), the
   adjective "المفترض" ("alleged") beside a month.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    # 1. supposed to happen (published 10 May 2018)
    ('وتنتظر البلدية مضخات جديدة يفترض أن تصل مطلع آب.', [('مطلع آب', '2018-08')]),
    ('وأعلنت الوكالة تمويل مدرسة يفترض أن تفتح أبوابها قبل تشرين الأول.',
     [('تشرين الأول', '2018-10')]),
    ('ويفترض أن يكتمل ترميم الجسر في أيلول.', [('أيلول', '2018-09')]),
])
def test_date_members(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان يفترض أن تصل المضخات مطلع آب.', [('مطلع آب', '2017-08')]),
    ('واعتقلت الشرطة المنفذ المفترض للهجوم الذي وقع في آب.', [('آب', '2017-08')]),
    ('ووصلت المضخات مطلع آب.', [('مطلع آب', '2017-08')]),
])
def test_date_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
