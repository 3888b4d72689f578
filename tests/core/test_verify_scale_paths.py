"""The check paths verify takes for speed at 1,000,000 annotations (issue 15): each one
settles a sound row without Python, and every change made outside the program still
reaches the exact comparison and is named.

- the rebuild's comparison inside SQLite nests a JSON column as stored (``json()``
  only for a row stored with spaces, as rows before schema 20 are);
- the rebuild's quote scan reads the annotations in table order with the texts held
  (sorted by document when they do not fit);
- the search index's folding takes a derived quote as text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import rawread, rebuild, schema, searchindex, store
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """A small project with derived quotes and fields, closed; each test edits a copy."""
    folder = tmp_path_factory.mktemp("scale-paths")
    with make_project(folder) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                     {"outcome": "wounded", "count_low": 4}).result
        other = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        assert verify(project).ok
        return {"doc": doc, "ann": ann, "other": other, "path": project.path}


def _copy(built: dict, tmp_path: Path) -> Path:
    target = tmp_path / "copy.wbproj"
    target.write_bytes(Path(built["path"]).read_bytes())
    return target


def _edit(path: Path, *statements: tuple[str, tuple]) -> None:
    conn = raw_connect(path, isolation_level=None)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.close()


def _suspects(path: Path) -> set[str]:
    """The annotations the comparison inside SQLite leaves to Python."""
    conn = store.open_reader(path)
    try:
        with rawread.bytes_mode(conn):
            table, pk = rebuild.TABLES["annotation"]
            return {rawread.text(k) for k in rawread.suspect_keys(
                conn, "annotation", table, pk, rebuild._sql_match(conn, "annotation"))}
    finally:
        conn.close()


def _problems(path: Path) -> list[str]:
    with Project.open(path) as project:
        return verify(project).problems


def test_the_sound_rows_are_settled_inside_sqlite(built, tmp_path):
    assert _suspects(_copy(built, tmp_path)) == set()


def test_fields_stored_with_spaces_are_settled_inside_sqlite_and_read_the_same(built,
                                                                               tmp_path):
    # How a row written before schema 20 stores its fields: the same values, spaced.
    path = _copy(built, tmp_path)
    _edit(path, ("UPDATE annotations SET fields = '{\"count_low\": 4, \"outcome\": "
                 "\"wounded\"}' WHERE id = ?", (built["ann"],)))
    assert _suspects(path) == set()
    assert _problems(path) == []


@pytest.mark.parametrize("fields, said", [
    ('{"count_low":5,"outcome":"wounded"}', "its fields is"),
    ('{"count_low": 5, "outcome": "wounded"}', "its fields is"),
    ('{"count_low":4,"outcome":"wounded"},1', "fields"),
    ('{"count_low":4', "fields"),
])
def test_fields_changed_outside_the_program_are_named(built, tmp_path, fields, said):
    path = _copy(built, tmp_path)
    _edit(path, ("UPDATE annotations SET fields = ? WHERE id = ?", (fields, built["ann"])))
    assert _suspects(path) == {built["ann"]}
    named = [p for p in _problems(path) if f"annotation {built['ann']}" in p]
    assert named and said in named[0]


def test_a_packed_value_written_out_in_full_is_the_same_image(built, tmp_path):
    # The image's logical text is unchanged (the chain hashes that), so only the
    # dropped guard is news; the row is compared in Python and found the same.
    path = _copy(built, tmp_path)
    drop = [(f"DROP TRIGGER {t}", ()) for t in schema.LOG_TRIGGERS]
    _edit(path, *drop, ("UPDATE audit SET after = replace(after, char(2), '\"anchored\"') "
                        "WHERE entity_id = ?", (built["ann"],)))
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM audit WHERE entity_id = ? AND "
                        "instr(after, '\"anchored\"')", (built["ann"],)).fetchone()[0] > 0
    conn.close()
    assert _suspects(path) == {built["ann"]}
    problems = _problems(path)
    assert problems and all("append-only guard" in p for p in problems)


def test_a_packed_value_swapped_for_another_is_named(built, tmp_path):
    # "anchored" (2) read as "accepted" (3) in the last image: the chain breaks and the
    # row no longer matches its image.
    path = _copy(built, tmp_path)
    drop = [(f"DROP TRIGGER {t}", ()) for t in schema.LOG_TRIGGERS]
    _edit(path, *drop, ("UPDATE audit SET after = replace(after, char(2), char(3)) "
                        "WHERE seq = (SELECT max(seq) FROM audit WHERE entity_id = ?)",
                        (built["ann"],)))
    said = "\n".join(_problems(path))
    assert "its hash does not follow" in said
    assert f"annotation {built['ann']}: its anchor is" in said


def test_an_edited_derived_quote_is_named(built, tmp_path):
    path = _copy(built, tmp_path)
    _edit(path, ("UPDATE annotations SET exact = 'wounded five troops' WHERE id = ?",
                 (built["ann"],)))
    said = "\n".join(_problems(path))
    assert f"annotation {built['ann']}: its exact is" in said


def test_a_derived_row_moved_to_a_document_that_is_not_there_is_named(built, tmp_path):
    path = _copy(built, tmp_path)
    _edit(path, ("UPDATE annotations SET doc_id = 999 WHERE id = ?", (built["other"],)))
    said = "\n".join(_problems(path))
    assert f"annotation {built['other']}: its doc_id is" in said


@pytest.mark.parametrize("statement, scanned", [
    ("UPDATE annotations SET prefix = 'forged ' WHERE id = :id", True),
    ("UPDATE annotations SET suffix = 'forged' WHERE id = :id", True),
    ("UPDATE annotations SET prefix = x'' WHERE id = :id", True),  # only '' is derived
    ("UPDATE annotations SET \"end\" = 999999 WHERE id = :id", True),
    ("UPDATE annotations SET \"end\" = 'x' WHERE id = :id", True),
    ("UPDATE annotations SET exact = 'other words' WHERE id = :id", True),
    ("UPDATE annotations SET doc_id = 999 WHERE id = :id", True),
    # A derived quote follows its span, so it is the text's there: the scan has
    # nothing to say; the comparison inside SQLite names the moved span.
    ("UPDATE annotations SET start = start + 1 WHERE id = :id", False),
])
def test_the_quote_scan_names_the_same_rows_with_the_texts_held_or_not(
        built, tmp_path, monkeypatch, statement, scanned):
    path = _copy(built, tmp_path)
    conn = raw_connect(path, isolation_level=None)
    conn.execute(statement, {"id": built["ann"]})
    conn.close()
    conn = store.open_reader(path)
    try:
        with rawread.bytes_mode(conn):
            held = set(rebuild._quote_suspects(conn))
            monkeypatch.setattr(rebuild, "TEXTS_HELD", 0)  # sorted by document instead
            sorted_read = set(rebuild._quote_suspects(conn))
    finally:
        conn.close()
    assert held == sorted_read
    assert ({rawread.key_bytes(k) for k in held} == {rawread.key_bytes(built["ann"])}) \
        is scanned
    assert any(f"annotation {built['ann']}" in p for p in _problems(path))


def test_the_folding_gives_one_body_for_a_quote_as_text_or_as_a_blob():
    fields = b'{"speaker":"Le Ministre","n":3}'
    assert searchindex.body("Blessés à Gaza", fields, b"Memo") == \
        searchindex.body("Blessés à Gaza".encode(), fields, b"Memo") == \
        "blesses a gaza le ministre 3 memo"
    # No memo (NULL), and damaged bytes: the slow way, as before.
    assert searchindex.body("Quote", fields, None) == "quote le ministre 3 "
    assert searchindex.body(b"\xffQuote", fields, b"M") == "\ufffdquote le ministre 3 m"


def test_fields_turned_into_a_blob_with_the_same_bytes_are_named(built, tmp_path):
    # SQLite's json_valid() and json() read a BLOB as the text its bytes spell, so the
    # comparison inside SQLite matched such a row with its image and said nothing.
    path = _copy(built, tmp_path)
    _edit(path, ("UPDATE annotations SET fields = CAST(fields AS BLOB) WHERE id = ?",
                 (built["ann"],)))
    assert _suspects(path) == {built["ann"]}
    said = "\n".join(_problems(path))
    assert f"annotation {built['ann']}: its fields is stored in the annotations table " \
           "as bytes (a BLOB)" in said
