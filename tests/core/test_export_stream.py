"""The streamed CSV export writes byte for byte what the list-building export wrote."""

from __future__ import annotations

import io
import json
import math
import shutil

import pytest

from workbench.core.errors import DamagedProject
from workbench.core.exporters import csv_export
from workbench.core.exporters.csvsafe import SafeWriter
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations
from workbench.core.repo import loads


def _listed(project: Project, flt: AnnotationFilter | None, raw: bool) -> str:
    """The export as it was written before streaming: every row in a list, cell by cell."""
    out = io.StringIO()
    names: list[str] = []
    for kind in project.codebook.kinds():
        names += [f.name for f in kind.fields if f.name not in names]
    docs = {d["id"]: d for d in project.repo.documents()}
    writer = SafeWriter(out, raw=raw)
    base = csv_export.BASE
    writer.writerow(base + [f"field_{n}" if n in base else n for n in names])
    for r in annotations(project, flt):
        d = docs.get(r["doc_id"], {})
        values = [r["id"], r["doc_id"], d.get("title"), d.get("publisher"), d.get("published"),
                  d.get("reliability"), d.get("credibility"), r["kind"], r["status"],
                  r["start"], r["end"], r["exact"], r["coder"], r["memo"], r["created_at"],
                  r["modified_at"]]
        for n in names:
            v = r["fields"].get(n)
            values.append("; ".join(v) if isinstance(v, list) else v)
        writer.writerow(values)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    path = tmp_path_factory.mktemp("demo") / "demo.wbproj"
    shutil.copyfile(demo_file, path)
    with Project.open(path) as project:
        from workbench.core.ops import annotations as ann_ops

        # Cells a spreadsheet would run, a plain negative number, and a list field.
        doc = project.repo.documents()[0]["id"]
        ann_ops.create_annotation(project, doc, "event", 0, 5,
                                  {"location": "=HYPERLINK(1)", "actors": ["-a", "b"]},
                                  memo="-12")
        yield project


@pytest.mark.parametrize("raw", [False, True])
@pytest.mark.parametrize("flt", [None, AnnotationFilter(statuses=["accepted"], text="a")])
def test_streamed_csv_is_identical(demo, raw, flt):
    out = io.StringIO()
    n = csv_export.write(demo, out, flt, raw=raw)
    expected = _listed(demo, flt, raw)
    assert out.getvalue() == expected
    assert n == expected.count("\n") - 1 > 10  # no cell of the demo holds a newline
    assert ("'=HYPERLINK(1)" in expected) is (not raw)


@pytest.fixture()
def hostile(demo_project):
    """A demo whose annotations hold a formula-like cell in every column the CSV writes,
    written straight into the file so that no validation stands in the way."""
    path = demo_project
    with Project.open(path) as project:
        conn = project.repo.conn
        # An annotation of no document, and text in the integer columns, too.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY id")]
        cells = {"id": "@id", "kind": "+kind", "exact": "=cmd()", "coder": "\tc",
                 "memo": "\rm", "created_at": "-x", "modified_at": "=y",
                 "doc_id": "-d", "start": "=s", '"end"': "@e"}
        for ann_id, (col, value) in zip(ids, cells.items(), strict=False):
            conn.execute(f"UPDATE annotations SET {col} = ? WHERE id = ?", (value, ann_id))
        # Field values: plain, escaped in the JSON, a tab, a list's first item, a number.
        for ann_id, fields in zip(ids[len(cells):], (
                '{"location": "=1+1"}', '{"location": "\\u003d1"}', '{"location": "\\tx"}',
                '{"actors": ["@a", "b"]}', '{"count_best": -3, "location": "-3"}',
                '{ "location": "=ws" }'), strict=False):
            conn.execute("UPDATE annotations SET fields = ? WHERE id = ?", (fields, ann_id))
        # Rows equal in every ORDER BY column: the tuple read must keep their order too.
        conn.execute("UPDATE annotations SET doc_id = ?, start = 0, \"end\" = 1, "
                     "created_at = '2020' WHERE id IN (?, ?, ?)", (1, *ids[-3:]))
        doc = project.repo.documents()[0]["id"]
        conn.execute("UPDATE documents SET title = '=T', publisher = '-5' WHERE id = ?", (doc,))
        yield project


@pytest.mark.parametrize("raw", [False, True])
def test_streamed_csv_protects_every_column(hostile, raw):
    # The rows the SQL flags, and those it does not, are written as the row-by-row export
    # wrote them: protected wherever a cell would run, numbers left numbers.
    out = io.StringIO()
    csv_export.write(hostile, out, raw=raw)
    expected = _listed(hostile, None, raw)
    assert out.getvalue() == expected
    for value in ("=cmd()", "@id", "=1+1", "@a; b", "=T", "=ws"):
        assert (f"'{value}" in expected) is (not raw), value
    assert "'-5" not in expected and "'-3" not in expected


@pytest.mark.parametrize("text", ['{"a": [1, "x"]}', ' {"a": 1} ', '"s"', "[]", "-1.5e3",
                                  "NaN", '{"a": 1} x', "", "\ufeff{}", "{"])
def test_loads_is_json_loads(text):
    # The scanner called directly decodes what json.loads decodes and rejects the rest.
    try:
        expected = json.loads(text)
    except ValueError:
        with pytest.raises(DamagedProject, match="not valid JSON"):
            loads(text)
        return
    got = loads(text)
    assert got == expected or (math.isnan(got) and math.isnan(expected))


