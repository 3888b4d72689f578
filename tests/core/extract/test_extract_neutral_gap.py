"""English casualty figures past neutral material between the counted people and their verb
(issue 11, round 123): an aside between commas, a reduced relative, a sub-group's
description and a place adjunct after the verb, whatever their length or opener; and the
look-alikes whose aside or relative holds a verb, an outcome or people of its own. Every
sentence, person and place is invented."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.casualty_neutral_gap import _counted_before, mask_neutral_gaps


def _figures(text: str) -> set[tuple[int, str]]:
    return {(int(f["count_low"]), str(f["outcome"])) for f in find_casualties(text)}


@pytest.mark.parametrize(("text", "figure"), [
    # asides of any opener and length
    ("Police said 11 people, including two officers of the presidential guard, had been "
     "detained.", (11, "arrested")),
    ("Eleven people, witnesses said, were detained near the square.", (11, "arrested")),
    ("At least 40 civilians, according to residents of the northern quarter, died.",
     (40, "killed")),
    ("Two, a local official told reporters, died during the night.", (2, "killed")),
    ("Two of the captives, a local official said, died.", (2, "killed")),
    ("The monitor said six children and four women, a local official said, were among the "
     "dead.", (6, "killed")),
    ("Officials said about 30 rebels and six soldiers, police said, had been killed.",
     (30, "killed")),
    ("Some 60 families from Varnek, witnesses said, have since fled.", (60, "displaced")),
    # reduced relatives and phrases on the people
    ("Four journalists covering the march were held for several hours.", (4, "arrested")),
    ("Two men accused of looting were arrested on Monday.", (2, "arrested")),
    ("Up to seven people accused of looting were hurt in the brawl.", (7, "wounded")),
    ("Twenty-two patients, witnesses said, died in hospital.", (22, "killed")),
    ("Nine from the nearby village were abducted on Sunday.", (9, "captured")),
    ("A gunfight in which three settlers travelling on the coast road died.", (3, "killed")),
    # a place adjunct after the verb
    ("Two young men were taken away near the border, and no one knows where they are.",
     (2, "captured")),
    ("About 40 people were treated in the area and discharged after the attacks, he said.",
     (40, "wounded")),
])
def test_the_figure_holds_past_neutral_material(text: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    # the relative or aside holds a verb of its own: the people are its subject
    "Four journalists who covered the march said police were present.",
    "Eleven people, including two officers who were later released, attended.",
    # an adjective in "-ing" before the noun, no relative
    "Two hunting rifles and a quantity of machetes were seized.",
    # a count after a preposition is no subject
    "A fight between two pastoralist communities near Jinka in South Omo has killed many.",
    "Residents of two villages from the southern hills were killed.",
])
def test_look_alikes_count_no_one_more(text: str) -> None:
    assert not {f for f in _figures(text) if f[0] in (2, 4, 11)}


@pytest.mark.parametrize(("text", "kept"), [
    # one person named in the aside is a figure of its own
    ("The other five, including the ship's master, are still being held.", "ship's master"),
    ("Two men, a nurse among them, were taken.", "a nurse"),
    # a participle's place after it, and a wound's place, are kept
    ("two soldiers brought in on Sunday night had died", "on Sunday night"),
    ("One friend was hit in the hip.", "in the hip"),
    ("163 nationals held at the island's detention centre were moved.", "at the island"),
    # an aside with an outcome or a count of its own
    ("Ten people, three of them children, were killed.", "three of them"),
    ("Ten people, most of them wounded, were taken.", "most of them wounded"),
])
def test_what_tells_something_is_never_skipped(text: str, kept: str) -> None:
    masked = mask_neutral_gaps(text)
    assert masked is None or kept in masked[0]


def test_offsets_are_carried_back_to_the_text_as_written() -> None:
    text = "Residents said 11 people, witnesses said, were detained on Friday."
    (f,) = [f for f in find_casualties(text) if f["count_low"] == 11]
    assert text[int(f["start"]):int(f["end"])] == f["text"]
    assert str(f["text"]).startswith("11 people")


@pytest.mark.parametrize(("phrase", "counted"), [
    ("Up to seven people", True),
    # no count at all: the "up to" of a date or a place is not the count's
    ("Villagers up to Monday", False),
    ("Herders up to the river", False),
])
def test_a_phrase_counts_its_people_only_with_a_count(phrase: str, counted: bool) -> None:
    assert _counted_before(phrase, len(phrase)) is counted
