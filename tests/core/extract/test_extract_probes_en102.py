"""Probes of the hundred-and-second English round (issue 11): the fifty-third set's casualty
figures.

People held in a jail and their guards, one at a time or counted ("An inmate was killed",
en-53; en-17's "One inmate was also killed"); a jail's inmates held are its population, no
captives (en-45's "which holds about 1,400 inmates"). Wounds a blade makes and the harms a
victim suffers or sustains ("Two men suffered stab wounds", en-53), one wound with its
article ("suffered a gunshot wound"), told in the present ("has a gunshot wound", en-53, as
"have gunshot wounds" is read), sight lost ("lost the sight of one eye"). "Among the dead
was" past the wounded counted after the dead (en-53, en-40). Care for "the effects of" tear
gas or the gas (en-46, en-53). People counted by their noun and "still held" (en-53; the
bare "five still held" of en-8 is read). People described by a relative clause, then the
main verb of their death or wound (en-53, en-52, en-37). Homes lost (en-53).

Statements: the plural present "confirm", "admit", "acknowledge", "reveal" before "that"
after a plural subject (en-42); a live page's audience as persons ("A reader, Liis,
writes:", en-53); a headline opening on an organisation's name joined by small words
("Save the Children:", en-44; "People in Need:", en-53).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # people held in a jail and their guards
    ("An inmate was killed and two guards were hurt during a riot at Kessa prison.",
     ("An inmate was killed", "killed", 1, None, "exact", "inmate")),
    ("A convict was stabbed to death in the exercise yard on Monday.",
     ("A convict was stabbed to death", "killed", 1, None, "exact", "convict")),
    ("Guards shot dead an inmate who tried to climb the wall in Tala.",
     ("shot dead an inmate", "killed", 1, None, "exact", "inmate")),
    ("The riot left a convict dead and four guards hurt.",
     ("a convict dead", "killed", 1, None, "exact", "convict")),
    # wounds a blade makes, and other harms suffered or sustained
    ("Two men suffered stab wounds in a brawl outside a bar in Kessa.",
     ("Two men suffered stab wounds", "wounded", 2, None, "exact", "men")),
    ("Three farmers sustained machete wounds when raiders attacked the village.",
     ("Three farmers sustained machete wounds", "wounded", 3, None, "exact", "farmers")),
    ("A shopkeeper suffered multiple stab wounds in the robbery.",
     ("A shopkeeper suffered multiple stab wounds", "wounded", 1, None, "exact",
      "shopkeeper")),
    ("A guard suffered a gunshot wound during the raid on the depot.",
     ("A guard suffered a gunshot wound", "wounded", 1, None, "exact", "guard")),
    ("Four passengers suffered cuts and bruises when the bus was stoned.",
     ("Four passengers suffered cuts and bruises", "wounded", 4, None, "exact",
      "passengers")),
    ("Two officers sustained multiple fractures when the crowd charged.",
     ("Two officers sustained multiple fractures", "wounded", 2, None, "exact", "officers")),
    ("Six residents suffered smoke inhalation after the petrol bomb attack.",
     ("Six residents suffered smoke inhalation", "wounded", 6, None, "exact", "residents")),
    # one wound in the present
    ("All the hostages are free. One of them has a gunshot wound to the leg.",
     ("One of them has a gunshot wound", "wounded", 1, None, "exact", None)),
    # sight lost
    ("A protester lost the sight of one eye after being hit by a rubber bullet.",
     ("A protester lost the sight of one eye", "wounded", 1, None, "exact", "protester")),
    # "the effects of" the gas
    ("About 30 marchers were treated for the effects of the gas near the square.",
     ("About 30 marchers were treated for the effects of the gas", "wounded", 30, None,
      "about", "marchers")),
    # homes lost
    ("More than 200 families lost their homes when militiamen burned the village.",
     ("More than 200 families lost their homes", "displaced", 200, None, "more_than",
      "families")),
]

# members read by a rule that sees the whole paragraph: (text, the figure expected)
PARAGRAPH_MEMBERS: list[tuple[str, tuple]] = [
    # "Among the dead" past the wounded counted after the dead
    ("Three people were killed and nine were wounded when a gunman opened fire at the "
     "market in Tala. Among the dead was a 16-year-old boy who sold bread there.",
     ("a 16-year-old boy", "killed", 1, None, "exact", "16-year-old boy")),
    # people counted by their noun and "still held"
    ("Police detained eleven people after the clashes in Kessa. Lawyers have asked to "
     "see the three men still held.",
     ("three men still held", "arrested", 3, None, "exact", "men")),
    # a relative clause, then the people's verb
    ("A cyclist who was riding past the bank at the time suffered shrapnel wounds, "
     "police said.",
     ("A cyclist who was riding past the bank at the time suffered shrapnel wounds",
      "wounded", 1, None, "exact", "cyclist")),
    ("A 60-year-old farmer who was hit on the head during the raid died in hospital.",
     ("A 60-year-old farmer who was hit on the head during the raid died", "killed", 1,
      None, "exact", "60-year-old farmer")),
]

FIGURE_LOOKALIKES: list[tuple[str, str]] = [
    # a jail's population, no captives
    ("The prison in the town of Tala, which holds about 900 inmates, was built for 300.",
     "900"),
    # cuts to a budget, fractures in a party: no harm to a person
    ("The ministry suffered cuts to its budget for the third year running.", "cuts"),
    ("The alliance suffered fractures after the vote on the budget.", "fractures"),
    # the effects of the heat
    ("Ten runners were treated for the effects of the heat during the marathon.", "Ten"),
    # a relative clause with its own count and its own verb of saying
    ("We took it from an official who said 27 people had died.", "official"),
    # a bare participle inside the clause belongs to it
    ("A man who was walking his dog found a woman killed.", "A man"),
    # a home game lost
    ("The visitors lost their home game to Kessa on Sunday.", "visitors"),
    # held talks, no people held
    ("Police detained nine people. The two sides still held talks on Monday.", "two sides"),
]

STATEMENT_MEMBERS: list[tuple[str, tuple[str | None, str]]] = [
    ("The road was closed for a week, and local officials admit that the repairs have "
     "not begun.",
     ("local officials", "the repairs have not begun")),
    ("Aid workers in Tala confirm that the clinic has reopened.",
     ("Aid workers in Tala", "the clinic has reopened")),
    ('21:10 A reader, Marta, writes: "The shooting stopped an hour ago. We are still '
     'inside."',
     ("Marta", "The shooting stopped an hour ago")),
    ("Hope for Kessa: three villages cut off by floods and fighting\nTala, 3 May 2026 - "
     "Hope for Kessa is deeply concerned about three villages cut off since Sunday.",
     ("Hope for Kessa", "three villages cut off by floods and fighting")),
]

STATEMENT_LOOKALIKES: list[tuple[str, str]] = [
    # an infinitive, and an object with no "that"
    ("Reporters asked the army to confirm that two soldiers were killed.", "the army to"),
    ("The authorities must reveal the fate of every man taken in the raids.",
     "The authorities"),
    ("Those who fully acknowledge their crimes may receive lighter sentences.", "Those"),
    # a title's shape before the colon, no release after it
    ("Death in Venice: a review of the new staging at the opera\nLONDON - Death in Venice "
     "is back at the Royal Opera House.", "Death in Venice"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS + PARAGRAPH_MEMBERS)
def test_figure_members(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "word"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, word: str) -> None:
    found = figures(text)
    assert not any(word in f[0] for f in found), found


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str | None, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "speaker"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, speaker: str) -> None:
    assert not any(s == speaker for s, _ in statement_words(text))
