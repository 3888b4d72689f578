"""Exporting only the annotations a filter lists, and the format catalogue."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.helpers import ARABIC, REPORT, add_doc, make_project
from workbench.core import exporters
from workbench.core.errors import ValidationError
from workbench.core.exporters import export
from workbench.core.exporters.formats import FILTERABLE, extension, formats, label
from workbench.core.ops.annotations import annotate_quote
from workbench.core.query import AnnotationFilter


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        one = add_doc(p, REPORT, name="halden.txt")
        two = add_doc(p, ARABIC, name="ar.txt")
        annotate_quote(p, one, "casualty", "wounded four troops", {"outcome": "wounded"})
        annotate_quote(p, one, "statement", "a provincial official said")
        annotate_quote(p, two, "statement", "قالَ المتحدثُ")
        yield p


def test_csv_and_w3c_write_only_the_listed_annotations(project):
    flt = AnnotationFilter(kinds=["statement"])
    out = io.StringIO()
    assert export(project, "csv", out, flt) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(r["kind"] for r in rows) == ["statement", "statement"]
    out = io.StringIO()
    assert export(project, "w3c", out, AnnotationFilter(doc_id=2)) == 1
    assert len(json.loads(out.getvalue())["first"]["items"]) == 1


def test_filtered_json_carries_only_the_quoted_documents(project):
    out = io.StringIO()
    assert export(project, "json", out, AnnotationFilter(kinds=["casualty"])) == 1
    payload = json.loads(out.getvalue())
    assert [a["kind"] for a in payload["annotations"]] == ["casualty"]
    assert [d["id"] for d in payload["documents"]] == [1]
    whole = io.StringIO()
    assert export(project, "json", whole) == 3
    assert len(json.loads(whole.getvalue())["documents"]) == 2


def test_a_format_that_cannot_be_filtered_says_so(project, monkeypatch):
    monkeypatch.setitem(exporters.FORMATS, "perincident", lambda p, out: 0)
    with pytest.raises(ValidationError, match="cannot be limited"):
        export(project, "perincident", io.StringIO(), AnnotationFilter())


def test_catalogue_follows_the_registry(monkeypatch):
    assert set(formats()) == set(exporters.FORMATS)
    assert formats()[: len(FILTERABLE)] == list(FILTERABLE)
    monkeypatch.setitem(exporters.FORMATS, "geojson", lambda p, out: 0)
    assert "geojson" in formats()
    assert (label("geojson"), extension("geojson")) == ("GEOJSON", "txt")
    assert (label("w3c"), extension("w3c")) == ("W3C Web Annotation", "jsonld")
