"""A file only the sources hold is copied the same whatever order they are named in.

Ben and Chen each imported the same checkpoint report on their own laptops; the lead
holds it not. Merged at once, the report is one document in the lead's project, copied
from one of them. It was copied from the first source named, so its UUID, its import
time and the custody entry saying where it came from followed the order of the names
on the command line. It is now copied from the coder who imported it first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.merge.conftest import CHECKPOINT
from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify


def _team(folder: Path) -> tuple[Path, Path, Path, Path]:
    """Two copies of the lead's project (one for each order), Ben's and Chen's; Ben
    imports the checkpoint report before Chen does."""
    lead, lead2 = folder / "lead.wbproj", folder / "lead2.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT, "report.txt")
    for name in ("lead2", "ben", "chen"):
        shutil.copy(lead, folder / f"{name}.wbproj")
    for coder, words in (("ben", "checkpoint"), ("chen", "wounded")):
        with Project.open(folder / f"{coder}.wbproj", coder=coder) as p:
            doc = add_doc(p, CHECKPOINT, "checkpoint.txt")
            annotate_quote(p, doc, "casualty", _quote(words))
    return lead, lead2, folder / "ben.wbproj", folder / "chen.wbproj"


def _quote(word: str) -> str:
    start = CHECKPOINT.index(word)
    return CHECKPOINT[start:start + 20]


def _copied(path: Path, sources: list[Path]) -> tuple[dict, dict, int]:
    """The copied document, the custody entry saying where it came from, and how many
    annotations it holds, after merging ``sources`` in that order."""
    with Project.open(path, coder="lead") as p:
        merge_projects(p, sources)
        assert verify(p).ok
        [doc] = [d for d in p.repo.documents() if d["filename"] == "checkpoint.txt"]
        [entry] = [r for r in p.repo.custody() if r["action"] == "merge"]
        held = [a for a in p.repo.annotations() if a["doc_id"] == doc["id"]]
        return doc, entry, len(held)


def test_either_order_copies_the_document_of_the_first_import(tmp_path: Path):
    lead, lead2, ben, chen = _team(tmp_path)
    with Project.open(ben) as p:
        bens = p.repo.get("document", 2)
    one = _copied(lead, [ben, chen])
    other = _copied(lead2, [chen, ben])
    for doc, entry, held in (one, other):
        assert (doc["uuid"], doc["imported_at"]) == (bens["uuid"], bens["imported_at"])
        assert entry["detail"] == "copied from ben.wbproj (document 2 there)"
        assert held == 2  # Ben's figure and Chen's, on the one document
    assert one[0] == other[0]
