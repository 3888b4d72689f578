"""English casualty figures by family grids (issue 11, after the fifty-third round).

The tenth to nineteenth blind sets kept missing new wordings of the same few families of
casualty constructions. Each grid below takes one family and varies one part at a time
(the count's form, its qualifier, the outcome, the victims' noun, the voice and order, the
sentence around it) with ``itertools.product`` over small lists, next to look-alikes that
share the shape but count no casualty (troops, vehicles, money, years, clock times, ages,
households, a count with no outcome). Every sentence, person and place is invented.

Figures are compared as (count, outcome) pairs, the way the evaluation pairs them.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator

import pytest

from tests.casualty_grid import Case, case_batches, figures_of, look_figures, print_summary
from tests.grid_batches import Batch, check_batch
from workbench.core.extract.casualties import find_casualties

# The count: (words, lowest value); the corpus rules' qualifiers are not compared here.
COUNTS: tuple[tuple[str, int], ...] = (
    ("12", 12), ("twelve", 12), ("a dozen", 12), ("at least 30", 30),
    ("more than 200", 200), ("about 1,500", 1500), ("some 40", 40), ("nearly 60", 60),
    ("up to 25", 25),
)
VAGUE_COUNTS: tuple[tuple[str, int], ...] = (("dozens of", 24), ("hundreds of", 200))


# The sentence around the clause: a wire lead's source after it, "according to" before
# it, a quote. ({0}: the clause capitalised, {1}: as it stands)
FRAMES = ("{0}, officials said.", "According to the UN, {1}.", "\"{0},\" a local official said.",
          "Officials in Tor said on Tuesday that {1}.")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# --- 1. flight from a place, to a place (sets 10-18: "have left the villages", "left
# Sanyang for ...", "have since fled", "fled north", "crossed the river into") ---------

FLIGHT_GROUPS = ("people", "civilians", "residents", "families", "villagers", "women")
FLIGHT_VERBS = ("fled", "have fled", "have since fled", "left", "have left", "had left")
FLIGHT_PLACES = (" the villages north of Tor", " Tor for Kessa town", " nearby villages",
                 " the area", " their homes in Tor", " the district since Monday")
HOME_PLACES = (" their homes in Tor", " the district since Monday", " to the town of Kessa")
FLIGHT_FLED_ONLY = (" north", " towards the border", " to the town of Kessa",
                    " across the river into Chad")
# People who leave a place on an errand, a shift or a trip are no displaced people.
FLIGHT_NOT = (
    "Some 200 soldiers left Tor for the front on Monday.",
    "About 300 pilgrims left Tor for Mecca on Sunday.",
    "Twelve buses left the village at 6 am.",
    "More than 40 workers left the factory at noon.",
    "About 1,500 delegates have left the capital since the summit ended.",
    "Nearly 60 trucks have left the depot for the border.",
    "Some 40 fighters fled north after the battle.",
    "At least 30 prisoners fled the jail on Sunday.",
)


FLIGHT_CROWDS: tuple[tuple[str, int], ...] = (("more than 200", 200), ("about 1,500", 1500),
                                              ("hundreds of", 200), ("nearly 600", 600))
FLIGHT_FEW: tuple[tuple[str, int], ...] = (("12", 12), ("a dozen", 12), ("some 40", 40),
                                           ("up to 25", 25))


def _flight_counted(count: str, group: str, verb: str, place: str) -> bool:
    """Whether the engine's settled reading counts this flight: a few people who fled in
    the simple past got away from an attack, and "the area" left is the scene fled for a
    while, unless a crowd or whole households left it (the engine's calls since the
    flight rounds, kept here as look-alikes)."""
    crowd = count in dict(FLIGHT_CROWDS) or group == "families"
    perfect = verb.startswith(("have", "had"))
    if place == " the area":
        # (families leave no scene: their flight from the area is read whatever their
        # number since the hundred-and-eighteenth English round)
        return count in dict(FLIGHT_CROWDS) or group == "families"
    if place == " Tor for Kessa town" and verb == "left":
        # a town left for another in the simple past is a journey unless whole households
        # made it (round 51); the perfect reads it for any civilians (round 46)
        return group == "families"
    # a home, a town or a district fled, or a town fled to, is flight in any number
    return crowd or perfect or (verb == "fled" and place in HOME_PLACES)


def flight_cases() -> Iterator[Case]:
    for (count, value), group, verb, place in itertools.product(
            FLIGHT_CROWDS + FLIGHT_FEW, FLIGHT_GROUPS, FLIGHT_VERBS,
            FLIGHT_PLACES + FLIGHT_FLED_ONLY):
        if place in FLIGHT_FLED_ONLY and not verb.endswith("fled"):
            continue  # "left north" is no English
        counted = _flight_counted(count, group, verb, place)
        for k, frame in enumerate(FRAMES if group in ("people", "families") else FRAMES[:1]):
            text = frame.format(_cap(f"{count} {group} {verb}{place}"),
                                f"{count} {group} {verb}{place}")
            yield Case("flight", f"{count}-{group}-{verb}-{place.strip()}-{k}", text,
                       ((value, "displaced"),) if counted else ())
    for j, text in enumerate(FLIGHT_NOT):
        yield Case("flight", f"not-{j}", text, ())


# --- 2. a sub-group or part of the victims: "N of them" in the next sentence, a part of a
# whole with an owner, "among them" (sets 10, 11, 13, 15, 16, 17, 19) -------------------

# (whole sentence, its figure, the part's verb phrase, the part's outcome or "" for none)
PART_WHOLES: tuple[tuple[str, tuple[int, str]], ...] = (
    ("Gunmen abducted 30 students from a school in Tor.", (30, "captured")),
    ("The attackers took away at least 30 girls and young women.", (30, "captured")),
    ("The blast wounded 30 people in the market.", (30, "wounded")),
    ("Police arrested 30 protesters in Tor on Monday.", (30, "arrested")),
    ("At least 30 people were killed in the raid.", (30, "killed")),
)
PART_COUNTS: tuple[tuple[str, int], ...] = (("Three", 3), ("12", 12), ("At least five", 5),
                                            ("A dozen", 12))
# part verbs that keep the whole's outcome (the part is a figure of its own)
PART_SAME = (" of them were children.", " of them were women.", " of them are children.")
# part verbs with their own outcome, whatever the whole's
PART_OWN: tuple[tuple[str, str], ...] = ((" of them died in hospital.", "killed"),
                                         (" of them are still missing.", "missing"))
PART_CAPTIVE = (" of them escaped and came back on Sunday.", " of them were later freed.",
                " of them have been released.")


def part_cases() -> Iterator[Case]:
    for (whole, fig), (count, value), part in itertools.product(
            PART_WHOLES, PART_COUNTS, PART_SAME):
        if fig[1] == "captured" and "took away" in whole and "children" in part:
            continue  # girls and young women are children only in part
        yield Case("part", f"{fig[1]}-{count}-{part.strip()}", f"{whole} {count}{part}",
                   (fig, (value, fig[1])))
    for (whole, fig), (count, value), (part, outcome) in itertools.product(
            PART_WHOLES, PART_COUNTS, PART_OWN):
        if outcome == "killed" and fig[1] == "killed":
            continue
        yield Case("part", f"{fig[1]}-{count}-{part.strip()}", f"{whole} {count}{part}",
                   (fig, (value, outcome)))
    for (whole, fig), (count, value), part in itertools.product(
            PART_WHOLES[:2], PART_COUNTS, PART_CAPTIVE):
        yield Case("part", f"{fig[1]}-{count}-{part.strip()}", f"{whole} {count}{part}",
                   (fig, (value, "captured")))
    # a part of a whole with an owner: only the part is a figure
    owners = ("the camp's", "the town's", "the district's", "the village's")
    for owner, (count, value), (verb, outcome) in itertools.product(
            owners, (("Around 2,000", 2000), ("Some 900", 900), ("Half", 0)),
            (("have fled", "displaced"), ("were killed", "killed"),
             ("are missing", "missing"))):
        expect = () if value == 0 else ((value, outcome),)
        yield Case("part", f"owner-{owner}-{count}-{verb}",
                   f"{count} of {owner} 31,000 residents {verb}.", expect)
    # a proportion of a whole, which the rules leave out: the whole is a figure only by
    # its own words
    for share, (whole, fig) in itertools.product(
            ("Half", "Most", "A third", "Two-thirds", "The majority"),
            (("the 300 residents have fled", None), ("the camp's 900 families have fled", None),
             ("the 40 hostages were freed on Sunday", (40, "captured")),
             ("the 40 people killed were women", (40, "killed")),
             ("the 40 wounded were children", (40, "wounded")),
             ("the 300 protesters were arrested", None))):
        yield Case("part", f"share-{share}-{whole}", f"{share} of {whole}.",
                   (fig,) if fig else ())
    # a part that is not named by who they were, a part larger than the whole, a whole
    # that is no figure, a part across a paragraph
    for j, (text, expect) in enumerate((
            ("At least 30 people were killed in the raid. Three of them were from Tor.",
             ((30, "killed"),)),
            ("The blast wounded 30 people. Three of them were in their twenties.",
             ((30, "wounded"),)),
            ("Gunmen killed 3 villagers. 12 of them were children.", ((3, "killed"),)),
            ("Police deployed 300 officers in Tor. Forty of them were women.", ()),
            ("The school has 300 pupils. Forty of them are girls.", ()),
            ("At least 30 people were killed in the raid.\n\nThree of them were children.",
             ((30, "killed"),)),
            ("Gunmen killed 30 people in Tor. Voters chose 12 candidates. Four of them were "
             "women.", ((30, "killed"),)),
    )):
        yield Case("part", f"not-{j}", text, expect)
    # back home, or counted for a plan: no figure for the part
    for (count, _value), back in itertools.product(
            PART_COUNTS, (" of them have since returned to their villages.",
                          " of them have gone home.", " of them have returned home.")):
        yield Case("part", f"back-{count}-{back.strip()}",
                   f"About 4,000 people fled the fighting. {count}{back}",
                   ((4000, "displaced"),))


# --- 3. companions after a verb and a phrase: "was detained on the evening of 5 May with
# four other young men" (sets 11, 12, 13, 16) ---------------------------------------------

COMPANION_VERBS: tuple[tuple[str, str], ...] = (
    ("was abducted", "captured"), ("was kidnapped", "captured"),
    ("was taken hostage", "captured"), ("had been taken prisoner", "captured"),
    ("was detained", "arrested"), ("was arrested", "arrested"),
    ("was killed", "killed"), ("was shot dead", "killed"), ("was wounded", "wounded"),
)
COMPANION_BETWEEN = ("", " on Sunday", " in Tor", " on the evening of 5 May",
                     " at a checkpoint near Tor")
COMPANION_LINKS = (" with", " along with", " together with")
COMPANION_COUNTS: tuple[tuple[str, int], ...] = (("four", 4), ("12", 12), ("some 20", 20))
COMPANION_HEADS = ("other men", "other young men", "other drivers", "other villagers")
# A companion that is a thing, a thing held, or people met are no figure.
COMPANION_NOT = (
    "He was arrested on Sunday with four kilos of heroin.",
    "He was detained in Tor with 12 rifles in his truck.",
    "She was wounded on Sunday in a clash with some 20 rebels.",
    "He was killed on the evening of 5 May in a gunfight with four bandits.",
    "He was taken to hospital on Sunday with four relatives.",
    "The minister was greeted in Tor along with 12 other officials.",
    "He was elected in Tor with 12 other councillors.",
    "He was seen at a checkpoint near Tor with four other men.",
    "He was photographed on Sunday in Tor with four other men.",
    "She was wounded in a clash with four other rebels.",
    "He was arrested in Tor with four other bags of cash.",
    "He was taken prisoner in a battle with some 20 other fighters of the militia.",
)


def companion_cases() -> Iterator[Case]:
    for (verb, outcome), between, link, (count, value), head in itertools.product(
            COMPANION_VERBS, COMPANION_BETWEEN, COMPANION_LINKS, COMPANION_COUNTS,
            COMPANION_HEADS[::2]):
        text = f"Her son {verb}{between}{link} {count} {head}."
        if between == " in Tor" and link == " with":
            for frame in FRAMES[1:]:
                clause = text.rstrip(".")
                text2 = frame.format(clause, clause[0].lower() + clause[1:])
                yield Case("companion", f"{verb}-{count}-{head}-{frame[:10]}", text2,
                           ((value, outcome),))
        yield Case("companion", f"{verb}-{between.strip()}-{link.strip()}-{count}-{head}",
                   text, ((value, outcome),))
    for j, text in enumerate(COMPANION_NOT):
        yield Case("companion", f"not-{j}", text, ())


# --- 4. outcome nouns after the count: "recorded 420 killings", "61 abductions of minors",
# "1,862 admissions for injuries" (sets 10, 11, 16, 17) -----------------------------------

OUTCOME_NOUNS: tuple[tuple[str, str], ...] = (
    ("killings", "killed"), ("drug-related killings", "killed"), ("deaths", "killed"),
    ("abductions", "captured"), ("kidnappings", "captured"),
    ("abductions of children", "captured"), ("kidnappings of minors", "captured"),
    ("arrests", "arrested"), ("injuries", "wounded"),
)
NOUN_FRAMES = ("The monitors recorded {n} {h} in 2023.",
               "Rights groups documented {n} {h} in the province last year.",
               "According to the report, there were {n} {h} in the district in 2022.",
               "The ministry counted {n} {h} between January and June.")
# Acts against things, incidents and complaints are no victims.
NOUN_NOT = ("attacks", "incidents", "complaints", "shootings", "explosions", "arrest warrants",
            "raids", "robberies")


def noun_cases() -> Iterator[Case]:
    for (noun, outcome), frame, (count, value) in itertools.product(
            OUTCOME_NOUNS, NOUN_FRAMES, COUNTS[::2]):
        text = frame.replace("{n}", count).replace("{h}", noun)
        yield Case("noun", f"{noun}-{count}-{frame[:12]}", text, ((value, outcome),))
    for noun, frame, (count, _) in itertools.product(NOUN_NOT, NOUN_FRAMES, COUNTS[::3]):
        text = frame.replace("{n}", count).replace("{h}", noun)
        yield Case("noun", f"not-{noun}-{count}-{frame[:12]}", text, ())


# --- 5. headline figures: a bare noun, a list, "drives N from", "to free", "swap"
# (sets 10, 12, 18) ------------------------------------------------------------------------

HEADLINE_AGENTS = ("Gunmen", "Rebels", "Militants", "Bandits")
HEADLINE_VICTIMS: tuple[tuple[str, int, str], ...] = (
    ("3 soldiers", 3, "soldiers"), ("12 Police Officers", 12, "Police Officers"),
    ("Dozens Of Villagers", 24, "Villagers"), ("20 aid workers", 20, "aid workers"),
    ("5 miners", 5, "miners"),
)
HEADLINE_VERBS: tuple[tuple[str, str], ...] = (
    ("kill", "killed"), ("abduct", "captured"), ("kidnap", "captured"),
    ("wound", "wounded"), ("free", "captured"), ("seize", "captured"),
)
HEADLINE_PLACES = (" in Tor", " in north Tor", " near Tor - police", "")
HEADLINE_DISPLACE = ("Fighting drives {n} from Tor", "Clashes drive {n} from Tor town",
                     "Gang violence drives {n} from Kessa - UN", "Shelling "
                     "drives {n} into Chad")
HEADLINE_NOT = (
    "Army sends 500 troops to Tor",
    "Gunmen torch 40 homes in Tor",
    "Rebels seize 3 towns near Tor",
    "Bandits steal 12 vehicles in Tor",
    "Militants kill 30 cattle in Tor raid",
    "Tor marks 20 years since massacre",
    "Rebels free 3 towns from army control",
    "Gunmen kill 3 hours of talks in Tor",
)


def headline_cases() -> Iterator[Case]:
    for agent, (victims, value, _), (verb, outcome), place in itertools.product(
            HEADLINE_AGENTS[:2], HEADLINE_VICTIMS, HEADLINE_VERBS, HEADLINE_PLACES):
        text = f"{agent} {verb} {victims}{place}"
        yield Case("headline", f"{agent}-{verb}-{victims}-{place.strip()}", text,
                   ((value, outcome),))
    # a bare noun, then a counted group: "kill mayor, 2 bodyguards"
    for first, sep, (verb, outcome) in itertools.product(
            ("mayor", "police chief", "village head"), (", ", " and "),
            HEADLINE_VERBS[:3]):
        text = f"Gunmen {verb} {first}{sep}2 bodyguards in Tor"
        yield Case("headline", f"bare-{first}-{sep.strip()}-{verb}", text,
                   ((2, outcome),))
    for frame, (count, value) in itertools.product(
            HEADLINE_DISPLACE, (("hundreds", 200), ("thousands", 2000), ("500 families", 500),
                                ("1,200", 1200))):
        yield Case("headline", f"drive-{frame[:12]}-{count}", frame.replace("{n}", count),
                   ((value, "displaced"),))
    for j, text in enumerate(HEADLINE_NOT):
        yield Case("headline", f"not-{j}", text, ())


# --- 6. totals and rises: a toll or "the number of" its people, then a verb of number
# (sets 12, 13, 18: "puts the number at", "the number taken was closer to", "the earlier
# figure ... revised to") --------------------------------------------------------------

TOLL_NOUNS: tuple[tuple[str, str], ...] = (
    ("the death toll", "killed"), ("the toll", "killed"), ("the number of dead", "killed"),
    ("the number of people killed", "killed"), ("the number killed", "killed"),
    ("the number of injured", "wounded"), ("the number of people wounded", "wounded"),
    ("the number of people displaced", "displaced"),
    ("the number of those detained", "arrested"), ("the number abducted", "captured"),
)
TOLL_VERBS = ("rose to", "has risen to", "climbed to", "reached", "now stands at",
              "was raised to", "is at least")
TOLL_COUNTS: tuple[tuple[str, int], ...] = (("45", 45), ("1,200", 1200), ("twelve", 12))
# ({0}: the toll capitalised, {1}: as it stands, {2}: the verb, {3}: the count)
TOLL_FRAMES = ("{0} {2} {3}.", "{0} {2} {3}, officials said on Tuesday.",
               "According to the ministry, {1} {2} {3}.")
# Counts of things and of people no figure counts after the same verbs of number.
TOLL_NOT = (
    "The number of attacks rose to 45.", "The number of troops in Tor has risen to 3,000.",
    "The price of bread rose to 45 cents.", "The number of schools closed reached 1,200.",
    "The number of polling stations has risen to 45.", "The toll road's fee rose to 12 dollars.",
    "Unemployment rose to 12 percent.", "The number of visitors reached 1,200.",
)


def toll_cases() -> Iterator[Case]:
    for (noun, outcome), verb, (count, value), frame in itertools.product(
            TOLL_NOUNS, TOLL_VERBS, TOLL_COUNTS, TOLL_FRAMES):
        if verb == "is at least" and frame != TOLL_FRAMES[0]:
            continue
        text = frame.format(_cap(noun), noun, verb, count)
        yield Case("toll", f"{noun}-{verb}-{count}-{frame[:6]}", text, ((value, outcome),))
    # a rise told by its amount and its new value: the figure is the new value; a rise told
    # from its old value gives the old value too, as "up from" does (round en150)
    for (noun, outcome), verb, (amount, old), (count, value) in itertools.product(
            TOLL_NOUNS[::2], ("rose", "has risen", "climbed", "increased", "jumped"),
            (("five", 5), ("12", 12)), (("45", 45), ("1,200", 1200))):
        for how in (" by", " from"):
            text = f"{_cap(noun)} {verb}{how} {amount} to {count} on Tuesday."
            told = ((value, outcome),) if how == " by" else ((value, outcome), (old, outcome))
            yield Case("toll", f"rise-{noun}-{verb}-{how.strip()}-{amount}-{count}", text, told)
    for j, text in enumerate(TOLL_NOT):
        yield Case("toll", f"not-{j}", text, ())


FAMILIES = {"flight": flight_cases, "part": part_cases, "companion": companion_cases,
            "noun": noun_cases, "headline": headline_cases, "toll": toll_cases}


def all_cases() -> list[Case]:
    return [case for make in FAMILIES.values() for case in make()]


CASES = all_cases()


@pytest.mark.parametrize("batch", case_batches(CASES))
def test_grid_cell(batch: Batch[Case]) -> None:
    check_batch(batch, look_figures)


# Misses of the totals family this pass leaves, and why (strict: they fail today, and say
# so if they pass).
LEFT: tuple[tuple[str, tuple[tuple[int, str], ...], str], ...] = (
    ("The number of people missing has risen to 40.", ((40, "missing"),),
     "'missing' was left out of the 'the number of' tolls when they came in (things go "
     "missing too); letting it in needs the people named, not taken in this pass"),
    ("Deaths rose to 45 on Tuesday.", ((45, "killed"),),
     "a bare outcome noun as a toll's subject, no toll noun: not taken in this pass"),
    ("The death toll jumped by 40 percent to 300.", ((300, "killed"),),
     "a rise by a percentage: the percent sign's count stands between 'by' and 'to'"),
)


@pytest.mark.parametrize("text,expect", [
    pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=r), id=t[:40])
    for t, e, r in LEFT])
def test_left(text: str, expect: tuple[tuple[int, str], ...]) -> None:
    assert figures_of(find_casualties(text)) == tuple(sorted(expect))


def test_tally_of_the_dead_is_their_number() -> None:
    # left above until round en163, which reads an agency's "count" or "tally" of people
    # as their number
    assert figures_of(find_casualties("The tally of dead reached 45.")) == ((45, "killed"),)


def test_grid_sizes() -> None:
    sizes = collections.Counter(c.family for c in CASES)
    assert set(sizes) == set(FAMILIES)
    assert len({c.text for c in CASES}) == len(CASES)  # every cell a sentence of its own


if __name__ == "__main__":  # a summary by family: python -m tests.core.extract.test_...
    import sys

    print_summary(CASES, FAMILIES, find_casualties, "-v" in sys.argv)
