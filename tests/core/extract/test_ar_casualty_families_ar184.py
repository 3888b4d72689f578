"""Arabic round 184: households driven from their homes told after their count (forced to
leave, left without shelter, driven out by a fire, abandoning their homes after words on
where they are from), and parts and pairs: one of a toll told by his state or wound, a part
that left the hospital named before, the deceased, women who met their death, a second
clause of the wounded after one killed, neighbours joined after a possessed kin, a parent
of N children, "one of" a place after "عند"/"أمام".
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _figures
from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # households forced to leave, the masdar of leaving after the preposition
    ("قالت منظمة حقوقية إن سبع عائلات فلسطينية اضطرت إلى مغادرة قرية الريحان بعد هجمات "
     "المستوطنين.", [(7, "displaced")]),
    ("وذكرت اللجنة أن ست عائلات من خربة السنديان أجبرت على الرحيل منذ بداية الشهر.",
     [(6, "displaced")]),
    ("وقال المختار إن أربع عائلات من عرب الوادي أرغمت على ترك مضاربها.", [(4, "displaced")]),
    # ... left without shelter, a relative clause between
    ("وقال المحافظ إن 12 عائلة باتت بلا مأوى بعد احتراق منازلها.", [(12, "displaced")]),
    ("وأوضح البيان أن نحو ثلاثين عائلة كانت تسكنه أصبحت بلا مأوى وتقيم حاليا في مدرسة.",
     [(30, "displaced")]),
    ("وقال رئيس البلدية إن عشر عائلات أصبحت بلا مأوى جراء الانهيار.", [(10, "displaced")]),
    ("باتت 15 عائلة بلا مأوى بعد الفيضان.", [(15, "displaced")]),
    # ... driven out by the event, the verb's pronoun on them
    ("وستدفع البلدية بدل إيجار لثماني عائلات شردها الحريق.", [(8, "displaced")]),
    ("وتؤوي المدرسة تسع عائلات شردتها السيول في الوادي.", [(9, "displaced")]),
    ("وقالت البلدية إنها ستدفع بدل إيجار لست عائلات شردها الانهيار.", [(6, "displaced")]),
    # ... abandoning their homes after a long description of where they are from
    ("وأفاد التقرير أن خمس عائلات من تجمع عين الغزال البدوي في السهل هجرت مساكنها بعد "
     "تهديدات متواصلة.", [(5, "displaced")]),
    # a headline's masdar of leaving under settlers' pressure
    ("رحيل 9 عائلات بدوية عن تجمع الرمانة تحت ضغط المستوطنين", [(9, "displaced")]),
    # near-misses: living somewhere, returning, a fear, forced to pay
    ("وقال المحافظ إن 12 عائلة تقيم في المبنى المجاور.", []),
    ("وعادت سبع عائلات إلى منازلها بعد انتهاء الإخلاء.", []),
    ("وتسكن عشرون عائلة في البناية المنهارة.", []),
    ("وقال المسؤول إن خمس عائلات قد تصبح بلا مأوى إذا استمر الانهيار.", []),
    ("وأوضح أن سبع عائلات اضطرت إلى دفع غرامات باهظة.", []),
    ("رحيل 9 عائلات من الحي إلى مساكن جديدة بنتها البلدية", []),
    # one of a toll told by his state, graded in the clause
    ("وأصيب ستة عمال بحروق. وأفادت المديرية بأن المصابين نقلوا إلى المستشفى، وأن حالة "
     "أحدهم حرجة.", [(6, "wounded"), (1, "wounded")]),
    ("وأفادت المديرية بأن الجرحى نقلوا إلى المستشفى، وأن حالة أحدهم، وهو طفل في العاشرة، "
     "وصفت بالمتوسطة.", [(1, "wounded")]),
    ("أفادت الوكالة بأن خمسة أشخاص أصيبوا بجروح، أحدهم في حال الخطر، في اشتباك بالأسلحة.",
     [(5, "wounded"), (1, "wounded")]),
    ("أصيب ثلاثة جنود، أحدهم في حال خطرة.", [(3, "wounded"), (1, "wounded")]),
    # ... or by how he was hurt
    ("وقالت الجمعية إن طواقمها نقلت اثنين من المصابين إلى المستشفى، أحدهما بالرصاص الحي في "
     "ساقه.", [(2, "wounded"), (1, "wounded")]),
    ("أصيب شخصان في الهجوم، أحدهما بشظايا في رأسه.", [(2, "wounded"), (1, "wounded")]),
    # near-misses: things, a state with no grade, a good state, a stable one, no toll
    ("وزار الوزير ثلاثة مصانع، أحدها في حال سيئة.", []),
    ("وقال إن حالة أحدهم الصحية تتحسن.", []),
    ("وقال المدير إن الطلاب نجحوا، وإن حالة أحدهم ممتازة.", []),
    ("وأصيب جنديان في الانفجار، وأن حالة أحدهما مستقرة.", [(2, "wounded")]),
    # a part that left the hospital named before, its pronoun on the verb
    ("وقال المدير إن بين الناجين 7 مصابين نقلوا إلى المستشفى، وأن أربعة منهم غادروه.",
     [(7, "wounded"), (4, "wounded")]),
    ("أصيب ستة عمال ونقلوا إلى مستشفى الرحمة، وخمسة منهم غادروه بعد تلقي العلاج.",
     [(6, "wounded"), (5, "wounded")]),
    ("وأصيب تسعة أشخاص نقلوا إلى مستشفى المدينة، وقد أكد المدير أن اثنين منهم غادروه مساء.",
     [(9, "wounded"), (2, "wounded")]),
    # the deceased, women who met their death
    ("وأفادت الوزارة بأن بين المتوفين فتاتين في العاشرة من عمرهما.", [(2, "killed")]),
    ("وقالت الشرطة إن بين المتوفين طفلين شقيقين.", [(2, "killed")]),
    ("وكان بين الموتى امرأة مسنة.", [(1, "killed")]),
    ("لقيت أربع عاملات حتفهن وأصيبت خمس أخريات بحروق في حريق بمصنع.",
     [(4, "killed"), (5, "wounded")]),
    ("لقيت ثلاث نساء حتفهن في حريق.", [(3, "killed")]),
    # a second clause of the wounded after one killed
    ("أفاد مصدر بأن عنصرا من قوة الحماية قتل وأصيب اثنان من المارة في اشتباك.",
     [(1, "killed"), (2, "wounded")]),
    ("أفاد مصدر بأن جنديا قتل وأصيب ثلاثة مدنيين في اشتباك.", [(1, "killed"), (3, "wounded")]),
    ("وقال الشهود إن شرطيا قتل وجرح أربعة أشخاص آخرون في الهجوم.",
     [(1, "killed"), (4, "wounded")]),
    ("أفادت الوكالة بأن شابا قتل وجرح خمسة أشخاص آخرون في اشتباكات في المخيم.",
     [(1, "killed"), (5, "wounded")]),
    # ... after one of a body whose name is in quotes
    ('أفاد مصدر بأن عنصرا من قوة "حراس السوق" قتل وأصيب اثنان من المارة في اشتباك.',
     [(1, "killed"), (2, "wounded")]),
    ('أفاد مصدر بأن عنصرا من "كتيبة الفجر" قتل وأصيب ثلاثة مدنيين في اشتباك.',
     [(1, "killed"), (3, "wounded")]),
    ('وقال الشهود إن مقاتلا من "لواء النصر" قتل وجرح أربعة أشخاص آخرون.',
     [(1, "killed"), (4, "wounded")]),
    # near-misses: one number for two outcomes, an active verb of the one named
    ("وقتل وأصيب ثلاثة مدنيين في القصف.", []),
    ("وقال الشهود إن شرطيا قتل وجرح أربعة أشخاص في الهجوم.", [(1, "killed")]),
    # a civilian sub-group after armed dead and a bare count of wounded
    ("قال مصدر إن ثلاثة مسلحين قتلوا وأصيب خمسة، بينهم مدني، في اشتباك في حي السلام.",
     [(3, "killed"), (5, "wounded"), (1, "wounded")]),
    ("قال مصدر إن مسلحين اثنين قتلا وأصيب أربعة، بينهم طفل، في اشتباك.",
     [(2, "killed"), (4, "wounded"), (1, "wounded")]),
    ("قتل أربعة جنود وأصيب ستة، بينهم امرأة، في الهجوم.",
     [(4, "killed"), (6, "wounded"), (1, "wounded")]),
    # near-misses: dead who may hold the sub-group, a sub-group of fighters; (round ar190)
    # one person is no number the pair could share, and is of the nearer half, as the
    # sets read an officer after soldiers killed ("بينهم ضابط" wounded)
    ("قتل أربعة أشخاص وأصيب ستة، بينهم امرأة، في الهجوم.",
     [(4, "killed"), (6, "wounded"), (1, "wounded")]),
    ("قتل أربعة مسلحين وأصيب ستة، بينهم قائد ميداني، في الهجوم.",
     [(4, "killed"), (6, "wounded"), (1, "wounded")]),
    ("قتل أربعة أشخاص وأصيب ستة، بينهم امرأتان، في الهجوم.", [(4, "killed"), (6, "wounded")]),
    # neighbours joined after a possessed kin
    ("لقيت امرأة حتفها، وأصيب ابنها وجاران بجروح، إثر انهيار منزل.",
     [(1, "killed"), (2, "wounded")]),
    ("توفي طفلان وأصيبت والدتهما وجارة لهم بحروق في حريق بمنزلهم.",
     [(2, "killed"), (1, "wounded")]),
    ("وأصيب ابنها وجار لها بحروق.", [(1, "wounded")]),
    ("وأصيب سائق وجاران بجروح.", [(1, "wounded"), (2, "wounded")]),
    ("أدان الحزب مقتل شقيقه وصديق له في الهجوم.", [(1, "killed")]),
    # near-misses: "ongoing", kin alone, a visit
    ("وقال إن البحث جار عن المفقودين.", []),
    ("وأصيب ابنها وزوجها بجروح.", []),
    ("وزار الوزير ابنها وجارا له.", []),
    # a parent of N children is one person
    ("وقال رئيس المجلس إن بين الشهداء أبا لخمسة أطفال.", [(1, "killed")]),
    ("وكان بين القتلى أب لثلاثة أطفال.", [(1, "killed")]),
    ("وقتل في الغارة أب لسبعة أبناء.", [(1, "killed")]),
    ("قتل رجل، وهو أب لأربعة أطفال، في الغارة.", [(1, "killed")]),
    # near-misses: the children have their own outcome, a gift
    ("وروت امرأة، وهي أم لثلاثة شبان اعتقلوا عام 2015، أنها تبحث عنهم.", [(3, "arrested")]),
    ("وقال إن بين القتلى أبا لخمسة أطفال قتلوا معه.", [(5, "killed")]),
    ("وقدمت الجمعية مساعدات لأب لخمسة أطفال.", []),
    # "one of" a place after "عند"، "أمام"، "خلف": the count is the object's
    ("وذكر المراسل أن الجيش أوقف عنصرين من المجموعة عند أحد مداخل المخيم.",
     [(2, "arrested")]),
    ("وقالت الشرطة إن دورية اعتقلت شابين أمام أحد المساجد في البلدة.", [(2, "arrested")]),
    ("وأن الجيش اعتقل عنصرا من الفصيل خلف أحد المباني.", [(1, "arrested")]),
    ("وأفاد الشهود أن المسلحين خطفوا ثلاثة تجار عند أحد الحواجز.", [(3, "captured")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_casualties(text)) == sorted(expected)


SPANS = [
    ("وستدفع البلدية بدل إيجار لثماني عائلات شردها الحريق.", "ثماني عائلات شردها"),
    ("وذكرت اللجنة أن ست عائلات من خربة السنديان أجبرت على الرحيل منذ بداية الشهر.",
     "ست عائلات من خربة السنديان أجبرت على الرحيل"),
    ("وأوضح البيان أن نحو ثلاثين عائلة كانت تسكنه أصبحت بلا مأوى وتقيم حاليا في مدرسة.",
     "نحو ثلاثين عائلة كانت تسكنه أصبحت بلا مأوى"),
    ("وقال رئيس المجلس إن بين الشهداء أبا لخمسة أطفال.", "بين الشهداء أبا"),
]


@pytest.mark.parametrize(("text", "span"), SPANS)
def test_spans(text: str, span: str) -> None:
    assert span in [f[0] for f in _figures(text)]
