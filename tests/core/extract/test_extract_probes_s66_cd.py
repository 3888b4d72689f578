"""English probes, sixty-fourth round: the thirtieth blind set's casualty families, and
one of the sixty-second round's leftovers (figures dated 10 March 2015 by ``figures``).

1. An armed group's splinter is a captor: "Rebel dissidents free three soldiers held for a
   month" gives the soldiers, captured, as "Rebels free ..." does. Dissidents freed by a
   government are its prisoners' business and stay nothing.
2. People who "have been held by" captors are captives, whatever the story: "by armed
   groups", "by villagers or armed groups" (one holder joined before them). "held by the
   police" is a detention and stays as before (nothing without its terms).
3. A finding before a person noun is its adjective: "among them a presumed bomb-maker" is
   one of the captured, group "presumed bomb-maker"; "Fifteen presumed dead" keeps reading
   as before (no person noun after "presumed").
4. A sub-group of the wounded by the care it was sent on for, as by the care it needed:
   "nine were referred for surgery" is wounded (group null); and, after the wounded in the
   same sentence, a bare count sent on to a named place: "five were referred to Kessa",
   "three were later evacuated to Orlo". A count with a noun ("six suspects were referred
   to ..."), a body after the place ("to Kessa magistrates") and no wounded before stay
   nothing.

Left (strict xfail, from the sixty-second round): ``test_extract_probes_s64_cd.py``.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

DISSIDENTS: list[tuple[str, list]] = [
    ("Rebel dissidents free three soldiers held for a month in Varn",
     [("free three soldiers", "captured", 3, None, "exact", "soldiers")]),
    ("Guerrilla dissidents on Friday released four police officers near Orlo.",
     [("released four police officers", "captured", 4, None, "exact", "police officers")]),
]
DISSIDENTS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The government will free three dissidents held since the protests.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*DISSIDENTS, *DISSIDENTS_LOOK_ALIKES])
def test_dissidents_as_captors(text: str, expected: list) -> None:
    assert figures(text) == expected


HELD_BY: list[tuple[str, list]] = [
    ("As many as 40 engineers have been held by armed groups in the region this year.",
     [("As many as 40 engineers have been held", "captured", 40, None, "up_to",
       "engineers")]),
    ("At least 12 teachers have been held by villagers or armed groups in Orlo.",
     [("At least 12 teachers have been held", "captured", 12, None, "at_least",
       "teachers")]),
]
HELD_BY_LOOK_ALIKES: list[tuple[str, list]] = [
    # (round en146) the police's holding is an arrest, never a capture
    ("Twelve journalists have been held by the police in Kessa.",
     [("Twelve journalists have been held", "arrested", 12, None, "exact", "journalists")]),
    ("Nine seats have been held by armed groups' allies since the vote.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*HELD_BY, *HELD_BY_LOOK_ALIKES])
def test_held_by_captors(text: str, expected: list) -> None:
    assert figures(text) == expected


PRESUMED: list[tuple[str, list]] = [
    ("Troops killed eight militants and captured four others, among them a presumed "
     "recruiter.",
     [("killed eight militants", "killed", 8, None, "exact", "militants"),
      ("captured four others", "captured", 4, None, "exact", "others"),
      ("among them a presumed recruiter", "captured", 1, None, "exact",
       "presumed recruiter")]),
]
PRESUMED_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Fifteen presumed dead after the ferry sank off Orlo.",
     [("Fifteen presumed dead", "killed", 15, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [*PRESUMED, *PRESUMED_LOOK_ALIKES])
def test_a_finding_before_a_person_noun(text: str, expected: list) -> None:
    assert figures(text) == expected


SENT_ON: list[tuple[str, list]] = [
    ("The clinic admitted 30 wounded patients; nine were referred for surgery.",
     [("30 wounded patients", "wounded", 30, None, "exact", "wounded patients"),
      ("nine were referred for surgery", "wounded", 9, None, "exact", None)]),
    ("The health centre has treated 22 of the wounded; five were referred to Kessa by road.",
     [("22 of the wounded", "wounded", 22, None, "exact", None),
      ("five were referred to Kessa", "wounded", 5, None, "exact", None)]),
    ("The clinic took in 20 injured people, and three were later evacuated to Orlo.",
     [("20 injured people", "wounded", 20, None, "exact", "injured people"),
      ("three were later evacuated to Orlo", "wounded", 3, None, "exact", None)]),
]
SENT_ON_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Shelling wounded 12 people; six suspects were referred to Kessa.",
     [("wounded 12 people", "wounded", 12, None, "exact", "people")]),
    ("Shelling wounded 12 people; six were referred to Kessa magistrates.",
     [("wounded 12 people", "wounded", 12, None, "exact", "people")]),
    ("Police detained 12 people; six were referred to Kessa for trial.",
     [("detained 12 people", "arrested", 12, None, "exact", "people")]),
    ("The ministry referred five cases for surgery review to Orlo.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*SENT_ON, *SENT_ON_LOOK_ALIKES])
def test_a_sub_group_of_the_wounded_sent_on(text: str, expected: list) -> None:
    assert figures(text) == expected
