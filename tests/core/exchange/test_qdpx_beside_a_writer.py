"""A REFI-QDA export while another program writes the project.

The export reads the codebook, the documents and their codings in statements of their
own: a document another program moved to the trash in between was written as a
source whose codings were left out (or codings of a source the file does not hold).
The other program's commit is placed by hand just before the codings are read.
"""

from __future__ import annotations

import re
import zipfile

from tests.helpers import add_doc, make_project, write_before
from workbench.core.exchange import write_file
from workbench.core.ops import annotations
from workbench.core.ops.documents import trash_document
from workbench.core.project import Project

SECOND = ("Clashes near Vell ford\n\nVELL, March 9 - Two fighters were killed in clashes "
          "near the ford, a spokesman for the garrison said.\n")


def _sources_and_codings(path) -> tuple[int, int]:
    with zipfile.ZipFile(path) as z:
        xml = z.read("project.qde").decode("utf-8")
    return len(re.findall(r"<TextSource\b", xml)), len(re.findall(r"<Coding\b", xml))


def test_a_qdpx_export_holds_the_project_as_it_was_when_it_began(tmp_path):
    with make_project(tmp_path) as made:
        first = add_doc(made)
        second = add_doc(made, SECOND, name="vell.txt")
        annotations.annotate_quote(made, first, "casualty", "wounded four troops",
                                   {"outcome": "wounded"})
        annotations.annotate_quote(made, second, "casualty", "Two fighters were killed",
                                   {"outcome": "killed"})
    path = tmp_path / "p.wbproj"
    with Project.open(path, coder="reader") as mine, \
            Project.open(path, coder="other") as other:
        n_before = write_file(mine, "qdpx", tmp_path / "before.qdpx")
        with write_before(mine, "SELECT a.* FROM annotations",
                          lambda: trash_document(other, second)) as seen:
            n_during = write_file(mine, "qdpx", tmp_path / "during.qdpx")
        assert seen, "the other program's write was not placed inside the export"
        n_after = write_file(mine, "qdpx", tmp_path / "after.qdpx")
    assert n_during == n_before == 2 and n_after == 1
    assert _sources_and_codings(tmp_path / "during.qdpx") \
        == _sources_and_codings(tmp_path / "before.qdpx") == (2, 2)
