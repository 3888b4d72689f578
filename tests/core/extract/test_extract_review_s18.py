"""Faults found in the review of English rounds 131 and 132 and the Arabic "nobody"
mend."""
from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str, lang: str = "en") -> list[tuple[str, int]]:
    return [(str(c["outcome"]), int(c["count_low"]))
            for c in extract(text, "2025-01-01", lang)["casualties"]]


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers. About 300 residents \u017fought shelter in the school.",
    "Gunmen killed five villagers. About 300 residents \u017feeking shelter in the school.",
    "Fighting killed five villagers. About 3,000 people remain\u017f displaced.",
    "Gunmen killed five villagers. About 300 residents f\u0130nd shelter in the school.",
])
def test_case_blind_letters_do_not_crash_the_move_of_the_displaced(text: str) -> None:
    # a case-blind pattern matches a long s or a dotted capital I that lowers to no word
    # of the wordings' tables
    assert ("killed", 5) in _figures(text)
