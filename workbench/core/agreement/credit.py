"""Whose judgement an annotation holds, for agreement: the coder who last changed what
agreement compares about it, not necessarily the coder who made it.

An annotation's ``coder`` column names who created it. When another coder edits it
(changes its outcome or count, say, on review or in their own copy of the project), the
values it now holds are that coder's judgement; counted as the creator's, the report
compared the editor's value with the others under the creator's name. The creator's own
value is not lost: it is in the audit log (``workbench log``), which is where this is read.

What a coder decides of an annotation, and agreement compares, is its kind and its
measured fields (choice, yes/no and number fields: :data:`LEVEL_OF_TYPE`). An edit of
anything else (its memo, a text field, its review status) leaves the credit where it
was, and so does a re-import, which moves an annotation's words with the new version
of its text (no coder chooses them after making it). A merge's
own log entries name who merged, not who made the version, so they credit nobody; the
entries a merge carries over from a coder's project keep that coder's name. While an
annotation holds its creator's own latest value it stays the creator's, whoever put it
back; an undo gives the value it puts back to whoever made that value, and a choice
renamed in the codebook stays with whoever held it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from workbench.core import logcodes
from workbench.core.changes import Row
from workbench.core.codebook import Codebook
from workbench.core.derived import DocTexts
from workbench.core.project import Project
from workbench.core.repo import in_chunks

# The field types agreement measures, and at which level (the report's too).
LEVEL_OF_TYPE = {"enum": "nominal", "bool": "nominal", "int": "interval", "float": "interval"}


def credited_coders(project: Project, anns: Sequence[Row]) -> dict[str, str]:
    """Annotation id -> the coder whose judgement it holds, for those of ``anns`` whose
    compared content another coder than their creator last changed (the rest keep
    their ``coder``). Only annotations modified since they were made are looked up in
    the log (one indexed read per chunk of them)."""
    edited = {a["id"]: a for a in anns if a.get("modified_at") != a.get("created_at")}
    if not edited:
        return {}
    codebook = project.codebook
    ops = logcodes.Ops(project.conn)
    layouts: dict[str, Any] = {}
    texts = DocTexts(project.conn)
    out: dict[str, str] = {}
    for part, marks in in_chunks(sorted(edited)):
        made: dict[str, list[tuple[str, str]]] = {}
        rows = project.conn.execute(
            f"SELECT * FROM audit WHERE entity_id IN ({marks}) ORDER BY seq", part)
        for raw in rows:
            r = logcodes.readable(dict(raw), ops)
            if r["entity"] != "annotation" or r["after"] is None or not r["coder"]:
                continue
            if r["op"].startswith("merge:"):
                continue  # names who merged, not who coded
            after = compared(codebook, project.repo.audit_image(r, "after", layouts, texts)
                             or {})
            before = (compared(codebook, project.repo.audit_image(r, "before", layouts,
                                                                  texts))
                      if r["before"] is not None else None)
            if before == after:
                continue  # a memo, a status, a trashing: no coder's judgement
            _replay(made.setdefault(r["entity_id"], []), r["op"], r["coder"], before,
                    after, edited[r["entity_id"]]["coder"])
        for ann_id, steps in made.items():
            coder = _holder(steps, edited[ann_id]["coder"], compared(codebook,
                                                                     edited[ann_id]))
            if coder != edited[ann_id]["coder"]:
                out[ann_id] = coder
    return out


def _replay(steps: list[tuple[str, str]], op: str, coder: str, before: str | None,
            after: str, creator: str) -> None:
    """Add one log entry that changed what is compared to ``steps`` ((content, coder),
    oldest first). An undo takes back the latest step that made what it undoes (its
    ``before``): the content it puts back is whoever made that, not the one who undid
    (an undone merge was the lead's otherwise). A redo makes its content again. A
    codebook change (a choice renamed) rewrites the value of whoever held it: renaming
    a choice credited the lead with every figure that held it."""
    if op.startswith("codebook:"):
        if before is not None:
            steps.append((after, _holder(steps, creator, before)))
        return
    if op.startswith("undo:"):
        for i in range(len(steps) - 1, -1, -1):
            if steps[i][0] == before:
                del steps[i]
                return
        return
    steps.append((after, coder))


def _holder(steps: list[tuple[str, str]], creator: str, now: str) -> str:
    """Whose judgement the content ``now`` is: the creator's while it is the creator's
    own latest (another coder who changed it and then put it back holds nothing else),
    else the coder of the latest step that made it."""
    own = [content for content, coder in steps if coder == creator]
    if own and own[-1] == now:
        return creator
    for content, coder in reversed(steps):
        if content == now:
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
