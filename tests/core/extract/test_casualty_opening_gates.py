"""The gates read at an opening find what their scans of the whole text found.

Some casualty readers are gated by a list of cues that each open with the same few
characters (", sepoy ", ", having ", " of the battalion"). The gate now finds the openings
and tests the rest of each cue right after them; each probe here is fed to the gate and to
the test of every cue over the whole text, which must agree: every cue, at a text's start
and end, twice, inside a longer word, with its opening but not the rest, and the rest
without its opening. Every sentence is fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import casualty_told_beside as TB
from workbench.core.extract.lang import en as EN


def _ungated(low: str) -> bool:
    return any(cue in low for cue in TB._CUES)


def _aside_probes() -> list[str]:
    probes = ["", ",", ", ", " of the", " of the ", "two soldiers, who were hit, died.",
              "three men of the village were wounded, police said."]
    for word in (*EN.MILITARY_RANKS, *EN.PARTICIPLE_ASIDE_OPENERS):
        probes += [
            f"two soldiers, {word} ali and {word} omar, were killed on monday.",
            f", {word} ",  # the whole text is the cue
            f"the post was hit, {word}",  # the cue's end missing at the text's end
            f"the post was hit,{word} ali was wounded.",  # no space after the comma
            f"the post was hit, x{word} ali was wounded.",  # inside a longer word
            f"the post was hit, {word}s were wounded.",
            f"{word} ali was killed, said the army, , {word} omar too.",
        ]
    for unit in EN.MILITARY_UNITS:
        probes += [
            f"four soldiers of the {unit} were killed.",
            f"the men were of the {unit}",  # at the text's end
            f"the men were of the  {unit} ali.",  # two spaces
            f"the men were of the x{unit} and of the {unit}s.",
            f"the rest of the of the {unit} fled.",  # openings that overlap
            f"a soldier of {unit} was wounded.",
        ]
    return probes


@pytest.mark.parametrize("low", _aside_probes())
def test_military_aside_gate_is_the_cue_test(low: str) -> None:
    assert TB._gate(low) is _ungated(low)


def test_military_aside_gate_opens_on_every_cue() -> None:
    for cue in TB._CUES:
        assert TB._gate(f"the post was hit{cue} and more.")
        assert TB._gate(cue)
