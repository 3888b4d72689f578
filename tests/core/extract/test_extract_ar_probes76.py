"""Arabic probes, seventy-sixth round (issue 11): the thirty-fifth set's casualty figures,
families met on it and on at least one other set.

1. a named period between a verb and its count ("خطفوا، الأسبوع الماضي، ثلاثة شبان"،
   "قتل منذ مطلع العام 21 جنديا"): when the act happened, passed over whole as a weekday
   or "أمس" already was; a two-digit number after "منذ مطلع العام" is a count, not a year.
2. an indefinite outcome noun after a verb of falling or being carried ("ثلاثة جنود سقطوا
   قتلى"، "نحو 30 جنديا نقلوا جرحى"): the state the counted subject ends in; and the dual
   "أسرا" after two counted, as "خطفا" and "قتلا" were read.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: "last week/month" in commas and bare after an active verb; "since the
    # start of the year" after a passive verb, its count in digits
    ('وكان مسلحون مجهولون قد اختطفوا، الأسبوع الماضي، أربعة رعاة من قرية مجاورة.',
     [('اختطفوا، الأسبوع الماضي، أربعة رعاة', 'captured', 4, 'exact')]),
    ('وقال الأهالي إن عناصر الفصيل خطفوا الشهر الماضي ثلاثة تجار من السوق.',
     [('خطفوا الشهر الماضي ثلاثة تجار من السوق', 'captured', 3, 'exact')]),
    ('وقتل منذ مطلع العام 14 شرطيا في هجمات مماثلة في المحافظة.',
     [('وقتل منذ مطلع العام 14 شرطيا', 'killed', 14, 'exact')]),
    # ... look-alikes: a period inside a tally's rise ("إلى نحو"), a year's digits after
    # "منذ مطلع العام", a period before things counted, and a verb not tight, as on main
    ('وارتفع عدد حالات الاعتقال منذ بداية العام الجاري إلى نحو 900، وفق نادي الأسير.', []),
    ('وافتتحت البلدية منذ مطلع العام 2019 ثلاث مدارس جديدة.', []),
    ('وزار الوفد الأسبوع الماضي ثلاثة مستشفيات في المدينة.', []),
    # (a comma after the period alone closes the clause: the sub-group keeps its own span)
    ('وقالت البلدية إن أربعة من السكان قتلوا خلال الشهر الماضي، اثنان منهم بقذيفة.',
     [('أربعة من السكان قتلوا', 'killed', 4, 'exact'), ('اثنان منهم', 'killed', 2, 'exact')]),
    ('واعتقلت القوات خلال الأسبوع الجاري 12 شخصا في حملة دهم.',
     [('واعتقلت القوات خلال الأسبوع الجاري 12 شخصا', 'arrested', 12, 'exact')]),
    # 2. members: falling dead, carried wounded, risen as martyrs; the dual of capture
    ('وأكد المصدر أن أربعة من عناصر الحرس سقطوا قتلى في الاشتباك.',
     [('أربعة من عناصر الحرس سقطوا قتلى', 'killed', 4, 'exact')]),
    ('وقالت مصادر طبية إن نحو 20 مدنيا نقلوا جرحى إلى مستشفى البلدة.',
     [('نحو 20 مدنيا نقلوا جرحى', 'wounded', 20, 'about')]),
    ('وأفاد شهود بأن خمسة شبان ارتقوا شهداء برصاص القناصة.',
     [('خمسة شبان ارتقوا شهداء', 'killed', 5, 'exact')]),
    ('وأضاف أن اثنين آخرين أسرا خلال الكمين.',
     [('اثنين آخرين أسرا', 'captured', 2, 'exact')]),
    # ... look-alikes: a definite noun after the verb is its object; falling with no outcome
    # noun; "أسرا" right after a number is families; the dual verb with an object after it
    ('وقال إن ستة مسعفين نقلوا الجرحى إلى مستشفى البلدة.', []),
    ('وقال إن ثلاثة أطفال سقطوا أرضا أثناء التدافع.', []),
    ('وقالت الجمعية إنها وزعت المساعدات على 40 أسرا نازحة.',
     [('40 أسرا نازحة', 'displaced', 40, 'exact')]),
    ('وقال إن جنديين أسرا ثلاثة من المهاجمين.', []),
])
def test_probe(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
