"""Round en148: bare counts with a named place of care, flights told by a verb of driving,
harms told by what was lost or survived, and their look-alikes."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int, str]]:
    return [(str(f["outcome"]), int(str(f["count_low"])), str(f["qualifier"]))
            for f in find_casualties(text)]


@pytest.mark.parametrize(("text", "figure"), [
    ("Nine died in the blast. 31 are being treated at the provincial hospital.",
     ("wounded", 31, "exact")),
    ("Fourteen people are being treated in a field hospital near the border.",
     ("wounded", 14, "exact")),
    ("The clashes have driven some 9,000 farmers and their children from the valley.",
     ("displaced", 9000, "about")),
    ("Militia raids drove nearly 4,500 villagers out of the district last month.",
     ("displaced", 4500, "about")),
    ("The strike killed six and forced more than 1,200 others to flee.",
     ("displaced", 1200, "more_than")),
    ("A third, a girl of nine, survived with shrapnel wounds.", ("wounded", 1, "exact")),
    ("One guard was left paralysed by the attack.", ("wounded", 1, "exact")),
    ("Two of the farmers had a leg amputated after the mine blast.", ("wounded", 2, "exact")),
])
def test_reads_the_construction(text: str, figure: tuple[str, int, str]) -> None:
    assert figure in _read(text)


def test_part_in_a_serious_condition_follows_the_treated() -> None:
    found = _read("Five people were killed and 40 are being treated at the city hospital,"
                  " six of them in a critical condition.")
    assert ("wounded", 40, "exact") in found
    assert ("wounded", 6, "exact") in found
    assert ("killed", 6, "exact") not in found


@pytest.mark.parametrize("text", [
    "He has driven 12,000 km across the country this year.",
    "Five were killed. 27 are being trained at the district hospital.",
    "A fourth survived with a warning from the judge.",
    "The strike forced 3,000 workers to take leave.",
    "The minister is still missing the point.",
    "Twenty patients were discharged on Monday.",
])
def test_look_alikes_give_nothing_new(text: str) -> None:
    assert not [f for f in _read(text) if f[0] in ("wounded", "displaced", "missing")]
