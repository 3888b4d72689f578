"""Probes of the hundred-and-sixth English round (issue 11): the fifty-seventh set's injuries
and other errors.

Injuries told in words the earlier rounds had not met: a mark placed on one person's body,
"had" or "has" ("A German woman had a deep cut to her arm", "one of them has a cut above his
eye", en-57, as "had cuts and bruises", en-54, is read); a bone the lists did not name
("suffered a broken cheekbone"); care at a named place ("needed treatment at the community's
health clinic") and a part "of those treated" in a report of violence; an age before a trade
in "-ing" ("A 20-year-old nursing student", en-57; "a 48-year-old building contractor",
en-53); an outcome word with two neighbouring letters swapped ("woudned"). Then a headline's
people "held" after a death, flats as homes, and kin of the second generation as tellers.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # a mark placed on one person's body, "had" or "has"
    ("A Dutch woman had a deep cut to her arm after the attack in Kessa.",
     ("A Dutch woman had a deep cut to her arm", "wounded", 1, None, "exact", "Dutch woman")),
    ("Two guards were freed on Monday. One of them has a cut above his eye.",
     ("One of them has a cut above his eye", "wounded", 1, None, "exact", None)),
    ("One officer had a gash on his forehead after the clashes in Tala.",
     ("One officer had a gash on his forehead", "wounded", 1, None, "exact", "officer")),
    # a bone the lists did not name
    ("A young steward suffered a broken cheekbone during the riot.",
     ("A young steward suffered a broken cheekbone", "wounded", 1, None, "exact",
      "young steward")),
    ("Two protesters suffered broken kneecaps when police charged.",
     ("Two protesters suffered broken kneecaps", "wounded", 2, None, "exact", "protesters")),
    # an age before a trade in "-ing"
    ("A 22-year-old nursing student was injured in the stampede.",
     ("A 22-year-old nursing student was injured", "wounded", 1, None, "exact",
      "22-year-old nursing student")),
    # care at a named place
    ("Clashes broke out in Tala and at least 14 people needed treatment at the district's"
     " health centre.",
     ("at least 14 people needed treatment", "wounded", 14, None, "at_least", "people")),
    ("Five men required treatment at a field hospital after the raid.",
     ("Five men required treatment", "wounded", 5, None, "exact", "men")),
    # a part of those treated in a report of violence
    ("Fighting between rival clans went on in Tala. Nurses said six of those treated were"
     " children.",
     ("six of those treated", "wounded", 6, None, "exact", None)),
    # two neighbouring letters swapped in an outcome word
    ("Two tourists were woudned when a man with a knife attacked diners in Kessa.",
     ("Two tourists were woudned", "wounded", 2, None, "exact", "tourists")),
    ("Police arretsed 12 men after the riot in Tala.",
     ("arretsed 12 men", "arrested", 12, None, "exact", "men")),
    # a headline's people "held" after a death
    ("Man dies after beating in Tala market, two women held\nTALA (AP) - A man died after a"
     " beating, police said.",
     ("two women held", "arrested", 2, None, "exact", "women")),
    # flats are homes
    ("A fire that police believe was set on purpose drove 60 people from their flats.",
     ("drove 60 people from their flats", "displaced", 60, None, "exact", "people")),
]

FIGURE_LOOKALIKES: list[tuple[str, tuple]] = [
    # a cut placed on no body
    ("The council had a cut to its budget this year.", ()),
    ("One man has a cut above the door of his shop.", ()),
    # care for an illness, or no violence told
    ("Twelve villagers needed treatment at the clinic for malaria.", ()),
    ("Cholera has spread in the camp. Nurses said six of those treated were children.", ()),
    # a swap of no outcome word, and real words one letter away from one
    ("Two drivers were insured by the company.", ()),
    ("The club retained two players for the season.", ()),
    # the age before an "-ing" verb with its object, no trade
    ("A 20-year-old carrying his son was hurt.",
     ("A 20-year-old", "wounded", 1, None, "exact", "20-year-old")),
    # "held" with no join and no harm before it
    ("Rebels free 3 soldiers held for years",
     ("free 3 soldiers", "captured", 3, None, "exact", "soldiers")),
    ("Two women held", ()),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_member_read(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_lookalike(text: str, expected: tuple) -> None:
    got = figures(text)
    assert got == ([expected] if expected else [])


def test_second_generation_teller() -> None:
    text = ('"We are afraid," said Mara Lind, the manager. "One grandmother told me she is'
            ' afraid to sleep at night."')
    assert ("One grandmother", "she is afraid to sleep at night") in statement_words(text)


def test_teller_lookalike() -> None:
    # no telling verb after the kin noun: the quote is the manager's alone
    text = ('"We are afraid," said Mara Lind, the manager. "One grandmother sleeps in the'
            ' school now."')
    assert [sp for sp, _ in statement_words(text)] == ["Mara Lind", "Mara Lind"]
