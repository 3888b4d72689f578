"""Arabic probes, eighty-third round (issue 11): statements on the newest sets, families
met on two sets or more.

1. An estimate whose genitive is an indefinite body ("بحسب تقديرات منظمة محلية"،
   "تقديرات منظمات محلية") or whose adjective says whose it is, the local bodies'
   ("بحسب تقديرات محلية", as "أممية" the UN's) names its maker and is a source.
   Estimates with an adjective of kind only ("تقديرات أولية"، "تقديرات متفاوتة") name no
   one and stay out.
2. A headline's label that the body names as the outlet its sources spoke to
   ('قالت مصادر لـ"يمن مونيتور" ان'، "لموقع التغيير نت") is that outlet and speaks the
   headline. A place label whose word only opens another outlet's name ('لـ"تعز اليوم"')
   stays a dateline, as does a label the body names in no outlet.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. an estimate's maker
    ('وتشهد البلدة منذ أيلول الماضي اشتباكات متقطعة أدت الى نزوح عشرات الأسر، '
     'بحسب تقديرات منظمة محلية.',
     [('تقديرات منظمة محلية',
       'وتشهد البلدة منذ أيلول الماضي اشتباكات متقطعة أدت الى نزوح عشرات الأسر')]),
    ('ويقيم في المخيم نحو 4 آلاف نازح، وفق تقديرات منظمات محلية.',
     [('تقديرات منظمات محلية', 'ويقيم في المخيم نحو 4 آلاف نازح')]),
    ('وعاد نحو ألفي شخص الى القرية منذ الربيع، بحسب تقديرات محلية.',
     [('تقديرات محلية', 'وعاد نحو ألفي شخص الى القرية منذ الربيع')]),
    ('وتضرر أكثر من 60 منزلا في القصف، بحسب تقديرات جمعية محلية.',
     [('تقديرات جمعية محلية', 'وتضرر أكثر من 60 منزلا في القصف')]),
])
def test_estimate_maker(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize("text", [
    'فيما أصيب العشرات بجروح بحسب تقديرات أولية.',
    'وتضرر أكثر من 60 منزلا في القصف، بحسب تقديرات متفاوتة.',
    'وقتل 12 شخصا في الانفجار بحسب تقديرات غير رسمية.',
])
def test_estimate_without_maker(text: str) -> None:
    assert ar_statements(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # 2. the outlet addressed in the body speaks the headline
    ('صوت الجنوب: مقتل 7 مسلحين في كمين قرب المدينة\n'
     'عدن - قالت مصادر قبلية لـ"صوت الجنوب" ان سبعة مسلحين قتلوا في الكمين.',
     [('صوت الجنوب', 'مقتل 7 مسلحين في كمين قرب المدينة'),
      ('مصادر قبلية', 'سبعة مسلحين قتلوا في الكمين')]),
    ('الميدان: إصابة 4 صيادين بنيران خفر السواحل\n'
     'قال صيادون إن أربعة منهم أصيبوا.\n'
     'وأوضح أحد الصيادين لموقع الميدان نت ان الزورق أطلق النار دون إنذار.',
     [('الميدان', 'إصابة 4 صيادين بنيران خفر السواحل'),
      ('صيادون', 'أربعة منهم أصيبوا'),
      ('أحد الصيادين', 'الزورق أطلق النار دون إنذار')]),
])
def test_headline_outlet_addressed(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place whose name opens another outlet's
    ('إب: مقتل 3 مدنيين بقصف على سوق شعبي\n'
     'وقال مصدر طبي لـ"إب بوست" ان القتلى بينهم امرأة.',
     [('مصدر طبي', 'القتلى بينهم امرأة')]),
    # a place label the body names only as a place
    ('المكلا: مقتل جنديين في هجوم على نقطة تفتيش\n'
     'وقال مصدر أمني لموقع المشهد ان الهجوم وقع فجرا في المكلا.',
     [('مصدر أمني', 'الهجوم وقع فجرا في المكلا')]),
])
def test_headline_place_not_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected
