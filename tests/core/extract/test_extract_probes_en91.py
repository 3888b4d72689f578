"""Probes of the ninety-first English round (issue 11): what the last rounds left.

A naming joined to a speaker's reported words (en-42 and en-43, both missed; the en-42
member stays missed behind its speaker in commas): "said his clients were innocent and
called the trial "a political show"". The verb that names ("called", "branded", "dubbed",
"labelled", "termed"), its object and a quotation are the speaker's second act; its words
are the object and the quoted name. A plain noun after "called", a call made "to say"
something, and "called on" (a demand) stay as before.

Victims named with a phrase after the noun, then a state of being missing (en-39 and
en-43, both missed): "two men from the hamlet remain missing" (where they were from, then
"remain", which the phrase's predicates lacked) and "Two volunteers with a local relief
group have been missing" (the body they serve with, an article opening it). A thing held
("with a football"), and a "remain" that says no outcome, stay nothing.

Wounds named by the blade or the arrow that made them (en-39 missed; en-41 reads "treated
58 people with gunshot and blast wounds", en-4, en-8 and en-20 read "for gunshot and
machete wounds", "for gunshot and arrow wounds"): "treated 46 people with gunshot and
machete wounds". A machete is a kind of wound as a knife already was; machetes seized,
carried or sold stay nothing.

Farms left as homes and villages are (en-42 missed; "have left their homes" is read on
en-9, en-11 and en-35): "Some 2,100 people, most of them children, have left their farms",
as "abandoned their farms" already was. A few who left their farms in the simple past, and
tools left behind, stay nothing.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("The mayor of Lisk said the budget was late and called the delay \"a disgrace\".",
     [("The mayor of Lisk", "the budget was late"),
      ("The mayor of Lisk", "the delay \"a disgrace\"")]),
    ("Ana Veld said the vote had been rigged and branded the result \"a farce\".",
     [("Ana Veld", "the vote had been rigged"), ("Ana Veld", "the result \"a farce\"")]),
    ("The union said 40 workers had been dismissed and termed the move “an attack on "
     "labour”.",
     [("The union", "40 workers had been dismissed"),
      ("The union", "the move “an attack on labour”")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a plain noun after "called": no name given, one entry as before
    ("The mayor said the plan was good and called the minister.",
     [("The mayor", "the plan was good and called the minister")]),
    # a call made to say something: the quotation is no name, one entry as before
    ("The mayor said the plan was good and called the minister on Friday to say "
     "\"enough\".",
     [("The mayor", "the plan was good and called the minister on Friday to say "
                    "\"enough\"")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


CASUALTY_MEMBERS: list[tuple[str, tuple[str, str, int, int | None, str, str | None]]] = [
    ("Two fishermen from the island of Pell remain missing, the coastguard said.",
     ("Two fishermen", "missing", 2, None, "exact", "fishermen")),
    ("Four reporters with the Kessa News Agency remain missing.",
     ("Four reporters", "missing", 4, None, "exact", "reporters")),
    ("Three engineers with a water charity have been missing since Friday.",
     ("Three engineers", "missing", 3, None, "exact", "engineers")),
    ("Five soldiers with the border brigade were wounded on Monday.",
     ("Five soldiers", "wounded", 5, None, "exact", "soldiers")),
    ("Nurses in Tobo have treated 52 people with gunshot and machete wounds since Sunday.",
     ("52 people with gunshot and machete wounds", "wounded", 52, None, "exact", "people")),
    ("The clinic treated 30 people with arrow wounds after the clash.",
     ("30 people with arrow wounds", "wounded", 30, None, "exact", "people")),
    ("Some 3,400 people, most of them women, have left their farms near Kessa since Monday.",
     ("Some 3,400 people, most of them women, have left their farms", "displaced", 3400,
      None, "about", "people")),
    ("About 300 farmers have left their farms for the coast since May.",
     ("About 300 farmers have left their farms", "displaced", 300, None, "about",
      "farmers")),
    ("Nine villagers arrived with machete wounds.",
     ("Nine villagers arrived with machete wounds", "wounded", 9, None, "exact",
      "villagers")),
]

CASUALTY_LOOKALIKES: list[str] = [
    # something held, then no outcome
    "Two boys with a football were playing near the wall.",
    "Ten families with the aid group have received tents.",
    # "remain" with no outcome after it
    "Two students from the college remain hopeful.",
    "Four teachers from the school remain on strike.",
    # a few in the simple past, and tools left behind: no flight
    "Two farmers left their farms to vote.",
    "About 300 farmers have left their farm tools in the sheds.",
    # blades seized, carried or sold: no wounds
    "Police seized 12 machetes and two axes at the checkpoint.",
    "About 40 men with machetes attacked the village.",
    "Traders sold 300 machetes and arrows at the market.",
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_MEMBERS)
def test_casualty_members(
        text: str, expected: tuple[str, str, int, int | None, str, str | None]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize("text", CASUALTY_LOOKALIKES)
def test_casualty_lookalikes(text: str) -> None:
    assert figures(text) == []
