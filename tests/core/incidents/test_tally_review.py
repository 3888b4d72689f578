"""Tallies checked against expectations worked out by hand from docs/incidents.md."""

from __future__ import annotations

from tests.core.incidents.helpers import figure, report
from workbench.core.incidents import ops
from workbench.core.incidents.tally import tally


def _incident(project, *ann_ids):
    return ops.create_incident(project, "Checkpoint attack", members=list(ann_ids)).result


def test_a_later_reports_revised_toll_supersedes_the_earlier_reports(project):
    # Monday's wire says 3 killed; Tuesday's report says the toll rose to 14. The 3 was
    # the toll of Monday, not a disagreement: the incident is 14 killed (low 14, not 3),
    # and the sources do not disagree.
    early = report(project, "Three people were killed at the checkpoint.\n",
                   name="monday.txt", published="2026-03-02")
    late = report(project, "The toll from Monday's attack rose to 14.\n",
                  name="tuesday.txt", published="2026-03-03")
    a = figure(project, early, "Three people were killed", count_low=3, qualifier="exact")
    b = figure(project, late, "rose to 14", count_low=14, qualifier="exact")
    t = tally(project, _incident(project, a, b))
    cell = t.cell("killed")
    assert (cell.low, cell.best, cell.high) == (14, 14, 14)
    assert not cell.conflict
    assert next(s for s in cell.sources if s.doc_id == early).superseded_by == late
    # Still one of the incident's sources; its figure is listed as superseded.
    assert t.describe() == "killed 14 · 2 sources"
    assert "superseded" in t.cell("killed", "unknown").sources[0].figures[0].note
    assert set(t.counted_figures()) == {b}


def test_a_later_revised_total_replaces_the_earlier_groups_in_the_total(project):
    # Monday: 5 civilians and 3 soldiers (8). Tuesday: "the toll rose to 12", no
    # victims named. The total is 12, not 8–12 with a disagreement; Monday's groups
    # still show in their own cells (5 civilians, 3 combatants).
    early = report(project, "Five civilians and three soldiers were killed.\n",
                   name="monday.txt", published="2026-03-02")
    late = report(project, "By Tuesday the toll had risen to 12.\n", name="tuesday.txt",
                  published="2026-03-03")
    c = figure(project, early, "Five civilians", count_low=5, group="civilians")
    s = figure(project, early, "three soldiers", count_low=3, group="soldiers")
    r = figure(project, late, "risen to 12", count_low=12)
    t = tally(project, _incident(project, c, s, r))
    total = t.cell("killed")
    assert (total.low, total.best, total.high, total.conflict) == (12, 12, 12, False)
    assert t.cell("killed", "civilians").low == 5
    assert t.cell("killed", "combatants").low == 3


def test_a_later_revised_total_below_the_earlier_groups_stands(project):
    # Monday: 5 civilians and 3 soldiers. Tuesday: "the toll was revised to 6". The
    # later word stands (6), as it does inside one report, with no disagreement.
    early = report(project, "Five civilians and three soldiers were killed.\n",
                   name="monday.txt", published="2026-03-02")
    late = report(project, "Officials revised the toll to 6.\n", name="tuesday.txt",
                  published="2026-03-03")
    c = figure(project, early, "Five civilians", count_low=5, group="civilians")
    s = figure(project, early, "three soldiers", count_low=3, group="soldiers")
    r = figure(project, late, "revised the toll to 6", count_low=6)
    total = tally(project, _incident(project, c, s, r)).cell("killed")
    assert (total.low, total.best, total.high, total.conflict) == (6, 6, 6, False)


def test_a_later_revision_of_one_group_keeps_the_other_group(project):
    # Monday: 5 civilians and 3 soldiers (8). Tuesday: "the civilian toll rose to 12".
    # Civilians are 12 now; the soldiers are still 3: 15 killed, no disagreement (it
    # was 8–12 with "sources disagree" in the civilians and the total).
    early = report(project, "Five civilians and three soldiers were killed.\n",
                   name="monday.txt", published="2026-03-02")
    late = report(project, "The number of civilians killed rose to 12.\n",
                  name="tuesday.txt", published="2026-03-03")
    c = figure(project, early, "Five civilians", count_low=5, group="civilians")
    s = figure(project, early, "three soldiers", count_low=3, group="soldiers")
    r = figure(project, late, "civilians killed rose to 12", count_low=12,
               group="civilians")
    t = tally(project, _incident(project, c, s, r))
    civ = t.cell("killed", "civilians")
    assert (civ.low, civ.high, civ.conflict) == (12, 12, False)
    total = t.cell("killed")
    assert (total.low, total.high, total.conflict) == (15, 15, False)


def test_a_revision_of_the_same_day_or_an_undated_report_does_not_supersede(project):
    # Two reports of the same day cannot be ordered: "7 killed" and "rose to 9" the
    # same day stay two sources, 7–9, and disagree (nothing says which came first).
    a = report(project, "Seven people were killed.\n", name="a.txt", published="2026-03-02")
    b = report(project, "The toll rose to 9.\n", name="b.txt", published="2026-03-02")
    c = report(project, "Ten people were killed.\n", name="c.txt", published="")
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "rose to 9", count_low=9)
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.high, cell.conflict) == (7, 9, True)
    # An undated report is not known to be earlier than the revision either.
    d = report(project, "The toll rose to 9.\n", name="d.txt", published="2026-03-03")
    fc = figure(project, c, "Ten people were killed", count_low=10)
    fd = figure(project, d, "rose to 9", count_low=9)
    t = tally(project, ops.create_incident(project, "Other", members=[fc, fd]).result)
    assert (t.cell("killed").low, t.cell("killed").high) == (9, 10)


def test_a_revision_from_a_source_left_out_supersedes_nothing(project):
    # A poorly graded source (E5) is left out: its "rose to 30" replaces nobody's toll.
    a = report(project, "Seven people were killed.\n", name="a.txt", published="2026-03-02")
    b = report(project, "The toll rose to 30.\n", name="b.txt", published="2026-03-03",
               grade=("E", 5))
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "rose to 30", count_low=30)
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.best, cell.high) == (7, 7, 7)


def test_a_worse_sources_later_revision_does_not_erase_a_better_sources_figure(project):
    # A B2 agency says 7 killed on Monday; a D4 outlet says the toll rose to 12 on
    # Tuesday. The better source's figure stays (rule 8): 7–12, and they disagree.
    a = report(project, "Seven people were killed.\n", name="a.txt", published="2026-03-02",
               grade=("B", 2))
    b = report(project, "The toll rose to 12.\n", name="b.txt", published="2026-03-03",
               grade=("D", 4))
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "rose to 12", count_low=12)
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.best, cell.high, cell.conflict) == (7, 7, 12, True)
    assert all(s.superseded_by is None for s in cell.sources)


def test_up_to_keeps_its_stated_cap_when_a_best_is_set():
    # "Up to 30 killed" (stored 30) with a best of 20 set by the coder: the source's
    # ceiling is still 30; the best is 20. (The cap was the best, 20.)
    from workbench.core.incidents.tally import figure_range

    assert figure_range("up_to", 30, 20, None) == (None, 30, 20, "")
    assert figure_range("up_to", None, 20, None) == (None, 20, 20, "")
    assert figure_range("up_to", 10, 8, 12) == (None, 12, 8, "")


def test_fewer_than_n_is_at_most_n_minus_one(project):
    # "Fewer than 10 people were killed" is stored as up to 10 (the engine's number);
    # it says at most 9. "Up to 10" says at most 10. With "at least 9" from another
    # report they agree (9–9) rather than read 9–10.
    a = report(project, "Fewer than 10 people were killed in the raid.\n", name="a.txt",
               published="2026-03-02")
    b = report(project, "At least 9 people were killed in the raid.\n", name="b.txt",
               published="2026-03-02")
    fa = figure(project, a, "Fewer than 10 people were killed", count_low=10,
                qualifier="up_to")
    fb = figure(project, b, "At least 9 people were killed", count_low=9,
                qualifier="at_least")
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.high, cell.conflict) == (9, 9, False)
    row = next(s for s in cell.sources if s.doc_id == a)
    assert (row.low, row.best, row.high) == (None, 9, 9)


