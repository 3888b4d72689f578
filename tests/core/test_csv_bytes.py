"""The bytes of every CSV export: a byte-order mark when asked (Excel reads Arabic as
mojibake without one), never without, and no NUL character in any cell."""

from __future__ import annotations

import csv
import io

import pytest

from tests.core.incidents.helpers import figure, report
from tests.helpers import make_project
from workbench.core.errors import ValidationError
from workbench.core.exporters import export, export_file
from workbench.core.exporters.formats import CSV_FORMATS
from workbench.core.incidents import ops
from workbench.core.query import AnnotationFilter

BOM = b"\xef\xbb\xbf"
# A fictional report; the NUL stands for a stray byte pasted from a binary file.
TEXT = "قال الدفاع المدني إن سبعة مدنيين قتلوا في قصف على سوق كيسا.\n"


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        doc = report(p, TEXT, name="kessa.txt", published="2026-03-04",
                     publisher="وكالة\x00الشمال")
        ann = figure(p, doc, "سبعة مدنيين", count_low=7, group="مدنيين\x00")
        with p.write("memo") as tx:
            tx.update("annotation", ann, {"memo": "مصدر\x00ثان"})
        ops.create_incident(p, "قصف\x00سوق كيسا", members=[ann], start_date="2026-03-03",
                            date_precision="day", place_name="كيسا\x00", country="Arland",
                            actors=[{"name": "جناح\x00الجو", "role": "perpetrator"}])
        yield p


def _read(path, encoding):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("fmt", CSV_FORMATS)
def test_a_csv_export_begins_with_a_byte_order_mark_only_when_asked(project, tmp_path, fmt):
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    assert export_file(project, fmt, plain) == export_file(project, fmt, marked, bom=True) >= 1
    assert not plain.read_bytes().startswith(BOM)
    assert marked.read_bytes() == BOM + plain.read_bytes()
    # Python's csv reads the marked file with utf-8-sig as the plain one with utf-8: the
    # first column's name has no mark in it.
    rows = _read(marked, "utf-8-sig")
    assert rows == _read(plain, "utf-8") and not rows[0][0].startswith("\ufeff")
    assert any("\u0600" <= ch <= "\u06ff" for row in rows[1:] for cell in row for ch in cell)


@pytest.mark.parametrize("fmt", CSV_FORMATS)
def test_no_csv_export_holds_a_nul(project, tmp_path, fmt):
    path = tmp_path / "out.csv"
    export_file(project, fmt, path)
    data = path.read_bytes()
    assert b"\x00" not in data
    # Each NUL is one replacement character: the cell keeps its length and shows that
    # something was there.
    cells = [cell for row in _read(path, "utf-8") for cell in row]
    assert "\ufffd" in "".join(cells)


def test_the_annotation_export_replaces_a_nul_on_its_fast_and_its_filtered_paths(project):
    for flt in (None, AnnotationFilter(text="مدنيين")):
        out = io.StringIO()
        assert export(project, "csv", out, flt) == 1
        (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert row["memo"] == "مصدر\ufffdثان" and row["publisher"] == "وكالة\ufffdالشمال"
        assert row["group"] == "مدنيين\ufffd"
        assert "\x00" not in out.getvalue()


def test_a_byte_order_mark_is_only_for_the_csv_formats(project):
    with pytest.raises(ValidationError, match="byte-order mark is for the CSV formats"):
        export(project, "json", io.StringIO(), bom=True)
