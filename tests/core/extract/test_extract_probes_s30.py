"""English probes, thirtieth round (issue 11): three misses the earlier rounds saw and
left, each a common construction in wire copy, with the nearest look-alikes where the
rule that reads them must not fire.

1. An inserted relative or apposition that counts some of the victims without a number
   between the victims and their verb: "Twelve people, some of whom were children, were
   killed" (the whole twelve were killed).
2. A counted sub-group before a figure whose predicate follows: "Two of the 11 hostages
   were killed" (the two were killed; the eleven are hostages, captured, and a group with
   no outcome of its own is no figure).
3. A speaker brought in by the name they go by, with no commas: "A fighter who goes by
   the nom de guerre Abu Hamza said ..." (the name speaks, as it does with commas).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, engines_read, figures

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. some of the victims named between them and their verb: all of them were killed
    ("Twelve people, some of whom were children, were killed in the raid.",
     [("Twelve people", "killed", 12, None, "exact", "people")]),
    ("At least 30 people, some of them children, were killed in the attack on the camp.",
     [("At least 30 people", "killed", 30, None, "at_least", "people")]),
    ("Nine villagers, half of them women, were wounded in the shelling.",
     [("Nine villagers", "wounded", 9, None, "exact", "villagers")]),
    # ... look-alikes: the verb after the clause gives no outcome, or the clause follows
    # the verb, or the inserted words name an outcome of some of them
    ("Twelve people, some of whom were children, fled the raid.", []),
    ("Twelve people, some of whom were wounded, were taken to hospital.", []),
    ("The raid killed twelve people, some of whom were children.",
     [("killed twelve people", "killed", 12, None, "exact", "people")]),
    ("Nine villagers, most of whom were women, were wounded in the shelling.",
     [("Nine villagers", "wounded", 9, None, "exact", "villagers")]),
    ("Five men, two of whom were police officers, were arrested on Sunday.",
     [("Five men", "arrested", 5, None, "exact", "men"),
      ("two of whom were police officers", "arrested", 2, None, "exact",
       "police officers")]),
    # 2. a counted sub-group before a figure: the predicate is the sub-group's
    ("Two of the 11 hostages were killed.",
     [("Two of the", "killed", 2, None, "exact", None),
      ("11 hostages", "captured", 11, None, "exact", "hostages")]),
    ("Three of the 20 abducted workers died in captivity, the company said.",
     [("Three of the", "killed", 3, None, "exact", None),
      ("20 abducted workers", "captured", 20, None, "exact", "abducted workers")]),
    ("Four of the 15 captives had been shot dead by the time troops reached the farm.",
     [("Four of the", "killed", 4, None, "exact", None),
      ("15 captives", "captured", 15, None, "exact", "captives")]),
    # ... a singular verb after "One of the" is the one's, too
    ("One of the 11 hostages was killed.",
     [("One of the", "killed", 1, None, "exact", None),
      ("11 hostages", "captured", 11, None, "exact", "hostages")]),
    # ... the larger group with no outcome of its own is no figure
    ("Two of the 11 soldiers were killed.",
     [("Two of the", "killed", 2, None, "exact", None)]),
    # ... look-alikes: the verb comes first, the larger figure's own participle, a
    # predicate of no outcome, no sub-group
    ("Gunmen killed two of the 11 hostages.",
     [("killed two of the", "killed", 2, None, "exact", None),
      ("11 hostages", "captured", 11, None, "exact", "hostages")]),
    ("Two of the 11 people killed were children.",
     [("Two of the", "killed", 2, None, "exact", None),
      ("11 people killed", "killed", 11, None, "exact", "people")]),
    ("Four of the 11 kidnapped aid workers have been released; seven remain captive.",
     [("Four of the", "captured", 4, None, "exact", None),
      ("11 kidnapped aid workers", "captured", 11, None, "exact", "kidnapped aid workers"),
      ("seven remain captive", "captured", 7, None, "exact", None)]),
    ("The 11 hostages were killed.",
     [("11 hostages were killed", "killed", 11, None, "exact", "hostages")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 3. the name one goes by, brought in with no commas, speaks
    ("A fighter who goes by the nom de guerre Abu Hamza said the group would not retreat.",
     [("Abu Hamza", "the group would not retreat")]),
    ("A commander who goes by the name Abu Khalid told reporters the town had fallen.",
     [("Abu Khalid", "the town had fallen")]),
    ("A commander who goes by the nickname Tiger said the attack had failed.",
     [("Tiger", "the attack had failed")]),
    # ... with commas, as before
    ("A fighter, who goes by the nom de guerre Abu Hamza, said the group would hold the "
     "bridge.",
     [("Abu Hamza", "the group would hold the bridge")]),
    # ... look-alikes: a group's name ("which"), no name brought in, no saying
    ("The group, which goes by the name Northern Front, said it shelled the base.",
     [("The group", "it shelled the base")]),
    ("A resident who asked not to be named said the shelling lasted all night.",
     [("A resident", "the shelling lasted all night")]),
    ("A fighter who goes by the nom de guerre Abu Hamza was wounded in the leg.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


def test_where_the_rules_stop() -> None:
    # "some" opening a clause after the verb counts nothing of its own
    assert figures("Twelve people were killed, some of them in their beds.") == [
        ("Twelve people were killed", "killed", 12, None, "exact", "people")]
    # a group's name is no person's
    assert engines_read(
        "A group which goes by the name Northern Front said it carried out the attack."
    )["statements"] == [("A group which goes by the name Northern Front",
                         "it carried out the attack")]
