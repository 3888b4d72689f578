"""The demo project that opens on first start, so a newcomer sees every pane filled at once.

Its content lives in ``resources/demo``: eight fictional reports and ``manifest.json``,
which gives each report's metadata, source grading, annotations (by quote, not by
offset, so the text files stay the single source of truth) and the links between them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workbench.core import hiddenname, store
from workbench.core.errors import ProjectError
from workbench.core.incidents.ops import create_incident
from workbench.core.incidents.suggest import store_suggestions
from workbench.core.ops.actors import add_actor
from workbench.core.ops.annotations import add_link, annotate_quote
from workbench.core.ops.documents import grade_source
from workbench.core.ops.importing import import_bytes, read_from
from workbench.core.project import Project
from workbench.resources import resource

METADATA = ("title", "url", "publisher", "author", "published")


def load_manifest(folder: Path | None = None) -> dict[str, Any]:
    """The demo's manifest.json: documents, their metadata, annotations and links."""
    folder = folder or resource("demo")
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text("utf-8"))
    return manifest


def build_demo(path: str | Path, coder: str = "demo") -> Path:
    """Create the demo project at ``path``, which must not exist yet; return its path.

    It is built under a name of its own (``.NAME.<pid>.building``) and renamed into place
    once complete: killed part-way (the first start closed, the battery gone), the build
    left a project of no documents, or two of eight, under the demo's name, and every
    later start opened it as the demo. Leftovers of builds whose process is gone are
    deleted by the next build (``store.clear_dead_copies``).
    """
    path = Path(path)
    folder = resource("demo")
    manifest = load_manifest(folder)
    store.refuse_taken(path)  # a demo must never overwrite real work
    if not path.parent.is_dir():  # else the sentence named the hidden name built under
        raise ProjectError(f"{path}: the folder {path.parent} does not exist.")
    # One name per process: two first starts at once (a double click too many) each
    # build their own, and the second to finish opens the first's.
    building = hiddenname.hidden_copy(path, "building")
    store.clear_dead_copies(path, (".building",))
    store.remove_with_logs(building)
    project = Project.create(building, coder=coder)
    try:
        # Each operation commits on its own; fsyncing ~200 tiny commits would make the
        # first start slow. An unfinished build never has the demo's name, so
        # durability is only restored (and the file flushed) once it is complete.
        project.conn.execute("PRAGMA synchronous = OFF")
        _fill(project, folder, manifest)
        # Opening the demo should not offer to undo its construction.
        project.undo_stack.clear()
        project.redo_stack.clear()
        project.conn.execute("PRAGMA synchronous = FULL")
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        project.close()
        # A half-built demo would look like a real project with missing data.
        store.remove_with_logs(building)
        raise
    project.close()
    try:
        store.fsync_file(building)
        # Never over a file that took the name meanwhile (a last look, then a rename,
        # replaced one that came in the instant between), and the folder flushed after.
        store.move_new(building, path, "the demo was built")
    finally:
        store.remove_with_logs(building)  # what is left of it, with its emptied logs
    return path


def _fill(project: Project, folder: Path, manifest: dict[str, Any]) -> None:
    ids: dict[str, str] = {}  # manifest key -> annotation id
    links: list[dict[str, str]] = []
    # Actor records first, so each actor mention is attached to its record by alias.
    for actor in manifest.get("actors", []):
        add_actor(project, actor["name"], actor.get("aliases", []), actor.get("actor_type"))
    for entry in manifest["documents"]:
        filename = entry["file"]
        overrides = {k: entry.get(k) for k in METADATA}
        # Parsed in this process: these files ship with the application. Named in full
        # in the custody log, as any file read is: a bare name there is read as one an
        # older version recorded, the folder it was in lost (`log --custody` says so).
        result = import_bytes(project, (folder / filename).read_bytes(), filename, overrides,
                              sandbox=False, origin=read_from(folder / filename))
        if result.status != "imported" or result.doc_id is None:
            raise ProjectError(f"The demo document {filename} could not be imported: "
                               f"{result.message or result.status}.")
        doc_id = result.doc_id
        grading = entry.get("grading") or {}
        if grading:
            grade_source(project, doc_id, grading.get("reliability"), grading.get("credibility"))
        for ann in entry.get("annotations", []):
            cs = annotate_quote(
                project, doc_id, ann["kind"], ann["quote"], ann.get("fields") or {},
                occurrence=ann.get("occurrence"),
                status=ann.get("status", "accepted"),
                memo=ann.get("memo", ""),
            )
            if ann.get("key"):
                ids[ann["key"]] = cs.result
        links.extend(entry.get("links", []))
    # Links last: their targets may sit in documents imported later.
    for link in links:
        add_link(project, ids[link["source"]], ids[link["target"]], link["type"])
    _add_incidents(project, manifest.get("incidents", []))


def _add_incidents(project: Project, incidents: list[dict[str, Any]]) -> None:
    """Group the demo's figures into incidents, then let the suggester propose the rest.

    Members are named by the first words of their quote, like annotations are named by
    quote, so the manifest never depends on generated ids.
    """
    anns = project.repo.annotations()
    for entry in incidents:
        members = []
        for words in entry["members"]:
            found = [a["id"] for a in anns if a["exact"].startswith(words)]
            if len(found) != 1:
                raise ProjectError(f"The demo incident {entry['title']!r} names "
                                   f"{words!r}, which starts {len(found)} annotations.")
            members.append(found[0])
        fields = {k: v for k, v in entry.items() if k not in ("title", "members")}
        create_incident(project, entry["title"], members=members, **fields)
    store_suggestions(project)
