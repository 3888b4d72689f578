"""English casualty figures whose count the sentence keeps apart from its outcome (issue 11,
round en132): a list of who was among them before or after the verb, an apposition, a crowd
with no count coordinated with the count, and a toll told by its number ("put the dead at
nine", "bringing to two the number of ... killed", "arrests pass 50"); and the look-alikes
that give no figure. Every sentence, person and place is invented."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.casualty_apart import mask_apart


def _figures(text: str) -> list[tuple[int, str]]:
    return sorted((int(f["count_low"]), str(f["outcome"])) for f in find_casualties(text))


@pytest.mark.parametrize(("text", "figures"), [
    # a list between the count and its verb, and a list with its mark last
    ("At least nine civilians, among them a pharmacist and two brothers aged 10 and 12, had "
     "been killed by mortar fire in Dorav.", {(9, "killed"), (2, "killed")}),
    ("Gunmen killed four people in the market district of Tessel, a grandmother and three "
     "children among them.", {(4, "killed"), (1, "killed"), (3, "killed")}),
    ("Some 3,000 people have been killed in the province since 2019, at least 1,200 civilians "
     "among them.", {(3000, "killed"), (1200, "killed")}),
    ("At least 60 protesters have been arrested in Velm since Tuesday, two journalists from a "
     "community radio station among them.", {(60, "arrested"), (2, "arrested")}),
    ("Some 60 people were hurt over the weekend, several children among them.",
     {(60, "wounded"), (3, "wounded")}),
    ("At least four other people were wounded in Arno, a tricycle driver who was shot in the "
     "back among them.", {(4, "wounded"), (1, "wounded")}),
    # an apposition between the count and its verb
    ("Two civilians, a man of 63 and his neighbour, were killed when the shell hit Ostra.",
     {(2, "killed")}),
    ("Six farm workers, Omar Haddad and his cousin Sami Aziz among others, were abducted near "
     "Kell.", {(6, "captured")}),
    ("Six suspected smugglers, Omar Haddad and his neighbour Sami Aziz, were detained at the "
     "port of Varo.", {(6, "arrested")}),
    # a crowd with no count of its own
    ("Eight officers and an unknown number of protesters were hurt in the clashes in Merel.",
     {(8, "wounded")}),
    ("A military source said dozens of fighters and an unknown number of villagers were killed "
     "in Talun.", {(24, "killed")}),
    ("In a separate attack two policemen and an unknown number of villagers were killed and "
     "three others wounded near Oskar.", {(2, "killed"), (3, "wounded")}),
    ("Two prison guards and an unknown number of bystanders were injured when 14 inmates "
     "overpowered them in Lesk.", {(2, "wounded")}),
    # tolls told by their number
    ("The organisers put the dead at nine.", {(9, "killed")}),
    ("Lawyers put the number of detentions far higher, at well over 600.", {(600, "arrested")}),
    ("The blast killed a soldier, bringing to two the number of security force members killed "
     "this month.", {(1, "killed"), (2, "killed")}),
    ("Curfew extended in Dorn as arrests pass 50", {(50, "arrested")}),
    ("Gunmen seized dozens of schoolchildren in Orbe on Monday. Church workers put the number "
     "at between 80 and 90.", {(24, "captured"), (80, "captured")}),
])
def test_the_count_is_read(text, figures):
    assert figures <= set(_figures(text))


@pytest.mark.parametrize("text", [
    "Inflation rose to 9 per cent, up from 12 per cent.",
    "Sales were higher, up from 2019.",
    "Officials put the cost at 40 million.",
    "The army put the number of troops at 3,000.",
    "The strike hit a clinic, bringing to five the number of hospitals hit.",
    "Prices pass 50 dollars.",
    "Two rival factions, the Reds and the Blues, have fought for years.",
    "Three ministers, Ali Hassan and Omar Farouk among them, have resigned.",
    "An unknown number of villagers were killed.",
])
def test_look_alikes_give_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "figures"), [
    ("Two civilians, Omar and Sami, were killed.", [(2, "killed")]),
    ("A man, 63, was killed.", [(1, "killed")]),
    ("At least 27 people were killed in four villages between Thursday and Sunday, among them "
     "nine women and five children.", [(5, "killed"), (9, "killed"), (27, "killed")]),
    ("The ministry now says 8 people were killed, up from five.", [(5, "killed"), (8, "killed")]),
    ("Police said 57 people have been arrested since Tuesday, up from 34 at this morning's "
     "briefing.", [(34, "arrested"), (57, "arrested")]),
    ("The toll has risen to 14 from 11.", [(11, "killed"), (14, "killed")]),
])
def test_one_figure_for_one_evidence(text, figures):
    assert _figures(text) == figures


def test_a_stretch_with_a_clause_or_no_count_before_is_not_cut():
    assert mask_apart("Eleven people, including two who were later freed, attended.") is None
    assert mask_apart("The villagers, a farmer and his son, were killed.") is None
    masked = mask_apart("Eight officers and an unknown number of protesters were hurt.")
    assert masked is not None and masked[0] == "Eight officers were hurt."
