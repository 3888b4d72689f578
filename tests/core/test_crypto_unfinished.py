"""What may follow an encryption or a change of passphrase stopped midway: a new change,
a restore, a decrypt. Each either finishes what was left, or is refused in one sentence
that says how to finish first, and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc
from workbench.core import backup, crypto
from workbench.core.errors import ProjectError, WrongPassphrase
from workbench.core.project import Project

OLD = "the first passphrase"
NEW = "the second passphrase"
THIRD = "a third passphrase"


class Stopped(BaseException):
    """The power goes (raised where a kill would land)."""


@pytest.fixture
def made(tmp_path, monkeypatch):
    """An encrypted project on OLD with two backups, oldest first."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user's data folder
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=OLD) as p:
        add_doc(p, REPORT)
        backups = [backup.make(p.conn, path), backup.make(p.conn, path)]
    return path, backups


def _stop_change_after(path: Path, done: int, monkeypatch) -> None:
    """Change OLD to NEW, stopped once ``done`` backups have the new passphrase (the
    project has it then), as a kill between two backups leaves it."""
    real, converted = crypto._convert_backup, []

    def one(b, old, new):
        if len(converted) == done:
            raise Stopped
        converted.append(b)
        return real(b, old, new)

    with monkeypatch.context() as m:
        m.setattr(crypto, "_convert_backup", one)
        with pytest.raises(Stopped):
            crypto.change_passphrase(path, OLD, NEW)


def _note(path: Path) -> Path:
    return path.with_name(f".{path.name}.passphrase-change")


def _unchanged(path: Path, left: list[Path], snapshot: dict[Path, bytes]) -> None:
    """Nothing moved: the same bytes, the same backups told as left, the note kept."""
    assert {p: p.read_bytes() for p in snapshot} == snapshot
    assert crypto.rekey_unfinished(path) == left and _note(path).exists()


def _files(path: Path, backups: list[Path]) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in [path, *backups]}


def test_a_new_change_begun_over_a_stopped_one_is_refused_until_it_is_finished(
        made, monkeypatch):
    # The project had NEW, one backup still OLD. A change from NEW to a third
    # passphrase (or to NEW again) re-keyed the project and the backups on NEW and
    # deleted the note: the backup on OLD stayed on it and nothing said so any more.
    path, (b1, b2) = made
    _stop_change_after(path, 1, monkeypatch)
    assert crypto.rekey_unfinished(path) == [b2]
    before = _files(path, [b1, b2])
    with pytest.raises(ProjectError, match="finish that change first") as info:
        crypto.change_passphrase(path, NEW, THIRD)
    said = str(info.value)
    assert "`workbench change-passphrase p.wbproj`" in said and "Nothing was changed" in said
    assert not any(k in said for k in (OLD, NEW, THIRD))
    _unchanged(path, [b2], before)
    with pytest.raises(WrongPassphrase, match="already has the passphrase given as the old"):
        crypto.change_passphrase(path, NEW, NEW)
    _unchanged(path, [b2], before)
    # Finished as the refusal says (a new change may follow then).
    assert crypto.change_passphrase(path, OLD, NEW) == [b2] and not _note(path).exists()
    assert backup.check(b2, NEW).ok


def test_a_restore_of_a_backup_left_on_the_old_passphrase_is_refused(made, monkeypatch):
    # It made the project open with the retired passphrase again, while the note went on
    # telling that backup as the one left behind.
    path, (b1, b2) = made
    _stop_change_after(path, 1, monkeypatch)
    before = _files(path, [b1, b2])
    for chosen in (b2, shutil.copy(b2, path.parent / "copy.wbproj")):
        with pytest.raises(ProjectError, match=f"then restore {Path(chosen).name}"):
            backup.restore(path, Path(chosen), OLD)
        _unchanged(path, [b2], before)
    # A backup that has the new passphrase is restored, and the note still tells b2.
    kept = backup.restore(path, b1, NEW)
    assert kept is not None and backup.check(kept, NEW).ok
    with Project.open(path, passphrase=NEW) as p:
        assert [n for n in p.notices if "1 backup of p.wbproj still opens" in n]
    assert crypto.change_passphrase(path, OLD, NEW) == [b2]


