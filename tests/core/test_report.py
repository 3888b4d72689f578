"""The incident report's HTML: tally numbers, quotes, hashes, escaping, the chart."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.core.incidents.helpers import figure
from tests.helpers import add_doc, make_project
from workbench.core.incidents import ops
from workbench.core.ops.annotations import set_status
from workbench.core.ops.documents import grade_source
from workbench.core.report import chart_points, report_html

PNG = b"\x89PNG\r\n\x1a\nfake-chart"


def report(project, body: str, *, name: str, published: str, grade: tuple[str, int],
           publisher: str) -> int:
    doc = add_doc(project, body, name=f"{len(name)}.txt", published=published,
                  publisher=publisher, title=name)
    grade_source(project, doc, *grade)
    return doc


def build(project) -> str:
    """Two fictional wire reports on one shelling; returns the incident id."""
    a = report(project, "Shelling of the Port Halden market killed 7 civilians on Sunday.\n",
               name="Northgate first report", published="2026-03-02", grade=("B", 2),
               publisher="Northgate Wire")
    b = report(project, "The toll rose to at least 9 civilians killed, medics said.\n",
               name="Harbour Times update", published="2026-03-04", grade=("C", 3),
               publisher="Harbour Times")
    k1 = figure(project, a, "killed 7 civilians", count_low=7, group="civilians",
                qualifier="exact", raw="killed 7 civilians")
    k2 = figure(project, b, "at least 9 civilians killed", count_low=9, group="civilians",
                qualifier="at_least", raw="rose to at least 9 civilians killed")
    return ops.create_incident(project, "Port Halden market <script>alert(1)</script>",
                               members=[k1, k2], start_date="2026-03-01",
                               date_precision="day", place_name="Port Halden",
                               incident_type="shelling").result


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path, "halden.wbproj") as p:
        yield p


def test_html_has_the_tally_the_quotes_and_each_originals_hash(project):
    inc = build(project)
    page = report_html(project, [inc], charts={inc: PNG}, made_on=dt.date(2026, 3, 9))
    assert "“killed 7 civilians”" in page
    assert "“at least 9 civilians killed”" in page
    for doc in project.repo.documents():
        assert doc["original_sha256"] in page
    # killed / civilians: low 7, high 9, best 7 (from the better-graded source); the 9
    # is "at least 9", so the high is open.
    row = re.search(r"<tr><td>killed</td><td>civilians</td>(.*?)</tr>", page)
    assert row is not None
    assert re.findall(r"<td class='n'>(\d+(?: or more)?|–)</td>", row.group(1)) == [
        "7", "7", "9 or more"]
    assert "Northgate Wire" in page and "2026-03-02" in page
    assert "reliability B, credibility 2" in page
    assert "halden" in page and "made 2026-03-09" in page
    assert "Shelling" in page and "Port Halden" in page


def test_a_hostile_title_is_escaped(project):
    inc = build(project)
    page = report_html(project, [inc])
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_chart_is_embedded_as_a_data_uri_or_named_for_the_pdf(project):
    inc = build(project)
    page = report_html(project, [inc], charts={inc: PNG})
    assert "<img src='data:image/png;base64,iVBORw0KGgpmYWtlLWNoYXJ0'" in page
    named = report_html(project, [inc], charts={inc: PNG}, embed=False)
    assert f"<img src='chart-{inc}.png'" in named and "base64" not in named


def test_chart_points_follow_publication_dates(project):
    inc = build(project)
    pts = chart_points(project, inc)
    assert [(p.day, p.outcome, p.low, p.high) for p in pts] == [
        ("2026-03-02", "killed", 7, 7), ("2026-03-04", "killed", 9, None)]


def test_without_ids_every_real_incident_is_reported(project):
    inc = build(project)
    ops.create_incident(project, "Second incident")
    page = report_html(project)
    assert page.count("<h2") == 2 and inc  # both, in date order


def test_each_incident_after_the_first_starts_a_page_and_qualifiers_read_as_words(tmp_path):
    from tests.helpers import make_project
    from workbench.core.incidents.ops import create_incident
    from workbench.core.ops.annotations import annotate_quote
    from workbench.core.report import report_html

    from .incidents.helpers import report as add_report

    with make_project(tmp_path) as p:
        doc = add_report(p, "At least 12 people were killed.\n", name="a.txt",
                         published="2026-03-04")
        fig = annotate_quote(p, doc, "casualty", "At least 12 people were killed",
                             {"outcome": "killed", "count_low": 12,
                              "qualifier": "at_least"}).result
        create_incident(p, "First", members=[fig])
        create_incident(p, "Second")
        html = report_html(p)
    assert html.count("page-break-before: always") == 1
    assert html.index("page-break-before") > html.index("First")
    assert "qualifier at least" in html and "at_least" not in html


def test_the_report_counts_the_figures_the_exports_count(project):
    """An engine's unreviewed suggestion (or a rejected figure) is listed with the reason
    it is not counted, but reaches neither the tally, the summary nor the chart: the
    report's figures are the UCDP and ACLED exports' figures."""
    import io

    from workbench.core.exporters.incident_export import write_ucdp

    inc = _mixed(project)
    out = io.StringIO()
    write_ucdp(project, out, ids=[inc])
    ucdp = dict(zip(*[line.split(",") for line in out.getvalue().splitlines()[:2]],
                    strict=False))
    assert (ucdp["low"], ucdp["best"], ucdp["high"]) == ("7", "7", "9")
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    row = re.search(r"<tr><td>killed</td><td>all</td>(.*?)</tr>", page).group(1)
    assert re.findall(r"<td class='n'>(\d+(?: or more)?)</td>", row) == [
        "7", "7", "9 or more"]
    assert "killed 7–9" in page and "90" not in row
    assert "not counted: suggested, not counted" in page  # listed, with the reason
    assert [p.low for p in chart_points(project, inc)] == [7, 9]
    # Asked for, unreviewed figures are counted (as the export's --status asks).
    wide = report_html(project, [inc], made_on=dt.date(2026, 3, 9),
                       figure_statuses=("accepted", "suggested"))
    row = re.search(r"<tr><td>killed</td><td>all</td>(.*?)</tr>", wide).group(1)
    assert re.findall(r"<td class='n'>(\d+)</td>", row)[2] == "90"


def _mixed(project) -> str:
    """The Port Halden incident with an unreviewed "ninety" and a rejected "seventy"."""
    from workbench.core.ops.annotations import set_status

    inc = build(project)
    c = report(project, "Ninety civilians died in the shelling, a post claimed.\n",
               name="Unverified post", published="2026-03-05", grade=("C", 3),
               publisher="Channel")
    k3 = figure(project, c, "Ninety civilians died", count_low=90, group="civilians")
    d = report(project, "Seventy civilians were killed there, a flyer said.\n",
               name="Flyer", published="2026-03-06", grade=("C", 3), publisher="Flyer")
    k4 = figure(project, d, "Seventy civilians were killed", count_low=70,
                group="civilians")
    ops.add_members(project, inc, [k3, k4])
    set_status(project, [k3], "suggested")
    set_status(project, [k4], "rejected")
    return inc


def _summary(page: str) -> str:
    return re.search(r"<th>Summary</th><td>(.*?)</td>", page).group(1)


def test_the_working_tally_says_what_the_report_leaves_out(project):
    """The working tally (every figure not rejected, as the window and `workbench
    tally`) names its unreviewed figures, and its note quotes the report's line; each
    choice of statuses gives the report's numbers for that choice."""
    from workbench.core.incidents.tally import published_note, tally

    inc = _mixed(project)
    working = tally(project, inc)
    assert working.describe() == "killed 7–90 (best 7, sources disagree) · 3 sources"
    assert len(working.unreviewed()) == 1 and len(working.counted_figures()) == 3
    made = dt.date(2026, 3, 9)
    published = _summary(report_html(project, [inc], made_on=made))
    assert published == "killed 7–9 or more (best 7, sources disagree) · 2 sources"
    assert published_note(project, working) == (
        "1 of 3 counted figures is an unreviewed suggestion, left out of the report and "
        f"exports, which read: {published}")
    for statuses in (None, ("accepted",), ("accepted", "suggested"), ("suggested",)):
        t = tally(project, inc, statuses)
        assert t.describe() == _summary(report_html(project, [inc], made_on=made,
                                                    figure_statuses=statuses))
    accepted = tally(project, inc, ("accepted",))
    assert accepted.unreviewed() == [] and published_note(project, accepted) == ""


def test_a_set_aside_source_says_its_figures_are_not_counted(project):
    # The tally leaves an E5 source out (7 killed, from the B2 report alone); the page
    # listed the E5 source's "Ninety" under it with nothing saying it was not counted.
    a = report(project, "Shelling killed 7 civilians in Port Halden on Sunday.\n",
               name="Northgate", published="2026-03-02", grade=("B", 2),
               publisher="Northgate Wire")
    b = report(project, "Ninety civilians were killed in Port Halden, a forum post said.\n",
               name="Forum repost", published="2026-03-03", grade=("E", 5),
               publisher="Anonymous forum")
    k1 = figure(project, a, "killed 7 civilians", count_low=7, group="civilians",
                qualifier="exact")
    k2 = figure(project, b, "Ninety civilians were killed", count_low=90,
                group="civilians", qualifier="exact")
    from workbench.core.ops.annotations import set_status
    set_status(project, [k1, k2], "accepted")
    inc = ops.create_incident(project, "Port Halden", members=[k1, k2]).result
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    row = re.search(r"<tr><td>killed</td><td>civilians</td>(.*?)</tr>", page).group(1)
    assert re.findall(r"<td class='n'>([^<]*)</td>", row) == ["7", "7", "7"]
    forum = page[page.index("Forum repost"):]
    assert "Set aside: graded E5" in forum
    assert re.search(r"“Ninety civilians were killed”</blockquote><p class='meta'>[^<]*"
                     r"not counted: graded E5", forum)
    northgate = page[page.index("Northgate"):page.index("Forum repost")]
    assert "not counted" not in northgate and "Set aside" not in northgate
    # Included by hand for this incident, it counts and says nothing of the kind.
    ops.include_source(project, inc, b, True)
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    assert "Set aside" not in page and "not counted" not in page


def test_a_source_with_no_figure_is_still_named_with_its_grade_and_hash(project):
    # An incident built from a claim names the claim's report: before, its section read
    # "No source figures yet" and the document's title, grade and hash were missing.
    doc = report(project, "The Eastern Brigade claimed the raid on the Halden depot.\n",
                 name="Depot claim", published="2026-03-05", grade=("C", 3),
                 publisher="Harbour Times")
    from workbench.core.ops.annotations import annotate_quote
    claim = annotate_quote(project, doc, "claim", "claimed the raid",
                           {"status": "unverified"}).result
    inc = ops.create_incident(project, "Depot raid", members=[claim]).result
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    sources = page[page.index("<h3>Sources</h3>"):]
    stored = project.repo.get("document", doc)["original_sha256"]
    assert f"SHA-256 of the original: {stored}" in sources
    assert "<b>Depot claim</b> (document 1)" in sources
    assert "graded C3" in sources and "Harbour Times" in sources
    assert "No casualty figure from this source." in sources
    assert "<p>No casualty figures in this incident.</p>" in page


def test_arabic_titles_memos_and_quotes_read_right_to_left_and_are_not_italic(project):
    doc = report(project, "قتل سبعة مدنيين في قصف على السوق يوم الأحد.\n", name="Arabic",
                 published="2026-03-02", grade=("B", 2), publisher="Wire")
    en = report(project, "Shelling killed 7 civilians at the market.\n", name="English",
                published="2026-03-03", grade=("B", 2), publisher="Wire")
    k1 = figure(project, doc, "قتل سبعة مدنيين", count_low=7, qualifier="exact")
    k2 = figure(project, en, "killed 7 civilians", count_low=7, qualifier="exact")
    inc = ops.create_incident(project, "قصف السوق", members=[k1, k2],
                              memo="نقلت المصادر الرقم نفسه").result
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    assert "<h2 dir='rtl'>قصف السوق</h2>" in page
    assert "<p dir='rtl'><b>Memo:</b> نقلت المصادر الرقم نفسه</p>" in page
    assert "<blockquote dir='rtl'>“قتل سبعة مدنيين”</blockquote>" in page
    # Only a quote with no right-to-left letter is italic (Arabic fonts have no italic).
    assert "<blockquote class='en'>“killed 7 civilians”</blockquote>" in page
    assert re.search(r"blockquote\.en \{[^}]*italic", page)
    assert not re.search(r"blockquote \{[^}]*italic", page)


def test_a_very_long_word_is_kept_whole_and_may_wrap(project):
    # A pasted link or a run of letters without a space: escaped, never cut, and the
    # page lets a browser break it (the PDF's layout breaks it by itself).
    long_word = "Halden&" + "x" * 400 + "<end>"
    doc = report(project, "Shelling killed 7 civilians at the market.\n", name="Long",
                 published="2026-03-03", grade=("B", 2), publisher="Wire")
    k = figure(project, doc, "killed 7 civilians", count_low=7, qualifier="exact")
    inc = ops.create_incident(project, long_word, members=[k], memo=long_word).result
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    escaped = "Halden&amp;" + "x" * 400 + "&lt;end&gt;"
    assert page.count(escaped) == 2 and "<end>" not in page
    assert re.search(r"p, blockquote, td \{ overflow-wrap: anywhere; \}", page)


def test_an_actor_chosen_by_its_record_is_named_by_it_after_a_rename(project):
    # The report and the exports printed the record's id ("2qvn… (perpetrator)"), as an
    # incident actor chosen by its record is stored by id; a rename went unseen.
    import csv
    import io

    from workbench.core.exporters.incident_export import write_acled, write_incidents
    from workbench.core.ops.actors import add_actor, trash_actor, update_actor

    doc = report(project, "Shelling killed 7 civilians at the market.\n", name="Actors",
                 published="2026-03-03", grade=("B", 2), publisher="Wire")
    k = figure(project, doc, "killed 7 civilians", count_low=7, qualifier="exact")
    brigade = add_actor(project, "Eastern Brigade").result
    inc = ops.create_incident(project, "Market shelling", members=[k], actors=[
        {"actor_id": brigade, "role": "perpetrator"},
        {"name": "Town militia", "role": "target"}]).result
    update_actor(project, brigade, name="Eastern Brigades Coalition")
    page = report_html(project, [inc], made_on=dt.date(2026, 3, 9))
    assert ("<tr><th>Actors</th><td>Eastern Brigades Coalition (perpetrator); "
            "Town militia (target)</td></tr>") in page
    assert brigade not in page
    out = io.StringIO()
    write_acled(project, out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["actor1"], row["actor2"]) == ("Eastern Brigades Coalition", "Town militia")
    out = io.StringIO()
    write_incidents(project, out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["actors"] == "perpetrator: Eastern Brigades Coalition; target: Town militia"
    # A record in the trash still names its actor.
    trash_actor(project, brigade)
    assert "Eastern Brigades Coalition (perpetrator)" in report_html(project, [inc])


def test_the_chart_leaves_out_a_set_aside_source_and_says_so(project):
    # The tally sets the E5 forum post aside (7 killed); the chart drew its "Ninety" as a
    # dot beside the 7, scaled to it, as if counted. It now draws what the tally counts,
    # and the caption says a set-aside source's figures are not drawn.
    from workbench.core.ops.annotations import set_status
    a = report(project, "Shelling killed 7 civilians in Port Halden on Sunday.\n",
               name="Northgate", published="2026-03-02", grade=("B", 2),
               publisher="Northgate Wire")
    b = report(project, "Ninety civilians were killed in Port Halden, a forum post said.\n",
               name="Forum repost", published="2026-03-03", grade=("E", 5),
               publisher="Anonymous forum")
    k1 = figure(project, a, "killed 7 civilians", count_low=7, group="civilians",
                qualifier="exact")
    k2 = figure(project, b, "Ninety civilians were killed", count_low=90,
                group="civilians", qualifier="exact")
    set_status(project, [k1, k2], "accepted")
    inc = ops.create_incident(project, "Port Halden", members=[k1, k2]).result
    assert [(p.day, p.low) for p in chart_points(project, inc)] == [("2026-03-02", 7)]
    page = report_html(project, [inc], charts={inc: PNG}, made_on=dt.date(2026, 3, 9))
    caption = page[page.index("Figures over time"):page.index("<h3>Sources</h3>")]
    assert "1 figure of a source set aside for its grade is not drawn" in caption
    # Included by hand, it counts, and the chart draws it.
    ops.include_source(project, inc, b, True)
    assert [p.low for p in chart_points(project, inc)] == [7, 90]
    page = report_html(project, [inc], charts={inc: PNG}, made_on=dt.date(2026, 3, 9))
    assert "set aside" not in page.lower()


def test_a_figure_a_reimport_orphaned_is_said_beside_its_quote(project, tmp_path):
    """The report gives each source's quoted words beside the SHA-256 of its original.
    After a re-import that cut a figure's sentence, that hash is of a version without
    the words: nothing said so, and a reader checking the quote would not find it."""
    from workbench.core.ops.documents import import_file, reimport

    path = tmp_path / "wire.txt"
    path.write_text("Shelling hit Port Halden. It killed 7 civilians, medics said.\n"
                    "Later the army wounded 3 soldiers there.\n", encoding="utf-8")
    doc = import_file(project, path, {"published": "2026-03-02"}).doc_id
    cut = figure(project, doc, "killed 7 civilians", count_low=7, group="civilians",
                 qualifier="exact")
    kept = figure(project, doc, "wounded 3 soldiers", "wounded", count_low=3,
                  group="soldiers", qualifier="exact")
    set_status(project, [cut, kept], "accepted")
    inc = ops.create_incident(project, "Port Halden", members=[cut, kept]).result
    assert "not in this version" not in report_html(project, [inc])
    path.write_text("Shelling hit Port Halden, medics said.\n"
                    "Later the army wounded 3 soldiers there.\n", encoding="utf-8")
    reimport(project, doc, path)
    page = report_html(project, [inc])
    quote = page.index("“killed 7 civilians”")
    assert page.index("not in this version of the document", quote) < page.index(
        "“wounded 3 soldiers”")
    assert page.count("not in this version of the document") == 1


def test_the_chart_draws_only_the_figures_the_total_counts(project):
    """A revised toll supersedes the figures before it, in its report and in earlier
    ones (tally rule 3); the table counted 14 killed while the chart drew 3, 6 and 3
    beside the 14, as if the sources disagreed."""
    from workbench.core.incidents.tally import tally

    a = report(project, "Three people were killed in the shelling of Port Halden.\n",
               name="Monday report", published="2026-03-02", grade=("B", 2),
               publisher="Northgate Wire")
    b = report(project, "The dead included six children and three soldiers, officials "
               "said in the morning. By evening the toll had risen to 14, medics said.\n",
               name="Tuesday update", published="2026-03-03", grade=("B", 2),
               publisher="Northgate Wire")
    figs = [figure(project, a, "Three people were killed", count_low=3, qualifier="exact"),
            figure(project, b, "The dead included six children", count_low=6,
                   group="children", qualifier="exact"),
            figure(project, b, "three soldiers", count_low=3, group="soldiers",
                   qualifier="exact"),
            figure(project, b, "the toll had risen to 14", count_low=14, qualifier="exact")]
    set_status(project, figs, "accepted")
    inc = ops.create_incident(project, "Port Halden", members=figs).result
    total = tally(project, inc).cell("killed")
    assert (total.low, total.best, total.high) == (14, 14, 14)
    counted = sorted((s.published, f.best) for s in total.sources
                     if s.included and s.superseded_by is None for f in s.figures if f.used)
    assert [(p.day, p.best) for p in chart_points(project, inc)] == counted == [
        ("2026-03-03", 14)]
    page = report_html(project, [inc], charts={inc: PNG}, made_on=dt.date(2026, 3, 9))
    caption = page[page.index("Figures over time"):page.index("<h3>Sources</h3>")]
    assert ("3 figures the total does not count (superseded by a revised toll, or part "
            "of another figure) are not drawn") in caption


def test_the_chart_does_not_draw_a_part_counted_inside_another_figure(project):
    """"Eleven people were killed, including two soldiers", linked part_of: the total
    is 11, and the chart drew a second dot of 2 beside it, read as a source saying 2."""
    from workbench.core.ops.annotations import add_link

    doc = report(project, "Eleven people were killed, including two soldiers.\n",
                 name="Kessa report", published="2026-03-04", grade=("B", 2),
                 publisher="Harbour Times")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, qualifier="exact")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers",
                  qualifier="exact")
    set_status(project, [whole, part], "accepted")
    inc = ops.create_incident(project, "Kessa", members=[whole, part]).result
    assert sorted(p.best for p in chart_points(project, inc)) == [2, 11]  # two tolls, added
    add_link(project, part, whole, "part_of")
    assert [p.best for p in chart_points(project, inc)] == [11]
    page = report_html(project, [inc], charts={inc: PNG}, made_on=dt.date(2026, 3, 9))
    assert "1 figure the total does not count" in page and " is not drawn (see Sources)" in page
