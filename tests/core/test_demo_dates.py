"""The dates the engine suggests on the demo's own reports, read as a reader reads them."""

from __future__ import annotations

from pathlib import Path

from workbench.core.demo import load_manifest
from workbench.core.project import Project
from workbench.core.suggest import suggest_documents


def test_roads_closed_until_tuesday_is_the_tuesday_after_the_blast(demo_project: Path) -> None:
    # The market report (published Monday 2 March) ends with the army saying it had
    # closed the roads until Tuesday: the closure runs on from the act, so the Tuesday
    # is the next day, not the Tuesday of the week before.
    entry = next(e for e in load_manifest()["documents"] if e["file"].startswith("01-"))
    assert entry["published"].startswith("2026-03-02")
    with Project.open(demo_project) as project:
        doc = next(d for d in project.repo.documents() if d["title"] == entry["title"])
        text = project.repo.get("document", doc["id"])["text"]
        start = text.index("until Tuesday") + len("until ")
        suggest_documents(project, [doc["id"]])
        dates = [a for a in project.repo.annotations()
                 if a["doc_id"] == doc["id"] and a["kind"] == "date" and a["start"] == start]
    assert [a["fields"]["value"] for a in dates] == ["2026-03-03"]