def test_a_restore_over_a_note_with_nothing_left_deletes_it(made):
    # A change killed before the project was renamed in leaves its note and nothing
    # changed. A restore made the project another file, so the note told both backups
    # as left on an old passphrase, and no change could finish them (they had the
    # project's passphrase all along).
    path, (_b1, b2) = made
    crypto._note_rekey(path)  # as the kill left it
    backup.restore(path, b2, OLD)
    assert not _note(path).exists()
    with Project.open(path, passphrase=OLD) as p:
        assert p.notices == []


def test_a_plaintext_backup_an_encryption_left_is_not_restored_over_the_encrypted_project(
        tmp_path, monkeypatch):
    # The project became plaintext again, and the next opening, of a plain project,
    # said nothing.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, REPORT)
        kept = backup.make(p.conn, path)
    plain = kept.read_bytes()
    crypto.encrypt(path, OLD)
    kept.write_bytes(plain)  # as if encrypting was stopped before its backup
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="encrypt the project again first"):
        backup.restore(path, kept, OLD)
    assert path.read_bytes() == before and crypto.is_encrypted(path)
    assert crypto.encrypt(path, OLD) == [kept]  # finished as said, it is restored
    backup.restore(path, kept, OLD)
    assert crypto.is_encrypted(path)


def test_a_decrypt_over_a_stopped_change_is_refused_until_it_is_finished(made, monkeypatch):
    # The plain project was never told about again (only an encrypted one is), so the
    # backup left on the retired passphrase stayed on it unnoticed, and the note stayed.
    path, (b1, b2) = made
    _stop_change_after(path, 1, monkeypatch)
    before = _files(path, [b1, b2])
    with pytest.raises(ProjectError, match="then decrypt it"):
        crypto.decrypt(path, NEW)
    _unchanged(path, [b2], before)
    crypto.change_passphrase(path, OLD, NEW)
    crypto.decrypt(path, NEW)
    assert not crypto.is_encrypted(path) and not _note(path).exists()


def test_a_decrypt_over_a_note_with_nothing_left_deletes_it(made):
    # Kept, the note made the project, encrypted again later, tell both backups as left
    # on an old passphrase (the plain file's first bytes are not the noted salt).
    path, _backups = made
    crypto._note_rekey(path)  # a change killed before the project was renamed in
    crypto.decrypt(path, OLD)
    assert not _note(path).exists()
    crypto.encrypt(path, NEW)
    with Project.open(path, passphrase=NEW) as p:
        assert p.notices == []


def test_a_project_gone_after_a_stopped_change_is_restored_from_any_backup(made, monkeypatch):
    # The change cannot be finished without the project: refusing would leave the user
    # no way to put a backup back.
    path, (_b1, b2) = made
    _stop_change_after(path, 1, monkeypatch)
    path.unlink()
    assert backup.restore(path, b2, OLD) is None
    assert not _note(path).exists() and backup.check(path, OLD).ok


def test_a_project_folder_copied_after_a_stopped_change_tells_and_finishes_its_own_backups(
        made, monkeypatch, tmp_path):
    # The note named the backups by absolute path: the copy's opening told the
    # original's backup, and finishing there re-keyed the original's (outside the
    # copy) and left the copy's own on the old passphrase, untold.
    path, (_b1, b2) = made
    _stop_change_after(path, 1, monkeypatch)
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in (path, _note(path)):
        shutil.copy(f, copy / f.name)
    shutil.copytree(backup.default_folder(path), backup.default_folder(copy / path.name))
    there = copy / path.name
    theirs = backup.default_folder(there) / b2.name
    assert crypto.rekey_unfinished(there) == [theirs]
    assert crypto.change_passphrase(there, OLD, NEW) == [theirs]
    assert backup.check(theirs, NEW).ok and backup.check(b2, OLD).ok  # the original's as left
    assert crypto.rekey_unfinished(path) == [b2]
