"""Arabic round 190: one person after "بينهم" behind a toll of dead and wounded is of the
nearer half (the wounded), as a number the two halves could share is not; and the rest of
the wounded, counted again by a definite numeral with "the rest"/"the others", told by
their state. The probe sentences are our own, written in the style of news, with invented
people and places."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, str, int]]:
    """(words, outcome, count) of each casualty figure ``extract()`` reads."""
    return [(c["text"], c["outcome"], c["count_low"])
            for c in extract(text, None, language="ar")["casualties"]]


ONE_AFTER_PAIR = [
    # one person named after "بينهم" behind a verb pair of the dead and the wounded
    ("قتل مسلحان وأصيب ثلاثة أشخاص، بينهم محام، عندما أطلق رجل النار في قاعة المحكمة.",
     ("بينهم محام", "wounded", 1)),
    ("قتل موقوفان وأصيب خمسة أشخاص، بينهم شرطي، عندما انفجرت قنبلة قرب المخفر.",
     ("بينهم شرطي", "wounded", 1)),
    ("قتل جنديان وأصيب سبعة آخرون، بينهم ضابط برتبة رائد، في هجوم على حاجز.",
     ("بينهم ضابط", "wounded", 1)),
    ("لقي ثلاثة عمال حتفهم وأصيب ستة آخرون، بينهم مهندس، في انفجار بمصنع الإسمنت.",
     ("بينهم مهندس", "wounded", 1)),
    # ... behind a pair of toll nouns, with another item after it that has its own verb
    ("ارتفعت حصيلة المواجهات إلى 9 قتلى و30 جريحا، بينهم ممرض في مستشفى النور وطالبتان "
     "أصيبتا في مدرستهما.", ("بينهم ممرض", "wounded", 1)),
]


@pytest.mark.parametrize(("text", "figure"), ONE_AFTER_PAIR)
def test_one_person_after_a_pair_is_of_the_wounded(
        text: str, figure: tuple[str, str, int]) -> None:
    assert figure in _figures(text)


def test_the_pair_and_a_later_item_keep_their_figures() -> None:
    got = _figures("ارتفعت حصيلة المواجهات إلى 9 قتلى و30 جريحا، بينهم ممرض في مستشفى "
                   "النور وطالبتان أصيبتا في مدرستهما.")
    assert ("9 قتلى", "killed", 9) in got and ("30 جريحا", "wounded", 30) in got
    assert [f for f in got if f[2] == 2] == [
        ("بينهم ممرض في مستشفى النور وطالبتان", "wounded", 2)]


def test_one_person_after_one_outcome_stays_of_it() -> None:
    got = _figures("قتل خمسة أشخاص، بينهم مسعف، وأصيب 16 آخرون في اشتباكات بالبلدة.")
    assert ("بينهم مسعف", "killed", 1) in got


PAIR_NEAR_MISSES = [
    # a number after the pair: one the dead and the wounded may share, no figure
    "قتل ثلاثة أشخاص وأصيب 14 آخرون بجروح، بينهم طفلان، جراء سقوط قذائف على الحي.",
    "ارتفعت الحصيلة إلى 9 قتلى و30 جريحا، بينهم 4 أطفال، وفق مصدر طبي.",
    # bare plurals name no count
    "أسفر القصف عن 12 قتيلا و40 جريحا، بينهم نساء وأطفال، في حي الزهور.",
    # a definite person is no count
    "قتل شخصان وأصيب تسعة آخرون، بينهم الطبيب المناوب، في قصف على المستوصف.",
]


@pytest.mark.parametrize("text", PAIR_NEAR_MISSES)
def test_no_figure_after_the_pair(text: str) -> None:
    at = text.index("بينهم")
    assert not [f for f in _figures(text) if f[0].startswith("بينهم") or (
        text.find(f[0]) >= at)]


REST_BY_STATE = [
    ("أصيب 16 شخصا في الانفجار. وقال المتحدث إن 11 من المصابين غادروا المستشفى، وإن حالة "
     "الخمسة الباقين مستقرة.", ("الخمسة الباقين", "wounded", 5)),
    ("وقال مدير المستشفى إن أحد المصابين الثلاثة فقد ساقه، وإن حالة الاثنين الآخرين مستقرة.",
     ("الاثنين الآخرين", "wounded", 2)),
    ('أصيبت ست نساء بشظايا القذيفة، وخرجت اثنتان منهن من المستشفى، فيما حالة الأربع '
     'الأخريات "خطيرة".', ("الأربع الأخريات", "wounded", 4)),
    ("أصيب ثمانية أشخاص في قصف على قرية السنديان، غادر ثلاثة منهم المستشفى وحالة الخمسة "
     "الباقين حرجة.", ("الخمسة الباقين", "wounded", 5)),
    ("أصيب عشرة عمال في انهيار سقف المعمل، وقال الطبيب إن سبعة منهم غادروا بعد تلقي العلاج "
     "وإن الثلاثة الباقين في حالة متوسطة.", ("الثلاثة الباقين", "wounded", 3)),
]


@pytest.mark.parametrize(("text", "figure"), REST_BY_STATE)
def test_the_rest_of_the_wounded_by_their_state(
        text: str, figure: tuple[str, str, int]) -> None:
    assert figure in _figures(text)


REST_NEAR_MISSES = [
    # no wounded counted before
    ("وقال الطبيب إن حالة الخمسة الباقين مستقرة.", 5),
    # the dead before, not the wounded
    ("قتل ثمانية أشخاص في القصف، ونقلت جثث ثلاثة منهم إلى البلدة، وحالة الخمسة الباقين "
     "غير معروفة.", 5),
    # the rest counts more than the wounded before
    ("أصيب ثلاثة أشخاص في الحادث، وحالة الخمسة الباقين مستقرة.", 5),
    # the rest of the held, whose fate is told (no state)
    ("خطف مسلحون تسعة رعاة، ثم أطلقوا سراح اثنين منهم، فيما لا يزال مصير السبعة الآخرين "
     "مجهولا.", 7),
    # things, not people
    ("تضررت ثمانية منازل في القصف، وحالة الخمسة الباقية جيدة.", 5),
]


@pytest.mark.parametrize(("text", "count"), REST_NEAR_MISSES)
def test_the_rest_stays_unread(text: str, count: int) -> None:
    assert not [f for f in _figures(text) if f[2] == count]
