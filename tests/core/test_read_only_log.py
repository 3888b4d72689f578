"""A project on read-only media with the log a sudden stop left beside it.

A write-protected card or a mounted image holding a project and its ``-wal`` (the
program that had it open was stopped before it closed it) was said to be "damaged and
cannot be opened (unable to open database file)": SQLite reads a log only through a
``-shm`` it makes beside it, which such media cannot hold. The project is not damaged,
and a user told so may restore a backup over it. Now the sentence says to copy the
project with its log to a writable disk, and nothing on the medium is changed.

Read-only media is a folder made read-only here, which stops writes only for a user
other than root.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import add_doc
from workbench.cli import main
from workbench.core import store
from workbench.core.errors import ProjectError
from workbench.core.project import Project

pytestmark = pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                                reason="root writes into a read-only folder")

KEY = "long enough words"


def _crashed_copy(tmp_path: Path, passphrase: str | None = None, *,
                  empty_log: bool = False, shm: bool = False) -> Path:
    """A project and its ``-wal`` as a program stopped mid-session leaves them (no
    ``-shm``: a sudden stop on a card pulled out, or copied without it), in a folder."""
    work, card = tmp_path / "work", tmp_path / "card"
    work.mkdir()
    card.mkdir()
    project = Project.create(work / "p.wbproj", coder="tester", passphrase=passphrase)
    project.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the document stays in the log
    add_doc(project)
    shutil.copy(work / "p.wbproj", card / "p.wbproj")
    if empty_log:
        (card / "p.wbproj-wal").write_bytes(b"")
    else:
        shutil.copy(work / "p.wbproj-wal", card / "p.wbproj-wal")
    if shm:
        shutil.copy(work / "p.wbproj-shm", card / "p.wbproj-shm")
    project.close()
    return card / "p.wbproj"


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    folders: list[Path] = []
    yield folders
    for folder in folders:  # writable again, for pytest to remove
        folder.chmod(0o755)
        for f in folder.iterdir():
            f.chmod(0o644)


def _protect(folder: Path, folders: list[Path]) -> dict[str, bytes]:
    for f in folder.iterdir():
        f.chmod(0o444)
    folder.chmod(0o555)
    folders.append(folder)
    return {f.name: f.read_bytes() for f in folder.iterdir()}


def _as_it_was(folder: Path, before: dict[str, bytes]) -> bool:
    return {f.name: f.read_bytes() for f in folder.iterdir()} == before


@pytest.mark.parametrize("empty_log", [False, True])
def test_a_log_on_read_only_media_says_copy_it_and_changes_nothing(tmp_path, read_only,
                                                                   empty_log):
    path = _crashed_copy(tmp_path, empty_log=empty_log)
    before = _protect(path.parent, read_only)
    with pytest.raises(ProjectError) as refused:
        Project.open(path)
    said = str(refused.value)
    assert "is damaged" not in said and "verify" not in said, said
    assert "copy p.wbproj together with p.wbproj-wal to a writable disk" in said, said
    assert _as_it_was(path.parent, before)
    # Done as said, the copy opens with the change the log held.
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in before:
        shutil.copy(path.parent / name, copy / name)
        (copy / name).chmod(0o644)
    with Project.open(copy / "p.wbproj") as project:
        assert project.repo.stats()["documents"] == (0 if empty_log else 1)


def test_the_command_line_says_it_in_one_sentence(tmp_path, read_only, capsys):
    path = _crashed_copy(tmp_path)
    before = _protect(path.parent, read_only)
    assert main(["docs", str(path)]) == 1
    err = capsys.readouterr().err
    assert "writable disk" in err and "is damaged" not in err and "Traceback" not in err
    assert _as_it_was(path.parent, before)


def test_an_encrypted_project_and_its_passphrase_check_say_it_too(tmp_path, read_only):
    pytest.importorskip("sqlcipher3")
    path = _crashed_copy(tmp_path, KEY)
    before = _protect(path.parent, read_only)
    for check in (lambda: Project.open(path, passphrase=KEY),
                  lambda: store.opens_with(path, KEY)):
        with pytest.raises(ProjectError) as refused:
            check()
        said = str(refused.value)
        assert "writable disk" in said and "is damaged" not in said, said
    assert _as_it_was(path.parent, before)


def test_with_its_shm_beside_it_the_project_opens_read_only(tmp_path, read_only):
    # SQLite reads a log through a -shm that is there: nothing to refuse then.
    path = _crashed_copy(tmp_path, shm=True)
    before = _protect(path.parent, read_only)
    with Project.open(path) as project:
        assert project.read_only and project.repo.stats()["documents"] == 1
    assert _as_it_was(path.parent, before)
