"""A count or a date whose words a re-import changed keeps its values and waits for review."""

from __future__ import annotations

from workbench.cli import main
from workbench.core import rewording
from workbench.core.incidents import ops as incident_ops
from workbench.core.incidents.tally import tally
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as ops

FIRST = ("Tarnby, 2 May. Shelling of the ferry quay killed 12 dock workers on 30 April, "
         "the harbour office said. Residents said the market stayed shut.\n")
# The corrected copy: another toll and another day, the rest unchanged.
CORRECTED = FIRST.replace("killed 12 dock", "killed 14 dock").replace("on 30 April", "on 29 April")


def _imported(project, tmp_path):
    path = tmp_path / "quay.txt"
    path.write_text(FIRST, encoding="utf-8")
    doc = ops.import_file(project, path, {"published": "2026-05-02"}).doc_id
    toll = ann_ops.annotate_quote(project, doc, "casualty", "killed 12 dock workers",
                                  {"outcome": "killed", "count_low": 12}).result
    day = ann_ops.annotate_quote(project, doc, "date", "on 30 April",
                                 {"value": "2026-04-30"}).result
    said = ann_ops.annotate_quote(project, doc, "statement",
                                  "Residents said the market stayed shut").result
    return path, doc, toll, day, said


def test_a_reworded_toll_keeps_its_count_and_waits_for_review(project, tmp_path):
    path, doc, toll, day, said = _imported(project, tmp_path)
    inc = incident_ops.create_incident(project, "Quay shelling", members=[toll]).result
    assert tally(project, inc).cell("killed").low == 12
    path.write_text(CORRECTED, encoding="utf-8")
    ops.reimport(project, doc, path)
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    # The researcher's number is not rewritten ...
    assert rows[toll]["exact"] == "killed 14 dock workers"
    assert rows[toll]["fields"]["count_low"] == 12
    assert rows[day]["fields"]["value"] == "2026-04-30"
    # ... but both figures whose words changed wait for review, saying why.
    for ann in (toll, day):
        assert rows[ann]["status"] == "suggested" and rewording.needs_review(rows[ann])
    assert "“killed 12 dock workers” to “killed 14 dock workers”" in rows[toll]["memo"]
    # An annotation whose words did not change, and a kind read from no number, stay.
    assert rows[said]["status"] == "accepted" and rows[said]["memo"] == ""
    # The tally no longer delivers the old number, and says why.
    cell = tally(project, inc).cell("killed")
    assert cell is None or cell.low is None
    figs = [f for c in tally(project, inc).cells.values() for s in c.sources for f in s.figures]
    assert figs and all(f.note == rewording.REASON and not f.used for f in figs)
    # Checked and accepted again, it counts (with whatever the researcher decided).
    ann_ops.set_status(project, [toll], "accepted")
    assert tally(project, inc).cell("killed").low == 12


def test_a_rejected_or_unchanged_figure_is_left_alone(project, tmp_path):
    path, doc, toll, day, _ = _imported(project, tmp_path)
    ann_ops.set_status(project, [toll], "rejected")
    path.write_text("Headline added.\n" + FIRST.replace("on 30 April", "on 29 April"),
                    encoding="utf-8")
    ops.reimport(project, doc, path)
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    assert rows[toll]["status"] == "rejected" and rows[toll]["anchor"] == "reanchored"
    assert rows[day]["status"] == "suggested"


def test_the_commands_say_which_figures_wait(tmp_path, capsys):
    proj = tmp_path / "quay.wbproj"
    src = tmp_path / "quay.txt"
    src.write_text(FIRST, encoding="utf-8")
    assert main(["new", str(proj)]) == 0
    assert main(["import", str(proj), str(src)]) == 0
    assert main(["annotate", str(proj), "1", "--kind", "casualty", "--quote",
                 "killed 12 dock workers", "--field", "outcome=killed",
                 "--field", "count_low=12"]) == 0
    capsys.readouterr()
    src.write_text(CORRECTED, encoding="utf-8")
    assert main(["reimport", str(proj), "1", str(src)]) == 0
    out = capsys.readouterr().out
    assert "1 annotation re-anchored onto changed words keeps its values and waits for " \
        "review: " in out
    assert main(["annotations", str(proj)]) == 0
    listed = capsys.readouterr().out
    assert rewording.REASON in listed
    toll = listed.split()[0]
    assert main(["incident", str(proj), "create", "--title", "Quay", "--member", toll]) == 0
    capsys.readouterr()
    assert main(["tally", str(proj)]) == 0
    out = capsys.readouterr().out
    assert "no figures" in out
    assert f"not counted: 'killed 14 dock workers' ({rewording.REASON}" in out


# The corrected copy withdraws the toll: its sentence is cut, the rest kept.
RETRACTED = ("Tarnby, 2 May. Shelling hit the ferry quay on 30 April, the harbour office "
             "said. Residents said the market stayed shut.\n")


def test_an_accepted_toll_whose_words_a_reimport_cut_stops_counting(project, tmp_path):
    path, doc, toll, day, said = _imported(project, tmp_path)
    ann_ops.set_status(project, [toll, day, said], "accepted")
    inc = incident_ops.create_incident(project, "Quay shelling", members=[toll]).result
    assert tally(project, inc).cell("killed").low == 12
    path.write_text(RETRACTED, encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    assert report.cut == (toll,) and report.orphaned == 1
    assert report.sentence().endswith("; 1 annotation whose words were cut waits for review.")
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    # Kept, with its number, but back to review and saying why ...
    assert rows[toll]["anchor"] == "orphaned" and rows[toll]["fields"]["count_low"] == 12
    assert rows[toll]["status"] == "suggested"
    assert "Re-import cut its words: “killed 12 dock workers”" in rows[toll]["memo"]
    assert rewording.review_reason(rows[toll]) == rewording.CUT_REASON
    # ... while what is still there stays accepted.
    assert rows[day]["status"] == rows[said]["status"] == "accepted"
    # The tally no longer counts the withdrawn toll, and says why.
    cell = tally(project, inc).cell("killed")
    assert cell is None or cell.low is None
    figs = [f for c in tally(project, inc).cells.values() for s in c.sources for f in s.figures]
    assert figs and {(f.note, f.used) for f in figs} == {(rewording.CUT_REASON, False)}
    # Accepted again after reading the new version, it counts as the researcher decided.
    ann_ops.set_status(project, [toll], "accepted")
    assert tally(project, inc).cell("killed").low == 12


def test_a_rejected_or_already_orphaned_figure_is_not_sent_back_again(project, tmp_path):
    path, doc, toll, _, said = _imported(project, tmp_path)
    ann_ops.set_status(project, [said], "rejected")
    path.write_text(RETRACTED.replace("Residents said the market stayed shut.",
                                      "The market reopened."), encoding="utf-8")
    ops.reimport(project, doc, path)
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    assert rows[said]["status"] == "rejected" and rows[said]["memo"] == ""
    ann_ops.set_status(project, [toll], "accepted")  # kept on purpose, orphaned
    path.write_text(RETRACTED + "Ferries ran again on Friday.\n", encoding="utf-8")
    ops.reimport(project, doc, path)
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    assert rows[toll]["status"] == "accepted"


def test_the_commands_say_which_cut_figures_wait(tmp_path, capsys):
    proj = tmp_path / "quay.wbproj"
    src = tmp_path / "quay.txt"
    src.write_text(FIRST, encoding="utf-8")
    assert main(["new", str(proj)]) == 0
    assert main(["import", str(proj), str(src)]) == 0
    assert main(["annotate", str(proj), "1", "--kind", "casualty", "--quote",
                 "killed 12 dock workers", "--field", "outcome=killed",
                 "--field", "count_low=12"]) == 0
    capsys.readouterr()
    assert main(["annotations", str(proj)]) == 0
    toll = capsys.readouterr().out.split()[0]
    assert main(["incident", str(proj), "create", "--title", "Quay", "--member", toll]) == 0
    src.write_text(RETRACTED, encoding="utf-8")
    capsys.readouterr()
    assert main(["reimport", str(proj), "1", str(src)]) == 0
    out = capsys.readouterr().out
    assert "1 annotation whose words the new version cut keeps its values and waits " \
        "for review" in out
    assert main(["annotations", str(proj)]) == 0
    assert rewording.CUT_REASON in capsys.readouterr().out
    assert main(["tally", str(proj)]) == 0
    out = capsys.readouterr().out
    assert f"not counted: 'killed 12 dock workers' ({rewording.CUT_REASON}" in out
