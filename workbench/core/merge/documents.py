"""Documents, kinds and incident types: matched by content or name, added when missing.

A document is the same document in two projects when it was made from the same file
(the SHA-256 of its original bytes), whoever imported it and whatever its number.
"""

from __future__ import annotations

import string
from collections import Counter
from typing import Any

from workbench.core import clock, logcodes
from workbench.core.merge.context import Context
from workbench.core.merge.fields import merge_fields
from workbench.core.merge.logs import _log_rows, _written_out, fingerprint
from workbench.core.merge.report import Conflict
from workbench.core.project import Project
from workbench.core.repo import Repo


def merge_documents(ctx: Context, source: Project, name: str) -> None:
    """Fill ``ctx.doc_map`` for every source document, copying those the target lacks
    with their original bytes and a custody entry saying where they came from."""
    ctx.doc_map = {}
    target = ctx.target.repo
    # Numbers and hashes first; a document's row (its text) is read only when it is
    # copied: a year's texts were held twice, the target's and the source's, for a
    # merge that copies none of them.
    ctx.trashed_docs = {}
    uuids = {r[0]: (r[1], r[2]) for r in target.conn.execute(
        "SELECT uuid, id, deleted_at IS NOT NULL FROM documents")}
    keys = source.repo.conn.execute(
        "SELECT id, original_sha256, deleted_at IS NOT NULL, uuid FROM documents "
        "ORDER BY id").fetchall()
    lineage: _Lineage | None = None  # read only when a document is not found by its hash
    titled: dict[str, list[int]] | None = None  # the target's live documents by title
    # The target documents the source's own documents are by their bytes: a document
    # matched through its history (a re-import) never joins one of these. A source that
    # holds a report's old version and its re-imported one as two documents (the first
    # file imported again after the re-import) had both matched onto the target's one
    # document: each coder's figures on the two versions landed on the same words twice.
    by_bytes = {doc_id: _by_bytes(target, sha) for doc_id, sha, _t, _u in keys}
    claimed: dict[int, int] = {}  # target document -> the source document matched to it
    for doc_id, (found, _trashed) in reversed(by_bytes.items()):
        if found:
            claimed[found[0]] = doc_id  # the source's first, when several
    for done, (doc_id, sha, source_trashed, doc_uuid) in enumerate(keys, 1):
        ctx.watch.step(name, "document", done, len(keys))
        found, trashed = by_bytes[doc_id]
        if not found:
            # The same document re-imported on one side from another file: copying it
            # split the coders' work on one report over two documents, the new one
            # holding none of the old work.
            if lineage is None:
                lineage = _Lineage(target, source.repo)
            here = lineage.same(doc_id, sha, uuids.get(doc_uuid, (None,))[0])
            if here is not None and here in claimed:
                _note_both_versions(ctx, source.repo, name, doc_id, here, claimed[here])
            elif here is not None:
                found = [here]
                claimed[here] = doc_id
                trashed = here in lineage.trashed or bool(uuids.get(doc_uuid, (0, 0))[1])
                _note_reimported(ctx, source.repo, name, doc_id, here)
        if found:
            ctx.doc_map[doc_id] = found[0]
            ctx.report.count("document", "unchanged")
            if trashed and not source_trashed:
                ctx.trashed_docs[found[0]] = 0  # live there, in the trash here
            continue
        own = source.repo.get("document", doc_id)
        assert own is not None  # read in the source's one snapshot
        # Copied from the source that imported the file first, whichever is named first.
        provider, provider_id = ctx.first_copies.get(sha, (source, doc_id))
        doc = provider.repo.get("document", provider_id) or own
        if doc is own:
            provider = source
        data = provider.repo.original(doc["original_sha256"])
        if data is None:  # the source's foreign key makes this impossible; say so anyway
            ctx.report.notes.append(f"{name}: document {own['id']} has no original; skipped.")
            continue
        ctx.tx.add_original(doc["original_sha256"], data)
        # In the trash or not as this source holds it (its figures are merged so).
        row = {k: v for k, v in doc.items() if k != "id"} | {"deleted_at": own["deleted_at"]}
        if row["uuid"] in uuids:
            row["uuid"] = clock.new_uuid()
        stored = ctx.tx.insert("document", row)
        uuids[row["uuid"]] = (stored["id"], bool(source_trashed))
        ctx.doc_map[doc_id] = stored["id"]
        if source_trashed:
            ctx.trashed_docs[stored["id"]] = 0  # copied into the trash, as it was there
        ctx.tx.add_custody("merge", doc_id=stored["id"], sha256=doc["original_sha256"],
                           filename=doc["filename"], importer=doc["importer"],
                           importer_version=doc["importer_version"],
                           detail=f"copied from {provider.path.name} (document "
                                  f"{doc['id']} there)")
        ctx.report.count("document", "added")
        if not source_trashed:
            if titled is None:  # read once, and only when a document is copied
                titled = _live_titles(ctx.target.repo, stored["id"])
            _note_near_copy(ctx, name, doc_id, stored["id"], row, titled)
            titled.setdefault(row.get("title") or "", []).append(stored["id"])


# A document added beside one of the same title whose words are this alike is taken
# for another copy of the same report: a space or a letter apart, not another story.
_NEAR_COPY = 0.95


def _live_titles(target: Repo, added: int) -> dict[str, list[int]]:
    """The target's live documents by title, those this merge added before ``added``
    included: a report one source copied in twice, a character apart, is said too."""
    out: dict[str, list[int]] = {}
    for doc_id, title in target.conn.execute(
            "SELECT id, title FROM documents WHERE deleted_at IS NULL AND id != ? "
            "ORDER BY id", (added,)):
        out.setdefault(title or "", []).append(doc_id)
    return out


def _note_near_copy(ctx: Context, name: str, doc_id: int, here: int,
                    row: dict[str, Any], titled: dict[str, list[int]]) -> None:
    """Say that a document copied in looks like another copy of a report the target
    holds: same title, nearly the same words, another file. Documents are one when made
    from one file, so a copy saved or pasted again a character apart was added as a
    document of its own, with "conflicts 0": the coders' work on one report split over
    two documents, which agreement does not compare and a tally counts as two sources."""
    title = (row.get("title") or "").strip()
    others = titled.get(row["title"], []) if title else []
    if not others:
        return
    words = Counter(str(row.get("text") or "").split())  # only beside a title taken
    for other in others:
        text = ctx.target.conn.execute("SELECT text FROM documents WHERE id = ?",
                                       (other,)).fetchone()[0]
        theirs = Counter(str(text or "").split())
        size = max(sum(words.values()), sum(theirs.values()))
        if size and sum((words & theirs).values()) / size >= _NEAR_COPY:
            ctx.report.notes.append(
                f"{name}: document {doc_id} there ({title}) is document {here} here, added "
                f"as a document of its own: document {other} here has the same title and "
                "nearly the same words but was made from another file. If they are one "
                "report, the coders' work on it is split over the two (agreement does "
                "not compare them, a tally counts them as two sources): have it coded on "
                "one of them and trash the other.")
            return


def first_copies(sources: list[Project]) -> dict[str, tuple[Project, int]]:
    """For each file more than one source holds, the source document a copy of it is
    made from: the one imported first (ties: the smaller UUID, then the order taken).
    Taken from the first source named, the copy's UUID, import time and custody entry
    changed with the order the sources were given in. One source: nothing to choose."""
    if len(sources) < 2:
        return {}
    best: dict[str, tuple[str, str, int, int]] = {}
    held: dict[str, set[int]] = {}
    for n, source in enumerate(sources):
        for doc_id, sha, at, uuid in source.repo.conn.execute(
                "SELECT id, original_sha256, imported_at, uuid FROM documents"):
            key = (at, uuid, n, doc_id)
            if sha not in best or key < best[sha]:
                best[sha] = key
            held.setdefault(sha, set()).add(n)
    return {sha: (sources[n], doc_id) for sha, (_at, _uuid, n, doc_id) in best.items()
            if len(held[sha]) > 1}


