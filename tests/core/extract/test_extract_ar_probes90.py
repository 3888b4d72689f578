"""Arabic probes, ninetieth round (issue 11): the weakest sets' errors, families met on two
sets or more.

1. A cause attributed by its speaker: "أرجع"/"عزا" with what is explained as object and
   the cause after "إلى" ('أرجعت الشركة العجز الى "نقص إمدادات الغاز"'), and the
   participle "مرجعا" after a comma ('، مرجعا السبب الى "..."'), as "، عازية التراجع إلى"
   was read already. The forms of "أرجع" also mean sending back, so they need a quoted
   cause or a cause's noun as object. Look-alikes: people and goods sent back ("أرجعت
   السلطات النازحين إلى قراهم"), "مرجعا" as the noun "a reference".

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('وأرجعت الهيئة العامة للمياه الانقطاع الى "تعطل مضخات المحطة الرئيسية".',
     [('الهيئة العامة للمياه', 'تعطل مضخات المحطة الرئيسية')]),
    ('ومن جهته، أرجع رئيس البلدية السابق خالد منصور تأخر المشروع إلى "شح التمويل".',
     [('رئيس البلدية السابق خالد منصور', 'شح التمويل')]),
    ('وقال مدير الميناء ان الحركة تراجعت بنسبة 40 في المئة، مرجعا السبب الى "ارتفاع رسوم '
     'التأمين".',
     [('مدير الميناء', 'الحركة تراجعت بنسبة 40 في المئة'),
      ('مدير الميناء', 'السبب الى "ارتفاع رسوم التأمين"')]),
    ('وعزت النقابة تراجع الإقبال إلى غلاء الأسعار.',
     [('النقابة', 'غلاء الأسعار')]),
    ('وأرجعت المصادر السبب إلى خلاف على الأرض.',
     [('المصادر', 'خلاف على الأرض')]),
])
def test_cause_attributed(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأرجعت السلطات النازحين إلى قراهم بعد انتهاء المعارك.', []),
    ('وأرجع الجيش الشاحنات إلى المعبر.', []),
    ('وقال الباحث ان الكتاب صدر العام الماضي، مرجعا أساسيا للطلاب في الجامعات.',
     [('الباحث', 'الكتاب صدر العام الماضي، مرجعا أساسيا للطلاب في الجامعات')]),
    # read before, and still: the participle of "عزا" with its object
    ('وقال المتحدث ان الأسعار ارتفعت، عازيا التراجع إلى نقص الوقود.',
     [('المتحدث', 'الأسعار ارتفعت'), ('المتحدث', 'التراجع إلى نقص الوقود')]),
])
def test_cause_attributed_look_alikes(text: str,
                                      expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected
