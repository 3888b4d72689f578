"""An annotation trashed on its own, on a document then moved to the trash as well.

``trash --list`` lists it (it is in the trash itself), and ``restore`` brought it back
with "Restored annotation …", though it stayed out of sight: its document was still in
the trash, and nothing said so.
"""

from __future__ import annotations

from tests.helpers import add_doc, make_project
from workbench.cli import main
from workbench.core.ops import annotations, documents
from workbench.core.project import Project

TEXT = "Shelling killed 5 civilians in the market of Kafr Salim on Sunday.\n"


def test_restoring_an_annotation_whose_document_is_in_the_trash_says_so(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    with make_project(tmp_path) as project:
        doc = add_doc(project, TEXT, name="market.txt")
        figure = annotations.annotate_quote(project, doc, "casualty", "killed 5 civilians",
                                            {"outcome": "killed"}).result
        annotations.trash_annotations(project, [figure])
        documents.trash_document(project, doc)
    capsys.readouterr()
    assert main(["trash", str(path), "--list"]) == 0
    listed = capsys.readouterr().out
    line = next(li for li in listed.splitlines() if li.startswith(figure))
    assert f"document {doc}" in line and "trash" in line.split(")", 1)[1], listed
    assert main(["restore", str(path), figure]) == 0
    said = capsys.readouterr().out
    assert f"document {doc}" in said and "still in the trash" in said, said
    assert main(["restore", str(path), str(doc)]) == 0
    with Project.open(path) as project:
        assert [a["id"] for a in project.repo.annotations(doc_id=doc)] == [figure]
