"""Arabic casualty figures told by a nominal sentence: the count or the person noun
first, then the verb of what befell them (or their state), and the look-alikes whose
verb is no outcome of theirs.

Each case is written in the words news uses around a figure, none taken from a set.
"""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _figures(text: str) -> set[tuple[str, int]]:
    return {(f["outcome"], f["count_low"]) for f in find_casualties_ar(text)}


@pytest.mark.parametrize(("text", "outcome", "count"), [
    # one person, or two, opening the clause before an agreeing passive verb
    ("وممرض يعمل في المستشفى الميداني أصيب بشظية في صدره.", "wounded", 1),
    ("وشاب من أبناء الحي فارق الحياة بعد ساعات من نقله.", "killed", 1),
    ("راع في الخمسين قتل برصاص قناص قرب الحدود.", "killed", 1),
    ("وفتاة قاصر خطفت من أمام مدرستها صباح الأحد.", "captured", 1),
    ("وسائق شاحنة المساعدات اعتقل عند الحاجز.", "arrested", 1),
    ("صيادان من البلدة فقدا في البحر بعد الغارة.", "missing", 2),
    ("وطفلان من عائلة واحدة أصيبا بجروح بالغة.", "wounded", 2),
    ("وأضاف أن مسعف متطوع أصيب أثناء عمله.", "wounded", 1),
    ("وعاملة نظافة فارقت الحياة في المستشفى.", "killed", 1),
])
def test_a_person_noun_first_then_its_outcome_verb(text: str, outcome: str, count: int) -> None:
    assert (outcome, count) in _figures(text)


@pytest.mark.parametrize(("text", "count"), [
    ("قرابة 8 آلاف شخص غادروا منازلهم خلال الأيام الثلاثة الماضية.", 8000),
    ("وأكثر من 150 عائلة رحلت عن البلدة بعد القصف.", 150),
    ("مئات المدنيين هربوا من الحي الشرقي ليلا.", 200),
    ("قرابة 600 شخص رحلوا عن المخيم بعد الاشتباكات.", 600),
    ("وقال إن 70 عائلة من أصل 300 غادرتها منذ بداية المعارك.", 70),
    ("وقال المسؤول إن 35 أسرة منها غادرته خلال الليل.", 35),
    ("نحو 400 ألف شخص عبروا الحدود خلال شهر.", 400000),
    ("قرابة 900 أسرة هربت نحو المناطق الآمنة.", 900),
])
def test_a_count_first_then_its_flight(text: str, count: int) -> None:
    assert ("displaced", count) in _figures(text)


def test_a_total_is_not_the_count_that_left() -> None:
    assert ("displaced", 300) not in _figures(
        "وقال إن 70 عائلة من أصل 300 غادرتها منذ بداية المعارك.")


@pytest.mark.parametrize(("text", "outcome"), [
    ("وقال المصدر إن أحدهم قتل بعد وصوله بساعات.", "killed"),
    ("وأصيب خمسة جنود، أحدهم مصاب بجروح خطيرة.", "wounded"),
    ("وذكر أن أحدهم اختطف من منزله.", "captured"),
])
def test_one_of_them_then_a_passive_or_a_state(text: str, outcome: str) -> None:
    assert (outcome, 1) in _figures(text)


@pytest.mark.parametrize(("text", "count"), [
    ("أردى القصف أربعة منهم قتلى.", 4),
    ("وسقط عشرة من المقاتلين، ستة منهم قتلى.", 6),
])
def test_the_dead_as_the_state_of_part_of_them(text: str, count: int) -> None:
    assert ("killed", count) in _figures(text)


@pytest.mark.parametrize(("text", "count"), [
    ("وقال إن ثلاثة مصابين توفوا في المستشفى.", 3),
    ("جريحان فارقا الحياة صباح اليوم.", 2),
    ("وأضاف أن أربعة جرحى لفظوا أنفاسهم الأخيرة.", 4),
])
def test_the_wounded_who_died_are_dead(text: str, count: int) -> None:
    figures = _figures(text)
    assert ("killed", count) in figures
    assert ("wounded", count) not in figures


def test_a_singular_verb_after_the_wounded_has_its_own_subject() -> None:
    figures = _figures("وقال إن المستشفى استقبل 23 مصابا توفي اثنان منهم لاحقا.")
    assert ("wounded", 23) in figures
    assert ("killed", 23) not in figures


@pytest.mark.parametrize(("text", "first", "second"), [
    ("ثلاثة جنود قتلوا وأربعة آخرون أصيبوا في الكمين.", ("killed", 3), ("wounded", 4)),
    ("وقال إن طفلا قتل وستة آخرون أصيبوا بجروح.", ("killed", 1), ("wounded", 6)),
    ("قتلت امرأة وعشرة أشخاص أصيبوا في القصف.", ("killed", 1), ("wounded", 10)),
])
def test_a_joined_count_with_its_own_verb(text: str, first: tuple[str, int],
                                          second: tuple[str, int]) -> None:
    figures = _figures(text)
    assert first in figures and second in figures
    assert (first[0], second[1]) not in figures


@pytest.mark.parametrize("text", [
    "خمسة وزراء وصلوا إلى العاصمة للمشاركة في القمة.",
    "غادر الوفد الحكومي المدينة مساء أمس.",
    "وقال إن المشاركين غادروا القاعة قبل انتهاء الجلسة.",
    "ثلاثة مسؤولين غادروا الاجتماع مبكرا.",
    "وقال إن 20 لاعبا غادروا الفندق متوجهين إلى الملعب.",
    "2023 شهد ارتفاعا في عدد الهجمات.",
    "رجل أصيبت زوجته في القصف.",
    "أحدهم قال إنه لم ير شيئا.",
    "وامرأة قتلت زوجها بسكين.",
    "آلاف المتظاهرين عبروا عن غضبهم.",
    "خمسة جنود عبروا الحدود.",
    "10 سفن غادرت الميناء صباح اليوم.",
    "نعى الاتحاد لاعبين اثنين.",
    "وحارس المدرسة أصيب بجروح طفيفة.",
    "وقال إن ابن شقيقه قتل في الغارة نفسها.",
    "وقالت الجمعية إن معتقلة من المدينة أصيبت بجروح.",
])
def test_look_alikes_stay_unread(text: str) -> None:
    assert not _figures(text)
