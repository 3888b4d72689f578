"""Arabic probes, sixty-sixth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. "the last of them" ("آخرهم") before an indefinite singular in the nominative and a
   passive outcome verb: the one person a toll ends with ("آخرهم ضابط قتل في غارة"),
   named by his work in construct too ("آخرهم سائق جرافة قتل").
2. kin right after "بينهم" ("بينهم أب وأطفاله"، "بينهم جدة"): a person of the sub-group,
   though folded the words are also a month, "or" and a city.
3. a bare month after the start of a measure ("اعتبارا من أيلول") or in a coincidence told
   in the present ("ويتزامن ... مع بدء الموسم في حزيران"): a later month of the year is
   this year's, not last year's.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings. Dates are read as published on 2018-05-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the last of them, nominative, before the passive outcome verb
    ('وقال رئيس النقابة إن أربعة من عمال الإغاثة قتلوا منذ بداية العام، آخرهم مسعف قتل '
     'بقصف على سيارته.',
     [('أربعة من عمال الإغاثة قتلوا', 'killed', 4, 'exact'), ('مسعف قتل', 'killed', 1, 'exact')]),
    ('وأكد المتحدث أن 12 من عناصر الدفاع المدني استشهدوا، آخرهم سائق إسعاف قتل في غارة على '
     'مدينة دير البلح.',
     [('12 من عناصر الدفاع المدني استشهدوا', 'killed', 12, 'exact'),
      ('سائق إسعاف قتل', 'killed', 1, 'exact')]),
    ('واعتقلت القوات ستة شبان خلال الأسبوع، آخرهم طالب اعتقل أمس على حاجز قرب المدينة.',
     [('واعتقلت القوات ستة شبان', 'arrested', 6, 'exact'), ('طالب اعتقل', 'arrested', 1, 'exact')]),
    # ... look-alikes: a definite construct (one named, not counted), an active verb with
    # its object (the doer is no victim), a verb that is no outcome
    ('وقال إن ثلاثة من العمال قتلوا، آخرهم سائق الشاحنة قتل بغارة.',
     [('ثلاثة من العمال قتلوا', 'killed', 3, 'exact')]),
    ('وقال المختار إن خمسة مسلحين هاجموا القرية، آخرهم مسلح قتل حارسا.',
     [('قتل حارسا', 'killed', 1, 'exact')]),
    ('وتولى المنصب ثلاثة مدراء، آخرهم مهندس عين في آذار.', []),
])
def test_the_last_of_them_in_the_nominative(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: kin right after "بينهم"
    ('وأفادت مصادر محلية باستشهاد سبعة مواطنين، بينهم أب وأطفاله الثلاثة، في قصف على منزل.',
     [('باستشهاد سبعة مواطنين', 'killed', 7, 'exact'), ('بينهم أب', 'killed', 1, 'exact')]),
    ('وأدى القصف إلى مقتل ستة من أفراد العائلة، بينهم جدة وثلاثة من أحفادها.',
     [('مقتل ستة من أفراد العائلة', 'killed', 6, 'exact'), ('بينهم جدة', 'killed', 1, 'exact'),
      ('وثلاثة من أحفادها', 'killed', 3, 'exact')]),
    ('واستشهد خمسة مواطنين، بينهم أم وطفلاها، في غارة على مخيم النصيرات.',
     [('واستشهد خمسة مواطنين', 'killed', 5, 'exact'), ('بينهم أم', 'killed', 1, 'exact'),
      # (round ar153) her two children, the nominative dual with her pronoun, are two more
      ('بينهم أم وطفلاها', 'killed', 2, 'exact')]),
    # ... look-alikes: the month "آب" and "أم" as "or" count nobody
    ('واستشهد خمسة مواطنين في آب، وفق الوزارة.',
     [('واستشهد خمسة مواطنين', 'killed', 5, 'exact')]),
    ('وقتل ثلاثة أم أربعة من المسلحين؟ لا أحد يعرف.',
     [('وقتل ثلاثة أم أربعة من المسلحين', 'killed', 3, 'exact')]),
])
def test_kin_in_a_subgroup(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: a measure's start and a coincidence in the present keep a later month in
    # the year of publication
    ('وحذر المدير من "خفض إضافي للحصص" اعتبارا من أيلول، إذا لم تصل التبرعات.',
     [('أيلول', '2018-09')]),
    ('وأعلنت الوزارة رفع سعر الخبز اعتبارا من تموز/يوليو.', [('تموز/يوليو', '2018-07')]),
    ('ويتزامن الانتشار مع بدء موسم الحصاد في حزيران، وفق المحافظ.', [('حزيران', '2018-06')]),
    # ... look-alikes: the past coincidence, a past narrative with "كان", an earlier month
    # (never carried into the next year) and a plain month stay as before
    ('وتزامن الانتشار مع بدء موسم الحصاد في أيلول.', [('أيلول', '2017-09')]),
    ('وكان القرار ساريا اعتبارا من أيلول.', [('أيلول', '2017-09')]),
    ('ورفعت الحكومة الأسعار اعتبارا من آذار.', [('آذار', '2018-03')]),
    ('ووقعت الاشتباكات في أيلول قرب الحدود.', [('أيلول', '2017-09')]),
])
def test_a_later_month_after_a_start_or_a_coincidence(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
