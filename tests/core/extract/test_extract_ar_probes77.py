"""Arabic probes, seventy-seventh round (issue 11): the thirty-fifth set's dates and
statements, families met on it and on another set.

1. a month (or its end) after a clause that looks ahead with no future verb: the participle
   of expecting ("، متوقعا انتهاء الأعمال قبل نهاية يوليو"), as "يتوقع" and "المتوقع"
   already were, and going on as a purpose ("تحتاج ... لمواصلة العمل حتى نهاية آذار"), as
   lasting told in the present ("يستمر ... حتى") already was: the coming month, not the
   last one.
2. a member's seat named by a bare place after "عن" when the verb is one of calling or
   demanding ("دعا النائب عن طرابلس سمير الأيوبي القوى السياسية إلى ..."): those verbs
   never take "عن", so the seat and the member's name are the speaker, as after "قال".

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, ar_statements


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


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: "دعا"، "طالب"، "حث" with a member's bare seat and a name before the one
    # called on
    ('ودعا النائب عن البصرة علي الموسوي الوزارة إلى "فتح تحقيق"، مؤكدا أن الحريق متعمد.',
     [('النائب عن البصرة علي الموسوي', 'إلى "فتح تحقيق"'),
      ('النائب عن البصرة علي الموسوي', 'الحريق متعمد')]),
    ('وطالب النائب عن صيدا أحمد الحلبي الحكومة بـ"صرف التعويضات"، معلنا تخصيص مبلغ للعائلات.',
     [('النائب عن صيدا أحمد الحلبي', 'بـ"صرف التعويضات"'),
      ('النائب عن صيدا أحمد الحلبي', 'تخصيص مبلغ للعائلات')]),
    ('وحثت النائبة عن كركوك سهام حسن الوزارة على "صرف الرواتب"، مشيرة إلى أن الموظفين ينتظرون.',
     [('النائبة عن كركوك سهام حسن', 'على "صرف الرواتب"'),
      ('النائبة عن كركوك سهام حسن', 'الموظفين ينتظرون')]),
    # ... look-alikes: a verb that takes "عن" (what is revealed), and a seat with no name
    # before the one called on
    ('وكشف النائب عن وجود خلايا نائمة في المدينة، مؤكدا أن الأمن هش.',
     [('النائب', 'وجود خلايا نائمة في المدينة'), ('النائب', 'الأمن هش')]),
    ('ودعا النائب عن البصرة الحكومة إلى فتح تحقيق.',
     [('النائب عن البصرة', 'إلى فتح تحقيق')]),
])
def test_bare_seat_after_a_verb_of_calling(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
