"""A rescue is never a release from arrest.

People a coastguard or a navy rescued are survivors of a crossing, not detainees, even
where smugglers were arrested earlier in the report; the release reader took a rescue's
holding from the last figure of people held before it. Rescues of captives keep their
reading (sentences written for these tests).
"""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int]]:
    return [(str(f["outcome"]), int(f["count_low"])) for f in find_casualties(text)]


@pytest.mark.parametrize("text", [
    "Two smugglers were arrested on the beach. The navy later rescued 131 survivors who had "
    "gone without food for a week.",
    "Police detained the boat's captain. Since January the coastguard has answered 61 calls "
    "and rescued 1,920 people.",
    "Border guards arrested four men steering the dinghy; a lifeboat crew rescued 38 people "
    "from it.",
])
def test_people_rescued_after_an_arrest_are_no_detainees(text: str) -> None:
    assert [r for r in _read(text) if r[0] == "arrested" and r[1] > 4] == []


def test_the_arrest_before_a_rescue_keeps_its_figure() -> None:
    assert ("arrested", 2) in _read(
        "Two smugglers were arrested. The navy rescued 131 survivors.")


@pytest.mark.parametrize("text, wanted", [
    ("Police arrested three kidnappers and rescued four hostages.", ("captured", 4)),
    ("Troops said they had rescued 11 women held by the gang in the forest.", ("captured", 11)),
])
def test_captives_rescued_stay_captured(text: str, wanted: tuple[str, int]) -> None:
    assert wanted in _read(text)
