"""Round en232: the hurt told by the care they got, and numbers that count no people.

Probes are invented sentences in the style of news; near-misses must stay unread.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _casualties(text: str) -> list[tuple[str, int, str | None]]:
    return [(c["outcome"], c["count_low"], c["group"])
            for c in extract(text, language="en")["casualties"]]


# the hurt told by the care they got, in a report that counts harm
@pytest.mark.parametrize(("text", "want"), [
    ("A crush at the festival gate in Marvale killed four people.\n"
     "• First aid was given to 44 people near the gate", ("wounded", 44, "people")),
    ("A crush at the festival gate killed four people. Red Cross volunteers said 27 people"
     " given first aid in the square.", ("wounded", 27, "people")),
    ("A gunman opened fire at a bus stop in Kelvale, killing two. Eleven remain admitted,"
     " the hospital said.", ("wounded", 11, None)),
    ("A gunman killed two people at a bus stop in Kelvale. Eleven are still in hospital.",
     ("wounded", 11, None)),
    ("The ministry said two people died in the stampede and that 33 had been admitted to"
     " hospitals in the capital.", ("wounded", 33, None)),
    ("Officials said five people were killed, including a teenager, while 29 others had been"
     " admitted to two hospitals in Varna.", ("wounded", 29, "others")),
    ("A truck ploughed into a crowd in Marsden, killing six. Ambulance crews were"
     " treating at least 12 people on the pavement.", ("wounded", 12, "people")),
    ("The attack killed three. The city hospital said it was treating 15 people.",
     ("wounded", 15, "people")),
])
def test_care_counted(text: str, want: tuple[str, int, str | None]) -> None:
    assert want in _casualties(text)


@pytest.mark.parametrize("text", [
    "A gunman killed two people in Kelvale on Monday. Elsewhere, the Ardley clinic says it"
    " is treating 10 people a day for malaria.",
    "A gunman killed two people in Kelvale on Monday. The hospital said 46 patients were"
    " admitted last week.",
    "A gunman killed two people in Kelvale on Monday. The charity gave first aid courses to"
    " 30 people.",
    "A gunman killed two people in Kelvale on Monday. Twelve students were admitted to the"
    " academy this year.",
    "A gunman killed two people in Kelvale on Monday. Volunteers said 40 people given first"
    " aid training last year were on duty.",
])
def test_care_routine_unread(text: str) -> None:
    assert [c for c in _casualties(text) if c[0] == "wounded"] == []


@pytest.mark.parametrize("text", [
    "Nineteen remain admitted, doctors said.",
    "The Ardley clinic is treating 10 people this week.",
    "First aid given to 52 people at the county show, most for heat.",
    "At the festival, 27 people given first aid were treated for sunburn.",
])
def test_care_without_harm_unread(text: str) -> None:
    assert _casualties(text) == []


# a school's level before a pupil: one pupil, no count of the level
@pytest.mark.parametrize(("text", "want"), [
    ("A Grade 10 boy was beaten to death near the school in Mbeni, police said.",
     [("killed", 1, "boy")]),
    ("A Grade 11 learner was stabbed to death outside the school gates on Tuesday.",
     [("killed", 1, "learner")]),
    ("A Year 10 student was killed when a car mounted the pavement.",
     [("killed", 1, "student")]),
    ("A Form 4 student was stabbed at the school, police said.",
     [("wounded", 1, "student")]),
])
def test_school_level(text: str, want: list[tuple[str, int, str]]) -> None:
    assert _casualties(text) == want


# numbers that count things, a ground's size, an attempt or a span of time
@pytest.mark.parametrize(("text", "want"), [
    ("Council crews carted away the remains of 25 market kiosks on Monday.", []),
    ("Crews cleared the remains of 12 burned cars after the riot.", []),
    ("Police found the remains of 12 people in a shallow grave.",
     [("killed", 12, "people")]),
    ("The north terrace held about 8,000 fans when the barrier gave way.", []),
    ("The arena, which can hold 9,000 people, was half empty.", []),
    ("Gunmen held some 30 people hostage in the hall.", [("captured", 30, "people")]),
    ("A court found her guilty of the murder of three people and the attempted murder of"
     " five others.", [("killed", 3, "people")]),
    ("He was charged with the attempted murder of three police officers.", []),
    ("He was convicted of the murder of three people.", [("killed", 3, "people")]),
    ("The rider escaped and was arrested six hours later at a petrol station.", []),
    ("The gunman was arrested three days later at his home.", []),
    ("The suspect was detained five weeks afterwards, in Orvala.", []),
    ("Police detained two men later that day.", [("arrested", 2, "men")]),
])
def test_unreal_counts(text: str, want: list[tuple[str, int, str]]) -> None:
    assert _casualties(text) == want


# a toll then its parts after a colon or a dash, the parts adding up to it
@pytest.mark.parametrize(("text", "want"), [
    ("Paramedics now say three people have died: two women in their 70s and a 40-year-old"
     " man.", [("killed", 3, "people"), ("killed", 2, "women"), ("killed", 1, "man")]),
    ("Rescuers say two people have died: a 70-year-old woman and a boy aged 12.",
     [("killed", 2, "people"), ("killed", 1, "woman"), ("killed", 1, "boy")]),
    ("The ministry said four people had died: three men from Dovra and a woman in her 40s.",
     [("killed", 4, "people"), ("killed", 3, "men"), ("killed", 1, "woman")]),
    ("Police now say five people died - two teenagers and three elderly women.",
     [("killed", 5, "people"), ("killed", 2, "teenagers"), ("killed", 3, "elderly women")]),
])
def test_toll_colon_parts(text: str, want: list[tuple[str, int, str]]) -> None:
    assert _casualties(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a member with no count: the parts fall short of the whole
    ("Three people died: a man, his wife and their son.", [("killed", 3, "people")]),
    ("Four people have died: two women and a man, officials said, and a fourth died later.",
     [("killed", 4, "people"), ("killed", 1, None)]),
    # no toll before the colon
    ("The company said it had hired three people: two engineers and a cook.", []),
    ("Prices have risen in three areas: food, fuel and rent.", []),
])
def test_toll_colon_parts_unread(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert _casualties(text) == want


# captives told with their taker's act or their place
@pytest.mark.parametrize(("text", "want"), [
    ("Kidnapped with eight of his workers in 2023, the quarry owner now travels with guards.",
     ("captured", 8, "workers")),
    ("Abducted with six of her colleagues in March, the nurse was freed in May.",
     ("captured", 6, "colleagues")),
    ("Seized with three of their guides near the border, the hikers spent a month in the"
     " forest.", ("captured", 3, "guides")),
    ("Police said the 17 lorry drivers held hostage since dawn at the blockade were let go"
     " at noon.", ("captured", 17, "lorry drivers")),
    ("Negotiators said the nine workers held captive since May were in good health.",
     ("captured", 9, "workers")),
])
def test_captives_told(text: str, want: tuple[str, int, str]) -> None:
    assert want in _casualties(text)


@pytest.mark.parametrize("text", [
    "The talks ended. The 30 meetings held there since June produced nothing.",
    "The 40 inmates held there since the riot have been moved to Corran.",
    "Kidnapped with ransom in mind, the boy was freed.",
    "Kidnapped with Care, the novel about 12 sisters, won the prize.",
])
def test_captives_told_unread(text: str) -> None:
    assert [c for c in _casualties(text) if c[0] == "captured"] == []
