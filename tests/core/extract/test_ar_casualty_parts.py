"""The parts of an Arabic toll: members after "بينهم"، "بين القتلى"، "N منهم" and a toll noun
holding its members (round ar113). Fictional sentences."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


def _texts(text: str) -> list[str]:
    return [str(f["text"]) for f in find_casualties_ar(text)]


@pytest.mark.parametrize(("text", "want"), [
    # a member after "بينهما"، "من بينهم": a title, a dual formed from a listed singular
    ("قتل شخصان في الاشتباك بينهما شرطي.", [("killed", 1), ("killed", 2)]),
    ("لقي 7 أشخاص حتفهم، بينهم سائحتان.", [("killed", 2), ("killed", 7)]),
    ("فقد 20 صيادا في البحر بينهم مراهقان.", [("missing", 2), ("missing", 20)]),
    # a definite construct counts nobody; the member after it is the whole phrase's
    ("أصيب ستة من رجال الإطفاء، بينهم قائد الفرقة ومتدرب.",
     [("wounded", 1), ("wounded", 6)]),
    # the held singular, with its dual after it
    ("اعتقلت القوات 12 مواطنا، بينهم أسير محرر وشقيقان.",
     [("arrested", 1), ("arrested", 2), ("arrested", 12)]),
])
def test_members_after_among_take_the_tolls_outcome(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("قتل 8 أشخاص. وقالت الشرطة إن بين القتلى شرطيين.", [("killed", 2), ("killed", 8)]),
    ("قتل 8 أشخاص. وقال الشهود إن بين الضحايا أربعة أطفال.", [("killed", 4), ("killed", 8)]),
    ("قتل 8 أشخاص. وأكد المستشفى أن بين القتلى المدنيين طفلين وامرأة.",
     [("killed", 1), ("killed", 2), ("killed", 8)]),
    ("قتل 8 أشخاص. وقال المتحدث إن بين القتلى بائعتي خضار وصبيا.",
     [("killed", 1), ("killed", 2), ("killed", 8)]),
    # the part before the marker
    ("أصيب 10 أشخاص، وقال الطبيب إن طفلا من بين الجرحى في حالة حرجة.",
     [("wounded", 1), ("wounded", 10)]),
    ("قتل 6 صحفيين. ونعت النقابة مصورا كان من بين الضحايا.", [("killed", 1), ("killed", 6)]),
])
def test_members_after_a_toll_noun_take_its_outcome(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("أصيب 20 شخصا في الهجوم، خمسة منهم يعانون إصابات خطرة.",
     [("wounded", 5), ("wounded", 20)]),
    ("أصيب ثلاثة شبان بالرصاص، عولج اثنان منهم ميدانيا.", [("wounded", 2), ("wounded", 3)]),
    ("نزح أكثر من 10 آلاف شخص، وأن نحو 4 آلاف منهم وصلوا إلى المخيم.",
     [("displaced", 4000), ("displaced", 10000)]),
])
def test_a_count_of_them_opening_its_clause_is_a_part(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("وقال المصدر إن القتلى يضمون جنديين خارج الخدمة ونادلا.", [("killed", 1), ("killed", 2)]),
    ("وضمت قائمة القتلى طبيبا وممرضتين.", [("killed", 1), ("killed", 2)]),
    ("وتضم قائمة الضحايا أربعة أطفال.", [("killed", 4)]),
])
def test_a_toll_noun_holding_its_members(text: str, want: list) -> None:
    assert _read(text) == want


def test_the_member_after_a_definite_construct() -> None:
    # (the sentence rules read "بين القتلى إمام" on their own; the students are this reader's)
    text = "قتل 23 مدنيا. وأوضحت الشبكة أن بين القتلى إمام مسجد القرية وطالبين."
    assert ("killed", 2) in _read(text)


def test_a_name_genitive_is_no_toll() -> None:
    # "نادي الأسير" names a club: no arrest nor capture is the part's outcome
    text = "وقال نادي الأسير إن القوات داهمت البلدة، بينهم طالبان."
    assert _read(text) == []


def test_a_part_of_arrest_cases_is_arrested() -> None:
    # the cases are incidents, no count of people; their part counts people
    text = "وقال النادي إن عدد حالات الاعتقال تجاوز 600 حالة، بينها 71 طفلا."
    assert ("arrested", 71) in _read(text)


def test_a_later_member_takes_the_whole_phrase() -> None:
    texts = _texts("وقال المصدر إن القتلى يضمون جنديين خارج الخدمة ونادلا.")
    assert any(t.endswith("ونادلا") and "جنديين" in t for t in texts)


@pytest.mark.parametrize(("text", "want"), [
    # a part after a pair of outcomes is no one outcome's (the blind sets' call), but
    # after "N آخرون" it is that count's (round ar127, as the later sets read it)
    ("قتل 3 أشخاص وأصيب 10 آخرون بينهم طفلان.",
     [("killed", 3), ("wounded", 2), ("wounded", 10)]),
    ("قتل 8 مسلحين واعتقل 20 آخرون، تسعة منهم من الأجانب.",
     [("arrested", 20), ("killed", 8)]),
    # numbers that are not people harmed, "between" two sides, a relative "من"
    ("دمرت الغارات 500 منزل بينها مدارس ومساجد.", []),
    ("اندلعت اشتباكات بين الطرفين في المدينة.", []),
    # a release of some of the held (their own figure since round ar123), another verb's
    # count, a vague count of them
    ("اعتقلت القوات 50 شخصا، وأفرجت عن 30 منهم لاحقا.", [("arrested", 30), ("arrested", 50)]),
    ("هاجم 40 مسلحا القرية، وقتلت القوات تسعة منهم.", [("killed", 9)]),
    ("أصيب 60 شخصا، وأن عددا منهم ما زال في المستشفى.", [("wounded", 60)]),
    # a predicate that restates no harm describes the people (the earlier rounds' calls)
    ("أصيب 12 شخصا، ستة منهم من طلاب المدرسة.", [("wounded", 12)]),
    ("نزح 900 شخص، وأن 300 منهم من الأطفال.", [("displaced", 900)]),
    # a share between the dead and the wounded; a possessed child ("طفلها") is no singular
    ("أسفر الهجوم عن سقوط 15 جنديا بين قتيل وجريح.", []),
    ("أصيب 6 أشخاص، بينهم سيدة وطفلها.", [("wounded", 1), ("wounded", 6)]),
    # a count between the toll and the marker is the marker's people
    ("أصيب 40 شخصا، فيما تلقت الوزارة 200 بلاغ عن مفقودين، بينهم 90 طفلا.", [("wounded", 40)]),
])
def test_look_alikes_keep_their_reading(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("وقالت الشبكة إن ثمانية مدنيين، من بينهم ثلاثة أطفال وامرأة، قتلوا في القصف.",
     [("killed", 1), ("killed", 3), ("killed", 8)]),
    ("وقال إن سبعة من أفراد عائلة واحدة، من بينهم أربعة أطفال، قتلوا في الغارة.",
     [("killed", 4), ("killed", 7)]),
])
def test_an_aside_with_from_between_a_count_and_its_verb(text: str, want: list) -> None:
    assert _read(text) == want
