from __future__ import annotations

import csv
import io

import pytest

from tests.core.incidents.helpers import figure, report
from tests.helpers import make_project
from workbench.core.exporters import export
from workbench.core.exporters.incident_export import write_acled
from workbench.core.incidents import ops


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        a = report(p, "The strike killed 7 civilians.\n", name="a.txt", published="2026-03-04",
                   publisher="Northgate Wire")
        b = report(p, "Nine people were killed.\n", name="b.txt", published="2026-03-05")
        ids = [figure(p, a, "killed 7 civilians", count_low=7, group="civilians"),
               figure(p, b, "Nine people were killed", count_low=9)]
        ops.create_incident(p, "Kessa school strike", members=ids, start_date="2026-03-03",
                            date_precision="day", incident_type="airstrike",
                            place_name="Kessa", country="Arland", geo_precision=1,
                            actors=[{"name": "Air Wing", "role": "perpetrator"},
                                    {"name": "Kessa residents", "role": "target"}])
        ops.create_incident(p, "Maybe", status="disputed")
        yield p


def _rows(project, fmt, **kw):
    out = io.StringIO()
    if kw:
        from workbench.core.exporters import FORMATS

        FORMATS[fmt](project, out, **kw)
    else:
        export(project, fmt, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_acled_takes_the_conservative_figure(project):
    rows = _rows(project, "acled")
    strike = next(r for r in rows if r["location"] == "Kessa")
    assert strike["fatalities"] == "7"
    assert strike["event_type"] == "Explosions/Remote violence"
    assert strike["actor1"] == "Air Wing" and strike["actor2"] == "Kessa residents"
    assert strike["time_precision"] == "1"
    assert "Northgate Wire" in strike["source"]


def test_ucdp_gives_low_best_high_and_civilian_deaths(project):
    strike = next(r for r in _rows(project, "ucdp") if r["adm_1"] == "" and r["best"])
    assert (strike["low"], strike["best"], strike["high"]) == ("7", "9", "9")
    assert strike["deaths_civilians"] == "7"
    assert strike["side_a"] == "Air Wing"


def test_wide_rows_and_status_filter(project):
    rows = _rows(project, "incidents")
    assert len(rows) == 2
    strike = next(r for r in rows if r["title"] == "Kessa school strike")
    assert strike["killed_civilians_low"] == "7" and strike["killed_all_high"] == "9"
    assert len(_rows(project, "incidents", statuses=["disputed"])) == 1
    out = io.StringIO()
    assert write_acled(project, out, statuses=["confirmed"]) == 0


def test_csv_columns_are_unique_and_claim_status_kept_apart(tmp_path):
    from tests.helpers import add_doc
    from workbench.core.ops.annotations import annotate_quote

    with make_project(tmp_path, "c.wbproj") as p:
        doc = add_doc(p)
        annotate_quote(p, doc, "claim", "claimed responsibility",
                       {"status": "contested"}, status="suggested")
        out = io.StringIO()
        export(p, "csv", out)
        header = next(csv.reader(io.StringIO(out.getvalue())))
        assert len(header) == len(set(header))
        row = next(csv.DictReader(io.StringIO(out.getvalue())))
        assert (row["status"], row["field_status"]) == ("suggested", "contested")
        w3c = io.StringIO()
        export(p, "w3c", w3c)
        import json

        value = json.loads(w3c.getvalue())["first"]["items"][0]["body"][1]["value"]
        assert (value["review_status"], value["status"]) == ("suggested", "contested")


@pytest.mark.parametrize(("start", "end", "precision", "acled", "ucdp"), [
    ("2026-03", None, "month", ("2026-03-01", "3"), ("2026-03-01", "2026-03-31", "4")),
    ("2024-02", None, "month", ("2024-02-01", "3"), ("2024-02-01", "2024-02-29", "4")),
    ("2026", None, "year", ("2026-01-01", "3"), ("2026-01-01", "2026-12-31", "5")),
    ("2026-03", "2026-04", "month", ("2026-03-01", "3"), ("2026-03-01", "2026-04-30", "4")),
    ("2026-03-04", None, "week", ("2026-03-04", "2"), ("2026-03-02", "2026-03-08", "3")),
    ("2026-03-03", "2026-03-05", "day", ("2026-03-03", "1"), ("2026-03-03", "2026-03-05", "1")),
])
def test_event_data_dates_are_whole_days_and_span_their_precision(
        project, start, end, precision, acled, ucdp):
    """A month-precise incident was written "2026-03" into date columns that the event
    data sets (and the programs reading them) take as whole dates; UCDP's start and end
    are the first and last day the date can mean."""
    inc = ops.create_incident(project, "Vell shelling", start_date=start, end_date=end,
                              date_precision=precision).result
    (row,) = _rows(project, "acled", ids=[inc])
    assert (row["event_date"], row["time_precision"]) == acled
    (row,) = _rows(project, "ucdp", ids=[inc])
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ucdp
