"""The timeline's actor lanes by actor record: the spellings a record holds, one lane.

Actor fields (speaker, claimant, perpetrator, actors) hold names as written, so "the
Eastern Brigade" and "لواء الشرق" were two lanes even when one record holds both
spellings. A name whose spelling is a record's name or one of its aliases (folded as
matching folds them: case, letter variants, a leading "the", the Arabic article) takes
the record's current name as its lane. Only whole spellings: a fuzzy match may be
wrong, and a lane that joins two groups hides which did what. A spelling two records
hold is left as written, as matching attaches it to neither.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.core.textnorm import normalise


def spelling_key(spelling: str) -> str:
    """A spelling as matching reads it: folded (``normalise``), without a leading English
    "the" or the Arabic article "ال" on each word ("اللواء الشرقي" and "لواء الشرقي" are
    one name). A word of "ال" and two letters keeps them (الله is no article)."""
    words = normalise(spelling).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(w[2:] if w.startswith("\u0627\u0644") and len(w) > 4 else w
                    for w in words)


class LaneNames:
    """name as written -> its lane: the record's name, else the name itself."""

    def __init__(self, conn: Any) -> None:
        owners: dict[str, set[str]] = {}
        names: dict[str, str] = {}
        for actor_id, name, aliases in conn.execute(
                "SELECT id, name, aliases FROM actors WHERE deleted_at IS NULL"):
            names[actor_id] = name
            for spelling in [name, *json.loads(aliases or "[]")]:
                key = spelling_key(spelling)
                if key:
                    owners.setdefault(key, set()).add(actor_id)
        self._lane = {key: names[next(iter(ids))] for key, ids in owners.items()
                      if len(ids) == 1}
        self._seen: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        lane = self._seen.get(name)
        if lane is None:
            lane = self._seen[name] = (self._lane.get(spelling_key(name), name)
                                       if self._lane else name)
        return lane

    def __bool__(self) -> bool:
        return bool(self._lane)
