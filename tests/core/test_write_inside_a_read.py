"""A write asked for on a connection that is reading one state of the project.

``rawread.one_snapshot`` holds a read transaction for a check or an export. A write on
the same connection meanwhile (the window's field stored as the check's progress
dialog took the cursor) cannot begin its own transaction: it was refused with SQLite's
"cannot start a transaction within a transaction", and its clean-up rolled back the
reader's transaction, so the rest of the check read the file statement by statement
again, as if it had never asked for one state.
"""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.errors import StorageError
from workbench.core.ops import annotations
from workbench.core.project import Project
from workbench.core.rawread import one_snapshot


def test_a_write_during_a_read_is_refused_in_words_and_the_read_keeps_its_state(tmp_path):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
        fig = annotations.annotate_quote(made, doc, "casualty", "wounded four troops",
                                         {"outcome": "wounded"}).result
    path = tmp_path / "p.wbproj"
    with Project.open(path, coder="checker") as mine, \
            Project.open(path, coder="other") as other:
        with one_snapshot(mine.conn):
            before = mine.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
            with pytest.raises(StorageError) as refused:
                annotations.update_annotation(mine, fig, memo="Typed in the window.")
            assert "being read" in str(refused.value)
            assert "within a transaction" not in str(refused.value)
            # Another program's commit after the refusal is still not seen: the read
            # goes on in the state it began in.
            annotations.update_annotation(other, fig, memo="Checked with the ward.")
            assert mine.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
        assert mine.repo.get("annotation", fig)["memo"] == "Checked with the ward."
        # Once the read is over, the window's write goes through as ever.
        annotations.update_annotation(mine, fig, memo="Typed in the window.")
        assert mine.repo.get("annotation", fig)["memo"] == "Typed in the window."
