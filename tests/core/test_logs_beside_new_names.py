"""A new file the store names (a new project, a backup, the kept copy of a file a
restore replaces, the copy kept before an upgrade) is never left beside a ``-wal`` or
``-journal`` it does not belong to.

SQLite finds a database's log by its name alone and replays it, whichever database
wrote it: a backup made to ``copy.wbproj`` beside the ``copy.wbproj-wal`` of a project
deleted from that folder opened as that other project's rows, and a restore from it
would have put them in place of the user's.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import REPORT as MINE
from tests.helpers import add_doc, make_project
from workbench.core import backup, exclusive_rename, store
from workbench.core.errors import ProjectError, StorageError
from workbench.core.project import Project

THEIRS = ("Gunmen killed a teacher in Wadi Sahl on Friday, according to local "
          "residents.\n")


def _log_of_another_project(tmp_path: Path, at: Path) -> bytes:
    """Put at ``at`` the ``-wal`` of another project that holds one document (a
    project deleted from that folder while its last commits were still in its log)."""
    other = tmp_path / "elsewhere"
    other.mkdir(exist_ok=True)
    with Project.create(other / "gone.wbproj", coder="other") as gone:
        gone.conn.execute("PRAGMA wal_autocheckpoint = 0")
        add_doc(gone, THEIRS, "theirs.txt")
        shutil.copyfile(f"{gone.path}-wal", at)
    assert at.stat().st_size > 0
    return at.read_bytes()


def _documents(path: Path) -> list[str]:
    """The first words of each document ``path`` holds, as a reader opening it sees them."""
    with Project.open(path, coder="reader") as p:
        return [r[0].split()[0] for r in p.conn.execute("SELECT title FROM documents ORDER BY id")]


def test_a_backup_to_a_name_a_deleted_projects_log_lies_beside_is_refused(tmp_path):
    dest = tmp_path / "copy.wbproj"
    theirs = _log_of_another_project(tmp_path, Path(f"{dest}-wal"))
    with make_project(tmp_path) as p:
        add_doc(p)
        with pytest.raises(ProjectError) as err:
            backup.copy(p.conn, p.path, dest)
    assert str(err.value) == (
        f"{dest}: copy.wbproj-wal lies beside that name (a log another database left "
        "there), and SQLite would read it into the new file; move it away or choose "
        "another name.")
    assert not dest.exists()
    assert Path(f"{dest}-wal").read_bytes() == theirs


def _log_appears_before_the_rename(monkeypatch, name: Path, tmp_path: Path) -> list[bytes]:
    """Another program leaves a log beside ``name`` the instant before the finished
    file takes it."""
    real, theirs = exclusive_rename.rename_no_replace, []

    def rename(src: Path, dst: Path) -> bool:
        if Path(dst) == name and not theirs:
            theirs.append(_log_of_another_project(tmp_path, Path(f"{name}-wal")))
        return real(src, dst)

    monkeypatch.setattr(exclusive_rename, "rename_no_replace", rename)
    return theirs


def test_a_log_that_appears_beside_a_new_projects_name_while_it_is_made_is_never_read_in(
        tmp_path, monkeypatch):
    path = tmp_path / "p.wbproj"
    theirs = _log_appears_before_the_rename(monkeypatch, path, tmp_path)
    with pytest.raises(ProjectError) as err:
        Project.create(path, coder="amal").close()
    assert "p.wbproj-wal lies beside that name" in str(err.value)
    assert not path.exists()
    assert Path(f"{path}-wal").read_bytes() == theirs[0]
    assert [n for n in (f.name for f in tmp_path.iterdir()) if n.startswith(".")] == []


def test_a_log_that_appears_beside_a_backups_name_while_it_is_copied_is_never_paired(
        tmp_path, monkeypatch):
    dest = tmp_path / "copy.wbproj"
    with make_project(tmp_path) as p:
        add_doc(p)
        theirs = _log_appears_before_the_rename(monkeypatch, dest, tmp_path)
        with pytest.raises(ProjectError):
            backup.copy(p.conn, p.path, dest)
    assert not dest.exists()
    assert Path(f"{dest}-wal").read_bytes() == theirs[0]


@pytest.mark.parametrize("log", ["-wal", "-journal"])
def test_a_timed_backup_never_takes_a_name_a_log_lies_beside(tmp_path, monkeypatch, log):
    monkeypatch.setattr(backup, "_stamp", lambda: "20260102T030405.000006Z")
    with make_project(tmp_path) as p:
        add_doc(p)
        folder = backup.default_folder(p.path)
        folder.mkdir()
        taken = folder / "p-20260102T030405.000006Z.wbproj"
        theirs = _log_of_another_project(tmp_path, Path(f"{taken}{log}"))
        made = backup.make(p.conn, p.path)
    assert made != taken and not taken.exists()
    assert Path(f"{taken}{log}").read_bytes() == theirs
    assert _documents(made) == [MINE.split()[0]]


def test_the_copy_kept_before_an_upgrade_never_takes_a_name_a_log_lies_beside(tmp_path):
    from tests.core.test_migrations import _first_schema_project

    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    first = tmp_path / "old.wbproj.before-upgrade-v1"
    theirs = _log_of_another_project(tmp_path, Path(f"{first}-wal"))
    Project.open(path, coder="amal").close()
    assert not first.exists() and Path(f"{first}-wal").read_bytes() == theirs
    assert (tmp_path / "old.wbproj.before-upgrade-v1.2").is_file()


def test_the_kept_copy_of_a_replaced_file_is_never_left_beside_a_log_of_another(
        tmp_path, monkeypatch):
    # The project's log was folded in, so the kept copy has none of its own; another
    # program's log came in at the kept copy's name while the copy was made.
    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        add_doc(p, "Three fishermen were wounded near the harbour, witnesses said.\n", "later.txt")
        path = p.path
    real_fresh, theirs = backup._fresh, []

    def fresh(folder, project, suffix=""):
        name = real_fresh(folder, project, suffix)
        if suffix == "-replaced":
            theirs.append(_log_of_another_project(tmp_path, Path(f"{name}-wal")))
            theirs.append(name)
        return name

    monkeypatch.setattr(backup, "_fresh", fresh)
    with pytest.raises(StorageError) as err:
        backup.restore(path, older)
    kept = theirs[1]
    assert f"{kept.name}-wal appeared in" in str(err.value)
    assert not kept.exists() and Path(f"{kept}-wal").read_bytes() == theirs[0]
    monkeypatch.undo()
    assert _documents(path) == [MINE.split()[0], "Three"]  # as it was


def test_a_log_that_appears_beside_the_upgrade_copys_name_as_it_is_taken_moves_it_on(
        tmp_path, monkeypatch):
    # Seen only once the copy had its name: it goes back, and takes the next name.
    from tests.core.test_migrations import _first_schema_project

    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    first = tmp_path / "old.wbproj.before-upgrade-v1"
    real, theirs = exclusive_rename.rename_no_replace, []

    def rename(src: Path, dst: Path) -> bool:
        done = real(src, dst)
        if Path(dst) == first:
            theirs.append(_log_of_another_project(tmp_path, Path(f"{first}-wal")))
        return done

    monkeypatch.setattr(exclusive_rename, "rename_no_replace", rename)
    Project.open(path, coder="amal").close()
    assert not first.exists() and Path(f"{first}-wal").read_bytes() == theirs[0]
    kept = tmp_path / "old.wbproj.before-upgrade-v1.2"
    assert kept.is_file() and store.log_beside(kept) is None
    assert [n for n in (f.name for f in tmp_path.iterdir()) if n.startswith(".")] == []
