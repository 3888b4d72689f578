"""Arabic probes (issue 11): people told by their release or exchange, and tolls told by
their number. Each text tells the capture or the arrest first, as news does, then the
release, the deal or the toll.

Releases. A release by the holders of a part of people counted before ("أفرج عن 14
منهم"، "أطلق سراح أحد العمال") is a figure of that part with the outcome of the held whole
(round ar123; the older sets' gold gave it none until it was corrected); with no held
whole told before it stays unread. A figure is read when the freed are counted
with what held them: the clause of their arrest or abduction after them ("كانت اعتقلتهما"،
"، كانوا قد خطفوا"), a noun of the held ("11 محتجزا"، "ثلاثة من المختطفين"), a freeing by
force of a part ("تحرير اثنين منهم"), a sub-group of the freed ("بين المحررين 11 امرأة").
The outcome is what held them: an arrest or a state's detention is arrested, an
abduction, an armed holder or a deal between parties captured.

Tolls. A toll told by its number rather than by a verb on the people: the plural
"أعداد", a possessed noun ("عدد شهدائها"), the definite people with a verb of passing
and no "عدد" ("القتلى تجاوزوا الثلاثين"), victims past a ten with their outcome noun, an
estimate written "بـ45", those who fled named by a relative clause, a bare toll raised by
its own sentence ("ما يرفع الحصيلة إلى 11"), and the figure a toll had before it rose
("بعد أن كان 9").

Look-alikes give no figure: things released (a budget, a statement, money, a shipment), a
place freed, a toll of houses or cars, shares and money, a price that rose.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties

RELEASES = [
    # freed by force: a part of the abducted, named before
    ('اختطف مسلحون خمسة عمال على الطريق الدولي. وأعلن الجيش تحرير اثنين منهم فجر اليوم.',
     [('اختطف مسلحون خمسة عمال', 'captured', 5, 'exact'),
      ('تحرير اثنين منهم', 'captured', 2, 'exact')]),
    ('اختطفت عصابة مسلحة عددا من المسافرين. وقالت الشرطة إنها حررت ثلاثة منهم في عملية أمنية.',
     [('اختطفت عصابة مسلحة عددا من المسافرين', 'captured', 2, 'vague'),
      ('حررت ثلاثة منهم', 'captured', 3, 'exact')]),
    ('خطف مسلحون تسعة رعاة قرب الحدود، وبعد يومين أعلنت القوات تحرير ٤ منهم.',
     [('خطف مسلحون تسعة رعاة', 'captured', 9, 'exact'),
      ('تحرير ٤ منهم', 'captured', 4, 'exact')]),
    # a sub-group of the freed
    ('حررت الشرطة مهاجرين من مخزن للمهربين. وقال المسؤول إن بين المحررين 11 امرأة و3 أطفال.',
     [('بين المحررين 11 امرأة', 'captured', 11, 'exact'),
      ('3 أطفال', 'captured', 3, 'exact')]),
    ('وأوضح البيان أن بين المحررات سبع فتيات قاصرات.',
     [('بين المحررات سبع فتيات قاصرات', 'captured', 7, 'exact')]),
    # the clause that tells how they were held
    ('وأفرجت السلطات الإسرائيلية أمس عن صيادين اثنين كانت اعتقلتهما قبل أسبوع.',
     [('صيادين اثنين كانت اعتقلتهما', 'arrested', 2, 'exact')]),
    ('وأطلقت الشرطة سراح خمسة طلاب كانت اعتقلتهم خلال التظاهرة.',
     [('خمسة طلاب كانت اعتقلتهم', 'arrested', 5, 'exact')]),
    ('وأطلق الجيش سراح ثلاثة مزارعين كان أوقفهم على الحاجز.',
     [('ثلاثة مزارعين كان أوقفهم', 'arrested', 3, 'exact')]),
    ('أفرجت قوى الأمن عن ثلاثة شبان من القرية، كانوا قد خطفوا على الطريق قبل أيام.',
     [('ثلاثة شبان من القرية، كانوا قد خطفوا', 'captured', 3, 'exact')]),
    ('وأعادت الشرطة ستة أطفال من ريف المدينة، كانوا قد اختطفوا من مدرستهم.',
     [('ستة أطفال من ريف المدينة، كانوا قد اختطفوا', 'captured', 6, 'exact')]),
    ('وأطلقت الشرطة سراح أربعة مزارعين كانت احتجزتهم عصابة في مزرعة.',
     [('أربعة مزارعين كانت احتجزتهم', 'captured', 4, 'exact')]),
    # the held by their noun, in a deal between parties or with an armed holder
    ('وأفرجت الجماعة عن 11 محتجزا لديها في إطار صفقة مع العشيرة.',
     [('11 محتجزا', 'captured', 11, 'exact')]),
    # (the people given in return are captives too, as the sixty-sixth set counts them)
    ('أطلق الحوثيون 17 محتجزا من عناصرهم مقابل 14 من جنود الحكومة.',
     [('17 محتجزا', 'captured', 17, 'exact'), ('14 من جنود الحكومة', 'captured', 14, 'exact')]),
    ('وقال الوسيط إن المرحلة الثانية من الصفقة ستشمل نحو 40 محتجزا.',
     [('نحو 40 محتجزا', 'captured', 40, 'about')]),
    ('وقالت الرابطة إن 25 محتجزا لدى الجماعة ما زالوا في سجونها.',
     [('25 محتجزا', 'captured', 25, 'exact')]),
    ('وأفرج الطرفان في صفقة تبادل عن 47 أسيرا ومحتجزا من الجانبين.',
     [('47 أسيرا', 'captured', 47, 'exact')]),
    ('وتوفي 14 محتجزا في سجون الجماعة خلال العام.',
     [('وتوفي 14 محتجزا', 'killed', 14, 'exact')]),
    ('وأطلق الخاطفون سراح ثلاثة من المختطفين بعد دفع فدية.',
     [('ثلاثة من المختطفين', 'captured', 3, 'exact')]),
    ('وأعلن الجيش تحرير ٤ مخطوفين كانوا محتجزين لدى عصابة.',
     [('٤ مخطوفين', 'captured', 4, 'exact')]),
    ('اعتقلت الشرطة 30 محتجا، ثم أطلقت سراح 15 من الموقوفين بكفالة.',
     [('اعتقلت الشرطة 30 محتجا', 'arrested', 30, 'exact'),
      ('15 من الموقوفين', 'arrested', 15, 'exact')]),
    # prisoners once freed, counted among people arrested again
    ('اعتقلت قوات الاحتلال 15 شابا من البلدة، بينهم ثلاثة أسرى محررين.',
     [('اعتقلت قوات الاحتلال 15 شابا', 'arrested', 15, 'exact'),
      ('ثلاثة أسرى محررين', 'arrested', 3, 'exact')]),
]

RELEASE_LOOK_ALIKES = [
    ('وقالت الحركة إنها تحتجز أربعة أسرى من الجنود.',
     [('أربعة أسرى', 'captured', 4, 'exact')]),
    # a release of a part by the holders keeps the whole's outcome (round ar123)
    ('اعتقلت قوات الأمن 20 شابا في المدينة. وأفرجت السلطات عن 14 منهم في اليوم التالي.',
     [('اعتقلت قوات الأمن 20 شابا', 'arrested', 20, 'exact'),
      ('14 منهم', 'arrested', 14, 'exact')]),
    ('اعتقل الجيش 12 شخصا، وأفرج لاحقا عن ثلاثة منهم.',
     [('اعتقل الجيش 12 شخصا', 'arrested', 12, 'exact'),
      ('ثلاثة منهم', 'arrested', 3, 'exact')]),
    # with no held whole before, a release of a part or of one stays unread
    ('وأفرجت السلطات الإسرائيلية عن أحد المعتقلين مساء اليوم.', []),
    ('وتم الإفراج عن أحد المعتقلين بعد التحقيق معه.', []),
    ('وأطلق الخاطفون سراح أحد المختطفين.', []),
    ('وأطلق الخاطفون سراح اثنين منهم بعد يومين.', []),
    # the held a deal would free, before the deal is made
    ('ويبحث الطرفان تبادل نحو 15 ألف أسير ومعتقل بين الجانبين.', []),
    ('وجرى الحديث عن تبادل 300 محتجز الشهر المقبل.', []),
    # things released, places freed, money
    ('أفرجت الوزارة عن الميزانية السنوية.', []),
    ('أطلقت الجماعة بيانا وفيديو يظهر المخطوفين.', []),
    ('وأعلن الجيش تحرير المدينة بالكامل.', []),
    ('وتمكنت القوات من تحرير 40 كيلومترا من الطريق.', []),
    ('وأفرجت الحكومة عن 40 مليون دولار من المساعدات.', []),
    ('أفرجت السلطات عن شحنة من 12 شاحنة مساعدات.', []),
    ('وأفرج البنك عن 15 مليون دولار مقابل ضمانات.', []),
    # a state's count of its detainees by the accusative alone
    ('وقالت الوزارة إن في السجن 40 محتجزا ينتظرون المحاكمة.', []),
    ('واعتقل الجيش أحد الشبان على الحاجز.',
     [('واعتقل الجيش أحد الشبان', 'arrested', 1, 'exact')]),
]

TOLLS = [
    ('سقط قتلى في قصف على البلدة، وقال مسعفون إن القتلى تجاوزوا الثلاثين.',
     [('القتلى تجاوزوا الثلاثين', 'killed', 30, 'more_than')]),
    ('وقال مسعفون إن الجرحى تجاوزوا 40.',
     [('الجرحى تجاوزوا 40', 'wounded', 40, 'more_than')]),
    ('وقال المصدر إن الجرحى تجاوز الخمسين.',
     [('الجرحى تجاوز الخمسين', 'wounded', 50, 'more_than')]),
    ('وأكد نادي الأسير أن المعتقلين تخطوا ٢٠٠.',
     [('المعتقلين تخطوا ٢٠٠', 'arrested', 200, 'more_than')]),
    ('قتل مدنيون في القصف، وارتفع عدد القتلى إلى 12 بعد أن كان 9.',
     [('عدد القتلى إلى 12', 'killed', 12, 'exact'),
      ('بعد أن كان 9', 'killed', 9, 'exact')]),
    ('وقال الطبيب إن عدد الجرحى ارتفع إلى 40 بعدما كان 25.',
     # (the toll's span takes "بعدما" in, as it did before the earlier figure was read)
     [('عدد الجرحى ارتفع إلى 40 بعدما', 'wounded', 40, 'exact'),
      ('بعدما كان 25', 'wounded', 25, 'exact')]),
    ('وقالت الهيئة إن عدد شهدائها منذ بداية الحرب بلغ 112.',
     [('عدد شهدائها منذ بداية الحرب بلغ 112', 'killed', 112, 'exact')]),
    ('وقال الجيش إن عدد قتلاه في المعارك وصل إلى ٣٠.',
     [('عدد قتلاه في المعارك وصل إلى ٣٠', 'killed', 30, 'exact')]),
    ('وذكرت المنظمة أن أعداد النازحين من الولاية تجاوزت 500 ألف شخص.',
     [('أعداد النازحين من الولاية تجاوزت 500 ألف شخص', 'displaced', 500000, 'more_than')]),
    ('وأفادت اللجنة بأن أعداد المعتقلين بلغت نحو 300.',
     [('أعداد المعتقلين بلغت نحو 300', 'arrested', 300, 'about')]),
    ('وقالت الحكومة المحلية إن عدد الضحايا "تجاوز العشرين قتيلا".',
     [('عدد الضحايا "تجاوز العشرين قتيلا', 'killed', 20, 'more_than')]),
    ('غير أن لجنة القرية قدرت عدد القتلى بـ45 شخصا.',
     [('عدد القتلى بـ45 شخصا', 'killed', 45, 'exact')]),
    ('وقدرت المنظمة عدد الذين نزحوا من المدينة بأكثر من 80 ألف شخص.',
     [('عدد الذين نزحوا من المدينة بأكثر من 80 ألف شخص', 'displaced', 80000, 'more_than')]),
    ('وقال المدير إن ثلاثة من المصابين توفوا ليلا متأثرين بجراحهم، ما يرفع الحصيلة إلى 11.',
     [('ثلاثة من المصابين توفوا', 'killed', 3, 'exact'),
      ('الحصيلة إلى 11', 'killed', 11, 'exact')]),
    ('وتوفي اثنان من المصابين، ما يرفع الحصيلة إلى 11.',
     [('وتوفي اثنان من المصابين', 'killed', 2, 'exact'),
      ('الحصيلة إلى 11', 'killed', 11, 'exact')]),
    ('وأفاد المرصد بأن عدد المعتقلين وصل إلى 50.',
     [('عدد المعتقلين وصل إلى 50', 'arrested', 50, 'exact')]),
    ('وأكد المصدر أن عدد الجرحى تخطى الخمسين.',
     [('عدد الجرحى تخطى الخمسين', 'wounded', 50, 'more_than')]),
    ('وقال الدفاع المدني إن حصيلة القتلى فاقت ٣٠ شخصا.',
     [('حصيلة القتلى فاقت ٣٠ شخصا', 'killed', 30, 'more_than')]),
    ('وأضاف أن عدد المخطوفين ارتفع إلى سبعة.',
     [('عدد المخطوفين ارتفع إلى سبعة', 'captured', 7, 'exact')]),
]

TOLL_LOOK_ALIKES = [
    ('وقال إن نسبة البطالة تجاوزت 30 بالمئة.', []),
    ('وقال إن النازحين تجاوزوا 30 بالمئة من السكان.', []),
    ('وقال إن النازحين تجاوزوا 30 في المئة من السكان.', []),
    ('وبلغت الخسائر 40 مليون دولار.', []),
    ('وقال إن عدد المنازل المدمرة تجاوز 300.', []),
    ('وبلغت حصيلة السيارات المحترقة 23.', []),
    ('وارتفع سعر الخبز إلى 12 بعد أن كان 9.', []),
    ('وارتفع عدد القتلى إلى 12، وارتفع سعر الخبز إلى 3 بعد أن كان 2.',
     [('عدد القتلى إلى 12', 'killed', 12, 'exact')]),
    ('القتلى تجاوزوا الثلاثة.', []),
    ('وقالت إن عدد الضحايا تجاوز الخمسين.', []),
    ('وارتفعت الأسعار، ما يرفع الحصيلة إلى 11.', []),
]


@pytest.mark.parametrize(("text", "expected"), RELEASES)
def test_release_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELEASE_LOOK_ALIKES)
def test_release_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_toll_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLL_LOOK_ALIKES)
def test_toll_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
