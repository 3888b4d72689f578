"""A headline's count with a bare "shot" reads people, never a counted wound.

The generated texts of the fast/slow path property found a first line whose words ran
together, "Received a grievous injury Police shot in the chest": the headline rule of round
en110 read "a grievous injury Police" as one person shot. A group that names a wound counts
harms, so it gives no figure; the rule's members keep theirs.
"""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _figures(text: str) -> list[tuple[str, str, int]]:
    return [(text[f["start"]:f["end"]], f["outcome"], f["count_low"])
            for f in find_casualties(text)]


@pytest.mark.parametrize("text", [
    "Received a grievous injury Police shot in the chest",
    "A head wound Guard shot outside the depot",
    "Two injuries Officers shot near the border post",
])
def test_a_wound_is_no_person_shot(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("Two men shot outside Chinatown bar, police say", ("Two men shot", "wounded", 2)),
    ("Gang violence: 3 shot in Francistown", ("3 shot", "wounded", 3)),
    ("Two Police Officers Shot Near Border Post", ("Two Police Officers Shot", "wounded", 2)),
])
def test_people_shot_keep_their_figure(text: str, figure: tuple[str, str, int]) -> None:
    assert figure in _figures(text)
