"""Round en156: headline claims with a singular "claims", findings of a research body
taken up by "It", and a judge's findings. Probe sentences are our own."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


def _read(text: str) -> list[tuple[object, str]]:
    return [(s["speaker"], text[int(s["start"]):int(s["end"])])  # type: ignore[call-overload]
            for s in find_statements(text)]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Militia claims attack on army base\nGunmen stormed the base on Monday.",
     "Militia", "attack on army base"),
    ("Rebel group claims killing of 12 soldiers in ambush\nThe ambush took place at dawn.",
     "Rebel group", "killing of 12 soldiers in ambush"),
    ("Kenya: Al-Shabaab claims attack on police post\nThe post was hit overnight.",
     "Al-Shabaab", "attack on police post"),
    ("Armed group claims capture of river port\nFighting went on through the night.",
     "Armed group", "capture of river port"),
])
def test_headline_singular_claim_owns_the_act(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize("text", [
    # a claim of lives is a toll, no words; a claim in the body keeps the older reading
    "Floods claim 40 lives in the north\nThe river burst its banks.",
    "The fighting has claimed at least 30 lives.",
    "No group has claimed the attack on the army base.",
])
def test_claims_that_are_no_statement_stay_unread(text: str) -> None:
    assert _read(text) == []
