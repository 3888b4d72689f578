"""A write whose statement fails while one of the program's SQL functions reads the
project says why. An annotation's search index row folds its quote, derived from its
document's text by ``wb_quote`` inside the trigger's statement; SQLite tells that
statement's failure only as "user-defined function raised exception", so a write
stopped (or meeting a full disk) while the text was read said that to the user."""

from __future__ import annotations

import sqlite3

import pytest

from tests.core.interrupt import stopped_at
from tests.helpers import REPORT, add_doc, make_project
from workbench.core import dbapi
from workbench.core.errors import StorageError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history
from workbench.core.project import Project


@pytest.fixture(autouse=True)
def _no_callback_tracebacks():
    # The program never prints a failed SQL function's traceback (the statement's error
    # says it); a library imported earlier by another test in this process (datasette)
    # switches that printing on, and the stops this test makes were then reported as
    # unraisable exceptions, or not, depending on which tests ran first.
    sqlite3.enable_callback_tracebacks(False)
    if dbapi.available():
        dbapi.cipher().enable_callback_tracebacks(False)


def test_a_write_stopped_while_sql_reads_a_text_says_it_was_stopped(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, REPORT)
        path = project.path
    said: list[StorageError] = []
    with Project.open(path) as project:
        step = 0
        while True:  # every step of the write, until one lets it finish untouched
            step += 1
            with stopped_at(project.conn, step, every=1) as handler:
                try:
                    ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                           {"outcome": "wounded"})
                except (*dbapi.DatabaseError, StorageError) as err:
                    assert isinstance(err, StorageError), err
                    said.append(err)
                    continue
            if not handler.fired:
                break
            history.undo(project)  # a stop the write got past: start again from before
    # SQLite's word for the statement: the function failed (its read was stopped).
    inside_sql = [e for e in said
                  if "user-defined function raised exception" in str(e.__cause__)]
    assert inside_sql  # stops inside the text read were met
    assert [str(e) for e in said if "interrupted" not in str(e)] == []
    assert str(inside_sql[0]) == ("The change was not saved because interrupted; the "
                                  "project is unchanged.")
