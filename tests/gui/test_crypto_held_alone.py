"""The window's passphrase and restore actions while another program holds the file alone.

Changing the passphrase and encrypting close the project, then convert it: a program
that took the project under the exclusive lock a conversion takes in that moment
made the check of the passphrase (``store.opens_with``) raise SQLite's bare "database
is locked", which went up as a traceback and left the window on a closed project.
Restoring a backup that another program holds alone did the same. Each now says the
one sentence opening says, changes nothing, and the window goes on with its project.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli_held_alone import held_alone
from tests.helpers import REPORT, add_doc
from workbench.core import backup, crypto, store
from workbench.core.project import Project
from workbench.gui.crypto_actions import change_passphrase, encrypt_project, restore_from_backup

pytest.importorskip("sqlcipher3")

KEY, NEW = "long enough words", "another long passphrase"
HELD = "held by another program"


@pytest.fixture(autouse=True)
def short_wait(monkeypatch, tmp_path):
    monkeypatch.setattr(store, "BUSY_MS", 50)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _window(qtbot, monkeypatch, project: Project):
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    errors: list[str] = []
    monkeypatch.setattr(window, "_error", lambda title, text: errors.append(text))
    return window, errors


def _held_while(monkeypatch, name: str, path: Path, key: str) -> None:
    """``crypto.NAME`` runs while another program holds ``path`` alone: it took the
    project between the window's closing it and the conversion."""
    real = getattr(crypto, name)

    def under_hold(*args, **kwargs):
        with held_alone(path, key):
            return real(*args, **kwargs)

    monkeypatch.setattr(crypto, name, under_hold)


def _close(window) -> None:
    window.backup_timer.stop()
    window.session.project.close()


def test_finishing_a_stopped_change_of_passphrase_while_held(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as project:
        add_doc(project, REPORT)
        kept = backup.make(project.conn, path)
    shutil.copy(kept, tmp_path / "old.copy")
    crypto.change_passphrase(path, KEY, NEW)
    shutil.copy(tmp_path / "old.copy", kept)  # stopped before its one backup
    note = path.with_name(f".{path.name}.passphrase-change")
    note.write_text(json.dumps({"project": "00",
                                "backups": {str(kept): kept.read_bytes()[:16].hex()}}),
                    encoding="utf-8")
    window, errors = _window(qtbot, monkeypatch,
                             Project.open(path, coder="tester", passphrase=NEW))
    _held_while(monkeypatch, "change_passphrase", path, NEW)
    change_passphrase(window, ask=lambda *a, **k: KEY)
    assert len(errors) == 1 and HELD in errors[0], errors
    assert "passphrase is wrong" not in errors[0] and "damaged" not in errors[0]
    assert not window.session.project.closed  # opened again, as it was
    assert window.session.project.repo.stats()["documents"] == 1
    assert crypto.rekey_unfinished(path) == [kept] and backup.check(kept, KEY).ok
    _close(window)


def test_finishing_a_stopped_encryption_while_held(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as plain:
        add_doc(plain, REPORT)
        kept = backup.make(plain.conn, path)
    shutil.copy(kept, tmp_path / "plain.copy")
    crypto.encrypt(path, KEY)
    shutil.copy(tmp_path / "plain.copy", kept)  # as if stopped before its backups
    window, errors = _window(qtbot, monkeypatch,
                             Project.open(path, coder="tester", passphrase=KEY))
    _held_while(monkeypatch, "encrypt", path, KEY)
    encrypt_project(window, ask=lambda *a, **k: KEY)
    assert len(errors) == 1 and HELD in errors[0], errors
    assert "passphrase is wrong" not in errors[0] and "damaged" not in errors[0]
    assert not window.session.project.closed
    assert crypto.plaintext_backups(path) == [kept]
    _close(window)


def test_restoring_a_backup_another_program_holds_alone(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as project:
        add_doc(project, REPORT)
        drive = tmp_path / "drive"
        drive.mkdir()
        kept = backup.copy(project.conn, path, drive, [])
    window, errors = _window(qtbot, monkeypatch,
                             Project.open(path, coder="tester", passphrase=KEY))
    asked: list[str] = []
    with held_alone(kept, KEY):
        restore_from_backup(window, kept, ask=lambda _w, prompt, **_k: asked.append(prompt))
    assert len(errors) == 1 and HELD in errors[0] and kept.name in errors[0], errors
    assert asked == []  # not taken for a backup made under an earlier passphrase
    assert not window.session.project.closed
    assert not any(b.name.endswith("-replaced.wbproj") for b in backup.listed(path))
    _close(window)