def test_less_than_with_a_cap_the_coder_set_is_left_as_set(project):
    # A coder who wrote the cap themselves (9 for "less than 10") is not corrected again.
    a = report(project, "Less than 10 people were killed.\n", name="a.txt")
    fa = figure(project, a, "Less than 10 people were killed", count_high=9,
                qualifier="up_to")
    cell = tally(project, _incident(project, fa)).cell("killed")
    assert cell.high == 9


def test_up_to_n_keeps_n(project):
    a = report(project, "Up to 10 people were killed.\n", name="a.txt")
    fa = figure(project, a, "Up to 10 people were killed", count_low=10, qualifier="up_to")
    cell = tally(project, _incident(project, fa)).cell("killed")
    assert (cell.low, cell.best, cell.high) == (None, 10, 10)


def test_a_rejected_or_trashed_revision_supersedes_nothing(project):
    from workbench.core.ops.annotations import set_status, trash_annotations

    a = report(project, "Seven people were killed.\n", name="a.txt", published="2026-03-02")
    b = report(project, "The toll rose to 12.\n", name="b.txt", published="2026-03-03")
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "rose to 12", count_low=12)
    inc = _incident(project, fa, fb)
    assert tally(project, inc).cell("killed").low == 12
    set_status(project, [fb], "rejected")
    cell = tally(project, inc).cell("killed")
    assert (cell.low, cell.high) == (7, 7)
    assert all(s.superseded_by is None for s in cell.sources)
    set_status(project, [fb], "accepted")
    trash_annotations(project, [fb])
    assert (tally(project, inc).cell("killed").low, tally(project, inc).cell("killed").high) \
        == (7, 7)


def test_outcomes_are_never_mixed_and_a_revision_stays_in_its_outcome(project):
    # Monday: 4 killed, 20 wounded, 2 missing. Tuesday: "the number of wounded rose to
    # 31". Killed stays 4 and missing 2; wounded is 31. No outcome adds another's.
    a = report(project, "Four people were killed, 20 wounded and two are missing.\n",
               name="a.txt", published="2026-03-02")
    b = report(project, "The number of wounded rose to 31.\n", name="b.txt",
               published="2026-03-03")
    k = figure(project, a, "Four people were killed", count_low=4)
    w = figure(project, a, "20 wounded", "wounded", count_low=20)
    m = figure(project, a, "two are missing", "missing", count_low=2)
    r = figure(project, b, "wounded rose to 31", "wounded", count_low=31)
    t = tally(project, _incident(project, k, w, m, r))
    assert (t.cell("killed").low, t.cell("killed").high) == (4, 4)
    assert (t.cell("wounded").low, t.cell("wounded").high) == (31, 31)
    assert (t.cell("missing").low, t.cell("missing").high) == (2, 2)
    assert t.describe() == "killed 4 · wounded 31 · missing 2 · 2 sources"


def test_an_incident_with_no_figure_or_only_vague_words(project):
    empty = ops.create_incident(project, "Nothing yet").result
    assert tally(project, empty).describe() == "no figures · 0 sources"
    doc = report(project, "Dozens were killed and hundreds wounded.\n", name="a.txt")
    k = figure(project, doc, "Dozens were killed", count_low=24, qualifier="vague")
    w = figure(project, doc, "hundreds wounded", "wounded", count_low=200, qualifier="vague")
    t = tally(project, _incident(project, k, w))
    # The engine's floors (24, 200), flagged vague; no ceiling is claimed beyond them,
    # and the line says the high is open.
    assert (t.cell("killed").low, t.cell("killed").vague) == (24, True)
    assert (t.cell("wounded").low, t.cell("wounded").vague) == (200, True)
    assert t.describe() == ("killed 24 or more (vague) · wounded 200 or more (vague) "
                            "· 1 source")