@pytest.fixture()
def repeated(demo_project):
    """A demo whose annotations share a few fields texts: formula-like values, a list,
    unicode, an empty string and a null among them, one row flagged by its memo."""
    path = demo_project
    with Project.open(path) as project:
        conn = project.repo.conn
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY id")]
        texts = ('{"location": "=1+1", "actors": ["-a", "b"]}',
                 '{"location": "Qarşel – ⟨east⟩", "speaker": "", "date": null}',
                 '{"count_best": -3, "location": "-3", "outcome": "killed"}',
                 '{}')
        for i, ann_id in enumerate(ids):
            conn.execute("UPDATE annotations SET fields = ? WHERE id = ?",
                         (texts[i % len(texts)], ann_id))
        conn.execute("UPDATE annotations SET memo = '=m' WHERE id = ?", (ids[1],))
        yield project, len(ids), len(texts)


@pytest.mark.parametrize("raw", [False, True])
@pytest.mark.parametrize("cache", [csv_export.SPREAD_CACHE, 1])
def test_repeated_fields_are_spread_once(repeated, monkeypatch, raw, cache):
    # Rows that share a fields text share its cells: the JSON is decoded once per text
    # (while the cache holds it), and every row is still written as the row-by-row
    # export wrote it, protected where its own cells or the shared ones need it.
    project, n_rows, n_texts = repeated
    decoded: list[str] = []

    def counting(text: str):
        decoded.append(text)
        return loads(text)

    monkeypatch.setattr(csv_export, "SPREAD_CACHE", cache)
    monkeypatch.setattr(csv_export, "loads", counting)
    out = io.StringIO()
    assert csv_export.write(project, out, raw=raw) == n_rows
    expected = _listed(project, None, raw)
    assert out.getvalue() == expected
    assert ("'=1+1" in expected) is (not raw) and ("'=m" in expected) is (not raw)
    assert "Qarşel – ⟨east⟩" in expected and "'-3" not in expected
    if cache > 1:
        assert sorted(decoded) == sorted(set(decoded)) and len(decoded) == n_texts
    else:  # emptied before each new text: decoded again whenever the text changes
        assert len(decoded) > n_texts


@pytest.fixture()
def awkward(demo_project):
    """A demo whose cells need quoting in every way csv.writer quotes, and some it
    writes plain that a formatted line could get wrong: commas, double quotes, line
    feeds and carriage returns in memos, stored quotes, titles and field values; the
    word None as text; floats and booleans; a derived quote whose span left its text."""
    path = demo_project
    with Project.open(path) as project:
        conn = project.repo.conn
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY id")]
        memos = ('said, "no"', "two\nlines", "a\rb", "None", "None, said", '"', ",")
        for ann_id, memo in zip(ids, memos, strict=False):
            conn.execute("UPDATE annotations SET memo = ? WHERE id = ?", (memo, ann_id))
        rest = ids[len(memos):]
        conn.execute("UPDATE annotations SET exact = ? WHERE id = ?", ('x, "y"\nz', rest[0]))
        conn.execute("UPDATE annotations SET exact = ? WHERE id = ?", ("cr\rhere", rest[1]))
        conn.execute("UPDATE annotations SET exact = 'None' WHERE id = ?", (rest[2],))
        for ann_id, exact in zip(rest[10:], ("line\nfeed", 'say "x"', "a,b"), strict=False):
            conn.execute("UPDATE annotations SET exact = ? WHERE id = ?", (exact, ann_id))
        # A key column's NULL (only a file changed by other means holds one): an empty
        # cell, where formatting would write the word.
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE annotations SET id = NULL WHERE id = ?", (rest[-1],))
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute('UPDATE annotations SET start = 10000000, "end" = 10000005 WHERE id = ?',
                     (rest[3],))
        for ann_id, fields in zip(rest[4:], (
                '{"location": "Qarsel, east", "count_best": 2.5}',
                '{"location": "say \\"hi\\"", "date_precision": true}',
                '{"location": "a\\nb"}', '{"location": "a\\rb"}', '{"location": "None"}',
                '{"location": null, "count_best": 1e300}'), strict=False):
            conn.execute("UPDATE annotations SET fields = ? WHERE id = ?", (fields, ann_id))
        docs = [d["id"] for d in project.repo.documents()]
        conn.execute("UPDATE documents SET title = 'Wire, \"copy\"' WHERE id = ?", (docs[0],))
        conn.execute("UPDATE documents SET title = 'a\rb', publisher = 'None' WHERE id = ?",
                     (docs[1],))
        yield project


@pytest.mark.parametrize("raw", [False, True])
def test_formatted_lines_are_what_csv_writer_writes(awkward, raw):
    # Rows formatted as lines and rows left to csv.writer, side by side in one file, are
    # byte for byte the row-by-row export.
    out = io.StringIO()
    csv_export.write(awkward, out, raw=raw)
    expected = _listed(awkward, None, raw)
    assert out.getvalue() == expected
    for text in ('"said, ""no"""', '"two\nlines"', "a\rb", '"Wire, ""copy"""',
                 '"Qarsel, east"', ",2.5,", "True", "1e+300"):
        assert text in expected, text
    assert "\n," in expected  # the NULL id's empty cell
