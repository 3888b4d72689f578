"""Arabic probes, eighty-first round (issue 11): the thirty-ninth set's casualty figures and
dates, families met on it and on another set.

1. A bare month one or two after the publication's month, the time of a purpose ("وقعوا
   عقودا لنقل بضائعهم خلال شهري آذار ونيسان" in mid-February), is the coming one: the
   purpose lies after its recent act. Without a purpose a past verb keeps it back, and so
   do "منذ", "من العام" after it and a past told with "كان".
2. A singular subject told by the body it is from ("مقاتلا من البيشمركة قتل") has its own
   verb, so "وجرح خمسة آخرون" after it is a figure of its own, as after "شابا استشهد".
3. A part of the year or "during" before a year's digits ("منذ مطلع 2018"، "خلال 2025")
   is a time phrase between verb and count, as "منذ عام 2015" is.
4. The doers' affiliation ("قوات الأسايش التابعة للإدارة الذاتية") between a verb and its
   count describes them, as what they are suspected to belong to does.
5. A dual's apposition opened by "هما" ("مدنيين اثنين، هما بائع شاي وابنه، قتلا") stands
   between the two and their verb, as "الطفلين، وهما شقيقان ...، قتلا" does.
6. The bodies' dual before a pair joined by "و" ("جثتي رجل وابنه") counts the two, as
   "جثتي شابين" does.

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
    # 1. members: two months after a past verb in February, one month in late November
    ("وأوضح المدير أن 150 مزارعا وقعوا عقودا مع الشركة لتسويق محاصيلهم خلال شهري آذار ونيسان.",
     "2019-02-11", [("آذار", "2019-03"), ("نيسان", "2019-04")]),
    ("وقال رئيس البلدية إن المجلس رصد مبلغا لصيانة شبكة المياه في كانون الأول.",
     "2021-11-20", [("كانون الأول", "2021-12")]),
    ("وأشار إلى أن التجار اقترضوا من المصرف لتمويل مشترياتهم خلال يناير.",
     "2022-12-18", [("يناير", "2023-01")]),
    # ... look-alikes: a past with no purpose, "since", "of the same year", a past with
    # "كان", a month three ahead
    ("وقالت إن الحملة تواصلت في آذار.", "2021-02-09", [("آذار", "2020-03")]),
    ("وحث الوسيط الطرفين على استئناف المحادثات المتوقفة منذ كانون الثاني.",
     "2020-12-02", [("كانون الثاني", "2020-01")]),
    ("رغم اتفاق الهدنة الموقع في آذار من العام نفسه.",
     "2021-02-09", [("آذار", "2020-03")]),
    ("وكان المجلس قد أقر الخطة في آذار.",
     "2021-02-09", [("آذار", "2020-03")]),
    ("وقال إن الجسر افتتح في أيار بعد ترميمه.",
     "2021-02-09", [("أيار", "2020-05")]),
])
def test_coming_month(text: str, published: str, expected: list) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: the singular subject with its body after "من", then "و" + others
    ("وقال الناطق ان مقاتلا من الحرس قتل وجرح أربعة آخرون في الهجوم.",
     [("مقاتلا من الحرس قتل", "killed", 1, "exact"),
      ("وجرح أربعة آخرون", "wounded", 4, "exact")]),
    ("وأفاد المصدر ان شرطيا من الدورية قتل وأصيب ثلاثة آخرون عند الحاجز.",
     [("شرطيا من الدورية قتل", "killed", 1, "exact"),
      ("وأصيب ثلاثة آخرون", "wounded", 3, "exact")]),
    # ... look-alikes: one number shared by two verbs (no "others"), and the plain
    # singular subject, read before
    ("وقال ان رجلا من القرية قتل وجرح ثلاثة من جيرانه.",
     [("رجلا من القرية قتل", "killed", 1, "exact")]),
    ("وقال ان شابا قتل وأصيب ثلاثة آخرون.",
     [("شابا قتل", "killed", 1, "exact"), ("وأصيب ثلاثة آخرون", "wounded", 3, "exact")]),
])
def test_described_singular_subject_before_others(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: a part of the year, and "during", before the year's digits (a vague count too)
    ("وأكد المسؤول ان العبوات قتلت منذ مطلع 2019 أكثر من 130 مدنيا في المنطقة.",
     [("قتلت منذ مطلع 2019 أكثر من 130 مدنيا", "killed", 130, "more_than")]),
    ("وقال إن القوات اعتقلت منذ بداية 2021 نحو 70 شابا.",
     [("اعتقلت منذ بداية 2021 نحو 70 شابا", "arrested", 70, "about")]),
    ("وذكر التقرير أن المسلحين خطفوا خلال 2020 ما لا يقل عن 40 شخصا.",
     [("خطفوا خلال 2020 ما لا يقل عن 40 شخصا", "captured", 40, "at_least")]),
    ("وقال إن الهجمات قتلت منذ مطلع 2019 عشرات المدنيين.",
     [("قتلت منذ مطلع 2019 عشرات المدنيين", "killed", 24, "vague")]),
    # ... look-alikes: things counted after the same phrase, and the phrase with no count
    ("وقال إن الوزارة وزعت منذ مطلع 2019 أكثر من 300 خيمة.", []),
    ("وقال إن الهجمات على القرى تراجعت منذ مطلع 2019.", []),
])
def test_year_phrase_between_verb_and_count(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: a force named in construct, then its affiliation, then the count
    ("واعتقلت قوات الشرطة التابعة للحكومة المحلية 14 شابا على الأقل في البلدة.",
     [("واعتقلت قوات الشرطة التابعة للحكومة المحلية 14 شابا على الأقل", "arrested", 14,
       "at_least")]),
    ("وخطف عناصر الفصيل التابع للمجلس العسكري ثلاثة رعاة قرب الوادي.",
     [("وخطف عناصر الفصيل التابع للمجلس العسكري ثلاثة رعاة", "captured", 3, "exact")]),
    # ... look-alikes: things counted, and a verb of no outcome
    ("وزارت قوات الشرطة التابعة للحكومة المحلية 14 قرية.", []),
    ("وأعلنت قوات الشرطة التابعة للحكومة المحلية أن 3 أشخاص قتلوا.",
     [("3 أشخاص قتلوا", "killed", 3, "exact")]),
])
def test_affiliated_doers_before_count(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. members: an indefinite dual counted by "اثنين" and a dual noun, "هما" after it
    ("وقالت مصادر محلية بأن مدنيين اثنين، هما مزارع وابنه، قتلا بقذيفة قرب الحقل.",
     [("مدنيين اثنين، هما مزارع وابنه، قتلا", "killed", 2, "exact")]),
    ("وأفاد المستشفى بأن شخصين اثنين، هما سائق ومساعده، أصيبا بجروح.",
     [("شخصين اثنين، هما سائق ومساعده، أصيبا", "wounded", 2, "exact")]),
    # ... look-alikes: the aside with no outcome verb after it, and one with no comma
    # closing it
    ("وقالت الشرطة إن شابين اثنين، هما طالبان في الجامعة، وصلا الى المدينة.", []),
    ("وقالت المصادر إن مدنيين اثنين هما مزارع وابنه.", []),
])
def test_dual_apposition_before_verb(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 6. members: a pair with a kin noun, and two people, after the bodies' dual
    ("وانتشلت فرق الإنقاذ جثتي امرأة وطفلها من تحت الركام.",
     [("جثتي امرأة وطفلها", "killed", 2, "exact")]),
    ("وعثر الأهالي على جثماني رجل وامرأة قرب النهر.",
     [("جثماني رجل وامرأة", "killed", 2, "exact")]),
    # ... look-alikes: one body (the man's) and a definite pair, named before
    ("وانتشلت الفرق جثة رجل وابنه جريح.", [("جثة رجل", "killed", 1, "exact")]),
    ("وانتشلت الفرق جثتي الرجل وابنه.", []),
])
def test_bodies_of_a_pair(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
