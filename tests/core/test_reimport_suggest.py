"""``reimport --suggest``: the new text's suggestions, in the re-import's own undo step.

A corrected copy that adds a revised or a new toll got no suggestion: the engines ran on
import only. Asked, they run on the new text inside the re-import's write, under the
``suggest`` command's rules: nothing over an annotation of the same kind (a reworded toll
already waits for review on its new words), nothing where the researcher rejected one.
"""

from __future__ import annotations

from workbench.cli import main
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as ops
from workbench.core.ops.history import undo
from workbench.core.suggest import suggest_documents

FIRST = ("Tarnby, 2 May. Shelling of the ferry quay killed 12 dock workers on 30 April, "
         "the harbour office said. Residents said the market stayed shut.\n")
# The corrected copy: the toll revised, and a second toll in a new sentence.
CORRECTED = (FIRST.replace("killed 12 dock", "killed 14 dock")
             + "A second shell killed 3 fishermen near the pier on Friday, medics said.\n")


def _coded(project, tmp_path):
    """FIRST imported and suggested on; its toll accepted, every other suggestion
    rejected."""
    path = tmp_path / "quay.txt"
    path.write_text(FIRST, encoding="utf-8")
    doc = ops.import_file(project, path, {"published": "2026-05-02"}).doc_id
    suggest_documents(project, [doc])
    rows = project.repo.annotations(doc_id=doc)
    toll = next(r["id"] for r in rows if r["kind"] == "casualty")
    ann_ops.set_status(project, [toll], "accepted")
    ann_ops.set_status(project, [r["id"] for r in rows if r["id"] != toll], "rejected")
    return path, doc, toll


def _spans(project, doc):
    return [(r["kind"], r["start"], r["end"], r["status"], r["exact"])
            for r in project.repo.annotations(doc_id=doc)]


def test_a_reimport_asked_to_suggest_proposes_the_new_toll_once(project, tmp_path):
    path, doc, toll = _coded(project, tmp_path)
    rejected = [r for r in project.repo.annotations(doc_id=doc) if r["status"] == "rejected"]
    path.write_text(CORRECTED, encoding="utf-8")
    report = ops.reimport(project, doc, path, suggest=True).result
    rows = project.repo.annotations(doc_id=doc)
    new = [r for r in rows if r["status"] == "suggested" and r["id"] != toll]
    assert report.suggested == len(new) and report.suggested > 0
    assert report.sentence().endswith(f"; {report.suggested} new suggestions.")
    # The new sentence's toll is proposed ...
    assert any(r["kind"] == "casualty" and r["exact"] == "killed 3 fishermen" for r in new)
    # ... the revised one is not proposed again beside the reworded figure ...
    tolls = [r for r in rows if r["kind"] == "casualty"]
    assert sorted(r["exact"] for r in tolls) == ["killed 14 dock workers", "killed 3 fishermen"]
    assert next(r for r in rows if r["id"] == toll)["status"] == "suggested"  # reworded
    # ... and nothing the researcher rejected comes back (same kind over its words).
    for r in rejected:
        kept = next(x for x in rows if x["id"] == r["id"])
        assert kept["status"] == "rejected"
        assert not [x for x in new if x["kind"] == r["kind"]
                    and x["start"] < kept["end"] and kept["start"] < x["end"]]


def test_one_undo_takes_the_reimport_and_its_suggestions_back(project, tmp_path):
    path, doc, _ = _coded(project, tmp_path)
    before = _spans(project, doc)
    path.write_text(CORRECTED, encoding="utf-8")
    ops.reimport(project, doc, path, suggest=True)
    undo(project)
    assert project.repo.get("document", doc)["text"] == FIRST
    assert _spans(project, doc) == before


def test_without_the_choice_a_reimport_suggests_nothing(project, tmp_path):
    path, doc, _ = _coded(project, tmp_path)
    count = len(project.repo.annotations(doc_id=doc))
    path.write_text(CORRECTED, encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    assert report.suggested is None and "suggestion" not in report.sentence()
    assert len(project.repo.annotations(doc_id=doc)) == count


def test_the_command_line_suggests_when_asked(tmp_path, capsys):
    proj, src = tmp_path / "quay.wbproj", tmp_path / "quay.txt"
    src.write_text(FIRST, encoding="utf-8")
    assert main(["new", str(proj)]) == 0
    assert main(["import", str(proj), str(src), "--suggest"]) == 0
    src.write_text(CORRECTED, encoding="utf-8")
    capsys.readouterr()
    assert main(["reimport", str(proj), "1", str(src), "--suggest"]) == 0
    out = capsys.readouterr().out
    assert "new suggestions." in out
    assert main(["annotations", str(proj)]) == 0
    assert "'killed 3 fishermen'" in capsys.readouterr().out
