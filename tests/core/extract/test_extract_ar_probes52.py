"""Arabic probes, fifty-second round (issue 11): the families of the twenty-fourth blind
Arabic set's misses (``bench/blind/ar-24.jsonl``), each written as a rule of news Arabic
with members and look-alikes that must not fire.

Casualties:

1. half of the scale a number ends on, joined after it: "ستة ملايين ونصف المليون"،
   "مليون ونصف" are six and a half million and one and a half million; the scale may be
   repeated after "ونصف", definite or not, and the half is of that scale only.

1b. one of them as the subject of a past outcome verb with no object to take ("سبعة
   جرحى، توفي أحدهم لاحقا"، "واستشهد أحدهما"، "أصيبت إحداهن"): one, that outcome, as
   "مقتل أحدهم" already was; "قتل أحدهم" (active or passive) and other verbs ("غادر
   أحدهم المستشفى") are no figure.

Dates:

2. the future's "س" before the verb of closing ("سيغلق"، "ستغلق"): a bare month in its
   sentence is the coming one, as after "سيفتتح"; the past "أغلق" keeps the month gone by.

Strict xfails keep what is left of the set's class-1 misses: the one of two named in a
sentence of its own after a pair of outcomes ("أحدهما جندي"), read as a sub-group.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, engines_read

_PUBLISHED = "2017-06-22"


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the half of the scale, after a multiplier
    ('وقالت الوكالة إن عدد النازحين تجاوز أربعة ملايين ونصف المليون شخص.',
     [('عدد النازحين تجاوز أربعة ملايين ونصف المليون شخص', 'displaced', 4_500_000,
       'more_than')]),
    ('ونزح ثلاثة ملايين ونصف مليون شخص من الإقليم منذ بدء المعارك.',
     [('ونزح ثلاثة ملايين ونصف مليون شخص', 'displaced', 3_500_000, 'exact')]),
    # ... after a round word that is its own scale
    ('وقالت الوكالة إن عدد اللاجئين بلغ مليونين ونصف المليون.',
     [('عدد اللاجئين بلغ مليونين ونصف المليون', 'displaced', 2_500_000, 'exact')]),
    ('ونزح مليون ونصف شخص من الوادي خلال الشتاء.',
     [('ونزح مليون ونصف شخص', 'displaced', 1_500_000, 'exact')]),
    # ... and after digits
    ('ونزح 3 ملايين ونصف المليون شخص من الساحل.',
     [('ونزح 3 ملايين ونصف المليون شخص', 'displaced', 3_500_000, 'exact')]),
    # look-alikes: a remainder in digits, as before; a half of something else
    ('ونزح ثلاثة ملايين و500 ألف شخص من الإقليم.',
     [('ونزح ثلاثة ملايين و500 ألف شخص', 'displaced', 3_500_000, 'exact')]),
    ('وقالت الوكالة إن عدد النازحين بلغ مليونين وأكثر من نصف المليون طفل.',
     [('عدد النازحين بلغ مليونين وأكثر من نصف المليون طفل', 'displaced', 2_000_000,
       'exact')]),
    ('واعتقلت الشرطة ثلاثة أشخاص بعد ساعة ونصف من الاشتباك.',
     [('واعتقلت الشرطة ثلاثة أشخاص', 'arrested', 3, 'exact')]),
    # 1b. one of them, subject of an outcome verb
    ('وأصيب سبعة جنود في الكمين، توفي أحدهم لاحقا متأثرا بجراحه.',
     [('وأصيب سبعة جنود', 'wounded', 7, 'exact'), ('توفي أحدهم', 'killed', 1, 'exact')]),
    ('وأصيب ثلاثة صيادين، واستشهد أحدهم فجر اليوم.',
     [('وأصيب ثلاثة صيادين', 'wounded', 3, 'exact'),
      ('واستشهد أحدهم', 'killed', 1, 'exact')]),
    ('واعتقلت الشرطة ثلاث ناشطات، وأصيبت إحداهن برضوض.',
     [('واعتقلت الشرطة ثلاث ناشطات', 'arrested', 3, 'exact'),
      ('وأصيبت إحداهن', 'wounded', 1, 'exact')]),
    # look-alikes: a verb that takes an object, a verb of no outcome
    ('واعتقلت الشرطة خمسة أشخاص، قتل أحدهم حارسا أثناء المداهمة.',
     [('واعتقلت الشرطة خمسة أشخاص', 'arrested', 5, 'exact')]),
    ('وأصيب سبعة جنود، وغادر أحدهم المستشفى مساء.',
     [('وأصيب سبعة جنود', 'wounded', 7, 'exact')]),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. closing ahead
    ('وقال المسؤول إن المخيم سيغلق بحلول أيلول إذا استمرت العودة.',
     [('أيلول', '2017-09')]),
    ('وقالت الوزارة إن المعابر ستغلق في تشرين الأول لأعمال الصيانة.',
     [('تشرين الأول', '2017-10')]),
    # look-alike: closed in the past
    ('وقال المسؤول إن المخيم أغلق في أيلول بعد عودة سكانه.',
     [('أيلول', '2016-09')]),
])
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert engines_read(text, _PUBLISHED)["dates"] == expected


@pytest.mark.xfail(strict=True, reason="the one of two told of in a clause of its own "
                   "after the figure (\"أحدهما جندي\") is not read as a sub-group")
def test_one_of_two_described() -> None:
    text = 'وقتل شخصان في القصف، أحدهما جندي في الجيش.'
    assert ('أحدهما جندي في الجيش', 'killed', 1, 'exact') in ar_casualties(text)
