"""Arabic people told before their verb with words between, and deaths told by a loss of
kin, by bodies with a definite count or by the present of reaping (round ar119)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    # an age between the head and its verb, the verb agreeing in number
    ("وقال المرصد إن راعيا في الأربعين من عمره قتل بقذيفة.", [("killed", 1)]),
    ("وأكدت الوزارة أن سيدة في السبعين من عمرها قتلت في الغارة.", [("killed", 1)]),
    ("وأفاد شهود بأن شقيقين في العاشرة والثانية عشرة من العمر لقيا حتفهما.",
     [("killed", 2)]),
    ("وذكرت أن ثلاثة أشقاء تتراوح أعمارهم بين 8 و14 عاما قتلوا في القصف.",
     [("killed", 3)]),
    # a rank or an aside set off by commas
    ("وذكر المصدر أن ملازما في الشرطة قتل في الكمين.", [("killed", 1)]),
    ("وأكدت أن عضوا سابقا في البلدية، ممن شاركوا في المفاوضات، قتل أمام منزله.",
     [("killed", 1)]),
    # two groups before one plural verb: the single one is a figure of its own
    ("وأوضح أن نقيبا في الجيش وخمسة جنود قتلوا في الهجوم.", [("killed", 1), ("killed", 5)]),
    ("وقال إن ممرضا في الثلاثين من عمره وزميله قتلا في القصف.", [("killed", 1)]),
    # people told before and counted: definite, others
    ("وقال الطبيب إن الشبان الأربعة، الذين كانوا في السيارة، قتلوا في الغارة.",
     [("killed", 4)]),
    # the state after a verb of arriving, over the place they reached
    ("وقال المسعف إن أربعة شبان وصلوا إلى المستشفى مصابين بشظايا.", [("wounded", 4)]),
    ("وقال الطبيب إن الأطفال الخمسة وصلوا جثثا.", [("killed", 5)]),
    # "still" among the missing, one at least
    ("وقالت البلدية إن عاملا واحدا على الأقل ما زال في عداد المفقودين.", [("missing", 1)]),
    # a loss of kin in a sentence of violence
    ("وقالت إنها فقدت زوجها وأبناءها الثلاثة في الغارة.", [("killed", 3)]),
    ("وقال إنه فقد والده واثنين من أشقائه في القصف.", [("killed", 2)]),
    ("وأضاف أنه فقد شقيقته وثلاثة من أبناء عمه في الانفجار.", [("killed", 3)]),
    # bodies with a definite count, and the present of reaping
    ("وانتشل الغواصون جثث البحارة الخمسة.", [("killed", 5)]),
    ("قصف صاروخي يحصد أربعة أطفال في البلدة.", [("killed", 4)]),
])
def test_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == sorted(want)


@pytest.mark.parametrize("text", [
    "وقال إن مزارعا في الخمسين من عمره يملك بستانا قرب النهر.",
    "وقال إن مهندسا في الشركة، الذي قتل شقيقه العام الماضي، عاد إلى عمله.",
    "وقال إن أربعة شبان وصلوا إلى العاصمة للدراسة.",
    "وقالت الوزارة إن عاملا واحدا على الأقل في كل فرع يتلقى تدريبا.",
    "وقال إنه فقد عمله بعد الحرب.",
    "وقالت إنها فقدت منزلها في القصف.",
    "وقالت إنها فقدت ابنها الأكبر قبل سنوات بسبب المرض.",
    "وقالت إنها فقدت ثلاثة من أسنانها في الحادث.",
    "وانتشرت جثث الأسماك على الشاطئ.",
    "وعثر الرعاة على جثث الأغنام الثلاث.",
    "وحصد الفريق ثلاث ميداليات في البطولة.",
    "ويحصد المزارعون القمح في الصيف.",
])
def test_look_alikes_read_nothing(text: str) -> None:
    assert _read(text) == []


def test_an_object_after_the_verb_is_the_heads_victim() -> None:
    # the officer killed two: his own figure is no death
    assert _read("وأكد أن ملازما في الجيش قتل اثنين من المهاجمين.") == [("killed", 2)]
