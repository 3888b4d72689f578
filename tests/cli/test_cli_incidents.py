from __future__ import annotations

import json

import pytest

from tests.core.incidents.helpers import figure, report
from tests.helpers import make_project
from workbench.cli import main
from workbench.core.incidents import model


@pytest.fixture
def setup(tmp_path):
    with make_project(tmp_path) as p:
        a = report(p, "The strike killed 7 people.\n", name="a.txt", published="2026-03-04")
        b = report(p, "Nine people were killed.\n", name="b.txt", published="2026-03-05")
        fa = figure(p, a, "killed 7 people", count_low=7)
        fb = figure(p, b, "Nine people were killed", count_low=9)
    return str(tmp_path / "p.wbproj"), fa, fb



def _proposals(tmp_path) -> tuple[str, list[dict]]:
    """A project of the incident gold's reports with `incident suggest` run: its path and
    the proposals it made."""
    from bench.incident_gold import build
    from workbench.core.project import Project

    with make_project(tmp_path) as p:
        build(p)  # reports the suggester groups
    path = str(tmp_path / "p.wbproj")
    assert main(["incident", path, "suggest"]) == 0
    with Project.open(path) as p:
        return path, model.list_incidents(p, ("suggested",))

def _only_incident(path):
    from workbench.core.project import Project

    with Project.open(path) as p:
        return model.list_incidents(p)


def test_create_list_and_tally(setup, capsys):
    path, fa, fb = setup
    assert main(["incident", path, "create", "--title", "Strike", "--start", "2026-03-03",
                 "--place", "Kessa", "--type", "airstrike", "--member", fa,
                 "--member", fb, "--actor", "perpetrator=Air Wing"]) == 0
    inc = _only_incident(path)[0]
    assert inc["actors"] == [{"name": "Air Wing", "role": "perpetrator"}]
    capsys.readouterr()
    assert main(["incidents", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["tally"] == "killed 7–9 (best 9, sources disagree) · 2 sources"
    assert main(["tally", path, "--incident", inc["id"][:8], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["sources"] == 2
    assert main(["incidents", path]) == 0
    assert "Kessa" in capsys.readouterr().out


def test_membership_commands_and_errors(setup, capsys):
    path, fa, fb = setup
    main(["incident", path, "create", "--title", "A", "--member", fa])
    main(["incident", path, "create", "--title", "B"])
    a, b = (i["id"] for i in _only_incident(path))
    assert main(["incident", path, "add", b, fa]) == 1
    err = capsys.readouterr().err
    assert "already belongs" in err and err.count("\n") == 1
    assert main(["incident", path, "move", a, b, fa]) == 0
    assert main(["incident", path, "add", a, fb]) == 0
    assert main(["incident", path, "remove", a, fb]) == 0
    assert main(["incident", path, "merge", b, a]) == 0
    assert [i["id"] for i in _only_incident(path)] == [b]
    assert main(["incident", path, "set-best", b, "--outcome", "killed", "--value", "7",
                 "--memo", "hospital list"]) == 0
    assert main(["incident", path, "edit", b, "--field", "status=confirmed"]) == 0
    assert _only_incident(path)[0]["status"] == "confirmed"
    assert main(["incident", path, "edit", b, "--field", "colour=red"]) == 1
    assert main(["incident", path, "trash", b]) == 0
    assert _only_incident(path) == []
    assert main(["incident", path, "trash", "nope"]) == 1


def test_suggest_and_types(setup, capsys):
    path, _, _ = setup
    assert main(["incident", path, "types", "--add", "arson"]) == 0
    assert "arson" in capsys.readouterr().out
    assert main(["incident", path, "suggest"]) == 0
    assert "Suggested" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["incidents", "--help"], ["incident", "x", "create", "--help"],
                                  ["tally", "--help"], ["incident", "x", "set-best", "--help"]])
def test_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_export_incident_formats_by_status_and_id(setup, tmp_path, capsys):
    import csv

    path, fa, fb = setup
    main(["incident", path, "create", "--title", "Strike", "--member", fa])
    main(["incident", path, "create", "--title", "Raid", "--member", fb])
    strike, raid = sorted(_only_incident(path), key=lambda r: r["title"], reverse=True)
    main(["incident", path, "edit", raid["id"], "--field", "status=confirmed"])
    out = tmp_path / "ucdp.csv"
    assert main(["export", path, "--format", "ucdp", "-o", str(out)]) == 0
    assert len(list(csv.DictReader(out.open()))) == 2
    assert "Wrote 2 incidents" in capsys.readouterr().err
    assert main(["export", path, "--format", "ucdp", "--incident-status", "confirmed", "-o",
                 str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert [r["best"] for r in rows] == ["9"]
    assert main(["export", path, "--format", "acled", "--incident", strike["id"][:8],
                 "-o", str(out)]) == 0
    assert [r["fatalities"] for r in csv.DictReader(out.open())] == ["7"]
    # The incident options mean nothing to the per-annotation formats: say so.
    assert main(["export", path, "--format", "csv", "--incident", strike["id"]]) == 1
    assert "apply to the incident formats" in capsys.readouterr().err


def test_incident_exports_count_accepted_figures_unless_told(setup, tmp_path):
    import csv

    from workbench.core.ops.annotations import update_annotation
    from workbench.core.project import Project

    path, fa, fb = setup
    main(["incident", path, "create", "--title", "Strike", "--member", fa, "--member", fb])
    with Project.open(path) as p:
        update_annotation(p, fb, status="suggested")  # the 9 is still unreviewed
    out = tmp_path / "ucdp.csv"
    assert main(["export", path, "--format", "ucdp", "-o", str(out)]) == 0
    row = next(csv.DictReader(out.open()))
    assert (row["low"], row["high"]) == ("7", "7")
    assert main(["export", path, "--format", "ucdp", "--status", "accepted", "--status",
                 "suggested", "-o", str(out)]) == 0
    row = next(csv.DictReader(out.open()))
    assert (row["low"], row["high"]) == ("7", "9")


def test_annotation_exports_filter_by_review_status(setup, capsys):
    from workbench.core.ops.annotations import update_annotation
    from workbench.core.project import Project

    path, _fa, fb = setup
    with Project.open(path) as p:
        update_annotation(p, fb, status="suggested")
    capsys.readouterr()
    assert main(["export", path, "--format", "json", "--status", "suggested"]) == 0
    ids = [a["id"] for a in json.loads(capsys.readouterr().out)["annotations"]]
    assert ids == [fb]


def test_the_listed_short_ids_of_incidents_made_together_name_each(setup, capsys):
    path, fa, fb = setup
    for title, member in (("Strike", fa), ("Raid", fb)):
        assert main(["incident", path, "create", "--title", title, "--start", "2026-03-03",
                     "--member", member]) == 0
    made = {r["title"]: r["id"] for r in _only_incident(path)}
    capsys.readouterr()
    assert main(["incidents", path]) == 0
    shown = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    # Compact ids made in the same second share their start: the listing shows the end.
    assert sorted(shown) == sorted(i[-8:] for i in made.values()) and len(set(shown)) == 2
    for title, ident in made.items():
        assert main(["tally", path, "--incident", ident[-8:], "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["incident_id"] == ident, title


def test_tally_prints_lines_for_people(setup, capsys):
    # Without --json the listing names each incident by its short id; a local list once
    # shadowed the ids module there and every plain `tally` ended in a traceback.
    path, fa, fb = setup
    main(["incident", path, "create", "--title", "Strike", "--member", fa, "--member", fb])
    inc = _only_incident(path)[0]
    capsys.readouterr()
    assert main(["tally", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith(inc["id"][-8:] + "  Strike: killed 7–9")
    assert "low 7 best 9 high 9" in out


def test_tally_prints_an_open_figure_in_words(tmp_path, capsys):
    # "at least 8" has no high count; the per-source line once read "8..None".
    with make_project(tmp_path) as p:
        a = report(p, "At least 8 people were killed.\n", name="a.txt", published="2026-03-04")
        b = report(p, "Nine people were killed.\n", name="b.txt", published="2026-03-05")
        fa = figure(p, a, "At least 8 people were killed", count_low=8, qualifier="at_least")
        fb = figure(p, b, "Nine people were killed", count_low=9, qualifier="exact")
    path = str(tmp_path / "p.wbproj")
    main(["incident", path, "create", "--title", "Strike", "--member", fa, "--member", fb])
    capsys.readouterr()
    assert main(["tally", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2].startswith("        doc 1 ") and lines[-2].endswith(" 8 or more")
    assert lines[-1].startswith("        doc 2 ") and lines[-1].endswith(" 9")
    assert "None" not in "\n".join(lines)


def test_tally_says_an_open_high_is_open(tmp_path, capsys):
    # "At least 5 killed" alone: the line and the cell once read "killed 5" and
    # "high 5", as if five were certain.
    with make_project(tmp_path) as p:
        a = report(p, "At least 5 people were killed.\n", name="a.txt", published="2026-03-04")
        fa = figure(p, a, "At least 5 people were killed", count_low=5, qualifier="at_least")
    path = str(tmp_path / "p.wbproj")
    main(["incident", path, "create", "--title", "Strike", "--member", fa])
    capsys.readouterr()
    assert main(["tally", path]) == 0
    out = capsys.readouterr().out
    assert "Strike: killed 5 or more · 1 source" in out
    assert "low 5 best 5 high 5 or more" in out
    assert main(["tally", path, "--json"]) == 0
    (cell,) = [c for c in json.loads(capsys.readouterr().out)[0]["cells"]
               if c["category"] == "all"]
    assert (cell["high"], cell["high_open"]) == (5, True)


def test_tally_names_a_figure_a_later_revised_toll_superseded(tmp_path, capsys):
    with make_project(tmp_path) as p:
        a = report(p, "Three people were killed.\n", name="a.txt", published="2026-03-02")
        b = report(p, "The toll rose to 14.\n", name="b.txt", published="2026-03-03")
        fa = figure(p, a, "Three people were killed", count_low=3)
        fb = figure(p, b, "rose to 14", count_low=14)
    path = str(tmp_path / "p.wbproj")
    main(["incident", path, "create", "--title", "Strike", "--member", fa, "--member", fb])
    capsys.readouterr()
    assert main(["tally", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("Strike: killed 14 · 2 sources")
    assert lines[-2].startswith("        doc 1 ") and lines[-2].endswith(
        " 3  (superseded by document 2's revised toll)")
    assert lines[-1].startswith("        doc 2 ") and lines[-1].endswith(" 14")


def test_tally_says_what_the_report_leaves_out_and_takes_its_status(setup, tmp_path, capsys):
    """Unreviewed suggestions are counted in the working tally with a line saying the
    report leaves them out; `tally --status` gives the report's numbers for that choice."""
    import re

    from workbench.core.ops.annotations import set_status
    from workbench.core.project import Project

    path, fa, fb = setup
    main(["incident", path, "create", "--title", "Strike", "--member", fa, "--member", fb])
    with Project.open(path) as p:
        set_status(p, [fb], "suggested")
    capsys.readouterr()
    assert main(["tally", path]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("Strike: killed 7–9 (best 9, sources disagree) · 2 sources")
    assert out[1] == ("    1 of 2 counted figures is an unreviewed suggestion, left out of "
                      "the report and exports, which read: killed 7 · 1 source")
    assert any(line.startswith("            unreviewed: 'Nine people were killed' "
                               "(suggested,") for line in out)
    page = tmp_path / "r.html"
    for statuses in (["accepted"], ["accepted", "suggested"]):
        flags = [x for s in statuses for x in ("--status", s)]
        assert main(["tally", path, *flags, "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)[0]
        assert main(["report", path, *flags, "-o", str(page)]) == 0
        capsys.readouterr()
        summary = re.search(r"<th>Summary</th><td>(.*?)</td>", page.read_text()).group(1)
        # The statuses asked for are counted without a note (the report counts them too).
        assert shown["line"] == summary and shown["note"] == ""
        assert len(shown["unreviewed"]) == len(statuses) - 1


@pytest.mark.parametrize("command", [["incident", "{path}", "restore", "{id}"],
                                     ["restore", "{path}", "{id}"]])
def test_restoring_a_rejected_proposal_brings_it_back_to_review(tmp_path, capsys, command):
    from workbench.core.project import Project

    path, proposals = _proposals(tmp_path)
    proposal = proposals[0]["id"]
    assert main(["incident", path, "reject", proposal]) == 0
    capsys.readouterr()
    assert main([a.format(path=path, id=proposal) for a in command]) == 0
    assert f"Incident {proposal} was a rejected proposal; it is back as a proposal to " \
        "review again" in capsys.readouterr().out
    with Project.open(path) as p:
        assert model.get_incident(p, proposal)["status"] == "suggested"
    assert main(["incident", path, "accept", proposal]) == 0
    assert _only_incident(path)[0]["status"] == "open"


def test_a_trashed_incident_named_is_refused_in_a_sentence(setup, tmp_path, capsys):
    path, fa, _fb = setup
    assert main(["incident", path, "create", "--title", "Strike", "--member", fa]) == 0
    inc = _only_incident(path)[0]["id"]
    assert main(["incident", path, "trash", inc]) == 0
    capsys.readouterr()
    out = tmp_path / "out.csv"
    for argv in (["tally", path, "--incident", inc],
                 ["tally", path, "--incident", inc[-8:], "--json"],
                 ["export", path, "--format", "ucdp", "--incident", inc, "-o", str(out)],
                 ["report", path, "--incident", inc, "-o", str(tmp_path / "r.html")],
                 ["incident", path, "add", inc, fa]):
        # Before: tally printed ": no figures · 0 sources" and export wrote an empty
        # file, both with exit status 0; the others said there was no such incident.
        assert main(argv) == 1, argv
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == (f"workbench: Incident {inc} is in the trash; restore it "
                                "first.\n"), argv
    assert not out.exists() and not (tmp_path / "r.html").exists()


def test_a_suggested_incident_named_is_exported_as_the_report_shows_it(tmp_path, capsys):
    path, proposals = _proposals(tmp_path)
    proposal = proposals[0]["id"]
    capsys.readouterr()
    # Named, it is written whatever its status, as `report --incident` writes it (it
    # wrote a header alone and "Wrote 0 incidents").
    assert main(["export", path, "--format", "incidents", "--incident", proposal]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2 and rows[1].startswith(proposal)
    # Both named: the status asked for still narrows them.
    assert main(["export", path, "--format", "incidents", "--incident", proposal,
                 "--incident-status", "open"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_incident_trash_and_restore_say_what_they_did_as_trash_and_restore_do(setup, capsys):
    path, fa, _fb = setup
    assert main(["incident", path, "create", "--title", "Strike", "--member", fa]) == 0
    inc = _only_incident(path)[0]["id"]
    capsys.readouterr()
    # Not in the trash: nothing restored, and said so (it printed "Restored.").
    assert main(["incident", path, "restore", inc]) == 0
    said = capsys.readouterr().out
    assert main(["restore", path, inc]) == 0
    assert said == capsys.readouterr().out == (
        f"Nothing was restored. Incident {inc} was not in the trash; it is as it was.\n")
    assert main(["incident", path, "trash", inc]) == 0
    assert capsys.readouterr().out == f"Moved incident {inc} to the trash.\n"
    # Already there: left as it was, and said so (it said to restore it first, status 1).
    assert main(["incident", path, "trash", inc]) == 0
    said = capsys.readouterr().out
    assert main(["trash", path, inc]) == 0
    assert said == capsys.readouterr().out == (
        f"Nothing was moved to the trash. Incident {inc} was already in the trash; it is "
        "as it was.\n")
    assert main(["incident", path, "restore", inc[-8:]]) == 0
    assert capsys.readouterr().out == "Restored 1 item from the trash.\n"
    assert [i["members"] for i in _only_incident(path)] == [1]


def test_incidents_status_rejected_lists_the_rejected_proposals(tmp_path, capsys):
    from workbench.core import ids
    from workbench.core.project import Project

    path, proposals = _proposals(tmp_path)
    first, second = proposals[:2]
    assert main(["incident", path, "reject", first["id"]]) == 0
    # The answer names the proposal and where it can be found again (it said "Rejected.").
    said = capsys.readouterr().out
    assert ids.short(first["id"]) in said and "--status rejected" in said
    # It was refused as an invalid choice, and the trash does not list a rejected
    # proposal either: its id, which `restore` needs, was shown nowhere.
    assert main(["incidents", path, "--status", "rejected", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["status"], r["members"]) for r in listed] == [
        (first["id"], "rejected", first["members"])]
    assert main(["incidents", path, "--status", "rejected", "--status", "suggested"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines if " rejected " in line] == [
        ids.short(first["id"])]
    assert any(line.startswith(ids.short(second["id"])) for line in lines)
    assert main(["incidents", path]) == 0
    assert ids.short(first["id"]) not in capsys.readouterr().out
    assert main(["restore", path, ids.short(first["id"])]) == 0
    with Project.open(path) as p:
        assert model.get_incident(p, first["id"])["status"] == "suggested"
