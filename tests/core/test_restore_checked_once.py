"""A restore asks SQLite for its integrity check once.

The quick check of a backup (``backup.check``) and the ``verify`` of its copy both ran
``PRAGMA integrity_check``, on the same pages: at 100,000 annotations each took
seconds. The copy's check is the one kept; a backup SQLite finds damaged is still
refused in one sentence, forced or not, with nothing changed or left behind.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc
from workbench.cli import main
from workbench.core import backup, dbapi
from workbench.core.errors import ProjectError
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project

KEY = "correct horse battery"


def _project_with_backup(folder: Path, passphrase: str | None = None) -> tuple[Path, Path]:
    with Project.create(folder / "p.wbproj", coder="tester", passphrase=passphrase) as p:
        doc = add_doc(p)
        annotate_quote(p, doc, "casualty", "wounded four troops",
                       {"outcome": "wounded", "count_low": 4})
        made = backup.make(p.conn, p.path)
        add_doc(p, REPORT + "later\n", "later.txt")
    return folder / "p.wbproj", made


@pytest.fixture
def integrity_checks(monkeypatch) -> list[str]:
    """Every ``PRAGMA integrity_check`` any connection runs (plain or SQLCipher, in any
    thread), by the file it ran on."""
    ran: list[str] = []
    lock = threading.Lock()

    def counting(connect):
        def connect_and_trace(target, *args, **kwargs):
            conn = connect(target, *args, **kwargs)
            name = Path(str(target).split("?")[0]).name

            def heard(sql: str) -> None:
                if sql.strip().lower().startswith("pragma integrity_check"):
                    with lock:
                        ran.append(name)

            conn.set_trace_callback(heard)
            return conn
        return connect_and_trace

    monkeypatch.setattr(sqlite3, "connect", counting(sqlite3.connect))
    cipher = dbapi.cipher()
    monkeypatch.setattr(cipher, "connect", counting(cipher.connect))
    return ran


@pytest.mark.parametrize("passphrase", [None, KEY], ids=["plain", "encrypted"])
def test_a_restore_runs_sqlites_integrity_check_once(tmp_path, integrity_checks,
                                                      passphrase):
    path, made = _project_with_backup(tmp_path, passphrase)
    integrity_checks.clear()
    backup.restore(path, made, passphrase)
    assert len(integrity_checks) == 1, integrity_checks
    with Project.open(path, passphrase=passphrase) as p:
        assert p.repo.stats()["documents"] == 1  # restored


def _damage_an_index(made: Path) -> None:
    """Make an index disagree with its table, as a torn write can: every page still
    reads, and only SQLite's integrity check finds it (the index on kinds now claims
    to be on another column)."""
    conn = sqlite3.connect(made, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX annotations_kind ON "
                 "annotations(status)' WHERE name = 'annotations_kind'")
    conn.close()


def _garble_a_page(made: Path) -> None:
    """Overwrite a page of an index with bytes that are no b-tree page."""
    conn = sqlite3.connect(made)
    root = conn.execute("SELECT rootpage FROM sqlite_master "
                        "WHERE name = 'annotations_kind'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(made.read_bytes())
    data[(root - 1) * size:root * size] = b"\x0d" + b"\xff" * (size - 1)
    made.write_bytes(bytes(data))


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("damage", [_damage_an_index, _garble_a_page],
                         ids=["index", "page"])
@pytest.mark.parametrize("force", [False, True], ids=["asked", "forced"])
def test_a_backup_sqlite_finds_damaged_is_refused_in_one_sentence(tmp_path, damage, force):
    path, made = _project_with_backup(tmp_path)
    damage(made)
    assert not backup.check(made).ok
    before, files = path.read_bytes(), _files(tmp_path)
    with pytest.raises(ProjectError) as refused:
        backup.restore(path, made, force=force)
    said = str(refused.value)
    assert said.startswith(f"{made.name} cannot be restored: SQLite ")
    assert said.endswith("Nothing was changed.") and "\n" not in said
    assert "--force" not in said  # damage is never restored, even when asked
    assert path.read_bytes() == before and _files(tmp_path) == files


def test_the_command_line_refuses_a_damaged_backup_even_forced(tmp_path, capsys):
    path, made = _project_with_backup(tmp_path)
    _damage_an_index(made)
    before = path.read_bytes()
    assert main(["restore-backup", str(path), "1", "--force"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"workbench: {made.name} cannot be restored: SQLite finds it "
                          "damaged (")
    assert "Traceback" not in err and path.read_bytes() == before


def test_an_encrypted_backup_with_a_garbled_page_is_refused_in_one_sentence(tmp_path):
    # An encrypted project's SQLite check runs on its own connection, after the stages:
    # a page that fails its authentication is found there, and refused as damage.
    from workbench.core import store

    path, made = _project_with_backup(tmp_path, KEY)
    conn = store.connect_file(made, KEY)
    root = int(conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name = 'annotations_kind'").fetchone()[0])
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher says it as text
    conn.close()
    data = bytearray(made.read_bytes())
    data[(root - 1) * size + 100:(root - 1) * size + 200] = b"\x00" * 100
    made.write_bytes(bytes(data))
    before, files = path.read_bytes(), _files(tmp_path)
    for force in (False, True):
        with pytest.raises(ProjectError) as refused:
            backup.restore(path, made, KEY, force=force)
        said = str(refused.value)
        assert said.startswith(f"{made.name} cannot be restored: SQLite ")
        assert said.endswith("Nothing was changed.") and "\n" not in said
    assert path.read_bytes() == before and _files(tmp_path) == files


def _garble_the_settings(made: Path) -> None:
    """Overwrite the root page of the table of settings (``meta``), which opening the
    copy reads before any check runs."""
    conn = sqlite3.connect(made)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(made.read_bytes())
    data[(root - 1) * size:root * size] = b"\x0d" + b"\xff" * (size - 1)
    made.write_bytes(bytes(data))


@pytest.mark.parametrize("force", [False, True], ids=["asked", "forced"])
def test_a_backup_damaged_where_opening_reads_is_refused_as_the_backups_damage(
        tmp_path, force):
    path, made = _project_with_backup(tmp_path)
    _garble_the_settings(made)
    before, files = path.read_bytes(), _files(tmp_path)
    with pytest.raises(ProjectError) as refused:
        backup.restore(path, made, force=force)
    said = str(refused.value)
    assert said.startswith(f"{made.name} cannot be restored: SQLite ")
    assert said.endswith("Nothing was changed.") and "\n" not in said
    assert path.read_bytes() == before and _files(tmp_path) == files


def test_the_command_line_names_the_backup_not_the_project_as_damaged(tmp_path, capsys):
    path, made = _project_with_backup(tmp_path)
    _garble_the_settings(made)
    assert main(["restore-backup", str(path), "1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"workbench: {made.name} cannot be restored: SQLite "), err
    assert "p.wbproj is damaged" not in err and "Traceback" not in err
