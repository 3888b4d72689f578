"""Arabic probes, forty-ninth round (issue 11): the families of the twenty-first blind
Arabic set's casualty misses (``bench/blind/ar-21.jsonl``), each written as a rule of news
Arabic with members and look-alikes that must not fire:

1. callings a toll names singly (a midwife, a sailor, a clinic's visitor, a beekeeper, a
   performer): one person after an outcome word;
2. "also" (أيضا، كذلك) between an outcome verb and its victim ("قتل أيضا امرأة"): the
   victim is still the verb's object;
3. a preposition with the attack's pronoun between a passive outcome verb and its subject
   ("قتل فيه عامل"، "أصيب خلاله شرطي"): one;
4. a possessive "-ها" on a noun whose singular ends in ة ("امرأة وطفلها"): her child,
   definite, counted by nobody (not an accusative "طفلة");
5. animals, dead or killed, are no figure ("ونفوق 20 بقرة"، "و7 أبقار");
6. a headline's present verb, tight to its count, with a person noun in "-ين" and its
   "two" right after it ("غارة تقتل مزارعين اثنين"): two.

Strict xfails keep what is left: two passive verbs of two subjects ("قابلة قتلت واختطفت
زميلتان لها"), a counted partitive joined to a definite object ("خطفوا المدير واثنين من
الحراس") and an ordinal with its passive verb ("ثالث صحفي يقتل"). The displaced by their
adjective with no verb ("نحو 500 أسرة نازحة"), a strict xfail here, was mended by the
fifty-third round.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    # 1. callings counted singly
    ('نقابة الصحة في وادي الريم: مقتل قابلة برصاص مجهولين',
     [('مقتل قابلة', 'killed', 1, 'exact')]),
    ('وقالت الشركة إن القراصنة أطلقوا النار على السفينة فأصابوا بحارا.',
     [('فأصابوا بحارا', 'wounded', 1, 'exact')]),
    ('وأكد المدير أن بين الجرحى ممثلة من الفرقة.',
     [('بين الجرحى ممثلة', 'wounded', 1, 'exact')]),
    # 2. "also" before the victim
    ('وقال شهود إن القصف على قرية المرج قتل أيضا امرأة.',
     [('قتل أيضا امرأة', 'killed', 1, 'exact')]),
    ('وذكر الأهالي أن المسلحين أصابوا أيضا مراجعا في المستوصف.',
     [('أصابوا أيضا مراجعا', 'wounded', 1, 'exact')]),
    ('وأضاف أن الدورية اعتقلت كذلك طالبا من البلدة.',
     [('اعتقلت كذلك طالبا', 'arrested', 1, 'exact')]),
    # 3. the attack's pronoun between the verb and its subject
    ('احتجاجا على هجوم استهدف مخبزا في حي التوت، قتل فيه عامل.',
     [('قتل فيه عامل', 'killed', 1, 'exact')]),
    ('ووقع انفجار قرب سوق الغلال أصيب خلاله شرطي.',
     [('أصيب خلاله شرطي', 'wounded', 1, 'exact')]),
    # 4. "her child" is nobody counted
    ('وأسعفت الفرق 5 جرحى، بينهم امرأة وطفلها.',
     [('5 جرحى', 'wounded', 5, 'exact'), ('بينهم امرأة', 'wounded', 1, 'exact')]),
    # 5. animals are no figure
    ('مزرعة في سهل العين: مقتل سائق ونفوق 20 بقرة بقذيفة',
     [('مقتل سائق', 'killed', 1, 'exact')]),
    ('وقتل القصف 4 أشخاص و7 أبقار في الحقل.', [('وقتل القصف 4 أشخاص', 'killed', 4, 'exact')]),
    # 6. a tight present verb with a noun and its "two"
    ('غارة تقتل مزارعين اثنين قرب تل الصنوبر', [('تقتل مزارعين اثنين', 'killed', 2, 'exact')]),
    ('قصف يصيب معلمين اثنين في بلدة الكرمة', [('يصيب معلمين اثنين', 'wounded', 2, 'exact')]),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. look-alikes: "قابلة" as "capable of", a definite visitor
    ('وقالت الوزارة إن الخطة قابلة للتعديل.', []),
    ('وأصيب المراجع في الحادث.', []),
    # 2. look-alikes: "also" before a place, and before a definite object
    ('وقالت البلدية إن القصف طال أيضا مدرسة.', []),
    ('وقال إن الجيش اعتقل كذلك الطبيب.', []),
    # 3. look-alike: the pronoun before a definite subject
    ('هجوم على المخفر قتل فيه الحارس.', []),
    # 5. look-alike: people killed with the herd are counted
    ('مقتل 5 أشخاص في الهجوم على المرعى.', [('مقتل 5 أشخاص', 'killed', 5, 'exact')]),
    # 6. look-alike: a tight present verb before a definite plural
    ('غارة تقتل المزارعين في الحقول', []),
    # 4. look-alike: a suspect in the accusative is still one
    ('واعتقلت الشرطة مشتبها به في السرقة.',
     [('واعتقلت الشرطة مشتبها به', 'arrested', 1, 'exact')]),
])
def test_casualties_kept(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('وقالت الشبكة إن ممرضة قتلت واختطفت زميلتان لها قرب القرية.',
                 [('ممرضة قتلت', 'killed', 1, 'exact'),
                  ('واختطفت زميلتان لها', 'captured', 2, 'exact')],
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "two passive verbs of two subjects: the first is read as shared"))),
    # (mended by the ninetieth round: a count joined to one named by his post after the verb)
    pytest.param('وقال إن المسلحين خطفوا مدير المخزن واثنين من الحراس.',
                 [('خطفوا مدير المخزن واثنين من الحراس', 'captured', 2, 'exact')]),
    # (mended by the fifty-third round: the feminine of displaced after a counted family)
    pytest.param('وقال إن المخيم يؤوي نحو 500 أسرة نازحة.',
                 [('نحو 500 أسرة نازحة', 'displaced', 500, 'about')]),
    ('وهو ثالث صحفي يقتل في المدينة هذا العام.', [('ثالث صحفي يقتل', 'killed', 1, 'exact')]),
])
def test_casualties_left(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected
