"""English round 176 (issue 11): a prison's population is no figure, inmates freed in an
attack on their jail are no captives, escapees caught again are arrested, and breathing
problems are wounds when the story tells a gas or a fire. The probe sentences are our own,
written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _en(text: str) -> list[tuple[int | None, str, str]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"], text[c["start"]:c["end"]]) for c in found]


# --- a prison's population ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "About 240 detainees at the city jail have refused meals since Friday to protest "
    "overcrowding.",
    "Ten detainees in his wing began the hunger strike together.",
    "Some 90 detainees at the remand centre staged a sit-in over visits.",
    "Nearly 70 detainees have been on hunger strike since the start of the month.",
    "Water and food deliveries to the remaining 260 detainees resumed on Tuesday.",
    "Family visits to the 85 detainees were suspended after the riot.",
    "The jail, built for 300, now holds more than 1,100 people.",
    "The prison in Loja, which holds about 1,400 people, was stormed by the army.",
    "The centre, designed for 500 inmates, currently holds 2,000 people.",
])
def test_a_prisons_population_is_no_figure(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police arrested 240 protesters on Friday.", (240, "arrested")),
    ("About 240 people were detained at the rally on Friday.", (240, "arrested")),
    ("Some 200 detainees were freed on Monday.", (200, "arrested")),
    ("The army said it was holding 35 detainees at the base.", (35, "arrested")),
    ("Relatives of three detainees who died said they were beaten.", (3, "killed")),
    ("The rebels hold 12 soldiers at their base.", (12, "captured")),
    ("The militants, who hold 12 soldiers, demanded a ransom.", (12, "captured")),
])
def test_people_held_as_an_event_keep_their_figure(text: str, expected: tuple[int, str]) -> None:
    assert expected in [(c, o) for c, o, _ in _en(text)]


def test_the_arrest_told_before_the_strike_stays() -> None:
    found = _en("Police detained 240 protesters on Friday. The 240 detainees began a hunger "
                "strike on Monday.")
    assert [(c, o) for c, o, _ in found] == [(240, "arrested")]


# --- inmates freed in an attack on their jail --------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen free over 100 inmates in jail attack",
    "Gunmen freed more than 100 inmates after storming the prison on Sunday.",
    "Militants freed 120 prisoners in an attack on the central prison on Sunday.",
    "Attackers freed 50 convicts when they stormed the jail in Kano.",
])
def test_inmates_freed_by_attackers_are_no_captives(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize("text, count", [
    ("Gunmen freed 14 hostages on Monday.", 14),
    ("Gunmen freed 40 hostages in a raid on the camp.", 40),
    ("Gunmen free 12 hostages in prison raid", 12),
])
def test_hostages_freed_stay_captured(text: str, count: int) -> None:
    assert (count, "captured") in [(c, o) for c, o, _ in _en(text)]


@pytest.mark.parametrize("text", [
    "The government released 300 prisoners under an amnesty on Monday.",
    "Some 50 inmates were transferred to another prison on Monday.",
])
def test_amnesties_and_transfers_stay_unread(text: str) -> None:
    assert _en(text) == []


def test_prisoners_exchanged_stay_captured() -> None:
    # the older sets' gold counts prisoners exchanged by the sides of a war as captured
    assert (120, "captured") in [(c, o) for c, o, _ in _en(
        "The two sides exchanged 120 prisoners of war on Friday.")]


# --- escapees caught again ---------------------------------------------------------------

@pytest.mark.parametrize("text, count, span", [
    ("31 inmates escaped during the riot and 13 of them have been caught.", 13,
     "13 of them have been caught"),
    ("Thirty-one inmates escaped during the riot. Police said 13 of them had been "
     "recaptured.", 13, "13 of them had been recaptured"),
    ("About 70 prisoners escaped. Fifteen of the escapees have been caught.", 15,
     "Fifteen of the escapees have been caught"),
    ("Thirty inmates escaped and two guards were killed. Nine are back in custody.", 9,
     "Nine are back in custody"),
    ("Thirty inmates escaped and 13 of them were caught on Monday.", 13,
     "13 of them were caught"),
])
def test_escapees_caught_are_arrested(text: str, count: int, span: str) -> None:
    found = _en(text)
    assert (count, "arrested", span) in found
    assert not any(c in (30, 31, 70) for c, _, _ in found)  # the escaped are no figure


@pytest.mark.parametrize("text", [
    "After the jailbreak, ten people were caught in the crossfire.",
    "Inmates escaped after a fire. Two guards were caught in the blaze.",
    "Thirty inmates escaped. Ten people were caught by the police.",
    "Thirty inmates escaped. Two of them were caught on camera.",
])
def test_caught_in_other_senses_stays_unread(text: str) -> None:
    assert not any(o == "arrested" for _, o, _ in _en(text))


# --- breathing problems --------------------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("A fire broke out in the cell block after police fired tear gas. Two inmates died and "
     "twenty-seven others were treated at the district hospital for breathing problems.", 27),
    ("Police fired tear gas at the protesters. Twelve people were treated for breathing "
     "problems.", 12),
    ("Rioters set fire to the mattresses in the east wing. Eighteen inmates were treated for "
     "breathing difficulties.", 18),
])
def test_breathing_problems_after_gas_or_fire_are_wounds(text: str, count: int) -> None:
    assert (count, "wounded") in [(c, o) for c, o, _ in _en(text)]


@pytest.mark.parametrize("text", [
    "Twelve patients were treated for breathing problems at the clinic during the cold "
    "season.",
    "Gunmen opened fire on the market. Doctors said 14 children were treated for breathing "
    "problems during the dust storm last month.",
])
def test_breathing_problems_with_no_gas_or_fire_stay_unread(text: str) -> None:
    assert not any(c in (12, 14) for c, _, _ in _en(text))
