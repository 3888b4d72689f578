"""Figures a merge leaves in an incident in the trash go to the trash with it.

Two coders work apart: one trashes an incident (or merges it into another, which
trashes it), the other puts a figure in it. Each change merges on its own, in either
order, and together they left the figure a live member of an incident in the trash:
no listing or tally showed it, adding it to another incident was refused ("already
belongs to incident ...; move it instead") and moving it too ("There is no incident
..."). Trashing an incident trashes its memberships, stamped with its time, so the
merge does the same: the figure is free to join another incident, and comes back
with the incident if it is restored. The report says which figure, and where.
"""

from __future__ import annotations

from workbench.core.incidents import model
from workbench.core.merge.context import Context


def free_figures_of_trashed_incidents(ctx: Context, name: str) -> None:
    """Trash every live membership of an incident in the target's trash, as the
    incident's own trashing would have, and say so in the report's notes."""
    for row in model.live_in_trashed_incidents(ctx.target):
        ctx.tx.update("incident_member", row["id"], {"deleted_at": row["trashed_at"]})
        ann = ctx.target.repo.get("annotation", row["annotation_id"]) or {}
        words = " ".join(str(ann.get("exact") or "").split())
        words = words if len(words) <= 40 else words[:39] + "…"
        # The source just merged may be the one that trashed the incident, the figure
        # put in by another coder merged before: the note names who put it in.
        by = f" by {row['coder']}" if row["coder"] else ""
        # A rejected proposal is kept out of the trash listing: the note points to
        # where it is listed.
        where, back = (
            ("the proposal was rejected here (`workbench incidents PROJECT --status "
             "rejected` lists it)", "restore the proposal to review it again with it")
            if row["status"] == "rejected" else
            ("the incident is in the trash here (trashed or merged into another)",
             "restore the incident to bring it back there"))
        ctx.report.notes.append(
            f"{name}: figure {row['annotation_id']}"
            + (f" “{words}”" if words else "")
            + f" was put in incident {row['incident_id']} “{row['title']}”{by}, and {where}: "
            "the figure went out with it and is in no incident now; add it to the one "
            f"it belongs to, or {back}.")
