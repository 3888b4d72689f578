"""Probes of the hundred-and-eleventh English round (issue 11): the sixtieth set's casualty
figures.

A fatal part of a count of people hurt is killed, the whole staying the hurt ("two young
men were stabbed, one of them fatally", en-60), and "were shot" with such a part counts
the hurt. People given care told by the violence it came during or after are the hurt,
whoever gave it ("volunteers treated 23 people during two nights of unrest", en-60). A
bare count closed by "with" and a broken bone is a part of the hurt ("three needed hospital
treatment, one with a fractured skull", en-60), as "one with a head wound" is. A second
part after a first part of the counted, its "of them" left out ("Six of those treated were
police officers hit by stones, and four were children", en-60; "at least 20 of the
detainees are ..., and two are teenagers", en-49).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

_VIOLENT = "Rioters set fire to cars in Tavel overnight. "

# (text, figures expected exactly: (span, outcome, low))
FATAL_PART: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("Three teenagers were stabbed outside a bar in Kessa, one of them fatally.",
     [("Three teenagers were stabbed", "wounded", 3), ("one of them fatally", "killed", 1)]),
    ("Police figures show that 11 people were shot in the district last year, four of them "
     "fatally.",
     [("11 people were shot", "wounded", 11), ("four of them fatally", "killed", 4)]),
    ("Six guards were wounded, two fatally, when gunmen stormed the depot.",
     [("Six guards were wounded", "wounded", 6), ("two fatally", "killed", 2)]),
    ("The ambush left nine soldiers injured, one of them fatally, the army said.",
     [("nine soldiers injured", "wounded", 9), ("one of them fatally", "killed", 1)]),
]
FATAL_PART_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("Two fishermen were injured, one of them seriously.",
     [("Two fishermen were injured", "wounded", 2), ("one of them", "wounded", 1)]),
    ("Seven people were wounded, two of them critically, police said.",
     [("Seven people were wounded", "wounded", 7), ("two of them", "wounded", 2)]),
    ("Two men were wounded, one of them fatally injured by the blast.",
     [("Two men were wounded", "wounded", 2), ("one of them fatally injured", "wounded", 1)]),
    ("Troops shot at 40 protesters, police said.", []),
    ("Three men were shot at on the bridge.", []),
    ("Two men were shot at, one of them seriously.", []),
]

CARE_MEMBERS: list[tuple[str, tuple[str, str, int]]] = [
    ("Red Crescent: volunteers treated 31 people during three nights of rioting in Tavel",
     ("treated 31 people", "wounded", 31)),
    ("The charity said its first-aid teams treated 17 people during a night of unrest.",
     ("treated 17 people", "wounded", 17)),
    ("Stewards treated 12 people after the clashes at the stadium, the club said.",
     ("treated 12 people", "wounded", 12)),
    ("Medics said 40 people were treated during a weekend of clashes.",
     ("40 people were treated during a weekend of clashes", "wounded", 40)),
]
CARE_LOOKALIKES: list[str] = [
    "Volunteers treated 40 people during the heatwave.",
    "Rebels attacked the town. Volunteers treated 40 people during two nights of storms.",
    "Rebels attacked the town. Volunteers treated 40 people.",
    "Volunteers treated 31 people for heat exhaustion during the riots.",
]

WITH_HARM: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("The report found that four needed hospital treatment, one with a fractured skull.",
     [("four needed hospital treatment", "wounded", 4),
      ("one with a fractured skull", "wounded", 1)]),
    ("Five people were injured, two with broken ribs, police said.",
     [("Five people were injured", "wounded", 5), ("two with broken ribs", "wounded", 2)]),
    ("Eight people were hurt, three of them with broken arms.",
     [("Eight people were hurt", "wounded", 8), ("three of them with broken arms", "wounded", 3)]),
]
WITH_HARM_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("The club has two players with broken legs.", []),
    ("A man with a broken leg was arrested.", [("A man", "arrested", 1)]),
    ("Police arrested two men with broken arms.", [("arrested two men", "arrested", 2)]),
]

SECOND_PART: list[tuple[str, list[tuple[str, str, int]]]] = [
    (_VIOLENT + "Nine of those treated were firefighters hit by bricks, and three were "
     "girls under 12 who had breathed in fumes.",
     [("Nine of those treated", "wounded", 9), ("three", "wounded", 3)]),
    ("Police detained 90 people after the march; at least 30 of the detainees are students "
     "from the eastern suburbs, and four are teenagers aged 15.",
     [("detained 90 people", "arrested", 90),
      ("at least 30 of the detainees", "arrested", 30), ("four", "arrested", 4)]),
]
SECOND_PART_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    (_VIOLENT + "Nine of those treated were firefighters, and three buses were burned.",
     [("Nine of those treated", "wounded", 9)]),
    (_VIOLENT + "Nine of those treated were firefighters, and three were released.",
     [("Nine of those treated", "wounded", 9)]),
    ("Police detained 90 people; 30 of the detainees are students. Four are teachers.",
     [("detained 90 people", "arrested", 90), ("30 of the detainees", "arrested", 30)]),
]


def _short(text: str) -> list[tuple[str, str, int]]:
    return [(f[0], f[1], f[2]) for f in figures(text)]


@pytest.mark.parametrize(("text", "expected"), FATAL_PART + FATAL_PART_LOOKALIKES)
def test_fatal_part_of_the_hurt(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected


@pytest.mark.parametrize(("text", "expected"), CARE_MEMBERS)
def test_care_in_violence(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _short(text)


@pytest.mark.parametrize("text", CARE_LOOKALIKES)
def test_care_lookalike(text: str) -> None:
    assert not [f for f in _short(text) if f[1] == "wounded"]


@pytest.mark.parametrize(("text", "expected"), WITH_HARM + WITH_HARM_LOOKALIKES)
def test_part_with_harm(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected


@pytest.mark.parametrize(("text", "expected"), SECOND_PART + SECOND_PART_LOOKALIKES)
def test_second_part_gapped(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected
