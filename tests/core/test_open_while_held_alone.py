"""Opening a project while another program holds it alone.

``encrypt``, ``decrypt`` and ``change-passphrase`` copy the project under an exclusive
lock that no reader passes (seconds to minutes for a big project). A window or a
command opening it meanwhile said "p.wbproj is damaged and cannot be opened (database
is locked)" (after trying three times, fifteen seconds), and a user told so may well
restore a backup over a sound project. The lock is taken here as the conversion takes
it; the wait for it is shortened (``store.BUSY_MS``) to keep the test fast.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import store
from workbench.core.errors import HeldElsewhere, ProjectError
from workbench.core.project import Project


@pytest.mark.parametrize("log_beside", [True, False])
def test_a_project_held_alone_elsewhere_is_not_called_damaged(tmp_path, monkeypatch,
                                                              log_beside):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
    path = tmp_path / "p.wbproj"
    monkeypatch.setattr(store, "BUSY_MS", 50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # as a conversion's copy holds it
    holder.execute("BEGIN EXCLUSIVE")
    if not log_beside:
        (tmp_path / "p.wbproj-wal").unlink(missing_ok=True)
    try:
        with pytest.raises(ProjectError) as refused:
            Project.open(path)
        said = str(refused.value)
        assert "damaged" not in said
        assert "held by another program" in said and "nothing is wrong with it" in said
    finally:
        holder.rollback()
        holder.close()
    with Project.open(path) as project:  # once it has finished, it opens as it was
        assert project.repo.get("document", doc) is not None


def test_an_upgrade_waiting_on_another_programs_write_says_so(tmp_path, monkeypatch):
    # An older project that another program is writing to (a long import or merge in a
    # newer window): the upgrade waited for the lock and said "could not be upgraded
    # (database is locked)", or that an encryption or a restore was rewriting it.
    from tests.helpers import SchemaBefore
    from workbench.core import schema

    older = SchemaBefore(monkeypatch, schema.LATEST)
    make_project(tmp_path).close()
    older.stop()
    path = tmp_path / "p.wbproj"
    monkeypatch.setattr(store, "BUSY_MS", 50)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # as an import or a merge holds it while it writes
    try:
        with pytest.raises(HeldElsewhere) as refused:
            Project.open(path)
        said = str(refused.value)
        assert "database is locked" not in said and "damaged" not in said
        assert "nothing is wrong with it" in said
        assert "import" in said and "merge" in said  # the holders that write, not rewrite
    finally:
        writer.rollback()
        writer.close()
    with Project.open(path) as project:  # once it has finished, it upgrades and opens
        assert schema.current_version(project.conn) == schema.LATEST


def _protocol_error() -> Exception:
    err = sqlite3.OperationalError("locking protocol")
    err.sqlite_errorcode = 15  # SQLITE_PROTOCOL
    return err


def test_a_lost_race_for_the_logs_locks_is_tried_again(tmp_path, monkeypatch):
    # On a loaded machine, right after a writer was killed, SQLite may give up on the
    # log's shared index ("locking protocol") while another opener recovers it; the
    # open said "p.wbproj is damaged and cannot be opened (locking protocol)".
    with make_project(tmp_path) as made:
        doc = add_doc(made)
    path = tmp_path / "p.wbproj"
    real = store.connect_file
    failures = iter([_protocol_error(), _protocol_error()])

    def racing(*args, **kwargs):
        err = next(failures, None)
        if err is not None:
            raise err
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "connect_file", racing)
    with Project.open(path) as project:
        assert project.repo.get("document", doc) is not None


def test_a_race_lost_every_time_is_not_called_damage(tmp_path, monkeypatch):
    make_project(tmp_path).close()
    path = tmp_path / "p.wbproj"

    def racing(*args, **kwargs):
        raise _protocol_error()

    monkeypatch.setattr(store, "connect_file", racing)
    with pytest.raises(HeldElsewhere) as refused:
        Project.open(path)
    said = str(refused.value)
    assert "damaged" not in said and "nothing is wrong with it" in said


def test_an_encrypted_project_held_alone_is_refused_after_the_set_wait(tmp_path, monkeypatch):
    # The passphrase is checked by a read, and that read waited for the other program's
    # lock as long as the driver's own default (five seconds) whatever ``BUSY_MS`` said:
    # a window opening a project another program converts stood for the driver's wait,
    # not the product's.
    pytest.importorskip("sqlcipher3")
    from tests.cli.test_cli_held_alone import held_alone

    key = "long enough words"
    made = tmp_path / "p.wbproj"
    store.connect_file(made, key).close()
    monkeypatch.setattr(store, "BUSY_MS", 50)
    with held_alone(made, key):
        began = time.monotonic()
        with pytest.raises(ProjectError) as refused:
            store.opens_with(made, key)
        waited = time.monotonic() - began
    assert isinstance(refused.value, HeldElsewhere) or "held by another program" in str(
        refused.value)
    # 50 ms asked for; the driver's default is 5 s. The bound leaves room for a busy machine.
    assert waited < 3.0, f"waited {waited:.1f} s for a lock the product waits 0.05 s for"
