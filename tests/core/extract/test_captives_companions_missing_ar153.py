"""Arabic round 153: captives told by a participle, one taken with a companion, parts after
"آخرون" and kin in the dual, clans that hold and release, the missing by an ordinal or a
definite dual, arrivals fleeing, a headline's "قتيل", and kidnappers who got away.
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read

READ = [
    # 1. one released or freed, described by the participle of taking after a description
    ("الإفراج عن نجار سوري مخطوف في المدينة بعد دفع فدية", [(1, "captured")]),
    ("الجيش يحرر تاجر مواش مخطوفا في الجبل", [(1, "captured")]),
    ("إطلاق سراح مهندس لبناني مخطوف في الشمال", [(1, "captured")]),
    ("عودة ممرضة أردنية مخطوفة إلى عائلتها", [(1, "captured")]),
    ("أفرج مسلحون عن سائق شاحنة مخطوف منذ أسبوع", [(1, "captured")]),
    ("الشرطة تحرر طبيبا مخطوفا في الريف", [(1, "captured")]),
    ("تحرير طبيب سوري مخطوف في السهل", [(1, "captured")]),
    # 2. one taken along with the one released; the freeing unit named with its body
    ("أفرج مسلحون عن نجار كانوا قد خطفوه مع زميل له", [(1, "captured"), (1, "captured")]),
    ("أطلق مسلحون سراح سائق خطفوه مع ابن عمه", [(1, "captured"), (1, "captured")]),
    ("أفرج الخاطفون عن طبيبة خطفوها مع شقيقها", [(1, "captured"), (1, "captured")]),
    ("أفرج مسلحون عن تاجر خطفوه مع مرافق له", [(1, "captured"), (1, "captured")]),
    ("حررت وحدة من الجيش تاجرا كان مسلحون قد خطفوه", [(1, "captured")]),
    ("حررت قوة من الشرطة طفلا مخطوفا في الجبل", [(1, "captured")]),
    # 3. the part after "آخرون" (kept), and kin in the nominative dual with a possessive
    ("قتل تسعة وأصيب خمسة آخرون، بينهم طفل", [(9, "killed"), (5, "wounded"), (1, "wounded")]),
    ("قتل طفل وأصيب شقيقاه بجروح", [(1, "killed"), (2, "wounded")]),
    ("وأصيب ابناه في القصف", [(2, "wounded")]),
    ("قتلت امرأة وأصيب طفلاها", [(1, "killed"), (2, "wounded")]),
    ("أصيب حفيداها بجروح طفيفة", [(2, "wounded")]),
    # 4. clans: where the people come from, and a clan that releases
    ("أطلقت مجموعة محلية سراح سبعة شبان من إحدى عشائر المدينة كانت تحتجزهم",
     [(7, "captured")]),
    ("أطلق مسلحون سراح أربعة رعاة من إحدى قبائل المنطقة", [(4, "captured")]),
    ("أفرجت العشيرة عن خمسة من عناصر المجموعة", [(5, "captured")]),
    ("أطلقت القبيلة سراح أربعة جنود", [(4, "captured")]),
    ("أفرجت عشيرة في الريف عن ثلاثة رعاة", [(3, "captured")]),
    # 5. the missing: an ordinal and where he is from; a definite dual after "still"
    ("ولا يزال رجل ثامن من العشيرة مفقودا", [(1, "missing")]),
    ("ولا يزال صياد تاسع مفقودا", [(1, "missing")]),
    ("ولا يزال شاب من القرية مفقودا", [(1, "missing")]),
    ("وما زالت امرأة من البلدة مفقودة", [(1, "missing")]),
    ("فيما لا يزال الراعيان الآخران مفقودين", [(2, "missing")]),
    ("ولا يزال الشابان الآخران مفقودين منذ أسبوع", [(2, "missing")]),
    ("وما زال الصيادان مختطفين لدى المسلحين", [(2, "captured")]),
    # 6. arrivals fleeing
    ("آلاف الأسر تصل إلى المدينة هربا من القتال", [(2000, "displaced")]),
    ("وصلت آلاف الأسر إلى البلدة هربا من المعارك", [(2000, "displaced")]),
    ("وصل أكثر من 15 ألف شخص إلى المدينة هربا من القتال", [(15000, "displaced")]),
    ("فر السكان من القتال. وقدر المسؤول عدد الواصلين إلى المدينة بنحو 3 آلاف شخص.",
     [(3000, "displaced")]),
    ("آلاف الأسر تصل إلى المدينة هربا من القتال. وقدر المسؤول عدد الواصلين بأكثر من 15 ألف "
     "شخص.", [(2000, "displaced"), (15000, "displaced")]),
    # 7. a headline's person with a bare outcome noun
    ("شاب قتيل واعتقال 14 في اقتحام للبلدة", [(1, "killed"), (14, "arrested")]),
    ("شاب قتيل في شجار عائلي", [(1, "killed")]),
    ("طفل جريح برصاص قناص في المدينة", [(1, "wounded")]),
    ("رجل قتيل بانفجار عبوة", [(1, "killed")]),
    ("طفل جريح إثر انفجار لغم", [(1, "wounded")]),
    # ... kept: a bare one before a joined toll
    ("طفل قتيل وثلاثة جرحى في قصف", [(1, "killed"), (3, "wounded")]),
    # 8. kidnappers or armed men who got away are no displaced
    ("وأوقفت ثلاثة من الخاطفين، فيما فر اثنان آخران إلى الجبال", [(3, "arrested")]),
    ("واعتقلت الشرطة أربعة من المسلحين وفر ثلاثة آخرون", [(4, "arrested")]),
    ("واعتقل خمسة من أفراد العصابة، فيما فر اثنان آخران", [(5, "arrested")]),
    ("وقتل اثنان من المهاجمين فيما فر آخرون", [(2, "killed")]),
]

UNREAD = [
    "الإفراج عن نجار سوري في طرابلس",  # no participle of taking
    "إطلاق سراح هاتف مخطوف",  # a thing
    "الجيش يحرر محضرا بالمخالفة",  # a report written
    "إعادة سيارة مسروقة مخطوفة",  # a thing
    "الإفراج عن طبيب ومهندس مخطوف",  # "و" breaks the description
    "حررت قوة من الجيش البلدة",  # a place freed
    "ولا يزال رجل من العشيرة يبحث عن ابنه",  # no state of a casualty
    "ولا يزال الطرفان متمسكين بمواقفهما",  # no state of a casualty
    "ولا تزال الشاحنتان مفقودتين",  # things missing
    "وقدر المسؤول عدد الواصلين بأكثر من 15 ألف شخص",  # no flight told
    "وصل أكثر من 500 حاج إلى مكة",  # pilgrims, no flight
    "وقدر التاجر عدد الواصلين من البضائع بنحو 300 شحنة",  # goods
    "آلاف الزوار تصل إلى المدينة للاحتفال",  # visitors, no flight
    "شاب قتيل الحب",  # a figure of speech
    "رجل جريح القلب يكتب رواية",  # a figure of speech
    "وقال شقيقاه إنهما شاهدا الحادث",  # kin who speak
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert sorted(_read(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", UNREAD)
def test_stays_unread(text: str) -> None:
    assert _read(text) == []


def test_others_of_civilians_who_fled_stay_displaced() -> None:
    found = _read("نزح ثلاثة آلاف من سكان القرية وفر ألفان آخران إلى المدينة")
    assert (2000, "displaced") in found


def test_companion_of_a_thing_is_no_person() -> None:
    assert _read("أفرج مسلحون عن نجار كانوا قد خطفوه مع سيارته") == [(1, "captured")]
