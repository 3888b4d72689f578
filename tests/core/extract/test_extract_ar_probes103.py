"""Arabic probes, hundred-and-third round (issue 11): the fifty-ninth set's families, each
written as a rule of news Arabic with members and look-alikes that must not fire.

Casualties:

1. A toll as the subject of a nominal clause after a complementizer, its bare figure the
   predicate that closes the clause ("ان عدد القتلى 12،"، "ان عدد الجرحى في الهجوم
   ثلاثة،"). Look-alikes: a figure that goes on ("ثلاثة أضعاف")، a year, a toll of two
   outcomes, a count of things, a toll with no complementizer before it.
2. A date with its day between the verb and its count is the verb's time phrase ("قتل منذ
   23 أيلول الماضي أكثر من 1500 شخص"), as a month after "منذ" was already. Look-alikes: the
   count named by its own noun after a verb of hosting.
3. "صفى" (liquidated), the verb of the listed noun "تصفية", kills when a count of people
   follows at once ('انه "صفى عنصرين"'). Look-alikes: settling accounts, winding up firms,
   "وصفت"/"وصفوا" (described), a count after a time phrase.
4. A pharmacist is a person, as a doctor is ("العثور على جثة صيدلاني").

Dates:

5. A quotation that holds only a day and a month, right after an outlet's noun, is the
   outlet's name ('لصحيفة "14 أكتوبر"'), as such a name with words after the date was
   already. Look-alikes: a quoted date after a preposition or a verb; a date with no quotes
   after a paper's name.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the toll's figure as its predicate
    ('وقال مسؤول في البلدية ان عدد القتلى 9، وان فرق الإنقاذ ما زالت تبحث.',
     [('عدد القتلى 9', 'killed', 9, 'exact')]),
    ('وذكرت الإذاعة ان عدد الجرحى في الانفجار أربعة، بينهم امرأة.',
     [('عدد الجرحى في الانفجار أربعة', 'wounded', 4, 'exact'),
      ('بينهم امرأة', 'wounded', 1, 'exact')]),
    ('وقال المصدر ان عدد المصابين في صفوف المدنيين خمسة.',
     [('عدد المصابين في صفوف المدنيين خمسة', 'wounded', 5, 'exact')]),
    # 2. a dated time phrase between verb and count
    ('وبحسب حصيلة للوزارة، قتل منذ 14 آذار الماضي أكثر من 600 شخص في المحافظة.',
     [('قتل منذ 14 آذار الماضي أكثر من 600 شخص', 'killed', 600, 'more_than')]),
    ('وقال ان القوات اعتقلت منذ 7 تشرين الأول نحو 300 شاب.',
     [('اعتقلت منذ 7 تشرين الأول نحو 300 شاب', 'arrested', 300, 'about')]),
    # 3. liquidated
    ('وقال الجيش في بيان انه "صفى ثلاثة مسلحين" قرب الحدود.',
     [('صفى ثلاثة مسلحين', 'killed', 3, 'exact')]),
    # 4. a pharmacist
    ('العثور على جثة صيدلاني في بستان قرب البلدة', [('جثة صيدلاني', 'killed', 1, 'exact')]),
    ('قتل صيدلاني برصاص مجهولين وسط المدينة.', [('قتل صيدلاني', 'killed', 1, 'exact')]),
])
def test_casualty_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان عدد القتلى في الهجوم الأول ثلاثة أضعاف عددهم في الثاني.', []),
    ('وقال ان عدد القتلى في 2019 كان أعلى.', []),
    ('وقال ان عدد القتلى والجرحى 12.', []),
    ('وقال ان عدد الهجمات في المنطقة 12، وان الجيش نشر قواته.', []),
    ('وقال ان عدد سكان القرية 300، وان الحياة عادت اليها.', []),
    ('عدد القتلى ثلاثة، والجرحى عشرة', []),
    ('وقال ان البلدة تستضيف منذ 23 أيلول الماضي أكثر من 3 آلاف نازح.',
     [('أكثر من 3 آلاف نازح', 'displaced', 3000, 'more_than')]),
    ('وقال التاجر انه صفى حساباته مع ثلاثة من شركائه.', []),
    ('وقال ان المالك صفى ثلاث شركات قبل سفره.', []),
    ('صفى المصرف حساباته مع 12 شركة.', []),
    ('وصفت جراح اثنين منهم بالخطيرة.', []),
    ('ووصفوا حالة ثلاثة منهم بالحرجة.', []),
    ('وقال ان محطة تصفية المياه تخدم 3 آلاف شخص.', []),
    ('وقال الصيدلاني ان ثلاثة أطفال أصيبوا.', [('ثلاثة أطفال أصيبوا', 'wounded', 3, 'exact')]),
])
def test_casualty_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. an outlet named for a date, quoted alone
    ('حسبما أفادت مصادر محلية لصحيفة "١٤ أكتوبر".', []),
    ('وقال المصدر لموقع «26 سبتمبر» ان المهاجمين فروا.', []),
    ('ونقلت قناة "22 مايو" عن مصدر ان المهاجمين فروا.', []),
])
def test_date_members(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتحتفل البلاد في "26 سبتمبر" بذكرى الثورة.', [('26 سبتمبر', '2017-09-26')]),
    ('وقال ان الهجوم وقع في "14 أكتوبر" الماضي.', [('14 أكتوبر', '2017-10-14')]),
    ('ونشرت الصحيفة في 14 أكتوبر تقريرا عن الهجوم.', [('14 أكتوبر', '2017-10-14')]),
])
def test_date_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
