"""Date intervals, annotation filters and timeline items shared by the GUI and the CLI."""

import datetime as dt

import pytest

from tests.helpers import add_doc
from workbench.core import query
from workbench.core.ops import annotations as ops
from workbench.core.query import AnnotationFilter

D = dt.date


# ------------------------------------------------------------------ date_interval
@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2024", None, (D(2024, 1, 1), D(2024, 12, 31))),
        ("2024", "day", (D(2024, 1, 1), D(2024, 12, 31))),  # a bare year can mean no less
        ("2024-02", None, (D(2024, 2, 1), D(2024, 2, 29))),  # leap year
        ("2023-02", "month", (D(2023, 2, 1), D(2023, 2, 28))),
        ("2024-03-15", None, (D(2024, 3, 15), D(2024, 3, 15))),
        ("2024-03-15", "day", (D(2024, 3, 15), D(2024, 3, 15))),
        ("2024-03-15", "month", (D(2024, 3, 1), D(2024, 3, 31))),
        ("2024-03-15", "year", (D(2024, 1, 1), D(2024, 12, 31))),
        # A month at year precision is its year, as a full date is (it was its month).
        ("2024-03", "year", (D(2024, 1, 1), D(2024, 12, 31))),
        ("2023-02", "week", (D(2023, 2, 1), D(2023, 2, 28))),  # no narrower than stated
        ("2023-02", "day", (D(2023, 2, 1), D(2023, 2, 28))),
        # Thursday 14 March: its week runs Monday 11 to Sunday 17.
        ("2024-03-14", "week", (D(2024, 3, 11), D(2024, 3, 17))),
        ("2024-03-11", "week", (D(2024, 3, 11), D(2024, 3, 17))),
        ("2024-03-17", "week", (D(2024, 3, 11), D(2024, 3, 17))),
        # A week may straddle a year's end.
        ("2025-01-01", "week", (D(2024, 12, 30), D(2025, 1, 5))),
        # Far years: Friday 31 December 9999's week began Monday 27 and ends with the
        # calendar (it raised OverflowError, failing the annotation's write).
        ("9999-12-31", "week", (D(9999, 12, 27), D(9999, 12, 31))),
        ("0001-01-03", "week", (D(1, 1, 1), D(1, 1, 7))),  # 1 January 1 was a Monday
        ("1969-12-31", "week", (D(1969, 12, 29), D(1970, 1, 4))),
    ],
)
def test_date_interval_widens_to_precision(value, precision, expected):
    assert query.date_interval(value, precision) == expected


@pytest.mark.parametrize(
    "value", [None, "", "soon", "March 2024", "2024-13", "2024-02-30", "2024-xx-01"]
)
def test_date_interval_of_bad_input_is_none(value):
    assert query.date_interval(value) is None
    assert query.date_interval(value, "week") is None
    assert query.date_interval(value, "year") is None


def test_a_far_year_at_week_precision_is_stored_and_plotted(project):
    """An annotation dated in the calendar's last week is written, and its timeline
    entry ends on 31 December 9999 (the write raised OverflowError before)."""
    doc = add_doc(project)
    ann = ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                             {"incident_date": "9999-12-30", "date_precision": "week"}).result
    rowid = project.conn.execute("SELECT rowid FROM annotations WHERE id = ?",
                                 (ann,)).fetchone()[0]
    got = project.conn.execute("SELECT start_day, end_day FROM timeline_index "
                               "WHERE ann_rowid = ?", (rowid,)).fetchone()
    epoch = D(1970, 1, 1).toordinal()
    assert tuple(got) == (D(9999, 12, 27).toordinal() - epoch,
                          D(9999, 12, 31).toordinal() - epoch)


# ------------------------------------------------------------ annotation_interval
def test_annotation_interval_of_a_casualty_uses_its_incident_date(project):
    doc = add_doc(project)
    ann = ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                             {"incident_date": "2024-03-14", "date_precision": "week"}).result
    row = project.repo.get("annotation", ann)
    assert query.annotation_interval(project, row) == (D(2024, 3, 11), D(2024, 3, 17))


def test_annotation_interval_of_an_event_spans_start_and_end(project):
    doc = add_doc(project)
    ann = ops.annotate_quote(project, doc, "event", "Artillery fire",
                             {"start_date": "2024-03-01", "end_date": "2024-03-10"}).result
    row = project.repo.get("annotation", ann)
    assert query.annotation_interval(project, row) == (D(2024, 3, 1), D(2024, 3, 10))
    # Month precision widens both ends.
    ops.update_annotation(project, ann, fields={"end_date": "2024-04-02",
                                                "date_precision": "month"})
    row = project.repo.get("annotation", ann)
    assert query.annotation_interval(project, row) == (D(2024, 3, 1), D(2024, 4, 30))


def test_annotation_interval_is_none_without_a_date(project):
    doc = add_doc(project)
    undated = ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
    actor = ops.annotate_quote(project, doc, "actor", "Crescent Brigade").result
    for ann in (undated, actor):
        assert query.annotation_interval(project, project.repo.get("annotation", ann)) is None


# ------------------------------------------------------------ annotations(): period
@pytest.fixture
def dated(project):
    """Annotations with known intervals (and two undated ones), by a short name."""
    doc = add_doc(project)

    def add(kind, quote, fields=None):
        return ops.annotate_quote(project, doc, kind, quote, fields).result

    return {
        "day": add("casualty", "wounded four troops", {"incident_date": "2024-03-03"}),
        "span": add("event", "Artillery fire",
                    {"start_date": "2024-02-25", "end_date": "2024-03-02"}),
        "month": add("statement", "We heard three explosions",
                     {"date": "2024-04", "date_precision": "month"}),
        "no_date": add("casualty", "killed at least 12 civilians"),
        "actor": add("actor", "Crescent Brigade"),
    }


