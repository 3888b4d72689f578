"""A project whose opening is refused keeps every byte of it and of its log.

A later Workbench that upgraded a project and was switched off before a checkpoint
left this version's schema in the file and the later one in its ``-wal``: the log's
pages belong to that program. Opening it here is refused; the refusal must not
checkpoint the log into the file on the way (it did when the connection that found
the later schema was closed), nor write the ``-shm``. The same holds for the other
refusals that come after SQLite has read the file: a wrong passphrase, a file that is
not a project, a project that is not whole.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core import schema
from workbench.core.errors import PassphraseNeeded, ProjectError, WrongPassphrase
from workbench.core.merge.sources import open_source
from workbench.core.project import Project

KEY = "a field passphrase"

# Run in a process of its own, which is switched off (os._exit) after it committed and
# before anything checkpointed: the commit is only in the -wal, whose -shm stays.
_LATER = """
import os, sys
if sys.argv[3]:
    import sqlcipher3 as sqlite
else:
    import sqlite3 as sqlite
conn = sqlite.connect(sys.argv[1], isolation_level=None)
if sys.argv[3]:
    conn.execute("PRAGMA key = '" + sys.argv[3].replace("'", "''") + "'")
    conn.execute("PRAGMA cipher_compatibility = 4")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE later_notes (id INTEGER PRIMARY KEY, note TEXT)")
conn.execute("INSERT INTO later_notes(note) VALUES ('kept by a later version')")
conn.execute(f"PRAGMA user_version = {int(sys.argv[2])}")
conn.execute("COMMIT")
os._exit(0)
"""


def _later(tmp_path: Path, *, key: str = "", version: int = schema.LATEST + 1,
           name: str = "p.wbproj") -> Path:
    """A project a later version upgraded to ``version`` and was switched off before a
    checkpoint (encrypted with ``key`` when given)."""
    path = tmp_path / name
    Project.create(path, coder="tester", passphrase=key or None).close()
    subprocess.run([sys.executable, "-c", _LATER, str(path), str(version), key], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0 and Path(f"{path}-shm").exists()
    return path


def _bytes(path: Path) -> dict[str, str]:
    """Every file of the project (itself, its -wal and -shm) by name, with its digest."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.parent.iterdir()) if p.name.startswith(path.name)}


def test_a_later_schema_in_the_log_is_refused_without_touching_the_file_or_log(tmp_path):
    path = _later(tmp_path)
    before = _bytes(path)
    with pytest.raises(ProjectError, match="made by a newer Workbench"):
        Project.open(path)
    assert _bytes(path) == before


def test_a_later_schema_is_refused_untouched_by_the_command_line(tmp_path, capsys):
    path = _later(tmp_path)
    before = _bytes(path)
    assert main(["docs", str(path)]) != 0
    err = capsys.readouterr().err
    assert "made by a newer Workbench" in err and "Traceback" not in err
    assert _bytes(path) == before


def test_a_later_schema_log_without_its_shm_leaves_no_shm_behind(tmp_path):
    # Copied without its -shm (a sync tool, a copy by hand): the refusal makes none.
    path = _later(tmp_path)
    Path(f"{path}-shm").unlink()
    before = _bytes(path)
    with pytest.raises(ProjectError, match="made by a newer Workbench"):
        Project.open(path)
    assert _bytes(path) == before


@pytest.mark.real_kdf
def test_an_encrypted_later_schema_is_refused_untouched(tmp_path):
    path = _later(tmp_path, key=KEY)
    before = _bytes(path)
    with pytest.raises(ProjectError, match="made by a newer Workbench"):
        Project.open(path, passphrase=KEY)
    assert _bytes(path) == before


@pytest.mark.real_kdf
def test_a_wrong_passphrase_leaves_the_file_and_its_log_as_they_were(tmp_path):
    # The log's frames are checksummed without the key: a connection keyed wrongly
    # could still checkpoint them into the file when it was closed.
    path = _later(tmp_path, key=KEY, version=schema.LATEST)
    before = _bytes(path)
    with pytest.raises(WrongPassphrase):
        Project.open(path, passphrase="not the passphrase")
    assert _bytes(path) == before
    with pytest.raises(PassphraseNeeded):
        Project.open(path)
    assert _bytes(path) == before
    with Project.open(path, passphrase=KEY) as project:  # the right one still opens it
        assert project.conn.execute("SELECT note FROM later_notes").fetchone()[0] == (
            "kept by a later version")


def test_a_merge_source_of_a_later_schema_is_refused_untouched(tmp_path, capsys):
    (tmp_path / "amal").mkdir()
    source = _later(tmp_path / "amal")
    before = _bytes(source)
    with pytest.raises(ProjectError, match="made by a newer Workbench"):
        open_source(source)
    assert _bytes(source) == before
    team = tmp_path / "team.wbproj"
    assert main(["new", str(team)]) == 0
    assert main(["merge", str(team), str(source)]) != 0
    assert "made by a newer Workbench" in capsys.readouterr().err
    assert _bytes(source) == before


def test_a_project_that_opens_after_a_peek_still_replays_its_log(tmp_path):
    # The read-only look first must not keep a project's own log from being replayed.
    path = _later(tmp_path, version=schema.LATEST)
    with Project.open(path) as project:
        assert project.conn.execute("SELECT note FROM later_notes").fetchone()[0] == (
            "kept by a later version")
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("convert", ["change_passphrase", "decrypt"])
@pytest.mark.real_kdf
def test_a_conversion_given_a_wrong_passphrase_leaves_the_project_as_it_was(tmp_path,
                                                                             convert):
    # Refused after SQLite had read the file, with its log beside it (the window has
    # the project open, or was switched off).
    from workbench.core import crypto

    path = _later(tmp_path, key=KEY, version=schema.LATEST)
    before = _bytes(path)
    with pytest.raises(WrongPassphrase):
        if convert == "decrypt":
            crypto.decrypt(path, "not the passphrase")
        else:
            crypto.change_passphrase(path, "not the passphrase", "a new field passphrase")
    assert _bytes(path) == before
