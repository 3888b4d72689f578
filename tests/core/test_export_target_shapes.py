"""What is at an export's name: a symbolic link, a file marked read-only, a file system
without hard links where putting the export in place fails. Each is written or refused
in one sentence, and nothing of the export stays in the user's folder after a refusal.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import exclusive_rename
from workbench.core.errors import OutputError
from workbench.core.exporters import export_file


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        yield p


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_link_to_an_earlier_export_is_written_through(project, tmp_path):
    """The link stays a link and the file it names gets the export: replaced by a plain
    file, the link was lost and the file it named kept its old table."""
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "table.csv"
    real.write_text("an older export\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "table.csv").symlink_to(real)
    export_file(project, "csv", out / "table.csv")
    assert (out / "table.csv").is_symlink()
    assert real.read_text(encoding="utf-8").startswith("annotation_id,")
    assert _names(shared) == ["table.csv"]


def test_a_link_to_a_file_not_made_yet_makes_it(project, tmp_path):
    """A link whose file is not there yet: refused with "appeared while this was being
    written", though nothing had, on every try."""
    shared = tmp_path / "shared"
    shared.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "table.csv").symlink_to(shared / "table.csv")
    export_file(project, "csv", out / "table.csv")
    assert (shared / "table.csv").read_text(encoding="utf-8").startswith("annotation_id,")
    assert _names(out) == ["table.csv"]


def test_a_file_marked_read_only_is_refused_in_a_sentence(project, tmp_path):
    """The rename that puts an export in place does not ask the file's permissions: a
    table a user had marked read-only to keep it was replaced."""
    kept = tmp_path / "final.csv"
    kept.write_text("the table sent to the editors\n", encoding="utf-8")
    kept.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    with pytest.raises(OutputError) as err:
        export_file(project, "csv", kept)
    assert str(err.value) == (f"{kept} is read-only; it was left as it is: choose another "
                              "name, or make it writable first.")
    assert kept.read_text(encoding="utf-8") == "the table sent to the editors\n"
    assert not [n for n in _names(tmp_path) if n.endswith(".part")]


def test_without_hard_links_a_failed_rename_leaves_no_empty_file(project, tmp_path,
                                                                  monkeypatch):
    """Without hard links the name is taken by an empty file first; when the export then
    cannot be put over it, that empty file stayed at the name the user gave."""
    def no_link(src, dst, **_kw):
        raise OSError(errno.EPERM, "Operation not permitted")

    def no_rename(self, target):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: None)
    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(Path, "replace", no_rename)
    before = _names(tmp_path)
    out = tmp_path / "out.csv"
    with pytest.raises(OutputError, match="could not write"):
        export_file(project, "csv", out)
    assert _names(tmp_path) == before


def test_a_read_only_source_file_is_said_to_be_the_documents_source(project, tmp_path):
    """Evidence is often kept read-only: over such a file, the sentence names the
    document it was imported from, as over any source file, not only its permissions."""
    from tests.helpers import REPORT
    from workbench.core.ops.importing import import_file

    source = tmp_path / "halden.txt"
    source.write_text(REPORT, encoding="utf-8")
    doc = import_file(project, source, sandbox=False).doc_id
    source.chmod(stat.S_IRUSR)
    with pytest.raises(OutputError, match=f"the file document {doc} "):
        export_file(project, "csv", source)
    assert source.read_text(encoding="utf-8") == REPORT
