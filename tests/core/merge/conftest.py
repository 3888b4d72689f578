"""Three coders' projects over the same two reports, each imported separately."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPORT, add_doc
from workbench.core.incidents.ops import create_incident
from workbench.core.merge import merge_projects
from workbench.core.ops.actors import add_actor
from workbench.core.ops.annotations import (
    annotate_quote,
    set_status,
    trash_annotations,
    update_annotation,
)
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.ops.codebook import add_field, add_kind
from workbench.core.project import Project

# A second fictional report.
CHECKPOINT = (
    "Checkpoint closed after clashes near Dunmere\n"
    "\n"
    "DUNMERE, March 5 (Valley Courier) - Fighters of the Red Hill Front seized the northern "
    "checkpoint on Tuesday after a two-hour clash, residents said. Two guards were "
    "wounded, according to a hospital source.\n"
)


def lead_and_busy_copy(folder: Path, figures: int) -> tuple[Path, Path]:
    """lead's project with one report, and ben's copy of it with ``figures`` wounded
    figures added: a merge with enough items to stop, cancel or kill part-way."""
    lead, ben = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT)
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        doc = p.repo.documents()[0]["id"]
        create_annotations(p, [NewAnnotation(doc, "casualty", i % 40, i % 40 + 8,
                                             {"outcome": "wounded"}) for i in range(figures)])
    return lead, ben


def lead_and_checkpoint_copy(folder: Path) -> tuple[Path, Path]:
    """lead's project with one report, and ben's copy of it in which ben imported the
    checkpoint report the lead does not have."""
    lead, ben = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT, "report.txt")
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        add_doc(p, CHECKPOINT, "checkpoint.txt")
    return lead, ben


@dataclass
class Team:
    folder: Path
    ids: dict[str, Any]

    def path(self, coder: str) -> Path:
        return self.folder / f"{coder}.wbproj"


def _import_both(project: Project) -> tuple[int, int]:
    return add_doc(project, REPORT, "report.txt"), add_doc(project, CHECKPOINT, "checkpoint.txt")


@pytest.fixture
def team(tmp_path: Path) -> Team:
    """amal codes first; ben and chen take amal's work by merging it, then all three work
    on: ben and amal change one figure differently, ben trashes a statement, chen extends
    the codebook."""
    ids: dict[str, Any] = {}
    folder = tmp_path
    with Project.create(folder / "amal.wbproj", coder="amal") as p:
        report, _checkpoint = _import_both(p)
        ids["cas"] = annotate_quote(p, report, "casualty", "killed at least 12 civilians",
                                    {"outcome": "killed", "count_low": 12}).result
        ids["stmt"] = annotate_quote(p, report, "statement", "a provincial official said").result
        ids["claim"] = annotate_quote(p, report, "claim", "The Crescent Brigade claimed "
                                      "responsibility", {"status": "unverified"}).result
        ids["actor"] = add_actor(p, "Crescent Brigade", ["the Brigade"]).result
        ids["incident"] = create_incident(p, "Port Halden market shelling",
                                          members=[ids["cas"]]).result
    for coder in ("ben", "chen"):
        with Project.create(folder / f"{coder}.wbproj", coder=coder) as p:
            _import_both(p)
            merge_projects(p, [folder / "amal.wbproj"])
    with Project.open(folder / "ben.wbproj", coder="ben") as p:
        update_annotation(p, ids["cas"], fields={"count_high": 15})
        trash_annotations(p, [ids["stmt"]])
        checkpoint = p.repo.document_ids_by_original(_sha(p, "checkpoint.txt"))[0]
        ids["ben_clash"] = annotate_quote(p, checkpoint, "event", "a two-hour clash").result
        # Overlapping work: ben marks amal's claim's words again, as his own annotation.
        report = p.repo.document_ids_by_original(_sha(p, "report.txt"))[0]
        ids["ben_claim"] = annotate_quote(p, report, "claim", "claimed responsibility").result
    with Project.open(folder / "amal.wbproj", coder="amal") as p:
        update_annotation(p, ids["cas"], fields={"outcome": "wounded"})
        set_status(p, [ids["claim"]], "rejected")
    with Project.open(folder / "chen.wbproj", coder="chen") as p:
        add_kind(p, "checkpoint", "Checkpoint", "Q")
        add_field(p, "checkpoint", "held_by", "text")
        add_field(p, "claim", "source_note", "text")
        checkpoint = p.repo.document_ids_by_original(_sha(p, "checkpoint.txt"))[0]
        ids["chen_chk"] = annotate_quote(p, checkpoint, "checkpoint", "the northern checkpoint",
                                         {"held_by": "Red Hill Front"}).result
    return Team(folder, ids)


def _sha(project: Project, filename: str) -> str:
    return next(d["original_sha256"] for d in project.repo.documents()
                if d["filename"] == filename)


def state(project: Project) -> dict[str, Any]:
    """What a merge result is judged on: annotations, links and incidents by id, each
    document named by its original's SHA-256 (numbers differ between projects)."""
    sha = {d["id"]: d["original_sha256"] for d in project.repo.all_rows("document")}
    anns = {a["id"]: (sha[a["doc_id"]], a["kind"], a["start"], a["end"], a["fields"],
                      a["status"], a["memo"], a["coder"], bool(a["deleted_at"]))
            for a in project.repo.all_rows("annotation")}
    links = {r["id"]: (r["source_id"], r["target_id"], r["type"], bool(r["deleted_at"]))
             for r in project.repo.all_rows("link")}
    incidents = {r["id"]: (r["title"], r["status"], r["memo"], bool(r["deleted_at"]))
                 for r in project.repo.all_rows("incident")}
    members = {r["id"]: (r["incident_id"], r["annotation_id"], bool(r["deleted_at"]))
               for r in project.repo.all_rows("incident_member")}
    actors = {r["id"]: (r["name"], tuple(r["aliases"])) for r in project.repo.all_rows("actor")}
    return {"annotations": anns, "links": links, "incidents": incidents,
            "members": members, "actors": actors}


def tables(project: Project) -> dict[str, list[tuple]]:
    """Every row of every table (the full-text index's internals aside), sorted."""
    out = {}
    for name in project.repo.schema_tables():
        if name.startswith("search") or name == "sqlite_sequence":
            continue
        rows = project.conn.execute(f'SELECT * FROM "{name}"').fetchall()
        out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out
