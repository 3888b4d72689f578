"""Arabic round 170: one hurt before an unvowelled passive (an asyndetic relative
after another verb's object); the plain verb of dying "مات" before people counted after a
place or a time; a count "مصاب" by an illness is no wound; people held by armed men whose
earlier verb is joined by "ف" are captives.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # one person, the object of another verb, then the passive of hurting or killing
    ("وقال الطبيب إنهم عالجوا هذا الأسبوع امرأة أصيبت برصاصة طائشة داخل منزلها.",
     [(1, "wounded")]),
    ("وأسعف المتطوعون أمس شابا أصيب بشظية في صدره.", [(1, "wounded")]),
    ("نقلت الطواقم إلى مستشفى البلدة رجلا أصيب في الغارة.", [(1, "wounded")]),
    ("وكانت الفرق قد أجلت طفلة جرحت خلال القصف.", [(1, "wounded")]),
    ("وشاهد السكان مواطنا سوريا أصيب قرب الحدود.", [(1, "wounded")]),
    # ... beside one described by the participle (round ar165), both read
    ("استقبل المستشفى امرأة مصابة بشظايا في الرأس وطفلة أصيبت في ساقها.",
     [(1, "wounded"), (1, "wounded")]),
    # ... not the killing verb (its letters are the active's), one named before, nobody in
    # particular, an illness, a subject after "إن"
    ("وقال إن مسلحا قتل حارس المزرعة.", []),
    ("وأكدت الشرطة أن معتقلة من البلدة أصيبت بجروح.", []),
    ("وقال إن الطفل أصيب في القصف.", []),
    ("كل طفل أصيب يحتاج إلى رعاية طويلة.", []),
    ("قابلنا امرأة أصيبت بالحمى في المخيم.", []),
    ("وعالجنا رجلا أصيبت ابنته في القصف.", []),
    # ... nor the predicate of the dead or hurt named before (one counted already)
    ("وأوضح البيان أن أحد القتيلين شاب في العشرين أصيب برصاصة في الرأس.", [(1, "killed")]),
    # ... and a figure holding the person already keeps him once
    ("استشهد شاب أصيب برصاص الاحتلال أمس.", [(1, "killed")]),
    ("أصيب 5 أشخاص، بينهم امرأة أصيبت بجروح خطيرة.", [(5, "wounded"), (1, "wounded")]),
    # the plain verb of dying before people counted after a place or a time
    ("مشينا يومين، ومات في الطريق طفل لم يحتمل الجوع.", [(1, "killed")]),
    ("ماتت خلال الحصار 12 امرأة جوعا.", [(12, "killed")]),
    ("وقالت المنظمة إنه مات في المخيم ثلاثة أطفال بسبب البرد.", [(3, "killed")]),
    ("ومات في مركز الإيواء ٤ مسنين خلال الأسبوع.", [(4, "killed")]),
    # ... not beasts, nor hope, nor the cases of a disease
    ("مات 300 رأس من الماشية بسبب الجفاف.", []),
    ("مات الأمل في قلوب الأهالي.", []),
    ("مات خمسة أطفال بالكوليرا في المخيم.", []),
    # a count described as "مصاب" by an illness or hunger: the sick, not the wounded
    ("عالجت المنظمة أكثر من 1100 طفل مصاب بسوء التغذية.", []),
    ("يعيش في المخيم ٢٠٠ شخص مصابين بأمراض مزمنة.", []),
    ("وقالت الجمعية إن خمسين طفلا مصابين بالربو لا يجدون الدواء.", []),
    # ... while a wound's cause keeps the figure
    ("استقبل المستشفى 12 شخصا مصابين بالرصاص الحي.", [(12, "wounded")]),
    ("أكثر من ١١٠٠ طفل مصاب بجروح.", [(1100, "wounded")]),
    # armed men, their next step joined by "ف": those they hold are captives
    ("اعترض مسلحون من جماعة محلية، فجر الأحد، حافلة للركاب قرب البلدة، فقتلوا سائقها "
     "واحتجزوا خمسة ركاب.", [(5, "captured")]),
    ("هاجم مسلحو العشيرة مزرعة في الريف، فقتلوا رجلين واحتجزوا ثلاثة آخرين.",
     [(2, "killed"), (3, "captured")]),
    ("هاجم عناصر التنظيم القرية، فأحرقوا منازلها واحتجزوا ١٢ مزارعا.", [(12, "captured")]),
    # ... while the police's detentions stay arrests
    ("داهمت الشرطة الحي، فاعتقلوا ثلاثة أشخاص واحتجزوا اثنين آخرين.",
     [(3, "arrested"), (2, "arrested")]),
    ("احتجزت الشرطة ثلاثة أشخاص للتحقيق.", [(3, "arrested")]),
    # the feminine duals of the dead and the hurt are the whole figure, as the masculine
    ("أسفر القصف عن سقوط قتيلتين في الحي.", [(2, "killed")]),
    ("نقلت سيارات الإسعاف جريحتين إلى المستشفى.", [(2, "wounded")]),
    ("قتلت امرأتان في القصف، وقال المصدر إن القتيلتين من عائلة واحدة.",
     [(2, "killed"), (2, "killed")]),
    ("وعالجت الطواقم ٣ مصابات، بينهن مصابتين بحروق.", [(3, "wounded"), (2, "wounded")]),
    ("وقال إن المصابتين في حالة مستقرة.", [(2, "wounded")]),
    # ... while two women, or two things, are no figure by themselves
    ("وصلت امرأتان إلى المخيم مساء أمس.", []),
    ("دمر القصف مدرستين في الحي.", []),
    # a day's ordinal and "من" before the month, between a fronted verb and its count
    ("استشهد في غزة منذ السابع من أكتوبر ١٢٠ صحفيا.", [(120, "killed")]),
    ("قتل في البلدة منذ الثامن من تشرين الأول أكثر من 600 شخص، بينهم نحو 130 مدنيا.",
     [(600, "killed"), (130, "killed")]),
    ("اعتقلت القوات في الضفة منذ الأول من أيار 120 فلسطينيا.", [(120, "arrested")]),
    ("نزح منذ العاشر من نيسان نحو 300 ألف شخص.", [(300000, "displaced")]),
    # ... the month alone or its digits as before
    ("قتل منذ 8 تشرين الأول أكثر من 600 شخص.", [(600, "killed")]),
    # a counted span before or after ("قبل خمسة أسابيع") opens no clause: "بينهم" after it
    # still divides the figure
    ("وأفادت الوزارة بأن 84 شخصا قتلوا جراء الغارات منذ بدء المواجهات قبل خمسة أسابيع، "
     "بينهم 13 مدنيا.", [(84, "killed"), (13, "killed")]),
    ("اعتقلت الشرطة ثمانية متهمين بعد ٣ أيام من الهجوم، بينهم امرأتان.",
     [(8, "arrested"), (2, "arrested")]),
    ("أصيب 20 شخصا في انفجار وقع قبل يومين، بينهم ستة أطفال.",
     [(20, "wounded"), (6, "wounded")]),
    # ... while things counted between keep the sub-group theirs
    ("قتلوا 23 شخصا وأحرقوا 60 شاحنة، بينها 40 صهريجا.", [(23, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
