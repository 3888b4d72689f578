"""Two Arabic misreadings (issue 11): "أصاب" with a state as its subject, and "على حد قول".

"أصاب" in the active wounds only when what hits is a weapon, a shell, a sniper, a blast or
an attacker; with paralysis, a crisis or panic as its subject it befalls, and nobody is
wounded. The passive "أصيب" wounds whatever hit. "على حد قول X" ("in the words of X")
after the words attributes them to X, as "بحسب X" does.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize("text", [
    "أصاب الشلل 3 مرافق صحية في المدينة بعد انقطاع الكهرباء.",
    "أصابت الأزمة آلاف الأسر في ريف المحافظة.",
    "أصاب الذعر مئات السكان بعد الانفجار.",
    "وأصاب الركود عشرات المتاجر في السوق القديم.",
    "وقالت مصادر محلية إن الشلل أصاب 3 مستشفيات.",
    "يصيب الجوع آلاف الأطفال في المخيمات.",
    "الأزمة أصابت آلاف الأسر في الريف.",
    "أصاب الوباء مئات السكان في المخيم.",
])
def test_a_state_that_befalls_wounds_nobody(text: str) -> None:
    assert ar_casualties(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("أصاب القصف 5 مدنيين في حي الشيخ مقصود.",
     [("أصاب القصف 5 مدنيين", "wounded", 5, "exact")]),
    ("أصابت قذيفة 4 أطفال قرب المدرسة.", [("أصابت قذيفة 4 أطفال", "wounded", 4, "exact")]),
    ("أصاب قناص 3 مدنيين في المدينة القديمة.",
     [("أصاب قناص 3 مدنيين", "wounded", 3, "exact")]),
    ("أصاب الانفجار 12 شخصا بجروح.", [("أصاب الانفجار 12 شخصا", "wounded", 12, "exact")]),
    ("أصاب مسلحون 3 جنود في هجوم على حاجز.",
     [("أصاب مسلحون 3 جنود", "wounded", 3, "exact")]),
    ("أصابت غارة جوية 8 مدنيين في السوق.",
     [("أصابت غارة جوية 8 مدنيين", "wounded", 8, "exact")]),
    ("وقال مصدر طبي إن القصف أصاب 6 مدنيين.", [("أصاب 6 مدنيين", "wounded", 6, "exact")]),
    ("أصيب 7 مدنيين بجروح في القصف.", [("أصيب 7 مدنيين", "wounded", 7, "exact")]),
    ("سقطت قذيفة على الحي وأصابت 30 آخرين.", [("وأصابت 30 آخرين", "wounded", 30, "exact")]),
    ("القذيفة أصابت 4 أطفال قرب المدرسة.", [("أصابت 4 أطفال", "wounded", 4, "exact")]),
    ("أصابت الشرطة 3 متظاهرين في المدينة.",
     [("أصابت الشرطة 3 متظاهرين", "wounded", 3, "exact")]),
    ("أصابت نيران القناصة 3 مدنيين.", [("أصابت نيران القناصة 3 مدنيين", "wounded", 3, "exact")]),
    ("أصاب جنود الاحتلال 3 شبان بالرصاص.",
     [("أصاب جنود الاحتلال 3 شبان", "wounded", 3, "exact")]),
    ("أصاب مستوطنون 3 فلسطينيين بجروح.",
     [("أصاب مستوطنون 3 فلسطينيين", "wounded", 3, "exact")]),
])
def test_a_weapon_or_an_attacker_still_wounds(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت القذائف على الحي وأصابت 6 مدنيين، على حد قول مدير المستشفى.",
     [("مدير المستشفى", "سقطت القذائف على الحي وأصابت 6 مدنيين")]),
    ('الوضع في المدينة "كارثي" على حد قول المتحدث باسم الهلال الأحمر.',
     [("المتحدث باسم الهلال الأحمر", 'الوضع في المدينة "كارثي"')]),
    ("القوات انسحبت من البلدة، على حد قول مصدر عسكري.",
     [("مصدر عسكري", "القوات انسحبت من البلدة")]),
    ("الهدنة صامدة حتى الآن على حد تعبير المبعوث الأممي.",
     [("المبعوث الأممي", "الهدنة صامدة حتى الآن")]),
    # opening the sentence, as "بحسب X، فإن ..." does
    ("على حد قول المتحدث، فإن الوضع كارثي.", [("المتحدث", "الوضع كارثي")]),
    ("وعلى حد تعبير مدير المستشفى، فإن 6 مدنيين أصيبوا.",
     [("مدير المستشفى", "6 مدنيين أصيبوا")]),
])
def test_in_the_words_of_attributes_the_words_before(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun: the words of the speaker already named close before it
    ("وقال مدير المستشفى إن 6 مدنيين أصيبوا، على حد قوله.",
     [("مدير المستشفى", "6 مدنيين أصيبوا")]),
    # "قول" outside the phrase is a plain noun
    ("رفض الشاهد قول الحقيقة أمام المحكمة.", []),
])
def test_words_of_look_alikes_keep_their_reading(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected
