"""Arabic probes, hundred-and-first round (issue 11): the fifty-seventh set's families,
each written as a rule of news Arabic with members and look-alikes that must not fire.

Casualties:

1. Animals and trees are no victims: a count before camels, fish, palms, trees or crops is
   no casualty figure whatever outcome word stands before it ("قتل أيضا عشرات الجمال"،
   "الملوحة تقتل آلاف النخيل"، "فقد 200 نخلة"). Look-alikes: people after the same verbs;
   a man named "جمال"; a district named for palms; herders of camels.
2. "ارتقوا" (rose, as martyrs) after the people counted is their death, and a unit's
   number inside the counted group ("أبطال اللواء 51") stays in the group. Look-alikes:
   rising "to" a rank; a unit's number after a figure already read.
3. A count that opens a nominal clause (a headline, after a colon or "ان"), its "من" and
   the body the counted belong to (a definite noun or a quoted name), then an indefinite
   plural outcome noun: the noun is the predicate, the toll. Look-alikes: an indefinite
   body (a genitive, "من عائلات قتلى"); one noun shared by two outcomes; a definite noun
   (an object).
4. A flight told with a circumstantial "وهم مصابون" is the wounded, not the displaced.
   Look-alikes: the flight alone; "وهم" with no outcome noun.
5. Displaced households told by the verb of their flight: the dual verb after two
   families ("عائلتين نزحتا"), the feminine "لجأت" before households with the pronoun of
   where they went ("لجأت إليها آلاف الأسر"). Look-alikes: two families with another
   verb; "لجأت" with a body that resorts to something.
6. A kin noun in construct with a possessed kin noun ("ابن عمهما"، "شقيق زوجته") is one
   definite relative, no indefinite person counted. Look-alikes: a bare singular; a
   singular whose next word is no kin noun.

Dates:

7. A bare "آب" spelt with its madda after "في"/"منذ"/"خلال" is the month, as any other
   month name is. Look-alikes: "أب" (father) with its hamza; "آب" with no preposition;
   "آب" with a definite genitive after it (a month takes none).

Statements:

8. A news portal addressed after the speaker ('في تصريح لبوابة "الوسط" ان') is an outlet,
   not part of the speaker; and a title of charge with "على" ("المشرف على إحدى
   التكايا") keeps what it runs in the speaker. Look-alikes: the portal as a subject; a
   verb of supervising with its object.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. animals and trees
    ('وقال أحد الرعاة ان القصف قتل أيضا عشرات الجمال في المرعى.', []),
    ('الجفاف يقتل آلاف النخيل في الفاو', []),
    ('وقال مزارع ان الصقيع قتل مئات الأشجار في البستان.', []),
    ('وقال مزارع انه فقد 200 نخلة بسبب الملوحة.', []),
    ('وقال ان الغارة قتلت عشرات الإبل قرب البئر.', []),
])
def test_animals_and_trees(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان القصف قتل أيضا عشرات المدنيين في السوق.',
     [('قتل أيضا عشرات المدنيين', 'killed', 24, 'vague')]),
    ('قتل ثلاثة مدنيين في حي النخيل شرق المدينة.',
     [('قتل ثلاثة مدنيين', 'killed', 3, 'exact')]),
    ('قتل ثلاثة رعاة جمال قرب الحدود.', [('قتل ثلاثة رعاة جمال', 'killed', 3, 'exact')]),
    ('أصيب خمسة مزارعين أثناء قطف أشجار الزيتون.',
     [('أصيب خمسة مزارعين', 'wounded', 5, 'exact')]),
])
def test_animals_and_trees_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. the martyrs' rise, and a unit's number in the group
    ('وأكد البيان ان "ثلاثة من أبطال اللواء 44 ارتقوا في تصد لهجوم ليلي".',
     [('ثلاثة من أبطال اللواء 44 ارتقوا', 'killed', 3, 'exact')]),
    ('وقال المتحدث ان أربعة شبان ارتقوا برصاص القناصة.',
     [('أربعة شبان ارتقوا', 'killed', 4, 'exact')]),
    ('وقال الضابط ان خمسة من عناصر الفرقة 17 أصيبوا في الكمين.',
     [('خمسة من عناصر الفرقة 17 أصيبوا', 'wounded', 5, 'exact')]),
    # 3. the predicate of a nominal clause
    ('الحسكة: ثلاثة مقاتلين من "الأسايش" قتلى في كمين\nهاجم مسلحون دورية.',
     [('ثلاثة مقاتلين من "الأسايش" قتلى', 'killed', 3, 'exact')]),
    ('خمسة جنود من الجيش جرحى في انفجار عبوة\nانفجرت عبوة بدورية.',
     [('خمسة جنود من الجيش جرحى', 'wounded', 5, 'exact')]),
    # 4. fled, hurt
    ('وقال المختار ان أربعة رعاة تمكنوا من الفرار وهم مصابون.',
     [('أربعة رعاة تمكنوا من الفرار وهم مصابون', 'wounded', 4, 'exact')]),
    ('وأضاف ان ثلاثة حطابين فروا وهم جرحى.',
     [('ثلاثة حطابين فروا وهم جرحى', 'wounded', 3, 'exact')]),
    # 5. displaced households by the verb of their flight
    ('وقال ان المدرسة كانت تؤوي عائلتين نزحتا من قرية حدودية.',
     [('عائلتين نزحتا', 'displaced', 2, 'exact')]),
    ('واكتظت البلدة بعدما لجأت إليها آلاف الأسر الفارة من المعارك.',
     [('لجأت إليها آلاف الأسر الفارة', 'displaced', 2000, 'vague')]),
    # 6. one relative of the ones named
    ('قتل شقيقان وأصيب ابن عمهما بجروح طفيفة.', [('قتل شقيقان', 'killed', 2, 'exact')]),
    ('وأصيب شقيق زوجته في الانفجار.', []),
])
def test_casualty_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المدرب ان ثلاثة لاعبين ارتقوا الى الفريق الأول.', []),
    ('وقال ان ثلاثة أطفال من عائلات قتلى سابقين تلقوا مساعدات.', []),
    ('ثلاثة مقاتلين من "الأسايش" قتلى وجرحى في كمين\nهاجم مسلحون دورية.', []),
    ('وزار ثلاثة مسؤولين من الوزارة قتلى الهجوم.', []),
    ('وقال ان ثلاثة حطابين فروا وهم يحملون أمتعتهم.',
     [('ثلاثة حطابين فروا', 'displaced', 3, 'exact')]),
    ('وقال ان عائلتين تسكنان المبنى منذ سنوات.', []),
    ('ولجأت الحكومة الى القضاء لوقف الإضراب.', []),
    ('وأصيب شاب بجروح في الانفجار.', [('وأصيب شاب', 'wounded', 1, 'exact')]),
    ('وأصيب طفل عمره سبع سنوات.', [('وأصيب طفل', 'wounded', 1, 'exact')]),
])
def test_casualty_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 7. a bare "آب" with its madda after a preposition of time
    ('وكانت البلدة قد شهدت في آب قصفا مماثلا.', [('آب', '2017-08')]),
    ('ويقول الأهالي انهم ينتظرون منذ آب انتشال الجثث.', [('آب', '2017-08')]),
    ('وقال أب فقد ابنه في القصف ان المدينة تغيرت.', []),
    ('ويعود آب الأسرة الى منزله كل مساء.', []),
    ('وقال ان الكلمة الأخيرة في آب الأسرة وحده.', []),
])
def test_bare_ab(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 8. a portal addressed; a title of charge
    ('وقال مدير المستشفى، سالم الهادي، في تصريح لبوابة "الوسط" ان "الجرحى في حالة مستقرة".',
     [('مدير المستشفى، سالم الهادي', 'الجرحى في حالة مستقرة')]),
    ('وقال رئيس البلدية، نوري الطيب، لبوابة "الوسط" ان المياه ستعود غدا.',
     [('رئيس البلدية، نوري الطيب', 'المياه ستعود غدا')]),
    ('وقال المشرف على أحد المطابخ الخيرية، سمير عودة، ان "الطحين نفد".',
     [('المشرف على أحد المطابخ الخيرية، سمير عودة', 'الطحين نفد')]),
    ('وقال القائم على المشروع ان العمل توقف منذ أسبوع.',
     [('القائم على المشروع', 'العمل توقف منذ أسبوع')]),
])
def test_statement_members(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت بوابة "الوسط" ان الطريق مغلق.', [('بوابة "الوسط"', 'الطريق مغلق')]),
    ('وقال المدير ان الطريق مغلق.', [('المدير', 'الطريق مغلق')]),
])
def test_statement_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
