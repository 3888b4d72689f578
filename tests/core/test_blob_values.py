"""A BLOB stored where an audited row holds text (written outside the program) is named
by verify as a change, and the rest of the file is still checked: the comparison inside
SQLite builds JSON, which cannot hold a BLOB, so such a row must not stop it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import quotes, schema
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> tuple[Path, str, str]:
    folder = tmp_path_factory.mktemp("blobs")
    with make_project(folder) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        other = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        actor_ops.add_actor(project, "Crescent Brigade", ["the Brigade"])
        assert verify(project).ok
        return project.path, ann, other


@pytest.mark.parametrize("statement, said", [
    ("UPDATE annotations SET memo = CAST('' AS BLOB) WHERE id = '{A}'", "annotation {A}: "),
    ("UPDATE annotations SET coder = CAST(coder AS BLOB) WHERE id = '{A}'",
     "annotation {A}: "),
    ("UPDATE annotations SET fields = CAST('{{\"claimant\":\"x\"}}' AS BLOB) "
     "WHERE id = '{A}'", "annotation {A}: "),
    ("UPDATE documents SET memo = CAST('x' AS BLOB)", "document 1: "),
    ("UPDATE actors SET memo = CAST('' AS BLOB)", "actor "),
])
def test_a_blob_in_an_audited_row_is_named_and_the_rest_still_checked(
        sound, tmp_path, statement, said):
    path, ann, other = sound
    copy = tmp_path / "copy.wbproj"
    shutil.copyfile(path, copy)
    conn = raw_connect(copy, isolation_level=None)
    conn.execute(statement.format(A=ann))
    # And a change elsewhere, which the blob must not hide.
    conn.execute("UPDATE annotations SET status = 'rejected' WHERE id = ?", (other,))
    conn.close()
    with Project.open(copy) as project:
        problems = verify(project).problems
    assert any(p.startswith(said.format(A=ann)) for p in problems), problems
    assert any(p.startswith(f"annotation {other}: its status is") for p in problems), problems


@pytest.mark.parametrize("column, said", [
    ("title", "document 1: its title is stored in the documents table as bytes"),
    ("text", "document 1: its text is stored as bytes (a BLOB)"),
])
def test_a_document_title_or_text_stored_as_a_blob_is_named(sound, tmp_path, column, said):
    """The search index check folds a document's title and text: a BLOB there stopped
    verify with a TypeError. The same bytes as a BLOB hash the same, yet readers that
    expect text fail on them, so verify names it."""
    path, _ann, other = sound
    copy = tmp_path / "copy.wbproj"
    shutil.copyfile(path, copy)
    conn = raw_connect(copy, isolation_level=None)
    conn.execute(f"UPDATE documents SET {column} = CAST({column} AS BLOB)")
    conn.execute("UPDATE annotations SET status = 'rejected' WHERE id = ?", (other,))
    conn.close()
    with Project.open(copy) as project:
        problems = verify(project).problems
    assert any(p.startswith(said) for p in problems), problems
    assert any(p.startswith(f"annotation {other}: its status is") for p in problems), problems


@pytest.mark.parametrize("column", ["prefix", "suffix"])
@pytest.mark.parametrize("value", ["x''", "CAST('x' AS BLOB)", "' '"])
def test_a_derived_rows_context_other_than_empty_text_is_read_as_stored_everywhere(
        sound, tmp_path, column, value):
    """A derived row stores '' in its contexts; anything else there (only a change
    outside the program) is read as it stands by SQL (``quotes.sql``, the view) and so
    by Python too (``quotes.fill``): readers agree, and verify names the change. An
    empty BLOB was read as derived by Python alone, and verify was silent about it."""
    path, ann, _other = sound
    copy = tmp_path / "copy.wbproj"
    shutil.copyfile(path, copy)
    conn = raw_connect(copy, isolation_level=None)
    conn.execute(f"UPDATE annotations SET {column} = {value} WHERE id = ?", (ann,))
    conn.close()
    with Project.open(copy) as project:
        row = project.repo.get("annotation", ann)
        in_sql = project.conn.execute(
            f"SELECT {quotes.sql('a', column)} FROM annotations a WHERE id = ?",
            (ann,)).fetchone()[0]
        view = project.conn.execute(f"SELECT {column} FROM annotation_quotes WHERE id = ?",
                                    (ann,)).fetchone()[0]
        assert row[column] == in_sql == view
        problems = verify(project).problems
    assert any(p.startswith(f"annotation {ann}: its {column} is") for p in problems), problems


@pytest.mark.parametrize("log, column", [("audit", "after"), ("audit", "coder"),
                                         ("custody", "filename")])
def test_a_log_value_stored_as_a_blob_is_named_and_the_history_still_reads(
        sound, tmp_path, log, column):
    """The same bytes as a BLOB hash the same, so the chain holds; with the append-only
    guards put back, nothing else showed the edit, and the history stopped with a
    TypeError on an image stored as bytes."""
    path, _ann, _other = sound
    copy = tmp_path / "copy.wbproj"
    shutil.copyfile(path, copy)
    with Project.open(copy) as project:
        history = project.repo.audit()
    conn = raw_connect(copy, isolation_level=None)
    for t in schema.LOG_TRIGGERS:
        conn.execute(f"DROP TRIGGER {t}")
    seq = conn.execute(f"SELECT max(seq) FROM {log} WHERE typeof({column}) = 'text'"
                       ).fetchone()[0]
    conn.execute(f"UPDATE {log} SET {column} = CAST({column} AS BLOB) WHERE seq = ?", (seq,))
    conn.executescript(schema._LOG_TRIGGERS)
    conn.close()
    with Project.open(copy) as project:
        problems = verify(project).problems
        assert project.repo.audit() == history
    name = "audit entry" if log == "audit" else "custody entry"
    assert problems == [f"{name} {seq}: its {column} is stored as bytes (a BLOB) where the "
                        "program writes text (changed outside the program)."]
