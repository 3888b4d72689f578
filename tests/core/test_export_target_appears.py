"""A file that appears at an export's name, or changes there, between the check that
refuses what an export may not replace and the write that puts the export in place.

The check (the project, a document's source file) and the rename were separate steps,
so whatever was at the name when the export finished was replaced unchecked: another
program's file, or another project moved there. The write now replaces only what was
there when it was checked: nothing (the export is linked into place, which fails where
a file is), or that same file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import exchange, exclusive_rename, exporters, outfile
from workbench.core.errors import OutputError
from workbench.core.exchange import write_file
from workbench.core.exporters import export_file
from workbench.core.project import Project


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        yield p


def _after_the_check(monkeypatch, module, then) -> None:
    """Run ``then(path)`` right after ``module``'s check has passed ``path``."""
    real = module.refuse_source

    def check(project, path):
        real(project, path)
        then(Path(path))

    monkeypatch.setattr(module, "refuse_source", check)


WRITERS = {
    "csv": (exporters, lambda project, out: export_file(project, "csv", out)),
    "qdpx": (exchange, lambda project, out: write_file(project, "qdpx", out)),
}


def _parts(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_a_file_that_appears_after_the_check_is_left_as_it_is(project, tmp_path,
                                                             monkeypatch, fmt):
    module, write = WRITERS[fmt]
    out = tmp_path / f"out.{fmt}"
    _after_the_check(monkeypatch, module, lambda p: p.write_text("theirs\n"))
    with pytest.raises(OutputError) as err:
        write(project, out)
    assert str(err.value) == outfile.APPEARED.format(path=out)
    assert out.read_text() == "theirs\n"
    assert _parts(tmp_path) == []


def test_a_project_moved_to_the_name_while_the_export_is_written_is_kept(project, tmp_path,
                                                                        monkeypatch):
    out = tmp_path / "notes.csv"
    other = tmp_path / "ben.wbproj"
    Project.create(other, coder="ben").close()
    kept = other.read_bytes()
    real = exporters.FORMATS["csv"]

    def writing(*args, **kwargs):
        rows = real(*args, **kwargs)
        other.rename(out)  # a big export takes seconds; the name is free meanwhile
        return rows

    monkeypatch.setitem(exporters.FORMATS, "csv", writing)
    with pytest.raises(OutputError, match="appeared while this was being written"):
        export_file(project, "csv", out)
    assert out.read_bytes() == kept
    with Project.open(out, coder="ben") as again:
        assert again.repo.documents() == []


def test_an_earlier_export_changed_by_another_program_meanwhile_is_kept(project, tmp_path,
                                                                       monkeypatch):
    out = tmp_path / "out.csv"
    out.write_text("an older export\n")

    def replaced(p: Path) -> None:
        theirs = tmp_path / "theirs.csv"
        theirs.write_text("another program's table\n")
        theirs.replace(p)

    _after_the_check(monkeypatch, exporters, replaced)
    with pytest.raises(OutputError) as err:
        export_file(project, "csv", out)
    assert str(err.value) == outfile.CHANGED.format(path=out)
    assert out.read_text() == "another program's table\n"
    assert _parts(tmp_path) == []


def test_an_earlier_export_left_alone_is_replaced_and_a_new_name_written(project, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("an older export\n")
    export_file(project, "csv", out)
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")
    fresh = tmp_path / "fresh.csv"
    export_file(project, "csv", fresh)
    assert fresh.read_text(encoding="utf-8").startswith("annotation_id,")
    assert os.stat(fresh).st_nlink == 1  # the .part's second name is gone
    assert _parts(tmp_path) == []


def test_without_hard_links_the_name_is_taken_exclusively(project, tmp_path, monkeypatch):
    """A file system with neither the rename that refuses a taken name nor hard links
    (FAT, some shares): the name is then taken by an exclusive creation, which fails
    where a file appeared."""
    def no_link(src, dst, **_kw):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: None)
    monkeypatch.setattr(os, "link", no_link)
    out = tmp_path / "out.csv"
    export_file(project, "csv", out)
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")
    late = tmp_path / "late.csv"
    _after_the_check(monkeypatch, exporters, lambda p: p.write_text("theirs\n"))
    with pytest.raises(OutputError, match="appeared while this was being written"):
        export_file(project, "csv", late)
    assert late.read_text() == "theirs\n"
    assert _parts(tmp_path) == []
