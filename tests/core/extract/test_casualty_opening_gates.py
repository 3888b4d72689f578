"""The gates read at an opening find what their scans of the whole text found.

Some casualty readers are gated by a list of cues that each open with the same few
characters (", sepoy ", ", having ", " of the battalion"). The gate now finds the openings
and tests the rest of each cue right after them; each probe here is fed to the gate and to
the test of every cue over the whole text, which must agree: every cue, at a text's start
and end, twice, inside a longer word, with its opening but not the rest, and the rest
without its opening. The waking phrases' anchors are looked for under the opening they
share ("bruis" for "bruise", "bruises", "bruising"); the phrases found must be those of
every phrase looked for in the whole text. Every sentence is fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import casualty_told_beside as TB
from workbench.core.extract import casualty_woken as W
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


def _woken_ungated(low: str, every: tuple[int, ...]) -> tuple[int, ...]:
    """Every waking phrase looked for in the whole text, with no anchor before it."""
    woken = []
    for phrase in EN.WAKING_PHRASES:
        at = low.find(phrase)
        while at >= 0:
            woken.append(at)
            at = low.find(phrase, at + len(phrase))
    return tuple(sorted({*every, *woken})) if woken else every


def _woken_probes() -> list[str]:
    probes = ["", "a quiet day at the market.", "bruis", "life-", "escap the"]
    for phrase in EN.WAKING_PHRASES:
        probes += [
            f"two of the children {phrase} after the blast, doctors said.",
            f"{phrase}",
            f"{phrase} and {phrase} again; {phrase}",
            f"x{phrase}x",
        ]
    anchors = [anchor for anchor, _ in W._by_anchor()]
    probes += [f"the word {a} stands here alone." for a in anchors]
    probes.append(" ".join(anchors))
    return probes


@pytest.mark.parametrize("low", _woken_probes())
def test_waking_phrases_grouped_by_opening_find_what_the_phrases_find(low: str) -> None:
    assert W.woken_by_phrases(low, ()) == _woken_ungated(low, ())
    assert W.woken_by_phrases(low, (3, 900)) == _woken_ungated(low, (3, 900))


def test_every_anchor_stands_under_an_opening_it_opens_with() -> None:
    grouped = [(opening, anchor) for opening, group in W._by_opening() for anchor, _ in group]
    assert sorted(anchor for _, anchor in grouped) == sorted(a for a, _ in W._by_anchor())
    assert all(anchor.startswith(opening) for opening, anchor in grouped)
