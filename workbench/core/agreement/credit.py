"""Whose judgement an annotation holds, for agreement: the coder who last changed what
agreement compares about it, not necessarily the coder who made it.

An annotation's ``coder`` column names who created it. When another coder edits it
(changes its outcome or count, say, on review or in their own copy of the project), the
values it now holds are that coder's judgement; counted as the creator's, the report
compared the editor's value with the others under the creator's name. The creator's own
value is not lost: it is in the audit log (``workbench log``), which is where this is read.

What a coder decides of an annotation, and agreement compares, is its kind and its
measured fields (choice, yes/no and number fields: :data:`LEVEL_OF_TYPE`), and whether
to accept an engine's suggestion: the coder who accepts one (as the engine read it or
edited) holds it, not whoever ran the engines, whose insert of an unreviewed suggestion
is nobody's judgement (a merge's conflict copy accepted stays its own coder's: accepting
it settles whose version stands). An edit of anything else (its memo, a text field, a
rejection) leaves the credit where it was, and so does a re-import, which moves an
annotation's words with the new version of its text (no coder chooses them after making
it). A merge's own log entries name who merged, not who made the version, so they credit
nobody; the entries a merge carries over from a coder's project keep that coder's name.
While an annotation holds its creator's own latest value it stays the creator's, whoever
put it back; an undo gives the value it puts back to whoever made that value, a redo
gives the value back to whoever made it before the undo (not to whoever redid: a merge
redone was the lead's), and a choice renamed in the codebook stays with whoever held it.
An undo or redo carried over from another project acts only on the steps its coder
made in that project (:func:`written_in`): there it reversed a step of its own or a merge made
there, and that merge undone is no part of what the project brought
(``core/merge/undone.py``), so a coder who merged a colleague's project and undid it
took the colleague's edit back in the team's project, which had it from the colleague
herself; told apart by the coder's name alone, a colleague of the same name still lost
it, and by the project alone, two copies that kept the file name the lead gave them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from workbench.core import logcodes
from workbench.core.changes import Row
from workbench.core.codebook import Codebook
from workbench.core.derived import DocTexts
from workbench.core.project import Project
from workbench.core.repo import in_chunks

# A log entry that changed what is compared: (content, coder, carried from: ``written_in``).
_Step = tuple[str, str, "tuple[str, str] | None"]

# The field types agreement measures, and at which level (the report's too).
LEVEL_OF_TYPE = {"enum": "nominal", "bool": "nominal", "int": "interval", "float": "interval"}


def credited_coders(project: Project, anns: Sequence[Row], *,
                    copies: AbstractSet[str] = frozenset()) -> dict[str, str]:
    """Annotation id -> the coder whose judgement it holds, for those of ``anns`` whose
    compared content another coder than their creator last changed, or that another
    coder accepted as an engine's suggestion (the rest keep their ``coder``). Only
    annotations modified since they were made are looked up in the log (one indexed
    read per chunk of them). ``copies``: a merge's conflict copies, whose acceptance
    settles a conflict between coders' versions and leaves each with its coder."""
    edited = {a["id"]: a for a in anns if a.get("modified_at") != a.get("created_at")}
    suggested = {i for i, a in edited.items() if _engine_made(a) and i not in copies}
    if not edited:
        return {}
    codebook = project.codebook
    ops = logcodes.Ops(project.conn)
    layouts: dict[str, Any] = {}
    texts = DocTexts(project.conn)
    out: dict[str, str] = {}
    for part, marks in in_chunks(sorted(edited)):
        made: dict[str, _Steps] = {}
        rows = project.conn.execute(
            f"SELECT * FROM audit WHERE entity_id IN ({marks}) ORDER BY seq", part)
        for raw in rows:
            r = logcodes.readable(dict(raw), ops)
            if r["entity"] != "annotation" or r["after"] is None or not r["coder"]:
                continue
            if r["op"].startswith("merge:"):
                continue  # names who merged, not who coded
            after_image = project.repo.audit_image(r, "after", layouts, texts) or {}
            before_image = (project.repo.audit_image(r, "before", layouts, texts)
                            if r["before"] is not None else None)
            after = compared(codebook, after_image)
            before = compared(codebook, before_image) if before_image is not None else None
            engine = r["entity_id"] in suggested
            if before == after and not (engine and _reviews(r["op"], before_image,
                                                               after_image)):
                continue  # a memo, a status, a trashing: no coder's judgement
            # An engine's suggestion nobody has accepted is nobody's judgement yet: not
            # that of whoever ran the engines, who would otherwise hold it as its creator.
            coder = ("" if engine and before_image is None
                     and after_image.get("status") != "accepted" else r["coder"])
            made.setdefault(r["entity_id"], _Steps()).replay(
                r["op"], coder, written_in(raw["merged_from"]), before, after,
                edited[r["entity_id"]]["coder"])
        for ann_id, steps in made.items():
            coder = steps.holder(edited[ann_id]["coder"], compared(codebook,
                                                                   edited[ann_id]))
            if coder != edited[ann_id]["coder"]:
                out[ann_id] = coder
    return out


