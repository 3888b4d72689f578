"""English probes, sixty-ninth round: families that recur over the sets.

1. A request told in the progressive ("is calling on donors to ...", "were urging both
   sides to ...", "has been calling on residents to ..."): its addressee and infinitive
   are its words, as after "calls on" and "urges" (missed on the thirty-second to
   thirty-fifth sets). "calling on" with no infinitive after its object (a visit, a day)
   stays no request.
2. A count of civilians (or a crowd with no noun) that "are / were / had been sheltering"
   in a place, after the story has told of flight or displacement: displaced, as the
   gold of eleven sets reads it. With no flight told before, or a count of soldiers,
   people sheltering stay no figure (they may hide from one attack).
3. An observance declared with its length or reach before it ("declared a 30-day state
   of emergency", "a 48-hour curfew", "a three-day national mourning") is an act of
   office, no words, as "declared a state of emergency" was.

4. A bare count still kept in care ("nine remain hospitalised", "11 are still in
   hospital"): wounded, as "one remains in critical condition" is; a count with a noun of
   its own ("Four nurses remain in hospital") stays no figure.

Left as a strict xfail (class 1, no safe rule yet): "appealed to X to" (one set only).
The elliptic count in surgery ("Seven are in surgery") left here is read since the
seventieth round (s72 probes).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

PROGRESSIVE_REQUESTS: list[tuple[str, list]] = [
    ("The charity is calling on donors to pay for two new wells in Ternby.",
     [("The charity", "donors to pay for two new wells in Ternby")]),
    ("Fishing unions are calling on the coast guard to reopen the northern harbour.",
     [("Fishing unions", "the coast guard to reopen the northern harbour")]),
    ("The bishop was calling on both militias to lay down their arms.",
     [("The bishop", "both militias to lay down their arms")]),
    ("The mayor of Orvale has been calling on residents to boil their water.",
     [("The mayor of Orvale", "residents to boil their water")]),
    ("Teachers are urging parents to keep children away from the river.",
     [("Teachers", "parents to keep children away from the river")]),
    ("The league is also calling on clubs to cancel Saturday's matches.",
     [("The league", "clubs to cancel Saturday's matches")]),
]
PROGRESSIVE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The nurses were calling on families in the lower valley.", []),
    ("The committee is calling on Monday.", []),
    ("The envoy is calling on the governor this afternoon.", []),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*PROGRESSIVE_REQUESTS, *PROGRESSIVE_LOOK_ALIKES])
def test_progressive_request(text: str, expected: list) -> None:
    assert statement_words(text) == expected


SHELTERING: list[tuple[str, list]] = [
    ("Raids on the hill farms displaced 900 families. About 300 people are sheltering "
     "in the Ternby sports hall.",
     [("displaced 900 families", "displaced", 900, None, "exact", "families"),
      ("About 300 people are sheltering", "displaced", 300, None, "about", "people")]),
    ("Thousands have fled the valley. Most are staying with relatives; about 1,400 are "
     "sheltering in two churches.",
     [("Thousands have fled", "displaced", 2000, None, "vague", None),
      ("about 1,400 are sheltering", "displaced", 1400, None, "about", None)]),
    ("Villagers fled the raid on Orvale. At least 600 residents from the upper villages "
     "were sheltering at the mission on Tuesday.",
     [("At least 600 residents from the upper villages were sheltering", "displaced", 600,
       None, "at_least", "residents")]),
    ("The displacement is the largest this year. Some 250 families had been sheltering "
     "under plastic sheets near the market.",
     [("Some 250 families had been sheltering", "displaced", 250, None, "about",
       "families")]),
]
SHELTERING_LOOK_ALIKES: list[tuple[str, list]] = [
    # no flight told before: people may hide from one attack
    ("The shelling went on all night. About 60 people were sheltering in the basement.", []),
    ("Some 40 villagers are sheltering in the school from the storm.", []),
    # soldiers, not civilians
    ("Two gunmen fled. Three soldiers were sheltering in a trench.", []),
    # a part in a clause on "with", already read (round 55)
    ("Thousands have fled the town, with about 9,000 sheltering in a school.",
     [("about 9,000 sheltering", "displaced", 9000, None, "about", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [*SHELTERING, *SHELTERING_LOOK_ALIKES])
def test_sheltering_after_flight(text: str, expected: list) -> None:
    assert figures(text) == expected


# 3. An observance declared with its length or reach before it is an act of office.
OBSERVANCES: list[tuple[str, list]] = [
    ("The cabinet has declared a 60-day state of emergency in the three border districts.",
     []),
    ("The governor declared a 48-hour curfew across Ternby.", []),
    ("The president declared a three-day national mourning for the miners.", []),
]
OBSERVANCE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The mayor declared the 30-day clean-up campaign a success.",
     [("The mayor", "the 30-day clean-up campaign a success")]),
    ("The minister declared that the curfew would end on Sunday.",
     [("The minister", "the curfew would end on Sunday")]),
]


@pytest.mark.parametrize(("text", "expected"), [*OBSERVANCES, *OBSERVANCE_LOOK_ALIKES])
def test_declared_observance_with_length(text: str, expected: list) -> None:
    assert statement_words(text) == expected


# 4. A bare count still kept in care ("nine remain hospitalised", "11 are still in
#    hospital") is wounded, as "one remains in critical condition" is.
KEPT_IN_CARE: list[tuple[str, list]] = [
    ("The bus was hit by a mine near Ternby; 14 passengers were wounded and eight remain "
     "in hospital.",
     [("14 passengers were wounded", "wounded", 14, None, "exact", "passengers"),
      ("eight remain in hospital", "wounded", 8, None, "exact", None)]),
    ("A car bomb wounded 25 people in Orvale; 11 are still in hospital.",
     [("wounded 25 people", "wounded", 25, None, "exact", "people"),
      ("11 are still in hospital", "wounded", 11, None, "exact", None)]),
    ("Four remain hospitalised after the grenade attack on the Ternby bus station.",
     [("Four remain hospitalised", "wounded", 4, None, "exact", None)]),
]
KEPT_IN_CARE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Four nurses remain in hospital to care for the patients.", []),
    ("Three remain in custody after the raid on the depot.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*KEPT_IN_CARE, *KEPT_IN_CARE_LOOK_ALIKES])
def test_kept_in_care(text: str, expected: list) -> None:
    assert figures(text) == expected


# (the elliptic count in surgery, "Seven are in surgery", is read since the seventieth
# round: a plain test in the s72 probes; the appeal to an addressee, class 1 left in the
# sixty-ninth round, is read since round en194 as "called on" is)


def test_an_appeal_to_an_addressee_reads() -> None:
    assert statement_words("The governor appealed to farmers to stay off the western road.") == [
        ("The governor", "farmers to stay off the western road")]
