"""Round en159: people named or parted after their toll. The members of a toll listed after
its holders' state, a toll split in apposition by its parts, the hurt told by where they are
treated, parts told with "of those" or as others believe them to be, and captives an armed
band forced off or into a ride; with the look-alikes that stay unread."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> set[tuple[str, int]]:
    return {(str(f["outcome"]), int(str(f["count_low"]))) for f in find_casualties(text)}


@pytest.mark.parametrize(("text", "figures"), [
    # the members of a toll listed after the holders' state or the missing
    ("Police made several arrests after the raid. Those in custody are the driver's uncle,"
     " two of his cousins and a woman who rented the flat.",
     {("arrested", 2), ("arrested", 1)}),
    ("Police arrested a man on Friday. Those in custody include three students and a"
     " taxi driver.", {("arrested", 3), ("arrested", 1)}),
    ("The missing are a fisherman, his two sons and a harbour worker.",
     {("missing", 1), ("missing", 2)}),
    ("Those still missing include four miners and an engineer.",
     {("missing", 4), ("missing", 1)}),
    ("Five people were killed. The dead include two of her sons and a neighbour.",
     {("killed", 2), ("killed", 1)}),
    # a toll split in apposition, its last member with no count
    ("Five people, four passengers and the driver, were killed.",
     {("killed", 5), ("killed", 4)}),
    ("Seven people, five soldiers and their interpreter, were wounded in the ambush.",
     {("wounded", 7), ("wounded", 5)}),
    ("Five people - four passengers and the driver - were killed.",
     {("killed", 5), ("killed", 4)}),
    # the parts keep the toll's outcome, not a later clause's
    ("Officially nine soldiers died that night, four guardsmen and five from the barracks,"
     " and 20 were wounded.", {("killed", 9), ("killed", 4), ("killed", 5), ("wounded", 20)}),
    ("Eleven soldiers died, six guardsmen and five reservists, and 20 were wounded.",
     {("killed", 11), ("killed", 6), ("killed", 5), ("wounded", 20)}),
    # the hurt told by where they are treated, a part in care past the place's words
    ("Three people were killed, the ministry said, and 16 are being treated in hospitals in"
     " the city, five of them in intensive care.", {("killed", 3), ("wounded", 16),
                                                    ("wounded", 5)}),
    ("Four villagers died and 12 were being treated in local hospitals in the region, three"
     " of them in a serious condition.", {("wounded", 12), ("wounded", 3)}),
    ("The company is paying for the care of all the injured. Nine of them remain at the"
     " district hospital.", {("wounded", 9)}),
    ("Twenty people were wounded. Six remain at the provincial hospital.", {("wounded", 6)}),
    # a part with "of those", or as others believe them to be
    ("Soldiers detained 45 men at the checkpoint. Twelve of them are believed to be"
     " students.", {("arrested", 45), ("arrested", 12)}),
    ("Rebels seized 30 villagers. Nine of those are women.", {("captured", 9)}),
    # an armed band forcing people off a ride or into one takes them
    ("Gunmen stopped the bus and forced 12 migrants off it. Three of them later escaped.",
     {("captured", 12), ("captured", 3)}),
    ("Armed men forced nine travellers out of their cars on the highway. Two of them"
     " escaped on Sunday.", {("captured", 9), ("captured", 2)}),
    ("Militiamen forced 15 villagers into a truck and drove off.", {("captured", 15)}),
    ("Bandits forced 20 passengers off the bus and marched them into the forest.",
     {("captured", 20)}),
])
def test_reads(text: str, figures: set[tuple[str, int]]) -> None:
    assert figures <= _read(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # no toll before the list
    ("The organisers were a teacher and two nurses.", ("killed", 2)),
    # the last part's outcome is its toll's
    ("Eleven soldiers died, six guardsmen and five reservists, and 20 were wounded.",
     ("wounded", 5)),
    ("Three people were killed, the ministry said, and 16 are being treated in hospitals in"
     " the city, five of them in intensive care.", ("killed", 5)),
])
def test_not_that_reading(text: str, wrong: tuple[str, int]) -> None:
    assert wrong not in _read(text)


@pytest.mark.parametrize("text", [
    "The organisers were a teacher and two nurses.",
    "The speakers included a teacher, two students and a doctor.",
    "The passengers were a retired teacher and two nurses.",
    "Those in custody were questioned overnight.",
    "Four nurses remain at the district hospital.",
    "The bus was carrying 40 passengers. Ten of them are children.",
    "The school has 400 pupils. Some 150 of those are girls.",
    "Gunmen stopped the bus, which had 30 people on board.",
    # forced off land is a displacement left as it reads; into marriage, or by others
    "Militiamen forced 200 families off their land.",
    "Gunmen forced 40 girls into marriage.",
    "The driver forced 12 passengers off the bus.",
    "Five people, four passengers and the driver, were on board.",
])
def test_stays_unread(text: str) -> None:
    assert _read(text) == set()


def test_a_hospital_moves_on_part_of_its_intake() -> None:
    text = ("The hospital received more than 80 of the injured; 31 were transferred to the"
            " capital for surgery.")
    assert _read(text) == {("wounded", 80)}
    later = ("The clinic admitted 60 wounded people. Twenty were later transferred to the"
             " capital.")
    assert _read(later) == {("wounded", 60)}


def test_a_part_of_a_toll_moved_on_stays_read() -> None:
    assert ("wounded", 6) in _read("The shooting left 19 people wounded. Six were"
                                   " transferred to the capital's trauma unit.")


def test_a_part_moved_on_for_its_injuries_stays_read() -> None:
    text = ("The Saint-Anne clinic received 31 wounded people between 3 and 6 May; nine were"
            " referred to Kessa by air because of the severity of their injuries.")
    assert ("wounded", 9) in _read(text)


def test_the_band_itself_forced_away_takes_no_one() -> None:
    assert _read("Three gunmen were forced to flee into the forest.") == set()
    assert _read("The gunmen were forced off the bus by the passengers.") == set()
