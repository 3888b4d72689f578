"""Captives told by their return in an exchange or by their captivity (round en137)."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties(text))


@pytest.mark.parametrize(("text", "want"), [
    # the exchange as the doer of the return
    ("Sides trade prisoners in swap\nThe swap brought home 40 Ukrainian fighters on Wednesday.",
     [("captured", 40)]),
    ("Prisoner exchange at the border\nThe exchange handed back 63 Armenian soldiers to Yerevan.",
     [("captured", 63)]),
    # the returned named after the fact
    ("Prisoners swapped\nTwo medics and a priest were among those handed back on Friday.",
     [("captured", 1), ("captured", 2)]),
    ("Hostages come home in exchange\nThree journalists were among those released in the swap.",
     [("captured", 3)]),
    ("Prisoners exchanged in Yemen\nAmong those returned are five officers.", [("captured", 5)]),
    # a passive return beside the exchange
    ("Armenia and Azerbaijan hold prisoner exchange\n"
     "Baku said 120 of its soldiers were handed back in the exchange.", [("captured", 120)]),
    # a part of the returned told right after them
    ("Prisoner swap\nThe exchange returned 160 soldiers, including three officers.",
     [("captured", 3), ("captured", 160)]),
    ("Prisoner swap\nThe swap brought home 30 sailors, two of whom are women.",
     [("captured", 2), ("captured", 30)]),
    # captivity named with its holder
    ("More than 2,000 of its soldiers remain in Russian captivity, the ombudsman said.",
     [("captured", 2000)]),
    ("At least 70 villagers are still in rebel captivity, the governor said.",
     [("captured", 70)]),
])
def test_returned_captives_are_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a jailbreak's freed are no captives
    ("Jailbreak\nGunmen freed 120 inmates from the prison in an overnight raid.", []),
    ("Attackers freed 80 prisoners in a jailbreak on Sunday.", []),
    # no exchange or holding told: a return is no capture
    ("Four children were among those returned from the camps on Monday.", []),
    ("The army returned 12 bodies of fallen soldiers to the other side.", [("killed", 12)]),
    ("The two sides exchanged fire for hours.", []),
    ("The swap of 40 tonnes of grain went ahead on Monday.", []),
    ("Police arrested 14 protesters and released them on bail on Monday.", [("arrested", 14)]),
])
def test_lookalikes_keep_their_reading(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


def test_over_after_handed_is_the_verbs_particle() -> None:
    # "handed over 75" is 75 exactly, no "more than 75"
    figs = find_casualties("Prisoners swapped\nIn the exchange Kyiv handed over 75 Russian"
                           " prisoners of war.")
    assert [(f["count_low"], f["qualifier"]) for f in figs] == [(75, "exact")]
