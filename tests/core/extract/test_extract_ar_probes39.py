"""Arabic probes, thirty-ninth round (issue 11): the families of the eleventh blind Arabic
set's misses (``bench/blind/ar-11.jsonl``), each written as a rule of news Arabic with
several members and look-alikes that must not fire:

1. "الاثنين" as Monday, not the numeral "the two", after a day part, a word of when or
   another weekday, and before a day of the month, "last"/"next" or a second weekday
   ("بين الأحد والاثنين"، "يومي الأحد والاثنين"، "الاثنين 18 أيار"), where "وقتلوا
   الاثنين" and "مقتل الاثنين" still count two;
2. a month ahead in a clause a cue of the future opens, however far the month stands
   from the cue ("ومن المنتظر أن تبدأ ... لحماية المراكز مطلع تشرين الأول")، not after
   "كان";
3. a body counted by "واحدة" after it, and two bodies by the dual ("جثة واحدة"،
   "جثتين"، "جثمانين");
4. an adjective of a person between two counted persons ("امرأة حاملا وطفلا"، "امرأة
   مسنة وطفلا"، "طفلة رضيعة");
5. a status noun counted after a masdar of killing, then a verbal noun of wounding with
   a count of its own ("مقتل 11 نازحا وإصابة العشرات");
6. the state of some of the wounded told of "N منهم" ("وإن حالة خمسة منهم حرجة"، "خمسة
   منهم في حالة حرجة").

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. Monday after a weekday, a day part or a word of when, or before a date
    ('قتل خمسة أشخاص في المحافظة بين الأحد والاثنين.',
     [('قتل خمسة أشخاص', 'killed', 5, None, 'exact', 'أشخاص')]),
    ('قتل خمسة أشخاص في المحافظة بين الأحد والإثنين.',
     [('قتل خمسة أشخاص', 'killed', 5, None, 'exact', 'أشخاص')]),
    ('قتل خمسة أشخاص في المحافظة يومي الأحد والاثنين.',
     [('قتل خمسة أشخاص', 'killed', 5, None, 'exact', 'أشخاص')]),
    ('وقتل ثلاثة مسلحين ليل الأحد والاثنين 18 أيار.',
     [('وقتل ثلاثة مسلحين', 'killed', 3, None, 'exact', 'مسلحين')]),
    ('وأصيب سبعة أشخاص بين الجمعة 3 أيار والاثنين 6 أيار.',
     [('وأصيب سبعة أشخاص', 'wounded', 7, None, 'exact', 'أشخاص')]),
    # ... read before, unchanged: "يوم الاثنين", "منذ الاثنين الماضي", a night of two
    # days; the numeral after a verb or a masdar
    ('وأصيب سبعة أشخاص منذ الاثنين الماضي.',
     [('وأصيب سبعة أشخاص', 'wounded', 7, None, 'exact', 'أشخاص')]),
    ('وأصيب سبعة أشخاص في غارات ليل الاثنين الثلاثاء.',
     [('وأصيب سبعة أشخاص', 'wounded', 7, None, 'exact', 'أشخاص')]),
    ('وقتل خمسة أشخاص يوم الاثنين.',
     [('وقتل خمسة أشخاص', 'killed', 5, None, 'exact', 'أشخاص')]),
    ('أطلق مسلحون النار على شقيقين، وقتلوا الاثنين.',
     [('وقتلوا الاثنين', 'killed', 2, None, 'exact', None)]),
    ('مقتل الاثنين في غارة.', [('مقتل الاثنين', 'killed', 2, None, 'exact', None)]),
    ('وأصيب الاثنان بجروح.', [('وأصيب الاثنان', 'wounded', 2, None, 'exact', None)]),
    # 3. a body counted by "واحدة", two bodies by the dual
    ('وانتشلت فرق الإنقاذ جثة واحدة من تحت الركام.',
     [('جثة واحدة', 'killed', 1, None, 'exact', None)]),
    ('وقال إن الفرق لم تعثر حتى الآن إلا على جثة واحدة.',
     [('جثة واحدة', 'killed', 1, None, 'exact', None)]),
    ('وعثر على جثمان واحد على الشاطئ.', [('جثمان واحد', 'killed', 1, None, 'exact', None)]),
    ('وعثرت الشرطة على جثتين في الوادي.', [('جثتين', 'killed', 2, None, 'exact', None)]),
    ('وتسلمت العائلة جثمانين من المستشفى.',
     [('جثمانين', 'killed', 2, None, 'exact', None)]),
    ('وقتل شخصان، وعثر على جثة واحدة أخرى.',
     [('وقتل شخصان', 'killed', 2, None, 'exact', 'شخصان'),
      ('جثة واحدة', 'killed', 1, None, 'exact', None)]),
    # ... read before, unchanged; and a body with no count, a definite body
    ('وانتشلت فرق الإنقاذ جثة طفل من تحت الركام.',
     [('جثة طفل', 'killed', 1, None, 'exact', 'طفل')]),
    ('وانتشلت فرق الإنقاذ 15 جثة من تحت الركام.',
     [('15 جثة', 'killed', 15, None, 'exact', None)]),
    ('وعثر الصيادون على جثة في الوادي.', []),
    ('ونقلت جثة الضحية إلى المستشفى.', []),
    ('ودفنت كل جثة في قبر واحد.', []),
    # 4. an adjective of a person, then a second person
    ('وأصيب 9 أشخاص، بين الجرحى امرأة حاملا وطفلا.',
     [('وأصيب 9 أشخاص', 'wounded', 9, None, 'exact', 'أشخاص'),
      ('بين الجرحى امرأة حاملا', 'wounded', 1, None, 'exact', 'امرأة حاملا'),
      ('بين الجرحى امرأة حاملا وطفلا', 'wounded', 1, None, 'exact', 'طفلا')]),
    ('وأصيب 9 أشخاص، بين الجرحى امرأة مسنة وطفلا.',
     [('وأصيب 9 أشخاص', 'wounded', 9, None, 'exact', 'أشخاص'),
      ('بين الجرحى امرأة مسنة', 'wounded', 1, None, 'exact', 'امرأة مسنة'),
      ('بين الجرحى امرأة مسنة وطفلا', 'wounded', 1, None, 'exact', 'طفلا')]),
    ('وقتل 4 أشخاص، بينهم امرأة حامل وطفل.',
     [('وقتل 4 أشخاص', 'killed', 4, None, 'exact', 'أشخاص'),
      ('بينهم امرأة حامل', 'killed', 1, None, 'exact', 'امرأة حامل'),
      ('بينهم امرأة حامل وطفل', 'killed', 1, None, 'exact', 'طفل')]),
    ('وقتل 4 أشخاص، بينهم طفل رضيع وشقيقه.',
     [('وقتل 4 أشخاص', 'killed', 4, None, 'exact', 'أشخاص'),
      ('بينهم طفل رضيع', 'killed', 1, None, 'exact', 'طفل رضيع')]),
    # ... read before, unchanged
    ('وقتل 4 أشخاص، بينهم رجل مسن وطفل.',
     [('وقتل 4 أشخاص', 'killed', 4, None, 'exact', 'أشخاص'),
      ('بينهم رجل مسن', 'killed', 1, None, 'exact', 'رجل مسن'),
      ('بينهم رجل مسن وطفل', 'killed', 1, None, 'exact', 'طفل')]),
    ('وأصيب 9 أشخاص، بين الجرحى امرأة وطفلا.',
     [('وأصيب 9 أشخاص', 'wounded', 9, None, 'exact', 'أشخاص'),
      ('بين الجرحى امرأة', 'wounded', 1, None, 'exact', 'امرأة'),
      ('بين الجرحى امرأة وطفلا', 'wounded', 1, None, 'exact', 'طفلا')]),
    # 5. the dead named by their status, then the wounded with a count of their own
    ('مقتل 11 نازح وإصابة العشرات بقصف مدفعي على مخيم',
     [('مقتل 11 نازح', 'killed', 11, None, 'exact', 'نازح'),
      ('وإصابة العشرات', 'wounded', 24, None, 'vague', None)]),
    ('مقتل 11 لاجئا وإصابة العشرات بقصف على مخيم',
     [('مقتل 11 لاجئا', 'killed', 11, None, 'exact', 'لاجئا'),
      ('وإصابة العشرات', 'wounded', 24, None, 'vague', None)]),
    ('استشهاد 11 معتقلا وإصابة العشرات في حريق بالسجن',
     [('استشهاد 11 معتقلا', 'killed', 11, None, 'exact', 'معتقلا'),
      ('وإصابة العشرات', 'wounded', 24, None, 'vague', None)]),
    ('مقتل 11 نازحا وإصابة عدد من الأطفال بقصف على مخيم',
     [('مقتل 11 نازحا', 'killed', 11, None, 'exact', 'نازحا'),
      ('وإصابة عدد من الأطفال', 'wounded', 2, None, 'vague', 'الأطفال')]),
    ('مقتل 11 نازحا وإصابة آخرين بقصف على مخيم',
     [('مقتل 11 نازحا', 'killed', 11, None, 'exact', 'نازحا')]),
    # ... read before, unchanged: a count of its own, a verb of wounding
    ('مقتل 11 نازحا وإصابة 20 آخرين بقصف على مخيم',
     [('مقتل 11 نازحا', 'killed', 11, None, 'exact', 'نازحا'),
      ('وإصابة 20 آخرين', 'wounded', 20, None, 'exact', None)]),
    ('مقتل 11 نازحا وجرح العشرات بقصف على مخيم',
     [('مقتل 11 نازحا', 'killed', 11, None, 'exact', 'نازحا'),
      ('وجرح العشرات', 'wounded', 24, None, 'vague', None)]),
    # 6. the state of some of the wounded
    ('وقال إن المستشفى استقبل 38 جريحا، وإن حالة ستة منهم حرجة.',
     [('38 جريحا', 'wounded', 38, None, 'exact', None),
      ('حالة ستة منهم حرجة', 'wounded', 6, None, 'exact', None)]),
    ('وأصيب 20 شخصا، حالة خمسة منهم خطرة.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا'),
      ('حالة خمسة منهم خطرة', 'wounded', 5, None, 'exact', None)]),
    ('وأصيب 20 شخصا، ووصفت حالة ثلاثة منهم بالخطرة.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا'),
      ('حالة ثلاثة منهم بالخطرة', 'wounded', 3, None, 'exact', None)]),
    ('وأصيب 20 شخصا، خمسة منهم في حالة حرجة.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا'),
      ('خمسة منهم في حالة حرجة', 'wounded', 5, None, 'exact', None)]),
    ('وأصيب 20 شخصا، ثلاثة منهم حالتهم خطيرة.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا'),
      ('ثلاثة منهم حالتهم خطيرة', 'wounded', 3, None, 'exact', None)]),
    ('وأصيب 20 شخصا، خمسة منهم بجروح خطيرة.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا'),
      ('خمسة منهم بجروح خطيرة', 'wounded', 5, None, 'exact', None)]),
    # ... kept out: no wounded before, a state that is no severity, no state at all
    ('واعتقل 20 شخصا، خمسة منهم في حالة صحية حرجة.',
     [('واعتقل 20 شخصا', 'arrested', 20, None, 'exact', 'شخصا')]),
    ('وقتل 20 شخصا، وحالة خمسة منهم غير معروفة.',
     [('وقتل 20 شخصا', 'killed', 20, None, 'exact', 'شخصا')]),
    ('وأصيب 20 شخصا، خمسة منهم في حالة مستقرة.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا')]),
    ('وأصيب 20 شخصا، وغادر خمسة منهم المستشفى.',
     [('وأصيب 20 شخصا', 'wounded', 20, None, 'exact', 'شخصا')]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. a month ahead in a clause a cue of the future opens (published 2018-05-10)
    ('ومن المنتظر أن تبدأ القوات نشر نحو 2000 عنصر لحماية المراكز مطلع تشرين الأول/أكتوبر.',
     [('مطلع تشرين الأول/أكتوبر', '2018-10')]),
    ('ومن المقرر أن تنقل الوزارة المعدات من المستودعات إلى المدن الجنوبية منتصف تشرين الأول.',
     [('منتصف تشرين الأول', '2018-10')]),
    ('ويتوقع أن تستكمل الشركة تركيب المولدات الجديدة في محطات الضخ أواخر أكتوبر.',
     [('أواخر أكتوبر', '2018-10')]),
    ('وتعتزم الحكومة إطلاق حملة واسعة لتطعيم الأطفال في المخيمات الشمالية خلال تشرين الأول.',
     [('تشرين الأول', '2018-10')]),
    # ... read before, unchanged: a future verb near the month
    ('وستبدأ اللجنة توزيع المساعدات على الأسر المتضررة في القرى الحدودية مطلع أكتوبر.',
     [('مطلع أكتوبر', '2018-10')]),
    # ... kept out: "كان" before the cue, a clause of its own after a comma, the past
    ('وكان من المقرر أن تبدأ اللجنة توزيع المساعدات على الأسر المتضررة في القرى مطلع أكتوبر.',
     [('مطلع أكتوبر', '2017-10')]),
    ('ومن المنتظر أن يصل الوفد غدا، فيما بدأت اللجنة توزيع المساعدات في القرى مطلع أكتوبر.',
     [('غدا', '2018-05-11'), ('مطلع أكتوبر', '2017-10')]),
    ('بدأت اللجنة توزيع المساعدات على الأسر المتضررة في القرى الحدودية مطلع أكتوبر.',
     [('مطلع أكتوبر', '2017-10')]),
    ('وتوقعت الوزارة أن ترتفع الأسعار، بعد أن تراجعت في أكتوبر.', [('أكتوبر', '2017-10')]),
])
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected
