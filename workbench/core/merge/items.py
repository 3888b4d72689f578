"""Annotations, links, actors, incidents and their members: matched by UUID, merged
against their common version.

For an item both projects hold, the common version is the latest version in the
source's audit log that the target's log also holds. Only the source changed it: the
target takes the source's version (a trashing travels the same way). Only the target
changed it: it stays. Both changed it: a conflict. The target's version stays when the
target's own coder made it; when the target's version itself came from a merge, the
newer version wins (live before trashed), so merging A then B gives what B then A gives.
The losing version of an annotation becomes a conflict copy (below); of any other item,
it stays in the carried-over audit log and in the report.
"""

from __future__ import annotations

import json
from itertools import groupby
from typing import Any

from workbench.core.anchoring import Anchor, reanchor
from workbench.core.changes import Row
from workbench.core.codebook import KindSpec
from workbench.core.errors import ValidationError
from workbench.core.incidents import model
from workbench.core.merge import copies, stored
from workbench.core.merge.actors import actor_merge_wins
from workbench.core.merge.context import Context
from workbench.core.merge.fields import spelled_here
from workbench.core.merge.report import Conflict
from workbench.core.merge.versions import APPLY, History, common_version, digest, rank
from workbench.core.ops.actors import ACTOR_TYPE_FIELD
from workbench.core.ops.annotations import within
from workbench.core.project import Project
from workbench.core.wording import agrees, counted

ORDER = ("actor", "annotation", "link", "incident", "incident_member")


def merge_items(ctx: Context, source: Project, name: str, history: History) -> None:
    """Merge every item of ``source`` into the target, kind by kind (parents first)."""
    # The target's kinds as this source's codebook left them (merged just before).
    ctx.specs = {r["name"]: KindSpec.from_dict(r["spec"])
                 for r in ctx.target.repo.all_rows("codebook")}
    for entity in ORDER:
        if entity == "incident":
            ctx.left_out = placed_proposals(ctx, source, name)
        _merge_entity(ctx, entity, source, name, history)


def placed_proposals(ctx: Context, source: Project, name: str) -> set[str]:
    """The source's live incident proposals (status suggested) the target lacks and
    whose every figure is in an incident here already: the same grouping the engine
    proposed in both projects (each coder ran `incident suggest`), left out and said.
    Merged, each of its figures was a conflict and it came in empty, one more proposal
    to review for every one made twice."""
    rows = source.conn.execute(
        "SELECT i.id, m.annotation_id FROM incidents i JOIN incident_members m "
        "ON m.incident_id = i.id AND m.deleted_at IS NULL "
        "WHERE i.status = 'suggested' AND i.deleted_at IS NULL ORDER BY i.id").fetchall()
    figures: dict[str, list[str]] = {}
    for incident_id, ann_id in rows:
        figures.setdefault(incident_id, []).append(ann_id)
    placed = model.membership_rows(ctx.target, [a for _, a in rows])
    out = {i for i, anns in figures.items()
           if ctx.target.repo.get("incident", i) is None
           and all(a in placed and placed[a]["incident_id"] != i for a in anns)}
    if out:
        ctx.report.notes.append(
            f"{name}: {counted(len(out), 'incident proposal')} the engine made there "
            f"{agrees(len(out), 'was', 'were')} left out: every figure each groups is in an "
            "incident here already (the same grouping, proposed in both projects).")
    return out


def _merge_entity(ctx: Context, entity: str, source: Project, name: str,
                  history: History) -> None:
    """The source's rows of one entity, a batch at a time (``stored``): memory stays
    flat whatever the project's size, and a row stored the same in the target is
    counted unchanged without being decoded."""
    theirs_rows, mine_rows = stored.Rows(source.repo, entity), stored.Rows(ctx.target.repo, entity)
    total, done = theirs_rows.count(), 0
    for batch in theirs_rows.batches():
        # The target's rows of the same keys, read once per batch.
        mine = mine_rows.signatures([key for key, _sig in batch])
        for key, sig in batch:
            done += 1
            ctx.watch.step(name, entity, done, total)
            if stored.same(mine.get(key), sig):
                ctx.report.count(entity, "unchanged")
                continue
            theirs = source.repo.get(entity, key)
            assert theirs is not None  # read in the source's one snapshot
            written = len(ctx.tx.changeset.changes)
            _merge_one(ctx, entity, theirs, name, history)
            # A row the merge wrote since the batch was read (a conflict copy, its
            # link) is no longer as read: should a later row of the batch have its
            # key, it is looked up again, as the per-row ``get`` sees it.
            for change in ctx.tx.changeset.changes[written:]:
                if change.entity == entity:
                    mine.pop(change.id, None)
        write_added(ctx)


def _merge_one(ctx: Context, entity: str, theirs: Row, name: str, history: History) -> None:
    key = theirs["id"]
    mine = ctx.target.repo.get(entity, key)
    if mine is None and entity == "incident" and key in ctx.left_out:
        return  # said in the notes; its memberships find no incident and are left too
    if mine is None:
        row = _translate(ctx, entity, theirs, name)
        if row is not None and _can_join(ctx, entity, row, name):
            if entity == "annotation":
                ctx.added.append(row)  # written with the next ones (``write_added``)
            else:
                ctx.tx.insert(entity, row)
            _on_trashed_document(ctx, entity, row)
            theirs_v = digest(entity, theirs)
            made_by = history.editor(entity, key, theirs_v, theirs.get("coder", ""))
            ctx.history.add(entity, key, row, made_by, own=False,
                            made_by=history.event_of(entity, key, theirs_v))
            ctx.report.count(entity, "added")
        return
    # Anything but an addition may read or write annotations (a conflict copy): the
    # ones held are written first, so the write's changes keep the order they had.
    write_added(ctx)
    mine_v, theirs_v = digest(entity, mine), digest(entity, theirs)
    if mine_v == theirs_v:
        ctx.report.count(entity, "updated" if _join_sources(ctx, entity, mine, theirs)
                         else "unchanged")
        return
    base = common_version(entity, key, ctx.history, history)
    if base == theirs_v:  # only the target changed it since
        ctx.report.count(entity, "updated" if _join_sources(ctx, entity, mine, theirs)
                         else "unchanged")
        return
    if base == mine_v:  # only the source changed it since
        _apply(ctx, entity, mine, theirs, name)
        _on_trashed_document(ctx, entity, mine)
        ctx.history.add(entity, key, theirs, history.editor(entity, key, theirs_v, ""), False,
                        made_by=history.event_of(entity, key, theirs_v))
        ctx.report.count(entity, "updated")
        return
    _conflict(ctx, entity, mine, theirs, name, history)


def write_added(ctx: Context) -> None:
    """Write the annotations the merge holds to add (``Context.added``), in the order they
    came, each recorded as an insert of its own (``Transaction.insert_many``: its after
    image, audit row and search row). Inserted a statement each, they gave their search
    rows an FTS5 segment each, which FTS5 then merged: written together, a few hundred
    share one. Called at the end of each batch of the source's rows (memory stays flat)
    and before anything else the merge writes."""
    rows, ctx.added = ctx.added, []
    for _columns, run in groupby(rows, key=lambda row: row.keys()):  # the same columns
        ctx.tx.insert_many("annotation", list(run))


def _on_trashed_document(ctx: Context, entity: str, row: Row) -> None:
    """Count an annotation the merge wrote on a document in the target's trash."""
    if entity == "annotation" and row.get("doc_id") in ctx.trashed_docs:
        ctx.trashed_docs[row["doc_id"]] += 1


def _conflict(ctx: Context, entity: str, mine: Row, theirs: Row, name: str,
              history: History) -> None:
    key = mine["id"]
    mine_v, theirs_v = digest(entity, mine), digest(entity, theirs)
    mine_by = ctx.history.editor(entity, key, mine_v, mine.get("coder", "the target"))
    theirs_by = history.editor(entity, key, theirs_v, theirs.get("coder", name))
    keep_mine = (ctx.history.owns(entity, key, mine_v)
                 or rank(entity, mine) >= rank(entity, theirs))
    if entity == "actor":
        keep_mine = actor_merge_wins(mine, theirs, keep_mine)
    if keep_mine:
        loser, loser_by, winner_by = theirs, theirs_by, mine_by
        _join_sources(ctx, entity, mine, theirs)
    else:
        _apply(ctx, entity, mine, theirs, name)
        ctx.history.add(entity, key, theirs, theirs_by, own=False,
                        made_by=history.event_of(entity, key, theirs_v))
        loser, loser_by, winner_by = mine, mine_by, theirs_by
    if entity == "actor":
        ctx.actor_spellings.setdefault(key, []).extend([loser["name"], *loser["aliases"]])
    if bool(mine.get("deleted_at")) != bool(theirs.get("deleted_at")):
        gone, kept_by = (mine_by, theirs_by) if mine.get("deleted_at") else (theirs_by, mine_by)
        what = f"trashed by {gone}, edited by {kept_by}"
    else:
        what = "changed on both sides"
    copy_id = None
    if entity == "annotation" and not loser.get("deleted_at"):
        copy_id = _conflict_copy(ctx, key, loser, loser_by, name)
    current = ctx.target.repo.get(entity, key) or mine
    ctx.report.conflict(Conflict(entity, str(key), name, what, kept=winner_by, other=loser_by,
                                 copy_id=copy_id, doc_id=current.get("doc_id"),
                                 label=_label(entity, current)))


def _label(entity: str, row: Row) -> str:
    """What an item is to a reader, in one short line."""
    text = {"actor": row.get("name"), "incident": row.get("title"),
            "annotation": row.get("exact")}.get(entity) or ""
    text = " ".join(str(text).split())
    return text if len(text) <= 60 else text[:59] + "…"


def _conflict_copy(ctx: Context, key: str, loser: Row, editor: str, name: str) -> str:
    """Keep the losing version as a new annotation beside the kept one: a suggestion
    (so it waits for review) whose memo names the conflict, linked ``same_as`` to it."""
    copy_id = copies.copy_id(key, digest("annotation", loser))
    if ctx.target.repo.get("annotation", copy_id) is not None:
        return copy_id  # made by an earlier merge
    main = ctx.target.repo.get("annotation", key)
    assert main is not None
    when = loser.get("modified_at") or loser["created_at"]
    note = f"merge conflict with {key} from {editor}"
    fields, memo = _fit(ctx, loser, name)
    ctx.tx.insert("annotation", {
        **{k: main[k] for k in ("doc_id", "start", "end", "exact", "prefix", "suffix",
                                "anchor")},
        "id": copy_id, "kind": loser["kind"], "fields": fields, "status": "suggested",
        "memo": note + ("\n\n" + memo if memo else ""),
        "coder": editor, "origin": loser.get("origin") or "manual",
        "created_at": when, "modified_at": when, "deleted_at": None,
    })
    ctx.tx.insert("link", {
        "id": copies.link_id(copy_id), "source_id": copy_id,
        "target_id": key, "type": "same_as", "coder": editor, "created_at": when,
    })
    ctx.report.count("annotation", "added")
    ctx.report.count("link", "added")
    return copy_id


def _apply(ctx: Context, entity: str, mine: Row, theirs: Row, name: str) -> None:
    """Give the target's item the source's version."""
    values = {k: theirs.get(k) for k in APPLY[entity] if k in theirs}
    if entity == "actor":
        values = _typed_here(ctx, values)
    if entity == "annotation":
        values["fields"], values["memo"] = _fit(ctx, theirs, name)
    if entity == "incident":
        values["included_docs"] = _sources(ctx, mine, theirs)
    if not _can_join(ctx, entity, {**mine, **values}, name):
        return
    ctx.tx.update(entity, mine["id"], values)


def _fit(ctx: Context, ann: Row, name: str) -> tuple[dict[str, Any], str]:
    """An annotation's fields as the target's kind can hold them, and its memo.

    A field both projects added with different types stays the target's (a codebook
    conflict); a source value that is not of the target's type would break every
    reader that trusts the codebook (the agreement report stopped on "high" in a number
    field). Such a value is kept, word for word, in the memo instead, and named in the
    report's notes.
    """
    fields, memo = dict(ann.get("fields") or {}), ann.get("memo") or ""
    spec = ctx.specs.get(ann["kind"])
    if spec is None:
        return fields, memo
    moved = []
    for field_name, value in list(fields.items()):
        try:
            field = spec.field(field_name)
            fields[field_name] = value = spelled_here(ctx, ann["kind"], field, value)
            field.coerce(value)
        except ValidationError as err:
            moved.append(f"{field_name}: {json.dumps(value, ensure_ascii=False)} "
                         f"(not stored as a field: {err})")
            del fields[field_name]
    if moved:
        ctx.report.notes.append(f"{name}: annotation {ann['id']}: "
                                f"{'; '.join(moved)}; kept in its memo.")
        memo = "\n".join([memo, *moved]).strip()
    return fields, memo


def _typed_here(ctx: Context, row: Row) -> Row:
    """An actor record whose type the target spells otherwise (``spelled_here``) with
    the target's spelling."""
    kind, field_name = ACTOR_TYPE_FIELD
    spec = ctx.specs.get(kind)
    if spec is None or not row.get("actor_type"):
        return row
    try:
        field = spec.field(field_name)
    except ValidationError:
        return row
    return {**row, "actor_type": spelled_here(ctx, kind, field, row["actor_type"],
                                              record=True)}


