"""Derived quotes (schema 20, ``core/quotes.py``): an anchored annotation row stores no
quote its document's text gives, and every reader gives the same values as from a row
that stores them in full."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.helpers import (
    ARABIC,
    REPORT,
    SchemaBefore,
    add_doc,
    crash_in_migration,
    make_project,
    quotes_in_full,
    raw_connect,
)
from workbench.core import ann_pages, indexcheck, quotes, rebuild, schema
from workbench.core.exchange import write_file
from workbench.core.exporters import export
from workbench.core.merge import merge_projects
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.ops import history
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.ops.importing import text_sha256
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter
from workbench.core.search import search
from workbench.core.verify import verify

DERIVED = next(m.version for m in schema.MIGRATIONS if m.name == "derived_quotes")


def _stored(conn, ann_id: str) -> tuple:
    return conn.execute("SELECT typeof(exact), exact, prefix, suffix FROM annotations "
                        "WHERE id = ?", (ann_id,)).fetchone()[:4]


def _span(project: Project, doc: int, start: int, end: int, *, like: str | None = None,
          ann: str | None = None) -> str:
    """A row at any span (zero-length ones too, which only the write path itself makes):
    a new one copied from ``like``, or ``ann`` moved there, its quote the text's."""
    text = project.repo.get("document", doc)["text"]
    values = dict(zip(("exact", "prefix", "suffix"), quotes.quote_of(text, start, end),
                      strict=True))
    with project.write("test") as tx:
        if ann is not None:
            tx.update("annotation", ann, {"start": start, "end": end, **values})
            return ann
        row = {k: v for k, v in project.repo.get("annotation", like).items()}
        row.update(id=f"z{start:09d}{end:010d}", start=start, end=end, **values)
        return tx.insert("annotation", row)["id"]


def _work(project: Project) -> dict[str, str]:
    """Annotations of every shape: middle, both edges of a text, zero-length spans,
    Arabic with an emoji, a trashed one, an edited span, one re-anchored by a re-import."""
    doc = add_doc(project)
    arabic = add_doc(project, ARABIC, "ar.txt", language="ar")
    n = len(REPORT)
    made = {
        "middle": ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                         {"outcome": "wounded", "count_low": 4}).result,
        "first": ann_ops.create_annotation(project, doc, "claim", 0, 8).result,
        "last": ann_ops.create_annotation(project, doc, "claim", n - 6, n).result,

        "arabic": ann_ops.annotate_quote(project, arabic, "claim", "ثلاثةَ مدنيين").result,
        "trashed": ann_ops.annotate_quote(project, doc, "claim", "Artillery fire").result,
        "moved": ann_ops.annotate_quote(project, doc, "casualty", "killed",
                                        {"outcome": "killed"}).result,
    }
    # A quote a spreadsheet would read as a formula: the CSV protects it, derived or not.
    # (Its title is plain, so only the quote's own cell can ask for protection.)
    sheet = add_doc(project, "Wire copy\n\n=1+2 is what the wire wrote.\n", "f.txt")
    made["formula"] = ann_ops.annotate_quote(project, sheet, "claim", "=1+2 is").result
    for name, at in (("empty_at_start", 0), ("empty_at_end", n), ("empty_inside", 40)):
        made[name] = _span(project, doc, at, at, like=made["first"])
    ann_ops.trash_annotations(project, [made["trashed"]])
    row = project.repo.get("annotation", made["moved"])
    _span(project, doc, row["start"] - 4, row["end"], ann=made["moved"])
    ann_ops.update_annotation(project, made["middle"], memo="checked against the wire")
    return made


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> dict:
    """The same project twice: as written (derived quotes), and with every quote stored
    in full again (what the file held before schema 20)."""
    folder = tmp_path_factory.mktemp("quotes")
    with make_project(folder, "derived.wbproj") as project:
        made = _work(project)
        derived = project.path
    full = folder / "full.wbproj"
    shutil.copyfile(derived, full)
    conn = raw_connect(full, isolation_level=None)
    written = quotes_in_full(conn)
    conn.close()
    assert written >= 7  # every live anchored row but the moved one's context
    return {"derived": derived, "full": full, "made": made}


