"""The agreement report while another program writes the project.

The report reads the annotations, then the documents' titles, in statements of their
own: a document another program moved to the trash in between was compared, and its
disagreements listed under an empty title. The other program's commit is placed by
hand just before the titles are read.
"""

from __future__ import annotations

from tests.helpers import add_doc, make_project, write_before
from workbench.core.agreement import agreement_report
from workbench.core.ops import annotations
from workbench.core.ops.documents import trash_document
from workbench.core.project import Project

FIRST = "Shelling in Port Halden killed 12 civilians on Sunday; four soldiers were wounded.\n"
SECOND = "Clashes near Vell killed 4 fighters on Monday, a spokesman said. Two were captured.\n"


def test_the_report_compares_the_project_as_it_was_when_it_began(tmp_path):
    make_project(tmp_path).close()
    path = tmp_path / "p.wbproj"
    for coder in ("amal", "ben"):
        with Project.open(path, coder=coder) as p:
            first, second = add_doc(p, FIRST, name="a.txt"), add_doc(p, SECOND, name="b.txt")
            annotations.annotate_quote(p, first, "casualty", "killed 12 civilians",
                                       {"outcome": "killed"})
            annotations.annotate_quote(p, second, "casualty", "killed 4 fighters",
                                       {"outcome": "killed"})
            if coder == "ben":
                annotations.annotate_quote(p, second, "casualty", "Two were captured",
                                           {"outcome": "captured"})
    with Project.open(path, coder="lead") as mine, Project.open(path, coder="other") as other:
        before = agreement_report(mine)
        with write_before(mine, "FROM documents WHERE deleted_at IS NULL",
                          lambda: trash_document(other, second)) as seen:
            during = agreement_report(mine)
        assert seen, "the other program's write was not placed inside the report"
        after = agreement_report(mine)
    assert [d.title for d in during.disagreements if d.doc_id == second] \
        and all(d.title for d in during.disagreements)
    assert during == before
    assert after.documents == [first]
