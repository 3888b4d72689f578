"""Arabic probes, seventy-seventh round (issue 11): the thirty-fifth set's dates, a family
met on it and on the twentieth set.

1. a month (or its end) after a clause that looks ahead with no future verb: the participle
   of expecting ("، متوقعا انتهاء الأعمال قبل نهاية يوليو"), as "يتوقع" and "المتوقع"
   already were, and going on as a purpose ("تحتاج ... لمواصلة العمل حتى نهاية آذار"), as
   lasting told in the present ("يستمر ... حتى") already was: the coming month, not the
   last one.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the participle of expecting, masculine and feminine, before a month's
    # end and a bare month; purpose's "لمواصلة" and "لاستمرار" before "حتى"
    ('وقال مدير المشروع إن العمال أنجزوا نصف الجسر، متوقعا افتتاحه قبل نهاية أيلول.',
     [('نهاية أيلول', '2018-09')]),
    ('وأعلنت الوزارة بدء توزيع البذور، متوقعة اكتمال التوزيع في تشرين الثاني.',
     [('تشرين الثاني', '2018-11')]),
    ('وقالت الجمعية إنها تحتاج 20 ألف دولار لمواصلة تشغيل المطبخ حتى نهاية أيلول.',
     [('نهاية أيلول', '2018-09')]),
    ('وطلب المستشفى وقودا إضافيا لاستمرار عمل المولدات حتى تشرين الثاني.',
     [('تشرين الثاني', '2018-11')]),
    # ... look-alikes: a month told as past with "كان", the expecting participle after a
    # past month already named with its year, and continuing told as done in the past
    ('وكان المدير قد قال في أيلول إن الأعمال ستنتهي قريبا.', [('أيلول', '2017-09')]),
    ('وواصل العمال العمل حتى نهاية أيلول من دون أجور.', [('نهاية أيلول', '2017-09')]),
])
def test_month_ahead_of_a_forecast_or_a_purpose(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
