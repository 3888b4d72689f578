"""Outcomes told with words between them and their count or copula (round en142)."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.casualty_words_between import between_edits

READ = [
    # an adverb or an idiom between the copula and the state
    ("Rebels shelled the camp overnight. Eight aid workers are therefore still missing.",
     "missing", 8),
    ("Gunmen raided the farm. Three labourers are as yet unaccounted for, the mayor said.",
     "missing", 3),
    ("Militants attacked the convoy. Two drivers are yet to be accounted for.", "missing", 2),
    ("After the ambush, four soldiers have yet to be accounted for.", "missing", 4),
    ("After the raid, 11 villagers are still to be traced, relatives said.", "missing", 11),
    ("Clashes erupted in the north. Fifteen people are so far missing, the Red Cross said.",
     "missing", 15),
    ("Insurgents attacked the police post. Two officers remain, for now, missing.",
     "missing", 2),
    ("Gunmen raided the mine. At least 17 miners are thus still unaccounted for.",
     "missing", 17),
    # a source without commas
    ("Security forces stormed the campus. Twenty students the union says are still "
     "detained have not seen lawyers.", "arrested", 20),
    # seizing verbs with a particle or a second verb; the agent tells the outcome
    ("Masked gunmen burst into the church. Four worshippers were led away into the forest.",
     "captured", 4),
    ("During the crackdown, eight activists were led away by riot police.", "arrested", 8),
    ("About 25 migrants were caught and detained by border police near the river.",
     "arrested", 25),
    ("Nine shepherds were grabbed and taken away by gunmen.", "captured", 9),
    ("Six women who were taken from their homes by security forces have not been charged.",
     "arrested", 6),
    ("Two journalists were marched off by plainclothes officers.", "arrested", 2),
    # a part named by an outcome word used as a noun
    ("Gunmen attacked the ferry. Two of the rescued later died in hospital.", "killed", 2),
    ("After the shelling, five of the evacuated were taken to hospital with shrapnel wounds.",
     "wounded", 5),
    # the displaced by their stay or the place they left
    ("Heavy clashes continued. Some 3,000 residents have left the zone, officials said.",
     "displaced", 3000),
    ("Fighting between the militias intensified. About 9,000 people live in camps outside "
     "the city.", "displaced", 9000),
    ("The army's offensive went on. More than 50,000 refugees live in overcrowded "
     "settlements near the border.", "displaced", 50000),
    ("Rebels burned the villages. Nearly 4,000 villagers from the hills around Kora are "
     "staying in a church.", "displaced", 4000),
]

NONE = [
    "The date of the vote is yet to be decided.",
    "Three ministers remain, as of Friday, in office.",
    "Two of the books were taken from the shelves.",
    "Five commuters caught the bus to work.",
    "The rescued cat was returned to its owner.",
    "The party lost the vote by 12 seats.",
    "Forty delegates have left the meeting.",
    "About 3,000 Britons are living in London.",
    "Three officials are yet to be appointed.",
    "Twelve players were led away by the coach after training.",
    "Four students are yet to be found guilty of cheating.",
    "Twenty tourists were taken away by bus to the hotel.",
    "The 40 engineers it says are still working on the bridge will finish in May.",
    "Five suspects were caught and fined by the court.",
    # the police taking people for questioning stays no figure, as the older rounds read it
    "Eleven young men were taken away for questioning after the bombing.",
    # a bare "dragged away" may be protesters carried off by anyone
    "Two protesters were dragged off.",
]


@pytest.mark.parametrize(("text", "outcome", "count"), READ)
def test_read_with_words_between(text: str, outcome: str, count: int) -> None:
    found = [(f["outcome"], f["count_low"]) for f in find_casualties(text)]
    assert (outcome, count) in found


@pytest.mark.parametrize("text", NONE)
def test_lookalikes_give_nothing(text: str) -> None:
    assert find_casualties(text) == []


def test_span_carried_back_to_text_as_written() -> None:
    text = "Pirates attacked the vessel. Nine crew members are as yet unaccounted for."
    (f,) = find_casualties(text)
    assert text[int(f["start"]):int(f["end"])] == f["text"]
    assert f["text"].startswith("Nine crew members")


def test_seized_and_held_alone_left_to_the_capture_rules() -> None:
    assert between_edits("Three men were seized and held for ransom.") == []


def test_soldiers_taking_is_no_arrest() -> None:
    # the gold reads "taken away by soldiers" as a capture, never as an arrest
    text = "At least nine young men were taken away by soldiers on Monday."
    assert all(f["outcome"] != "arrested" for f in find_casualties(text))


def test_text_without_the_words_is_not_rewritten() -> None:
    assert between_edits("Two soldiers were killed on Monday, police said.") == []
