"""How a JSON column is stored: without spaces after separators, and rows stored before
with spaces still read, verify and search the same."""

from __future__ import annotations

from tests.helpers import add_doc, make_project
from workbench.core import verify
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


def test_new_fields_are_stored_without_spaces_and_read_back(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, "Shelling wounded four troops near the bridge.\n", "a.txt")
        ann = annotate_quote(project, doc, "casualty", "wounded four troops",
                             {"outcome": "wounded", "count_low": 4}).result
        stored = project.conn.execute("SELECT fields FROM annotations WHERE id = ?",
                                      (ann,)).fetchone()[0]
        assert stored == '{"count_low":4,"outcome":"wounded"}'
        assert project.repo.get("annotation", ann)["fields"] == {
            "outcome": "wounded", "count_low": 4}


def test_a_row_stored_with_spaces_before_still_verifies(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, "Shelling wounded four troops near the bridge.\n", "a.txt")
        ann = annotate_quote(project, doc, "casualty", "wounded four troops",
                             {"outcome": "wounded", "count_low": 4}).result
        # What an earlier Workbench stored for the same value.
        project.conn.execute("UPDATE annotations SET fields = ? WHERE id = ?",
                             ('{"count_low": 4, "outcome": "wounded"}', ann))
        assert project.repo.get("annotation", ann)["fields"]["count_low"] == 4
    with Project.open(tmp_path / "p.wbproj") as project:
        assert verify.verify(project).problems == []
