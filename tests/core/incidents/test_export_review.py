"""The incident exports: the figures the tally gives, cells a spreadsheet cannot run,
awkward text kept whole, and no half file under the final name."""

from __future__ import annotations

import csv
import io

import pytest

from tests.core.incidents.helpers import figure, report
from workbench.core.exporters import export, export_file, incident_export
from workbench.core.incidents import ops
from workbench.core.incidents.tally import FIGURE_STATUSES, tally


def _rows(project, fmt, **kw):
    out = io.StringIO()
    export(project, fmt, out, **kw)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _revised(project):
    early = report(project, "Three people were killed at the checkpoint.\n",
                   name="monday.txt", published="2026-03-02")
    late = report(project, "The toll from Monday's attack rose to 14.\n",
                  name="tuesday.txt", published="2026-03-03")
    a = figure(project, early, "Three people were killed", count_low=3)
    b = figure(project, late, "rose to 14", count_low=14)
    return ops.create_incident(project, "Checkpoint attack", members=[a, b]).result


def test_every_export_gives_the_figures_the_tally_gives(project):
    # Three killed on Monday, the toll rose to 14 on Tuesday: 14 everywhere (ACLED
    # fatalities were 3, UCDP low 3, and the wide export 3–14 with a conflict).
    inc = _revised(project)
    t = tally(project, inc, FIGURE_STATUSES)
    cell = t.cell("killed")
    assert (cell.low, cell.best, cell.high) == (14, 14, 14)
    (acled,) = _rows(project, "acled")
    assert acled["fatalities"] == "14"
    assert acled["notes"] == f"Checkpoint attack. {t.describe()}"
    (ucdp,) = _rows(project, "ucdp")
    assert (ucdp["low"], ucdp["best"], ucdp["high"]) == ("14", "14", "14")
    # Both reports are still its sources.
    assert ucdp["source_article"] == "monday.txt; tuesday.txt"
    (wide,) = _rows(project, "incidents")
    assert (wide["killed_all_low"], wide["killed_all_best"], wide["killed_all_high"],
            wide["killed_all_conflict"]) == ("14", "14", "14", "")
    assert wide["sources"] == "2"


def test_formula_text_is_protected_and_numbers_and_arabic_stay(project):
    doc = report(project, "Five civilians were killed.\n", name="a.txt")
    fig = figure(project, doc, "Five civilians", count_low=5, group="civilians")
    title = '=HYPERLINK("http://example.invalid","open") قصف "السوق"\nsecond line'
    inc = ops.create_incident(project, title, members=[fig], place_name="@Tal Hamra",
                              country="-Syria", admin1="+Idlib", latitude=-3.25,
                              longitude=-0.5).result
    for fmt in ("acled", "ucdp", "incidents"):
        (row,) = _rows(project, fmt)
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), (fmt, value)
            assert not value.startswith("-") or value in ("-3.25", "-0.5"), (fmt, value)
    (wide,) = _rows(project, "incidents")
    assert wide["id"] == inc
    assert wide["title"] == "'" + title  # newline, quotes and Arabic kept whole
    assert (wide["place_name"], wide["country"], wide["admin1"]) == (
        "'@Tal Hamra", "'-Syria", "'+Idlib")
    assert (wide["latitude"], wide["longitude"]) == ("-3.25", "-0.5")
    assert wide["killed_civilians_low"] == "5"


def test_an_export_stopped_midway_leaves_the_last_good_file(project, tmp_path, monkeypatch):
    _revised(project)
    ops.create_incident(project, "Second incident")
    out = tmp_path / "incidents.csv"
    export_file(project, "incidents", out)
    good = out.read_bytes()
    calls = []

    def failing(*args, **kw):
        calls.append(1)
        if len(calls) == 2:  # the first row is written, the second fails
            raise RuntimeError("disk pulled out")
        return tally(*args, **kw)

    monkeypatch.setattr(incident_export, "tally", failing)
    with pytest.raises(RuntimeError):
        export_file(project, "incidents", out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("incidents")) \
        == ["incidents.csv"]
