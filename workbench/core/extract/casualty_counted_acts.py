"""Counts of acts or of things given an outcome of people by a list (round en236).

A monitor's tally joins a count of acts and a count of people under one outcome: "Our
researchers recorded 11 beatings and at least 23 villagers arrested by rangers". The list
readers give the outcome of the last member to every member, and "11 beatings" became 11
people arrested. A count whose noun is an act ("beatings", "stabbings", "robberies") or a
thing the people rules already know is no person ("documents", "shelters") counts no people
of any outcome; its figure is dropped. Acts that count the harmed themselves ("murders" as
killings, "abductions", "arrests") are the outcome's own head nouns and are not in the list.
"""

from __future__ import annotations

from .lang import en as EN

Figure = dict[str, object]
_NOT_PEOPLE = frozenset((*EN.COUNTED_ACT_NOUNS, *EN.THINGS_LIKE_PEOPLE))


def _head(group: object) -> str:
    """The head noun of a group: its last word before any "of" ("member of parliament" is
    a member)."""
    if not isinstance(group, str) or not group.strip():
        return ""
    words = group.lower().split(" of ", 1)[0].split()
    return words[-1] if words else ""


def drop_counted_acts(out: list[Figure]) -> None:
    """Remove from ``out`` each figure whose group is a count of acts or things."""
    keep = [f for f in out if _head(f.get("group")) not in _NOT_PEOPLE]
    if len(keep) != len(out):
        out[:] = keep
