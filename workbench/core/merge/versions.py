"""Versions of an item and its history: what is compared, and the common version.

Two projects hold the same item (same UUID, or name for kinds) when one was copied from
the other or one was merged into the other. An item's *content* is what a coder can
change about it; where it sits in a document (offsets, context) is left out, because the
same report can have a slightly different working text in each project.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from workbench.core import logcodes
from workbench.core.changes import Row
from workbench.core.derived import DocTexts
from workbench.core.merge.undone import undone_merges
from workbench.core.repo import Repo

# What a coder can change, per kind of item; "deleted" (in the trash or not) is added.
CONTENT: dict[str, tuple[str, ...]] = {
    "annotation": ("kind", "exact", "fields", "status", "memo", "origin"),
    "link": ("source_id", "target_id", "type"),
    "actor": ("name", "aliases", "actor_type", "memo"),
    "incident": ("title", "start_date", "end_date", "date_precision", "place_name", "country",
                 "admin1", "latitude", "longitude", "geo_precision", "incident_type", "status",
                 "memo", "best", "actors"),
    "incident_member": ("incident_id", "annotation_id"),
}
# Columns written when the target takes the source's version (content and its times).
APPLY: dict[str, tuple[str, ...]] = {
    "annotation": ("kind", "fields", "status", "memo", "origin", "modified_at", "deleted_at"),
    "link": ("deleted_at",),
    "actor": ("name", "aliases", "actor_type", "memo", "modified_at", "deleted_at"),
    "incident": (*CONTENT["incident"], "included_docs", "modified_at", "deleted_at"),
    "incident_member": ("deleted_at",),
}


def content(entity: str, row: Row) -> dict[str, Any]:
    """The part of a row two versions are compared on."""
    out = {k: row.get(k) for k in CONTENT[entity]}
    out["deleted"] = bool(row.get("deleted_at"))
    return out


def digest(entity: str, row: Row) -> str:
    """A short fingerprint of a row's content."""
    text = json.dumps(content(entity, row), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def changed_at(row: Row) -> str:
    """When this version was made: its last edit or trashing."""
    times = [row.get(k) or "" for k in ("modified_at", "created_at", "added_at", "deleted_at")]
    return max(times)


def rank(entity: str, row: Row) -> tuple[bool, str, str]:
    """Which of two versions no coder owns wins: live before trashed (work stays in
    sight), then the newer, then the fingerprint, so the choice never depends on the
    order the sources were merged in."""
    return (not row.get("deleted_at"), changed_at(row), digest(entity, row))


# A version's entry: its content's digest, who made it, whether the project's own coder
# did, and the log event that made it (``event``; None for a version with no entry).
Version = tuple[str, str, bool, str | None]


def event(r: Row) -> str:
    """What names one log entry in every project that holds it (its own, a copy's, or
    carried there by a merge): its time, coder, operation and item. Its ``seq`` and
    chain hash are the project's own and change when it is carried over."""
    return f"{r['at']}\x1f{r['coder']}\x1f{r['op']}\x1f{r['entity_id']}"


@dataclass
class History:
    """Every version an item had in one project, from its audit log (own and merged-in
    rows), oldest first, with who made each, whether the project's own coder did and the
    log event that made it.

    Made by :meth:`of_project`, a project's own log is read an item at a time, the first
    time that item is asked about: a merge asks about the items that differ between the
    two projects and those it adds, a few thousand in a year's hundreds of thousands, and
    decoding and fingerprinting every entry of both logs was a quarter of its time
    (docs/performance.md, "Team work at scale"). Versions added later (:meth:`add`,
    :meth:`add_log`) come after the log's, as they did when the whole log was read first.
    """

    versions: dict[tuple[str, str], list[Version]] = field(default_factory=dict)
    _log: _Log | None = None

    @classmethod
    def of_project(cls, repo: Repo, *, own_project: bool,
                   undone: set[int] | None = None) -> History:
        """The history in ``repo``'s audit log as it stands now (entries the caller
        writes afterwards are not part of it), without the entries of its undone merges
        (``undone``: their transactions, read from the log when not given)."""
        return cls(_log=_Log(repo, own_project, undone))

    def _of(self, entity: str, id_: str) -> list[Version]:
        key = (entity, str(id_))
        if self._log is not None and key not in self._log.read:
            self._log.read.add(key)
            found = self._log.versions(entity, key[1])
            if found:
                self.versions[key] = found + self.versions.get(key, [])
        return self.versions.setdefault(key, [])

    def add(self, entity: str, id_: str, image: Row, coder: str, own: bool,
            made_by: str | None = None) -> None:
        """Record one version (an after image of the audit log, or a merged-in row, with
        ``made_by`` the event that made it in the project it came from)."""
        if entity in CONTENT:
            self._of(entity, id_).append((digest(entity, image), coder, own, made_by))

    def add_log(self, rows: list[Row], *, own_project: bool, repo: Repo) -> None:
        """Record the after images of audit rows (``before``/``after`` as stored), read
        with the layouts of ``repo``, the project the rows were written in."""
        layouts: dict[str, Any] = {}
        texts = DocTexts(repo.conn)
        for r in rows:
            version = _version(r, own_project, repo, layouts, texts)
            if version is not None:
                self.add(*version)

    def digests(self, entity: str, id_: str) -> list[str]:
        return [d for d, _c, _o, _e in self._of(entity, id_)]

    def events(self, entity: str, id_: str) -> set[tuple[str, str]]:
        """The item's versions here that a log event made, as (event, content digest):
        with its content, an event is told apart from another of the same millisecond,
        coder, operation and item."""
        return {(e, d) for d, _c, _o, e in self._of(entity, id_) if e is not None}

    def event_of(self, entity: str, id_: str, version: str) -> str | None:
        """The last event that made this version here, or None if the log has none."""
        found = [e for d, _c, _o, e in self._of(entity, id_) if d == version and e]
        return found[-1] if found else None

    def owns(self, entity: str, id_: str, version: str) -> bool:
        """Whether the project's own coder made this version (not a merge)."""
        return any(d == version and own for d, _c, own, _e in self._of(entity, id_))

    def editor(self, entity: str, id_: str, version: str, default: str) -> str:
        """Who made this version last, as the log says; ``default`` if it does not say."""
        found = [c for d, c, _o, _e in self._of(entity, id_) if d == version and c]
        return found[-1] if found else default


def _version(r: Row, own_project: bool, repo: Repo, layouts: dict[str, Any],
             texts: DocTexts) -> tuple[str, str, Row, str, bool, str] | None:
    """(entity, id, after image, coder, own, event) of an audit row, None if it has none."""
    if r["after"] is None or r["entity"] not in CONTENT:
        return None
    # A row is the project's own work unless a merge wrote it or carried it over;
    # a merge's row names who merged, not who made the version, so it names nobody.
    by_merge = r["op"].startswith("merge:")
    own = own_project and not r.get("merged_from") and not by_merge
    image = repo.audit_image(r, "after", layouts, texts)
    return (r["entity"], r["entity_id"], image,  # type: ignore[return-value]
            "" if by_merge else r["coder"], own, event(r))


class _Log:
    """A project's audit log up to where it stood when opened, read an item at a time
    (the log is indexed by ``entity_id``)."""

    def __init__(self, repo: Repo, own_project: bool, undone: set[int] | None) -> None:
        self.repo, self.own_project = repo, own_project
        self.upto = repo.conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
        self.ops = logcodes.Ops(repo.conn)
        self.layouts: dict[str, Any] = {}
        self.texts = DocTexts(repo.conn)
        self.read: set[tuple[str, str]] = set()
        self.undone = undone_merges(repo, self.ops) if undone is None else undone

    def versions(self, entity: str, id_: str) -> list[tuple[str, str, bool]]:
        rows = self.repo.conn.execute(
            "SELECT * FROM audit WHERE entity_id = ? AND seq <= ? ORDER BY seq",
            (id_, self.upto))
        out = []
        for raw in rows:
            r = logcodes.readable(dict(raw), self.ops)
            if r["entity"] != entity or r["txn"] in self.undone:
                continue
            version = _version(r, self.own_project, self.repo, self.layouts, self.texts)
            if version is not None:
                out.append((digest(entity, version[2]), version[3], version[4], version[5]))
        return out


def common_version(entity: str, id_: str, target: History, source: History) -> str | None:
    """The content of the latest version in the source's history that the target's
    history also holds.

    Held means made by the same log event (``event``): the same content made apart is
    not the same version. Told apart by content alone, a coder's trashing read as
    already seen when another coder had trashed the item and restored it (their
    trashed version had the same content), so the side merged second lost without a
    conflict, and which side that was depended on the order of the sources. Where the
    two histories share no event (logs without images), the latest content both
    hold."""
    held = target.events(entity, id_)
    for version, _c, _o, made in reversed(source._of(entity, id_)):
        if made is not None and (made, version) in held:
            return version
    seen = set(target.digests(entity, id_))
    for version in reversed(source.digests(entity, id_)):
        if version in seen:
            return version
    return None
