"""An export or an exchange file written onto a file a document was imported from.

The project keeps its own copy of every original, but the file on the user's disk is
theirs: an export given its name replaced it without a word. The same for the project's
own file when nothing in its bytes or name says it is one (an encrypted project named
otherwise than ``.wbproj``), and for the copy kept from before an upgrade.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from tests.helpers import REPORT, stat_without_inodes
from workbench.core.errors import OutputError
from workbench.core.exchange import write_file
from workbench.core.exporters import export_file
from workbench.core.ops.documents import reimport
from workbench.core.ops.importing import import_file
from workbench.core.project import Project
from workbench.core.sourcefiles import refuse_source

KEY = "salt road at dusk"
TITLE = "Shelling hits market in Port Halden"


def _writers(project: Project):
    return {
        "csv": lambda out: export_file(project, "csv", out),
        "json": lambda out: export_file(project, "json", out),
        "qdpx": lambda out: write_file(project, "qdpx", out),
    }


def _imported(project: Project, source: Path, text: str = REPORT) -> int:
    source.write_text(text, encoding="utf-8")
    res = import_file(project, source, sandbox=False)
    assert res.status == "imported", res.message
    return res.doc_id


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj", coder="tester") as made:
        yield made


@pytest.mark.parametrize("writer", ["csv", "json", "qdpx"])
def test_the_imported_file_is_refused_by_its_bytes(project, tmp_path, writer):
    # Imported by the name the command line was given (relative, or as here from
    # elsewhere), then moved: its bytes are those of the original the project keeps.
    source = tmp_path / "inbox" / "halden.txt"
    source.parent.mkdir()
    doc = _imported(project, source)
    moved = tmp_path / "halden-report.txt"
    source.rename(moved)
    with pytest.raises(OutputError) as err:
        _writers(project)[writer](moved)
    assert str(err.value) == (f"{moved} is the file document {doc} ({TITLE}) was imported "
                              "from; an export never replaces a source file, so choose "
                              "another name.")
    assert moved.read_text(encoding="utf-8") == REPORT
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p.wbproj")
                  ) == ["halden-report.txt", "inbox"]


def test_the_imported_file_is_refused_by_its_place_once_changed(project, tmp_path):
    # The window records where every file came from in full: a source the user has
    # edited since is still theirs, whatever its bytes are now.
    source = (tmp_path / "halden.txt").absolute()
    doc = _imported(project, source)
    edited = REPORT + "Correction: the shelling began at dawn.\n"
    source.write_text(edited, encoding="utf-8")
    with pytest.raises(OutputError, match=f"the file document {doc} "):
        export_file(project, "csv", source)
    assert source.read_text(encoding="utf-8") == edited


def test_the_file_of_a_version_before_a_reimport_is_refused(project, tmp_path):
    first = (tmp_path / "draft.txt").absolute()
    doc = _imported(project, first)
    revised = tmp_path / "revised.txt"
    revised.write_text(REPORT.replace("four troops", "five troops"), encoding="utf-8")
    reimport(project, doc, revised)
    first.write_text("scribbled over since\n", encoding="utf-8")
    for out in (first, revised):
        with pytest.raises(OutputError, match=f"document {doc} "):
            export_file(project, "csv", out)
    assert first.read_text(encoding="utf-8") == "scribbled over since\n"


def test_a_trashed_documents_file_is_refused_too(project, tmp_path):
    from workbench.core.ops.documents import trash_document

    source = tmp_path / "halden.txt"
    doc = _imported(project, source)
    trash_document(project, doc)
    with pytest.raises(OutputError, match=f"document {doc} "):
        export_file(project, "csv", source)


def test_an_earlier_export_and_a_new_name_are_written(project, tmp_path):
    _imported(project, tmp_path / "halden.txt")
    out = tmp_path / "halden.csv"
    out.write_text("an earlier export\n", encoding="utf-8")
    export_file(project, "csv", out)
    assert out.read_text(encoding="utf-8").startswith("annotation_id")
    assert export_file(project, "json", tmp_path / "new.json") == 0


def test_an_encrypted_project_and_its_upgrade_copy_are_refused(tmp_path):
    # Neither has SQLite's header, and this one's name is not ``.wbproj``.
    path = tmp_path / "case.db"
    kept = tmp_path / "case.db.before-upgrade-v21"
    with Project.create(path, coder="tester", passphrase=KEY) as project:
        kept.write_bytes(path.read_bytes())
        before = path.read_bytes()
        with pytest.raises(OutputError) as err:
            export_file(project, "csv", path)
        assert str(err.value) == (f"{path} is the project's own file; an export never "
                                  "replaces it, so choose another name.")
        with pytest.raises(OutputError) as err:
            export_file(project, "csv", kept)
        assert str(err.value) == (f"{kept} is the copy of case.db kept from before an "
                                  "upgrade; an export never replaces it, so choose "
                                  "another name.")
        assert _imported(project, tmp_path / "halden.txt")  # the project still writes
    assert kept.read_bytes() == before


def test_the_upgrade_copy_under_another_spelling_of_its_name_is_refused(tmp_path):
    # On a disk that does not tell capitals apart (macOS, Windows) "CASE.DB.BEFORE-..."
    # is the copy itself; the check compared the name as spelt. A hard link stands in
    # for that disk here: one file under two names.
    path = tmp_path / "case.db"
    kept = tmp_path / "case.db.before-upgrade-v21"
    other = tmp_path / "CASE.DB.Before-Upgrade-V21"
    with Project.create(path, coder="tester", passphrase=KEY) as project:
        kept.write_bytes(path.read_bytes())
        os.link(kept, other)
        with pytest.raises(OutputError, match="kept from before an upgrade"):
            export_file(project, "csv", other)
        unrelated = tmp_path / "case.db.before-upgrade-v21.csv"
        unrelated.write_text("an earlier export\n", encoding="utf-8")
        export_file(project, "csv", unrelated)  # a name like it, another file
    assert kept.read_bytes() == other.read_bytes()


def test_a_changed_file_imported_by_a_relative_name_is_refused(project, tmp_path,
                                                                monkeypatch):
    # The custody log records it in full (tests/core/test_custody_names.py).
    monkeypatch.chdir(tmp_path)
    doc = _imported(project, Path("halden.txt"))
    (tmp_path / "halden.txt").write_text(REPORT + "Updated at noon.\n", encoding="utf-8")
    with pytest.raises(OutputError, match=f"document {doc} "):
        export_file(project, "csv", tmp_path / "halden.txt")


# Two spellings of one file. This disk tells capitals and composed forms apart, so a
# hard link stands in for a disk that does not: one file under both names.
CAFE_NFD = unicodedata.normalize("NFD", "café-report.txt")
CAFE_NFC = unicodedata.normalize("NFC", "café-report.txt")


def _changed(source: Path) -> str:
    edited = REPORT + "Correction: the shelling began at dawn.\n"
    source.write_text(edited, encoding="utf-8")
    return edited


@pytest.mark.parametrize("spelling", ["composed", "capitals", "dots"])
def test_a_changed_source_typed_another_way_is_refused(project, tmp_path, spelling):
    # A folder listed on macOS gives names decomposed; the user types them composed.
    (tmp_path / "inbox").mkdir()
    stored = tmp_path / "inbox" / (CAFE_NFD if spelling == "composed" else "halden.txt")
    doc = _imported(project, stored)
    typed = {"composed": tmp_path / "inbox" / CAFE_NFC,
             "capitals": tmp_path / "inbox" / "HALDEN.TXT",
             "dots": tmp_path / "inbox" / ".." / "inbox" / "halden.txt"}[spelling]
    if spelling != "dots":
        os.link(stored, typed)
    edited = _changed(stored)
    with pytest.raises(OutputError, match=f"the file document {doc} "):
        export_file(project, "csv", typed)
    assert stored.read_text(encoding="utf-8") == edited


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_a_changed_source_reached_under_another_name_is_refused(project, tmp_path, link):
    source = tmp_path / "halden.txt"
    doc = _imported(project, source)
    other = tmp_path / "latest-from-halden.txt"
    (os.link if link == "hard" else os.symlink)(source, other)
    _changed(source)
    with pytest.raises(OutputError, match=f"the file document {doc} "):
        export_file(project, "csv", other)


def test_every_document_imported_from_the_file_is_named(project, tmp_path):
    source = tmp_path / "halden.txt"
    first = _imported(project, source)
    second = _imported(project, source, REPORT.replace("four troops", "nine troops"))
    _changed(source)
    with pytest.raises(OutputError) as err:
        export_file(project, "csv", source)
    assert f"the file document {first} ({TITLE}) and 1 other was imported" in str(err.value)
    assert second != first


def test_an_unrelated_file_named_like_a_source_elsewhere_is_written(project, tmp_path):
    _imported(project, tmp_path / "halden.txt")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "HALDEN.txt"
    out.write_text("an earlier export\n", encoding="utf-8")
    export_file(project, "csv", out)
    assert out.read_text(encoding="utf-8").startswith("annotation_id")


def test_the_kept_original_is_looked_up_once(project, tmp_path):
    source = tmp_path / "halden.txt"
    _imported(project, source)
    moved = tmp_path / "halden-copy.txt"
    moved.write_bytes(source.read_bytes())
    statements: list[str] = []
    project.conn.set_trace_callback(statements.append)
    try:
        with pytest.raises(OutputError):
            refuse_source(project, moved)
    finally:
        project.conn.set_trace_callback(None)
    assert sum("FROM originals" in s for s in statements) == 1


def test_a_disk_without_inodes_refuses_only_the_source(project, tmp_path, monkeypatch):
    # Some network shares and FAT drivers give every file inode 0: compared by device
    # and inode, every file on the disk was every other, and an export named like any
    # source, anywhere on it, was refused as that source.
    source = tmp_path / "inbox" / "halden.txt"
    source.parent.mkdir()
    _imported(project, source)
    source.write_text(REPORT + "Updated.\n", encoding="utf-8")  # not known by its bytes
    elsewhere = tmp_path / "exports" / "halden.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text("an older export\n", encoding="utf-8")
    stat_without_inodes(monkeypatch)
    refuse_source(project, elsewhere)  # another file: no refusal
    with pytest.raises(OutputError, match="was imported from"):
        refuse_source(project, source)
    with pytest.raises(OutputError, match="is a project"):
        refuse_source(project, project.path)
