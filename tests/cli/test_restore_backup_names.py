"""`restore-backup` takes what `workbench backups` shows: the number or the name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workbench.cli import main


@pytest.fixture
def two_backups(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "p.wbproj"]) == 0
    assert main(["backup", "p.wbproj"]) == 0
    assert main(["import", "p.wbproj", _source(tmp_path)]) == 0
    assert main(["backup", "p.wbproj"]) == 0
    capsys.readouterr()
    assert main(["backups", "p.wbproj"]) == 0
    lines = capsys.readouterr().out.splitlines()
    return [re.match(r"\s*(\d+)\s+(\S+)", line).groups() for line in lines]


def _source(folder: Path) -> str:
    path = folder / "note.txt"
    path.write_text("Shelling closed the river crossing on Tuesday.\n", encoding="utf-8")
    return str(path)


def _documents(capsys) -> int:
    capsys.readouterr()
    assert main(["docs", "p.wbproj", "--json"]) == 0
    import json
    return len(json.loads(capsys.readouterr().out))


def test_the_listing_numbers_the_backups_from_the_newest(two_backups):
    assert [n for n, _ in two_backups] == ["1", "2"]
    assert all(name.startswith("p.wbproj.backups/") for _, name in two_backups)


def test_restore_by_number(two_backups, capsys):
    assert main(["restore-backup", "p.wbproj", "2"]) == 0  # the older: before the import
    assert _documents(capsys) == 0


def test_restore_by_the_listed_name_or_the_bare_file_name(two_backups, capsys):
    older = two_backups[1][1]
    assert main(["restore-backup", "p.wbproj", older]) == 0
    assert _documents(capsys) == 0
    newer = Path(two_backups[0][1]).name
    assert main(["restore-backup", "p.wbproj", newer]) == 0
    assert _documents(capsys) == 1


@pytest.mark.parametrize(("ref", "says"), [
    ("7", "There is no backup number 7 of p.wbproj (`workbench backups p.wbproj` lists "
          "numbers 1 to 2)."),
    ("p-nothing.wbproj", "p-nothing.wbproj: no such backup of p.wbproj. Give the number or "
                         "the name"),
])
def test_an_unknown_backup_is_one_sentence(two_backups, capsys, ref, says):
    capsys.readouterr()
    assert main(["restore-backup", "p.wbproj", ref]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_help_says_what_it_takes(capsys):
    with pytest.raises(SystemExit):
        main(["restore-backup", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "its number or its name as `workbench backups PROJECT` lists them" in out


def test_on_a_terminal_the_restore_shows_its_copy_and_each_stage_of_its_check(
        two_backups, capsys, monkeypatch):
    from workbench.core.verify import STAGES

    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["restore-backup", "p.wbproj", "2"]) == 0
    err = capsys.readouterr().err
    of = len(STAGES) + 1
    shown = [part.removesuffix("\033[K").removesuffix("\033[K\n")
             for part in err.split("\r") if part]
    assert shown == [f"restore-backup: 1/{of} copying the backup beside the project…"] + [
        f"restore-backup: {n}/{of} checking the {stage}…" for n, stage in enumerate(STAGES, 2)]
    assert err.endswith("\033[K\n")  # the last line ends, the result follows it
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    assert main(["restore-backup", "p.wbproj", "1"]) == 0
    assert capsys.readouterr().err == ""  # a log or a pipe gets the result alone
