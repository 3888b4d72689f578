"""Turn vocabulary (tuples of words and phrases) into regular-expression text."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alt(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first, a space matching any whitespace run.

    Longest first, because Python's alternation takes the first branch that
    matches: "shot dead" must be tried before "shot".
    """
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def first_chars(words: Iterable[str]) -> str:
    """Character class body of the lower-case first letters of ``words``."""
    return "".join(sorted({w[0].lower() for w in words}))
