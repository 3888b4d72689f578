"""Arabic probes, hundred-and-second round (issue 11): the fifty-eighth set's families,
each written as a rule of news Arabic with members and look-alikes that must not fire.

Dates:

1. A deadline ("قبل"، "بحلول") in a clause that sets a condition still to be met ("إذا
   لم ...") or pledges an act ("تعهد بـ"، "، متعهدة بإنجاز ...") is ahead: a later month
   of the year is this year's, an earlier one next year's. Look-alikes: a past account
   with "كان"; "لو", the condition of what did not happen; "شركة متعهدة" (a contractor);
   a pledge's own time, named before its act ("تعهد قبل أيلول الماضي").

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a deadline in a condition or a pledge
    ('وقال مزارع: "اذا لم تصل الأمطار قبل أيلول سنخسر الموسم كله".', [('أيلول', '2018-09')]),
    ('وأعلنت الوزارة خطة لإعادة تأهيل المدارس، متعهدة بإنجاز المرحلة الأولى قبل نهاية تشرين '
     'الأول.', [('نهاية تشرين الأول', '2018-10')]),
    ('وتعهد الوزير بصرف التعويضات للمزارعين قبل أيلول.', [('أيلول', '2018-09')]),
    ('وقال التاجر ان المحال تغلق أبوابها إذا لم تنخفض الأسعار قبل نهاية كانون الثاني.',
     [('نهاية كانون الثاني', '2019-01')]),
])
def test_deadline_in_condition_or_pledge(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وحذر الاتحاد من خسائر كبيرة إذا لم تفتح المعابر قبل نهاية تموز.',
     [('نهاية تموز', '2018-07')]),
    ('وكان المحافظ قد تعهد بإنجاز الجسر قبل أيلول.', [('أيلول', '2017-09')]),
    ('وقال ان الفيضان كان سيدمر القرية اذا كانت السدود انهارت قبل أيلول.',
     [('أيلول', '2017-09')]),
    ('وقال ان شركة متعهدة بدأت العمل بالمشروع قبل أيلول.', [('أيلول', '2017-09')]),
    ('وقال انه تعهد قبل أيلول الماضي بالبقاء في المدينة.', [('أيلول الماضي', '2017-09')]),
    ('وقال ان المساعدات لو وصلت قبل أيلول لما مات أحد.', [('أيلول', '2017-09')]),
])
def test_deadline_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
