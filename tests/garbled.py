"""Texts built from a review's own constructions, cut and garbled at random places, for the
tests that check the engines never raise on them."""

from __future__ import annotations

import random
from collections.abc import Iterator

# Marks and digits dropped into a text at random: quotes of both styles, Arabic punctuation,
# both digit scripts, a doubled space, an ellipsis and a right-to-left mark.
ODD = [*"\"“”‘’'.,;:!?()-–—\n\t،؛؟٠١٢٣٤٥٦٧٨٩0123456789", "  ", "...", "\u200f"]
TINY = ("", " ", "a", "ا", ".", "\n", "٣", "3", '"', "“", "،")


def garbled(pieces: list[str], rng: random.Random, count: int) -> Iterator[str]:
    """``count`` texts of one to three ``pieces``, each cut or given an odd mark one to four
    times: kept up to a place, kept from a place, or a mark put in at a place."""
    for _ in range(count):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(1, 4)):
            i = rng.randint(0, len(s))
            k = rng.random()
            s = s[:i] if k < 0.3 else s[i:] if k < 0.5 else s[:i] + rng.choice(ODD) + s[i:]
        yield s