def _by_bytes(target: Repo, sha: str) -> tuple[list[int], bool]:
    """The target's documents made from the file ``sha`` (live ones; else those in the
    trash), and whether they are in the trash."""
    found = target.document_ids_by_original(sha)
    if found:
        return found, False
    return target.document_ids_by_original(sha, trashed=True), True


class _Lineage:
    """Which target document a source document is when their originals differ: the one
    with its UUID (there since a copy or a merge), else one that was made from a file
    the other was made from before a re-import (each project's own custody log names
    every original a document had)."""

    def __init__(self, target: Repo, source: Repo) -> None:
        own = ("SELECT doc_id, sha256 FROM custody WHERE merged_from IS NULL "
               "AND doc_id IS NOT NULL AND sha256 IS NOT NULL ORDER BY seq")
        self.before: dict[int, list[str]] = {}
        for doc_id, sha in source.conn.execute(own):
            self.before.setdefault(doc_id, []).append(sha)
        docs = {r[0]: (r[1], r[2]) for r in target.conn.execute(
            "SELECT id, original_sha256, deleted_at IS NOT NULL FROM documents")}
        self.trashed = {d for d, (_sha, gone) in docs.items() if gone}
        self.made_from: dict[str, list[int]] = {}
        for doc_id, (sha, _gone) in docs.items():
            self.made_from.setdefault(sha, []).append(doc_id)
        for doc_id, sha in target.conn.execute(own):
            if doc_id in docs and doc_id not in self.made_from.setdefault(sha, []):
                self.made_from[sha].append(doc_id)

    def same(self, doc_id: int, sha: str, by_uuid: int | None) -> int | None:
        if by_uuid is not None:
            return by_uuid
        found = {d for s in {sha, *self.before.get(doc_id, [])}
                 for d in self.made_from.get(s, [])}
        # Live documents first, then the oldest.
        return min(found, key=lambda d: (d in self.trashed, d)) if found else None


def _note_reimported(ctx: Context, source: Repo, name: str, doc_id: int, here: int) -> None:
    """Say that a document matched by its UUID or history has another text here; one
    with the same text (its original's bytes differ only: a document that went through
    a REFI-QDA file) needs no word."""
    texts = [repo.conn.execute("SELECT text_sha256 FROM documents WHERE id = ?",
                               (d,)).fetchone() for repo, d in ((source, doc_id),
                                                               (ctx.target.repo, here))]
    if texts[0] is not None and texts[0] == texts[1]:
        return
    row = ctx.target.repo.get("document", here) or {}
    title = row.get("title") or row.get("filename") or ""
    ctx.report.notes.append(
        f"{name}: document {doc_id} there is document {here}{f' ({title})' if title else ''}"
        " here, re-imported on one side from another file, so its text differs; the text "
        "here was kept and that project's annotations were anchored on it by their quotes "
        "(orphaned where their words are not here): re-import the other version here to "
        "take its text.")


def _note_both_versions(ctx: Context, source: Repo, name: str, doc_id: int, here: int,
                        twin: int) -> None:
    """Say why a re-imported document was copied rather than matched through its
    history: the source's document ``twin`` is the target's document ``here`` already."""
    row = source.get("document", doc_id) or {}
    title = row.get("title") or row.get("filename") or ""
    ctx.report.notes.append(
        f"{name}: document {doc_id} there{f' ({title})' if title else ''} was re-imported "
        f"from another file, and that project holds both versions: the other, its "
        f"document {twin}, is document {here} here. So it was copied as a document of its "
        "own, as it is there, with its annotations; neither version's annotations were "
        "moved onto the other's text.")


