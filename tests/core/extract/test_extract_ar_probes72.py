"""Arabic probes, seventy-second round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a masculine demand verb right before a feminine body or a plural of things ("وطالب
   وزارة العدل بـ"، "وطالب الأجهزة الأمنية بـ"): such a subject would take "طالبت", so the
   body is the one called on and the caller is the speaker named before.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: a ministry in construct; a plural of things with its adjective
    ('وقال النائب سامر الخطيب إن المستشفى يستقبل يوميا أكثر من 300 مريض. وطالب وزارة '
     'الصحة بـ"إرسال فريق طبي" خلال أسبوع.',
     [('النائب سامر الخطيب', 'المستشفى يستقبل يوميا أكثر من 300 مريض'),
      ('النائب سامر الخطيب', 'بـ"إرسال فريق طبي" خلال أسبوع')]),
    ('وأكد رئيس الجمعية، نبيل منصور، أن الجمعية تضم 900 عضو. وطالب السلطات المحلية '
     'بـ"حماية الأسواق ليلا".',
     [('رئيس الجمعية، نبيل منصور', 'الجمعية تضم 900 عضو'),
      ('نبيل منصور', 'بـ"حماية الأسواق ليلا"')]),
    # ... look-alikes: the feminine verb agrees with the body, its subject; a masculine
    # title after the masculine verb is its subject
    ('وقال النائب سامر الخطيب إن المستشفى يستقبل يوميا أكثر من 300 مريض. وطالبت وزارة '
     'الصحة بـ"إرسال فريق طبي" خلال أسبوع.',
     [('النائب سامر الخطيب', 'المستشفى يستقبل يوميا أكثر من 300 مريض'),
      ('وزارة الصحة', 'بـ"إرسال فريق طبي" خلال أسبوع')]),
    ('وقال النائب سامر الخطيب إن المستشفى يستقبل يوميا أكثر من 300 مريض. وطالب وزير '
     'الصحة بـ"إرسال فريق طبي" خلال أسبوع.',
     [('النائب سامر الخطيب', 'المستشفى يستقبل يوميا أكثر من 300 مريض'),
      ('وزير الصحة', 'بـ"إرسال فريق طبي" خلال أسبوع')]),
])
def test_a_feminine_body_after_a_masculine_demand_verb(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
