"""workbench merge: the report as text and JSON, --dry-run, --coder on the merge's rows."""

from __future__ import annotations

import json
import shutil

from tests.helpers import REPORT, add_doc
from workbench.cli import main
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.project import Project


def _pair(tmp_path):
    a, b = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    with Project.create(a, coder="amal") as p:
        doc = add_doc(p, REPORT)
        ann = annotate_quote(p, doc, "casualty", "killed at least 12 civilians").result
    shutil.copy(a, b)
    with Project.open(b, coder="ben") as p:
        update_annotation(p, ann, memo="ben's note")
        annotate_quote(p, doc, "statement", "a provincial official said")
    with Project.open(a, coder="amal") as p:
        update_annotation(p, ann, memo="amal's note")
    return str(a), str(b), ann


def test_merge_prints_the_report_and_lists_conflicts(tmp_path, capsys):
    a, b, ann = _pair(tmp_path)
    assert main(["--coder", "lead", "merge", a, b, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Would merge ben.wbproj into amal.wbproj (dry run")
    with Project.open(a) as p:
        assert len(p.repo.annotations()) == 1  # the dry run wrote nothing
    assert main(["--coder", "lead", "merge", a, b]) == 0
    out = capsys.readouterr().out
    assert "Conflicts: 1" in out
    assert f'annotation {ann} "killed at least 12 civilians" (ben.wbproj)' in out
    with Project.open(a) as p:
        assert len(p.repo.annotations()) == 3  # ben's statement and the conflict copy
        assert p.repo.audit(limit=1)[0]["coder"] == "lead"


def test_merge_json(tmp_path, capsys):
    a, b, ann = _pair(tmp_path)
    assert main(["merge", a, b, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"] == ["ben.wbproj"] and data["dry_run"] is False
    assert data["counts"]["annotation"] == {"added": 2, "updated": 0, "unchanged": 0,
                                            "conflicts": 1}
    [conflict] = data["conflicts"]
    assert (conflict["id"], conflict["kept"], conflict["other"]) == (ann, "amal", "ben")
    assert data["audit_rows"] > 0


def test_merging_a_missing_file_says_so(tmp_path, capsys):
    a, _b, _ann = _pair(tmp_path)
    assert main(["merge", a, str(tmp_path / "nope.wbproj")]) == 1
    assert "nope.wbproj" in capsys.readouterr().err


def test_an_encrypted_source_is_opened_with_its_passphrase(tmp_path, capsys, monkeypatch):
    from workbench.core import crypto

    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    a, b, _ann = _pair(tmp_path)
    crypto.encrypt(tmp_path / "ben.wbproj", "ben's long passphrase")
    keyfile = tmp_path / "key.txt"
    keyfile.write_text("ben's long passphrase\n")
    # Before: the source was opened without asking, and the merge failed.
    assert main(["--passphrase-file", str(keyfile), "merge", a, b]) == 0
    assert "Conflicts: 1" in capsys.readouterr().out
    with Project.open(a) as p:
        assert len(p.repo.annotations()) == 3


def test_an_encrypted_source_on_a_passphrase_of_its_own_is_merged_into_an_encrypted_project(
        tmp_path, capsys, monkeypatch):
    # The target's passphrase file was the only one tried on a source, and no other
    # could be given: a teammate's project on a passphrase of its own could not be
    # merged by a run given a passphrase file, and the refusal did not say whose
    # passphrase was wrong.
    from workbench.core import crypto

    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    a, b, _ann = _pair(tmp_path)
    crypto.encrypt(tmp_path / "amal.wbproj", "the team's passphrase")
    crypto.encrypt(tmp_path / "ben.wbproj", "ben's long passphrase")
    team, ben = tmp_path / "team.txt", tmp_path / "ben.txt"
    team.write_text("the team's passphrase\n")
    ben.write_text("ben's long passphrase\n")
    assert main(["--passphrase-file", str(team), "merge", a, b]) == 1
    err = capsys.readouterr().err
    assert "ben.wbproj is encrypted" in err and "--source-passphrase-file" in err
    with Project.open(a, passphrase="the team's passphrase") as p:
        assert len(p.repo.annotations()) == 1  # nothing was merged
    assert main(["--passphrase-file", str(team), "merge", a, b,
                 "--source-passphrase-file", str(ben)]) == 0
    assert "Conflicts: 1" in capsys.readouterr().out
    with Project.open(a, passphrase="the team's passphrase") as p:
        assert len(p.repo.annotations()) == 3
    # A source on the team's passphrase opens with the project's file alone.
    crypto.change_passphrase(tmp_path / "ben.wbproj", "ben's long passphrase",
                             "the team's passphrase")
    assert main(["--passphrase-file", str(team), "merge", a, b, "--dry-run"]) == 0



def test_the_custody_log_says_which_entries_were_carried_and_which_merge_was_undone(
        tmp_path, capsys):
    """A report only ben imported, merged, undone and merged again: ben's import entry
    is in the custody log twice, carried by each merge; the first says its merge was
    undone (the two read as two imports of ben's, and the undone merge as standing)."""
    from tests.core.merge.conftest import CHECKPOINT
    from workbench.core.merge import merge_projects
    from workbench.core.ops import history

    a, b, _ann = _pair(tmp_path)
    with Project.open(b, coder="ben") as p:
        add_doc(p, CHECKPOINT, "checkpoint.txt")
    with Project.open(a, coder="lead") as p:
        merge_projects(p, [b])
        history.undo(p)
        merge_projects(p, [b])
    assert main(["log", a, "--custody"]) == 0
    lines = capsys.readouterr().out.splitlines()
    bens = [line for line in lines if "  ben  import  " in line]
    assert [line.rsplit("  ", 1)[-1] for line in bens] == [
        "carried from ben.wbproj, by a merge undone since", "carried from ben.wbproj"]
    own = [line for line in lines if "  lead  merge  " in line or "  amal  " in line]
    assert len(own) == 3 and not any("carried" in line or "undone" in line
                                     for line in own)
    assert main(["verify", a]) == 0  # intact after merge, undo, merge

def test_the_log_says_which_entries_were_carried_and_which_merge_was_undone(tmp_path,
                                                                            capsys):
    """Merged, undone and merged again, the log holds ben's edit twice: each line says
    it was carried from ben.wbproj, and the first says its merge was undone (the two
    read as two edits of ben's, and the lead's undone merge as standing)."""
    from workbench.core.merge import merge_projects
    from workbench.core.ops import history

    a, b, ann = _pair(tmp_path)
    with Project.open(a, coder="lead") as p:
        merge_projects(p, [b])
        history.undo(p)
        merge_projects(p, [b])
    assert main(["log", a, "--id", ann]) == 0
    lines = capsys.readouterr().out.splitlines()
    bens = [line for line in lines if "  ben  edit:update" in line]
    assert len(bens) == 2
    assert all(line.endswith("carried from ben.wbproj") for line in bens[:1])
    assert bens[1].endswith("carried from ben.wbproj, by a merge undone since")
    own = [line for line in lines if "  amal  " in line]
    assert own and not any("carried" in line or "undone" in line for line in own)
    # The merge's own entries (ben's statement, the conflict copy): the undone ones say so.
    assert main(["log", a]) == 0
    merged = [line.split("  ") for line in capsys.readouterr().out.splitlines()
              if "  merge:insert  " in line]
    txns = {bens[0].split("  ")[1], bens[1].split("  ")[1]}
    assert {parts[1] for parts in merged} == txns
    assert all((parts[-1] == "merge undone since") == (parts[1] == bens[1].split("  ")[1])
               for parts in merged)


def test_the_custody_log_of_one_document_holds_the_entries_carried_about_its_file(
        tmp_path, capsys):
    """Amal imported a market note and Ben a checkpoint report, each as their document
    2; merged, the market note is document 2 here and the checkpoint report document 3.
    `log --custody --id 2` listed Ben's import of the checkpoint report (his document
    2) under the market note and left out Ben's import of the document it asked for,
    `--id 3`: carried entries keep the numbers of the project they were written in."""
    from tests.core.merge.conftest import CHECKPOINT

    lead = tmp_path / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT, "report.txt")
    for coder, text, name in (("amal", "A quiet week at the Halvern market.\n", "market.txt"),
                              ("ben", CHECKPOINT, "checkpoint.txt")):
        shutil.copy(lead, tmp_path / f"{coder}.wbproj")
        with Project.open(tmp_path / f"{coder}.wbproj", coder=coder) as p:
            assert add_doc(p, text, name) == 2
    assert main(["--coder", "lead", "merge", str(lead), str(tmp_path / "amal.wbproj"),
                 str(tmp_path / "ben.wbproj")]) == 0
    capsys.readouterr()
    with Project.open(lead) as p:
        number = {d["filename"]: d["id"] for d in p.repo.documents()}
    for name, coder in (("market.txt", "amal"), ("checkpoint.txt", "ben")):
        assert main(["log", str(lead), "--custody", "--id", str(number[name]), "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert {r["filename"] for r in rows} == {name}
        assert sorted((r["coder"], r["action"]) for r in rows) == [
            (coder, "import"), ("lead", "merge")]
