"""Probes of English round 126 (issue 11): a figure read however news writes its count.

The count bench (``bench/blind/perturb_count.py``) rewrites a gold figure's count: a
qualifier added or taken off, "another five", "a total of five", "five of the
villagers", "scores" for "dozens". The readings after an active verb looked for the count
right after it, so "a total of", "a further", "an additional" and "another" hid it:
"killing 11 policemen" was read and "killing a total of 11 policemen" was not. Two more
members came from the bench's wordings: "A suicide car bomber killed some five policemen"
also gave the bomber as one dead (the check for an active verb's object knew "at least"
and not "some"), and "15:10 - 12 people were killed" in a live blog read "10 - 12" as a
range. Members fail
on the code before the round and pass on this round's; the qualified, partitive and vague
wordings and the look-alikes pass on both. Every sentence is fictional and written for
these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures
from workbench.core.extract.casualties import find_casualties

MEMBERS = [
    # a total of
    ("Gunmen opened fire on a bus near Korvo, killing a total of 11 policemen.",
     [("killing a total of 11 policemen", "killed", 11)]),
    ("Police in Darvel arrested a total of 38 people after the riot.",
     [("arrested a total of 38 people", "arrested", 38)]),
    ("Rebels abducted a total of three fishermen off the coast on Sunday.",
     [("abducted a total of three fishermen", "captured", 3)]),
    ("Gunmen kill a total of two traders in Korvo",
     [("kill a total of two traders", "killed", 2)]),
    ("Security forces detained a total of 17 people after the clashes.",
     [("detained a total of 17 people", "arrested", 17)]),
    ("Gunmen opened fire on the market, wounding a total of 14 people.",
     [("wounding a total of 14 people", "wounded", 14)]),
    # a further, an additional, another
    ("The district hospital said it had treated a further 19 people for gunshot wounds.",
     [("treated a further 19 people for gunshot wounds", "wounded", 19)]),
    ("Police took another 19 people into custody after the march.",
     [("took another 19 people into custody", "arrested", 19)]),
    ("Soldiers took away an additional five boys from the camp.",
     [("took away an additional five boys", "captured", 5)]),
    ("The militia said it had lost an additional two men in the fighting.",
     [("lost an additional two men", "killed", 2)]),
    ("A crowd beat another two men to death in Korvo on Wednesday.",
     [("beat another two men to death", "killed", 2)]),
    # ... inside a source's quotation marks
    ("Troops returned fire and killed \"a further five terrorists\" in the operation.",
     [("killed \"a further five terrorists", "killed", 5)]),
    # a qualified count after an active verb is its object: the bomber is no victim
    ("A suicide car bomber killed some five policemen at the post.",
     [("killed some five policemen", "killed", 5)]),
    ("A man who shot nearly 12 people in a mall was jailed.",
     [("shot nearly 12 people", "wounded", 12)]),
    # a live blog's clock before the count is no range
    ("15:10 - 12 people were killed in the blast, police said.",
     [("12 people were killed", "killed", 12)]),
    ("15:10 - 40 families who fled the district are sheltering at the hall.",
     [("40 families who fled the district", "displaced", 40)]),
]

# (text, (outcome, low, high, qualifier)): read before the round and after it
KEPT = [
    ("Some five people were killed in Korvo.", ("killed", 5, None, "about")),
    ("As many as five people were killed in Korvo.", ("killed", 5, None, "up_to")),
    ("Nearly a dozen people were killed in Korvo.", ("killed", 12, None, "about")),
    ("Five to seven people were killed in Korvo.", ("killed", 5, 7, "range")),
    ("More than 40 people were detained in Korvo.", ("arrested", 40, None, "more_than")),
    ("Five more people were killed in Korvo.", ("killed", 5, None, "exact")),
    ("A further five people were killed in Korvo.", ("killed", 5, None, "exact")),
    ("Five other people were wounded in Korvo.", ("wounded", 5, None, "exact")),
    ("Gunmen killed five of the villagers in Korvo.", ("killed", 5, None, "exact")),
    ("Five local residents were wounded in Korvo.", ("wounded", 5, None, "exact")),
    ("The bodies of five people were found in Korvo.", ("killed", 5, None, "exact")),
    ("Scores of people were wounded in Korvo.", ("wounded", 40, None, "vague")),
    ("Several dozen people were wounded in Korvo.", ("wounded", 36, None, "vague")),
    ("A handful of people were wounded in Korvo.", ("wounded", 2, None, "vague")),
    ("The number of dead rose to five on Monday.", ("killed", 5, None, "exact")),
    ("At 10:30 two people were killed in Korvo.", ("killed", 2, None, "exact")),
    ("14:50 - 27 people were wounded in the blast.", ("wounded", 27, None, "exact")),
    # a reading that needs the opener keeps it: a rival toll "cited"
    ("Activists cited a total of 61 dead.", ("killed", 61, None, "exact")),
]

LOOKALIKES = [
    "Gunmen attacked the village at least five times last year.",
    "The war in the north has lasted more than five years.",
    "Some of the five men held in Korvo were later released.",
    "The convoy was stuck at the border for five more days.",
    "Police seized a total of five vehicles at the checkpoint.",
    "The army destroyed a total of five vehicles and two depots.",
    "The ministry counted a total of 14 attacks in the district last month.",
    "Police said they had questioned a total of 40 witnesses.",
    "The fighting went on for another five days.",
    # a count planned for or hoped for, not one that happened
    "Aid agencies expect another 20,000 displaced people by June.",
    "The camp has room for an additional 300 families.",
    "The hospital is preparing for a further 50 wounded.",
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_reading(text: str, expected: tuple) -> None:
    found = [(f["outcome"], f["count_low"], f["count_high"], f["qualifier"])
             for f in find_casualties(text)]
    assert found == [expected]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_figure(text: str) -> None:
    assert short_figures(text) == []