def _readers(project: Project, tmp_path: Path) -> dict:
    repo, out = project.repo, {}
    ids = sorted(r["id"] for r in repo.all_rows("annotation"))
    out["all_rows"] = repo.all_rows("annotation")
    out["get"] = [repo.get("annotation", i) for i in ids]
    out["iter"] = list(repo.iter_annotations())
    out["trashed"] = repo.annotations(trashed=True)
    out["by_doc"] = [repo.annotations(doc_id=d["id"]) for d in repo.documents()]
    out["spans"] = repo.annotation_spans(ids)
    listing = ann_pages.Listing(AnnotationFilter())
    out["page"] = ann_pages.page(project, listing, 0, 100)
    out["sorted"] = ann_pages.page(project, ann_pages.Listing(AnnotationFilter(), sort="text"),
                                   0, 100)
    out["filtered"] = ann_pages.ids(project, ann_pages.Listing(AnnotationFilter(text="troops")))
    for fmt in ("csv", "json", "w3c"):
        buf = io.StringIO()
        export(project, fmt, buf)
        out[fmt] = buf.getvalue()
    buf = io.StringIO()
    export(project, "csv", buf, AnnotationFilter(text="wounded"))
    out["csv_filtered"] = buf.getvalue()
    tmp_path.mkdir(parents=True, exist_ok=True)
    qdpx = tmp_path / f"{project.path.stem}.qdpx"
    write_file(project, "qdpx", qdpx)
    with zipfile.ZipFile(qdpx) as z:
        out["qdpx"] = z.read("project.qde")
    out["search"] = [(h.doc_id, h.annotation_id, h.snippet) for q in ("troops", "مدنيين", "killed")
                     for h in search(project, q)]
    if project.repo.derives_quotes():  # the view is migration 20's
        out["view"] = project.conn.execute(
            'SELECT id, start, "end", exact, prefix, suffix FROM annotation_quotes '
            "ORDER BY id").fetchall()
    out["sql"] = project.conn.execute(
        f"SELECT a.id, {quotes.sql('a', 'exact')}, {quotes.sql('a', 'prefix')}, "
        f"{quotes.sql('a', 'suffix')} FROM annotations a ORDER BY a.id").fetchall()
    report = verify(project)
    out["verify"] = (report.ok, report.problems, report.annotations)
    out["differences"] = list(rebuild.differences(project.conn))
    out["index"] = [f.problem for f in indexcheck.findings(project.conn)]
    return out


