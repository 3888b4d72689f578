"""A new project, a backup and the copy kept before an upgrade take their name with a
rename that refuses a taken name (``store.move_new``).

They took it with a hard link, and on a file system without hard links with a last
look and then a rename that would replace a file appearing in that instant. The rename
that refuses a taken name (``core/exclusive_rename.py``) is one step and leaves no
second name to remove; the hard link and the last look remain, in that order, where
the kernel, the C library or the file system lacks it.
"""

from __future__ import annotations

import errno
import os
import platform
import sys
from pathlib import Path

import pytest

from tests.core.test_migrations import _first_schema_project
from tests.helpers import add_doc, make_project
from workbench.core import backup, exclusive_rename, store
from workbench.core.errors import ProjectError, StorageError
from workbench.core.project import Project

NOT_WINDOWS = pytest.mark.skipif(sys.platform == "win32", reason="asks the C library")


def _glibc_with_renameat2() -> bool:
    lib, version = platform.libc_ver()
    if sys.platform != "linux" or lib != "glibc":
        return False
    return tuple(int(n) for n in version.split(".")[:2]) >= (2, 28)


NEEDS_RENAMEAT2 = pytest.mark.skipif(not _glibc_with_renameat2(),
                                     reason="needs glibc 2.28 or later")


@pytest.fixture
def ways(monkeypatch):
    """How each name was taken, in the order tried: ("no-replace", name), ("link",
    name) and ("replace", name) (a rename that may replace: the last way)."""
    seen: list[tuple[str, str]] = []
    real_call, real_link, real_replace = (exclusive_rename._platform_call(), os.link,
                                          os.replace)

    def call(src: bytes, dst: bytes) -> None:
        seen.append(("no-replace", os.fsdecode(dst)))
        assert real_call is not None  # the tests that reach it need one
        real_call(src, dst)

    def link(src, dst, **kw):
        seen.append(("link", os.fspath(dst)))
        real_link(src, dst, **kw)

    def replace(src, dst, **kw):
        seen.append(("replace", os.fspath(dst)))
        real_replace(src, dst, **kw)

    monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: call)
    monkeypatch.setattr(os, "link", link)
    monkeypatch.setattr(os, "replace", replace)
    return seen


def _taken(ways: list[tuple[str, str]], path: Path) -> list[str]:
    return [how for how, name in ways if name == str(path)]


def _refusing(monkeypatch, code: int) -> None:
    """The exclusive rename answers ``code``, as an older kernel or a file system
    without it does."""
    def call(src: bytes, dst: bytes) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: call)


def _without_hard_links(monkeypatch, ways: list[tuple[str, str]]) -> None:
    def no_link(src, dst, **_kw):  # tried, and refused as on FAT
        ways.append(("link", os.fspath(dst)))
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)


def _theirs_appears_before_the_move(monkeypatch, path: Path) -> None:
    """Another program writes a file at ``path`` just after the finished copy was
    flushed, before it takes its name."""
    real = store.fsync_file

    def someone_writes(flushed: Path) -> None:
        real(flushed)
        if not path.exists():
            path.write_bytes(b"a file of someone else's")

    monkeypatch.setattr(store, "fsync_file", someone_writes)


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _made_whole(path: Path) -> None:
    assert os.stat(path).st_nlink == 1  # no second name left behind
    with Project.open(path) as project:
        assert project.notices == []


@NEEDS_RENAMEAT2
def test_a_new_project_takes_its_name_by_the_rename_that_refuses_a_taken_name(
        tmp_path, ways):
    path = tmp_path / "p.wbproj"
    Project.create(path, coder="amal").close()
    assert _taken(ways, path) == ["no-replace"]
    assert _hidden(tmp_path) == []
    _made_whole(path)


@NEEDS_RENAMEAT2
@pytest.mark.parametrize("into", ["file", "folder", "timed"])
def test_a_backup_takes_its_name_by_the_rename_that_refuses_a_taken_name(
        tmp_path, ways, into):
    with make_project(tmp_path) as p:
        add_doc(p)
        saved = tmp_path / "saved"
        saved.mkdir()
        if into == "timed":
            made = backup.make(p.conn, p.path)
        else:
            made = backup.copy(p.conn, p.path,
                               saved / "copy.wbproj" if into == "file" else saved)
    assert _taken(ways, made) == ["no-replace"]
    assert _hidden(made.parent) == []
    assert backup.check(made).ok and os.stat(made).st_nlink == 1


@NEEDS_RENAMEAT2
def test_the_copy_kept_before_an_upgrade_takes_its_name_the_same_way(tmp_path, ways):
    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    Project.open(path, coder="amal").close()
    kept = tmp_path / "old.wbproj.before-upgrade-v1"
    assert _taken(ways, kept) == ["no-replace"]
    assert os.stat(kept).st_nlink == 1
    assert [n for n in _hidden(tmp_path) if "upgrading" in n] == []


@NEEDS_RENAMEAT2
def test_a_file_that_appears_before_a_new_project_takes_its_name_is_left_as_it_is(
        tmp_path, ways, monkeypatch):
    path = tmp_path / "p.wbproj"
    _theirs_appears_before_the_move(monkeypatch, path)
    with pytest.raises(ProjectError) as err:
        Project.create(path, coder="amal")
    assert str(err.value) == (f"{path}: a file of that name appeared while the project "
                              "was made; choose another name.")
    assert _taken(ways, path) == ["no-replace"]  # refused there, not by a later way
    assert path.read_bytes() == b"a file of someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.wbproj"]  # nothing else left


@NEEDS_RENAMEAT2
def test_a_file_that_appears_before_a_backup_takes_its_name_is_left_as_it_is(
        tmp_path, ways, monkeypatch):
    with make_project(tmp_path) as p:
        add_doc(p)
        dest = tmp_path / "copy.wbproj"
        _theirs_appears_before_the_move(monkeypatch, dest)
        with pytest.raises(ProjectError) as err:
            backup.copy(p.conn, p.path, dest)
    assert str(err.value) == (f"{dest}: a file of that name appeared while the copy was "
                              "written; choose another name.")
    assert _taken(ways, dest) == ["no-replace"]
    assert dest.read_bytes() == b"a file of someone else's"
    assert [n for n in _hidden(tmp_path) if "copy.wbproj" in n] == []


@NOT_WINDOWS
@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM])
def test_without_the_call_a_new_project_and_a_backup_are_linked_into_place(
        tmp_path, ways, monkeypatch, code):
    _refusing(monkeypatch, code)
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="amal") as p:
        add_doc(p)
        made = backup.copy(p.conn, p.path, tmp_path / "copy.wbproj")
    assert _taken(ways, path) == ["link"] and _taken(ways, made) == ["link"]
    assert _hidden(tmp_path) == []  # each second name removed
    _made_whole(path)
    assert backup.check(made).ok and os.stat(made).st_nlink == 1


@NOT_WINDOWS
@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOSYS])
def test_without_the_call_nor_hard_links_the_name_is_taken_by_a_rename_after_a_look(
        tmp_path, ways, monkeypatch, code):
    _refusing(monkeypatch, code)
    _without_hard_links(monkeypatch, ways)
    path = tmp_path / "p.wbproj"
    Project.create(path, coder="amal").close()
    assert _taken(ways, path) == ["link", "replace"]
    assert _hidden(tmp_path) == []
    _made_whole(path)
    late = tmp_path / "late.wbproj"
    _theirs_appears_before_the_move(monkeypatch, late)
    with pytest.raises(ProjectError, match="appeared while the project was made"):
        Project.create(late, coder="amal")
    assert _taken(ways, late) == ["link"]  # the last look saw it: no rename
    assert late.read_bytes() == b"a file of someone else's"
    assert _hidden(tmp_path) == []


@NOT_WINDOWS
def test_when_every_way_fails_nothing_is_left_at_the_name(tmp_path, monkeypatch, ways):
    """The disk answers an error to each way: one sentence, the folder as before."""
    _refusing(monkeypatch, errno.EIO)
    _without_hard_links(monkeypatch, ways)

    def no_replace(src, dst, **_kw):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", no_replace)
    path = tmp_path / "p.wbproj"
    with pytest.raises(StorageError) as err:
        Project.create(path, coder="amal")
    assert str(err.value) == ("p.wbproj was not created (Input/output error); nothing "
                              "was left behind.")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["project", "backup", "demo"])
def test_a_link_to_nothing_at_the_name_is_refused_as_a_name_taken_before_anything_is_made(
        tmp_path, monkeypatch, kind):
    # It passed the first look (it leads to no file), the whole file was made, and the
    # rename then refused it as a file "that appeared while" the file was made.
    from workbench.core import demo

    name = tmp_path / "n.wbproj"
    name.symlink_to(tmp_path / "nowhere.wbproj")
    made: list[Path] = []
    real_move = store.move_new
    with make_project(tmp_path) as p, pytest.raises(ProjectError) as err:
        monkeypatch.setattr(store, "move_new", lambda b, *a, **k: (made.append(b),
                                                                   real_move(b, *a, **k)))
        if kind == "project":
            Project.create(name, coder="amal")
        elif kind == "backup":
            backup.copy(p.conn, p.path, name)
        else:
            demo.build_demo(name)
    assert str(err.value) == (f"{name}: a link of that name already exists (to "
                              f"{tmp_path / 'nowhere.wbproj'}, which does not exist); "
                              "choose another name.")
    assert made == []  # said before anything was made
    assert os.readlink(name) == str(tmp_path / "nowhere.wbproj")
    assert sorted(f.name for f in tmp_path.iterdir()) == ["n.wbproj", "p.wbproj"]


@pytest.mark.parametrize("where", ["backups folder", "folder named"])
def test_a_timed_backup_whose_name_another_program_takes_meanwhile_takes_the_next(
        tmp_path, monkeypatch, where):
    # A second window on the project backing up at once (both a microsecond past the
    # newest backup after the clock was set back), or a sync client: the timed backup
    # was refused with "choose another name", which it gives the user no way to do.
    with make_project(tmp_path) as p:
        add_doc(p)
        folder = backup.default_folder(p.path) if where == "backups folder" else (
            tmp_path / "saved")
        folder.mkdir()
        real_fresh, theirs = backup._fresh, []

        def fresh(into, project, suffix=""):
            name = real_fresh(into, project, suffix)
            if not theirs:  # written there by another program once found free
                theirs.append(name)
                _theirs_appears_before_the_move(monkeypatch, name)
            return name

        monkeypatch.setattr(backup, "_fresh", fresh)
        made = (backup.make(p.conn, p.path) if where == "backups folder"
                else backup.copy(p.conn, p.path, folder))
        monkeypatch.undo()
    assert made != theirs[0] and made.parent == folder
    assert theirs[0].read_bytes() == b"a file of someone else's"
    assert backup.check(made).ok
    assert _hidden(folder) == []
