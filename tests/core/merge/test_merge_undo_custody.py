"""The custody log says when an undo takes a merged (or imported) document away.

Ben imported a checkpoint report the lead does not have. The lead merges Ben's project:
the report is copied and the custody log says so ("merge … copied from ben.wbproj").
Undoing the merge took the document out of the project without a word in the custody
log, which still read as if the file had been copied in and stayed; a redo brought it
back as silently. Each now writes one entry per document it takes out or brings back,
so the custody log alone tells where a file is.
"""

from __future__ import annotations

from pathlib import Path

from tests.core.merge.conftest import CHECKPOINT, lead_and_checkpoint_copy
from tests.helpers import REPORT, add_doc
from workbench.cli import main
from workbench.core.merge import merge_projects
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.core.verify import verify


def _custody(path: Path, capsys, name: str = "checkpoint.txt") -> list[str]:
    """The lead's own lines of ``workbench log --custody`` about the file ``name``:
    "ACTION doc N DETAIL" (time, file name and hash cut)."""
    capsys.readouterr()
    assert main(["log", str(path), "--custody"]) == 0
    out = []
    for line in capsys.readouterr().out.splitlines():
        parts = line.split("  ")
        if parts[1] == "lead" and Path(parts[4]).name == name:
            out.append(f"{parts[2]} {parts[3]} {'  '.join(parts[7:])}".strip())
    return out


def _where(lines: list[str]) -> bool:
    """Whether the file is in the project, read from its custody lines alone."""
    inside = False
    for line in lines:
        inside = not line.endswith(("taken out of the project by undoing the merge",
                                    "taken out of the project by undoing the import"))
    return inside


def _held(p: Project, name: str = "checkpoint.txt") -> list[int]:
    return [d["id"] for d in p.repo.documents() if str(d["filename"]).endswith(name)]


def test_undo_and_redo_of_a_merge_are_in_the_custody_log(tmp_path: Path, capsys):
    lead, ben = lead_and_checkpoint_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        [doc] = _held(p)
        copied = f"merge doc {doc} copied from ben.wbproj (document 2 there)"
        taken = f"undo doc {doc} taken out of the project by undoing the merge"
        back = f"redo doc {doc} back in the project by redoing the merge"
        assert _custody(lead, capsys) == [copied]
        history.undo(p)
        assert _held(p) == [] and verify(p).ok
        assert _custody(lead, capsys) == [copied, taken]
        assert not _where(_custody(lead, capsys))
        history.redo(p)
        assert _held(p) == [doc] and verify(p).ok
        assert _custody(lead, capsys) == [copied, taken, back]
        merge_projects(p, [ben])  # redone, the merge counts as made: nothing again
        assert _custody(lead, capsys) == [copied, taken, back] and verify(p).ok
        history.undo(p)
        assert _held(p) == [] and verify(p).ok
        merge_projects(p, [ben])  # merged again: copied again, said again
        [again] = _held(p)
        assert verify(p).ok
    lines = _custody(lead, capsys)
    assert lines == [copied, taken, back, taken,
                     f"merge doc {again} copied from ben.wbproj (document 2 there)"]
    assert _where(lines)
    assert main(["verify", str(lead)]) == 0


def test_the_entry_names_the_file_taken_out_and_who_undid_the_merge(tmp_path: Path):
    lead, ben = lead_and_checkpoint_copy(tmp_path)
    with Project.open(lead, coder="chen") as p:
        merge_projects(p, [ben])
        [doc] = _held(p)
        stored = p.repo.get("document", doc)
        history.undo(p)
        history.redo(p)
        taken, back = p.repo.custody()[-2:]
    assert (taken["action"], taken["coder"], taken["doc_id"]) == ("undo", "chen", doc)
    assert (back["action"], back["coder"], back["doc_id"]) == ("redo", "chen", doc)
    for entry in (taken, back):
        assert (entry["sha256"], entry["filename"], entry["importer"]) == (
            stored["original_sha256"], stored["filename"], stored["importer"])


def test_undoing_an_import_is_in_the_custody_log(tmp_path: Path, capsys):
    lead = tmp_path / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT, "report.txt")
        doc = add_doc(p, CHECKPOINT, "checkpoint.txt")
        history.undo(p)
        assert _held(p) == [] and verify(p).ok
    lines = _custody(lead, capsys)
    assert lines == [f"import doc {doc}",
                     f"undo doc {doc} taken out of the project by undoing the import"]
    assert not _where(lines)


def test_undoing_a_reimport_says_the_document_is_made_from_its_first_file_again(
        tmp_path: Path):
    from workbench.core.ops.documents import reimport

    newer = tmp_path / "report-v2.txt"
    newer.write_text(REPORT.replace("12 civilians", "14 civilians"), encoding="utf-8")
    with Project.create(tmp_path / "lead.wbproj", coder="lead") as p:
        doc = add_doc(p, REPORT, "report.txt")
        first = p.repo.get("document", doc)["original_sha256"]
        reimport(p, doc, newer)
        history.undo(p)
        assert p.repo.get("document", doc)["original_sha256"] == first
        entry = p.repo.custody()[-1]
        assert (entry["action"], entry["doc_id"], entry["sha256"]) == ("undo", doc, first)
        assert entry["detail"] == "made from this file again by undoing the re-import"
        history.redo(p)
        entry = p.repo.custody()[-1]
        assert (entry["action"], entry["detail"]) == (
            "redo", "made from this file again by redoing the re-import")
        assert entry["sha256"] != first and verify(p).ok
