"""A released part of a held group keeps the holding's outcome (round ar123), and what
"بينهم" leaves unread. Fictional sentences."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int, str]]:
    return sorted((str(f["outcome"]), int(f["count_low"]), str(f["text"]))
                  for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "part"), [
    ("اختطف المسلحون 12 عاملا من موقع البناء، ثم أفرجوا عن خمسة منهم بعد يومين.",
     ("captured", 5, "خمسة منهم")),
    ("اعتقلت الشرطة 20 متظاهرا، وأطلقت سراح ثلاثة منهم مساء اليوم.",
     ("arrested", 3, "ثلاثة منهم")),
    ("خطف مجهولون أربعة صيادين قرب الشاطئ، وأفرج عن أحدهم لاحقا.",
     ("captured", 1, "أحدهم")),
    ("خطف مسلحون تاجرين في السوق، وأفرج عن أحدهما بعد دفع فدية.",
     ("captured", 1, "أحدهما")),
    # the held whole in the sentence before
    ("أوقفت الشرطة تسعة شبان. وأفرجت النيابة عن ستة منهم بكفالة.",
     ("arrested", 6, "ستة منهم")),
    # past a sub-group of the held, and the part before its release
    ("خطف مسلحون ثلاثة سائقين، بينهم شاب، أحدهم أفرج عنه فجر اليوم.",
     ("captured", 1, "أحدهم")),
    # a part noun after the release
    ("خطف مسلحون خمسة رعاة، ثم أطلقوا سراح أحد الرعاة مساء.",
     ("captured", 1, "أحد الرعاة")),
])
def test_a_released_part_keeps_the_holdings_outcome(text: str, part: tuple) -> None:
    assert part in _read(text)


@pytest.mark.parametrize("text", [
    "أفرج عن البيان الختامي بعد الاجتماع.",
    # a release with no held whole told before
    "أفرجت السلطات عن خمسة منهم بعد التحقيق.",
    "وقالت الحركة إن السلطات تفرج عن اثنين منهم كل أسبوع.",
    "أفرج الجيش عن أحد المعتقلين صباح اليوم.",
    # the whole before was killed, not held
    "قتل سبعة أشخاص في القصف. وأفرجت السلطات عن ثلاثة منهم.",
])
def test_a_release_with_no_held_whole_stays_unread(text: str) -> None:
    assert [f for f in find_casualties_ar(text) if f["count_low"] != 7] == []


def test_no_count_of_them_is_no_part() -> None:
    got = _read("اعتقلت الشرطة 30 شابا، وأفرجت عن عدد منهم.")
    assert got == [("arrested", 30, "اعتقلت الشرطة 30 شابا")]


def test_one_person_after_among_them_is_one_of_the_toll() -> None:
    assert ("killed", 1, "بينهم ممرضة") in _read("قتل ثمانية أشخاص بينهم ممرضة.")


@pytest.mark.parametrize(("text", "part"), [
    # an indefinite member after definite or possessed ones is one of the toll (the first
    # is new; the two after it were read before and guard the reading)
    ("قتل عشرة أشخاص في القصف. وقال شهود إن بين القتلى العريس وشقيقه وطفلا.",
     ("killed", 1, "بين القتلى العريس وشقيقه وطفلا")),
    ("قتل 5 أشخاص بينهم شقيقه وامرأة.", ("killed", 1, "بينهم شقيقه وامرأة")),
    ("أصيب 9 أشخاص بينهم المختار ومسعفان.", ("wounded", 2, "بينهم المختار ومسعفان")),
])
def test_an_indefinite_member_after_definite_ones(text: str, part: tuple) -> None:
    assert part in _read(text)


@pytest.mark.parametrize("text", [
    # definite and possessed members alone count nobody
    "قتل ستة أشخاص بينهم العريس ووالده.",
    "قتل 8 أشخاص. وقالت الشرطة إن بين القتلى شقيقه وابن عمه.",
    "قتل عشرة أشخاص بينهم الذين وصلوا وطفل.",
    "دمر القصف 12 منزلا بينها مدرسة.",
    "قتل ستة أشخاص بينهم محمد علي.",
])
def test_things_and_named_people_after_among_stay_unread(text: str) -> None:
    assert all(f["count_low"] != 1 for f in find_casualties_ar(text))
