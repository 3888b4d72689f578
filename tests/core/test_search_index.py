"""The search index without its own copy of the words (schema 16, ``core/searchindex.py``):
kept in step by every kind of write, safe against tools without the folding function,
rebuilt when the folding changes, checked by verify, and migrated losslessly."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import ARABIC, REPORT, add_doc, before_derived_quotes, make_project, raw_connect
from workbench.core import indexcheck, schema, searchindex
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.ops import history
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project
from workbench.core.search import fts_terms, search
from workbench.core.segments import document_entries
from workbench.core.verify import verify

QUERIES = ("wounded", "civilians", "shelling market", "civil*", "checked", "killed",
           "قتلوا", "مدنيين", "المتحدث", "القصف 😀", "brigade", "نهر")


def _findings(project: Project) -> list[str]:
    return [f.problem for f in indexcheck.findings(project.conn)]


def _worked(folder: Path) -> Path:
    """English and Arabic documents and annotations, edited, trashed, restored, deleted."""
    with make_project(folder) as project:
        doc = add_doc(project)
        arabic = add_doc(project, ARABIC + "وقال إن نهر العاصي فاض.\n", "ar.txt")
        gone_doc = add_doc(project, "Shelling near the river killed two.\n", "gone.txt")
        a = [ann_ops.annotate_quote(project, doc, "casualty", q, {"outcome": "wounded"}
                                    ).result
             for q in ("wounded four troops", "killed", "civilians")]
        b = [ann_ops.annotate_quote(project, arabic, "claim", q).result
             for q in ("قُتِلوا", "ثلاثةَ مدنيين", "نهر العاصي")]
        ann_ops.annotate_quote(project, gone_doc, "casualty", "killed two")
        ann_ops.update_annotation(project, a[0], memo="checked twice")
        ann_ops.update_annotation(project, b[0], fields={"claimant": "المتحدث الرسمي"})
        ann_ops.trash_annotations(project, [a[1], b[1]])
        history.undo(project)  # b[1] and a[1] back
        ann_ops.trash_annotations(project, [a[2]])
        ann_ops.annotate_quote(project, doc, "claim", "Crescent Brigade")
        history.undo(project)  # deleted for good
        doc_ops.trash_document(project, gone_doc)
        return project.path


def _as_schema_15(path: Path) -> None:
    """Put the index back as schema 15 kept it: a folded copy of each row (migration 2)
    under keys (migration 5), built by the same folding the program used then."""
    conn = raw_connect(path, isolation_level=None)
    conn.execute("BEGIN")
    before_derived_quotes(conn)  # quotes in full, as a file of schema 15 holds them
    for name in searchindex.TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP VIEW search_source")
    conn.execute("DROP TABLE search")
    conn.execute("DROP TABLE search_documents")
    conn.execute("DELETE FROM meta WHERE key = ?", (searchindex.FOLD_META,))
    conn.execute("DELETE FROM migrations WHERE version >= 16")  # and those after it
    conn.execute("CREATE VIRTUAL TABLE search USING fts5(body, doc_id UNINDEXED, "
                 "ann_id UNINDEXED, field UNINDEXED, "
                 "tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("CREATE TABLE search_keys (key TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL) "
                 "WITHOUT ROWID")

    def add(key: str, body: str, doc_id: int, ann_id: str | None, field: str) -> None:
        cur = conn.execute("INSERT INTO search(body, doc_id, ann_id, field) "
                           "VALUES (?, ?, ?, ?)", (body, doc_id, ann_id, field))
        conn.execute("INSERT INTO search_keys VALUES (?, ?)", (key, cur.lastrowid))

    for doc_id, title, text in conn.execute("SELECT id, title, text FROM documents "
                                            "WHERE deleted_at IS NULL").fetchall():
        for key, body in document_entries(doc_id, title or "", text):
            add(key, body, doc_id, None, "text")
    for ann_id, doc_id, exact, fields, memo in conn.execute(
            "SELECT id, doc_id, exact, fields, memo FROM annotations "
            "WHERE deleted_at IS NULL ORDER BY modified_at").fetchall():
        add(f"a:{ann_id}", searchindex.annotation_body(exact, json.loads(fields), memo), doc_id,
            ann_id, "annotation")
    conn.execute("PRAGMA user_version = 15")
    conn.execute("COMMIT")
    conn.close()


def _schema_15_ranking(path: Path, query: str) -> list[tuple]:
    """What schema 15's search ranked for ``query``: its query, run on its index."""
    conn = sqlite3.connect(path)
    trashed = [r[0] for r in conn.execute("SELECT id FROM documents "
                                          "WHERE deleted_at IS NOT NULL")]
    rows = conn.execute(
        "SELECT bm25(search) AS score, doc_id, coalesce(ann_id, ''), field FROM search "
        f"WHERE search MATCH ? AND doc_id NOT IN ({','.join('?' * len(trashed))}) "
        "ORDER BY score", [" ".join(fts_terms(query)), *trashed]).fetchall()
    conn.close()
    return sorted(rows)


def _ranking(project: Project, query: str) -> list[tuple]:
    return sorted((h["score"], h["doc_id"], h["ann_id"] or "", h["field"])
                  for h in project.repo.search(fts_terms(query), limit=1000))


def _hits(project: Project, query: str) -> set:
    return set(search(project, query, limit=1000))


def test_migration_16_keeps_every_result_score_and_snippet(tmp_path):
    path = _worked(tmp_path)
    with Project.open(path) as project:
        hits = {q: _hits(project, q) for q in QUERIES}
    _as_schema_15(path)
    before = {q: _schema_15_ranking(path, q) for q in QUERIES}
    assert all(before[q] for q in QUERIES)  # every query finds something
    with Project.open(path) as project:  # migrated
        assert schema.current_version(project.conn) == schema.LATEST
        assert not project.conn.execute("SELECT 1 FROM sqlite_master "
                                        "WHERE name = 'search_keys'").fetchone()
        for q in QUERIES:
            assert _ranking(project, q) == before[q], q  # the same rows, the same bm25
            assert _hits(project, q) == hits[q], q
        assert _findings(project) == []
        assert verify(project).ok


def test_a_crash_inside_migration_16_leaves_the_old_index(tmp_path, monkeypatch):
    path = _worked(tmp_path)
    _as_schema_15(path)
    before = _schema_15_ranking(path, "wounded")
    real = searchindex.rebuild

    def dies_at_the_end(conn):
        real(conn)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(searchindex, "rebuild", dies_at_the_end)
    with pytest.raises(Exception, match="could not be upgraded"):
        Project.open(path)
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 15
    assert conn.execute("SELECT count(*) FROM search_keys").fetchone()[0] > 0
    conn.close()
    assert _schema_15_ranking(path, "wounded") == before
    with Project.open(path) as project:
        assert _ranking(project, "wounded") == before


