"""A re-import moves the annotations in the trash with the text, as it moves the others."""

from __future__ import annotations

import pytest

from workbench.core.errors import ImportRejected
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as ops
from workbench.core.ops.history import undo

FIRST = ("Harbour report\n\nShelling killed 12 civilians in Port Vessel on Sunday, "
         "the harbour master said.\n")
# The corrected copy adds a paragraph before every annotated passage.
SECOND = ("Harbour report (updated)\n\nThe night ferry was cancelled after the alarm.\n\n"
          "Shelling killed 12 civilians in Port Vessel on Sunday, the harbour master said.\n")


def _quoted(project, ann_id: str, doc: int) -> tuple[str, str, str]:
    row = ann_ops.get_annotation(project, ann_id)
    text = project.repo.get("document", doc)["text"]
    return row["anchor"], row["exact"], text[row["start"]:row["end"]]


def test_an_annotation_restored_after_a_reimport_marks_its_own_words(project, tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(FIRST, encoding="utf-8")
    doc = ops.import_file(project, path).doc_id
    toll = ann_ops.annotate_quote(project, doc, "casualty", "killed 12 civilians",
                                  {"outcome": "killed", "count_low": 12}).result
    place = ann_ops.annotate_quote(project, doc, "location", "Port Vessel").result
    ann_ops.trash_annotations(project, [place])
    path.write_text(SECOND, encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    # The report speaks of what the researcher sees: the one live annotation.
    assert (report.in_place, report.reanchored, report.orphaned) == (0, 1, 0)
    ann_ops.restore_annotations(project, [place])
    # It stayed at its old offsets and, restored, marked "was cancel" as "Port Vessel".
    assert _quoted(project, place, doc) == ("reanchored", "Port Vessel", "Port Vessel")
    assert _quoted(project, toll, doc)[1:] == ("killed 12 civilians", "killed 12 civilians")
    undo(project)  # the restore
    undo(project)  # the re-import: back where the old text had it
    row = ann_ops.get_annotation(project, place)
    assert FIRST[row["start"]:row["end"]] == "Port Vessel" and row["deleted_at"]


def test_a_document_in_the_trash_is_not_reimported(project, tmp_path):
    """Its annotations are out of every read while it is in the trash: the re-import
    moved none of them, and the document restored marked other words with each."""
    path = tmp_path / "harbour.txt"
    path.write_text(FIRST, encoding="utf-8")
    doc = ops.import_file(project, path).doc_id
    toll = ann_ops.annotate_quote(project, doc, "casualty", "killed 12 civilians",
                                  {"outcome": "killed", "count_low": 12}).result
    ops.trash_document(project, doc)
    path.write_text(SECOND, encoding="utf-8")
    custody, undo_steps = len(project.repo.custody()), len(project.undo_stack)
    with pytest.raises(ImportRejected, match=r"in the trash: restore it first"):
        ops.reimport(project, doc, path)
    assert len(project.repo.custody()) == custody and len(project.undo_stack) == undo_steps
    ops.restore_document(project, doc)
    assert _quoted(project, toll, doc) == ("anchored", "killed 12 civilians",
                                           "killed 12 civilians")
    # Restored, it takes the new version, and the figure moves with the text.
    ops.reimport(project, doc, path)
    assert _quoted(project, toll, doc)[1:] == ("killed 12 civilians", "killed 12 civilians")
