"""Probes of the seventy-seventh English round (issue 11): families that recur.

An adverb between a plural subject and a present verb that is also a noun: "Local
sources also report that ...", "Aid agencies now estimate that ...". The plain "report"
and "estimate" are read as verbs only after a plural subject; an adverb of addition or
time ("also", "now", "still", "further") between the two leaves that subject in place,
since no adverb stands between a modifier and its noun ("a police report").

People hit where a wound is told: "one rating hit in the arm" (a limb, as "shot in the
arm" is read) and "three had been hit by rifle bullets" (fragments, pellets or bullets
named by kind). A bare "a bullet", a shell or a bomb stays out: it is as often a death,
or what hit a building or a vehicle.

A thing said before, told only by how often: "They have promised us this before",
"The council has promised it so many times". "it", "this" or "that" (perhaps after the
one told) and an adverbial of repetition closing the clause are no words of their own;
the outer speaker keeps the whole quote.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

ADVERB_MEMBERS: list[tuple[str, list]] = [
    ("Aid workers also report that at least 30 homes were burned in Keloma on Sunday.",
     [("Aid workers", "at least 30 homes were burned in Keloma on Sunday")]),
    ("Local officials now estimate that 4,000 people have fled the district.",
     [("Local officials", "4,000 people have fled the district")]),
    # the plain present "claim", read by the same subject test
    ("Residents still claim that soldiers fired first at the crowd.",
     [("Residents", "soldiers fired first at the crowd")]),
]

ADVERB_LOOK_ALIKES: list[tuple[str, list]] = [
    # the noun, with the adverb after it
    ("The agency's annual report also described the camps in detail.", []),
    # a modal, no plural subject, before the adverb
    ("Teachers will now report that to the board.", []),
    # the past and "called for" were read already
    ("Officials also reported that three bridges were damaged.",
     [("Officials", "three bridges were damaged")]),
    ("The governor also called for calm after the riot.",
     [("The governor", "calm after the riot")]),
]


@pytest.mark.parametrize(("text", "expected"), [*ADVERB_MEMBERS, *ADVERB_LOOK_ALIKES])
def test_adverb_after_a_plural_subject(text: str, expected: list) -> None:
    assert statement_words(text) == expected


HIT_MEMBERS: list[tuple[str, list]] = [
    ("Three protesters were hit by rubber bullets outside the court on Tuesday.",
     [("Three protesters were hit by rubber bullets", "wounded", 3, None, "exact",
       "protesters")]),
    ("Two soldiers were hit by shrapnel when the mortar landed.",
     [("Two soldiers were hit by shrapnel", "wounded", 2, None, "exact", "soldiers")]),
    ("Police said four men had been hit by pellets during the clashes.",
     [("four men had been hit by pellets", "wounded", 4, None, "exact", "men")]),
    ("The log says one guard was hit in the leg at the gate.",
     [("one guard was hit in the leg", "wounded", 1, None, "exact", "guard")]),
    # the death told after the hit: one entry, the dead
    ("Two men were hit by rifle bullets and died on the way to hospital.",
     [("Two men were hit by rifle bullets and died", "killed", 2, None, "exact", "men")]),
]

HIT_LOOK_ALIKES: list[tuple[str, list]] = [
    # buildings and vehicles hit
    ("Two houses were hit by shells overnight.", []),
    ("Two trucks carrying 14 soldiers were hit by a roadside bomb.", []),
    # a single bullet, as often a death
    ("Ana Reyes, 31, was hit by a single bullet as she drove home.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*HIT_MEMBERS, *HIT_LOOK_ALIKES])
def test_people_hit_where_a_wound_is_told(text: str, expected: list) -> None:
    assert figures(text) == expected


REPEATED_MEMBERS: list[tuple[str, list]] = [
    ("'They have promised us this before,' said Amara Diallo, a trader in Kesso.",
     [("Amara Diallo", "They have promised us this")]),
    ('"The council has promised it so many times," said Petar Ilic, a farmer.',
     [("Petar Ilic", "The council has promised it so many times")]),
    ("Residents said the army had promised that again and again.",
     [("Residents", "the army had promised that again and again")]),
]

REPEATED_LOOK_ALIKES: list[tuple[str, list]] = [
    # "that" opening a clause whose first words tell a time
    ("The minister said that before the attack, soldiers had left the town.",
     [("The minister", "before the attack, soldiers had left the town")]),
    ("They told us that already the town was empty.",
     [("They", "already the town was empty")]),
    # words after a colon, and a time that goes on
    ("The governor said it again: the border stays closed.",
     [("The governor", "it again: the border stays closed")]),
    ("The mayor said it before the council met.",
     [("The mayor", "it before the council met")]),
]


@pytest.mark.parametrize(("text", "expected"), [*REPEATED_MEMBERS, *REPEATED_LOOK_ALIKES])
def test_a_thing_said_before(text: str, expected: list) -> None:
    assert statement_words(text) == expected
