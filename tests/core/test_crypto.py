"""Encrypted projects: nothing readable on disk, core operations work, conversions are safe."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc
from workbench.core import crypto, schema
from workbench.core.errors import PassphraseNeeded, ProjectError, WrongPassphrase
from workbench.core.exporters import export
from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.history import undo
from workbench.core.project import Project
from workbench.core.search import search
from workbench.core.verify import verify

KEY = "correct horse battery"
WORD = b"quetzalcoatlword"
TEXT = REPORT.replace("market", "Quetzalcoatlword market")


def _raw(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes().lower()
                    for s in ("", "-wal", "-shm") if Path(f"{path}{s}").exists())


@pytest.fixture
def enc(tmp_path):
    path = tmp_path / "e.wbproj"
    project = Project.create(path, coder="tester", passphrase=KEY)
    yield project
    project.close()


def test_no_document_word_on_disk_while_open_or_after_close(enc):
    doc = add_doc(enc, TEXT)
    annotate_quote(enc, doc, "casualty", "wounded four troops", memo="Quetzalcoatlword memo")
    assert Path(f"{enc.path}-wal").stat().st_size > 0  # the log is there, and encrypted
    assert WORD not in _raw(enc.path)
    enc.close()
    assert WORD not in _raw(enc.path)
    assert not enc.path.read_bytes().startswith(b"SQLite format 3")


def test_core_operations_work_encrypted(enc):
    doc = add_doc(enc, TEXT)
    annotate_quote(enc, doc, "casualty", "wounded four troops")
    assert enc.encrypted
    assert [h.doc_id for h in search(enc, "quetzalcoatlword")] == [doc]
    out = io.StringIO()
    export(enc, "json", out)
    assert "wounded four troops" in out.getvalue()
    assert verify(enc).ok
    undo(enc)
    assert enc.repo.stats() == {"documents": 1, "annotations": 0}


def test_without_passphrase_one_sentence(enc):
    enc.close()
    with pytest.raises(PassphraseNeeded, match="encrypted project: give its passphrase"):
        Project.open(enc.path)


def test_wrong_passphrase_changes_no_byte(enc):
    add_doc(enc, TEXT)
    enc.close()
    before = enc.path.read_bytes()
    with pytest.raises(WrongPassphrase, match=r"passphrase is wrong.*nothing was changed"):
        Project.open(enc.path, passphrase="not the one")
    assert enc.path.read_bytes() == before
    assert not Path(f"{enc.path}-wal").exists() and not Path(f"{enc.path}-shm").exists()
    with pytest.raises(WrongPassphrase):
        crypto.decrypt(enc.path, "not the one")
    assert enc.path.read_bytes() == before


def test_text_file_still_not_a_project(tmp_path):
    path = tmp_path / "notes.wbproj"
    path.write_bytes(b"just some notes\n")
    with pytest.raises(ProjectError, match="not a Workbench project"):
        Project.open(path, passphrase=KEY)


def _ids(path: Path, key: str | None) -> tuple[int, int, dict]:
    with Project.open(path, passphrase=key) as p:
        return (p.conn.execute("PRAGMA application_id").fetchone()[0],
                schema.current_version(p.conn), p.repo.stats())


def test_encrypt_decrypt_rekey_keep_ids_and_contents(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        doc = add_doc(p, TEXT)
        annotate_quote(p, doc, "casualty", "wounded four troops")
    plain = _ids(path, None)
    crypto.encrypt(path, KEY)
    assert WORD not in _raw(path)
    assert _ids(path, KEY) == plain
    crypto.change_passphrase(path, KEY, "a second passphrase")
    with pytest.raises(WrongPassphrase):
        Project.open(path, passphrase=KEY)
    assert _ids(path, "a second passphrase") == plain
    crypto.decrypt(path, "a second passphrase")
    assert _ids(path, None) == plain
    with Project.open(path) as p:
        assert p.repo.search("quetzalcoatlword") and verify(p).ok
    assert not list(tmp_path.glob(".*converting"))  # no temporary file left


def test_encrypt_converts_plaintext_backups(tmp_path):
    from workbench.core import backup

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, TEXT)
        made = backup.make(p.conn, path)
    assert WORD in made.read_bytes().lower()
    assert crypto.encrypt(path, KEY) == [made]
    assert WORD not in made.read_bytes().lower()
    assert backup.check(made, KEY).ok


def test_encrypt_and_rekey_reach_backups_kept_in_the_data_folder(tmp_path, monkeypatch):
    from workbench.core import backup

    monkeypatch.setattr(backup, "data_root", lambda: tmp_path / "data" / "backups")
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, TEXT)
        kept = backup.make(p.conn, path, folder=backup.data_folder(path))
    assert kept.parent == backup.data_folder(path) and WORD in kept.read_bytes().lower()
    assert crypto.encrypt(path, KEY) == [kept]  # before: left behind in plaintext
    assert WORD not in kept.read_bytes().lower()
    assert crypto.change_passphrase(path, KEY, KEY + " two") == [kept]
    assert backup.check(kept, KEY + " two").ok


def test_encrypt_reaches_data_folder_backups_made_before_the_project_was_moved(
        tmp_path, monkeypatch):
    from workbench.core import backup

    monkeypatch.setattr(backup, "data_root", lambda: tmp_path / "data" / "backups")
    old = tmp_path / "fieldwork" / "p.wbproj"
    old.parent.mkdir()
    with Project.create(old, coder="tester") as p:
        add_doc(p, TEXT)
        kept = backup.make(p.conn, old, folder=backup.data_folder(old))
    stranger = tmp_path / "other.wbproj"  # another project, with its own backup there
    with Project.create(stranger, coder="tester") as p:
        add_doc(p, TEXT)
        theirs = backup.make(p.conn, stranger, folder=backup.data_folder(stranger))
    moved = tmp_path / "archive" / "renamed.wbproj"
    moved.parent.mkdir()
    old.rename(moved)
    converted = crypto.encrypt(moved, KEY)
    assert kept in converted  # before: left readable under the old path's folder
    assert WORD not in kept.read_bytes().lower()
    assert backup.check(kept, KEY).ok
    assert theirs not in converted and WORD in theirs.read_bytes().lower()


def test_short_passphrase_refused(tmp_path):
    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="at least 8 characters"):
        crypto.encrypt(path, "short")
    assert path.read_bytes() == before


def test_upgrade_copy_of_encrypted_project_is_encrypted(tmp_path):
    from workbench.core import store

    path = tmp_path / "old.wbproj"
    store.create(path, KEY).close()
    conn = store.open_existing(path, passphrase=KEY)
    copy = store._backup(conn, path, 1)
    conn.close()
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert crypto.is_encrypted(copy)


def test_foreign_plaintext_wal_beside_encrypted_project_is_set_aside(enc, tmp_path):
    enc.close()
    other = tmp_path / "other.wbproj"
    holder = Project.create(other)
    add_doc(holder, TEXT)  # leaves a -wal with plaintext pages while open
    wal = Path(f"{other}-wal").read_bytes()
    holder.close()
    Path(f"{enc.path}-wal").write_bytes(wal)
    notices: list[str] = []
    from workbench.core import store

    store.open_existing(enc.path, passphrase=KEY, notices=notices).close()
    assert notices and "moved aside" in notices[0]


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * 4096: 2 * 4096 + 200] = b"\xff" * 200  # bit rot inside a b-tree page
    path.write_bytes(bytes(data))


def test_a_damaged_backup_does_not_leave_the_others_in_plaintext(tmp_path):
    # One damaged backup stopped `encrypt` with SQLite's "malformed" after the project
    # was encrypted: every backup after it stayed readable without the passphrase.
    from workbench.core import backup

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, TEXT)
        older = backup.make(p.conn, path)
        newer = backup.make(p.conn, path)
    _damage(older)
    converted = crypto.encrypt(path, KEY)
    assert converted == [newer] and converted.left == [older]
    assert WORD not in newer.read_bytes().lower() and backup.check(newer, KEY).ok
    assert "could not be read" in converted.warning() and older.name in converted.warning()
    assert crypto.is_encrypted(path)
    assert not list(tmp_path.glob(".*converting"))


@pytest.mark.real_kdf
def test_a_killed_decrypt_leaves_no_plaintext_copy_behind(tmp_path):
    # Killed after writing its plaintext copy and before renaming it over the project,
    # decrypt left the whole project readable in `.p.wbproj.PID.converting` beside the
    # still encrypted file; nothing ever removed it.
    import subprocess
    import sys

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        add_doc(p, TEXT)
    code = ("import os\n"
            "from pathlib import Path\n"
            "from workbench.core import crypto\n"
            "crypto.store.fsync_file = lambda path: os._exit(9)  # the power goes\n"
            f"crypto.decrypt(Path({str(path)!r}), {KEY!r})\n")
    killed = subprocess.run([sys.executable, "-c", code],
                            cwd=Path(__file__).resolve().parents[2])
    assert killed.returncode == 9
    left = list(tmp_path.glob(".p.wbproj.*.converting"))
    assert len(left) == 1 and WORD in left[0].read_bytes().lower()
    assert crypto.is_encrypted(path)
    with Project.open(path, passphrase=KEY) as p:  # opening the project clears it
        assert p.repo.stats()["documents"] == 1
    assert not list(tmp_path.glob(".p.wbproj.*"))
    # so does the next conversion, for one left while the project was opened elsewhere
    left[0].write_bytes(b"x" * 4096)
    Path(f"{left[0]}-journal").write_bytes(b"x")
    crypto.change_passphrase(path, KEY, KEY + " two")
    assert not list(tmp_path.glob(".p.wbproj.*"))


def test_a_running_conversions_copy_is_left_alone(tmp_path):
    from workbench.core import store

    path = tmp_path / "p.wbproj"
    Project.create(path, coder="tester").close()
    mine = tmp_path / f".p.wbproj.{os.getppid()}.converting"  # a live process's
    mine.write_bytes(b"x")
    other = tmp_path / ".p.wbproj.notes"  # not a copy of ours
    other.write_bytes(b"x")
    assert store.clear_dead_copies(path) == []
    assert mine.exists() and other.exists()


def test_encrypting_deletes_unfinished_plaintext_backup_copies(tmp_path):
    # A window switched off mid-backup leaves NAME-<time>.wbproj.partial, a plaintext
    # copy of the project; encrypt converted finished backups only and left it readable.
    from workbench.core import backup

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, TEXT)
        made = backup.make(p.conn, path)
    partial = made.with_name("p-20250101T000000.000000Z.wbproj.partial")
    partial.write_bytes(made.read_bytes())
    Path(f"{partial}-journal").write_bytes(b"journal")
    upgrade = tmp_path / "p.wbproj.before-upgrade-v19.partial"
    upgrade.write_bytes(made.read_bytes())
    converted = crypto.encrypt(path, KEY)
    assert converted == [made] and not converted.left
    assert not partial.exists() and not Path(f"{partial}-journal").exists()
    assert not upgrade.exists()
    assert not [f for f in tmp_path.rglob("*") if f.is_file()
                and WORD in f.read_bytes().lower()]


def test_encrypting_deletes_the_hidden_unfinished_copies_of_stopped_backups(tmp_path):
    # Backups write their unfinished copy as `.NAME-<time>.wbproj.PID.partial`, hidden:
    # a plaintext copy of the project, with the log SQLite keeps while it is made one
    # file. Encrypting converts finished backups only: such a copy stayed readable.
    from workbench.core import backup

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, TEXT)
        made = backup.make(p.conn, path)
    left = [made.with_name(f".p-20250101T000000.000000Z.wbproj.{pid}.partial{log}")
            for pid in (999999999, os.getpid()) for log in ("", "-wal", "-shm")]
    for copy in left:
        copy.write_bytes(made.read_bytes())
    other = made.with_name(".q-20250101T000000.000000Z.wbproj.999999999.partial")
    other.write_bytes(b"another project's")
    converted = crypto.encrypt(path, KEY)
    assert converted == [made] and not converted.left
    assert not [c for c in left if c.exists()] and other.exists()
    assert not [f for f in tmp_path.rglob("*") if f.is_file()
                and WORD in f.read_bytes().lower()]


@pytest.mark.real_kdf
def test_a_passphrase_change_stopped_midway_is_finished_when_asked_again(tmp_path):
    # Killed after the project was re-keyed, change-passphrase left the backups on the
    # old passphrase; asked again it refused ("the passphrase is wrong"), and with the
    # new passphrase as the old it re-keyed none: they stayed open to the old one.
    import subprocess
    import sys

    from workbench.core import backup

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        add_doc(p, TEXT)
        made = backup.make(p.conn, path)
    code = ("import os\n"
            "from pathlib import Path\n"
            "from workbench.core import crypto\n"
            "crypto._convert_backups = lambda *a, **k: os._exit(9)  # the power goes\n"
            f"crypto.change_passphrase(Path({str(path)!r}), {KEY!r}, 'the new passphrase')\n")
    killed = subprocess.run([sys.executable, "-c", code],
                            cwd=Path(__file__).resolve().parents[2])
    assert killed.returncode == 9
    assert backup.check(made, KEY).ok  # the backup is still on the old passphrase
    assert crypto.change_passphrase(path, KEY, "the new passphrase") == [made]
    assert backup.check(made, "the new passphrase").ok
    assert not backup.check(made, KEY).ok
    with pytest.raises(WrongPassphrase):  # a wrong old passphrase still changes nothing
        crypto.change_passphrase(path, "not the one at all", "a third passphrase")
    assert _ids(path, "the new passphrase")[2]["documents"] == 1


def test_a_program_writing_while_the_converted_copy_is_flushed_loses_nothing(tmp_path,
                                                                           monkeypatch):
    # The copy was flushed after the source was let go: a program that opened the
    # project then (flushing a big copy takes seconds) wrote into the file about to be
    # replaced, was told its write was saved, and lost it.
    import subprocess
    import sys

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as p:
        add_doc(p, TEXT)
    code = ("import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], timeout=0.5)\n"
            "try:\n"
            "    c.execute(\"INSERT INTO meta(key, value) VALUES ('probe', 'x')\")\n"
            "    c.commit()\n"
            "    print('saved')\n"
            "except sqlite3.OperationalError as err:\n"
            "    print(err)\n")
    said: list[str] = []
    flush = crypto.store.fsync_file

    def flushing(target):
        if ".converting" in str(target):
            said.append(subprocess.run([sys.executable, "-c", code, str(path)],
                                       capture_output=True, text=True).stdout.strip())
        flush(target)

    monkeypatch.setattr(crypto.store, "fsync_file", flushing)
    crypto.encrypt(path, KEY)
    with Project.open(path, passphrase=KEY) as p:
        stored = p.conn.execute("SELECT count(*) FROM meta WHERE key = 'probe'").fetchone()[0]
    assert said and (said[0] != "saved" or stored == 1), said


def test_a_change_of_passphrase_names_the_backups_on_an_older_passphrase(tmp_path):
    # A backup away (on a drive unplugged) while the passphrase went from KEY to a
    # second one stayed on KEY. Changing the second passphrase to a third re-keyed the
    # other backups and passed over it without a word: the user learnt that the new
    # passphrase does not open it only when a restore asked for KEY.
    from workbench.core import backup

    path = tmp_path / "p.wbproj"
    second, third = "a second passphrase", "a third passphrase"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        add_doc(p, TEXT)
        away = backup.make(p.conn, path)
        kept = backup.make(p.conn, path)
    aside = tmp_path / "unplugged.wbproj"
    away.rename(aside)
    assert crypto.change_passphrase(path, KEY, second) == [kept]
    aside.rename(away)  # the drive is back
    converted = crypto.change_passphrase(path, second, third)
    assert converted == [kept] and converted.left == []
    warning = converted.warning()  # it was None
    assert warning is not None and away.name in warning and kept.name not in warning
    assert "older passphrase" in warning
    assert converted.older == [away]
    assert backup.check(kept, third).ok
    assert backup.check(away, KEY).ok  # left as it was
    # A change with every backup on the passphrase changed says nothing more.
    away.unlink()
    again = crypto.change_passphrase(path, third, second)
    assert again == [kept] and again.older == [] and again.warning() is None


def test_a_change_run_again_after_it_finished_does_not_name_re_keyed_backups(tmp_path):
    # A second run, once the project and its backups have the new passphrase (its note
    # gone), re-keys nothing; the backups on the new one are not "older".
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        from workbench.core import backup

        add_doc(p, TEXT)
        made = backup.make(p.conn, path)
    crypto.change_passphrase(path, KEY, KEY + " two")
    again = crypto.change_passphrase(path, KEY, KEY + " two")
    assert list(again) == [] and again.older == [] and again.warning() is None
    assert backup.check(made, KEY + " two").ok


def test_a_project_reached_through_a_symbolic_link_is_itself_encrypted(tmp_path, monkeypatch):
    # Kept on a drive and linked from the documents folder: the encrypted copy was
    # renamed over the link, and the project at the link's target stayed in plaintext
    # while "Encrypted" was said.
    from workbench.core import backup

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "drive").mkdir()
    (tmp_path / "docs").mkdir()
    real, link = tmp_path / "drive" / "p.wbproj", tmp_path / "docs" / "p.wbproj"
    with Project.create(real, coder="tester") as p:
        add_doc(p, REPORT.replace("market", "Quetzalcoatlword market"))
        beside_target = backup.make(p.conn, real)
    link.symlink_to(real)
    with Project.open(link, coder="tester") as p:
        beside_link = backup.make(p.conn, link)
    converted = crypto.encrypt(link, KEY)
    assert link.is_symlink() and crypto.is_encrypted(real)
    assert converted == [beside_link, beside_target]
    for f in (real, beside_link, beside_target):
        assert b"quetzalcoatlword" not in f.read_bytes().lower()
    assert not [f for f in real.parent.iterdir() if f.name.startswith(".p.wbproj.")]
    crypto.change_passphrase(link, KEY, "another long passphrase")
    assert link.is_symlink()
    with Project.open(real, passphrase="another long passphrase") as p:
        assert p.repo.stats()["documents"] == 1
    crypto.decrypt(link, "another long passphrase")
    assert link.is_symlink() and not crypto.is_encrypted(real)


def test_an_installation_without_sqlcipher_says_so_before_asking_a_passphrase(
        tmp_path, monkeypatch):
    # It asked for the passphrase (three times, in the window), then said that the
    # package which opens encrypted projects was missing.
    from workbench.core import dbapi

    path = tmp_path / "e.wbproj"
    Project.create(path, coder="tester", passphrase=KEY).close()
    monkeypatch.setattr(dbapi, "_cipher", None)
    with pytest.raises(ProjectError, match="lacks the sqlcipher3 package") as err:
        Project.open(path)
    assert not isinstance(err.value, PassphraseNeeded)


@pytest.mark.real_kdf
def test_copies_a_killed_conversion_or_restore_left_are_cleared_beside_a_links_target(
        tmp_path):
    # A conversion through a link writes its copy beside the file the link leads to,
    # and a restore re-keying its own copy writes "..NAME.PID.restoring.PID.converting":
    # opening the project (through the link) looked for neither.
    import subprocess
    import sys

    (tmp_path / "drive").mkdir()
    (tmp_path / "docs").mkdir()
    real, link = tmp_path / "drive" / "p.wbproj", tmp_path / "docs" / "p.wbproj"
    with Project.create(real, coder="tester", passphrase=KEY) as p:
        add_doc(p, TEXT)
    link.symlink_to(real)
    code = ("import os\n"
            "from pathlib import Path\n"
            "from workbench.core import crypto\n"
            "crypto.store.fsync_file = lambda path: os._exit(9)  # the power goes\n"
            f"crypto.decrypt(Path({str(link)!r}), {KEY!r})\n")
    killed = subprocess.run([sys.executable, "-c", code],
                            cwd=Path(__file__).resolve().parents[2])
    assert killed.returncode == 9
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    real.with_name(f"..p.wbproj.{dead}.restoring.{dead}.converting").write_bytes(b"x" * 4096)

    def left() -> list[Path]:
        return [f for folder in (real.parent, link.parent) for f in folder.iterdir()
                if f.name.startswith((".p.wbproj.", "..p.wbproj."))]

    assert any(WORD in f.read_bytes().lower() for f in left())  # the plaintext copy
    with Project.open(link, passphrase=KEY) as p:  # opening it through the link clears them
        assert p.repo.stats()["documents"] == 1
    assert left() == []


def _bare_open(path: Path, passphrase: str) -> int:
    """Documents in ``path`` read by SQLCipher 4 with nothing but the key: its own
    defaults, as any other SQLCipher 4 program (and every earlier Workbench) keys."""
    from workbench.core import dbapi, store

    conn = dbapi.cipher().connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {dbapi.quote(store.new_key(passphrase))}")
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.real_kdf
def test_projects_are_keyed_with_sqlcipher_4s_own_derivation(tmp_path):
    # The suite keys its throwaway projects with fewer rounds (tests/conftest.py); the
    # product must key made and converted projects exactly as SQLCipher 4 does by
    # default, or projects made before the rounds were pinned would not open.
    made = tmp_path / "made.wbproj"
    with Project.create(made, coder="tester", passphrase=KEY) as project:
        add_doc(project, REPORT)
    assert _bare_open(made, KEY) == 1
    converted = tmp_path / "converted.wbproj"
    with Project.create(converted, coder="tester") as project:
        add_doc(project, REPORT)
    crypto.encrypt(converted, KEY)
    assert _bare_open(converted, KEY) == 1
    crypto.change_passphrase(converted, KEY, "another long passphrase")
    assert _bare_open(converted, "another long passphrase") == 1
