"""Round en149: parts of a toll (of the dead, of those held, of them, the ordinal one), whose
outcome is their whole's unless their own clause tells another, and their look-alikes."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> set[tuple[str, int]]:
    return {(str(f["outcome"]), int(str(f["count_low"]))) for f in find_casualties(text)}


@pytest.mark.parametrize(("text", "figure"), [
    # a part of the dead stays killed whatever its clause tells of the manner of death
    ("Twenty people died in the blast. Two of the dead were stabbed before the explosion.",
     ("killed", 2)),
    ("Eight villagers were killed. Three of the dead had been stabbed.", ("killed", 3)),
    ("At least 12 people were killed in the raid. Two of them were shot in the head.",
     ("killed", 2)),
    ("Seven miners were killed on Sunday. One of them had been stabbed.", ("killed", 1)),
    ("Seven miners were killed on Sunday. Four of them had been beaten.", ("killed", 4)),
    # a part with a harm of its own, its whole no one harmed
    ("Soldiers questioned 40 men. Eleven of the men questioned had gunshot wounds.",
     ("wounded", 11)),
    ("Doctors examined 40 released prisoners. Six of the men examined had gunshot wounds.",
     ("wounded", 6)),
    # the held part still where its captors keep it
    ("Gunmen kidnapped six workers last week. Two of the hostages have come home. Four of"
     " them are still there.", ("captured", 4)),
    ("Pirates seized five sailors. Two escaped. Three of them are still on the ship.",
     ("captured", 3)),
    # the ordinal one, by its own predicate or as captives taken away
    ("Two fishermen were rescued. A third is still missing.", ("missing", 1)),
    ("Six climbers were found alive. A seventh remains unaccounted for.", ("missing", 1)),
    ("Two of the girls were found alive on Monday; the third is still missing.",
     ("missing", 1)),
    ("Two guards were killed. A third was seriously injured.", ("wounded", 1)),
    ("Three villagers were shot dead. A fourth died in hospital.", ("killed", 1)),
    ("Three women were abducted from the farm. A fourth was dragged into the bush.",
     ("captured", 1)),
    # the taken named by their taking are a whole of captives
    ("Gunmen abducted 11 passengers from a bus. Three of the abductees were later released.",
     ("captured", 3)),
    # a part that names its toll again gives the toll
    ("One of the two children killed was buried on Saturday.", ("killed", 2)),
])
def test_reads_the_part(text: str, figure: tuple[str, int]) -> None:
    assert figure in _read(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Eight people were killed in the village. Three of the dead had been stabbed.",
     ("wounded", 3)),
    ("Seven miners were killed on Sunday. One of them had been stabbed.", ("wounded", 1)),
    ("One of the two children killed was buried on Saturday.", ("killed", 1)),
    ("Seven were killed. 27 are being treated in the district hospital, eight of them in a"
     " serious condition.", ("killed", 8)),
])
def test_no_wrong_outcome_or_count(text: str, wrong: tuple[str, int]) -> None:
    assert wrong not in _read(text)


@pytest.mark.parametrize("text", [
    "One of the dead man's brothers spoke.",
    "Two of the slain officer's colleagues attended.",
    "Four paintings were recovered from the thieves; a fifth is still missing.",
    "Two of the three cars were found. The third is still missing.",
    "Two rowers finished; a third is still missing the start.",
    "A fourth round of talks opened on Monday.",
    "A third of the town was flooded.",
    "The other three candidates withdrew.",
    "Gunmen burned two of the vehicles.",
    "Some 2,000 voters turned out, of whom 10 are women.",
    "Six of them are still there, the mayor said.",
])
def test_look_alikes_give_nothing(text: str) -> None:
    assert _read(text) == set()


def test_three_wounded_after_a_killing_stay_wounded() -> None:
    found = _read("Three people were killed and 20 wounded. Five of them were shot in the legs.")
    assert ("wounded", 5) in found and ("killed", 5) not in found


def test_a_part_of_arrests_only_charged_adds_nothing() -> None:
    assert _read("Police arrested 30 people, of whom 10 were later charged.") == {
        ("arrested", 30)}
