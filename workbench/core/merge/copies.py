"""Conflict copies: the other version of an annotation two coders changed differently,
kept by a merge beside the one that stays (``merge.items``).

A copy and its ``same_as`` link get ids derived from what they hold, so merging the same
source again, or the sources in another order, makes the very same rows; the link's id
also tells a copy from an annotation a coder linked ``same_as`` by hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from workbench.core.changes import Row

COPY_NAMESPACE = uuid.UUID("5b0e6c1e-7f7d-4f55-9a3e-0c0ffee0b1e5")


def copy_id(key: str, version: str) -> str:
    """The id of the conflict copy of annotation ``key`` holding ``version`` (a digest)."""
    return str(uuid.uuid5(COPY_NAMESPACE, f"{key}/{version}"))


def link_id(copy: str) -> str:
    """The id of the ``same_as`` link from the conflict copy ``copy`` to the kept one."""
    return str(uuid.uuid5(COPY_NAMESPACE, f"{copy}/same_as"))


def conflict_copies(links: Iterable[Row]) -> set[str]:
    """The ids of the conflict copies ``links`` name, reviewed or not: those a merge
    linked to the version it kept."""
    return {link["source_id"] for link in links
            if link["type"] == "same_as" and link["id"] == link_id(link["source_id"])}


def waiting_copies(links: Iterable[Row], annotations: Iterable[Row]) -> set[str]:
    """The ids of the conflict copies among ``annotations`` that nobody has reviewed
    yet (still suggestions)."""
    made = conflict_copies(links)
    return {a["id"] for a in annotations if a["id"] in made and a["status"] == "suggested"}
