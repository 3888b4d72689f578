"""`trash --list` and `restore` say what the window's Trash says (core/trash.py,
core/ops/trash.py): incidents listed and restored too, who trashed an item and when,
the filters and sorts of the dialog, and every id given restored in one write."""

from __future__ import annotations

import json

import pytest

from tests.core.test_trash import _filled
from tests.helpers import make_project
from workbench.cli import main
from workbench.core import ids, trash
from workbench.core.project import Project

# The keys of an item of `trash --list --json`, as the README lists them.
JSON_KEYS = {"entity", "id", "what", "kind", "words", "details", "trashed_at", "trashed_by",
             "doc_id", "document", "document_trashed", "annotations", "figures"}


@pytest.fixture
def filled(tmp_path):
    """The core tests' trash: two reports, three annotations, one of the reports and an
    incident in the trash, trashed by ben and amal."""
    with make_project(tmp_path) as project:
        first, second, fig, said, kept, gone, inc = _filled(project)
    return {"path": str(tmp_path / "p.wbproj"), "first": first, "second": second,
            "fig": fig, "said": said, "kept": kept, "gone": gone, "inc": inc}


def _out(capsys, *argv: str) -> list[str]:
    assert main(list(argv)) == 0
    return capsys.readouterr().out.splitlines()


def _listed_ids(capsys, *argv: str) -> list[str]:
    return [line.split("  ", 1)[0] for line in _out(capsys, "trash", *argv, "--list")]


def test_the_listing_holds_incidents_and_says_who_trashed_what_and_when(filled, capsys):
    p = filled
    lines = {line.split("  ", 1)[0]: line for line in _out(capsys, "trash", p["path"],
                                                           "--list")}
    # The live figure on the trashed report goes and comes back with it: not listed.
    assert set(lines) == {p["fig"], p["said"], p["gone"], str(p["second"]), p["inc"]}
    assert lines[p["inc"]].startswith(f"{p['inc']}  Incident  “Market shelling”  ")
    assert lines[p["inc"]].endswith(" by amal")
    assert lines[str(p["second"])].startswith(
        f"{p['second']}  Document  “بيان الجيش”  1 annotation  trashed ")
    assert lines[p["fig"]].startswith(f"{p['fig']}  Casualty figure  “wounded four troops”")
    assert f"on document {p['first']} (Halden report)  trashed " in lines[p["fig"]]
    assert lines[p["fig"]].endswith(" by ben")
    assert (f"on document {p['second']} (بيان الجيش), which is in the trash too"
            in lines[p["gone"]])
    assert "in the trash too" not in lines[p["said"]]
    with Project.open(p["path"]) as project:
        fig_at = project.repo.get("annotation", p["fig"])["deleted_at"]
    assert f"trashed {fig_at[:10]} {fig_at[11:16]} UTC by ben" in lines[p["fig"]]
    # Newest first: the incident was trashed last.
    assert _listed_ids(capsys, p["path"])[0] == p["inc"]


