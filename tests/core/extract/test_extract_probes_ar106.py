"""Arabic probes, hundred-and-sixth round (issue 11): families that recur on the fresh
Arabic sets, each written as a rule of news Arabic with members and look-alikes that must
not fire.

Statements:

1. A headline opens with the place of its news ("PLACE: event"); its one-word label is no
   speaker when the body names it only as the place of an office, a force or a people
   named by their field ("شرطة نينوى"، "قيادة عمليات ديالى"، "مديرية ماء الأنبار"،
   "المجلس الاجتماعي لقبائل الزاوية"), after a plural place head ("في محافظات عدن"), as
   one word of a quoted name of more words (an outlet named after its town: 'شبكة «أخبار
   إدلب»'، 'صحيفة "الخرطوم اليوم"'), or, with its side ("جنوب سيناء:"), after a
   governor's title. Look-alikes: a label that keeps the office's field
   ("ماء نينوى:"), a one-word quoted name ('وكالة "سانا"'), a surname after a given name,
   a ministry named by its field, a movement after its kind ("حركة حماس").

Casualties:

2. One of them before his outcome verb ("، أحدهم أصيب برصاصة"، "وإن أحدهم توفي لاحقا"):
   the subject first, as news puts one of a toll first to tell what befell him; one, the
   outcome the verb names, as with the verb first ("وأصيب أحدهم"). Look-alikes: an active
   verb with an object after one of them ("أحدهم أصاب شرطيا"، "أحدهم قتل جاره").
3. People added to a toll by "إضافة إلى" or "فضلا عن" ("، إضافة إلى مدنيين اثنين"، "، إضافة
   إلى 11 راعيا"، "فضلا عن ثلاث نساء"): one more item of the toll, with its outcome, set
   off by a comma as far back as a sub-group reaches. Look-alikes: things added (explosive
   belts, vehicles), a count with its own outcome ("إضافة إلى 12 جريحا"), an act added.

4. An army's toll in the first person plural ("قتلنا 17 مسلحا"، 'وقال المتحدث: "قتلنا 9
   إرهابيين"'): killed, with the count right after, as "اعتقلنا" is arrested. Look-alikes:
   the same letters with no count after ("قتلنا الانتظار"، "قتلنا جوعا").

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a place's headline
    ("نينوى: مقتل راع بانفجار لغم قرب سنجار\nوقال مصدر في شرطة نينوى إن راعيا قتل بانفجار"
     " لغم قديم.",
     [("مصدر في شرطة نينوى", "راعيا قتل بانفجار لغم قديم")]),
    ("جنوب سيناء: افتتاح مدرستين في طور سيناء\nوقال محافظ جنوب سيناء إن المدرستين تستوعبان"
     " 600 تلميذ.",
     [("محافظ جنوب سيناء", "المدرستين تستوعبان 600 تلميذ")]),
    ("إدلب: قصف مدفعي على قرى جبل الزاوية\nونقلت شبكة «أخبار إدلب» عن ناشطين أن القصف طال"
     " ثلاث قرى.",
     [("شبكة «أخبار إدلب»", "القصف طال ثلاث قرى"), ("ناشطين", "القصف طال ثلاث قرى")]),
    ("الزاوية: تبادل 7 محتجزين بين مجموعتين\nوأعلن المجلس الاجتماعي لقبائل الزاوية أن"
     " التبادل جرى مساء الأحد.",
     [("المجلس الاجتماعي لقبائل الزاوية", "التبادل جرى مساء الأحد")]),
    ('الخرطوم: انقطاع الكهرباء عن أحياء واسعة\nونقلت صحيفة "الخرطوم اليوم" عن سكان أن'
     ' الكهرباء انقطعت منذ الفجر.',
     [('صحيفة "الخرطوم اليوم"', "الكهرباء انقطعت منذ الفجر"),
      ("سكان", "الكهرباء انقطعت منذ الفجر")]),
    ("عدن: توقف ضخ المياه عن أحياء المعلا\nوقالت شركة توزيع المياه في محافظات عدن إن الضخ"
     " توقف بسبب عطل.",
     [("شركة توزيع المياه في محافظات عدن", "الضخ توقف بسبب عطل")]),
])
def test_statement_members(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ماء نينوى: انقطاع الضخ عن تسعة أحياء\nوأعلنت مديرية ماء نينوى أن الضخ سيعود غدا.",
     [("ماء نينوى", "انقطاع الضخ عن تسعة أحياء"), ("مديرية ماء نينوى", "الضخ سيعود غدا")]),
    ('سانا: مقتل مدنيين بقذائف على حي سكني\nوقالت وكالة "سانا" إن القذائف سقطت على حي سكني.',
     [("سانا", "مقتل مدنيين بقذائف على حي سكني"),
      ('وكالة "سانا"', "القذائف سقطت على حي سكني")]),
    ("غوتيريش: الوضع في المدينة لا يحتمل\nوقال أنطونيو غوتيريش إن الوضع في المدينة لا يحتمل.",
     [("غوتيريش", "الوضع في المدينة لا يحتمل"),
      ("أنطونيو غوتيريش", "الوضع في المدينة لا يحتمل")]),
    ("الصحة: ارتفاع عدد المصابين إلى 40\nوقالت وزارة الصحة إن عدد المصابين ارتفع إلى 40.",
     [("الصحة", "ارتفاع عدد المصابين إلى 40"), ("وزارة الصحة", "عدد المصابين ارتفع إلى 40")]),
    ("حماس: لن نسلم السلاح\nوقالت حركة حماس إنها لن تسلم السلاح.",
     [("حماس", "لن نسلم السلاح"), ("حركة حماس", "لن تسلم السلاح")]),
    ('الجزيرة: مقابلة مع وزير الخارجية\nوقالت قناة "الجزيرة" إن المقابلة تبث مساء.',
     [("الجزيرة", "مقابلة مع وزير الخارجية"), ('قناة "الجزيرة"', "المقابلة تبث مساء")]),
])
def test_statement_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. one of them before his verb
    ("ونقلت الطواقم أربعة مصابين إلى المستشفى، أحدهم أصيب بشظية في الرأس.",
     [("أربعة مصابين", "wounded", 4, "exact"), ("أحدهم أصيب", "wounded", 1, "exact")]),
    ("وقال الطبيب إن الجرحى نقلوا إلى المستشفى، وإن أحدهم توفي لاحقا.",
     [("أحدهم توفي", "killed", 1, "exact")]),
    ("أصيبت ثلاث نساء في القصف، إحداهن أصيبت في الرأس.",
     [("أصيبت ثلاث نساء", "wounded", 3, "exact"), ("إحداهن أصيبت", "wounded", 1, "exact")]),
    # 3. people added to a toll
    ("وقتل 9 من عناصر الشرطة في الهجوم على الحاجز، إضافة إلى مدنيين اثنين.",
     [("وقتل 9 من عناصر الشرطة", "killed", 9, "exact"),
      ("مدنيين اثنين", "killed", 2, "exact")]),
    ("وثقت اللجنة مقتل 40 عنصرا من القوات الحكومية في هجمات مماثلة في البادية، إضافة إلى 11"
     " راعيا.",
     [("مقتل 40 عنصرا من القوات الحكومية", "killed", 40, "exact"),
      ("11 راعيا", "killed", 11, "exact")]),
    ("واعتقلت القوة خمسة شبان، فضلا عن ثلاث نساء.",
     [("واعتقلت القوة خمسة شبان", "arrested", 5, "exact"),
      ("ثلاث نساء", "arrested", 3, "exact")]),
    # 4. a toll in the first person
    ("الجيش: قتلنا 17 مسلحا بعد هجوم على قاعدة",
     [("قتلنا 17 مسلحا", "killed", 17, "exact")]),
    ('وقال المتحدث: "قتلنا 9 إرهابيين ودمرنا آليتين".',
     [("قتلنا 9 إرهابيين", "killed", 9, "exact")]),
])
def test_casualty_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("واعتقلت الشرطة ثلاثة مشتبهين، أحدهم أصاب شرطيا بسكين.",
     [("واعتقلت الشرطة ثلاثة مشتبهين", "arrested", 3, "exact"),
      ("أصاب شرطيا", "wounded", 1, "exact")]),
    ("وأوقفت الشرطة ثلاثة شبان، أحدهم قتل جاره الشهر الماضي.",
     [("وأوقفت الشرطة ثلاثة شبان", "arrested", 3, "exact")]),
    ("وأصيب أحدهم بجروح.", [("وأصيب أحدهم", "wounded", 1, "exact")]),
    ("وضبطت القوة 14 عبوة ناسفة، إضافة إلى 5 أحزمة ناسفة.", []),
    ("قتل 23 شخصا، إضافة إلى 12 جريحا.",
     [("قتل 23 شخصا", "killed", 23, "exact"), ("12 جريحا", "wounded", 12, "exact")]),
    ("قتل 9 جنود، إضافة إلى تدمير 3 آليات.", [("قتل 9 جنود", "killed", 9, "exact")]),
    ("قتل 9 جنود، إضافة إلى 3 آليات مدمرة.", [("قتل 9 جنود", "killed", 9, "exact")]),
    ("وقال أحد السكان إن المسلحين قتلنا جوعا وحصارا.", []),
    ("لقد قتلنا الانتظار طيلة ثلاث سنوات.", []),
])
def test_casualty_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
