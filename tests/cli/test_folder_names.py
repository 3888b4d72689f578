"""A file name typed with a slash at its end names a folder (`-o exports/`,
`backup p.wbproj /media/card/backups/`, `new projects/`).

Such a folder that does not exist was taken as a file's name: the export, the log, the
backup, the screenshot or a new project was written as a file called `exports`, and the
command said it wrote to `exports/`. Now it is refused in one sentence and nothing is
written; a folder that exists is what it was (`backup` puts its copy inside, the exports
say to name a file).
"""

from __future__ import annotations

import os

import pytest

from tests.helpers import REPORT
from workbench.cli import main

WRITES = {
    "export": ["export", "notes.wbproj", "--format", "csv", "-o", "{out}"],
    "export qdpx": ["export", "notes.wbproj", "--format", "qdpx", "-o", "{out}"],
    "log --export": ["log", "notes.wbproj", "--export", "{out}"],
    "datasette-metadata": ["datasette-metadata", "notes.wbproj", "-o", "{out}"],
    "backup": ["backup", "notes.wbproj", "{out}"],
    "screenshot": ["screenshot", "{out}", "--project", "notes.wbproj"],
    "new": ["new", "{out}"],
    "new --encrypt": ["new", "{out}", "--encrypt"],
    "demo": ["demo", "{out}"],
}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    assert main(["new", "notes.wbproj"]) == 0
    assert main(["import", "notes.wbproj", "halden.txt"]) == 0
    return tmp_path


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_folder_name_that_does_not_exist_is_refused_and_nothing_written(folder, capsys,
                                                                          name):
    capsys.readouterr()
    before = sorted(p.name for p in folder.iterdir())
    for typed in ("exports/", f"exports{os.sep}"):
        assert main([a.format(out=typed) for a in WRITES[name]]) == 1
        out = capsys.readouterr()
        assert out.err.count("\n") == 1
        assert out.err.startswith(f"workbench: {typed}: there is no folder of that name")
        assert "Wrote" not in out.out + out.err and "Backed up" not in out.out
        assert sorted(p.name for p in folder.iterdir()) == before


def test_a_backup_into_a_folder_that_exists_still_goes_inside_it(folder, capsys):
    (folder / "card").mkdir()
    assert main(["backup", "notes.wbproj", "card/"]) == 0
    made = list((folder / "card").iterdir())
    assert len(made) == 1 and made[0].name.startswith("notes-")
    assert "Backed up notes.wbproj to card" in capsys.readouterr().out


def test_an_export_to_a_folder_that_exists_still_asks_for_a_file_name(folder, capsys):
    (folder / "exports").mkdir()
    capsys.readouterr()
    assert main(["export", "notes.wbproj", "--format", "csv", "-o", "exports/"]) == 1
    assert "exports is a folder; give the file a name inside it." in capsys.readouterr().err
    assert list((folder / "exports").iterdir()) == []