def note_trashed_documents(ctx: Context, name: str) -> None:
    """Say which documents in the target's trash received a source's annotations: the
    trash does not travel, so they are merged but shown nowhere until the document is
    restored, while the report counted them added or updated as any other."""
    for doc_id, n in sorted(ctx.trashed_docs.items()):
        if n:
            row = ctx.target.repo.get("document", doc_id)
            title = (row or {}).get("title") or (row or {}).get("filename") or ""
            ctx.report.notes.append(
                f"{name}: {n} annotation{'s' if n != 1 else ''} added or changed on "
                f"document {doc_id}{f' ({title})' if title else ''}, which is in the "
                "trash here: restore the document to see them.")


def _free_key(used: set[str]) -> str:
    """The first letter or digit no kind uses; "" (no key) when all 36 are taken: the
    kind still merges, reachable from the Annotate menu (a bare ``next`` raised
    StopIteration and rolled the whole merge back)."""
    return next((k for k in string.ascii_uppercase + string.digits if k not in used), "")


def merge_codebook(ctx: Context, source: Project, name: str) -> None:
    """Kinds the target lacks are added; fields a kind gained in the source are added to
    the target's kind, and a field's label, help, retirement and choices changed on
    one side since the two shared the kind travel (``merge/fields.py``). A field of
    another type is a conflict (the target's definition stays)."""
    target = ctx.target.repo
    for src in source.repo.codebook_specs():
        kind, spec = src["name"], src["spec"]
        mine = target.get("codebook", kind)
        if mine is None:
            current = target.codebook_specs()
            keys = {str(r["spec"].get("key") or "").upper() for r in current}
            # A kind without a key clashes with nothing (several may have none).
            if spec.get("key") and str(spec["key"]).upper() in keys:
                new_key = _free_key(keys)
                ctx.report.notes.append(
                    f"{name}: the kind {kind} had the key {spec['key']}, already used here; "
                    + (f"it has the key {new_key}." if new_key else
                       "every letter and digit is taken, so it has no key: annotate with it "
                       "from the Annotate menu, or free a key and give it one (`workbench "
                       f"codebook PROJECT set-key --kind {kind} --key K`)."))
                spec = {**spec, "key": new_key}
            position = max((r["position"] for r in current), default=-1) + 1
            ctx.tx.insert("codebook", {"name": kind, "position": position, "spec": spec})
            ctx.report.count("codebook", "added")
            continue
        differ = _fields_differ(mine["spec"], spec) or _rest(spec) != _rest(mine["spec"])
        base = _common(ctx, source, kind) if differ else None
        merged, clashes = merge_fields(ctx, name, kind, mine["spec"], spec, base)
        for field_name in clashes:
            ctx.report.conflict(Conflict(
                "codebook", f"{kind}.{field_name}", name, "the field has another type there",
                kept=ctx.target.path.name, other=name))
        if _rest(spec) != _rest(mine["spec"]):
            merged = _settings(ctx, source, kind, mine["spec"], spec, merged, base)
        if merged != mine["spec"]:
            ctx.tx.update("codebook", kind, {"spec": merged})
            ctx.report.count("codebook", "updated")
        elif not clashes:
            ctx.report.count("codebook", "unchanged")


# What a kind holds besides its fields: its label, key, colour, marker, date fields and
# roles. The merge of fields is a union; these are one choice each.
def _rest(spec: dict) -> dict:
    return {k: v for k, v in spec.items() if k != "fields"}