def test_a_figure_moved_to_another_incident_leaves_one_tally_and_joins_the_other(project):
    from workbench.core.ops.history import undo

    a = report(project, "Seven people were killed.\n", name="a.txt")
    b = report(project, "Nine people were killed.\n", name="b.txt")
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "Nine people were killed", count_low=9)
    one = _incident(project, fa, fb)
    two = ops.create_incident(project, "Second").result
    ops.move_members(project, one, two, [fb])
    assert tally(project, one).describe() == "killed 7 · 1 source"
    assert tally(project, two).describe() == "killed 9 · 1 source"
    undo(project)
    assert tally(project, one).describe() == "killed 7–9 (best 9, sources disagree) · 2 sources"
    assert tally(project, two).describe() == "no figures · 0 sources"


def test_no_fewer_than_coded_as_up_to_is_not_lowered(project):
    # "No fewer than 10" is a floor; a coder who chose "up to" for it made a choice the
    # tally does not second-guess further by reading "fewer than" inside it.
    a = report(project, "No fewer than 10 people were killed.\n", name="a.txt")
    fa = figure(project, a, "No fewer than 10 people were killed", count_low=10,
                qualifier="up_to")
    assert tally(project, _incident(project, fa)).cell("killed").high == 10


def test_about_n_is_ten_percent_either_side_with_halves_rounded_up():
    # 10 % of 25 is 2.5 and of 45 is 4.5: both round up like 3.5 and 5.5 do, so the band
    # grows with the number (it was ±2 for 25 but ±4 for 35, ±4 for 45 but ±6 for 55).
    from workbench.core.incidents.tally import figure_range

    expected = {4: (3, 5), 25: (22, 28), 35: (31, 39), 44: (40, 48), 45: (40, 50),
                55: (49, 61), 50: (45, 55), 125: (112, 138)}
    for n, (lo, hi) in expected.items():
        assert figure_range("about", n, None, None) == (lo, hi, n, "approximate"), n


def test_a_later_reports_figure_someone_later_said_supersedes_nothing(project):
    # "Police later said" marks a revision inside one report, but a later report's
    # figure worded so is not a toll that changed: Monday's 7 and Tuesday's 5 disagree.
    a = report(project, "Seven people were killed.\n", name="a.txt", published="2026-03-02")
    b = report(project, "Five people were killed, police later said.\n", name="b.txt",
               published="2026-03-03")
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "Five people were killed, police later said", count_low=5)
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.high, cell.conflict) == (5, 7, True)


def test_a_later_revision_without_a_floor_keeps_the_earlier_floor(project):
    # "Rose to as many as 30" caps the toll but sets no floor: Monday's 7 stays the
    # low (replacing it left the incident "killed 0–30").
    a = report(project, "Seven people were killed.\n", name="a.txt", published="2026-03-02")
    b = report(project, "The toll rose to as many as 30.\n", name="b.txt",
               published="2026-03-03")
    fa = figure(project, a, "Seven people were killed", count_low=7)
    fb = figure(project, b, "rose to as many as 30", count_low=30, qualifier="up_to")
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.high) == (7, 30)


def test_a_later_revised_total_after_a_toll_with_a_part(project):
    # Monday: "Eleven people were killed, including five children" (the five linked
    # part_of the eleven). Tuesday: "the toll rose to 14". 14 killed; at least 5 of
    # them civilians (Monday's part still says so), with no disagreement.
    from workbench.core.ops.annotations import add_link

    a = report(project, "Eleven people were killed, including five children.\n",
               name="a.txt", published="2026-03-02")
    b = report(project, "The toll rose to 14.\n", name="b.txt", published="2026-03-03")
    whole = figure(project, a, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, a, "five children", count_low=5, group="children")
    add_link(project, part, whole, "part_of")
    rev = figure(project, b, "rose to 14", count_low=14)
    t = tally(project, _incident(project, whole, part, rev))
    total = t.cell("killed")
    assert (total.low, total.best, total.high, total.conflict) == (14, 14, 14, False)
    civ = t.cell("killed", "civilians")
    assert (civ.low, civ.high) == (5, 5)  # a floor; no source gives a higher civilian figure