def _sources(ctx: Context, mine: Row, theirs: Row) -> list[int]:
    """An incident's included sources after the merge: those of both projects.

    The list holds document numbers, which differ between projects, so it is no part
    of an incident's content (``versions.CONTENT``) and its history cannot tell who
    changed it; a source added in a source project then never travelled, and the
    incident's figures differed from that project's with nothing said. The union
    travels an addition from either side, is the same whatever the order of the
    merges, and changes nothing when merged again; a removal does not travel."""
    return sorted({int(d) for d in mine.get("included_docs") or []}
                  | set(_docs(ctx, theirs.get("included_docs") or [])))


def _join_sources(ctx: Context, entity: str, mine: Row, theirs: Row) -> bool:
    """Give the target's incident the sources the source's includes too (``_sources``)
    where its version stays; True if that changed it."""
    if entity != "incident":
        return False
    joined = _sources(ctx, mine, theirs)
    if joined == sorted(int(d) for d in mine.get("included_docs") or []):
        return False
    ctx.tx.update("incident", mine["id"], {"included_docs": joined})
    return True


def _docs(ctx: Context, doc_ids: list[Any]) -> list[int]:
    return sorted({ctx.doc_map[int(d)] for d in doc_ids if int(d) in ctx.doc_map})


def _translate(ctx: Context, entity: str, theirs: Row, name: str) -> Row | None:
    """The source's row as the target stores it: documents renumbered, annotations
    anchored in the target's working text of the same document."""
    row = dict(theirs)
    refs = {"link": (("annotation", "source_id"), ("annotation", "target_id")),
            "incident_member": (("annotation", "annotation_id"), ("incident", "incident_id"))}
    for ref_entity, column in refs.get(entity, ()):
        if ctx.target.repo.get(ref_entity, row[column]) is None:
            return None  # its annotation's document could not be merged (said in the notes)
    if entity == "incident":
        row["included_docs"] = _docs(ctx, row.get("included_docs") or [])
    if entity == "actor":
        return _typed_here(ctx, row)
    if entity != "annotation":
        return row
    row["fields"], row["memo"] = _fit(ctx, row, name)
    doc_id = ctx.doc_map.get(row["doc_id"])
    if doc_id is None:
        return None
    row["doc_id"] = doc_id
    doc = ctx.target.repo.get("document", doc_id)
    assert doc is not None
    if doc["text"][row["start"]:row["end"]] != row["exact"]:
        # Another working text of the same report: find the quote again, or keep the
        # annotation orphaned with its quote; never drop it.
        old = Anchor(row["start"], row["end"], row["exact"], row["prefix"], row["suffix"])
        row.update(reanchor(doc["text"], old).columns())
    return row


def _can_join(ctx: Context, entity: str, row: Row, name: str) -> bool:
    """A live membership needs its figure free: one live incident per figure. A live
    part_of link must not close a loop with the target's links."""
    if entity == "link":
        return _no_loop(ctx, row, name)
    if entity != "incident_member" or row.get("deleted_at"):
        return True
    taken = model.membership_rows(ctx.target, [row["annotation_id"]]).get(row["annotation_id"])
    if taken is None or taken["id"] == row["id"]:
        return True
    # Proposals give their figures up to a real incident and never take one placed
    # elsewhere (``model.proposal_gives_up``, as in ``incidents.ops``): neither is a
    # conflict anyone has to settle.
    joining = ctx.target.repo.get("incident", row["incident_id"]) or {}
    if joining.get("status") == "suggested":
        return False
    if model.proposal_gives_up(taken["incident_status"], joining):
        ctx.tx.update("incident_member", taken["id"], {"deleted_at": ctx.tx.time()})
        return True
    ctx.report.conflict(Conflict(
        "incident_member", row["id"], name,
        f"annotation {row['annotation_id']} is already in incident {taken['incident_id']}",
        kept=ctx.target.path.name, other=name))
    return False


def _no_loop(ctx: Context, row: Row, name: str) -> bool:
    """Whether a link may join: not a live part_of link whose whole is already, in the
    target, part of its part. Each coder may have linked one direction ("five children"
    part of "12 people", and the other way round); both kept, the tally had no whole to
    count and the incident read "no figures". The link the target holds stays (it is
    the one made first here), and the report says which was left out and why."""
    if row.get("type") != "part_of" or row.get("deleted_at"):
        return True
    part, whole = row["source_id"], row["target_id"]
    if not within(ctx.target, whole, part):
        return True
    ctx.report.notes.append(
        f"{name}: link {row['id']} (annotation {part} part_of {whole}) was left out: "
        f"{whole} is already part of {part} here, and a figure cannot be part of its own "
        "part (a loop); check which is the whole and link it by hand if this one is.")
    return False
