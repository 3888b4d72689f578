"""A document's total for an outcome: its categories are added, but a toll said twice in
two categories ("Nine killed" in the headline, "killed nine civilians" in the body), a
revised toll, and a part of a figure that is not counted must not change the total."""

from __future__ import annotations

from tests.core.incidents.helpers import figure, report
from workbench.core.incidents import ops
from workbench.core.incidents.tally import tally
from workbench.core.ops.annotations import add_link, remove_link, set_status, trash_annotations

HEADLINE = ("Nine killed in strike on Tarsin market\n\n"
            "A drone strike on the market in Tarsin killed nine civilians on Monday, "
            "the district council said. The nine civilians were buried on Tuesday.\n")


def _incident(project, *ann_ids):
    return ops.create_incident(project, "Tarsin market", members=list(ann_ids)).result


def _killed(project, inc, category="all"):
    cell = tally(project, inc).cell("killed", category)
    return None if cell is None else (cell.low, cell.best, cell.high)


def _headline_and_body(project):
    doc = report(project, HEADLINE, name="a.txt")
    head = figure(project, doc, "Nine killed", count_low=9)
    body = figure(project, doc, "killed nine civilians", count_low=9, group="civilians")
    return doc, head, body


def test_a_toll_linked_same_as_across_categories_counts_once(project):
    _, head, body = _headline_and_body(project)
    inc = _incident(project, head, body)
    add_link(project, body, head, "same_as")  # as the engine links a repeated toll
    assert _killed(project, inc) == (9, 9, 9)
    # Each category still shows what the report says of it.
    assert _killed(project, inc, "civilians") == (9, 9, 9)
    assert _killed(project, inc, "unknown") == (9, 9, 9)
    assert "killed 9 · 1 source" in tally(project, inc).describe()


def test_a_same_as_chain_counts_once_and_a_removed_link_adds_again(project):
    doc, head, body = _headline_and_body(project)
    third = figure(project, doc, "The nine civilians", count_low=9, group="civilians")
    inc = _incident(project, head, body, third)
    add_link(project, body, head, "same_as")
    link = add_link(project, third, body, "same_as").result
    assert _killed(project, inc) == (9, 9, 9)
    remove_link(project, link)  # still one link between the categories
    assert _killed(project, inc) == (9, 9, 9)
    links = [x["id"] for x in project.repo.links([body]) if x["target_id"] == head]
    remove_link(project, links[0])  # no link left: the categories are different people
    assert _killed(project, inc) == (18, 18, 18)


def test_a_rejected_or_trashed_link_end_leaves_the_other_figure_counted(project):
    _, head, body = _headline_and_body(project)
    inc = _incident(project, head, body)
    add_link(project, body, head, "same_as")
    set_status(project, [head], "rejected")
    assert _killed(project, inc) == (9, 9, 9)
    set_status(project, [head], "accepted")
    trash_annotations(project, [body])
    assert _killed(project, inc) == (9, 9, 9)


def test_same_as_across_documents_changes_nothing(project):
    a = report(project, "Nine killed in Tarsin.\n", name="a.txt", published="2026-03-02")
    b = report(project, "The strike killed eleven civilians.\n", name="b.txt",
               published="2026-03-03")
    fa = figure(project, a, "Nine killed", count_low=9)
    fb = figure(project, b, "killed eleven civilians", count_low=11, group="civilians")
    inc = _incident(project, fa, fb)
    before = _killed(project, inc)
    add_link(project, fb, fa, "same_as")
    assert _killed(project, inc) == before == (9, 11, 11)


def test_a_revised_toll_without_a_group_replaces_the_earlier_categories_in_the_total(
        project):
    doc = report(project, "Five civilians and three soldiers were killed in the shelling "
                 "of Vell. By evening the toll had risen to 12.\n", name="a.txt")
    civ = figure(project, doc, "Five civilians", count_low=5, group="civilians")
    sol = figure(project, doc, "three soldiers", count_low=3, group="soldiers")
    new = figure(project, doc, "the toll had risen to 12", count_low=12)
    inc = _incident(project, civ, sol, new)
    assert _killed(project, inc) == (12, 12, 12)
    assert _killed(project, inc, "civilians") == (5, 5, 5)
    assert _killed(project, inc, "combatants") == (3, 3, 3)
    notes = {f.annotation_id: f.note
             for s in tally(project, inc).cell("killed").sources for f in s.figures}
    assert notes[civ] == notes[sol] == "superseded by an updated toll"


def test_a_revised_toll_of_one_category_leaves_the_others_added(project):
    doc = report(project, "Five civilians were killed. The number of soldiers killed "
                 "later rose to 4.\n", name="a.txt")
    civ = figure(project, doc, "Five civilians were killed", count_low=5, group="civilians")
    sol = figure(project, doc, "soldiers killed later rose to 4", count_low=4,
                 group="soldiers")
    inc = _incident(project, civ, sol)
    assert _killed(project, inc) == (9, 9, 9)


