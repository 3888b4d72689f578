"""Arabic round ar118: takings told verb first (the subject and a time or place phrase
between the verb and its object) and people freed told by a dual. Fictional sentences."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return [(f["outcome"], f["count_low"]) for f in find_casualties_ar(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # one person after the subject and a time, in construct or in the accusative
    ("خطف مسلحون مجهولون صباح اليوم الاثنين صاحب محل ذهب في السوق.", [("captured", 1)]),
    ("خطفوا في الليلة ذاتها تاجر مواش من القرية.", [("captured", 1)]),
    ("خطف مسلحون فجر السبت على طريق المطار صحفيا محليا.", [("captured", 1)]),
    ("اعتقلت الشرطة خلال المداهمة مطلوبا بتهمة السرقة.", [("arrested", 1)]),
    ("واعتقلت القوات خلال المداهمة فتى في السادسة عشرة.", [("arrested", 1)]),
    # a dual, alone or with "two"
    ("اعتقلت القوات بعد ساعات شابين من البلدة.", [("arrested", 2)]),
    ("خطفوا امس الاثنين سائقين اثنين على الطريق.", [("captured", 2)]),
    # a count after a long time phrase, a year or a clause of how long
    ("اعتقلت خلال الاقتحام الذي استمر ثماني ساعات 12 مواطنا.", [("arrested", 12)]),
    ("اعتقلت القوات في محافظة الوادي خلال عام 2020 نحو 450 فلسطينيا.", [("arrested", 450)]),
    ("وخطفوا بعد ساعات سبعة آخرين.", [("captured", 7)]),
    ("اقتاد عناصر الحاجز قبل يومين طالبا جامعيا إلى مكان مجهول.", [("captured", 1)]),
    # one more joined after the object
    ("وخطف المسلحون قرب السوق امرأتين وطفلا.", [("captured", 2), ("captured", 1)]),
    ("اختطفت العصابة على الطريق الصحراوي سائق حافلة وثلاثة ركاب.",
     [("captured", 1), ("captured", 3)]),
])
def test_a_taking_reaches_its_object_over_a_gap(text: str, expected: list) -> None:
    assert sorted(_read(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال إن الطرفين خطفا ما يصل إلى 20 شخصا من المارة.", [("captured", 20, "up_to")]),
    ("وكان الرجلان قد اختطفا طفلة من أمام منزلها.", [("captured", 1, "exact")]),
    ("تعرض الصحفيون للملاحقة قتلا وخطفا واعتقالا.", []),
])
def test_a_taking_told_by_a_dual_verb(text: str, expected: list) -> None:
    assert [(f["outcome"], f["count_low"], f["qualifier"])
            for f in find_casualties_ar(text)] == expected


def test_a_status_noun_gives_way_to_the_verb_of_taking() -> None:
    assert _read("وكانت الجماعة قد خطفت في آذار 2024 أكثر من 200 نازح.") == [("captured", 200)]


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش تحرير رهينتين كانتا محتجزتين في كهف.", [("captured", 2)]),
    ("وحررت القوة الخاصة امرأتين خطفتا الأسبوع الماضي.", [("captured", 2)]),
    ("تمكنت الشرطة من تحرير عاملين اثنين خطفا قرب الحدود.", [("captured", 2)]),
    ("وتمكنت القوة من تحرير طفلتين.", [("captured", 2)]),
    ("تمكنت الشرطة من تحرير عاملين أجنبيين خطفا قرب الحدود.", [("captured", 2)]),
    ("وأفرجت الشرطة عن 15 موقوفا بكفالة.", [("arrested", 15)]),
    ("أفرجت الجماعة المسلحة عن خمسة صيادين احتجزتهم قبل أسبوع.", [("captured", 5)]),
])
def test_people_freed(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part released keeps the capture's outcome (round ar123, the corrected gold)
    ("خطف مسلحون عشرة رعاة، ثم أطلقوا سراح أربعة منهم.", [("captured", 10), ("captured", 4)]),
    ("اختطف مسلحون 12 تاجرا، وأفرجوا لاحقا عن خمسة منهم.",
     [("captured", 12), ("captured", 5)]),
    # look-alikes
    ("أطلق الحوثيون صاروخا باليستيا نحو الساحل.", []),
    ("أعلن الجيش تحرير بلدتين في الريف الشرقي.", []),
    ("أعلنت القوات تحرير 3 قرى في ريف المحافظة.", []),
    ("قامت الشرطة بتحرير محضر بحق سائقين اثنين.", []),
    ("حررت الشرطة مهاجرين من مخزن للمهربين.", []),
    ("خطف اللاعب الأضواء في المباراة الأولى.", []),
    ("اقتادت الشرطة السيارة المسروقة إلى المخفر.", []),
    ("اعتقلت الشرطة مساء أمس سيارة محملة بالأسلحة.", []),
    ("خطف مسلحون يوم الاثنين شاحنة تحمل مساعدات غذائية.", []),
    ("اعتقلت القوات في منزل شاب من البلدة أسلحة.", []),
    ("خطف مسلحون، ثم أطلقوا النار على 3 منهم.", []),
])
def test_no_figure_of_taking_or_freeing(text: str, expected: list) -> None:
    assert _read(text) == expected
