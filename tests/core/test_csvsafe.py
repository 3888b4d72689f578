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