def test_the_json_listing_has_the_documented_keys_and_the_facts(filled, capsys):
    p = filled
    assert main(["trash", p["path"], "--list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert all(set(item) == JSON_KEYS for item in items)
    by_id = {item["id"]: item for item in items}
    assert set(by_id) == {p["fig"], p["said"], p["gone"], p["second"], p["inc"]}
    gone = by_id[p["gone"]]
    assert (gone["entity"], gone["kind"], gone["what"], gone["doc_id"], gone["document"],
            gone["document_trashed"], gone["trashed_by"]) == (
        "annotation", "statement", "Statement", p["second"], "بيان الجيش", True, "ben")
    assert by_id[p["fig"]]["document_trashed"] is False
    doc = by_id[p["second"]]
    assert (doc["entity"], doc["annotations"], doc["words"], doc["doc_id"]) == (
        "document", 1, "بيان الجيش", None)
    incident = by_id[p["inc"]]
    assert (incident["entity"], incident["words"], incident["trashed_by"]) == (
        "incident", "Market shelling", "amal")
    with Project.open(p["path"]) as project:
        assert incident["trashed_at"] == project.repo.get("incident", p["inc"])["deleted_at"]


def test_kind_text_and_sort_narrow_and_order_as_the_dialog_does(filled, capsys):
    p = filled
    path = p["path"]
    assert _listed_ids(capsys, path, "--kind", "document") == [str(p["second"])]
    assert _listed_ids(capsys, path, "--kind", "Incidents") == [p["inc"]]
    assert set(_listed_ids(capsys, path, "--kind", "annotation")) == {
        p["fig"], p["said"], p["gone"]}
    assert set(_listed_ids(capsys, path, "--kind", "statement")) == {p["said"], p["gone"]}
    assert _listed_ids(capsys, path, "--kind", "casualty figure") == [p["fig"]]
    # Folded as the annotation table's text filter folds: harakat, case.
    assert _listed_ids(capsys, path, "--text", "المتحدث") == [p["gone"]]
    assert _listed_ids(capsys, path, "--search", "WOUNDED") == [p["fig"]]
    by_words = _listed_ids(capsys, path, "--sort", "words")
    assert by_words[:3] == [p["said"], p["inc"], p["fig"]]  # a…, Market…, wounded…
    assert _listed_ids(capsys, path, "--sort", "words", "--reverse") == by_words[::-1]
    for argv, newest_first in (((), True), (("--sort", "trashed"), False),
                               (("--reverse",), False)):
        assert main(["trash", path, "--list", "--json", *argv]) == 0
        times = [i["trashed_at"] for i in json.loads(capsys.readouterr().out)]
        assert times == sorted(times, reverse=newest_first) and len(set(times)) > 1
    assert _listed_ids(capsys, path, "--sort", "by")[0] == p["inc"]  # amal before ben


def test_listing_mistakes_are_one_sentence(filled, capsys):
    path = filled["path"]
    capsys.readouterr()
    assert main(["trash", path, "--list", "--kind", "vehicle"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: The trash holds documents, annotations and "
                          "incidents, and no kind is called 'vehicle'; name one of: ")
    assert err.count("\n") == 1 and "casualty" in err
    assert main(["trash", path, "--sort", "words"]) == 1
    assert capsys.readouterr().err == ("workbench: --sort narrows or orders the listing: "
                                       "give it with --list.\n")
    assert main(["trash", path, filled["fig"], "--list"]) == 1
    assert "takes no ids" in capsys.readouterr().err
    assert main(["trash", path, "--list", "--text", "no such words"]) == 0
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", "Nothing in the trash matches.\n")


def test_an_empty_trash_says_so_on_stderr_only(tmp_path, capsys):
    make_project(tmp_path).close()
    assert main(["trash", str(tmp_path / "p.wbproj"), "--list"]) == 0
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", "The trash is empty.\n")
    assert main(["trash", str(tmp_path / "p.wbproj"), "--list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _last_seq(path: str) -> int:
    with Project.open(path) as project:
        return project.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]


def test_restore_takes_every_kind_of_id_in_one_write_and_says_the_cores_sentence(
        filled, capsys):
    p = filled
    before = _last_seq(p["path"])
    short = ids.short(p["inc"])  # as `incidents` lists it
    assert main(["restore", p["path"], p["gone"], short, p["fig"]]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Restored 3 items from the trash. The annotation “قالَ المتحدثُ” "
                           f"is restored, but it is on document {p['second']} (بيان الجيش), "
                           "which is still in the trash: restore that too to see it.")
    with Project.open(p["path"]) as project:
        entries = project.repo.audit(after=before)
        assert len({e["txn"] for e in entries}) == 1  # one write, one undo step
        assert {e["op"].split(":")[0] for e in entries} == {"restore"}
        assert project.repo.get("incident", p["inc"])["deleted_at"] is None
        listed = {i.key for i in trash.listed(project)}
    assert listed == {("annotation", p["said"]), ("document", p["second"])}
    assert main(["restore", p["path"], str(p["second"]), str(p["first"])]) == 0
    assert capsys.readouterr().out == (f"Restored 1 item from the trash. Document "
                                       f"{p['first']} was not in the trash; it is as it "
                                       "was.\n")


def test_an_unknown_id_restores_none_of_the_others(filled, capsys):
    p = filled
    capsys.readouterr()
    assert main(["restore", p["path"], p["fig"], "2qzzzzzzzzzzzzzzzzzz"]) == 1
    with Project.open(p["path"]) as project:
        assert project.repo.get("annotation", p["fig"])["deleted_at"] is not None
    assert capsys.readouterr().err == ("workbench: There is no annotation or incident "
                                       "with id 2qzzzzzzzzzzzzzzzzzz.\n")


def test_trash_takes_an_incident_id_and_incident_restore_still_works(filled, capsys):
    p = filled
    assert main(["incident", p["path"], "restore", p["inc"]]) == 0
    assert main(["trash", p["path"], ids.short(p["inc"])]) == 0
    assert capsys.readouterr().out.endswith(f"Moved incident {p['inc']} to the trash.\n")
    with Project.open(p["path"]) as project:
        assert project.repo.get("incident", p["inc"])["deleted_at"] is not None
    assert main(["incident", p["path"], "restore", p["inc"]]) == 0
    with Project.open(p["path"]) as project:
        assert project.repo.get("incident", p["inc"])["deleted_at"] is None


def test_trash_moves_every_id_in_one_write_or_none_of_them(filled, capsys):
    p = filled
    capsys.readouterr()
    # A mistyped last id: the two before it stay where they were.
    for unknown in ("999", "2qzzzzzzzzzzzzzzzzzz"):
        assert main(["trash", p["path"], str(p["first"]), p["kept"], unknown]) == 1
        assert capsys.readouterr().err.startswith("workbench: There is no ")
        with Project.open(p["path"]) as project:
            assert project.repo.get("document", p["first"])["deleted_at"] is None
            assert project.repo.get("annotation", p["kept"])["deleted_at"] is None
    before = _last_seq(p["path"])
    assert main(["trash", p["path"], str(p["first"]), p["kept"], p["fig"]]) == 0
    assert capsys.readouterr().out == (f"Moved 2 items to the trash. Annotation {p['fig']} "
                                       "was already in the trash; it is as it was.\n")
    with Project.open(p["path"]) as project:
        entries = project.repo.audit(after=before)
        assert len({e["txn"] for e in entries}) == 1  # one write, one undo step
        assert project.repo.get("document", p["first"])["deleted_at"] is not None
        assert project.repo.get("annotation", p["kept"])["deleted_at"] is not None


def test_the_command_line_sorts_by_the_columns_the_core_sorts_by():
    # cli/trash.py keeps its own copy so that every command's start does not load the
    # trash listing; the two must not drift apart.
    from workbench.cli import trash as cli_trash

    assert cli_trash.SORTS == trash.SORT_KEYS


def _json(capsys, status: int, *argv: str):
    assert main(list(argv)) == status
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err


def test_trash_and_restore_answer_in_json_when_asked(filled, capsys):
    p = filled
    capsys.readouterr()
    with Project.open(p["path"]) as project:
        casualty = project.codebook.kind("casualty").label
        statement = project.codebook.kind("statement").label
    # Before: `trash --json` printed the sentence for people, and `restore` had no --json.
    said, err = _json(capsys, 0, "trash", p["path"], str(p["first"]), p["kept"], p["fig"],
                      "--json")
    assert err == ""
    assert said["message"] == (f"Moved 2 items to the trash. Annotation {p['fig']} was "
                               "already in the trash; it is as it was.")
    assert said["notes"] == [f"Annotation {p['fig']} was already in the trash; it is as "
                             "it was."]
    assert [(i["entity"], i["id"], i["what"], i["kind"], i["words"], i["doc_id"])
            for i in said["trashed"]] == [
        ("document", p["first"], "Document", None, "Halden report", None),
        ("annotation", p["kept"], casualty, "casualty", "ثلاثةَ مدنيين", p["second"])]
    assert [(i["entity"], i["id"], i["words"]) for i in said["unchanged"]] == [
        ("annotation", p["fig"], "wounded four troops")]

    said, err = _json(capsys, 0, "restore", p["path"], ids.short(p["inc"]), p["gone"],
                      str(p["first"]), "--json")
    assert said["message"].startswith("Restored 3 items from the trash. The annotation "
                                      "“قالَ المتحدثُ” is restored, but it is on document")
    assert [(i["entity"], i["id"], i["what"], i["words"]) for i in said["restored"]] == [
        ("incident", p["inc"], "Incident", "Market shelling"),
        ("annotation", p["gone"], statement, "قالَ المتحدثُ"),
        ("document", p["first"], "Document", "Halden report")]
    assert said["unchanged"] == [] and len(said["notes"]) == 1
    with Project.open(p["path"]) as project:
        assert project.repo.get("incident", p["inc"])["deleted_at"] is None
    said, _err = _json(capsys, 0, "restore", p["path"], str(p["first"]), p["kept"], "--json")
    assert [(i["entity"], i["id"]) for i in said["restored"]] == [("annotation", p["kept"])]
    assert [(i["entity"], i["id"]) for i in said["unchanged"]] == [("document", p["first"])]
    assert said["notes"][0] == (f"Document {p['first']} was not in the trash; it is as "
                                "it was.")


def test_trash_and_restore_mistakes_are_a_json_object_when_asked(filled, capsys):
    p = filled
    capsys.readouterr()
    unknown = "2qzzzzzzzzzzzzzzzzzz"
    for command in ("trash", "restore"):
        said, err = _json(capsys, 1, command, p["path"], p["fig"], unknown, "--json")
        sentence = f"There is no annotation or incident with id {unknown}."
        assert said == {"error": sentence}
        assert err == f"workbench: {sentence}\n"  # as every command says a mistake
    with Project.open(p["path"]) as project:
        assert project.repo.get("annotation", p["fig"])["deleted_at"] is not None
    said, _err = _json(capsys, 1, "trash", p["path"], "--json")
    assert said["error"].startswith("Name the annotation ids or document numbers")
    said, _err = _json(capsys, 1, "trash", p["path"], "--list", "--kind", "nothing", "--json")
    assert said["error"].startswith("The trash holds documents, annotations and incidents")
