"""core.timeline_index.findings: a rowid range whose entries all equal what the
annotations make is settled inside one statement (no row fetched and compared in
Python); every kind of difference still leaves the range to the comparison that names
its rows, one range or several."""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import timeline_index
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project


@pytest.fixture
def dated(tmp_path):
    """Dated annotations of three kinds, one undated, one in the trash."""
    project = make_project(tmp_path)
    doc = add_doc(project)
    quote = "killed at least 12 civilians"
    ids = {
        "stmt": ann_ops.annotate_quote(project, doc, "statement", "a provincial official said",
                                       {"speaker": "An official", "date": "2024-03-03"}).result,
        "cas": ann_ops.annotate_quote(project, doc, "casualty", quote,
                                      {"outcome": "killed", "count_low": 12, "count_high": 15,
                                       "perpetrator": "Crescent Brigade",
                                       "incident_date": "2024-03"}).result,
        "event": ann_ops.annotate_quote(project, doc, "event", "Artillery fire",
                                        {"start_date": "2024-03-01",
                                         "end_date": "2024-03-04"}).result,
        "undated": ann_ops.annotate_quote(project, doc, "claim", "The Crescent Brigade claimed",
                                          {"claimant": "Crescent Brigade"}).result,
        "trashed": ann_ops.annotate_quote(project, doc, "statement", "the army denied",
                                          {"speaker": "The army", "date": "2024-03-04"}).result,
    }
    ann_ops.trash_annotations(project, [ids["trashed"]])
    project.ids = ids  # type: ignore[attr-defined]
    yield project
    project.close()


def rowid(project: Project, key: str) -> int:
    return project.conn.execute("SELECT rowid FROM annotations WHERE id = ?",
                                (project.ids[key],)).fetchone()[0]  # type: ignore[attr-defined]


def no_python_comparison(monkeypatch) -> None:
    def refused(*_args, **_kwargs):
        raise AssertionError("a range was compared row by row in Python")
    monkeypatch.setattr(timeline_index, "compute", refused)


@pytest.mark.parametrize("chunk", [timeline_index.CHUNK_ROWIDS, 1, 2])
def test_a_sound_table_is_settled_without_a_row_compared_in_python(dated, monkeypatch,
                                                                     chunk):
    monkeypatch.setattr(timeline_index, "CHUNK_ROWIDS", chunk)
    no_python_comparison(monkeypatch)
    assert timeline_index.findings(dated.conn) == []


def edits(project: Project) -> dict[str, str]:
    """Each change outside the program, as SQL on the project; every one must be named."""
    stmt, cas, event = (rowid(project, k) for k in ("stmt", "cas", "event"))
    trashed, undated = rowid(project, "trashed"), rowid(project, "undated")
    return {
        "a day moved": f"UPDATE timeline_index SET end_day = end_day + 1 WHERE ann_rowid = {event}",
        "a count changed": f"UPDATE timeline_index SET count_high = 16 WHERE ann_rowid = {cas}",
        "a count turned to words": (f"UPDATE timeline_index SET count_low = 'twelve' "
                                    f"WHERE ann_rowid = {cas}"),
        "a count removed": f"UPDATE timeline_index SET count_low = NULL WHERE ann_rowid = {cas}",
        "the actors changed": (f"UPDATE timeline_index SET actors = '[\"The army\"]' "
                               f"WHERE ann_rowid = {cas}"),
        "the actors removed": f"UPDATE timeline_index SET actors = NULL WHERE ann_rowid = {cas}",
        "the status changed": f"UPDATE timeline_index SET status = 2 WHERE ann_rowid = {stmt}",
        "the kind as bytes": (f"UPDATE timeline_index SET kind = CAST(kind AS BLOB) "
                              f"WHERE ann_rowid = {stmt}"),
        "the document changed": (f"UPDATE timeline_index SET doc_id = doc_id + 1 "
                                 f"WHERE ann_rowid = {stmt}"),
        "an entry removed": f"DELETE FROM timeline_index WHERE ann_rowid = {event}",
        "an entry for a trashed annotation": (
            f"INSERT INTO timeline_index VALUES ({trashed}, 1, 'statement', 0, 19786, "
            "19786, NULL, NULL, '[\"The army\"]')"),
        "an entry for an undated annotation": (
            f"INSERT INTO timeline_index VALUES ({undated}, 1, 'claim', 0, 19786, 19786, "
            "NULL, NULL, NULL)"),
        "an entry for no annotation": ("INSERT INTO timeline_index VALUES (999, 1, "
                                       "'statement', 0, 1, 1, NULL, NULL, NULL)"),
        "an annotation's date changed": (
            "UPDATE annotations SET fields = json_set(fields, '$.date', '2024-03-05') "
            f"WHERE rowid = {stmt}"),
        "an annotation's count changed": (
            "UPDATE annotations SET fields = json_set(fields, '$.count_low', 13) "
            f"WHERE rowid = {cas}"),
    }


@pytest.mark.parametrize("chunk", [timeline_index.CHUNK_ROWIDS, 2])
def test_each_difference_is_named(dated, monkeypatch, chunk):
    monkeypatch.setattr(timeline_index, "CHUNK_ROWIDS", chunk)
    conn = dated.conn
    for name, sql in edits(dated).items():
        conn.execute("SAVEPOINT edit")
        try:
            conn.execute(sql)
            found = timeline_index.findings(conn)
            assert len(found) == 1 and "1 entry differs" in found[0], (name, found)
        finally:
            conn.execute("ROLLBACK TO edit")
            conn.execute("RELEASE edit")
    assert timeline_index.findings(conn) == []


def test_a_range_it_cannot_read_is_compared_the_way_that_names_its_rows(dated):
    """An entry whose text is not UTF-8 stops the statement, as it stops a fetch: the
    range goes to the comparison row by row, which says what it said before."""
    conn = dated.conn
    stmt = rowid(dated, "stmt")
    conn.execute(f"UPDATE timeline_index SET actors = CAST(x'ff22' AS TEXT) "
                 f"WHERE ann_rowid = {stmt}")
    with pytest.raises(Exception, match=r"decode|UTF-8|utf-8"):
        timeline_index.findings(conn)
