"""Counted nouns in the sentences users read: "1 backup was", "2 backups were", never
"1 backup(s)"."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and its noun in the number ``n`` asks for ("1 entry", "3 entries")."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def agrees(n: int, one: str, many: str) -> str:
    """The word of a pair that agrees with ``n`` ("was"/"were", "it"/"they")."""
    return one if n == 1 else many


# An undo step's operation (the name its write was opened with) in the words the window
# says it with: "Undid accepting suggestions.", not "Undid review:accepted.".
_STEPS = {
    "annotate": "the new annotation", "edit": "the edit",
    "review:accepted": "accepting suggestions", "review:rejected": "rejecting suggestions",
    "review:suggested": "marking as suggested",
    "trash": "moving to the trash", "restore": "restoring from the trash",
    "link": "the new link", "unlink": "removing a link", "suggest": "the suggestions",
    "import": "the import", "import-qdpx": "the QDPX import", "reimport": "the re-import",
    "merge": "the merge", "codebook": "the codebook change",
    "describe": "the document's details", "grade": "the source grade",
    "actor": "the actor record change", "actor:trash": "moving an actor record to the trash",
    "actor:restore": "restoring an actor record", "actor:merge": "merging actor records",
    "actor:attach": "naming an actor record",
    "incident:create": "the new incident", "incident:add": "adding to an incident",
    "incident:move": "moving figures between incidents",
    "incident:remove": "taking a figure out of an incident",
    "incident:edit": "the incident edit", "incident:trash": "moving an incident to the trash",
    "incident:restore": "restoring an incident", "incident:merge": "merging incidents",
    "incident:suggest": "the suggested incidents", "incident:accept": "accepting an incident",
    "incident:reject": "rejecting an incident", "incident:set-best": "setting the best figure",
    "incident:add-type": "the new incident type",
}


def step_name(op: str) -> str:
    """What an undo step did, for "Undid …" / "Redid …" ("the edit")."""
    return _STEPS.get(op) or op.replace(":", " ").replace("-", " ")