def _names(project, dated, **kw):
    ids = [r["id"] for r in query.annotations(project, AnnotationFilter(**kw))]
    return {name for name, ann in dated.items() if ann in ids}


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ({}, {"day", "span", "month", "no_date", "actor"}),
        ({"date_from": "2024-03-01", "date_to": "2024-03-31"}, {"day", "span"}),
        # Both ends are inclusive.
        ({"date_from": "2024-03-03", "date_to": "2024-03-03"}, {"day"}),
        ({"date_from": "2024-03-02", "date_to": "2024-03-02"}, {"span"}),
        # A partial overlap at either edge is enough.
        ({"date_from": "2024-03-04", "date_to": "2024-04-01"}, {"month"}),
        ({"date_from": "2024-02-01", "date_to": "2024-02-25"}, {"span"}),
        # One open end.
        ({"date_from": "2024-04-30"}, {"month"}),
        ({"date_to": "2024-03-02"}, {"span"}),
        ({"date_from": "2024-05-01"}, set()),
    ],
)
def test_period_filter_keeps_what_overlaps_and_drops_the_undated(project, dated, period,
                                                                  expected):
    assert _names(project, dated, **period) == expected


# -------------------------------------------------------------- annotations(): text
def test_text_filter_matches_quote_memo_and_field_values_case_folded(project):
    doc = add_doc(project)

    def add(kind, quote, fields=None, **kw):
        return ops.annotate_quote(project, doc, kind, quote, fields, **kw).result

    by_quote = add("casualty", "wounded four troops")
    by_memo = add("casualty", "killed at least 12 civilians", memo="Seen on Hafen-Straße")
    by_field = add("claim", "claimed responsibility", {"claimant": "Crescent Brigade"})
    add("statement", "We heard three explosions", {"speaker": "Amal Rashed"})

    def found(text):
        return {r["id"] for r in query.annotations(project, AnnotationFilter(text=text))}

    assert found("FOUR Troops") == {by_quote}
    # Case folding, not lower-casing: "ß" folds to "ss".
    assert found("HAFEN-STRASSE") == {by_memo}
    assert found("crescent brigade") == {by_field}
    assert found("nobody said this") == set()


# ---------------------------------------------------- annotations(): kind, status, coder
def test_kind_status_and_coder_filters(project):
    doc = add_doc(project)
    mine = ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
    suggested = ops.annotate_quote(project, doc, "casualty", "killed at least 12 civilians",
                                   status="suggested").result
    project.coder = "second coder"
    theirs = ops.annotate_quote(project, doc, "actor", "Crescent Brigade").result

    def found(**kw):
        return {r["id"] for r in query.annotations(project, AnnotationFilter(**kw))}

    assert found(kinds=["casualty"]) == {mine, suggested}
    assert found(kinds=["casualty", "actor"]) == {mine, suggested, theirs}
    assert found(kinds=["event"]) == set()
    assert found(statuses=["suggested"]) == {suggested}
    assert found(statuses=["accepted"]) == {mine, theirs}
    assert found(coder="second coder") == {theirs}
    assert found(coder="tester") == {mine, suggested}
    assert found(kinds=["casualty"], statuses=["accepted"], coder="tester") == {mine}


# ------------------------------------------------------------------ timeline_items
def test_timeline_items_carry_counts_and_actors(project):
    doc = add_doc(project)

    def add(kind, quote, fields=None, **kw):
        return ops.annotate_quote(project, doc, kind, quote, fields, **kw).result

    casualty = add("casualty", "wounded four troops",
                   {"count_low": 4, "count_high": 6, "perpetrator": "Crescent Brigade",
                    "incident_date": "2024-03-03"}, status="suggested")
    event = add("event", "Artillery fire",
                {"start_date": "2024-03-01", "end_date": "2024-03-03",
                 "actors": ["Crescent Brigade", "the army"]})
    statement = add("statement", "We heard three explosions",
                    {"speaker": "Amal Rashed", "date": "2024-03"})
    add("casualty", "killed at least 12 civilians", {"count_low": 12})  # undated: no item

    items = {i.ann_id: i for i in query.timeline_items(project)}
    assert set(items) == {casualty, event, statement}

    c = items[casualty]
    assert (c.kind, c.doc_id, c.start, c.end) == ("casualty", doc, D(2024, 3, 3), D(2024, 3, 3))
    assert (c.count_low, c.count_high) == (4, 6)
    assert c.actors == ("Crescent Brigade",)
    assert c.label == "wounded four troops" and c.status == "suggested"

    e = items[event]
    assert (e.start, e.end) == (D(2024, 3, 1), D(2024, 3, 3))
    assert (e.count_low, e.count_high) == (None, None)
    assert e.actors == ("Crescent Brigade", "the army")

    s = items[statement]
    assert (s.start, s.end) == (D(2024, 3, 1), D(2024, 3, 31))
    assert s.actors == ("Amal Rashed",) and s.status == "accepted"


def test_timeline_items_follow_the_filter(project):
    doc = add_doc(project)
    ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                       {"incident_date": "2024-03-03"})
    event = ops.annotate_quote(project, doc, "event", "Artillery fire",
                               {"start_date": "2024-05-01"}).result
    items = query.timeline_items(project, AnnotationFilter(date_from="2024-04-01"))
    assert [i.ann_id for i in items] == [event]
