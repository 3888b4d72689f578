"""A file renamed into place is on the disk before the user is told it is done.

A rename lives in its folder: until the folder is flushed, a power cut can undo it, and
the file the user was told was replaced (a project encrypted, a backup restored or made)
comes back. Each rename that finishes a write is followed by a flush of its folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import backup, crypto, exclusive_rename

KEY = "a passphrase for the test"


@pytest.fixture
def flushes(monkeypatch):
    """What was renamed and flushed, in order: ("rename", target) and ("fsync", inode).
    A name given to a new file that is never put over another (by the rename that
    refuses a taken name, or a hard link) counts as one."""
    seen: list[tuple[str, object]] = []
    real_fsync, real_replace, real_link = os.fsync, os.replace, os.link
    real_call = exclusive_rename._platform_call()

    def fsync(fd: int) -> None:
        seen.append(("fsync", os.fstat(fd).st_ino))
        real_fsync(fd)

    def replace(src, dst, **kw):
        real_replace(src, dst, **kw)
        seen.append(("rename", Path(dst)))

    def link(src, dst, **kw):
        real_link(src, dst, **kw)
        seen.append(("rename", Path(dst)))

    def no_replace(src: bytes, dst: bytes) -> None:
        assert real_call is not None
        real_call(src, dst)
        seen.append(("rename", Path(os.fsdecode(dst))))

    if real_call is not None:
        monkeypatch.setattr(exclusive_rename, "_platform_call", lambda: no_replace)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "link", link)
    return seen


def _flushed_after(seen: list[tuple[str, object]], target: Path) -> bool:
    renames = [i for i, (what, name) in enumerate(seen) if what == "rename" and name == target]
    assert renames, f"{target.name} was never renamed into place"
    folder = os.stat(target.parent).st_ino
    return ("fsync", folder) in seen[renames[-1] + 1:]


def _project(tmp_path: Path) -> Path:
    with make_project(tmp_path) as p:
        add_doc(p)
        return p.path


def test_a_backup_made_is_flushed_with_its_folder(tmp_path, flushes):
    from workbench.core.project import Project

    path = _project(tmp_path)
    with Project.open(path) as p:
        made = backup.make(p.conn, path)
    assert _flushed_after(flushes, made)


def test_a_restore_is_flushed_with_its_folder(tmp_path, flushes):
    from workbench.core.project import Project

    path = _project(tmp_path)
    with Project.open(path) as p:
        made = backup.make(p.conn, path)
    kept = backup.restore(path, made)
    assert _flushed_after(flushes, path)
    assert _flushed_after(flushes, Path(kept))


def test_an_encryption_is_flushed_with_its_folder(tmp_path, flushes, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = _project(tmp_path)
    crypto.encrypt(path, KEY)
    assert _flushed_after(flushes, path)
