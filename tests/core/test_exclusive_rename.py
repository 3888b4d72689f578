"""An export written to a new name takes it with a rename that refuses a taken name.

Where nothing was at the name, the finished export was linked into place, or, on a file
system without hard links, the name was first taken by an empty file that the export
was then renamed over: a stop (power, kill) between the two left that empty file at the
user's name. The rename that refuses a taken name needs no placeholder; the hard link
and the placeholder remain for platforms and file systems that lack it.
"""

from __future__ import annotations

import errno
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import exclusive_rename, exporters, outfile
from workbench.core.errors import OutputError
from workbench.core.exclusive_rename import rename_no_replace
from workbench.core.exporters import export_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        yield p


@pytest.fixture
def ways(monkeypatch):
    """How the export took its name: "no-replace", "link", "placeholder" (an exclusive
    creation at the name), in the order tried."""
    seen: list[str] = []
    real_call, real_link, real_open = (exclusive_rename._platform_call(), os.link,
                                       os.open)

    def call(src: bytes, dst: bytes) -> None:
        seen.append("no-replace")
        assert real_call is not None  # the tests that reach it need one
        real_call(src, dst)

    def link(src, dst, **kw):
        seen.append("link")
        real_link(src, dst, **kw)

    def opened(path, flags, *args, **kw):
        if flags & os.O_EXCL:
            seen.append("placeholder")
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: call)
    monkeypatch.setattr(os, "link", link)
    monkeypatch.setattr(os, "open", opened)
    return seen


def _refusing(monkeypatch, code: int) -> None:
    """The exclusive rename answers ``code``, as an older kernel or a file system
    without it does."""
    def call(src: bytes, dst: bytes) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: call)


def _theirs_appears_before_the_rename(monkeypatch) -> None:
    """Another program writes "theirs" at the export's name just after the export found
    the name free, before it takes the name."""
    real = exporters.refuse_source

    def check(project, path):
        real(project, path)
        Path(path).write_text("theirs\n")

    monkeypatch.setattr(exporters, "refuse_source", check)


def _glibc_with_renameat2() -> bool:
    lib, version = platform.libc_ver()
    if sys.platform != "linux" or lib != "glibc":
        return False
    return tuple(int(n) for n in version.split(".")[:2]) >= (2, 28)


def _parts(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.skipif(not _glibc_with_renameat2(), reason="needs glibc 2.28 or later")
def test_this_machine_renames_without_replacing(tmp_path):
    assert exclusive_rename._platform_call() is not None
    made, name = tmp_path / "made", tmp_path / "name"
    made.write_text("finished\n")
    assert rename_no_replace(made, name) is True
    assert name.read_text() == "finished\n" and not made.exists()
    other = tmp_path / "other"
    other.write_text("another\n")
    with pytest.raises(FileExistsError):
        rename_no_replace(other, name)
    assert name.read_text() == "finished\n" and other.read_text() == "another\n"


@pytest.mark.skipif(not _glibc_with_renameat2(), reason="needs glibc 2.28 or later")
def test_an_export_to_a_new_name_is_renamed_in_without_a_placeholder(project, tmp_path,
                                                                      ways):
    out = tmp_path / "out.csv"
    export_file(project, "csv", out)
    assert ways == ["no-replace"]
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")
    assert os.stat(out).st_nlink == 1
    assert _parts(tmp_path) == []


@pytest.mark.skipif(not _glibc_with_renameat2(), reason="needs glibc 2.28 or later")
def test_a_file_that_appears_before_the_rename_is_refused_in_the_same_sentence(
        project, tmp_path, ways, monkeypatch):
    out = tmp_path / "out.csv"
    _theirs_appears_before_the_rename(monkeypatch)
    with pytest.raises(OutputError) as err:
        export_file(project, "csv", out)
    assert str(err.value) == outfile.APPEARED.format(path=out)
    assert ways == ["no-replace"]  # refused there, not by a later way
    assert out.read_text() == "theirs\n"
    assert _parts(tmp_path) == []


# On Windows the rename that refuses a taken name is os.rename, no C library call.
NOT_WINDOWS = pytest.mark.skipif(sys.platform == "win32", reason="asks the C library")


@NOT_WINDOWS
@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM])
def test_without_the_call_the_export_is_linked_into_place(project, tmp_path, ways,
                                                          monkeypatch, code):
    _refusing(monkeypatch, code)
    out = tmp_path / "out.csv"
    export_file(project, "csv", out)
    assert ways == ["link"]
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")
    assert os.stat(out).st_nlink == 1
    assert _parts(tmp_path) == []


@NOT_WINDOWS
@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOSYS])
def test_without_the_call_nor_hard_links_the_name_is_taken_by_a_placeholder(
        project, tmp_path, ways, monkeypatch, code):
    _refusing(monkeypatch, code)
    def no_link(src, dst, **_kw):  # tried, and refused as on FAT
        ways.append("link")
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    out = tmp_path / "out.csv"
    export_file(project, "csv", out)
    assert ways == ["link", "placeholder"]
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")
    late = tmp_path / "late.csv"
    _theirs_appears_before_the_rename(monkeypatch)
    with pytest.raises(OutputError) as err:
        export_file(project, "csv", late)
    assert str(err.value) == outfile.APPEARED.format(path=late)
    assert late.read_text() == "theirs\n"
    assert _parts(tmp_path) == []


@NOT_WINDOWS
def test_a_failed_rename_leaves_nothing_at_the_name(project, tmp_path, monkeypatch):
    """Every way fails (the disk answers an error): the user's folder is as before."""
    _refusing(monkeypatch, errno.EIO)

    def no_link(src, dst, **_kw):
        raise OSError(errno.EPERM, "Operation not permitted")

    def no_rename(self, target):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(Path, "replace", no_rename)
    before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "out.csv"
    with pytest.raises(OutputError, match="could not write"):
        export_file(project, "csv", out)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


KILLED_AT_THE_RENAME = """
import errno, os, sys
from pathlib import Path

out = Path(sys.argv[2])


def hook(name, args):
    if name == "os.rename" and Path(os.fsdecode(args[1])) == out:
        os.kill(os.getpid(), 9)  # as a power cut, the instant the export takes its name


sys.addaudithook(hook)


def no_link(*_a, **_kw):  # a file system without hard links (FAT, some shares)
    raise OSError(errno.EPERM, "Operation not permitted")


os.link = no_link
from workbench.core.exporters import export_file
from workbench.core.project import Project

with Project.open(Path(sys.argv[1])) as p:
    export_file(p, "csv", out)
"""


@pytest.mark.skipif(not _glibc_with_renameat2(), reason="needs glibc 2.28 or later")
def test_an_export_killed_as_it_takes_a_new_name_leaves_no_empty_file(project, tmp_path):
    """Without hard links the name was taken by an empty file before the export was
    renamed over it: killed between the two, that empty file stayed at the name."""
    out = tmp_path / "out.csv"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLED_AT_THE_RENAME, str(project.path),
                           str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    assert not out.exists()
