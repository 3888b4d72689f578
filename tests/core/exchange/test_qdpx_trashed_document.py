"""A REFI-QDA file brought back onto a project whose document is in the trash.

Annotating a document in the trash is refused, and an import never does it either: a
source whose document is trashed here becomes a new live document. Its codings, though,
were this project's own annotations (same ids), still on the trashed document; they
were skipped as "imported before" without a word, and the new copy stood there bare.
"""

from __future__ import annotations

from tests.helpers import add_doc, make_project
from workbench.core.exchange.qdpx import write_qdpx
from workbench.core.exchange.qdpx_read import read_qdpx
from workbench.core.ops import annotations, documents

TEXT = "Shelling killed 5 civilians in the market of Kafr Salim on Sunday.\n"


def test_codings_held_by_a_trashed_document_are_said_not_lost(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, TEXT, name="market.txt")
        figure = annotations.annotate_quote(project, doc, "casualty", "killed 5 civilians",
                                            {"outcome": "killed"}).result
        write_qdpx(project, tmp_path / "out.qdpx")
        documents.trash_document(project, doc)
        summary = read_qdpx(project, tmp_path / "out.qdpx").result
        live = project.conn.execute(
            "SELECT id FROM documents WHERE deleted_at IS NULL").fetchall()
        assert len(live) == 1 and live[0][0] != doc  # a new copy, the trashed one left
        on = project.conn.execute("SELECT doc_id FROM annotations WHERE id = ?",
                                  (figure,)).fetchone()[0]
        assert on == doc  # nothing added to or moved off the trashed document
        assert summary.annotations == 0
        said = " ".join(summary.skipped)
        assert f"document {doc}" in said and "trash" in said, summary.skipped


def test_codings_from_elsewhere_never_land_on_a_trashed_document(tmp_path):
    with make_project(tmp_path, "other.wbproj") as other:
        there = add_doc(other, TEXT, name="market.txt")
        annotations.annotate_quote(other, there, "casualty", "killed 5 civilians",
                                   {"outcome": "killed"})
        write_qdpx(other, tmp_path / "other.qdpx")
    with make_project(tmp_path) as project:
        doc = add_doc(project, TEXT, name="market.txt")  # the same bytes
        documents.trash_document(project, doc)
        summary = read_qdpx(project, tmp_path / "other.qdpx").result
        assert summary.annotations == 1
        on_trashed = project.conn.execute(
            "SELECT count(*) FROM annotations WHERE doc_id = ?", (doc,)).fetchone()[0]
        assert on_trashed == 0
