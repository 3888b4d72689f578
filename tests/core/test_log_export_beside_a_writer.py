"""``log --export`` while another program writes the project.

The export reads the op codes of the compact audit log, then the audit rows, then the
custody rows, in statements of their own. An operation another program wrote for the
first time in between (a new op code) was written out under its bare code, and the
rows after it read a later state than the layouts at the head of the file: the
exported log, checked with ``verify-log``, read as tampered with. The other program's
commit is placed by hand just before the audit rows are read.
"""

from __future__ import annotations

from tests.helpers import add_doc, make_project, write_before
from workbench.core.incidents import ops as incidents
from workbench.core.logchain import check_export, export_log
from workbench.core.ops import annotations
from workbench.core.project import Project


def test_an_exported_log_checks_whole_when_another_program_wrote_meanwhile(tmp_path):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
        fig = annotations.annotate_quote(made, doc, "casualty", "wounded four troops",
                                         {"outcome": "wounded"}).result
    path = tmp_path / "p.wbproj"
    out = tmp_path / "log.jsonl"
    with Project.open(path, coder="reader") as mine, \
            Project.open(path, coder="other") as other:
        def write() -> None:  # operations this project has not logged before
            incidents.create_incident(other, "Port Halden shelling", members=[fig])
            annotations.trash_annotations(other, [fig])

        with write_before(mine, 'FROM "audit"', write) as seen:
            heads = export_log(mine.conn, out, path.name)
        assert seen, "the other program's write was not placed inside the export"
        checked, problems = check_export(out, mine.conn)
    assert problems == []
    assert checked == heads
