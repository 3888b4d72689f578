"""Arabic round 175 (issue 11): casualty figures told by

1. a person with an adjective of age or state before meeting death ("أن امرأة مسنة
   لقيت حتفها"، "أن رجلا مسنا لقي حتفه"): the adjective belongs to the head; "لقيت"
   there tells a death only with its death noun after it;
2. a verb of leaving behind before one casualty noun ("اشتباكات تخلف قتيلا وجرحى"،
   "وخلف الانفجار قتيلا"، "مخلفة قتيلا وجريحا"): one person, as after "أوقع";
3. a casualty noun counted by an ordinal after it ("أن جريحا ثامنا نقل"، "عثر على قتيل
   خامس"): one more of the noun's outcome; a definite ordinal ("القتيل الثالث") names one
   already counted;
4. one person found dead ("عثرت الشرطة على شاب مقتولا"، "عثر على أحدهما مقتولا"): one
   killed, only after a verb of finding and "على".

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

Expected = list[tuple[int | None, str]]

ADJECTIVE_BEFORE_DEATH = [
    ("وقالت الشرطة إن امرأة مسنة لقيت حتفها اختناقا داخل شقتها في حي الوادي.",
     [(1, "killed")]),
    ("وأكد مصدر أمني أن رجلا مسنا لقي حتفه حرقا داخل منزله بقرية الشيخ سالم.",
     [(1, "killed")]),
    ("وذكر الدفاع المدني أن طفلا رضيعا لقي حتفه غرقا في مخيم النور.", [(1, "killed")]),
    ("وأفادت مصادر محلية بأن امرأة حاملا لقيت مصرعها برصاص قناص.", [(1, "killed")]),
    ("وقالت الشرطة إن رجلا مسنا قتل في الهجوم على السوق.", [(1, "killed")]),
]
ADJECTIVE_NEAR_MISSES = [
    # meeting a welcome, a son, a visitor: no death noun, no death
    ("وقالت الجمعية إن امرأة مسنة لقيت ترحيبا حارا في المركز.", []),
    ("إن امرأة مسنة لقيت ابنها بعد غياب عشرين عاما.", []),
    # the one with the adjective did the killing: its object follows the verb
    ("وقالت الشرطة إن رجلا مسنا قتل جاره بعد شجار.", []),
    ("وقالت الجمعية إن امرأة مسنة زارت المركز أمس.", []),
]

LEFT_BEHIND = [
    ("اشتباكات قرب مخيم للنازحين في بلدة الريحان تخلف قتيلا وجرحى", [(1, "killed")]),
    ("انفجار عبوة ناسفة في سوق المدينة يخلف قتيلا و٣ جرحى", [(1, "killed"), (3, "wounded")]),
    ("هجوم بطائرة مسيرة يخلف قتيلا وجريحين في ريف الحسنية", [(1, "killed"), (2, "wounded")]),
    ("وخلف الحادث قتيلا واحدا على الطريق الدولي.", [(1, "killed")]),
    ("وانفجرت العبوة قرب دورية للشرطة مخلفة قتيلا وجريحا.", [(1, "killed"), (1, "wounded")]),
    ("حادث سير على طريق المطار يخلف جريحا", [(1, "wounded")]),
    ("قصف مدفعي على حي الزهور يخلف قتيلا و4 جرحى", [(1, "killed"), (4, "wounded")]),
]
LEFT_BEHIND_NEAR_MISSES = [
    ("وأشار التقرير إلى تخلف المدينة عن ركب التنمية.", []),
    ("ووقف الحارس خلف الجدار طوال الليل.", []),
    ("وخلف الفقيد ثلاثة أبناء وبنتين.", []),
    ("الحرب تخلف دمارا واسعا في الأحياء الشرقية", []),
]

RANKED = [
    ("وأشار الطبيب إلى أن جريحا ثامنا نقل إلى عيادة ميدانية.", [(1, "wounded")]),
    ("وأضاف أن مصابا ثالثا نقل إلى مستشفى المدينة.", [(1, "wounded")]),
    ("وقتل أربعة أشخاص، فيما عثر على قتيل خامس تحت الأنقاض.",
     [(4, "killed"), (1, "killed")]),
    ("وانتشل المسعفون شهيدا رابعا من تحت الأنقاض.", [(1, "killed")]),
    ("وقال إن قتيلا ثالثا انتشل من تحت الركام صباح اليوم.", [(1, "killed")]),
    ("استقبل المستشفى خمسة جرحى، ونقل جريحا سادسا إلى عيادة.",
     [(5, "wounded"), (1, "wounded")]),
    # the wounded one died: killed
    ("وأشار إلى أن جريحا سابعا توفي لاحقا.", [(1, "killed")]),
    # after a verb or noun of dying the ordinal changes nothing: the death is read
    ("وتوفي جريح سادس في المستشفى صباح اليوم.", [(1, "killed")]),
    ("وارتفعت الحصيلة بعد وفاة جريح ثالث.", [(1, "killed")]),
]
RANKED_NEAR_MISSES = [
    # a definite ordinal names one already counted
    ("وكان القتيل الثالث يعمل سائقا في البلدية.", []),
    ("وأصيب الجريح الثاني بكسور في ساقه.", []),
    ("وجاء الفريق في المركز الثالث.", []),
    # a rank of the hospital or of a round, no casualty noun before it
    ("ونقل المصابون إلى الطابق الثالث من المستشفى.", []),
]


FOUND_DEAD = [
    ("وعثرت الشرطة على شاب مقتولا قرب الطريق الدولي.", [(1, "killed")]),
    ("وعثر الأهالي صباح اليوم على أحدهما مقتولا في بستان قرب القرية.", [(1, "killed")]),
    ("وخطف مسلحون ثلاثة تجار، ثم عثر على أحدهم مقتولا.", [(3, "captured"), (1, "killed")]),
    ("وأعلنت الشرطة العثور على امرأة مقتولة داخل شقتها في حي الزهراء.", [(1, "killed")]),
]
FOUND_DEAD_NEAR_MISSES = [
    # a definite person is one already named; a burnt car is no person
    ("وعثرت الشرطة على المواطن مقتولا في منزله.", []),
    ("وعثرت الشرطة على السيارة محترقة.", []),
    # no verb of finding before "على"
    ("ووقف الحارس على شاب مقتولا.", []),
    # found lost, not dead
    ("وعثروا على طفل تائها في السوق.", []),
    # "وجد" with its object straight after it, no "على": left unread by this rule
    ("ووجد المزارعون راعيا مقتولا في الوادي.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND_DEAD + FOUND_DEAD_NEAR_MISSES)
def test_one_found_dead(text: str, expected: Expected) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), ADJECTIVE_BEFORE_DEATH + ADJECTIVE_NEAR_MISSES)
def test_an_adjective_between_the_person_and_meeting_death(text: str,
                                                           expected: Expected) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), LEFT_BEHIND + LEFT_BEHIND_NEAR_MISSES)
def test_leaving_one_behind(text: str, expected: Expected) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), RANKED + RANKED_NEAR_MISSES)
def test_a_casualty_noun_counted_by_an_ordinal(text: str, expected: Expected) -> None:
    assert _casualties(text) == expected
