"""English wounded figures by the constructions news tells harm with (issue 11, round 121).

Wounded is the largest outcome among the figures missed at first sight on the English
blind sets, and each miss is a new mix of a few constructions with new words. This grid
crosses the constructions, not the vocabulary (round 117 did the words): every predicate
of harm (a severity word and a harm noun after "suffered", "sustained", "received", "had";
a bare "shot"; care given or needed; a condition; a verb of harm) with every kind of
subject news puts before it (a count and its noun, digits, a number word alone, an ordinal
"A third man", a part "One of the guards", "Four of them", a person told by age, a subject
with an apposition or a relative clause), the actives with the victims as object, and the
look-alikes that share the words but count no person (things, animals, a team, a film,
a drone, losses, water, ages, years, money).

Bare "shot" follows the blind sets' gold: a count of people "was/were shot" (with or
without the part struck) is wounded when no death of theirs is told beside it ("Two
officers were shot", "a hostage has been shot", "A cousin who was with them was shot"),
and the active with a counted object is too ("shot two snowboarders", "shot a young
worker"); a death told in the same sentence, "the victims" or "the dead" who were shot,
a pronoun or a possessive ("her son was shot"), "shot at", "shot down", "a shot", and a shot
in the head or the trunk with nothing after it that tells the person alive give no wounded
figure.

Every sentence, person and place is invented. Figures compare as (count, outcome) pairs.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator

import pytest

from tests.casualty_grid import Case, case_batches, look_figures, print_summary
from tests.grid_batches import Batch, check_batch
from workbench.core.extract.casualties import find_casualties

# The subjects news puts before a predicate of harm: (words, value, singular).
SUBJECTS: tuple[tuple[str, int, bool], ...] = (
    ("Two soldiers", 2, False),
    ("Three police officers", 3, False),
    ("14 people", 14, False),
    ("A third man", 1, True),
    ("One of the guards", 1, True),
    ("Four of them", 4, False),
    ("A 45-year-old man", 1, True),
    ("The two men, both in their twenties,", 2, False),
    ("A cousin who was with them", 1, True),
)
SEVERITIES = ("minor", "light", "slight", "moderate", "serious", "severe", "critical", "grave",
              "life-threatening", "non-life-threatening", "superficial", "multiple")
HAVING_VERBS = ("suffered", "sustained", "received", "had")
HARM_NOUNS = ("injuries", "wounds")
TAILS = ("", " in the attack", ", police said")


def _be(singular: bool) -> str:
    return "was" if singular else "were"


def severity_cases() -> Iterator[Case]:
    """A subject that suffered, sustained, received or had a harm graded by its severity."""
    for i, ((subject, value, _), verb, severity) in enumerate(
            itertools.product(SUBJECTS, HAVING_VERBS, SEVERITIES)):
        noun = HARM_NOUNS[i % 2]
        tail = TAILS[i % 3]
        yield Case("severity", f"{subject}-{verb}-{severity}",
                   f"{subject} {verb} {severity} {noun}{tail}.", ((value, "wounded"),))


# A bare "shot": the passive with or without the part struck, then where or when.
SHOT_FORMS = ("{be} shot", "{be} shot in the leg", "{be} shot in both legs",
              "{be} also shot", "{have} been shot", "{be} shot and wounded")
SHOT_AFTER = (" at a wedding near Tor", " on Sunday night", " outside a bar, police said")


def shot_cases() -> Iterator[Case]:
    for i, ((subject, value, singular), form) in enumerate(
            itertools.product(SUBJECTS, SHOT_FORMS)):
        verb = form.format(be=_be(singular), have="has" if singular else "have")
        after = SHOT_AFTER[i % 3]
        yield Case("shot", f"{subject}-{form}", f"{subject} {verb}{after}.",
                   ((value, "wounded"),))


# The active shot at a counted object, then where, when or the part struck.
SHOT_AGENTS = ("Gunmen", "A man armed with a rifle", "The attacker")
SHOT_OBJECTS: tuple[tuple[str, int], ...] = (
    ("two guests", 2), ("a young worker", 1), ("three villagers", 3),
    ("a 17-year-old student", 1), ("two snowboarders", 2))
SHOT_ACTIVE_AFTER = ("", " in the leg", " outside the hall", " on Saturday")


def shot_active_cases() -> Iterator[Case]:
    for agent, (obj, value) in itertools.product(SHOT_AGENTS, SHOT_OBJECTS):
        for after in SHOT_ACTIVE_AFTER:
            yield Case("shot_active", f"{agent}-{obj}-{after.strip()}",
                       f"{agent} shot {obj}{after}.", ((value, "wounded"),))


# Care given, needed or told by its time: a victim told by the care.
CARE_PREDICATES = (
    "{be} treated for smoke inhalation", "{be} treated for burns", "needed stitches",
    "needed surgery", "{be} taken to hospital with gunshot wounds",
    "{be} admitted to hospital with stab wounds", "{be} treated for shock")


def care_cases() -> Iterator[Case]:
    for i, ((subject, value, singular), predicate) in enumerate(
            itertools.product(SUBJECTS, CARE_PREDICATES)):
        text = f"{subject} {predicate.format(be=_be(singular))}{TAILS[i % 3]}."
        yield Case("care", f"{subject}-{predicate}", text, ((value, "wounded"),))


CONDITIONS = ("{be} in a serious condition", "{be} in critical condition",
              "{be} in a stable condition", "{remain} in a critical condition")


def condition_cases() -> Iterator[Case]:
    for (subject, value, singular), predicate in itertools.product(SUBJECTS, CONDITIONS):
        verb = predicate.format(be="is" if singular else "are",
                                remain="remains" if singular else "remain")
        yield Case("condition", f"{subject}-{predicate}", f"{subject} {verb}.",
                   ((value, "wounded"),))


HARM_VERBS = ("{be} hurt", "{be} injured", "{be} wounded", "{be} slightly hurt",
              "{be} seriously injured", "{be} hit by shrapnel", "{be} hit by rubber bullets")


def harm_verb_cases() -> Iterator[Case]:
    for i, ((subject, value, singular), predicate) in enumerate(
            itertools.product(SUBJECTS, HARM_VERBS)):
        text = f"{subject} {predicate.format(be=_be(singular))}{TAILS[i % 3]}."
        yield Case("harm_verb", f"{subject}-{predicate}", text, ((value, "wounded"),))


# The actives of harm with the victims as object.
ACTIVE_AGENTS = ("The blast", "The explosion", "The attack")
ACTIVE_PREDICATES: tuple[tuple[str, int], ...] = (
    ("injured four", 4), ("injured four people", 4), ("wounded three soldiers", 3),
    ("left three people with burns", 3), ("hurt two passers-by", 2),
    ("left two soldiers with shrapnel wounds", 2))


def active_cases() -> Iterator[Case]:
    for agent, (predicate, value) in itertools.product(ACTIVE_AGENTS, ACTIVE_PREDICATES):
        yield Case("active", f"{agent}-{predicate}", f"{agent} {predicate}.",
                   ((value, "wounded"),))


# A harm named by kinds joined after the verb, and a recovery from a named harm.
JOINED = ("sustained gunshot and machete injuries", "suffered burns and shrapnel wounds",
          "received bullet or shrapnel wounds", "suffered head and chest injuries")
RECOVERING = ("{be} recovering in hospital with head injuries",
              "{be} recovering from gunshot wounds",
              "{be} rescued by officers and {be} recovering in hospital with burns")


def joined_cases() -> Iterator[Case]:
    for i, ((subject, value, singular), predicate) in enumerate(
            itertools.product(SUBJECTS, (*JOINED, *RECOVERING))):
        be = "is" if singular else "are"
        text = predicate.replace("{be} rescued", ("was" if singular else "were") + " rescued")
        text = f"{subject} {text.format(be=be)}{TAILS[i % 3]}."
        yield Case("joined", f"{subject}-{predicate}", text, ((value, "wounded"),))


# A hospital's tally over a time, then a part told by its harm.
TALLY_GIVERS = ("The hospital has", "Doctors at the clinic have", "The Red Cross says it has")
TALLY_TIMES = (" since the morning", " on Sunday", " over the weekend", " during the night",
               " at the scene")
TALLY_PARTS = ("for pellet wounds", "for gunshot wounds", "with stab wounds")


def tally_cases() -> Iterator[Case]:
    for i, (giver, time) in enumerate(itertools.product(TALLY_GIVERS, TALLY_TIMES)):
        part = TALLY_PARTS[i % 3]
        yield Case("tally", f"{giver}-{time.strip()}",
                   f"{giver} treated 11 people{time}, four of them {part}.",
                   ((4, "wounded"), (11, "wounded")))


# A headline's count and bare "shot" before "at" and a gathering or place.
HEADLINE_COUNTS: tuple[tuple[str, int], ...] = (("Two guests", 2), ("3", 3), ("Four men", 4))
HEADLINE_PLACES = ("at wedding near Kaunas", "at checkpoint in Tor", "at the funeral in Tor",
                   "at a party, police say")


def headline_cases() -> Iterator[Case]:
    for (count, value), place in itertools.product(HEADLINE_COUNTS, HEADLINE_PLACES):
        yield Case("headline", f"{count}-{place}", f"{count} shot {place}",
                   ((value, "wounded"),))


# Look-alikes: the same constructions about things, animals, a team, a film, or numbers
# that count no victim; and the bare "shot" the sets' gold leaves out.
LOOKALIKES = (
    "The building suffered heavy damage.",
    "The building suffered moderate damage in the blast.",
    "The team suffered a defeat on Sunday.",
    "The team suffered two defeats in a row.",
    "The army suffered losses.",
    "The company suffered losses of 40 million dollars.",
    "Two houses suffered moderate damage.",
    "Three vehicles sustained light damage.",
    "The crew shot a video of the march.",
    "The crew shot two videos of the march.",
    "The army shot down a drone.",
    "The army shot down two drones over Tor.",
    "Air defences shot down 12 drones.",
    "The market was hit by shells.",
    "Two houses were hit by shells.",
    "Three cars were hit by shrapnel.",
    "Workers treated the water.",
    "Engineers treated 300 litres of water.",
    "The hunters shot two deer.",
    "Two dogs were shot.",
    "Three stray dogs were shot by police.",
    "The striker shot two goals.",
    "The photographer shot 40 frames.",
    "The film was shot in 2019.",
    "Two scenes were shot in Tor.",
    "A 45-year-old man suffered a loss of 3,000 dollars.",
    "The firm received 12 complaints.",
    "He was shot in 2019.",
    "Her son was shot outside the building.",
    "Their mother was shot in front of them.",
    "The two victims, both farmers, were shot in the back.",
    "Two of the dead were shot in the back.",
    "Two men were shot dead at a checkpoint.",
    "Two men were shot and killed at a checkpoint.",
    "A man was shot and died in hospital.",
    "Two men were shot at but not hit.",
    "Nobody was shot.",
    "A police officer fired a shot into the air.",
    "Soldiers shot at the crowd.",
    "Gunmen shot dead two guests.",
    "Gunmen shot two guests dead.",
    "Gunmen shot two guests, killing both.",
    "The court heard that the men shot two farmers and buried them in a field.",
    "The murder of two brothers who were shot outside a bakery shocked the town.",
    "The victims were shot as they ran.",
    "A football pitch where a friend was shot is now a memorial.",
    "In the film, two men are shot in a bar.",
    "Three patients were shot in their beds; two of them died on the spot.",
    "The hospital was in a critical condition after the strike.",
    "The economy remains in a critical condition.",
    "Two bridges were in a serious condition.",
    "Two bridges, both built in 1950, are in a critical condition.",
    "Two buildings, both in the old town, suffered moderate damage.",
    "A car which was parked outside needed repairs.",
    "A man who was with them said two soldiers were in a serious condition.",
    "Two soldiers are recovering from the flu.",
    "Two men shot at police near Tor",
    "Two soldiers shot at the crowd in Tor",
    "A guard was shot in the head during the raid.",
    "The gunman shot a guard in the chest.",
    "A second woman, who was shot in the chest, remained in critical condition.",
    "The clinic has treated 212 patients since January, 40 of them for malaria.",
    "The hospital has treated 30 people since Monday, ten of them for flu.",
    "The economy is recovering from two years of losses.",
    "Two houses sustained fire and water damage.",
    "The team suffered injuries and defeats all season.",
)


# Look-alikes of the bare "shot" that tell a death instead: the death's figure only.
KILLED_LOOKALIKES: dict[str, int] = {
    "Two of the dead were shot in the back.": 2,
    "Two men were shot dead at a checkpoint.": 2,
    "Two men were shot and killed at a checkpoint.": 2,
    "Gunmen shot dead two guests.": 2,
    "Gunmen shot two guests dead.": 2,
    "The murder of two brothers who were shot outside a bakery shocked the town.": 2,
    "A man was shot and died in hospital.": 1,
    "Three patients were shot in their beds; two of them died on the spot.": 2,
}
# Look-alikes whose figure is another group's: the soldiers, not the man who spoke.
WOUNDED_LOOKALIKES: dict[str, int] = {
    "A man who was with them said two soldiers were in a serious condition.": 2,
    "A second woman, who was shot in the chest, remained in critical condition.": 1,
}


def lookalike_cases() -> Iterator[Case]:
    for j, text in enumerate(LOOKALIKES):
        killed = KILLED_LOOKALIKES.get(text)
        wounded = WOUNDED_LOOKALIKES.get(text)
        expect = (((killed, "killed"),) if killed else ((wounded, "wounded"),) if wounded
                  else ())
        yield Case("lookalike", f"{j}", text, expect)


FAMILIES = {
    "severity": severity_cases,
    "shot": shot_cases,
    "shot_active": shot_active_cases,
    "care": care_cases,
    "condition": condition_cases,
    "harm_verb": harm_verb_cases,
    "active": active_cases,
    "joined": joined_cases,
    "tally": tally_cases,
    "headline": headline_cases,
    "lookalike": lookalike_cases,
}

# Cells left failing on purpose: sentence -> why.
LEFT: dict[str, str] = {
    "Four of them were rescued by officers and are recovering in hospital with burns, "
    "police said.":
        "a part's first passive is passed with its auxiliary before the recovery is tried, "
        "so the first-passive opening of the recovery rule never sees 'were rescued'; one "
        "cell, and the plain part ('Four of them are recovering') is read",
    # (round en123: "The two men, both in their twenties, were admitted to hospital with
    # stab wounds" is read since the neutral aside is skipped for every rule)
}


def all_cases() -> list[Case]:
    return [case for make in FAMILIES.values() for case in make()]


CASES = all_cases()


@pytest.mark.parametrize("batch", case_batches(CASES, left=lambda c: LEFT.get(c.text, "")))
def test_grid_cell(batch: Batch[Case]) -> None:
    check_batch(batch, look_figures)


def test_left_are_cells() -> None:
    texts = {c.text for c in CASES}
    assert set(LEFT) <= texts


def test_grid_sizes() -> None:
    sizes = collections.Counter(c.family for c in CASES)
    assert set(sizes) == set(FAMILIES)
    assert len({c.text for c in CASES}) == len(CASES)  # every cell a sentence of its own


if __name__ == "__main__":  # a summary by family: python -m tests.core.extract.test_...
    import sys

    print_summary(CASES, FAMILIES, find_casualties, "-v" in sys.argv, left=len(LEFT))