def test_a_new_anchored_annotation_stores_no_quote_and_reads_it_back(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        assert _stored(project.conn, ann) == ("blob", b"", "", "")
        row = project.repo.get("annotation", ann)
        text = project.repo.get("document", doc)["text"]
        assert (row["exact"], row["prefix"], row["suffix"]) == quotes.quote_of(
            text, row["start"], row["end"])
        assert row["exact"] == "wounded four troops"


def test_every_reader_gives_the_same_values_derived_or_stored_in_full(pair, tmp_path):
    with Project.open(pair["derived"], read_only=True) as project:
        derived = _readers(project, tmp_path / "d")
        held = project.conn.execute("SELECT count(*) FROM annotations a WHERE "
                                    f"{quotes.derived_sql('a')}").fetchone()[0]
    with Project.open(pair["full"], read_only=True) as project:
        full = _readers(project, tmp_path / "f")
        assert project.conn.execute("SELECT count(*) FROM annotations a WHERE "
                                    f"{quotes.derived_sql('a')}").fetchone()[0] == 0
    assert held >= 7  # the derived side does derive
    # The exports name their project's file: compared with the name put in its place.
    for name in full:
        got = derived[name]
        if isinstance(got, (str, bytes)):
            got = got.replace(*(("derived", "full") if isinstance(got, str)
                                else (b"derived", b"full")))
        assert got == full[name], name
    assert derived["verify"][0] and not derived["differences"] and not derived["index"]
    rows = {r["id"]: r for r in derived["all_rows"]}
    made = pair["made"]
    assert rows[made["empty_at_start"]]["prefix"] == "" and rows[made["empty_at_start"]][
        "exact"] == "" and rows[made["empty_at_start"]]["suffix"] == REPORT[:32]
    assert rows[made["empty_at_end"]]["suffix"] == "" and rows[made["empty_at_end"]][
        "prefix"] == REPORT[-32:]
    assert rows[made["last"]]["suffix"] == "" and rows[made["first"]]["prefix"] == ""
    assert "😀" in rows[made["arabic"]]["prefix"]
    assert "'=1+2" in derived["csv"] and "=1+2" in rows[made["formula"]]["exact"]


def test_edge_spans_are_stored_derived_and_never_confused_with_real_empty_values(pair):
    conn = sqlite3.connect(pair["derived"])
    try:
        made = pair["made"]
        for name in ("first", "last", "empty_at_start", "empty_at_end", "empty_inside",
                     "arabic", "middle", "trashed"):
            assert _stored(conn, made[name]) == ("blob", b"", "", ""), name
    finally:
        conn.close()
    # The stored form is decided on the values: all three empty is a derived row only
    # where the text itself gives three empties (an empty text), else it stays text.
    assert quotes.stored({"start": 0, "end": 0, "exact": "", "prefix": "", "suffix": ""},
                         "") == (quotes.MARK, "", "")
    assert quotes.stored({"start": 3, "end": 3, "exact": "", "prefix": "", "suffix": ""},
                         "abcdef") == ("", "", "")
    assert quotes.stored({"start": 0, "end": 3, "exact": "abc", "prefix": "", "suffix": "def",
                          "anchor": "reanchored"}, "abcdef") == ("abc", "", "def")
    assert quotes.stored({"start": 0, "end": 3, "exact": "abc", "prefix": "", "suffix": "def"},
                         None) == ("abc", "", "def")  # the text changes in this write


def test_a_row_whose_real_values_are_empty_stays_text_and_reads_empty(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.create_annotation(project, doc, "claim", 10, 20).result
        with project.write("test") as tx:  # orphaned: its span no longer applies
            tx.update("annotation", ann, {"anchor": "orphaned", "start": 10, "end": 10,
                                          "exact": "", "prefix": "", "suffix": ""})
        assert _stored(project.conn, ann) == ("text", "", "", "")
        row = project.repo.get("annotation", ann)
        assert (row["exact"], row["prefix"], row["suffix"]) == ("", "", "")
        assert verify(project).ok


def test_an_edit_of_the_span_stores_the_quote_anew_and_the_index_follows(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        row = project.repo.get("annotation", ann)
        _span(project, doc, row["start"] + 8, row["end"], ann=ann)
        assert project.repo.get("annotation", ann)["exact"] == "four troops"
        assert _stored(project.conn, ann)[0] == "blob"
        assert [h.annotation_id for h in search(project, "wounded") if h.annotation_id] == []
        assert [h.annotation_id for h in search(project, "troops")
                if h.annotation_id] == [ann]
        assert verify(project).ok and not list(indexcheck.findings(project.conn))


def test_bulk_writes_store_what_single_writes_store(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        single = ann_ops.create_annotation(project, doc, "claim", 5, 30).result
        bulk = create_annotations(project, [NewAnnotation(doc, "claim", 5, 30),
                                            NewAnnotation(doc, "claim", 0, 9)]).result
        assert _stored(project.conn, single) == _stored(project.conn, bulk[0])
        assert _stored(project.conn, bulk[1]) == ("blob", b"", "", "")
        one, two = (project.repo.get("annotation", i) for i in (single, bulk[0]))
        assert {k: one[k] for k in ("exact", "prefix", "suffix")} == {
            k: two[k] for k in ("exact", "prefix", "suffix")}
        assert verify(project).ok


def test_a_text_change_writes_the_quotes_out_first_and_undo_keeps_them(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        kept = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        lost = ann_ops.annotate_quote(project, doc, "claim", "Northgate Wire").result
        before = {a: project.repo.get("annotation", a) for a in (kept, lost)}
        new = tmp_path / "report.txt"
        new.write_text("A new first line.\n" + REPORT.replace("Northgate Wire", "a wire"),
                       encoding="utf-8")
        doc_ops.reimport(project, doc, new)
        text = project.repo.get("document", doc)["text"]
        after = {a: project.repo.get("annotation", a) for a in (kept, lost)}
        # Re-anchored and orphaned rows keep their quotes in full, as they were.
        assert after[kept]["anchor"] == "reanchored" and after[lost]["anchor"] == "orphaned"
        assert after[kept]["exact"] == "wounded four troops"
        assert after[lost]["exact"] == "Northgate Wire"
        assert text[after[kept]["start"]:after[kept]["end"]] == "wounded four troops"
        for a in (kept, lost):
            assert _stored(project.conn, a)[0] == "text"
        assert verify(project).ok and not list(indexcheck.findings(project.conn))
        history.undo(project)  # the old text back: the quotes are what they were
        again = {a: project.repo.get("annotation", a) for a in (kept, lost)}
        for a in (kept, lost):
            assert {k: again[a][k] for k in ("start", "end", "exact", "prefix", "suffix",
                                              "anchor")} == {
                k: before[a][k] for k in ("start", "end", "exact", "prefix", "suffix",
                                          "anchor")}
        report = verify(project)
        assert report.ok, report.problems
        assert not list(rebuild.differences(project.conn))
        assert not list(indexcheck.findings(project.conn))


def test_a_text_changed_in_the_write_that_adds_a_row_keeps_that_row_in_full(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        old = project.repo.get("document", doc)
        ann = ann_ops.create_annotation(project, doc, "claim", 0, 8).result
        with project.write("test") as tx:
            # The row is derived from the text as it is, then the text changes: the row
            # is written out before, and stays what it was.
            tx.update("annotation", ann, {"memo": "before the change"})
            text = "Replaced " + old["text"]
            tx.update("document", doc, {"text": text, "text_sha256": text_sha256(text)})
            added = tx.insert("annotation", {
                **{k: v for k, v in project.repo.get("annotation", ann).items()
                   if k not in ("id",)}, "id": "a" * 20, "start": 0, "end": 8,
                "exact": text[:8], "prefix": "", "suffix": text[8:40]})
        assert _stored(project.conn, ann) == ("text", old["text"][:8], "", old["text"][8:40])
        assert _stored(project.conn, added["id"])[0] == "text"
        assert project.repo.get("annotation", ann)["exact"] == old["text"][:8]


def test_verify_is_clean_on_derived_rows_and_names_every_tamper(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        anns = [ann_ops.annotate_quote(project, doc, "casualty", q).result
                for q in ("wounded four troops", "killed", "Artillery fire")]
        assert verify(project).ok
        path = project.path
    conn = raw_connect(path, isolation_level=None)
    conn.execute("UPDATE annotations SET prefix = 'forged ' WHERE id = ?", (anns[0],))
    conn.execute("UPDATE annotations SET start = start + 1 WHERE id = ?", (anns[1],))
    conn.execute("UPDATE annotations SET \"end\" = 999999 WHERE id = ?", (anns[2],))
    conn.close()
    with Project.open(path) as project:
        said = "\n".join(verify(project).problems)
    sentences = {a: [p for p in said.splitlines() if f"annotation {a}:" in p] for a in anns}
    assert any("its prefix is" in p for p in sentences[anns[0]])
    # A derived quote follows its span: the span changed, and so the quote read from it.
    assert any("its start is" in p and "its exact is" in p for p in sentences[anns[1]])
    assert any("its span" in p for p in sentences[anns[2]])


def test_a_text_changed_behind_its_hash_names_each_derived_quote(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        project.conn.execute("UPDATE documents SET text = replace(text, 'four', 'five')")
        said = "\n".join(verify(project).problems)
    assert f"document {doc}: its text no longer matches its hash" in said
    assert f"annotation {ann}: its quote is derived from its document's text" in said


def test_merging_carries_the_quotes_and_stores_them_derived(pair, tmp_path):
    with make_project(tmp_path, "target.wbproj") as target:
        merge_projects(target, [pair["derived"]])
        rows = {r["id"]: r for r in target.repo.all_rows("annotation")}
        with Project.open(pair["full"], read_only=True) as source:
            for r in source.repo.all_rows("annotation"):
                got = rows[r["id"]]
                assert {k: got[k] for k in ("exact", "prefix", "suffix")} == {
                    k: r[k] for k in ("exact", "prefix", "suffix")}
        assert _stored(target.conn, pair["made"]["middle"])[0] == "blob"
        report = verify(target)
        assert report.ok, report.problems


def test_an_exchange_file_round_trips(pair, tmp_path):
    from workbench.core.exchange.qdpx_read import read_qdpx

    qdpx = tmp_path / "x.qdpx"
    with make_project(tmp_path, "out.wbproj") as project:
        doc = add_doc(project)
        arabic = add_doc(project, ARABIC, "ar.txt", language="ar")
        for q in ("wounded four troops", "Shelling", "killed"):
            ann_ops.annotate_quote(project, doc, "claim", q)
        ann_ops.annotate_quote(project, arabic, "claim", "ثلاثةَ مدنيين")
        assert project.conn.execute("SELECT count(*) FROM annotations a WHERE "
                                    f"{quotes.derived_sql('a')}").fetchone()[0] == 4
        write_file(project, "qdpx", qdpx)
        want = sorted((r["exact"], r["start"], r["end"]) for r in project.repo.annotations())
    with make_project(tmp_path, "in.wbproj") as project:
        read_qdpx(project, qdpx)
        got = sorted((r["exact"], r["start"], r["end"]) for r in project.repo.annotations())
        assert got == want
        assert verify(project).ok


@pytest.fixture
def older(monkeypatch):
    """Projects made as the schema before derived quotes made them, until stopped."""
    return SchemaBefore(monkeypatch, DERIVED)


def _old_project(tmp_path: Path, older) -> tuple[Path, dict]:
    """A project of the schema before derived quotes, and what every reader gave on it."""
    with Project.create(tmp_path / "old.wbproj", coder="tester") as project:
        _work(project)
        read = _readers(project, tmp_path / "old")
        path = project.path
    older.stop()
    return path, read


def _full_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM annotations ORDER BY id").fetchall()
    finally:
        conn.close()


def test_the_migration_converts_rows_and_every_reader_agrees(tmp_path, older):
    path, before = _old_project(tmp_path, older)
    assert all(isinstance(r[5], str) for r in _full_rows(path))  # stored in full before
    with Project.open(path) as project:
        assert schema.current_version(project.conn) == schema.LATEST
        converted = project.conn.execute(
            f"SELECT count(*) FROM annotations a WHERE {quotes.derived_sql('a')}"
        ).fetchone()[0]
        assert converted >= 7
        after = _readers(project, tmp_path / "old")
    for name in before:
        if name != "view":  # made by the migration
            assert after[name] == before[name], name
    assert after["verify"][0] and not after["differences"] and not after["index"]


def test_a_crash_in_the_migration_leaves_the_file_as_it_was(tmp_path, older, monkeypatch):
    path, _read = _old_project(tmp_path, older)
    snapshot = _full_rows(path)

    def crash(conn: sqlite3.Connection) -> None:
        conn.execute(quotes.HASH_INDEX_SQL)
        quotes.convert(conn)  # the rows converted, then the crash
        raise KeyboardInterrupt

    crash_in_migration(monkeypatch, DERIVED, crash)
    with pytest.raises(KeyboardInterrupt):
        Project.open(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == DERIVED - 1
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = ?",
                            (quotes.VIEW_NAME,)).fetchone() is None
    finally:
        conn.close()
    assert _full_rows(path) == snapshot
    monkeypatch.undo()
    with Project.open(path) as project:
        report = verify(project)
        assert report.ok, report.problems


def test_the_view_shows_every_quote_without_workbench(pair):
    conn = sqlite3.connect(pair["derived"])  # no Workbench function registered
    try:
        shown = conn.execute('SELECT id, exact, prefix, suffix, derived FROM '
                             "annotation_quotes ORDER BY id").fetchall()
    finally:
        conn.close()
    conn = sqlite3.connect(pair["full"])
    try:
        full = conn.execute("SELECT id, exact, prefix, suffix FROM annotations "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()
    assert [r[:4] for r in shown] == full
    assert any(r[4] for r in shown)
    assert json.dumps([r[:4] for r in shown], ensure_ascii=False)  # plain text values
