"""English casualty structures crossed (issue 11, round 122): captives, arrests and the dead.

The figures the engines missed at first sight on the blind sets are new words in a few
recurring structures: people taken as the object of "took", an apposition or a relative
clause between a count and its verb, "one of the dead men" and ordinal victims ("a
seventh"), counted sub-groups ("about 10 of them minors"), and households that left or
moved. Each family below crosses one structure with its subjects (count words, digits,
qualifiers), verbs (tenses and voices news uses) and modifiers, next to look-alikes of the
same shape that count no casualty (things and animals taken, "took six hours", "captured
the town", an ordinal of talks). Every sentence, person and place is invented.

Figures are compared as (count, outcome) pairs, the way the evaluation pairs them. Cells
left failing on purpose are strict xfails, each with its reason (``_left_reason``).
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator

import pytest

from tests.casualty_grid import Case, case_batches, look_figures, print_summary
from tests.grid_batches import Batch, check_batch
from workbench.core.extract.casualties import find_casualties

# Counts as news writes them: (words, lowest value).
COUNTS: tuple[tuple[str, int], ...] = (
    ("six", 6), ("6", 6), ("at least six", 6), ("about 20", 20), ("more than 30", 30),
)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# --- 1. people as the object of "took" after their captors (en-71: "The kidnappers took
# six women"; "took away two traders" was read, "took two traders" was not) --------------

CAPTORS = ("Gunmen", "The kidnappers", "Armed men", "The militants")
TOOK_VERBS = ("took", "had taken", "have taken")
TAKEN_GROUPS = ("women", "villagers", "traders")
TAKEN_TAILS = (" from the village", " on Monday", "")
TOOK_NOT = (
    "The kidnappers took six hours to reach the town.",
    "Gunmen took two days to cross the river.",
    "The militants took 15 rifles from the armoury.",
    "Armed men took two cars from the market.",
    "Gunmen took 40 cattle from the herders.",
    "The kidnappers took six goats.",
    "The rebels captured the town on Monday.",
    "Gunmen seized 15 rifles and two trucks.",
    "Relatives took six women to hospital.",
    "The militants took 30 minutes to answer.",
    "Gunmen took about 20 photographs of the camp.",
)


def took_cases() -> Iterator[Case]:
    for captor, verb, (count, value), group, tail in itertools.product(
            CAPTORS, TOOK_VERBS, COUNTS, TAKEN_GROUPS, TAKEN_TAILS):
        text = f"{captor} {verb} {count} {group}{tail}."
        yield Case("took", f"{captor}-{verb}-{count}-{group}-{tail.strip()}", text,
                   ((value, "captured"),))
    for j, text in enumerate(TOOK_NOT):
        yield Case("took", f"not-{j}", text, ())


# --- 2. an apposition between the count and its verb (en-72: "The two men, both in their
# twenties, died") -----------------------------------------------------------------------

APPOSED_SUBJECTS: tuple[tuple[str, int], ...] = (
    ("The two", 2), ("Two", 2), ("At least three", 3), ("Four", 4), ("The 12", 12))
APPOSED_GROUPS = ("men", "soldiers", "farmers")
APPOSITIONS = ("both in their twenties", "all from Tor", "both aged 19",
               "all members of one family", "all in their thirties")
APPOSED_VERBS: tuple[tuple[str, str], ...] = (
    ("died", "killed"), ("later died", "killed"), ("were killed", "killed"),
    ("were shot dead", "killed"), ("were arrested", "arrested"), ("were detained", "arrested"),
    ("were abducted", "captured"), ("were kidnapped", "captured"),
    ("have been missing", "missing"))
APPOSED_NOT = (
    "The two cars, both in poor shape, were seized.",
    "Two buildings, both in the old town, were destroyed.",
    "The two men, both in their twenties, were praised for their courage.",
    "Two goats, both in their first year, died.",
)


def apposed_cases() -> Iterator[Case]:
    for (subject, value), group, appos, (verb, outcome) in itertools.product(
            APPOSED_SUBJECTS, APPOSED_GROUPS, APPOSITIONS, APPOSED_VERBS):
        if appos.startswith("both") and value != 2:
            continue  # "both" is said of two
        text = f"{subject} {group}, {appos}, {verb} on Monday."
        yield Case("apposed", f"{subject}-{group}-{appos}-{verb}", text, ((value, outcome),))
    for j, text in enumerate(APPOSED_NOT):
        yield Case("apposed", f"not-{j}", text, ())


# --- 3. a relative clause between commas (en-72: "a third suspect, who had driven the
# getaway car, was detained") --------------------------------------------------------------

RELATIVE_SUBJECTS: tuple[tuple[str, str, int], ...] = (
    ("a suspect", "was", 1), ("a third suspect", "was", 1), ("a man", "was", 1),
    ("two men", "were", 2), ("three farmers", "were", 3), ("at least four workers", "were", 4))
RELATIVES = ("who had driven the getaway car", "who worked at the mill",
             "who were travelling to Tor", "who lived near the market")
RELATIVE_VERBS: tuple[tuple[str, str], ...] = (
    ("detained", "arrested"), ("arrested", "arrested"), ("killed", "killed"),
    ("abducted", "captured"), ("kidnapped", "captured"), ("shot dead", "killed"))
RELATIVE_NOT = (
    "Police said two men, who had driven the getaway car, were questioned.",
    "Police said two officials, who had visited the site, were thanked.",
    "Police said two cars, which had been parked near the market, were destroyed.",
    "Officials said three witnesses, who saw the attack, said two men were killed.",
)


def relative_cases() -> Iterator[Case]:
    for (subject, aux, value), rel, (verb, outcome) in itertools.product(
            RELATIVE_SUBJECTS, RELATIVES, RELATIVE_VERBS):
        if rel.startswith("who were") and value == 1:
            rel = rel.replace("who were", "who was")
        text = f"Police said {subject}, {rel}, {aux} {verb} on Monday."
        yield Case("relative", f"{subject}-{rel}-{verb}", text, ((value, outcome),))
    for j, text in enumerate(RELATIVE_NOT):
        expect = ((2, "killed"),) if "two men were killed" in text else ()
        yield Case("relative", f"not-{j}", text, expect)


# --- 4. one of the dead, missing or wounded (en-72: "the father of one of the dead men",
# "the mother of one of the missing men") ---------------------------------------------------

ONE_OF_STATES: tuple[tuple[str, str], ...] = (("dead", "killed"), ("missing", "missing"))
ONE_OF_NOUNS = ("men", "soldiers", "fishermen")
ONE_OF_FRAMES = ("The father of one of the {0} {1} spoke quietly.",
                 "The mother of one of the {0} {1} said she was afraid.")
ONE_OF_NOT = (
    "One of the missing files was found on Monday.",
    "The road was a dead end.",
    "One of the dead batteries was replaced.",
    "One of the missing cars was found in Tor.",
)


def one_of_cases() -> Iterator[Case]:
    for (state, outcome), noun, frame in itertools.product(
            ONE_OF_STATES, ONE_OF_NOUNS, ONE_OF_FRAMES):
        yield Case("one_of", f"{state}-{noun}-{frame[:10]}", frame.format(state, noun),
                   ((1, outcome),))
    for j, text in enumerate(ONE_OF_NOT):
        yield Case("one_of", f"not-{j}", text, ())


# --- 5. an ordinal victim after a count (en-71: "Six patients died on the spot and a
# seventh in another hospital") --------------------------------------------------------------

ORDINAL_PAIRS: tuple[tuple[str, int, str], ...] = (
    ("Six", 6, "seventh"), ("Two", 2, "third"), ("Four", 4, "fifth"))
ORDINAL_VERBS: tuple[tuple[str, str, str], ...] = (
    ("patients died on the spot", "died", "killed"),
    ("men were killed in the raid", "was killed", "killed"),
    ("suspects were arrested on Monday", "was arrested", "arrested"))
ORDINAL_NOT = (
    "The talks entered a seventh round on Monday.",
    "Six people died in the fire, the third such fire this year.",
    "Two men were arrested on Monday, the fifth day of the protests.",
    "Six patients died and a seventh round of talks began.",
    "Six patients died on the spot and a ninth in hospital.",
)


def ordinal_cases() -> Iterator[Case]:
    for (count, value, ordinal), (clause, verb, outcome) in itertools.product(
            ORDINAL_PAIRS, ORDINAL_VERBS):
        text = f"{count} {clause} and a {ordinal} {verb} a week later."
        yield Case("ordinal", f"{count}-{clause[:12]}-{ordinal}", text,
                   ((1, outcome), (value, outcome)))
        for gap in (" in another hospital", " later", " on Tuesday"):
            # the verb gapped: "and a seventh in another hospital"
            text = f"{count} {clause} and a {ordinal}{gap}."
            yield Case("ordinal", f"{count}-{clause[:12]}-{ordinal}-gapped{gap}", text,
                       ((1, outcome), (value, outcome)))
    for j, text in enumerate(ORDINAL_NOT):
        expect = {0: (), 1: ((6, "killed"),), 2: ((2, "arrested"),), 3: ((6, "killed"),),
                  4: ((6, "killed"),)}[j]
        yield Case("ordinal", f"not-{j}", text, expect)


# --- 6. counted sub-groups after the whole (en-72: "about 10 of them minors") --------------

SUB_VERBS: tuple[tuple[str, str], ...] = (
    ("Police arrested", "arrested"), ("Troops detained", "arrested"),
    ("Gunmen abducted", "captured"), ("The attack killed", "killed"))
SUB_WHOLES: tuple[tuple[str, int], ...] = (("60 people", 60), ("more than 40 villagers", 40))
SUB_PARTS: tuple[tuple[str, int], ...] = (
    ("about 10 of them minors", 10), ("12 of them women and children", 12),
    ("at least five of them students", 5))


def sub_cases() -> Iterator[Case]:
    for (verb, outcome), (whole, wv), (part, pv) in itertools.product(
            SUB_VERBS, SUB_WHOLES, SUB_PARTS):
        text = f"{verb} {whole}, {part}."
        yield Case("sub", f"{verb}-{whole}-{part}", text, ((pv, outcome), (wv, outcome)))


# --- 7. households and residents who left, moved or shelter (en-71: "About 300 families
# had already left for Beledweyne"; first-sight misses: "had packed up and left", "have
# moved away", "were sheltering") -----------------------------------------------------------

LEFT_COUNTS: tuple[tuple[str, int], ...] = (("About 300", 300), ("More than 1,000", 1000),
                                            ("Some 50", 50))
LEFT_GROUPS = ("families", "residents")
LEFT_VERBS = ("had already left for Tor", "have left for Tor", "left for Tor",
              "have moved away", "had packed up and left", "have left their homes")
LEFT_NOT = (
    "About 300 soldiers had already left for the front.",
    "More than 1,000 pilgrims have left for Mecca.",
    "Some 50 trucks have moved away from the border.",
    "About 300 delegates had packed up and left by noon.",
    "Mayors say 14 young families have left for Italy since 2022.",
    "Some 11 families have moved away since 2022.",
    "About 40 families have left the party.",
)


def left_cases() -> Iterator[Case]:
    for (count, value), group, verb in itertools.product(LEFT_COUNTS, LEFT_GROUPS, LEFT_VERBS):
        text = f"{count} {group} {verb} as the fighting neared."
        yield Case("left", f"{count}-{group}-{verb}", text, ((value, "displaced"),))
    for j, text in enumerate(LEFT_NOT):
        yield Case("left", f"not-{j}", text, ())


# --- 8. people "held" after an arrest was told, or held on suspicion (en-71: "only 12
# people had been held", "Four young men held since the spring on suspicion of taking part
# in the raid"; en-72: "more than 60 people had been held") ---------------------------------

ARRESTS_BEFORE = ("Police have arrested more than 60 men in Tor.",
                  "Soldiers detained dozens of people after the march.")
HELD_SUBJECTS: tuple[tuple[str, int], ...] = (("only 12 people", 12), ("about 40 men", 40),
                                              ("at least 15 protesters", 15))
HELD_VERBS = ("had been held", "were held", "have been held", "had been held for questioning",
              "were held overnight", "have since been held")
SUSPICION_SUBJECTS: tuple[tuple[str, int], ...] = (("Four young men", 4), ("Two farmers", 2),
                                                   ("Some 30 villagers", 30))
SUSPICION_VERBS = ("held since the spring on suspicion of taking part in the raid were freed",
                   "held on suspicion of helping the rebels were released",
                   "were held on charges of looting",
                   "have been held on suspicion of arson")
HELD_NOT = (
    "Police have arrested more than 60 men in Tor. Talks were held in Doha on Monday.",
    "Police have arrested more than 60 men in Tor. About 200 people held a vigil.",
    "Gunmen seized 12 hostages on Monday. Police later arrested two men. The other hostages "
    "had been held, a source said.",
    "About 40 men had been held.",
)


def held_cases() -> Iterator[Case]:
    first_value = {ARRESTS_BEFORE[0]: 60, ARRESTS_BEFORE[1]: 24}
    for before, (subject, value), verb in itertools.product(
            ARRESTS_BEFORE, HELD_SUBJECTS, HELD_VERBS):
        text = f"{before} A spokesman said {subject} {verb}."
        yield Case("held", f"{before[:12]}-{subject}-{verb}", text,
                   ((first_value[before], "arrested"), (value, "arrested")))
    for (subject, value), verb in itertools.product(SUSPICION_SUBJECTS, SUSPICION_VERBS):
        yield Case("held", f"{subject}-{verb[:30]}", f"{subject} {verb}.",
                   ((value, "arrested"),))
    for j, text in enumerate(HELD_NOT):
        expect = {0: ((60, "arrested"),), 1: ((60, "arrested"),),
                  2: ((2, "arrested"), (12, "captured"))}.get(j, ())
        yield Case("held", f"not-{j}", text, expect)


# --- 9. captives freed, the capture named by its noun (en-71's headline: "14 Nigerian
# farmers freed after abduction in Borno") -------------------------------------------------

FREED_SUBJECTS: tuple[tuple[str, int], ...] = (
    ("14 Nigerian farmers", 14), ("Six aid workers", 6), ("Two nurses", 2),
    ("More than 20 schoolgirls", 20))
FREED_VERBS = ("freed", "released", "rescued", "were freed", "have been released",
               "were set free on Sunday")
FREED_AFTERS = ("after abduction in Borno", "after their kidnapping",
                "after months in captivity", "following a kidnapping near Tor")
FREED_NOT = (
    "Six protesters freed after questioning",
    "20 prisoners released after trial",
    "Two journalists were released after paying bail.",
    "Four dogs rescued after abduction claims",
)


def freed_cases() -> Iterator[Case]:
    for (subject, value), verb, after in itertools.product(
            FREED_SUBJECTS, FREED_VERBS, FREED_AFTERS):
        yield Case("freed", f"{subject}-{verb}-{after}", f"{subject} {verb} {after}.",
                   ((value, "captured"),))
    for j, text in enumerate(FREED_NOT):
        yield Case("freed", f"not-{j}", text, ())


# --- 10. a bare count after a second verb, the first figure quoted (en-71: 'killed "more
# than 50 apostate soldiers" and captured six') ------------------------------------------

SERIES_FIRSTS: tuple[tuple[str, int], ...] = (
    ('"more than 50 apostate soldiers"', 50), ("50 soldiers", 50), ('"dozens of soldiers"', 24),
    ("“12 government troops”", 12))
SERIES_SECONDS: tuple[tuple[str, str], ...] = (
    ("captured", "captured"), ("abducted", "captured"), ("kidnapped", "captured"),
    ("seized", "captured"), ("wounded", "wounded"))
SERIES_COUNTS: tuple[tuple[str, int], ...] = (("six", 6), ("17", 17), ("three more", 3))
SERIES_NOT = (
    'The fighters said they killed "50 soldiers" and captured six rifles.',
    'The fighters said they killed "50 soldiers" and seized two trucks.',
    'The fighters said they killed "50 soldiers" and captured the town.',
)


def series_cases() -> Iterator[Case]:
    for (first, fv), (verb, outcome), (count, value) in itertools.product(
            SERIES_FIRSTS, SERIES_SECONDS, SERIES_COUNTS):
        text = f"The fighters said they killed {first} and {verb} {count}."
        yield Case("series", f"{first}-{verb}-{count}", text,
                   tuple(sorted(((fv, "killed"), (value, outcome)))))
    for j, text in enumerate(SERIES_NOT):
        yield Case("series", f"not-{j}", text, ((50, "killed"),))


# --- 11. "were taken" with no agent, its date, then the captors' raid (en-71: "Her two
# daughters, aged nine and 13, were taken in March 2025 when armed youths from across the
# river raided her village") ------------------------------------------------------------------

TAKEN_SUBJECTS: tuple[tuple[str, int], ...] = (
    ("Her two daughters", 2), ("Two girls, aged nine and 13,", 2), ("Six women", 6),
    ("At least 12 children", 12))
TAKEN_DATES = (" in March", " in March 2025", " on Sunday", " last week")
TAKEN_RAIDS = (" when armed youths raided the village", " as the militants left",
               " when gunmen raided the camp", " during a raid by armed men")
TAKEN_WHEN_NOT = (
    "Three men were taken in March when police raided the house.",
    "Six women were taken to hospital in March when gunmen raided the village.",
    "Two girls were taken in March as the river rose.",
)


def taken_when_cases() -> Iterator[Case]:
    for (subject, value), date, raid in itertools.product(
            TAKEN_SUBJECTS, TAKEN_DATES, TAKEN_RAIDS):
        text = f"{subject} were taken{date}{raid}."
        yield Case("taken_when", f"{subject}-{date}-{raid}", text, ((value, "captured"),))
    for j, text in enumerate(TAKEN_WHEN_NOT):
        yield Case("taken_when", f"not-{j}", text, ())


# --- 12. people "taken" in a reduced relative, then still held (en-71: "a second group of
# six women taken the same day was still being held") ------------------------------------

STILL_SUBJECTS: tuple[tuple[str, str, int], ...] = (
    ("A second group of six women", "was", 6), ("Six women", "were", 6),
    ("About 20 villagers", "were", 20), ("The 14 men", "are", 14))
STILL_TAKINGS = ("taken the same day", "taken from the village", "taken in the raid",
                 "taken last week")
STILL_STATES = ("{aux} still being held", "{aux} still held", "remain held")
STILL_NOT = (
    "Six women taken to hospital are still being held.",
    "Two men taken in for questioning remain held.",
    "Six rifles taken from the armoury are still held.",
)


def still_cases() -> Iterator[Case]:
    for (subject, aux, value), taking, state in itertools.product(
            STILL_SUBJECTS, STILL_TAKINGS, STILL_STATES):
        if state == "remain held" and aux == "was":
            state = "remains held"
        text = f"{subject} {taking} {state.format(aux=aux)}."
        yield Case("still", f"{subject}-{taking}-{state}", text, ((value, "captured"),))
    for j, text in enumerate(STILL_NOT):
        yield Case("still", f"not-{j}", text, ())


# --- 13. captives handed over on their release, in a story of captives (en-71: "The girls
# were among 41 children and 12 women handed over to local authorities") ------------------

HANDED_STORIES = ("Gunmen abducted 30 villagers in March.",
                  "Two girls were taken in March when armed youths raided the village.")
HANDED_FRAMES = ("The girls were among {0} handed over to {1} on Saturday.",
                 "Officials said {0} were handed over to {1} on Saturday.",
                 "The freed captives, {0}, were handed over to {1}.")
HANDED_GROUPS: tuple[tuple[str, tuple[tuple[int, str], ...]], ...] = (
    ("41 children", ((41, "captured"),)),
    ("41 children and 12 women", ((12, "captured"), (41, "captured"))),
    ("about 20 women", ((20, "captured"),)))
HANDED_TO = ("local authorities", "their families", "community elders")
HANDED_NOT = (
    "Police arrested 12 men. Officials said six suspects were handed over to local "
    "authorities.",
    "Gunmen abducted 30 villagers in March. Officials said 40 rifles were handed over to "
    "local authorities.",
)


def handed_cases() -> Iterator[Case]:
    story_figure = {HANDED_STORIES[0]: (30, "captured"), HANDED_STORIES[1]: (2, "captured")}
    for story, frame, (group, figures), to in itertools.product(
            HANDED_STORIES, HANDED_FRAMES, HANDED_GROUPS, HANDED_TO):
        text = f"{story} {frame.format(group, to)}"
        yield Case("handed", f"{story[:12]}-{frame[:16]}-{group}-{to}", text,
                   tuple(sorted((story_figure[story], *figures))))
    for j, text in enumerate(HANDED_NOT):
        expect = ((12, "arrested"),) if j == 0 else ((30, "captured"),)
        yield Case("handed", f"not-{j}", text, expect)


# --- 14. a reduced passive relative with its complement before the verb (first-sight
# misses: "Two men wanted for murder were shot dead", "two men identified by survivors as
# the boat's pilots had been detained") -----------------------------------------------------

REDUCED_SUBJECTS: tuple[tuple[str, int], ...] = (("Two men", 2), ("Three suspects", 3),
                                                 ("At least four gang members", 4))
REDUCED_RELATIVES = ("wanted for murder", "wanted in connection with the robbery",
                     "identified by survivors as the boat's pilots",
                     "described as local traders", "named as members of the gang")
REDUCED_VERBS: tuple[tuple[str, str], ...] = (
    ("were arrested", "arrested"), ("had been detained", "arrested"),
    ("were shot dead", "killed"), ("were killed", "killed"), ("were abducted", "captured"))
REDUCED_NOT = (
    "Two men wanted for questioning said they were innocent.",
    "Two men named as suspects said the guards were killed.",
    "Two cars wanted by police were seized.",
)


def reduced_cases() -> Iterator[Case]:
    for (subject, value), rel, (verb, outcome) in itertools.product(
            REDUCED_SUBJECTS, REDUCED_RELATIVES, REDUCED_VERBS):
        if "suspects" in subject and outcome == "captured":
            continue  # suspects taken are arrests in all but the word (SUSPECT_NOUNS)
        text = f"{subject} {rel} {verb} on Monday."
        yield Case("reduced", f"{subject}-{rel}-{verb}", text, ((value, outcome),))
    for j, text in enumerate(REDUCED_NOT):
        yield Case("reduced", f"not-{j}", text, ())


FAMILIES = {"took": took_cases, "apposed": apposed_cases, "relative": relative_cases,
            "one_of": one_of_cases, "ordinal": ordinal_cases, "sub": sub_cases,
            "left": left_cases, "held": held_cases,
            "freed": freed_cases, "series": series_cases,
            "taken_when": taken_when_cases, "still": still_cases,
            "handed": handed_cases, "reduced": reduced_cases}


def all_cases() -> list[Case]:
    return [case for make in FAMILIES.values() for case in make()]


def _left_reason(case: Case) -> str:
    """Why a cell is left failing on purpose ("" for a cell that must pass)."""
    if case.family == "one_of" and case.expect:
        return ("'one of the dead men' names one of a toll already counted; the engines skip "
                "a count of one after a kinsman ('a relative of one of the hostages', round "
                "en87), and en-72's gold counts it: left until the corpus rules say which")
    if case.family == "one_of" and "batteries" in case.text:
        return ("found by this grid, as before the round: 'of the dead' ends the figure "
                "before the noun it qualifies, so a thing's noun after it is never asked")
    # (round en207: "handed" is a trigger word now, measured on every blind set with no
    # figure lost, so the handed-over cells with "Officials said" pass)
    if case.family == "left" and case.expect and " residents " in case.text and (
            "their homes" not in case.text):
        return ("residents who leave or move are read with a place left or a flight told; "
                "alone they may be travelling (households alone are read)")
    if case.family == "left" and case.expect and " left for " in case.text:
        return ("a move to a named place is any journey ('have left for Italy since 2022'); "
                "round en89's rule asks the story for a flight told before it, and the "
                "fighting as the move's cause in the sentence is not read yet")
    return ""


CASES = all_cases()


@pytest.mark.parametrize("batch", case_batches(CASES, left=_left_reason))
def test_grid_cell(batch: Batch[Case]) -> None:
    check_batch(batch, look_figures)


def test_grid_sizes() -> None:
    sizes = collections.Counter(c.family for c in CASES)
    assert set(sizes) == set(FAMILIES)
    assert len({c.text for c in CASES}) == len(CASES)  # every cell a sentence of its own


if __name__ == "__main__":  # a summary by family: python -m tests.core.extract.test_...
    import sys

    print_summary(CASES, FAMILIES, find_casualties, "-v" in sys.argv,
                  left=sum(1 for c in CASES if _left_reason(c)))
