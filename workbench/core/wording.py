"""Counted nouns in the sentences users read: "1 backup was", "2 backups were", never
"1 backup(s)"."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and its noun in the number ``n`` asks for ("1 entry", "3 entries")."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def agrees(n: int, one: str, many: str) -> str:
    """The word of a pair that agrees with ``n`` ("was"/"were", "it"/"they")."""
    return one if n == 1 else many
