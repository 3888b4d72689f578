"""Arabic probes, thirty-fifth round (issue 11): the constructions the sixth blind Arabic
set (``bench/blind/ar-6.jsonl``) showed missing, written anew as rules of how Arabic news
is written, each with look-alikes that must not fire:

1. deaths in custody and executions: one held as the subject of a death after "إن"
   ("أن أسيرا من الخليل توفي"; also "توفيت"، "توفيا" after a person noun), "تعذيب موقوف
   حتى الموت", sentences carried out
   ("نفذت السلطات أحكام الإعدام بحق 12 مدانا") and "N منهم ... جثثهم";
2. "واحد" after a time noun ("في يوم واحد") is no person;
3. a dual joined after a rank phrase ("مقتل ضابط برتبة رائد وجنديين"), a dual object
   after a subject of two words ("واعتقلت قوات الاحتلال شابين"), and a noun in "-ين"
   that a dual word after it makes two ("خطفوا سائقين كانا يرافقان ...");
4. freed prisoners ("أسيرين محررين") are people whom the verb arrests, not captives;
5. "قضى على" with a singular indefinite;
6. a definite dual, an aside opened by "وهما", then its dual verb;
7. an apposition "، أي ...،" between a count and its verb;
8. "سقوط شهيد وإصابة مواطنين اثنين": the fall of one, then a verbal noun with its own;
9. dates: a month of pay ("رواتب شهر نيسان") is the nearest one, a season that starts
   "في" a month is to come, and "ميغاواط"/"هكتار" after four digits are no year;
10. statements: a pronoun after "لكنه/لكنها" with a warning, a demand or a call; a
    participle of denial with a noun object ("نافية وجود ..."، "نافيا ما أوردته ...");
    "لكنها نفت في بيان سابق وجود ..." after a refusal to comment; considering with a
    quote ('معتبرا ذلك "..."'، 'واعتبرته "..."'); a document's present demand
    ("ويطالب القرار ... بـ"); an accusation in a relative clause ("التي تتهمها الحكومة
    بـ"); an outlet loyal to the speaker that carried its statement; "بحسب" between a
    verb of result and its preposition; a body named by its programme before a headline's
    colon; a later mention of a speaker written name first, office after, takes the name;
11. an outlet's name of up to four words closing on "اليوم" ('لـ"منصة الجنوب اليوم"') is
    no date.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, ar_statements, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. deaths in custody: one held as the subject of a death after the complementizer,
    # his town between (one word, no article), and the time after an intransitive verb
    ('وقال النادي إن أسيرا من الخليل توفي أمس في سجن عوفر.',
     [('أسيرا من الخليل توفي', 'killed', 1, None, 'exact', 'أسيرا من الخليل')]),
    ('لافتة إلى أن أسيرا من طوباس توفي الأسبوع الماضي في سجن النقب.',
     [('أسيرا من طوباس توفي', 'killed', 1, None, 'exact', 'أسيرا من طوباس')]),
    ('وقالت الهيئة إن معتقلا من نابلس توفي في الزنزانة.',
     [('معتقلا من نابلس توفي', 'killed', 1, None, 'exact', 'معتقلا من نابلس')]),
    # ... and the feminine and the dual of dying after a person noun
    ('وقال الطبيب إن طفلة توفيت الليلة الماضية.',
     [('طفلة توفيت', 'killed', 1, None, 'exact', 'طفلة')]),
    ('وقال الأطباء إن شابين توفيا متأثرين بجروحهما.',
     [('شابين توفيا', 'killed', 2, None, 'exact', 'شابين')]),
    # ... and look-alikes: the held one freed or wounded is no death; a definite kin
    ('وقالت العائلة إن والدته توفيت العام الماضي.', []),
    ('وقال النادي إن أسيرا من الخليل أفرج عنه أمس.', []),
    ('وقال النادي إن أسيرا من الخليل أصيب بجروح.', []),
    # "تعذيب موقوف حتى الموت", as "تعذيب سجين"
    ('وأدين الضابطان بتعذيب موقوف حتى الموت في مركز الشرطة.',
     [('موقوف حتى الموت', 'killed', 1, None, 'exact', 'موقوف')]),
    # ... and look-alikes: one held who fled or was freed
    ('وقالت الشرطة إن موقوفا فر من المركز.', []),
    ('وأفرجت الشرطة عن موقوف بكفالة.', []),
    # executions carried out
    ('وقالت المنظمة إن السلطات نفذت حكم الإعدام بحق 12 مدانا.',
     [('الإعدام بحق 12 مدانا', 'killed', 12, None, 'exact', 'مدانا')]),
    ('ونفذت وزارة العدل أحكام الإعدام بحق 7 مدانين بالإرهاب.',
     [('الإعدام بحق 7 مدانين بالإرهاب', 'killed', 7, None, 'exact', 'مدانين بالإرهاب')]),
    ('وقالت المنظمة إن السلطات نفذت أحكام الإعدام بحق 12 سجينا، بينهم 3 نساء.',
     [('الإعدام بحق 12 سجينا', 'killed', 12, None, 'exact', 'سجينا'),
      ('3 نساء', 'killed', 3, None, 'exact', 'نساء')]),
    # ... and look-alikes: a sentence passed, a halt asked for
    ('وقضت المحكمة بإعدام 5 متهمين.', []),
    ('وطالبت المنظمة بوقف تنفيذ أحكام الإعدام بحق 40 محكوما.', []),
    # "N منهم ... جثثهم": those whose bodies are spoken of are dead
    ('وقال المرصد إن 14 معتقلا توفوا في السجن، وإن خمسة منهم على الأقل تظهر على جثثهم '
     'آثار تعذيب.',
     [('14 معتقلا توفوا', 'killed', 14, None, 'exact', 'معتقلا'),
      ('خمسة منهم على الأقل تظهر على جثثهم', 'killed', 5, None, 'at_least', None)]),
    ('وأضاف أن ثلاثة منهم وجدت على جثامينهم آثار رصاص.',
     [('ثلاثة منهم وجدت على جثامينهم', 'killed', 3, None, 'exact', None)]),
    # ... and look-alikes: bodies of the living, the bodies with no count
    ('وأضاف أن ثلاثة منهم تظهر على أجسادهم آثار تعذيب.', []),
    ('وقال إن الأهالي تسلموا جثثهم أمس.', []),
    # 2. the one of a day is no person
    ('وقالت المنظمة إن السلطات أعدمت 12 مدانا، من بينهم 5 في يوم واحد.',
     [('أعدمت 12 مدانا', 'killed', 12, None, 'exact', 'مدانا'),
      ('5', 'killed', 5, None, 'exact', None)]),
    ('وقتل 4 أشخاص في يوم واحد.', [('وقتل 4 أشخاص', 'killed', 4, None, 'exact', 'أشخاص')]),
    # ... and the one of a person still counts
    ('وقتل واحد من المسلحين.',
     [('وقتل واحد من المسلحين', 'killed', 1, None, 'exact', 'من المسلحين')]),
    # 3. a dual joined after a rank phrase
    ('وأعلن الجيش مقتل ضابط برتبة رائد وجنديين في الهجوم.',
     [('مقتل ضابط', 'killed', 1, None, 'exact', 'ضابط'),
      ('مقتل ضابط برتبة رائد وجنديين', 'killed', 2, None, 'exact', 'جنديين')]),
    ('وأعلنت الشرطة مقتل ضابط برتبة ملازم أول وجندي.',
     [('مقتل ضابط', 'killed', 1, None, 'exact', 'ضابط'),
      ('مقتل ضابط برتبة ملازم أول وجندي', 'killed', 1, None, 'exact', 'جندي')]),
    # ... and a look-alike: a verbal noun of its own after the rank
    ('وأعلن الجيش مقتل ضابط برتبة رائد وإصابة جنديين.',
     [('مقتل ضابط', 'killed', 1, None, 'exact', 'ضابط'),
      ('وإصابة جنديين', 'wounded', 2, None, 'exact', 'جنديين')]),
    # a dual object after a subject of two words
    ('واعتقلت قوات الاحتلال شابين في جنين.',
     [('واعتقلت قوات الاحتلال شابين', 'arrested', 2, None, 'exact', 'شابين')]),
    ('وقتلت قوات الأمن متظاهرين اثنين.',
     [('وقتلت قوات الأمن متظاهرين اثنين', 'killed', 2, None, 'exact', 'متظاهرين')]),
    # ... and a look-alike: after a verbal noun's genitive
    ('وقالت مصادر إن مقتل قائد الفصيل جنديين أمر مستبعد.', []),
    # a noun in "-ين" made two by a dual word after it
    ('وقال الأهالي إن المسلحين خطفوا سائقين مدنيين كانا يرافقان القافلة.',
     [('خطفوا سائقين', 'captured', 2, None, 'exact', 'سائقين')]),
    ('وقال الأهالي إن المسلحين اختطفوا مزارعين يعملان في حقل قرب القرية.',
     [('اختطفوا مزارعين', 'captured', 2, None, 'exact', 'مزارعين')]),
    # ... and with no dual word, a trade noun right after the outcome verb is two (round
    # ar137: "-ين" after a count-less outcome is a dual, as the corpus counts it)
    ('وقال الأهالي إن المسلحين خطفوا سائقين على الطريق.',
     [('خطفوا سائقين', 'captured', 2, None, 'exact', 'سائقين')]),
    # ... and a look-alike: a plural verb after it
    ('وقال الأهالي إن المسلحين خطفوا سائقين كانوا يرافقون القافلة.', []),
    # 4. freed prisoners arrested
    ('واعتقلت قوات الاحتلال أسيرين محررين في جنين.',
     [('واعتقلت قوات الاحتلال أسيرين محررين', 'arrested', 2, None, 'exact',
       'أسيرين محررين')]),
    ('واعتقلت أسيرين محررين في جنين.',
     [('واعتقلت أسيرين محررين', 'arrested', 2, None, 'exact', 'أسيرين محررين')]),
    # ... and look-alikes: two freed ones released, two held by a group
    ('وأفرجت قوات الاحتلال عن أسيرين محررين.', []),
    ('وقالت الكتائب إنها تحتجز أسيرين في غزة.',
     [('أسيرين', 'captured', 2, None, 'exact', None)]),
    # 5. "قضى على" with a singular indefinite
    ('وقال الجيش إن الغارة قضت على عنصر في الحركة.',
     [('قضت على عنصر', 'killed', 1, None, 'exact', 'عنصر')]),
    ('وأعلن الحرس الوطني القضاء على إرهابي في جبل الشعانبي.',
     [('القضاء على إرهابي', 'killed', 1, None, 'exact', 'إرهابي')]),
    # ... and look-alikes: a court's sentence, a hope, a house
    ('وقضت المحكمة على متهم بالسجن عشر سنوات.', []),
    ('وقال إن القرار قضى على أمل الأهالي.', []),
    ('وقضت الحرائق على منزل في القرية.', []),
    # 6. a definite dual, an aside with "وهما", then its verb
    ('وقال المرصد إن الطفلين، وهما شقيقان في السابعة والتاسعة من العمر، قتلا أثناء اللعب.',
     [('الطفلين، وهما شقيقان في السابعة والتاسعة من العمر، قتلا', 'killed', 2, None,
       'exact', 'الطفلين')]),
    ('وأفاد الأهالي بأن الشابين، وهما من سكان القرية، أصيبا بجروح خطيرة.',
     [('الشابين، وهما من سكان القرية، أصيبا', 'wounded', 2, None, 'exact', 'الشابين')]),
    # ... and a look-alike: a verb that is no outcome
    ('وقال المرصد إن الطفلين، وهما شقيقان، يلعبان في الحقل.', []),
    # 7. an apposition "، أي ...،" before the verb
    ('وقال إن أكثر من 1.2 مليون شخص، أي نحو نصف السكان، نزحوا منذ بدء الحرب.',
     [('أكثر من 1.2 مليون شخص، أي نحو نصف السكان، نزحوا', 'displaced', 1200000, None,
       'more_than', 'شخص')]),
    ('وقال إن 300 شخص، أي ثلث سكان القرية، قتلوا في المجزرة.',
     [('300 شخص، أي ثلث سكان القرية، قتلوا', 'killed', 300, None, 'exact', 'شخص')]),
    # ... and a look-alike: the verb after it is no outcome
    ('وقال إن 300 شخص، أي ثلث سكان القرية، يعيشون في الخيام.', []),
    # 8. the fall of one, then a verbal noun with people of its own
    ('وأعلن المركز أن الغارة أدت إلى سقوط شهيد وإصابة مواطنين اثنين بجروح.',
     [('سقوط شهيد', 'killed', 1, None, 'exact', None),
      ('وإصابة مواطنين اثنين', 'wounded', 2, None, 'exact', 'مواطنين')]),
    ('وأسفر القصف عن سقوط شهيد وإصابة طفلين.',
     [('سقوط شهيد', 'killed', 1, None, 'exact', None),
      ('وإصابة طفلين', 'wounded', 2, None, 'exact', 'طفلين')]),
    # ... and two bare singulars: one of each since the sixtieth round (the thirty-first
    # set's call), no longer one number for two outcomes
    ('وأسفر القصف عن سقوط قتيل وجريح.',
     [('سقوط قتيل', 'killed', 1, None, 'exact', None),
      ('وجريح', 'wounded', 1, None, 'exact', None)]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 9. pay owed for a month: the nearest such month, even when the payment is to come
    ('ومن المقرر أن تبدأ الوزارة صرف رواتب شهر نيسان للموظفين خلال الأسبوع المقبل.',
     [('نيسان', '2018-04'), ('الأسبوع المقبل', '2018-05-14')]),
    ('وقالت الوزارة إنها ستصرف مستحقات آذار قريبا.', [('آذار', '2018-03')]),
    ('وستصرف الحكومة رواتب شهر حزيران الأسبوع المقبل.',
     [('حزيران', '2018-06'), ('الأسبوع المقبل', '2018-05-14')]),
    # a season or a programme that starts "في" a month: the coming one
    ('ودعت المنظمة إلى التحرك قبل موسم الأمطار الذي يبدأ في مارس ويقطع الطرق.',
     [('مارس', '2019-03')]),
    ('وتستعد المدارس للعام الدراسي الذي يبدأ عادة في فبراير.', [('فبراير', '2019-02')]),
    # ... and a look-alike: a past narrative keeps the latest month
    ('وكان موسم الأمطار يبدأ في مارس قبل سنوات.', [('مارس', '2018-03')]),
    # units of power and land after four digits are no year
    ('وتراجع الإنتاج من 5000 ميغاواط عام 2011 إلى أقل من 1800 ميغاواط.', [('2011', '2011')]),
    ('وزرعت الوزارة 2000 هكتار بالقمح.', []),
    # ... and a look-alike: the bare year after "منذ"
    ('وقال إن الإنتاج تراجع منذ 2000.', [('2000', '2000')]),
    # 11. an outlet whose name of three words closes on "اليوم" is no date
    ('وأشار مصدر عسكري لـ"منصة الجنوب اليوم" إلى أن الخطة تتضمن إقامة أبراج.', []),
    ('وقال مسؤول لموقع "صدى الشمال اليوم" إن الطريق مغلق.', []),
    # ... and look-alikes: today after the outlet, today inside a quote of words
    ('وقال الوزير لـ"الصحفيين" اليوم إن الطريق مغلق.', [('اليوم', '2018-05-10')]),
    ('وقال الوزير: "لن نتراجع اليوم" في كلمة أمام البرلمان.', [('اليوم', '2018-05-10')]),
])
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 10. after "لكنه/لكنها": a warning, a demand, a call; the name set in commas
    ('وقالت مديرة المكتب، سلمى يوسف، إن المساعدات وصلت، لكنها حذرت من أن "المخزون ينفد '
     'بسرعة".',
     [('مديرة المكتب، سلمى يوسف', 'المساعدات وصلت'), ('سلمى يوسف', 'المخزون ينفد بسرعة')]),
    ('وقال محامي الأسرة، هادي ناصر، إن الحكم "بداية"، لكنه طالب بـ"محاسبة المسؤولين".',
     [('محامي الأسرة، هادي ناصر', 'الحكم "بداية"'), ('هادي ناصر', 'بـ"محاسبة المسؤولين"')]),
    ('وقالت الناشطة إن الوضع صعب، لكنها طالبت بفتح المعابر.',
     [('الناشطة', 'الوضع صعب'), ('الناشطة', 'بفتح المعابر')]),
    ('وقال المتحدث إن القوات تقدمت، لكنه دعا إلى ضبط النفس.',
     [('المتحدث', 'القوات تقدمت'), ('المتحدث', 'إلى ضبط النفس')]),
    # ... and a look-alike: a verb that says nothing
    ('وقال الوزير إن المفاوضات مستمرة، لكنه عاد إلى بلاده.',
     [('الوزير', 'المفاوضات مستمرة، لكنه عاد إلى بلاده')]),
    # a participle of denial with a verbal noun or "ما" as its object
    ('وقال الجيش في بيان إن قواته "صدت هجوما"، نافية سقوط قتلى مدنيين.',
     [('الجيش', 'قواته "صدت هجوما"'), ('الجيش', 'سقوط قتلى مدنيين')]),
    ('وقالت الشرطة إن الوضع هادئ، نافية وجود أي اعتقالات.',
     [('الشرطة', 'الوضع هادئ'), ('الشرطة', 'وجود أي اعتقالات')]),
    ('وقال المتحدث إن قواته "لم تقصف المدينة"، نافيا ما أوردته وسائل إعلام عن غارات.',
     [('المتحدث', 'قواته "لم تقصف المدينة"'), ('المتحدث', 'ما أوردته وسائل إعلام عن غارات')]),
    # ... and a look-alike: an object that points back is no words
    ('وقال الجيش إن قواته تقدمت، نافيا ذلك.', [('الجيش', 'قواته تقدمت')]),
    # a denial after a refusal to comment, past the medium
    ('ولم ترد الشرطة على طلب للتعليق، لكنها نفت في بيان سابق وجود "تعذيب ممنهج" في '
     'مراكزها، مؤكدة أنها فتحت تحقيقا.',
     [('الشرطة', 'وجود "تعذيب ممنهج" في مراكزها'), ('الشرطة', 'فتحت تحقيقا')]),
    ('ولم يعلق الجيش على التقرير، لكنه نفى في بيان سابق استهداف المدنيين.',
     [('الجيش', 'استهداف المدنيين')]),
    # ... and a look-alike: after an event the pronoun says nothing
    ('واستمر القصف طوال الليل، لكنه لم يسفر عن إصابات.', []),
    # considering with a quote
    ('وزعم الجيش في بيان أن الغارة "استهدفت مخزنا"، معتبرا ذلك "ردا مشروعا على الهجمات".',
     [('الجيش', 'الغارة "استهدفت مخزنا"'), ('الجيش', 'ردا مشروعا على الهجمات')]),
    ('ودانت الوزارة في بيان القصف، واعتبرته "جريمة حرب مكتملة الأركان".',
     [('الوزارة', 'جريمة حرب مكتملة الأركان')]),
    ('وقالت الحركة إن الهجوم فشل، معتبرة إياه "دليلا على ضعف العدو".',
     [('الحركة', 'الهجوم فشل'), ('الحركة', 'دليلا على ضعف العدو')]),
    # ... and look-alikes: no quote, and the subject of a later clause
    ('ودانت الوزارة القصف بشدة، واعتبرته انتهاكا للقانون.', []),
    ('وأقرت الحكومة الخطة، فيما رفضها الحزب واعتبرها "خطأ فادحا".', []),
    # a document's present demand
    ('ويطالب القرار الأطراف كافة بوقف إطلاق النار فورا.',
     [('القرار', 'بوقف إطلاق النار فورا')]),
    ('ويطالب البيان الختامي الحكومة بفتح تحقيق.', [('البيان الختامي', 'بفتح تحقيق')]),
    # ... and a standing demand of people, a statement since the fortieth round (the
    # corpus gives it an entry: "ويطالب الأهالي منذ آب الماضي بنشر دوريات")
    ('ويطالب المحتجون بإسقاط الحكومة.', [('المحتجون', 'بإسقاط الحكومة')]),
    # an accusation in a relative clause
    ('وتقدمت قوات الفصيل، الذي يتهمه الجيش بتهريب السلاح، نحو المدينة.',
     [('الجيش', 'بتهريب السلاح')]),
    ('ويعيش في المخيم آلاف النازحين الذين يتهمهم الجيش بإيواء مسلحين.',
     [('الجيش', 'بإيواء مسلحين')]),
    # an outlet loyal to the speaker that carried the statement
    ('وقالت الجماعة في بيان بثته إذاعة موالية لها إن مقاتليها سيطروا على المعسكر.',
     [('الجماعة', 'مقاتليها سيطروا على المعسكر'),
      ('إذاعة موالية لها', 'مقاتليها سيطروا على المعسكر')]),
    ('وقالت الحركة في بيان نشرته قناة مقربة منها إن مقاتليها قتلوا 12 جنديا.',
     [('الحركة', 'مقاتليها قتلوا 12 جنديا'), ('قناة مقربة منها', 'مقاتليها قتلوا 12 جنديا')]),
    # ... a broadcaster carries the words whoever owns it, as "بثها التلفزيون" did (the
    # leftovers after the thirty-ninth round: the verb of broadcasting relays, whatever
    # its pronoun's gender)
    ('وقالت الحركة في بيان بثته إذاعة محلية إن مقاتليها انسحبوا.',
     [('الحركة', 'مقاتليها انسحبوا'), ('إذاعة محلية', 'مقاتليها انسحبوا')]),
    # ... and a look-alike: a news agency that printed it adds nobody
    ('وقالت الحركة في بيان نشرته وكالة الأنباء إن مقاتليها انسحبوا.',
     [('الحركة', 'مقاتليها انسحبوا')]),
    # "بحسب" between a verb of result and its preposition
    ('واستهدفت الغارة مدرسة تؤوي نازحين، وأسفرت بحسب الدفاع المدني عن استشهاد 19 شخصا، '
     'بينهم 7 أطفال.',
     [('الدفاع المدني', 'استشهاد 19 شخصا، بينهم 7 أطفال')]),
    ('وقصفت الطائرات السوق، ما أدى بحسب مصادر طبية إلى مقتل 12 مدنيا.',
     [('مصادر طبية', 'مقتل 12 مدنيا')]),
    # ... and a look-alike: the source after the whole clause
    ('وأسفر القصف عن مقتل 5 أشخاص بحسب الدفاع المدني.',
     [('الدفاع المدني', 'وأسفر القصف عن مقتل 5 أشخاص')]),
    # a body named by its programme before a headline's colon
    ('برنامج الأغذية العالمي: 900 شاحنة دخلت الإقليم منذ مطلع العام\n'
     'وقال البرنامج إن الشاحنات وصلت.',
     [('برنامج الأغذية العالمي', '900 شاحنة دخلت الإقليم منذ مطلع العام'),
      ('البرنامج', 'الشاحنات وصلت')]),
    ('صندوق الأمم المتحدة للسكان: نصف مليون امرأة حامل بلا رعاية\n'
     'وقال الصندوق إن الوضع خطير.',
     [('صندوق الأمم المتحدة للسكان', 'نصف مليون امرأة حامل بلا رعاية'),
      ('الصندوق', 'الوضع خطير')]),
    # ... and a look-alike: a schedule
    ('برنامج الزيارة: لقاءات في العاصمة\nوقال الوزير إن الزيارة مهمة.',
     [('الوزير', 'الزيارة مهمة')]),
    # a speaker written name first, the office in commas: a later mention is the name
    ('وقال الطبيب سامي حداد، مدير مستشفى الرازي، إن المستشفى استقبل 12 جريحا، مضيفا أن '
     '"الأدوية نفدت".',
     [('الطبيب سامي حداد', 'المستشفى استقبل 12 جريحا'), ('سامي حداد', 'الأدوية نفدت')]),
    ('وقال المهندس كريم ناصر، رئيس بلدية القرية، إن المياه انقطعت، مشيرا إلى أن الأضرار '
     'كبيرة.',
     [('المهندس كريم ناصر', 'المياه انقطعت'), ('كريم ناصر', 'الأضرار كبيرة')]),
    # ... and look-alikes: the office first, the name in commas (as before); a medium
    ('وقال مدير المستشفى، سامي حداد، إن المستشفى استقبل 12 جريحا، مضيفا أن الأدوية نفدت.',
     [('مدير المستشفى، سامي حداد', 'المستشفى استقبل 12 جريحا'), ('سامي حداد', 'الأدوية نفدت')]),
    ('وقال الجيش، في بيان، إن الهجوم فشل، مضيفا أن التحقيقات جارية.',
     [('الجيش', 'الهجوم فشل'), ('الجيش', 'التحقيقات جارية')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected
