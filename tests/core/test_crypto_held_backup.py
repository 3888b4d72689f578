"""A change of passphrase or an encryption while another program holds one backup alone.

The backup was counted among the damaged ones ("could not be read ... Delete it if the
other backups are enough"): advice to delete a sound backup because a restore or a check
was reading it at that moment. It is now told apart: left as it was, said to be sound,
and converted by the same command run again; a change of passphrase keeps its note, so
the next opening still tells of the backup left on the old passphrase.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_held_alone import held_alone
from tests.helpers import REPORT, add_doc
from workbench.core import backup, crypto, store
from workbench.core.project import Project

pytest.importorskip("sqlcipher3")

KEY, NEW = "long enough words", "another long passphrase"


@pytest.fixture(autouse=True)
def short_wait(monkeypatch, tmp_path):
    monkeypatch.setattr(store, "BUSY_MS", 50)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _project(tmp_path, passphrase):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=passphrase) as project:
        add_doc(project, REPORT)
        made = backup.make(project.conn, path)
    return path, made


def test_a_held_backup_is_not_called_damaged_and_the_change_finishes_later(tmp_path):
    path, made = _project(tmp_path, KEY)
    with held_alone(made, KEY):
        done = crypto.change_passphrase(path, KEY, NEW)
    said = done.warning() or ""
    assert "in use by another program" in said and made.name in said, said
    assert "Delete" not in said and "could not be read" not in said
    assert store.opens_with(made, KEY)  # left as it was, sound
    assert crypto.unfinished_notice(path) is not None  # the next opening tells
    again = crypto.change_passphrase(path, KEY, NEW)
    assert list(again) == [made] and again.warning() is None
    assert store.opens_with(made, NEW) and crypto.unfinished_notice(path) is None


# A plain file is opened by this process's other SQLite library (sqlite3, not
# SQLCipher), whose locks the first does not see within one process: held by another.
HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
"""


@contextlib.contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate("\n", timeout=30)


def test_a_held_plaintext_backup_is_encrypted_by_the_command_run_again(tmp_path):
    path, made = _project(tmp_path, None)
    with held_by_another_process(made):
        done = crypto.encrypt(path, KEY)
    said = done.warning() or ""
    assert "in use by another program" in said and "Delete" not in said, said
    assert not crypto.is_encrypted(made)
    again = crypto.encrypt(path, KEY)
    assert list(again) == [made] and crypto.is_encrypted(made)