def test_a_part_counts_when_the_figure_it_is_part_of_does_not(project):
    doc = report(project, "Eleven people were killed, including two soldiers.\n",
                 name="a.txt")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers")
    add_link(project, part, whole, "part_of")
    inc = _incident(project, whole, part)
    assert _killed(project, inc) == (11, 11, 11)
    set_status(project, [whole], "rejected")  # "eleven" was misread: the two remain
    assert _killed(project, inc) == (2, 2, 2)
    set_status(project, [whole], "suggested")
    counted = tally(project, inc, ("accepted",)).cell("killed")
    assert (counted.low, counted.high) == (2, 2)
    set_status(project, [whole], "accepted")
    trash_annotations(project, [whole])
    assert _killed(project, inc) == (2, 2, 2)


def test_a_part_of_a_figure_outside_the_incident_counts(project):
    doc = report(project, "Eleven people were killed, including two soldiers.\n",
                 name="a.txt")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers")
    add_link(project, part, whole, "part_of")
    inc = _incident(project, part)
    assert _killed(project, inc) == (2, 2, 2)


def _two_groups(project):
    a = report(project, "The strike on Vell killed five civilians, the council said.\n",
               name="a.txt", published="2026-03-02")
    b = report(project, "Three soldiers were killed in the strike on Vell, the army said.\n",
               name="b.txt", published="2026-03-03")
    fa = figure(project, a, "killed five civilians", count_low=5, group="civilians")
    fb = figure(project, b, "Three soldiers were killed", count_low=3, group="soldiers")
    return a, b, _incident(project, fa, fb)


def test_sources_naming_different_victims_add_up_and_do_not_disagree(project):
    """The council counts civilians and the army its soldiers: neither source says
    anything of the other's dead, so the total is at least both (8), not 3-5 with the
    sources said to disagree, and never below the civilians' own cell."""
    _, _, inc = _two_groups(project)
    t = tally(project, inc)
    cell = t.cell("killed")
    assert (cell.low, cell.best, cell.high) == (8, 8, 8)
    assert not cell.conflict
    assert t.cell("killed", "civilians").low == 5
    assert t.describe() == "killed 8 · 2 sources"


def test_the_ucdp_and_acled_rows_add_the_named_groups(project):
    import io

    from workbench.core.exporters.incident_export import write_acled, write_ucdp

    _, _, inc = _two_groups(project)
    out = io.StringIO()
    write_ucdp(project, out, ids=[inc])
    row = dict(zip(*[line.split(",") for line in out.getvalue().splitlines()[:2]],
                   strict=False))
    assert (row["low"], row["best"], row["high"], row["deaths_civilians"]) == (
        "8", "8", "8", "5")
    out = io.StringIO()
    write_acled(project, out, ids=[inc])
    # fatalities 8, and fatalities_open empty: two closed groups close the total.
    assert out.getvalue().splitlines()[1].endswith(",8,")


def test_a_category_the_sources_dispute_flags_the_total(project):
    a = report(project, "Exactly ten civilians were killed.\n", name="a.txt")
    b = report(project, "At least twelve civilians were killed.\n", name="b.txt")
    fa = figure(project, a, "ten civilians were killed", count_low=10, group="civilians")
    fb = figure(project, b, "At least twelve civilians", count_low=12, group="civilians",
                qualifier="at_least")
    t = tally(project, _incident(project, fa, fb))
    assert t.cell("killed", "civilians").conflict
    assert t.cell("killed").conflict and sorted(t.cell("killed").conflicting) == [a, b]
    assert "sources disagree" in t.describe()


def test_a_total_below_the_named_groups_is_a_disagreement_and_keeps_the_lowest_low(
        project):
    a = report(project, "Five civilians were killed.\n", name="a.txt")
    b = report(project, "Three soldiers died.\n", name="b.txt")
    c = report(project, "Six people were killed.\n", name="c.txt")
    fa = figure(project, a, "Five civilians were killed", count_low=5, group="civilians")
    fb = figure(project, b, "Three soldiers died", count_low=3, group="soldiers")
    fc = figure(project, c, "Six people were killed", count_low=6, group="people")
    inc = _incident(project, fa, fb)
    cell = tally(project, inc).cell("killed")
    assert (cell.low, cell.high, cell.conflict) == (8, 8, False)
    ops.add_members(project, inc, [fc])  # 6 in all, against 5 + 3
    cell = tally(project, inc).cell("killed")
    assert (cell.low, cell.high) == (3, 8)  # the sources disagree: the lowest low stands
    assert cell.conflict and sorted(cell.conflicting) == [a, b, c]
    d = report(project, "Twelve people were killed.\n", name="d.txt")
    ops.remove_members(project, inc, [fc])
    ops.add_members(project, inc, [figure(project, d, "Twelve people were killed",
                                          count_low=12, group="people")])
    cell = tally(project, inc).cell("killed")
    assert (cell.low, cell.high, cell.conflict) == (8, 12, False)


def test_a_revised_total_below_its_earlier_groups_stands(project):
    doc = report(project, "Five civilians and three soldiers were killed, officials said. "
                 "The toll was later revised to 6.\n", name="a.txt")
    civ = figure(project, doc, "Five civilians", count_low=5, group="civilians")
    sol = figure(project, doc, "three soldiers", count_low=3, group="soldiers")
    new = figure(project, doc, "The toll was later revised to 6", count_low=6)
    inc = _incident(project, civ, sol, new)
    assert _killed(project, inc) == (6, 6, 6)


def test_a_capped_figure_of_one_group_keeps_its_cap_in_the_total(project):
    a = report(project, "Up to five civilians may have died.\n", name="a.txt")
    fa = figure(project, a, "Up to five civilians", count_low=5, group="civilians",
                qualifier="up_to")
    cell = tally(project, _incident(project, fa)).cell("killed")
    assert (cell.low, cell.high) == (None, 5)


def test_a_part_counts_in_its_own_category_but_not_again_in_the_total(project):
    doc = report(project, "Eleven people were killed, including two soldiers.\n",
                 name="a.txt")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers")
    add_link(project, part, whole, "part_of")
    t = tally(project, _incident(project, whole, part))
    assert (t.cell("killed").low, t.cell("killed").high) == (11, 11)
    assert (t.cell("killed", "combatants").low, t.cell("killed", "combatants").high) == (2, 2)
    notes = {f.annotation_id: f.note for s in t.cell("killed").sources for f in s.figures}
    assert notes[part].startswith("part of another figure")


def test_a_part_of_a_figure_of_another_outcome_counts_in_its_own_total(project):
    """Two of nine wounded who later died, linked part_of the wounded by hand: the
    wounded toll does not count deaths, so the killed total is 2, not "no figures"."""
    doc = report(project, "Nine people were wounded in the shelling of Vell, two of whom "
                 "later died in hospital.\n", name="a.txt")
    hurt = figure(project, doc, "Nine people were wounded", "wounded", count_low=9,
                  group="people")
    died = figure(project, doc, "two of whom later died", count_low=2)
    add_link(project, died, hurt, "part_of")
    t = tally(project, _incident(project, hurt, died))
    assert (t.cell("killed").low, t.cell("killed").high) == (2, 2)
    assert (t.cell("wounded").low, t.cell("wounded").high) == (9, 9)
    assert t.describe() == "killed 2 · wounded 9 · 1 source"


def test_a_toll_linked_same_as_to_one_group_keeps_its_ceiling(project):
    """"Seven killed" and "killed seven civilians", one toll: the report's total is 7,
    not "at least 7" as if it had named the civilians only. So a report of seven
    civilians and three soldiers disagrees with it about the total."""
    a = report(project, "Seven killed in Tarsin\n\nThe strike on Tarsin killed seven "
               "civilians.\n", name="a.txt", published="2026-03-02")
    head = figure(project, a, "Seven killed", count_low=7)
    body = figure(project, a, "killed seven civilians", count_low=7, group="civilians")
    add_link(project, body, head, "same_as")
    inc = _incident(project, head, body)
    (row,) = tally(project, inc).cell("killed").sources
    assert (row.low, row.high) == (7, 7)
    b = report(project, "Seven civilians and three soldiers were killed in Tarsin.\n",
               name="b.txt", published="2026-03-03")
    ops.add_members(project, inc, [
        figure(project, b, "Seven civilians", count_low=7, group="civilians"),
        figure(project, b, "three soldiers", count_low=3, group="soldiers")])
    cell = tally(project, inc).cell("killed")
    assert (cell.low, cell.high) == (7, 10)
    assert cell.conflict and sorted(cell.conflicting) == [a, b]


def test_a_part_is_a_floor_of_its_category_not_a_count_of_it(project):
    """"Eleven people, including five children" says at least five civilians (the six
    others may be civilians too): a report of seven civilians does not disagree."""
    a = report(project, "Eleven people were killed in Vell, including five children.\n",
               name="a.txt", published="2026-03-02")
    b = report(project, "Seven civilians were killed in Vell.\n", name="b.txt",
               published="2026-03-03")
    whole = figure(project, a, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, a, "five children", count_low=5, group="children")
    add_link(project, part, whole, "part_of")
    seven = figure(project, b, "Seven civilians were killed", count_low=7,
                   group="civilians")
    t = tally(project, _incident(project, whole, part, seven))
    civ = t.cell("killed", "civilians")
    assert (civ.low, civ.high, civ.conflict) == (5, 7, False)
    assert [(s.low, s.high) for s in civ.sources] == [(5, None), (7, 7)]
    assert not t.cell("killed").conflict
    assert (t.cell("killed").low, t.cell("killed").high) == (7, 11)
