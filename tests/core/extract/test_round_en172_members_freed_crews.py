"""English round 172 (issue 11): the last member of a toll's list named by a force's escort,
people freed from a state's jail, pick-ups by the police in the passive, a crew counted in
an apposition before its craft's holding, and a live blog's "Yesterday" heading. The probe
sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _en(text: str) -> list[tuple[int | None, str, str]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"], text[c["start"]:c["end"]]) for c in found]


def _dates(text: str, published: str) -> list[tuple[str, object]]:
    return [(d["text"], d["value"]) for d in extract(text, published, language="en")["dates"]]


# --- the members of a toll's list -----------------------------------------------------------

@pytest.mark.parametrize("text, member", [
    ("Four people were killed: two of its drivers, a nurse and a police escort.",
     "a police escort"),
    ("Five people were killed in the ambush, including three traders and an armed escort.",
     "an armed escort"),
    ("Three people were wounded: a driver, a cook and a military escort.",
     "a military escort"),
])
def test_an_escort_named_by_its_force_is_a_member(text: str, member: str) -> None:
    assert any(span == member and count == 1 for count, _, span in _en(text))


def test_a_police_escort_alone_is_a_victim() -> None:
    assert (1, "killed", "A police escort was killed") in _en(
        "A police escort was killed when the convoy was ambushed.")


@pytest.mark.parametrize("text", [
    "Four people were wounded: two of its drivers, a nurse and a police vehicle.",
    "The aid convoy travelled under police escort when four people were killed.",
])
def test_no_person_stays_no_member(text: str) -> None:
    spans = [span for _, _, span in _en(text)]
    assert not any("vehicle" in s or "escort" in s for s in spans)


# --- people freed from a state's jail -------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("Officials freed 14 jailed journalists on Monday.", 14),
    ("The government released 30 imprisoned activists on Friday.", 30),
    ("Twelve jailed bloggers were freed on Monday after a court ruling.", 12),
    ("Militants abducted 12 aid workers last month. On Monday the government freed 14 "
     "jailed journalists.", 14),
])
def test_freed_from_a_states_jail_is_arrested(text: str, count: int) -> None:
    found = [(c, o) for c, o, span in _en(text) if c == count]
    assert found == [(count, "arrested")]


def test_prisoners_freed_under_an_amnesty_stay_unread() -> None:
    assert _en("The government released 30 imprisoned activists under an amnesty.") == []


@pytest.mark.parametrize("text", [
    "Gunmen freed 14 hostages on Monday.",
    "Rebels kidnapped 20 villagers last week. On Monday they freed 14 hostages.",
])
def test_freed_hostages_stay_captured(text: str) -> None:
    assert (14, "captured") in [(c, o) for c, o, _ in _en(text)]


# --- picked up by the police --------------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("Two activists were picked up by the police outside their homes.", 2),
    ("Three students were picked up by the security forces on Tuesday.", 3),
    ("Police picked up 12 men at a checkpoint.", 12),
])
def test_picked_up_by_the_police_is_an_arrest(text: str, count: int) -> None:
    assert [(c, o) for c, o, _ in _en(text)] == [(count, "arrested")]


@pytest.mark.parametrize("text", [
    "Forty people were picked up by a police boat off the coast.",
    "Twenty survivors were picked up by the police.",
    "Twenty-five people were picked up by a fishing boat.",
    "Forty passengers were picked up by the bus at the station.",
])
def test_a_rescue_or_a_ride_stays_unread(text: str) -> None:
    assert _en(text) == []


def test_bodies_picked_up_are_no_arrest() -> None:
    assert all(o != "arrested" for _, o, _ in _en("Workers picked up the bodies of 12 people."))


# --- a crew counted in an apposition before the craft's holding ------------------------------

@pytest.mark.parametrize("text, count", [
    ("The tanker Sea Falcon, with 19 crew on board, was hijacked off the coast on Sunday.", 19),
    ("The bulk carrier, with 22 sailors on board, was reportedly hijacked by gunmen.", 22),
    ("The trawler, with 11 crew members on board, has been held since May.", 11),
])
def test_a_crew_in_an_apposition_is_held_with_its_craft(text: str, count: int) -> None:
    assert [(c, o) for c, o, _ in _en(text)] == [(count, "captured")]


@pytest.mark.parametrize("text", [
    "The cargo ship, with 21 crew on board, docked in the port on Sunday.",
    "The ferry, with 30 crew on board, was rescued by the navy.",
    "The yacht, with 4 crew on board, sailed from Aden on Friday.",
])
def test_a_craft_that_sails_or_is_rescued_holds_no_one(text: str) -> None:
    assert _en(text) == []


def test_the_older_held_with_crew_still_reads() -> None:
    assert [(c, o) for c, o, _ in _en("Pirates held the tanker with eleven crew on board.")] == [
        (11, "captured")]


# --- a live blog's "Yesterday" heading ------------------------------------------------------

def test_yesterday_under_a_yesterday_heading_is_the_same_day() -> None:
    text = ("Live: talks resume as fighting continues\n\nYesterday\n\n18:40\n"
            "Police said yesterday that three suspects had been detained.\n")
    assert _dates(text, "2026-03-12") == [("Yesterday", "2026-03-11"),
                                          ("yesterday", "2026-03-11")]


def test_today_and_yesterday_headings_each_read_from_publication() -> None:
    text = ("Live updates\n\nToday\n\n09:10\nThe talks resumed today.\n\nYesterday\n\n21:05\n"
            "The army said yesterday it had pulled back.\n")
    assert _dates(text, "2026-03-12") == [
        ("Today", "2026-03-12"), ("today", "2026-03-12"),
        ("Yesterday", "2026-03-11"), ("yesterday", "2026-03-11")]


def test_a_yesterday_heading_alone_keeps_its_reading() -> None:
    text = "Live updates\n\nYesterday\n\n21:05\nThe army said it had pulled back.\n"
    assert _dates(text, "2026-03-12") == [("Yesterday", "2026-03-11")]


def test_a_dated_heading_still_anchors_yesterday() -> None:
    text = ("Live updates\n\nWednesday 11 March\n\n21:05\n"
            "The army said yesterday it had pulled back.\n")
    assert _dates(text, "2026-03-12") == [("Wednesday 11 March", "2026-03-11"),
                                          ("yesterday", "2026-03-10")]


def test_weekdays_under_a_yesterday_heading_read_as_before() -> None:
    text = ("Live updates\n\nYesterday\n\n18:40\n"
            "The minister spoke to reporters on Monday.\n")
    assert _dates(text, "2026-03-12")[-1] == ("Monday", "2026-03-09")
