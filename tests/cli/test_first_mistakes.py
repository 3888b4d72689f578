"""The mistakes a researcher makes in their first hour at the command line: each is one
sentence on stderr and a non-zero exit, never a traceback, and names what they typed."""

from __future__ import annotations

import json
import os

import pytest

from workbench.cli import main


def _err_of_exit(capsys, argv: list[str]) -> str:
    """The stderr of a command line the parser refuses (exit 2)."""
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.mark.parametrize("where", ["missing/shot.png", "."])
def test_a_screenshot_to_a_place_it_cannot_be_written_is_a_sentence(where, tmp_path, capsys,
                                                                    monkeypatch):
    # Both ended in an OSError traceback, after the window had been drawn.
    monkeypatch.chdir(tmp_path)
    assert main(["screenshot", where]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"workbench: {where}") and err.count("\n") == 1
    assert ("does not exist" in err) if "/" in where else ("is a folder" in err)


def test_a_screenshot_size_that_is_no_size_is_said_on_stderr(tmp_path, capsys):
    # The sentence went to standard output, where a script reading the output took it.
    assert main(["screenshot", str(tmp_path / "s.png"), "--size", "1600"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "workbench: --size takes WIDTHxHEIGHT, e.g. 1600x1000; got '1600'.\n"
    assert not (tmp_path / "s.png").exists()


def test_a_screenshot_of_an_annotation_no_one_has_says_so(tmp_path, capsys):
    # It drew the window with nothing selected and said it had written the picture.
    assert main(["screenshot", str(tmp_path / "s.png"), "--select", "nosuchid"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "workbench: There is no annotation with id nosuchid; nothing was written.\n"
    assert not (tmp_path / "s.png").exists()


@pytest.mark.parametrize(("argv", "said"), [
    (["improt", "notes.wbproj", "a.txt"],
     "workbench: improt is not a command; did you mean import? (`workbench --help` lists "
     "every command)\n"),
    (["--coder", "amal", "tallly", "notes.wbproj"],
     "workbench: tallly is not a command; did you mean tally? (`workbench --help` lists "
     "every command)\n"),
    (["notes.wbproj"],
     "workbench: notes.wbproj is not a command; to open the project in the window: "
     "workbench gui notes.wbproj (`workbench --help` lists every command)\n"),
])
def test_a_misspelt_command_names_the_nearest_one(argv, said, capsys):
    # argparse listed all forty commands and left the reader to spot the one they meant.
    assert _err_of_exit(capsys, argv) == said


@pytest.mark.parametrize(("argv", "said"), [
    (["import", "notes.wbproj", "a.txt", "--publishd", "2026-03-04"],
     "workbench import: --publishd is not one of its options; did you mean --published? "
     "(`workbench import --help` lists them)\n"),
    (["codebook", "notes.wbproj", "add-kind", "--nmae", "protest"],
     "workbench codebook: --nmae is not one of its options; did you mean --name? "
     "(`workbench codebook --help` lists them)\n"),
    (["incident", "notes.wbproj", "create", "--title", "Blast", "--palce=Qarsel"],
     "workbench incident create: --palce is not one of its options; did you mean --place? "
     "(`workbench incident create --help` lists them)\n"),
    (["docs", "notes.wbproj", "extra"],
     "workbench docs: 'extra' is not an argument it takes (`workbench docs --help` shows "
     "them)\n"),
])
def test_an_option_a_command_does_not_have_is_said_by_that_command(argv, said, capsys):
    # The program's usage and "workbench: error: unrecognized arguments: --publishd
    # 2026-03-04" named neither the command nor the option the reader meant.
    assert _err_of_exit(capsys, argv) == said


def test_the_demo_into_a_missing_folder_names_the_path_given(tmp_path, capsys):
    # The sentence named the hidden file the demo is built under
    # ("missing/.demo.wbproj.4242.building: the folder ... does not exist").
    target = tmp_path / "missing" / "demo.wbproj"
    assert main(["demo", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"workbench: {target}: the folder {target.parent} does not exist.\n"


def test_tally_of_figures_none_of_which_counts_prints_no_none(tmp_path, capsys,
                                                               monkeypatch):
    # `tally --status accepted`, which the README gives for the report's numbers, read
    # "killed    unknown    low None best None high None" on an incident of suggestions.
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.txt").write_text("Shelling killed nine people in Tarvel on Monday, the "
                                    "council said.\n", encoding="utf-8")
    assert main(["new", "p.wbproj"]) == 0
    assert main(["import", "p.wbproj", "s.txt"]) == 0
    assert main(["annotate", "p.wbproj", "1", "--kind", "casualty", "--quote",
                 "killed nine people", "--status", "suggested", "--json"]) == 0
    import json

    out = capsys.readouterr().out
    figure = json.loads(out[out.index("{"):])["id"]
    assert main(["incident", "p.wbproj", "create", "--title", "Tarvel shelling",
                 "--member", figure]) == 0
    capsys.readouterr()
    assert main(["tally", "p.wbproj", "--status", "accepted"]) == 0
    out = capsys.readouterr().out
    assert "None" not in out
    assert "killed    unknown    no count" in out
    assert main(["tally", "p.wbproj"]) == 0
    assert "killed    unknown    low 9 best 9 high 9" in capsys.readouterr().out


def test_verify_log_of_a_file_that_is_no_log_is_one_sentence(tmp_path, capsys):
    # It printed the reason on stderr and "no entries checked: 1 problem found." on
    # standard output; a folder was "no such file".
    notes = tmp_path / "notes.txt"
    notes.write_text("Shelling killed nine people in Tarvel.\n", encoding="utf-8")
    assert main(["verify-log", str(notes)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("workbench: notes.txt cannot be read as an exported log (")
    assert err.count("\n") == 1
    assert main(["verify-log", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (f"workbench: {tmp_path}: is a folder, not a file (write "
                                       "one with `workbench log PROJECT --export FILE`).\n")


@pytest.mark.parametrize("folds", [[], ["--folds", "2"]])
def test_eval_of_a_file_that_is_no_gold_names_what_is_missing(folds, tmp_path, capsys):
    # "g.jsonl: not a gold file in the expected format ('text')." and, with --folds,
    # "g.jsonl: cross-validation failed ('text')."; a folder was "no such gold file".
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc_id": 1, "published": "2026-03-04"}\n', encoding="utf-8")
    assert main(["eval", str(gold), *folds]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"workbench: {gold} is not a gold file in the expected format "
                   "(docs/suggestions.md, \"Gold format\"): a document has no 'text' field.\n")
    assert main(["eval", str(tmp_path), *folds]) == 1
    assert capsys.readouterr().err == f"workbench: {tmp_path}: a folder, not a gold file.\n"


def test_the_window_on_a_project_that_is_not_there_says_so_on_stderr(tmp_path, capsys,
                                                                     monkeypatch):
    # `workbench gui nosuch.wbproj` from a terminal showed a dialog and printed nothing.
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from workbench.gui import app
    from workbench.gui.settings import Settings

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(app, "Settings", lambda: Settings(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    missing = tmp_path / "nosuch.wbproj"
    assert main(["gui", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err == f"workbench: {missing}: no such project file.\n"
    assert shown and "no such project file" in shown[0]


def test_trash_and_restore_say_what_they_moved(tmp_path, capsys, monkeypatch):
    # `trash PROJECT` with nothing named did nothing and said nothing; "Moved 1 to the
    # trash." did not say whether 1 was a document; restoring a document that was never
    # trashed said "Restored 1.".
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.txt").write_text("Nine people were killed in Tarvel.\n", encoding="utf-8")
    assert main(["new", "p.wbproj"]) == 0
    assert main(["import", "p.wbproj", "s.txt"]) == 0
    capsys.readouterr()
    assert main(["trash", "p.wbproj"]) == 1
    assert capsys.readouterr().err == (
        "workbench: Name the annotation ids or document numbers to move to the trash, or "
        "give --list to see what is in it.\n")
    assert main(["restore", "p.wbproj", "1"]) == 0
    assert capsys.readouterr().out == ("Nothing was restored. Document 1 was not in the "
                                       "trash; it is as it was.\n")
    assert main(["trash", "p.wbproj", "1"]) == 0
    assert capsys.readouterr().out == "Moved document 1 to the trash.\n"
    assert main(["restore", "p.wbproj", "1"]) == 0
    assert capsys.readouterr().out == "Restored 1 item from the trash.\n"


def test_a_project_named_without_its_extension_is_pointed_at(tmp_path, capsys, monkeypatch):
    # "notes: no such project file." beside notes.wbproj left the reader guessing.
    monkeypatch.chdir(tmp_path)
    assert main(["new", "notes.wbproj"]) == 0
    capsys.readouterr()
    assert main(["docs", "notes"]) == 1
    assert capsys.readouterr().err == ("workbench: notes: no such project file; did you mean "
                                       "notes.wbproj?\n")
    assert main(["docs", "other"]) == 1
    assert capsys.readouterr().err == "workbench: other: no such project file.\n"


@pytest.mark.parametrize(("argv", "said"), [
    (["extract", "--jsonl", "{d}"], "workbench: {d}: this is a folder, not a file.\n"),
    (["import-qdpx", "p.wbproj", "{d}"], "workbench: {d}: this is a folder, not a .qdpx file.\n"),
    (["datasette-metadata", "p.wbproj", "-o", "{d}"],
     "workbench: {d} is a folder; give the file a name inside it.\n"),
])
def test_a_folder_where_a_file_belongs_is_called_a_folder(argv, said, tmp_path, capsys,
                                                          monkeypatch):
    # "[Errno 21] Is a directory: '...'", "tmp could not be read (Is a directory).",
    # "could not write (Is a directory)."
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    assert main(["new", "p.wbproj"]) == 0
    capsys.readouterr()
    folder = str(tmp_path / "sub")
    assert main([a.replace("{d}", folder) for a in argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == said.replace("{d}", folder)


def test_the_custody_log_of_one_document(tmp_path, capsys, monkeypatch):
    # `log --custody --id 2` listed every import: --id was read for the audit log only.
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    monkeypatch.chdir(tmp_path)
    for name, text in (("a.txt", "Nine people were killed in Tarvel.\n"),
                       ("b.txt", "Two soldiers were wounded near Oskam.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["new", "p.wbproj"]) == 0
    assert main(["import", "p.wbproj", "a.txt", "b.txt"]) == 0
    capsys.readouterr()
    assert main(["log", "p.wbproj", "--custody", "--id", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # Recorded in full, so that it says which folder it was in.
    assert len(lines) == 1 and f"  doc 2  {os.path.realpath('b.txt')}  " in lines[0]
    assert main(["log", "p.wbproj", "--custody", "--id", "2qwxyz"]) == 1
    assert "--id takes a document number with --custody" in capsys.readouterr().err


def test_the_custody_log_takes_the_limit_as_the_audit_log_does(tmp_path, capsys, monkeypatch):
    # `log --custody --limit 1` listed every import: --limit was read for the audit log.
    monkeypatch.chdir(tmp_path)
    names = ("a.txt", "b.txt", "c.txt")
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"Report {i}: {i + 2} people were wounded in Tarvel.\n",
                                     encoding="utf-8")
    assert main(["new", "p.wbproj"]) == 0
    assert main(["import", "p.wbproj", *names]) == 0
    capsys.readouterr()
    assert main(["log", "p.wbproj", "--custody"]) == 0
    every = capsys.readouterr().out.splitlines()
    assert len(every) == 3
    assert main(["log", "p.wbproj", "--custody", "--limit", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == every[-2:]  # the newest two, in order
    assert main(["log", "p.wbproj", "--custody", "--limit", "1", "--json"]) == 0
    (newest,) = json.loads(capsys.readouterr().out)
    assert newest["filename"] == os.path.realpath("c.txt")


def test_a_log_of_an_id_nothing_was_done_to_says_so(tmp_path, capsys, monkeypatch):
    # `log p.wbproj --id 2qwnsv44` (a mistyped id) printed nothing at all.
    monkeypatch.chdir(tmp_path)
    assert main(["new", "p.wbproj"]) == 0
    capsys.readouterr()
    assert main(["log", "p.wbproj", "--id", "2qwnsv44"]) == 0
    assert capsys.readouterr() == ("", "No audit log entries about 2qwnsv44.\n")


def test_a_custody_log_cut_by_the_limit_says_so(tmp_path, capsys, monkeypatch):
    # The custody log was printed whole; under the audit log's default of 200 it was cut
    # without a word, and a document imported earlier read as one with no custody entry.
    monkeypatch.chdir(tmp_path)
    names = ("a.txt", "b.txt", "c.txt")
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"Bulletin {i}: {i + 3} people were wounded in Orlen.\n",
                                     encoding="utf-8")
    assert main(["new", "p.wbproj"]) == 0
    assert main(["import", "p.wbproj", *names]) == 0
    capsys.readouterr()
    assert main(["log", "p.wbproj", "--custody", "--limit", "2"]) == 0
    said = capsys.readouterr()
    assert len(said.out.splitlines()) == 2
    assert said.err == ("The newest 2 of 3 custody log entries are shown; --limit 3 shows "
                        "them all.\n")
    assert main(["log", "p.wbproj", "--custody", "--limit", "2", "--json"]) == 0
    assert capsys.readouterr().err.startswith("The newest 2 of 3 custody log entries")
    assert main(["log", "p.wbproj", "--custody", "--limit", "3"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("name, content", [
    ("case.wbproj", None),  # a project: written by `workbench new`
    ("report.txt", b"Gunmen killed four villagers near Dorsa on Monday.\n"),
])
def test_a_screenshot_never_replaces_a_project_or_a_file_that_is_no_picture(
        name, content, tmp_path, capsys):
    # Qt saved the PNG over whatever had the name: a project, a report the user imported.
    target = tmp_path / name
    if content is None:
        assert main(["new", str(target)]) == 0
        capsys.readouterr()
    else:
        target.write_bytes(content)
    before = target.read_bytes()
    assert main(["screenshot", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "choose another name" in err
    assert target.read_bytes() == before


def test_a_screenshot_replaces_an_earlier_picture(tmp_path, capsys):
    shot = tmp_path / "shot.png"
    assert main(["screenshot", str(shot), "--size", "400x300"]) == 0
    first = shot.stat().st_mtime_ns
    assert main(["screenshot", str(shot), "--size", "500x300"]) == 0
    assert shot.stat().st_mtime_ns != first and shot.read_bytes().startswith(b"\x89PNG")
