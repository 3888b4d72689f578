"""Arabic probes, eighty-second round (issue 11): the fortieth set's dates and casualty
figures, families met on it and on another set.

1. A pledge or a promise with its act after "ب" ("وعدت المؤسسة بتركيب مضختين قبل شهر
   شباط") puts a bare month one or two after the publication's with the act, still to
   come, as the eighty-first round's purpose does. The promise's own time ("تعهدت في
   أيار بتوفير") and a promise told with "كان" stay back.
2. The future's "س" before paying out ("الرواتب ستصرف في كانون الثاني") is the future, as
   "ستوزع" is.
3. A prisoners' tally with where they are from between the noun and the jail ("عدد الأسرى
   من محافظة الخليل في سجون الاحتلال بلغ 600 أسير") is still a state's tally: arrested.
4. "طالبان" with "في" and a place of study after it ("بينهم طالبان في جامعة الخليل") is
   two students, as "وطالبان جامعيان" is: a movement is of no school.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties
from workbench.core.extract.ar.dates import find_dates_ar


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in find_dates_ar(text, published)]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # 1. members: a promise's and a pledge's act before the month, one or two ahead
    ("وقال السكان إن البلدية وعدت بتعبيد الطريق قبل شهر آذار.",
     "2019-01-20", [("آذار", "2019-03")]),
    ("وتعهدت الشركة بإصلاح المولدات خلال شباط.",
     "2020-12-28", [("شباط", "2021-02")]),
    ("فيما تعهدوا باستكمال أعمال الترميم في نيسان.",
     "2018-03-05", [("نيسان", "2018-04")]),
    # 2. members: the future of paying out
    ("وقالت الوزارة ان المنح ستصرف في الأسبوع الأول من كانون الثاني.",
     "2022-12-30", [("كانون الثاني", "2023-01")]),
    ("وأكد المدير أن الإدارة ستصرف المستحقات خلال شباط.",
     "2017-01-15", [("شباط", "2017-02")]),
])
def test_coming_month_of_a_promise_or_a_payment(text: str, published: str,
                                                 expected: list) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # look-alikes: the promise's own time before its act, a promise told with "كان",
    # a promise with no act after "ب", a payment told in the past
    ("وكانت الحكومة قد تعهدت في آذار بتوفير الوقود.",
     "2019-01-20", [("آذار", "2018-03")]),
    ("وكانت البلدية قد وعدت بتعبيد الطريق قبل آذار.",
     "2019-01-20", [("آذار", "2018-03")]),
    ("وتعهدت الشركة أمام الأهالي خلال شباط.",
     "2020-12-28", [("شباط", "2020-02")]),
    ("وقالت الوزارة ان المنح صرفت في كانون الثاني.",
     "2022-12-30", [("كانون الثاني", "2022-01")]),
])
def test_promise_and_payment_look_alikes(text: str, published: str, expected: list) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: the prisoners' origin between the tally's noun and the jail
    ("وقال النادي ان عدد الأسرى من محافظة الخليل في سجون الاحتلال بلغ 600 أسير.",
     [("600 أسير", "arrested", 600, "exact")]),
    ("وأوضحت الهيئة ان عدد الأسرى من نابلس في سجون الاحتلال بلغ 320 أسيرا، بينهم 9 أطفال.",
     [("320 أسيرا", "arrested", 320, "exact"),
      ("9 أطفال", "arrested", 9, "exact")]),
])
def test_prisoners_tally_with_their_origin(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # look-alikes: prisoners held by armed men, a tally of a place with no jail after it
    ("وقال المسلحون ان لديهم 12 أسيرا من الجنود.",
     [("12 أسيرا", "captured", 12, "exact")]),
    ("وقال الشهود ان عدد الأسرى من الجنود لدى المسلحين بلغ 5 أسرى.",
     [("5 أسرى", "captured", 5, "exact")]),
])
def test_prisoners_tally_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: "طالبان" with a place of study after "في" is two students
    ("اعتقلت القوات تسعة شبان من البلدة، بينهم طالبان في جامعة الخليل، بعد دهم منازلهم.",
     [("اعتقلت القوات تسعة شبان", "arrested", 9, "exact"),
      ("بينهم طالبان", "arrested", 2, "exact")]),
    ("وقتل سبعة مدنيين في القصف، بينهم طالبان في كلية الطب.",
     [("وقتل سبعة مدنيين", "killed", 7, "exact"), ("بينهم طالبان", "killed", 2, "exact")]),
])
def test_two_students_of_a_school(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # look-alikes: the movement in a province, the movement after "بينهم" with no school
    ("وقال المسؤول ان مقاتلي طالبان في ولاية هلمند قتلوا 5 جنود.",
     [("قتلوا 5 جنود", "killed", 5, "exact")]),
    ("وقتل سبعة مسلحين في الاشتباك، بينهم عناصر من طالبان في المنطقة.",
     [("وقتل سبعة مسلحين", "killed", 7, "exact")]),
])
def test_taliban_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
