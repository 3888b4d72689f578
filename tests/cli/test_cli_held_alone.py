"""Checking a passphrase while another program holds the encrypted project alone.

``store.opens_with`` tells whether a passphrase opens a file (restoring a backup made
under an earlier passphrase, finishing a stopped change of passphrase or encryption).
While another program held the project under the exclusive lock a conversion takes,
it let SQLite's bare "database is locked" through: the command line printed a
traceback, and ``backups`` took the project for one its passphrase does not open. Now
it refuses as opening does ("held by another program ... nothing is wrong with it").
The lock is taken here as a conversion takes it; the wait is shortened to keep the
test fast.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc
from workbench.cli import main
from workbench.core import backup, crypto, store
from workbench.core.errors import ProjectError
from workbench.core.project import Project

pytest.importorskip("sqlcipher3")

KEY, NEW = "long enough words", "another long passphrase"
HELD = "held by another program"


@contextlib.contextmanager
def held_alone(path: Path, key: str | None) -> Iterator[None]:
    holder = store.connect_file(path, key)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # as a conversion's copy holds it
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        yield
    finally:
        holder.rollback()
        holder.close()


@pytest.fixture(autouse=True)
def short_wait(monkeypatch, tmp_path):
    monkeypatch.setattr(store, "BUSY_MS", 50)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)


def _keys(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.key", tmp_path / "new.key"
    old.write_text(KEY + "\n", encoding="utf-8")
    new.write_text(NEW + "\n", encoding="utf-8")
    return old, new


def _encrypted(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "e.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as project:
        add_doc(project, REPORT)
        made = backup.make(project.conn, path)
    return path, made


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("log_beside", [True, False])
def test_opens_with_refuses_a_project_held_alone_as_opening_does(tmp_path, log_beside):
    path, _ = _encrypted(tmp_path)
    if log_beside:
        Project.open(path, passphrase=KEY).close()
    with held_alone(path, KEY):
        if not log_beside:
            Path(f"{path}-wal").unlink(missing_ok=True)
        before = _names(tmp_path)
        with pytest.raises(ProjectError) as refused:
            store.opens_with(path, KEY)
        said = str(refused.value)
        assert HELD in said and "nothing is wrong with it" in said
        assert "damaged" not in said and "passphrase is wrong" not in said
        assert _names(tmp_path) == before
    assert store.opens_with(path, KEY)  # once let go, it opens as it was


def test_restore_with_the_backups_own_passphrase_while_held(tmp_path, capsys):
    path, made = _encrypted(tmp_path)
    old, _ = _keys(tmp_path)
    capsys.readouterr()
    with held_alone(path, KEY):
        code = main(["restore-backup", str(path), "1", "--passphrase-file", str(old),
                     "--backup-passphrase-file", str(old)])
    err = capsys.readouterr().err
    assert code == 1 and HELD in err and "Traceback" not in err, err
    assert backup.check(made, KEY).ok


def test_restore_of_a_backup_on_an_earlier_passphrase_while_held(tmp_path, capsys):
    path, made = _encrypted(tmp_path)
    _, new = _keys(tmp_path)
    shutil.copy(made, tmp_path / "kept.copy")
    crypto.change_passphrase(path, KEY, NEW)
    shutil.copy(tmp_path / "kept.copy", made)  # a backup on the earlier passphrase
    capsys.readouterr()
    with held_alone(path, NEW):
        # The project's passphrase does not open the backup: whether it opens the
        # project tells a backup on an earlier passphrase from a wrong passphrase.
        code = main(["restore-backup", str(path), "1", "--passphrase-file", str(new)])
    err = capsys.readouterr().err
    assert code == 1 and HELD in err and "Traceback" not in err, err
    assert backup.check(made, KEY).ok and store.opens_with(path, NEW)


def test_backups_says_the_project_is_held_and_still_lists(tmp_path, capsys):
    path, _ = _encrypted(tmp_path)
    old, _ = _keys(tmp_path)
    capsys.readouterr()
    with held_alone(path, KEY):
        code = main(["backups", str(path), "--passphrase-file", str(old)])
    out, err = capsys.readouterr()
    assert code == 0 and "intact" in out, out
    assert HELD in err and "earlier passphrase" in err, err


def test_finishing_a_stopped_change_of_passphrase_while_held(tmp_path, capsys):
    path, made = _encrypted(tmp_path)
    old, new = _keys(tmp_path)
    shutil.copy(made, tmp_path / "kept.copy")
    crypto.change_passphrase(path, KEY, NEW)
    shutil.copy(tmp_path / "kept.copy", made)
    note = path.with_name(f".{path.name}.passphrase-change")
    note.write_text(json.dumps({"project": "00",
                                "backups": {str(made): made.read_bytes()[:16].hex()}}),
                    encoding="utf-8")
    assert crypto.rekey_unfinished(path) == [made]
    capsys.readouterr()
    with held_alone(path, NEW):
        code = main(["change-passphrase", str(path), "--passphrase-file", str(old),
                     "--new-passphrase-file", str(new)])
    err = capsys.readouterr().err
    assert code == 1 and HELD in err and "Traceback" not in err, err
    assert crypto.rekey_unfinished(path) == [made] and backup.check(made, KEY).ok


def test_finishing_a_stopped_encryption_while_held(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as project:
        add_doc(project, REPORT)
        made = backup.make(project.conn, path)
    crypto._convert(path, None, KEY)  # stopped before its backups were encrypted
    assert crypto.plaintext_backups(path) == [made]
    old, _ = _keys(tmp_path)
    capsys.readouterr()
    with held_alone(path, KEY):
        code = main(["encrypt", str(path), "--passphrase-file", str(old)])
    err = capsys.readouterr().err
    assert code == 1 and HELD in err and "Traceback" not in err, err
    assert crypto.plaintext_backups(path) == [made]


def _a_backup_on_an_earlier_passphrase(tmp_path: Path) -> tuple[Path, Path, Path]:
    path, made = _encrypted(tmp_path)
    _, new = _keys(tmp_path)
    shutil.copy(made, tmp_path / "kept.copy")
    crypto.change_passphrase(path, KEY, NEW)
    shutil.copy(tmp_path / "kept.copy", made)  # a backup on the earlier passphrase
    return path, made, new


def test_backups_on_an_earlier_passphrase_while_held_are_not_called_unusable(tmp_path,
                                                                             capsys):
    # With the project held, whether its passphrase opens it could not be told, and a
    # backup made under the earlier passphrase was listed "NOT usable", exit 1.
    path, made, new = _a_backup_on_an_earlier_passphrase(tmp_path)
    capsys.readouterr()
    with held_alone(path, NEW):
        code = main(["backups", str(path), "--passphrase-file", str(new)])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "NOT usable" not in out and "earlier passphrase" in out, out
    assert HELD in err, err
    assert backup.check(made, KEY).ok


def test_backups_of_a_project_that_cannot_be_looked_at_say_why(tmp_path, capsys):
    path, _, new = _a_backup_on_an_earlier_passphrase(tmp_path)
    path.write_bytes(path.read_bytes()[:4096] + b"\0" * 4096)  # torn: cannot be read
    capsys.readouterr()
    code = main(["backups", str(path), "--passphrase-file", str(new)])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "NOT usable" not in out and "earlier passphrase" in out, out
    assert "could not tell" in err, err