def _settings(ctx: Context, source: Project, kind: str, mine: dict, theirs: dict,
              merged: dict, base: dict | None) -> dict:
    """A kind whose label, key, roles, retirement ... differ between the projects: the
    target's when the source's are those of the common version ``base`` (only the target
    changed them since the two shared the kind); the source's when the target's are;
    else the target's, the difference a conflict. Without a common version, "the
    common version" is any version the other project's history holds.
    Before, the target's were kept silently and the kind counted unchanged: a role or a
    key the lead set never reached a coder who merged the lead's project in."""
    name = source.path.name
    if base is not None:
        if _rest(theirs) == _rest(base):
            return merged  # only the target changed them since: its own stay
        both = _rest(mine) != _rest(base)
    else:  # the logs share no change of it: any version the other's history holds
        if _rest(theirs) in [_rest(s) for s in _spec_history(ctx.target.repo, kind)]:
            return merged
        both = _rest(mine) not in [_rest(s) for s in _spec_history(source.repo, kind)]
    if both:
        ctx.report.conflict(Conflict(
            "codebook", kind, name, "its label, key or roles differ there",
            kept=ctx.target.path.name, other=name))
        return merged
    # The source's settings whole: laid over the target's, a setting stored only when
    # set (a kind's "retired") stayed set after the source had cleared it.
    taken = {**_rest(theirs), "fields": merged["fields"]}
    key = str(taken.get("key") or "").upper()
    used = {str(r["spec"].get("key") or "").upper() for r in ctx.target.repo.codebook_specs()
            if r["name"] != kind}
    if key and key in used:
        taken["key"] = mine.get("key")
        ctx.report.notes.append(f"{name}: the kind {kind} has the key {theirs.get('key')} "
                                f"there, used by another kind here; it keeps {mine.get('key')}.")
    return taken


def _spec_history(repo: Repo, kind: str) -> list[dict]:
    """Every version of a kind a project's audit log holds, oldest first."""
    ops = logcodes.Ops(repo.conn)
    layouts: dict[str, Any] = {}
    out = []
    for raw in repo.conn.execute("SELECT * FROM audit WHERE entity_id = ? ORDER BY seq",
                                 (kind,)):
        entry = logcodes.readable(dict(raw), ops)
        if entry["entity"] != "codebook":
            continue
        image = repo.audit_image(entry, "after", layouts)
        if image and isinstance(image.get("spec"), dict):
            out.append(image["spec"])
    return out


def _fields_differ(mine: dict, theirs: dict) -> bool:
    """Whether a field both kinds have differs (its label, choices, ...): only then is
    the kind's history read for the common version."""
    own = {f["name"]: f for f in mine.get("fields", [])}
    return any(f["name"] in own and own[f["name"]] != f for f in theirs.get("fields", []))


def _common(ctx: Context, source: Project, kind: str) -> dict | None:
    """The kind's common version: the version the latest change of it in the source's
    audit log that the target's log holds too (the same event, carried by a merge or
    there since a copy) left; None when the logs share no change of it.
    Compared as events, not values: a kind retired and then restored in the source is
    the original kind again, a version the target's history holds, which by value read
    as "only the target changed it since" and kept the target's retired kind."""
    mine = {event for event, _spec in _events(ctx.target.repo, kind)}
    return next((spec for event, spec in reversed(_events(source.repo, kind))
                 if event in mine), None)


def _events(repo: Repo, kind: str) -> list[tuple[str, dict]]:
    """Each change of a kind in a project's audit log, oldest first: the change's
    fingerprint as the log carrier knows it, and the kind it left."""
    rows = [r for r in _log_rows(repo, "audit", "entity_id = ?", (kind,))
            if r["entity"] == "codebook"]
    layouts: dict[str, Any] = {}
    out = []
    for row, written in zip(rows, _written_out("audit", repo, rows), strict=True):
        image = repo.audit_image(row, "after", layouts)
        if image and isinstance(image.get("spec"), dict):
            out.append((fingerprint("audit", written), image["spec"]))
    return out


def merge_incident_types(ctx: Context, source: Project) -> None:
    """Incident types the target lacks are added after its own."""
    target = ctx.target.repo
    for row in source.repo.all_rows("incident_type"):
        if target.get("incident_type", row["name"]) is not None:
            ctx.report.count("incident_type", "unchanged")
            continue
        position = max((r["position"] for r in target.all_rows("incident_type")), default=-1)
        ctx.tx.insert("incident_type", {**row, "position": position + 1})
        ctx.report.count("incident_type", "added")
