"""Arabic deaths told by mourning, killings told by neutralising, takings of one group's
members by another, and losses and illnesses that count nobody hurt (round ar121)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    # the mourned after the mourner's name and a phrase of where it was said
    ("ونعت الكتيبة مقاتلا من أبناء القرية.", [("killed", 1)]),
    ("وفي وقت لاحق نعى التيار في بيان مقتضب عنصرا من البلدة.", [("killed", 1)]),
    ("ونعت الحركة شابين من المخيم، متوعدة بالرد.", [("killed", 2)]),
    ("ونعى الحزب أربعة مقاتلين في بيان نشره مساء الأحد.", [("killed", 4)]),
    # people named again by their definite numeral, or the dead in construct before it
    ("ونعت قيادة اللواء الثالث في بيان الحراس الخمسة، متعهدة بملاحقة الفاعلين.",
     [("killed", 5)]),
    ('ونعى رئيس البلدية في بيان "شهداء الواجب الأربعة".', [("killed", 4)]),
    # a headline's present with a count
    ("الفصيل ينعى ثلاثة مقاتلين ويتوعد بالرد", [("killed", 3)]),
])
def test_the_mourned_are_killed(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # one of a group and a part stay unread, as the blind sets' gold has them
    "ونعى الحزب في بيان أحد عناصره، ويدعى سامر خليل.",
    "ونعى التيار ثلاثة من عناصره من دون أن يذكر مكان مقتلهم.",
    # the mourned named, possessed, or definite with no numeral
    "ونعت البلدية الشابين سامر وخليل يوسف.",
    "ونعى الدفاع المدني متطوعه سامر خليل.",
    "ونعت الجمعية الشاب سامر خليل.",
    # a headline's present before a single one: the body tells the death
    "رابطة الصيادين تنعى زميلا وتطالب بالتحقيق",
    # "نعت" is also naming someone by a word
    "ونعت الصحيفة الوزير بالفاشل.",
])
def test_what_mourning_leaves_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # neutralising members counted in construct with their party
    ("وأعلنت الوزارة تحييد 11 من عناصر الحركة في ريف المدينة.", [("killed", 11)]),
    ("وقال البيان إن الوحدات حيدت سبعة من مقاتلي الجماعة.", [("killed", 7)]),
    # the subject between the verb and the count
    ("حيدت القوات 14 إرهابيا في عملية نوعية.", [("killed", 14)]),
    ("حيد الجيش 12 من المهاجمين قرب الحدود.", [("killed", 12)]),
    # people neutralised named again by their definite numeral
    ("وأكد الجيش تحييد المهاجمين الثلاثة بعد اشتباك قصير.", [("killed", 3)]),
])
def test_neutralising_is_killing(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # things neutralised count nobody
    "وأعلن الجيش تحييد 3 من آليات الحركة.",
    "حيدت القوات 5 طائرات مسيرة.",
    # "alone", which folds onto the verb
    "وبقي الطفل وحيدا الأيام الثلاثة الأولى.",
    "وكان الطفل الوحيد الناجي من بين 3 أشقاء في المنزل.",
])
def test_what_neutralising_leaves_unread(text: str) -> None:
    assert _read(text) == []
