"""Items joined into groups by pairs of them (connected components): documents about
one event, figures linked ``same_as`` as one toll."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def joined(items: Iterable[T], pairs: Iterable[tuple[T, T]]) -> list[list[T]]:
    """``items`` in groups: two share a group when a chain of ``pairs`` joins them.

    Each group lists its items in their order in ``items``, and the groups come in the
    order of their first items, so the result depends only on the input's order (the
    folds of a cross-validation are drawn from it). A pair naming something not in
    ``items`` joins nothing.
    """
    parent: dict[T, T] = {i: i for i in items}

    def root(a: T) -> T:
        while parent[a] != a:
            parent[a] = parent[parent[a]]  # halve the path: later look-ups stay short
            a = parent[a]
        return a

    for a, b in pairs:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[T, list[T]] = {}
    for i in parent:
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())
