"""`workbench export -o`, `report -o` and `log --export` onto a file the project imported:
refused in one sentence naming the document, the user's file left as it was."""

from __future__ import annotations

import pytest

from tests.helpers import REPORT
from workbench.cli import main


@pytest.mark.parametrize("command", [
    ["export", "{p}", "--format", "csv", "-o", "{out}"],
    ["export", "{p}", "--format", "qdpx", "-o", "{out}"],
    ["report", "{p}", "-o", "{out}"],
    ["log", "{p}", "--export", "{out}"],
])
def test_writing_onto_an_imported_file_is_refused(tmp_path, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "notes.wbproj"
    (tmp_path / "halden.html").write_text(
        f"<html><body><p>{REPORT}</p></body></html>", encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), "halden.html"]) == 0  # a name relative to here
    capsys.readouterr()
    before = (tmp_path / "halden.html").read_bytes()
    args = [a.format(p=path, out="halden.html") for a in command]
    assert main(args) != 0
    err = capsys.readouterr().err
    assert "halden.html is the file document 1 (" in err
    assert "was imported from; an export never replaces a source file" in err
    assert (tmp_path / "halden.html").read_bytes() == before


def test_datasette_metadata_never_replaces_the_project_or_a_source(tmp_path, capsys,
                                                                 monkeypatch):
    # It wrote its JSON in place, over whatever the name led to: given the project's
    # own name it replaced the project with the metadata, and it was gone.
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "notes.wbproj"
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), "halden.txt"]) == 0
    capsys.readouterr()
    for out, said in ((path, f"{path} is a project (a database file); an export never "
                             "replaces one, so choose another name."),
                      (tmp_path / "halden.txt", "halden.txt is the file document 1 (")):
        before = out.read_bytes()
        assert main(["datasette-metadata", str(path), "-o", str(out)]) != 0
        assert said in capsys.readouterr().err
        assert out.read_bytes() == before
    assert main(["docs", str(path)]) == 0
    assert main(["datasette-metadata", str(path), "-o", "metadata.json"]) == 0
    assert (tmp_path / "metadata.json").read_text(encoding="utf-8").startswith("{")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
