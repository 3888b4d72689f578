"""Arabic probes, ninety-eighth round (issue 11): the fifty-fifth set's errors, families
met on two sets or more.

Dates:

1. The participle of expecting ("، متوقعا ان يصل ما يستلمه الى 25 ألف طن قبل نهاية
   تموز") puts its whole clause ahead, as "يتوقع" and "المتوقع" do, however many words
   the forecast runs before its month. Look-alikes: a clause of its own after a comma, a
   past told with "كان" after the participle.
2. "جوان" alone is a month only where a name cannot stand (with a day, a year, "شهر",
   "الماضي"/"المقبل", or closing its clause after "في"), as "تموز" and "آب" are: it is
   also a Kurdish given name ("رئيس المركز، جوان عثمان،"، "المهندس جوان عبد الكريم").
   Look-alikes: the Maghrebi June with its day, its year or "الماضي".

Statements:

3. A second verb of calling on or accusing after a comma with the medium before its one
   phrase ("، ودعت في بيان الأطراف الى"، "، واتهم في بيان الحوثيين بـ") has the subject
   named before it: the medium is an adverbial, so the phrase after it is the one called
   on or accused, as it is right after the verb. Look-alikes: a subject of its own and
   then the object after the medium ("، واتهمت في بيان اللجنة الحزب بتزوير").
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير الصوامع ان المركز استلم نحو 5 آلاف طن، متوقعا ان يرتفع ما يستلمه من '
     'المزارعين الى 20 ألف طن قبل نهاية آب.', [('نهاية آب', '2018-08')]),
    ('وأضافت ان الشركة أنجزت نصف الأعمال، متوقعة ان تعود الكهرباء الى معظم أحياء المدينة '
     'الشرقية والغربية في تموز.', [('تموز', '2018-07')]),
])
def test_a_forecast_clause_is_ahead(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأوضح ان العمال عادوا الى المصنع، متوقعا ذلك، وان الإنتاج توقف كليا منذ نيسان.',
     [('نيسان', '2018-04')]),
    ('وقال ان الموسم كان جيدا، متوقعا ان يكون ما تسلمته المراكز بعد ان كانت الأسعار ارتفعت '
     'في آذار أقل من موسم سابق.', [('آذار', '2018-03')]),
])
def test_a_forecast_clause_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize("text", [
    'وقال رئيس لجنة المياه في القامشلي، جوان حسن، ان الآبار جفت.',
    'وأوضح مدير الفرن، المهندس جوان أحمد، ان الطحين نفد.',
])
def test_juan_as_a_given_name(text: str) -> None:
    assert ar_dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('وبدأت الأشغال في 12 جوان 2017.', [('12 جوان 2017', '2017-06-12')]),
    ('وأعلنت الوزارة في جوان الماضي إيقاف ستة عناصر.', [('جوان الماضي', '2017-06')]),
    ('وتنطلق الامتحانات في شهر جوان.', [('جوان', '2018-06')]),
])
def test_juan_as_a_month_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأحصت الإدارة المحلية سقوط عشر قذائف على المدينة، واتهمت في بيان القوات الحكومية '
     'بـ"قصف عشوائي للأحياء".',
     [('الإدارة المحلية', 'سقوط عشر قذائف على المدينة'),
      ('الإدارة المحلية', 'بـ"قصف عشوائي للأحياء"')]),
    ('وأعربت البعثة الأممية عن قلقها، ودعت في بيان الأطراف الى "الامتناع عن التصعيد".',
     [('البعثة الأممية', 'الى "الامتناع عن التصعيد"')]),
    ('وأعربت البعثة الأممية عن قلقها، ودعت في بيان لها الأطراف الى "ضبط النفس".',
     [('البعثة الأممية', 'الى "ضبط النفس"')]),
])
def test_the_called_on_after_a_medium(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأحصت الإدارة المحلية سقوط عشر قذائف، واتهمت في بيان اللجنة الحزب بتزوير النتائج.',
     [('الإدارة المحلية', 'سقوط عشر قذائف'), ('اللجنة', 'الحزب بتزوير النتائج')]),
    ('وأعربت البعثة الأممية عن قلقها، ودعت وزارة الخارجية الأطراف الى "ضبط النفس".',
     [('وزارة الخارجية', 'الى "ضبط النفس"')]),
])
def test_the_called_on_after_a_medium_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
