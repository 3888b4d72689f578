"""Probes of the hundred-and-tenth English round (issue 11): casualty figures of the weakest
sets.

Eight families, each with members on two or more sets: an outcome word with a letter doubled
or a doubled letter written once ("injurred", "stabed"); a headline's count with a bare
"shot" or "held" ("Two men shot outside Chinatown bar", "3 shot in Francistown", "Nine held
as water protests flare"); the wounded "transferred" to a hospital with an injury, a part
"of them" too; people hit by rubber or plastic projectiles; people held at a detention
centre by the bare participle, and a later count "of those held"; a place phrase between
the people and a bare "died"; a patient's condition told after an apposition on the person
("One protester, a man in his 60s, is in intensive care"); and the counted people named by an
apposition before their verb ("Two police constables, Ali Nawaz and Ghulam Qadir, lost their
lives").

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

_BODY = "\nTAVEL (Reuters) - Police said the incident happened late on Saturday."

# (text, a figure expected: (span, outcome, low))
MEMBERS: list[tuple[str, tuple[str, str, int]]] = [
    # a doubled letter, or a doubled one written once
    ("Three firefighters were injurred when the roof collapsed, the brigade said.",
     ("Three firefighters were injurred", "wounded", 3)),
    ("Five protesters were detainned by police on Friday, lawyers said.",
     ("Five protesters were detainned", "arrested", 5)),
    ("Eleven passengers were woundded when the bus hit a mine.",
     ("Eleven passengers were woundded", "wounded", 11)),
    ("Police said two men were arested at the scene.",
     ("two men were arested", "arrested", 2)),
    ("A guard who was stabed in the arm was taken to hospital, police said.",
     ("A guard who was stabed", "wounded", 1)),
    ("Six aid workers were kidnaped near the border, the agency said.",
     ("Six aid workers were kidnaped", "captured", 6)),
    # a headline's bare "shot" and "held"
    ("Four teenagers shot near Halden skate park" + _BODY,
     ("Four teenagers shot", "wounded", 4)),
    ("Gang feud: 2 shot in Marrow Street" + _BODY, ("2 shot", "wounded", 2)),
    ("Three men shot after wedding party, police say" + _BODY,
     ("Three men shot", "wounded", 3)),
    ("Twelve held as fuel protests spread in Kessa" + _BODY, ("Twelve held", "arrested", 12)),
    ("Five held amid unrest over Tavel port closure" + _BODY, ("Five held", "arrested", 5)),
    # moved to a hospital with an injury
    ("Medics said two of them were transferred to the Regional Hospital of Kessa with head"
     " injuries.", ("two of them were transferred to the Regional Hospital of Kessa with"
                    " head injuries", "wounded", 2)),
    ("Five miners were transferred to the district hospital with burns, the company said.",
     ("Five miners were transferred to the district hospital with burns", "wounded", 5)),
    ("Three of them were taken to the city hospital with gunshot wounds.",
     ("Three of them were taken to the city hospital with gunshot wounds", "wounded", 3)),
    # hit by less-lethal rounds
    ("Nine protesters were hit by rubber projectiles during the march, medics said.",
     ("Nine protesters were hit by rubber projectiles", "wounded", 9)),
    ("Seven had been hit by plastic projectiles, the clinic said.",
     ("Seven had been hit by plastic projectiles", "wounded", 7)),
    # held at a detention centre; "of those held"
    ("The agency is feeding 85 migrants held at the Port Kessa detention centre.",
     ("85 migrants held at the Port Kessa detention centre", "arrested", 85)),
    ("The group is caring for 240 asylum seekers held at the Tavel Island detention"
     " facility after their boat was stopped. One man drowned and two are missing. Officials"
     " said 30 of those held were children.", ("30 of those held", "arrested", 30)),
    # a place between the people and "died"
    ("A 52-year-old man in Halden died in police custody on Monday, the report says.",
     ("A 52-year-old man in Halden died", "killed", 1)),
    ("He said a prisoner in the next cell died on the second night.",
     ("a prisoner in the next cell died", "killed", 1)),
    ("Two fishermen aboard the trawler died in the fire, the coastguard said.",
     ("Two fishermen aboard the trawler died", "killed", 2)),
    # a condition after an apposition
    ("One marcher, a woman in her 70s, is in intensive care after the crush.",
     ("One marcher, a woman in her 70s, is in intensive care", "wounded", 1)),
    ("Two were hurt in the blast. The third, a 16-year-old boy, is in a serious condition.",
     ("a 16-year-old boy, is in a serious condition", "wounded", 1)),
    ("One officer, a sergeant, remains in critical condition, police said.",
     ("One officer, a sergeant, remains in critical condition", "wounded", 1)),
    # the counted people named by an apposition
    ("Two rangers, Musa Bello and Idris Kano, lost their lives in the ambush.",
     ("Two rangers", "killed", 2)),
    ("One guard, 34-year-old Sergeant Tomas Varga, was wounded in the raid.",
     ("One guard", "wounded", 1)),
    ("Three miners, Jan Ek, Per Holm and Ola Sund, died in the collapse.",
     ("Three miners", "killed", 3)),
]

# The same words in constructions that give no such figure: (text, outcome not expected)
LOOKALIKES: list[tuple[str, str]] = [
    # a swap or a dropped letter is not this slip; "Fred" is a name
    ("Fred was at the scene when the police arrived.", "captured"),
    # a headline's active "shot at", a death told after, hostages, a body sentence
    ("Two men shot at police outside Kessa bank" + _BODY, "wounded"),
    ("Two shot, one fatally, outside Halden pub" + _BODY, "wounded"),
    ("Two shot in Halden bar; one dies" + _BODY, "wounded"),
    ("Three women held" + _BODY, "arrested"),
    ("Five held as hostages in Tavel bank siege" + _BODY, "arrested"),
    ("Two men shot outside the bar on Monday.", "wounded"),
    # moved with no wound named
    ("About 60 of them were transferred to Kessa with their families.", "wounded"),
    # projectiles hitting things, not people
    ("The bus was hit by rubber projectiles.", "wounded"),
    # held at a camp or a hospital
    ("The agency is feeding 85 migrants held at a camp near Tavel.", "arrested"),
    ("The clinic has 40 patients held at the Kessa hospital for tests.", "arrested"),
    # a relative in the place phrase
    ("Two men in the car that was hit died.", "killed"),
    # an active verb after the names: the people named did it
    ("Two soldiers, Sergeant Ola Berg and Private Tom Lund, killed three attackers.",
     "none-soldiers"),
    # the apposition names someone counted before
    ("Three guards were shot dead and a fourth was wounded. The wounded man, a night"
     " watchman, is in stable condition.", "none-new"),
]


def _short(text: str) -> list[tuple[str, str, int]]:
    return [(f[0], f[1], f[2]) for f in figures(text)]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _short(text)


@pytest.mark.parametrize(("text", "outcome"), LOOKALIKES)
def test_lookalike(text: str, outcome: str) -> None:
    found = _short(text)
    if outcome == "none-soldiers":
        assert not [f for f in found if "soldiers" in f[0]]
    elif outcome == "none-new":
        # only the first mentions are figures, not "a night watchman"
        assert not [f for f in found if "watchman" in f[0]]
    else:
        assert not [f for f in found if f[1] == outcome]
