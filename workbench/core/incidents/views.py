"""Reads the incident pane needs beyond model.py: a few rows by id, and which incidents
a ChangeSet touched (so only those are re-tallied). Qt-free, read-only."""

from __future__ import annotations

from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.incidents import model
from workbench.core.project import Project
from workbench.core.repo import _decode

_ROW_SQL = """
    SELECT i.*, (SELECT count(*) FROM incident_members m
                  JOIN annotations a ON a.id = m.annotation_id AND a.deleted_at IS NULL
                  WHERE m.incident_id = i.id AND m.deleted_at IS NULL
                  AND a.doc_id NOT IN ({trashed})) AS members
    FROM incidents i WHERE i.deleted_at IS NULL AND i.id IN ({marks})"""


def incident_rows(project: Project, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The live incidents among ``ids``, shaped like ``model.list_incidents`` rows."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        # Members counted as list_incidents counts them: not those of a trashed report.
        sql = _ROW_SQL.format(marks=",".join("?" * len(part)), trashed=model._TRASHED_DOCS)
        out.update({r["id"]: _decode(r) for r in project.conn.execute(sql, part)})
    return out


def touched_incidents(project: Project, cs: ChangeSet) -> set[str] | None:
    """Incidents whose row, members or member figures ``cs`` changed; None means "all
    of them may have" (a document's grading, the codebook or a part_of link changed)."""
    if cs.touches("document") or cs.touches("codebook") or cs.touches("link"):
        return None
    out = set(cs.ids("incident"))
    for c in cs.changes:
        if c.entity == "incident_member":
            out.update(img["incident_id"] for img in (c.before, c.after) if img)
    ann_ids = cs.annotation_ids
    if ann_ids:
        out.update(r["incident_id"] for r in model.membership_rows(project, ann_ids).values())
    return out


def merged_into(cs: ChangeSet, incident_id: str) -> str | None:
    """The incident ``incident_id`` was merged into by ``cs``, or None.

    A merge (``ops.merge_incidents``, or its redo) trashes the absorbed incident and
    updates the kept one in the same change, and only it does: trashing an incident
    touches no other. So the absorbed one is the incident ``cs`` trashed, and the kept
    one the single other incident it left live."""
    trashed = kept = None
    others = set()
    for c in cs.changes:
        if c.entity != "incident" or c.after is None:
            continue
        if c.id == incident_id:
            if c.after.get("deleted_at") and not (c.before or {}).get("deleted_at"):
                trashed = c.id
        elif not c.after.get("deleted_at"):
            others.add(c.id)
    if trashed is not None and len(others) == 1:
        kept = others.pop()
    return kept
