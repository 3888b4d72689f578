"""``verify`` while another program writes the project.

The check reads the project in many statements, stage after stage. Each statement on a
connection outside a transaction saw the file as it was at that moment, so a change
another program committed between two of them made the check compare the log with
tables that had moved on: on a sound project it said that audit entries had been
removed or changed outside the program, or that the search index had been tampered
with. The other program's commit is placed by hand just before one of the check's
statements (``tests.helpers.write_before``).
"""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project, write_before
from workbench.core import verify
from workbench.core.ops import annotations
from workbench.core.project import Project


def _project(tmp_path):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
        figs = [annotations.annotate_quote(made, doc, "casualty", quote,
                                           {"outcome": outcome}).result
                for quote, outcome in (("wounded four troops", "wounded"),
                                       ("killed at least 12 civilians", "killed"))]
    return tmp_path / "p.wbproj", doc, figs


# Statements of the check, each with which of its runs: the log chain's walk (after the
# op codes were read), the guard that compares the audit log's last entry with the
# highest number SQLite handed out (its third read: the first two come before the
# walk), and the search index check (after the expected entries were worked out).
MOMENTS = [('FROM "audit"', 1), ("FROM sqlite_sequence", 3), ("JOIN main.search_docsize", 1)]


@pytest.mark.parametrize("moment, nth", MOMENTS)
def test_a_write_by_another_program_during_the_check_is_no_damage(tmp_path, moment, nth):
    path, doc, figs = _project(tmp_path)
    with Project.open(path, coder="checker") as mine, \
            Project.open(path, coder="other") as other:
        def write() -> None:
            annotations.update_annotation(other, figs[0], memo="Checked with the ward.")
            annotations.trash_annotations(other, [figs[1]])
            annotations.annotate_quote(other, doc, "statement", "a provincial official said")

        with write_before(mine, moment, write, nth) as seen:
            report = verify.verify(mine)
        assert len(seen) >= nth, "the other program's write was not placed inside the check"
        assert report.problems == []
        # The check saw the project as it was when it began; the next one sees the write.
        again = verify.verify(mine)
        assert again.problems == []
        assert again.log_entries > report.log_entries
