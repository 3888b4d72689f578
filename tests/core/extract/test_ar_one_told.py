"""One person of a toll told by a pronoun, by "أحد" with a definite plural, by an ordinal
or by a bare singular joined after the toll (round ar117)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> set[tuple[str, int, str]]:
    return {(f["outcome"], f["count_low"], f["text"]) for f in find_casualties_ar(text)}


@pytest.mark.parametrize(("text", "figure"), [
    ("أصيب أربعة أشخاص بجروح في الانفجار، أحدهم طفل.", ("wounded", 1, "أحدهم")),
    ("قتل جنديان وجرح ثلاثة آخرون، أحدهم ضابط برتبة نقيب.", ("wounded", 1, "أحدهم")),
    ("وأصيب شخصان بالرصاص، أحدهما في حالة خطرة.", ("wounded", 1, "أحدهما")),
    ("وقال الطبيب إن الجرحى نقلوا إلى المستشفى، وأحدهم في حالة حرجة.",
     ("wounded", 1, "وأحدهم")),
    ("واستقبل المستشفى خمسة قتلى، أحدهم امرأة.", ("killed", 1, "أحدهم")),
    ("وأصيب ثلاثة مدنيين بشظايا، إحداهن طفلة في الخامسة.", ("wounded", 1, "إحداهن")),
    ("وأفاد مصدر طبي بأن المصابين الثلاثة يتلقون العلاج، وأن أحدهم فقد بصره.",
     ("wounded", 1, "أحدهم")),
    ("سقط قتيلان وجرح ثلاثة في الاشتباك، وأحدهما جريح.", ("wounded", 1, "وأحدهما")),
])
def test_one_of_them_after_a_toll(text: str, figure: tuple[str, int, str]) -> None:
    # (an earlier reader may hold the predicate too: the span starts at the pronoun)
    assert any(f[:2] == figure[:2] and f[2].startswith(figure[2]) for f in _read(text))


@pytest.mark.parametrize("text", [
    "استشهد شابان برصاص الاحتلال، أحدهما يبلغ من العمر 17 عاما.",  # his age
    "وصل المصابون إلى المستشفى، وأن أحدهم خضع لعملية جراحية.",  # his treatment
    "واعتقلت القوات خمسة شبان، وأحدهم مسؤول عن التفجير.",  # the held: left unread
    "وصل رجلان إلى المطار، أحدهما يحمل الجنسية الفرنسية.",
    "واجتمع الوزراء الخمسة، وأحدهم رئيس الحكومة.",
])
def test_one_of_them_left_alone(text: str) -> None:
    assert not any(n == 1 for _, n, _ in _read(text))


@pytest.mark.parametrize(("text", "figure"), [
    ("وأكدت المصادر أن أحد الجنود الجرحى في حالة حرجة.", ("wounded", 1)),
    ("وأوضح المسؤول أن أحد المزارعين في حالة حرجة.", ("wounded", 1)),
    ("وأضاف أن أحد السائقين وجد مصابا في الصحراء.", ("wounded", 1)),
    ("وقال إن أحد الأسرى يظهر مصابا في ساقه.", ("wounded", 1)),
    ("ونقل عن مصادر أن أحد العسكريين الجريحين في حالة حرجة.", ("wounded", 1)),
    ("وعثرت الشرطة على جثة أحد المخطوفين قرب النهر.", ("killed", 1)),
])
def test_one_of_a_definite_plural(text: str, figure: tuple[str, int]) -> None:
    assert {(o, n) for o, n, _ in _read(text)} == {figure}


@pytest.mark.parametrize("text", [
    "وقال أحد المسؤولين إن الوضع هادئ.",
    "وأكد أحد الأطباء أن المستشفى مكتظ.",
    "ونقلت الوكالة عن أحد المصادر أن المفاوضات مستمرة.",
    "ونقلت القناة عن أحد المحررين قوله إن الخاطفين عاملوهم بقسوة.",
    "وقالت إحدى الموظفات إن الرواتب تأخرت.",
])
def test_one_of_a_plural_left_alone(text: str) -> None:
    assert _read(text) == set()


@pytest.mark.parametrize(("text", "figure"), [
    ("قتل ثلاثة أشخاص، وفارق رابع الحياة في المستشفى.", ("killed", 1)),
    ("قتل ثلاثة من المهاجمين، ورابعا فارق الحياة لاحقا.", ("killed", 1)),
    ("وقتلت القوات ثلاثة من المسلحين وأسرت رابعا جريحا.", ("captured", 1)),
    ("وهو ثالث صحافي يقتل في المدينة هذا العام.", ("killed", 1)),
    ("قتل ثلاثة أشخاص وجريح آخر في الغارة.", ("wounded", 1)),
    ("أسفر الهجوم عن قتيلين إضافة إلى جريح آخر.", ("wounded", 1)),
    ("وأسفر القصف عن ثلاثة قتلى ومفقود.", ("missing", 1)),
])
def test_one_more_of_a_toll(text: str, figure: tuple[str, int]) -> None:
    assert figure in {(o, n) for o, n, _ in _read(text)}


@pytest.mark.parametrize("text", [
    "ووقع الهجوم في رابع أيام العيد.",
    "وفاز الفريق للمرة الثالثة.",
    "ومن جانب آخر، افتتح الوزير مدرسة.",
    "وقال مسؤول آخر إن الطريق مغلق.",
])
def test_one_more_left_alone(text: str) -> None:
    assert _read(text) == set()


@pytest.mark.parametrize(("text", "figure"), [
    ("اعتقلت القوة عشرة أشخاص، ستة منهم مصابون.", ("wounded", 6)),
    ("وأوقفت الدورية سبعة مهربين، ثلاثة منهم جرحى.", ("wounded", 3)),
    ("وقالت العائلة إن الطفلين (7 و9 أعوام) فارقا الحياة.", ("killed", 2)),
    ("وتسلمت العائلة جثماني مقاتلين اثنين.", ("killed", 2)),
])
def test_part_hurt_and_two_dead(text: str, figure: tuple[str, int]) -> None:
    assert figure in {(o, n) for o, n, _ in _read(text)}


def test_released_part_keeps_the_capture() -> None:
    # "أفرج عن N منهم" after a kidnapping is a part of the captured (round ar123: the
    # corrected gold gives it the holding's outcome)
    text = "خطف مسلحون 14 عاملا على الطريق، وأفرج عن 9 منهم لاحقا."
    assert {(o, n) for o, n, _ in _read(text)} == {("captured", 14), ("captured", 9)}


def test_a_single_at_the_texts_start_is_not_joined_to_the_last_toll() -> None:
    # the word before the text's first one was looked up at index -1: the text's last word,
    # so a toll that closes the text made its opening "وجريح آخر" one more wounded
    assert {(o, n) for o, n, _ in _read("وجريح آخر في المستشفى. قتل ثلاثة أشخاص")} == {
        ("killed", 3)}
