"""An export while another program writes the project: the file holds one state of it.

An export reads the annotations, the documents, the links, the codebook and the actors
in separate statements. Another program's commit between two of them (a document moved
to the trash with its annotations) gave a file holding half of it: the document's
annotations gone but the document listed with its text, or the other way round. The
commit is placed by hand just before the export's read of the documents.
"""

from __future__ import annotations

import io
import json

import pytest

from tests.helpers import add_doc, make_project, write_before
from workbench.core.exporters import export
from workbench.core.ops import annotations
from workbench.core.ops.documents import trash_document
from workbench.core.project import Project

SECOND = ("Clashes near Vell ford\n\nVELL, March 9 - Two fighters were killed in clashes "
          "near the ford, a spokesman for the garrison said.\n")


@pytest.fixture
def two_documents(tmp_path):
    with make_project(tmp_path) as made:
        first = add_doc(made)
        second = add_doc(made, SECOND, name="vell.txt")
        annotations.annotate_quote(made, first, "casualty", "wounded four troops",
                                   {"outcome": "wounded"})
        annotations.annotate_quote(made, second, "casualty", "Two fighters were killed",
                                   {"outcome": "killed"})
    return tmp_path / "p.wbproj", second


def _exported(project: Project, fmt: str) -> str:
    out = io.StringIO()
    export(project, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_an_export_holds_the_project_as_it_was_when_it_began(two_documents, fmt):
    path, second = two_documents
    with Project.open(path, coder="reader") as mine, \
            Project.open(path, coder="other") as other:
        before = _exported(mine, fmt)
        with write_before(mine, "FROM documents", lambda: trash_document(other, second)) \
                as seen:
            during = _exported(mine, fmt)
        assert seen, "the other program's write was not placed inside the export"
        assert during == before
        after = _exported(mine, fmt)
    assert after != before  # the next export has the document and its figure gone
    if fmt == "json":
        payload = json.loads(after)
        assert {d["id"] for d in payload["documents"]} == {a["doc_id"]
                                                           for a in payload["annotations"]}
