"""Annotating a document that is in the trash.

The window hides a trashed document, yet the core and the command line annotated it
and accepted its suggestions as if it were live. Now both are refused in one sentence
(restore the document first), and nothing is written.
"""

from __future__ import annotations

import pytest

from tests.helpers import add_doc
from workbench.cli import main
from workbench.core.errors import ValidationError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops

IN_TRASH = "is in the trash"


def _written(project) -> tuple[int, int]:
    """Annotations (live and trashed) and audit entries: what a refused write must leave."""
    conn = project.conn
    return (conn.execute("SELECT count(*) FROM annotations").fetchone()[0],
            conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def test_annotating_a_trashed_document_is_refused_until_it_is_restored(project):
    doc = add_doc(project)
    doc_ops.trash_document(project, doc)
    before = _written(project)
    with pytest.raises(ValidationError) as refused:
        ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
    said = str(refused.value)
    assert IN_TRASH in said and "restore it first" in said and f"restore p.wbproj {doc}" in said
    with pytest.raises(ValidationError, match=IN_TRASH):
        ann_ops.create_annotation(project, doc, "statement", 0, 5)
    assert _written(project) == before
    doc_ops.restore_document(project, doc)
    made = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
    assert project.repo.get("annotation", made)["doc_id"] == doc


def test_accepting_a_suggestion_on_a_trashed_document_is_refused(project):
    doc = add_doc(project)
    live = add_doc(project, "Two fishermen were detained off Port Vessel on Monday.\n",
                   name="other.txt")
    there = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                   status="suggested").result
    here = ann_ops.annotate_quote(project, live, "casualty", "Two fishermen were detained",
                                  status="suggested").result
    doc_ops.trash_document(project, doc)
    before = _written(project)
    with pytest.raises(ValidationError, match=IN_TRASH):
        ann_ops.set_status(project, [here, there], "accepted")
    with pytest.raises(ValidationError, match=IN_TRASH):
        ann_ops.update_annotation(project, there, status="accepted")
    assert _written(project) == before  # the live one was not accepted either: one step
    assert project.repo.get("annotation", here)["status"] == "suggested"
    assert project.repo.get("annotation", there)["status"] == "suggested"
    ann_ops.set_status(project, [here], "accepted")  # a live document's, alone: accepted
    doc_ops.restore_document(project, doc)
    ann_ops.set_status(project, [there], "accepted")
    assert project.repo.get("annotation", there)["status"] == "accepted"


def test_the_command_line_says_it_in_one_sentence(project, capsys):
    doc = add_doc(project)
    suggestion = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                        status="suggested").result
    path = str(project.path)
    project.close()
    assert main(["trash", path, str(doc)]) == 0
    capsys.readouterr()
    assert main(["annotate", path, str(doc), "--kind", "casualty",
                 "--quote", "wounded four troops"]) == 1
    err = capsys.readouterr().err
    assert IN_TRASH in err and "restore it first" in err and "Traceback" not in err, err
    assert main(["edit", path, suggestion, "--status", "accepted"]) == 1
    assert IN_TRASH in capsys.readouterr().err
    assert main(["restore", path, str(doc)]) == 0
    assert main(["edit", path, suggestion, "--status", "accepted"]) == 0
