"""Where the custody log says a document's file was: in full, whichever way it came in.

A relative name ("halden.txt", as typed in a terminal) does not say which folder it was
in, so the record could not say later where the evidence came from, nor could an
export be refused over that file once it had changed. Every path that reads a user's
file records the file in full, links on the way resolved to the file whose bytes were
read; bytes that came from no file of the user's keep the name they were given.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import REPORT
from workbench.cli import main
from workbench.core.exchange import write_file
from workbench.core.exchange.qdpx_read import read_qdpx
from workbench.core.ops.batch_import import import_many
from workbench.core.ops.documents import reimport
from workbench.core.ops.importing import expand_paths, import_bytes, import_file
from workbench.core.project import Project

SECOND = REPORT.replace("Port Halden", "Port Velna")
THIRD = REPORT.replace("four troops", "six troops")


def _names(project: Project) -> list[str]:
    return [r["filename"] for r in project.repo.custody()]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """The user's folder of reports, the working folder of the command."""
    inbox = tmp_path / "inbox"
    (inbox / "week1").mkdir(parents=True)
    (inbox / "halden.txt").write_text(REPORT, encoding="utf-8")
    (inbox / "week1" / "velna.txt").write_text(SECOND, encoding="utf-8")
    monkeypatch.chdir(inbox)
    return Path(os.path.realpath(inbox))


def test_the_command_line_records_a_relative_name_in_full(folder, tmp_path, capsys):
    proj = tmp_path / "p.wbproj"
    assert main(["new", str(proj)]) == 0
    assert main(["import", str(proj), "halden.txt"]) == 0
    assert main(["import", str(proj), "week1/../week1/velna.txt"]) == 0
    capsys.readouterr()
    with Project.open(proj) as project:
        assert _names(project) == [str(folder / "halden.txt"),
                                   str(folder / "week1" / "velna.txt")]


def test_a_batch_and_a_folder_record_their_files_in_full(folder, tmp_path):
    with Project.create(tmp_path / "p.wbproj", coder="tester") as project:
        files = expand_paths(["."], recursive=True)  # as `import -r .` lists them
        assert [str(f) for f in files] == ["halden.txt", os.path.join("week1", "velna.txt")]
        for _batch in import_many(project, files, {}, jobs=1):
            pass
        assert _names(project) == [str(folder / "halden.txt"),
                                   str(folder / "week1" / "velna.txt")]


def test_a_reimport_records_its_file_in_full(folder, tmp_path):
    with Project.create(tmp_path / "p.wbproj", coder="tester") as project:
        doc = import_file(project, "halden.txt", sandbox=False).doc_id
        Path("revised.txt").write_text(THIRD, encoding="utf-8")
        reimport(project, doc, "revised.txt")
        assert _names(project) == [str(folder / "halden.txt"), str(folder / "revised.txt")]


def test_a_link_is_recorded_as_the_file_it_leads_to(folder, tmp_path):
    # The link's name says where it pointed the day of the import only: pointed at
    # another report later, the record would name a file whose bytes were never read.
    os.symlink(folder / "week1" / "velna.txt", folder / "latest.txt")
    archive = tmp_path / "archive"
    (archive / "2026").mkdir(parents=True)
    (archive / "latest.txt").write_text(THIRD, encoding="utf-8")
    os.symlink(archive / "2026", folder / "current")
    with Project.create(tmp_path / "p.wbproj", coder="tester") as project:
        import_file(project, "latest.txt", sandbox=False)
        os.remove("latest.txt")
        os.symlink(folder / "halden.txt", "latest.txt")
        # ".." after a link is the link's target's parent, as the system reads it, not
        # the folder the name seems to say.
        import_file(project, "current/../latest.txt", sandbox=False)
        assert _names(project) == [str(folder / "week1" / "velna.txt"),
                                   os.path.realpath(archive / "latest.txt")]


def test_bytes_from_no_file_keep_their_name(folder, tmp_path):
    with Project.create(tmp_path / "p.wbproj", coder="tester") as project:
        import_bytes(project, REPORT.encode(), "halden.txt", sandbox=False)
        assert _names(project) == ["halden.txt"]


def test_a_refi_qda_file_is_named_in_full(folder, tmp_path):
    with Project.create(tmp_path / "a.wbproj", coder="tester") as project:
        import_file(project, "halden.txt", sandbox=False)
        write_file(project, "qdpx", folder / "shared.qdpx")
    with Project.create(tmp_path / "b.wbproj", coder="tester") as project:
        read_qdpx(project, Path("shared.qdpx"))
        [name] = _names(project)
        assert name.startswith(str(folder / "shared.qdpx" / "sources") + os.sep)


def test_a_relative_name_an_older_version_recorded_is_kept_and_said(folder, tmp_path, capsys):
    proj = tmp_path / "p.wbproj"
    with Project.create(proj, coder="tester") as project:
        doc = import_file(project, "halden.txt", sandbox=False).doc_id
        # As a version before this one wrote a re-import typed with a relative name.
        with project.write("reimport") as tx:
            tx.add_custody("reimport", doc_id=doc, sha256="0" * 64, filename="halden.txt",
                           importer="text", importer_version="1")
    assert main(["log", str(proj), "--custody"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1].split("  ")[4] == "halden.txt"  # the log is evidence
    assert err == ("1 of these entries name their file by a relative name, as versions "
                   "before this one recorded a name typed on the command line: the folder "
                   "it was in was not recorded.\n")
    assert main(["verify", str(proj)]) == 0
    main(["log", str(proj), "--custody", "--id", str(doc), "--limit", "1"])
    assert "relative name" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="a name of bytes that are not UTF-8")
def test_a_name_that_is_not_utf8_is_stored_escaped_and_stops_nothing(folder, tmp_path):
    # A report unpacked from an old Windows archive: "rapport-é.txt" in Latin-1. Python
    # reads the byte as a lone surrogate, which SQLite refused: the batch stopped with
    # a traceback, the other reports in it not imported either.
    odd = os.fsdecode(b"rapport-\xe9.txt")
    try:
        Path(odd).write_text(THIRD, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    with Project.create(tmp_path / "p.wbproj", coder="tester") as project:
        for _batch in import_many(project, [Path(odd), Path("halden.txt")], {}, jobs=1):
            pass
        assert _names(project) == [str(folder / "rapport-\\xe9.txt"),
                                   str(folder / "halden.txt")]
        row = project.repo.get("document", 1)
        assert (row["filename"], row["title"]) == ("rapport-\\xe9.txt", "Shelling hits "
                                                   "market in Port Halden")
        reimport(project, 2, odd)  # the one file, re-imported under that name
        assert _names(project)[-1] == str(folder / "rapport-\\xe9.txt")


def test_the_demo_project_has_no_name_said_to_be_an_older_versions(tmp_path, capsys):
    # The demo's reports were recorded by bare name, so the first `log --custody` a new
    # user runs said eight entries came from "versions before this one", folders lost.
    proj = tmp_path / "demo.wbproj"
    assert main(["demo", str(proj)]) == 0
    capsys.readouterr()
    assert main(["log", str(proj), "--custody"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    names = [line.split("  ")[4] for line in out.splitlines()]
    assert len(names) >= 8 and all(os.path.isfile(n) for n in names)