def test_every_kind_of_write_keeps_the_index_equal_to_its_sources(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        with project.write("many at once") as tx:  # written, edited, deleted in one txn
            row = tx.repo.get("annotation", ann)
            tx.update("annotation", ann, {"memo": "zebraword"})
            tx.update("annotation", ann, {"memo": "okapiword"})
            tx.delete("annotation", ann)
            tx.insert("annotation", {**row, "id": "again", "memo": "quaggaword"})
        assert [h.annotation_id for h in search(project, "quaggaword")] == ["again"]
        assert search(project, "zebraword") == search(project, "okapiword") == []
        create_annotations(project, [NewAnnotation(doc, "claim", 0, 7, {}, memo="ibexword")
                                     for _ in range(30)])
        assert len(search(project, "ibexword")) == 30
        history.undo(project)  # thirty rows deleted for good
        assert search(project, "ibexword") == []
        ann_ops.trash_annotations(project, ["again"])
        assert search(project, "quaggaword") == []
        ann_ops.restore_annotations(project, ["again"])
        assert len(search(project, "quaggaword")) == 1
        doc_ops.update_metadata(project, doc, title="Renamed tapirword")
        assert [h.doc_id for h in search(project, "tapirword")] == [doc]
        doc_ops.trash_document(project, doc)
        assert search(project, "tapirword") == search(project, "quaggaword") == []
        doc_ops.restore_document(project, doc)
        assert len(search(project, "tapirword quaggaword")) == 0  # no row holds both
        assert len(search(project, "quaggaword")) == 1
        assert _findings(project) == []


def test_a_tool_without_the_function_can_read_but_not_change_an_annotations_words(tmp_path):
    path = _worked(tmp_path)
    with Project.open(path) as project:
        before = _ranking(project, "wounded")
        ann = before[0][2]
    conn = sqlite3.connect(path, isolation_level=None)  # no wb_search_body here
    assert conn.execute("SELECT rowid, bm25(search) FROM search WHERE search MATCH "
                        "'wounded'").fetchall()
    for sql in ("UPDATE annotations SET memo = 'planted' WHERE id = ?",
                "DELETE FROM annotations WHERE id = ?",
                "INSERT INTO annotations(id, doc_id, kind, start, \"end\", exact, coder, "
                "created_at, modified_at) SELECT 'new', doc_id, kind, 0, 1, 'S', coder, "
                "created_at, modified_at FROM annotations WHERE id = ?",
                "SELECT body FROM search WHERE rowid = (SELECT rowid FROM annotations "
                "WHERE id = ?)"):
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            conn.execute(sql, (ann,)).fetchall()
    conn.execute("UPDATE annotations SET status = 'rejected' WHERE id = ?", (ann,))
    conn.close()
    with Project.open(path) as project:
        assert _ranking(project, "wounded") == before
        assert _findings(project) == []


def test_a_dropped_trigger_is_named_and_a_rebuild_repairs_the_index(tmp_path):
    path = _worked(tmp_path)
    conn = raw_connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER search_annotation_update")
    conn.execute("UPDATE annotations SET memo = 'planted' WHERE rowid = "
                 "(SELECT min(rowid) FROM annotations WHERE deleted_at IS NULL)")
    conn.close()
    with Project.open(path) as project:
        said = "\n".join(verify(project).problems)
        assert "search index: search_annotation_update is missing" in said
        with project.conn:
            project.conn.execute("BEGIN IMMEDIATE")
            searchindex.rebuild(project.conn)
        assert _findings(project) == []
        assert len(search(project, "planted")) == 1


def test_an_index_folded_by_another_version_is_rebuilt_when_opened(tmp_path, monkeypatch):
    path = _worked(tmp_path)
    real = searchindex.joined_body  # what every annotation's body is folded by
    made_by = searchindex.FOLD_VERSION
    monkeypatch.setattr(searchindex, "FOLD_VERSION", "2-test")
    monkeypatch.setattr(searchindex, "joined_body",
                        lambda *a: real(*a) + " newfoldmark")
    with Project.open(path, read_only=True) as project:  # cannot rebuild: names it
        said = "\n".join(_findings(project))
        assert f"folded by another version ({made_by}, this one folds as 2-test)" in said
        assert search(project, "newfoldmark") == []
    with Project.open(path) as project:  # rebuilt before any write
        assert searchindex.fold_version(project.conn) == "2-test"
        live = project.conn.execute("SELECT count(*) FROM annotations a JOIN documents d "
                                    "ON d.id = a.doc_id WHERE a.deleted_at IS NULL "
                                    "AND d.deleted_at IS NULL").fetchone()[0]
        assert len(search(project, "newfoldmark")) == live
        ann = search(project, "newfoldmark")[0].annotation_id
        ann_ops.update_annotation(project, ann, memo="edited after")
        assert _findings(project) == []


def test_an_encrypted_project_keeps_and_checks_its_index(tmp_path):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "enc.wbproj"
    with Project.create(path, coder="tester", passphrase="pass phrase") as project:
        doc = add_doc(project, REPORT + ARABIC)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        ann_ops.update_annotation(project, ann, memo="okapiword")
    with Project.open(path, passphrase="pass phrase") as project:
        assert [h.annotation_id for h in search(project, "okapiword")] == [ann]
        assert [h.doc_id for h in search(project, "قتلوا")] == [doc]
        assert verify(project).ok
        with project.conn:
            project.conn.execute("BEGIN IMMEDIATE")
            project.conn.execute("UPDATE search SET body = body || ' massacre' WHERE rowid "
                                 "= (SELECT rowid FROM annotations WHERE id = ?)", (ann,))
        assert any(f"annotation {ann}: its search index entry does not match" in p
                   for p in verify(project).problems)


@pytest.mark.parametrize("chunk", [1 << 22, 40])  # one statement, or one every few rows
def test_documents_indexed_together_get_the_rows_one_at_a_time_gives(tmp_path, monkeypatch,
                                                                     chunk):
    monkeypatch.setattr(searchindex, "_JSON_ROWS_MAX", chunk)
    docs = [(1, "Report", REPORT), (2, "تقرير", ARABIC), (3, 'Quotes "and" \\ slashes',
            'He said "no".\n\tC:\\path\\ and \\u0041 stay as written.\n'),
            (4, None, "A NUL \x00 in the middle, and text after it.\n"),
            (5, "Long", "A paragraph of words.\n" * 40)]
    found = {}
    for way in ("together", "alone"):
        conn = sqlite3.connect(tmp_path / f"{way}.db")
        searchindex.register(conn)
        conn.execute("CREATE TABLE annotations (exact, fields, memo, deleted_at)")
        for sql in searchindex.OBJECTS.values():
            conn.execute(sql)
        if way == "together":
            searchindex.add_documents(conn, docs)
        else:
            for doc_id, title, text in docs:
                searchindex.replace_document(conn, doc_id, title, text)
        found[way] = (conn.execute("SELECT rid, body FROM search_documents ORDER BY rid"
                                   ).fetchall(),
                      conn.execute("SELECT id, sz FROM search_docsize ORDER BY id").fetchall(),
                      conn.execute("SELECT rowid FROM search WHERE search MATCH 'after'"
                                   ).fetchall())
        conn.close()
    assert found["together"] == found["alone"]
    bodies = dict(found["together"][0])
    assert bodies[-4].endswith("a nul \x00 in the middle, and text after it.\n")  # not cut
    assert bodies[-3] == 'quotes "and" \\ slashes\nhe said "no".\n\tc:\\path\\ and \\u0041 ' \
                        'stay as written.\n'
