"""Arabic probes, eighty-ninth round (issue 11): the forty-sixth set's errors, families met
on two sets or more.

1. A relayed source whose place after "في" runs past three words ("نقلت الوكالة عن مسؤول في
   إدارة ولاية جنوب غرب الصومال قوله إن") keeps the whole place up to the masdar of saying,
   as a long title's place already did as the subject of "قال" ("مسؤول في حكومة ولاية غرب
   دارفور"). Look-alikes: a short place as before, a time, a relative clause or a present
   verb between the source and the masdar.
2. A head noun with a quoted name after an object verb ('تبنى تنظيم "داعش" الهجوم') is a
   definite subject, as the name alone is; a definite noun after the closing quote is the
   object, not the head's genitive. Look-alikes: a nisba after the quote stays in the name
   ('"كتائب ..." العراقية'، 'جماعة "..." المسلحة'), and an adjective of belonging with its
   "ل" ('قناة "الوادي" التابعة للجماعة'), a quoted object after a definite subject
   ('اتهم الجيش "خلايا نائمة"').

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقلت الإذاعة عن مسؤول في إدارة ولاية شمال شرق البلاد قوله ان الطريق أغلق أمام '
     'الشاحنات.',
     [('الإذاعة', 'الطريق أغلق أمام الشاحنات'),
      ('مسؤول في إدارة ولاية شمال شرق البلاد', 'الطريق أغلق أمام الشاحنات')]),
    ('ونقل الموقع عن مصدر في مديرية شرطة قضاء تلعفر غربي نينوى قوله إن الدورية تعرضت '
     'لكمين.',
     [('الموقع', 'الدورية تعرضت لكمين'),
      ('مصدر في مديرية شرطة قضاء تلعفر غربي نينوى', 'الدورية تعرضت لكمين')]),
    ('ونسبت الصحيفة إلى مسؤول في هيئة الإغاثة بولاية النيل الأبيض قولها إن المخيم استقبل '
     'أسرا جديدة.',
     [('الصحيفة', 'المخيم استقبل أسرا جديدة'),
      ('مسؤول في هيئة الإغاثة بولاية النيل الأبيض', 'المخيم استقبل أسرا جديدة')]),
])
def test_relayed_source_long_place(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقلت الوكالة عن مسؤول في الولاية قوله إن الطريق أغلق.',
     [('الوكالة', 'الطريق أغلق'), ('مسؤول في الولاية', 'الطريق أغلق')]),
    ('ونقلت الوكالة عن مسؤول في إدارة الولاية أمس قوله إن الطريق أغلق.',
     [('الوكالة', 'الطريق أغلق'), ('مسؤول', 'الطريق أغلق')]),
    ('ونقلت الوكالة عن مسؤول في المدينة التي تعرضت للقصف قوله إن الطريق أغلق.',
     [('الوكالة', 'الطريق أغلق'), ('مسؤول', 'الطريق أغلق')]),
    ('ونقلت الوكالة عن مسؤول في إدارة ولاية جنوب غرب البلاد يقول إن الطريق أغلق.',
     [(None, 'الطريق أغلق')]),
])
def test_relayed_source_long_place_look_alikes(text: str,
                                               expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتبنت جماعة "أنصار الحق" الهجوم على الحاجز.',
     [('جماعة "أنصار الحق"', 'الهجوم على الحاجز')]),
    ('واتهمت حركة "العدل" الحكومة بعرقلة الاتفاق.',
     [('حركة "العدل"', 'الحكومة بعرقلة الاتفاق')]),
])
def test_quoted_name_then_object(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتبنت جماعة "أنصار الحق" المسلحة الهجوم على الحاجز.',
     [('جماعة "أنصار الحق" المسلحة', 'الهجوم على الحاجز')]),
    ('وتبنت "كتائب الوادي" العراقية، فجر اليوم، هجوما على القاعدة.',
     [('"كتائب الوادي" العراقية', 'هجوما على القاعدة')]),
    ('واتهم الجيش "خلايا نائمة" بتنفيذ الهجوم.',
     [('الجيش', '"خلايا نائمة" بتنفيذ الهجوم')]),
    ('وأكدت قناة "الوادي" التابعة للجماعة مقتل ثلاثة مدنيين في الغارة.',
     [('قناة "الوادي" التابعة للجماعة', 'مقتل ثلاثة مدنيين في الغارة')]),
])
def test_quoted_name_then_object_look_alikes(text: str,
                                             expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected
