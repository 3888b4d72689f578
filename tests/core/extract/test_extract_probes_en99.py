"""Probes of the ninety-ninth English round (issue 11): the fiftieth set's errors.

Staff placed by a name report as teams do (en-50 missed "Our staff in Durban report that";
en-43's "Our teams in Nekemte report that" and en-44's "Our teams in the area report that"
are read): a group of people before a place is the subject of a plural "report" whether or
not its noun ends in -s, as "Medical staff at the hospital report" already was.

Murders counted as killings are (en-50 missed "at least 11 murders"; "420 drug-related
killings" on en-10, "11 killings" on en-40 and "112 homicides" on en-50 are read).

People taken away after an apposition on them (en-50 missed "Two farm workers, both
Malaysian citizens, were taken away by the attackers"; "were abducted" after the same gap is
read on en-25, en-29 and en-44, and "23 men from the village were taken away" on en-24).

A year dates the attack or the killings a headline or a court report names after it, and
the stretch of a year a count is compared with (en-34 missed "over 2022 shootings", en-39
"over 2024 ambush", en-50 "over 2023 Spanish Town killings" and "the same period of 2025";
"for 2019 ambush" on en-47 and "over 2019 killings" on en-28 are read).

A dated dateline glued to the headline starts the body (en-50 "..., warns MSF Panama City,
13 August 2026 - ...", "..., Human Rights Watch Finds Santo Domingo, 15 July 2026 - ...";
en-38 "... run low Nairobi/Mogadishu, 21 May 2026 – ..." gave the headline to the first
statement's words), and a first sentence followed by a sentence that is only a date is
the headline (en-48 "..., Amnesty Finds. 10 February 2026. ..."). A headline closed by ",
<group> Finds" reports the group's finding, as ", Rights Group Says" does (en-48, en-50).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words
from workbench.core.extract import extract

_PUBLISHED = "2026-09-24"


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, _PUBLISHED)["dates"]]


STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # staff placed by a name, then "report that"
    ("Shelling went on all night. Our staff in Kessa report that about 3,000 people have "
     "fled their homes.",
     [("Our staff in Kessa", "about 3,000 people have fled their homes")]),
    # a dated dateline glued to the headline: the headline's source, and the body's words
    # without the headline
    ("Veltra: Attacks on farmers on the rise, warns NRC Tala City, 4 March 2026 - Attacks "
     "on farmers in Kessa province have doubled since January, the Norwegian Refugee "
     "Council said today.",
     [("NRC", "Attacks on farmers on the rise"),
      ("the Norwegian Refugee Council",
       "Attacks on farmers in Kessa province have doubled since January")]),
    # a headline closed by the group that found it
    ("Veltra: Police Beat Protesters in Kessa, Rights Group Finds\nKESSA, 3 May 2026 - "
     "Police beat at least 40 protesters, the group said.",
     [("Rights Group", "Police Beat Protesters in Kessa"),
      ("the group", "Police beat at least 40 protesters")]),
    # ... in a text without line breaks, its first sentence before a dated one
    ("Veltra: Soldiers Burned Homes in Kessa, Amnesty Finds. 12 March 2026. Soldiers burned "
     "at least 30 homes in Kessa, Amnesty International said.",
     [("Amnesty", "Soldiers Burned Homes in Kessa"),
      ("Amnesty International", "Soldiers burned at least 30 homes in Kessa")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # "report" as a noun after "staff" and its place
    ("The staff in Kessa report was published on Monday.", []),
    # a subject with an object after "Finds": a deck line, no source closing it
    ("Veltra: Drone Strike Hit Kessa Market\nInvestigation Finds No Military Target in "
     "Kessa Village\n(Tala, April 25, 2026) - A drone hit the market.", []),
    # a dateline at the start of the text, its country after the place
    ("KESSA, Veltra, 4 March 2026 - Police said 12 people were hurt.",
     [("Police", "12 people were hurt")]),
    # a letterhead in capitals before the dated sentence is no headline
    ("MINISTRY OF DEFENCE - PRESS STATEMENT. Tala, 20 April 2026. The Ministry informs the "
     "public that 12 soldiers were killed.",
     [("The Ministry", "12 soldiers were killed")]),
]

CASUALTY_MEMBERS: list[tuple[str, list[tuple]]] = [
    ("The prosecutor said the gang was responsible for at least 11 murders between 2021 "
     "and 2023.",
     [("at least 11 murders", "killed", 11, None, "at_least", "murders")]),
    ("The city recorded 412 murders last year.",
     [("412 murders", "killed", 412, None, "exact", "murders")]),
    # an apposition between the counted people and "were taken away"
    ("Two nurses, both Veltran citizens, were taken away by the gunmen.",
     [("Two nurses", "captured", 2, None, "exact", "nurses")]),
]

CASUALTY_LOOKALIKES: list[tuple[str, list[tuple]]] = [
    # murders with no count
    ("The murders began in 2019, police said.", []),
    ("Murders fell by a third last year.", []),
    # taken after the apposition to care or for questioning: no captives
    ("Two nurses, both Veltran citizens, were taken to hospital by relatives.", []),
    ("Two nurses, both Veltran citizens, were taken away for questioning.", []),
]

DATE_MEMBERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Court jails five over 2024 ambush on Kessa farmers\nKESSA, Nov. 12 - A court "
     "sentenced five men.",
     [("2024", "2024"), ("Nov. 12", "2025-11-12")]),
    ("Trial opens over 2022 shootings\nKESSA - The trial opened in the capital.",
     [("2022", "2022")]),
    ("Five jailed for life over 2023 Tala Town killings\nKESSA - Five men were jailed.",
     [("2023", "2023")]),
    ("Police counted 14 homicides, compared with nine in the same period of 2025.",
     [("2025", "2025")]),
]

DATE_LOOKALIKES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a count of people after the name of a town, no event
    ("Police said more than 2000 Tala Town residents fled.", []),
    ("Aid groups fed about 2000 people.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASUALTY_MEMBERS + CASUALTY_LOOKALIKES)
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATE_MEMBERS + DATE_LOOKALIKES)
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected
