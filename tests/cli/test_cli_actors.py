"""`workbench actors PROJECT merge | trash | restore`: cleaning up actor records."""

import json

import pytest

from workbench.cli import main
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project

TEXT = "A FAB commander said the Free Army Brigade held القرية. لواء الجيش الحر نفى ذلك.\n"


@pytest.fixture
def proj(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "p.wbproj"]) == 0
    for name in ("FAB", "Free Army Brigade", "لواء الجيش الحر"):
        assert main(["actors", "p.wbproj", "add", "--name", name]) == 0
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    assert main(["import", "p.wbproj", "r.txt"]) == 0
    with Project.open(tmp_path / "p.wbproj") as p:
        ann_ops.annotate_quote(p, 1, "actor", "FAB")
    capsys.readouterr()
    return tmp_path / "p.wbproj"


def _actors(capsys, *extra):
    capsys.readouterr()
    assert main(["actors", "p.wbproj", *extra, "--json"]) == 0
    return {r["name"]: r for r in json.loads(capsys.readouterr().out)}


def test_merge_trash_and_restore_from_the_command_line(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    assert main(["actors", "p.wbproj", "trash", "--id", ids["FAB"]]) == 0
    err = capsys.readouterr().err
    assert "Moved FAB to the trash. 1 annotation names it: they keep pointing at it" in err
    assert list(_actors(capsys, "list", "--trashed")) == ["FAB"]
    assert main(["actors", "p.wbproj", "restore", "--id", ids["FAB"]]) == 0
    assert "Restored FAB." in capsys.readouterr().err

    assert main(["actors", "p.wbproj", "merge", "--id", ids["FAB"], "--into",
                 ids["Free Army Brigade"]]) == 0
    out = capsys.readouterr()
    assert ("Merged FAB into Free Army Brigade: 1 annotation or incident names Free Army "
            "Brigade now. FAB is in the trash.") in out.err
    assert "Free Army Brigade  (also: FAB)" in out.out
    # A chain, into an Arabic name.
    assert main(["actors", "p.wbproj", "merge", "--id", ids["Free Army Brigade"], "--into",
                 ids["لواء الجيش الحر"]]) == 0
    kept = _actors(capsys)["لواء الجيش الحر"]
    assert kept["aliases"] == ["Free Army Brigade", "FAB"]
    with Project.open(proj) as p:
        [ann] = p.repo.annotations()
        assert ann["fields"]["actor_id"] == kept["id"]
    assert main(["actors", "p.wbproj", "list", "--trashed"]) == 0
    listed = capsys.readouterr().out
    assert (f"{ids['FAB']}  FAB  (merged into {ids['Free Army Brigade']}, Free Army Brigade, "
            "itself merged into لواء الجيش الحر, on ") in listed


def test_refusals_are_one_sentence(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    assert main(["actors", "p.wbproj", "merge", "--id", ids["FAB"], "--into", ids["FAB"]]) == 1
    assert "An actor record cannot be merged into itself." in capsys.readouterr().err
    assert main(["actors", "p.wbproj", "merge", "--id", ids["FAB"]]) == 1
    assert "--into" in capsys.readouterr().err
    assert main(["actors", "p.wbproj", "trash"]) == 1
    assert "Say which actor to trash with --id." in capsys.readouterr().err
    assert main(["actors", "p.wbproj", "restore", "--id", ids["FAB"]]) == 1
    assert "The actor FAB is not in the trash." in capsys.readouterr().err


def test_restoring_a_merged_record_takes_the_merge_back(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    assert main(["actors", "p.wbproj", "merge", "--id", ids["FAB"], "--into",
                 ids["Free Army Brigade"]]) == 0
    capsys.readouterr()
    assert main(["actors", "p.wbproj", "restore", "--id", ids["FAB"]]) == 0
    assert ("Restored FAB and took back its merge: 1 annotation or incident names it "
            "again.") in capsys.readouterr().err
    actors = _actors(capsys)
    assert actors["Free Army Brigade"]["aliases"] == [] and actors["FAB"]["memo"] == ""
    with Project.open(proj) as p:
        assert p.repo.annotations()[0]["fields"]["actor_id"] == ids["FAB"]


def test_each_action_has_its_own_help(capsys):
    for action, option in (("merge", "--into"), ("trash", "--id"), ("restore", "--id")):
        with pytest.raises(SystemExit):
            main(["actors", action, "--help"])
        out = capsys.readouterr().out
        assert out.startswith(f"usage: workbench actors PROJECT {action} ") and option in out


def test_annotate_and_edit_refuse_an_actor_id_that_names_no_live_record(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    capsys.readouterr()
    assert main(["annotate", "p.wbproj", "1", "--kind", "actor", "--quote", "Free Army Brigade",
                 "--field", "actor_id=act_8f3k"]) != 0
    assert ("No actor record has the id act_8f3k: choose a record by its name, or add one "
            "first.") in capsys.readouterr().err
    with Project.open(proj) as p:
        assert len(p.repo.annotations()) == 1
        ann = p.repo.annotations()[0]["id"]
    assert main(["actors", "p.wbproj", "trash", "--id", ids["Free Army Brigade"]]) == 0
    capsys.readouterr()
    assert main(["edit", "p.wbproj", ann, "--field",
                 f"actor_id={ids['Free Army Brigade']}"]) != 0
    assert "Free Army Brigade is in the trash" in capsys.readouterr().err
    assert main(["edit", "p.wbproj", ann, "--field", f"actor_id={ids['لواء الجيش الحر']}"]) == 0
    with Project.open(proj) as p:
        assert p.repo.get("annotation", ann)["fields"]["actor_id"] == ids["لواء الجيش الحر"]


def test_list_trashed_tells_a_merged_record_by_a_field_of_its_own(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    assert main(["actors", "p.wbproj", "merge", "--id", ids["FAB"], "--into",
                 ids["Free Army Brigade"]]) == 0
    assert main(["actors", "p.wbproj", "trash", "--id", ids["لواء الجيش الحر"]]) == 0
    # The kept record renamed since: the listing names it as it is now.
    assert main(["actors", "p.wbproj", "edit", "--id", ids["Free Army Brigade"], "--name",
                 "Free Brigade"]) == 0
    trashed = _actors(capsys, "list", "--trashed")
    assert trashed["FAB"]["merged_into"] == ids["Free Army Brigade"]
    assert trashed["لواء الجيش الحر"]["merged_into"] is None
    assert all(r["merged_into"] is None for r in _actors(capsys).values())
    assert main(["actors", "p.wbproj", "list", "--trashed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ", 2)[2] for line in lines if line.startswith(ids["FAB"])] == [
        f"(merged into {ids['Free Army Brigade']}, Free Brigade, on "
        f"{trashed['FAB']['deleted_at'][:10]})"]
    assert any(line.startswith(f"{ids['لواء الجيش الحر']}  لواء الجيش الحر  (trashed ")
               for line in lines)


def test_edit_sets_name_aliases_and_type_and_refuses_in_one_sentence(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    assert main(["actors", "p.wbproj", "edit", "--id", ids["FAB"], "--type", "armed_group",
                 "--alias", "F.A.B.", "--alias", "جبهة"]) == 0
    out = capsys.readouterr()
    assert "FAB is now of type armed_group, also known as F.A.B.; جبهة." in out.err
    assert f"{ids['FAB']}  FAB  [armed_group]  (also: F.A.B.; جبهة)" in out.out
    assert main(["actors", "p.wbproj", "edit", "--id", ids["FAB"], "--alias", "",
                 "--type", ""]) == 0
    row = _actors(capsys)["FAB"]
    assert (row["aliases"], row["actor_type"]) == ([], None)
    for extra, said in (
            (["--name", "free army brigade"],
             "Another actor record is already named Free Army Brigade: choose another "
             "spelling, or merge the two records."),
            (["--alias", "لواء الجيش الحر"], "The alias لواء الجيش الحر is the name of "
             "another actor record"),
            (["--name", " "], "An actor needs a name."),
            (["--type", "militia"], "Actor type must be one of state_force"),
            ([], "Say what to change with --name, --alias or --type.")):
        assert main(["actors", "p.wbproj", "edit", "--id", ids["FAB"], *extra]) == 1
        assert said in capsys.readouterr().err
    assert main(["actors", "p.wbproj", "edit", "--name", "X"]) == 1
    assert "Say which actor to edit with --id." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["actors", "edit", "--help"])
    helped = capsys.readouterr().out
    assert helped.startswith("usage: workbench actors PROJECT edit ")
    assert all(o in helped for o in ("--id", "--name", "--alias", "--type"))


def test_a_record_in_the_trash_is_said_to_be_there_not_missing(proj, capsys):
    ids = {n: r["id"] for n, r in _actors(capsys).items()}
    assert main(["actors", "p.wbproj", "trash", "--id", ids["FAB"]]) == 0
    capsys.readouterr()
    for args in (["merge", "--id", ids["Free Army Brigade"], "--into", ids["FAB"]],
                 ["merge", "--id", ids["FAB"], "--into", ids["Free Army Brigade"]],
                 ["edit", "--id", ids["FAB"], "--type", "armed_group"]):
        assert main(["actors", "p.wbproj", *args]) == 1
        assert ("The actor record FAB is in the trash: restore it first to change it, merge "
                "it or merge into it.") in capsys.readouterr().err
    assert main(["actors", "p.wbproj", "trash", "--id", ids["FAB"]]) == 1
    assert "The actor record FAB is in the trash already." in capsys.readouterr().err
    assert main(["actors", "p.wbproj", "merge", "--id", "act_nope", "--into",
                 ids["Free Army Brigade"]]) == 1
    assert "There is no actor with id act_nope." in capsys.readouterr().err