def _engine_made(ann: Row) -> bool:
    """Whether an annotation came from a suggestion engine (its origin says which)."""
    return (ann.get("origin") or "manual") != "manual"


def _reviews(op: str, before: Row | None, after: Row) -> bool:
    """Whether a log entry that leaves the compared content alone accepts a suggestion
    (a redo putting an acceptance back included), or is an undo taking one back: the
    acceptance is the judgement of whoever accepted. A rejection codes nothing."""
    was = (before or {}).get("status") == "accepted"
    now = after.get("status") == "accepted"
    return was and not now if op.startswith("undo:") else now and not was


def written_in(merged_from: str | None) -> tuple[str, str] | None:
    """The project a carried log entry was first written in, as its ``merged_from``
    names it (its id and the file name it was merged under); None for the project's
    own entries.

    A coder is known by name only (no stable identity is stored), and two coders of one
    name (two people called Dave, or one laptop account shared) were taken for one: the
    undo of the Dave who merged the other's project, carried into the team's, took the
    other Dave's edit back. The project is no identity either (a copy keeps the id of
    the project it was copied from; the file name is whatever it was merged under), but
    the two, with the coder's name (:meth:`_Steps._latest`), tell apart the coders' copies
    a team merges, those that kept the file name the lead gave them too."""
    if not merged_from:
        return None
    origin = json.loads(merged_from)
    return (str(origin.get("project_id") or ""), str(origin.get("name") or ""))


class _Steps:
    """The log entries that changed what is compared of one annotation, oldest first,
    each as (content, coder, the project it was carried from or None), and the steps
    undos took back, latest last, for the redos that put them back."""

    def __init__(self) -> None:
        self.steps: list[_Step] = []
        self.taken: list[_Step] = []

    def replay(self, op: str, coder: str, carried: tuple[str, str] | None,
               before: str | None, after: str, creator: str) -> None:
        """Add one entry (``carried``: the project whose log it came from, None for the
        project's own; see :func:`written_in`). An undo takes back
        the latest step that made what it undoes (its ``before``): the content it puts
        back is whoever made that, not the one who undid (an undone merge was the
        lead's otherwise). A redo puts back the step the undo took, under its own
        coder. A codebook change (a choice renamed) rewrites the value of whoever held
        it: renaming a choice credited the lead with every figure that held it."""
        if op.startswith("codebook:"):
            if before is not None:
                self.steps.append((after, self.holder(creator, before), carried))
            return
        if op.startswith("undo:"):
            i = self._latest(self.steps, before, carried, coder)
            if i is not None:
                self.taken.append(self.steps.pop(i))
            return
        if op.startswith("redo:"):
            i = self._latest(self.taken, after, carried, coder)
            if i is not None:
                self.steps.append(self.taken.pop(i))
            if i is not None or carried:  # carried, its undo here took nothing back
                return
        self.steps.append((after, coder, carried))

    @staticmethod
    def _latest(steps: list[_Step], content: str | None, carried: tuple[str, str] | None,
                coder: str) -> int | None:
        """The index of the latest of ``steps`` that made ``content``; for an undo or
        redo ``carried`` from another project, of the steps ``coder`` made in that
        project only: there it reversed a step of its own (or a merge it made, no part
        of what it brings). The project alone does not tell two coders' copies apart
        when they kept the file name the lead gave it (one id, one name), nor the coder
        alone two namesakes in two projects; the two together do."""
        for i in range(len(steps) - 1, -1, -1):
            if steps[i][0] == content and (carried is None or (
                    steps[i][2] == carried and steps[i][1] == coder)):
                return i
        return None

    def holder(self, creator: str, now: str) -> str:
        """Whose judgement the content ``now`` is: the creator's while it is the
        creator's own latest (another coder who changed it and then put it back holds
        nothing else), else the coder of the latest step that made it."""
        own = [content for content, coder, _ in self.steps if coder == creator]
        if own and own[-1] == now:
            return creator
        for content, coder, _ in reversed(self.steps):
            if content == now and coder:  # "": an engine's, nobody's judgement
                return coder
        return creator


def compared(codebook: Codebook, row: Row) -> str:
    """What agreement compares of an annotation version, as one comparable text."""
    fields = row.get("fields") or {}
    if isinstance(fields, str):
        fields = json.loads(fields)
    kind = row.get("kind") or ""
    measured = ({f.name for f in codebook.kind(kind).fields if f.type in LEVEL_OF_TYPE}
                if kind in codebook else set())
    values = {k: v for k, v in fields.items() if k in measured}
    return json.dumps([kind, values], sort_keys=True, ensure_ascii=False, default=str)
