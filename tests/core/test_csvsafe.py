"""CSV exports neutralise cells a spreadsheet would run as formulas (OWASP)."""

from __future__ import annotations

import csv
import io

import pytest

from tests.helpers import add_doc, make_project
from workbench.cli import main
from workbench.core.exporters import export
from workbench.core.exporters.csvsafe import cell
from workbench.core.incidents import ops as incident_ops
from workbench.core.ops import annotations as ann_ops

HOSTILE = ["=HYPERLINK(\"x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_cells_get_a_quote(value):
    assert cell(value) == "'" + value
    assert cell(value, raw=True) == value


@pytest.mark.parametrize("value", ["-5", "+3.2", "-0.5e3", -5, 2.5, "plain", ""])
def test_numbers_and_plain_text_stay(value):
    assert cell(value) == value


def _hostile_project(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project, "=HYPERLINK(\"http://x\") killed 3 people.\n", "evil.txt",
                  title="@evil", publisher="-wire")
    ann = ann_ops.annotate_quote(project, doc, "casualty", "killed 3 people",
                                 {"outcome": "killed", "count_low": 3}, memo="=1+1").result
    incident_ops.create_incident(project, "=cmd|' /C calc'!A0", members=[ann],
                                 place_name="+Kessa")
    return project


def test_every_csv_exporter_protects_cells(tmp_path):
    with _hostile_project(tmp_path) as project:
        for fmt in ("csv", "acled", "ucdp", "incidents"):
            out = io.StringIO()
            export(project, fmt, out)
            rows = list(csv.reader(io.StringIO(out.getvalue())))
            for row in rows:
                for value in row:
                    assert not value.startswith(("=", "+", "@", "\t", "\r")), (fmt, value)
                    assert not value.startswith("-") or value.lstrip("-").replace(".", "").isdigit()
        out = io.StringIO()
        export(project, "csv", out)
        row = next(csv.DictReader(io.StringIO(out.getvalue())))
        assert row["memo"] == "'=1+1" and row["doc_title"] == "'@evil"


def test_raw_export_keeps_cells_as_they_are(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    _hostile_project(tmp_path).close()
    assert main(["export", str(path), "--format", "csv", "--raw"]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["memo"] == "=1+1"
    assert main(["export", str(path), "--format", "json", "--raw"]) == 1
    assert "--raw applies to the CSV formats" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "acled", "ucdp", "incidents"])
@pytest.mark.parametrize("listed", [False, True])
def test_a_carriage_return_inside_a_cell_cannot_start_a_row(tmp_path, fmt, listed):
    """Python 3.11's csv.writer quotes a cell holding a line feed but not one holding a
    lone carriage return, which every CSV reader and spreadsheet takes as a line end: a
    memo of two lines split its row in two, and a quote, memo or title ending a line
    with "\\r=HYPERLINK(…)" put that formula first in a row of its own, where no leading
    quote protected it."""
    from workbench.core.query import AnnotationFilter

    with _hostile_project(tmp_path) as project:
        doc = add_doc(project, "Shelling killed 4 people on Sunday.\n", "ok.txt", title="ok")
        ann = ann_ops.annotate_quote(project, doc, "casualty", "killed 4 people",
                                     {"outcome": "killed", "count_low": 4,
                                      "group": "troops\r=HYPERLINK(\"http://x\")"},
                                     memo="first line\rsecond line").result
        incident_ops.create_incident(project, "Shelling\r@SUM(A1)", members=[ann],
                                     place_name="Kessa\r+1")
        out = io.StringIO()
        flt = AnnotationFilter(text="killed") if listed and fmt == "csv" else None
        n = export(project, fmt, out, flt)
        rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
        assert len(rows) == n + 1  # the header and one row each
        assert len({len(r) for r in rows}) == 1
        for row in rows:  # as a spreadsheet reads them: no cell starts a formula
            for value in row:
                assert not value.startswith(("=", "+", "@")), (fmt, value)
        if fmt == "csv":
            row = next(r for r in csv.DictReader(io.StringIO(out.getvalue(), newline=""))
                       if r["annotation_id"] == ann)
            assert row["memo"] == "first line\rsecond line"
            assert row["group"] == "troops\r=HYPERLINK(\"http://x\")"
