"""The encryption and backup commands: passphrases from files, never argv; one sentence
for a wrong or missing one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPORT
from workbench.cli import main

KEY = "correct horse battery"


@pytest.fixture
def keyfile(tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    path = tmp_path / "key.txt"
    path.write_text(KEY + "\n", encoding="utf-8")
    return path


@pytest.fixture
def enc(tmp_path, keyfile, capsys):
    path = tmp_path / "e.wbproj"
    assert main(["new", str(path), "--encrypt", "--passphrase-file", str(keyfile)]) == 0
    (tmp_path / "doc.txt").write_text(REPORT.replace("market", "Quetzalcoatlword market"))
    assert main(["--passphrase-file", str(keyfile), "import", str(path),
                 str(tmp_path / "doc.txt")]) == 0
    capsys.readouterr()
    return path


def test_encrypted_project_by_environment_and_without(enc, keyfile, monkeypatch, capsys):
    assert b"quetzalcoatlword" not in enc.read_bytes().lower()
    assert main(["search", str(enc), "quetzalcoatlword"]) == 1
    assert "encrypted project" in capsys.readouterr().err  # stdin is not a terminal
    monkeypatch.setenv("WORKBENCH_PASSPHRASE_FILE", str(keyfile))
    assert main(["search", str(enc), "quetzalcoatlword"]) == 0
    assert "Quetzalcoatlword" in capsys.readouterr().out


def test_the_passphrase_file_goes_before_or_after_the_command(enc, keyfile, tmp_path, capsys):
    # As --coder does; after the command it was refused as an unknown argument.
    assert main(["search", str(enc), "quetzalcoatlword", "--passphrase-file", str(keyfile)]) == 0
    assert "Quetzalcoatlword" in capsys.readouterr().out
    (tmp_path / "more.txt").write_text("A second report from Halden.\n", encoding="utf-8")
    assert main(["import", str(enc), str(tmp_path / "more.txt"),
                 "--passphrase-file", str(keyfile)]) == 0
    assert main(["docs", str(enc), "--json", "--passphrase-file", str(keyfile)]) == 0
    assert '"filename": "more.txt"' in capsys.readouterr().out
    # Given on both sides, the one after the command is read (the bad one before is not).
    assert main(["--passphrase-file", str(tmp_path / "absent.txt"), "docs", str(enc),
                 "--passphrase-file", str(keyfile)]) == 0


def test_wrong_passphrase_is_one_sentence(enc, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("not the passphrase")
    before = enc.read_bytes()
    assert main(["decrypt", str(enc), "--passphrase-file", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "passphrase is wrong" in err
    assert enc.read_bytes() == before


def test_decrypt_encrypt_change(enc, keyfile, tmp_path, capsys):
    assert main(["decrypt", str(enc), "--passphrase-file", str(keyfile)]) == 0
    assert enc.read_bytes().startswith(b"SQLite format 3")
    assert main(["encrypt", str(enc), "--passphrase-file", str(keyfile)]) == 0
    new = tmp_path / "new.txt"
    new.write_text("another passphrase")
    assert main(["change-passphrase", str(enc), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(new)]) == 0
    assert main(["verify", str(enc)]) == 1
    assert main(["--passphrase-file", str(new), "verify", str(enc)]) == 0


def test_backup_list_restore(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    assert main(["new", str(path)]) == 0
    assert main(["backup", str(path)]) == 0
    made = capsys.readouterr().out.split(" to ")[-1].strip().rstrip(".")
    assert Path(made).parent.name == "p.wbproj.backups"
    assert main(["backup", str(path), str(tmp_path / "copy.wbproj")]) == 0
    assert main(["backups", str(path)]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["restore-backup", str(path), made]) == 0
    assert "-replaced.wbproj" in capsys.readouterr().out
    assert main(["restore-backup", str(path), str(tmp_path / "missing.wbproj")]) == 1
    assert "no such backup" in capsys.readouterr().err


def test_a_passphrase_file_with_a_byte_order_mark_gives_the_typed_passphrase(tmp_path,
                                                                              monkeypatch):
    # A file saved by Notepad starts with a byte-order mark, which became part of the
    # passphrase: the project then opened only from that file, never with the words typed.
    from workbench.core.project import Project

    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    keyfile = tmp_path / "key.txt"
    keyfile.write_text("\ufeff" + KEY + "\r\n", encoding="utf-8")
    path = tmp_path / "e.wbproj"
    assert main(["new", str(path), "--encrypt", "--passphrase-file", str(keyfile)]) == 0
    with Project.open(path, passphrase=KEY) as project:  # as the window's dialog gives it
        assert project.encrypted


def test_a_project_keyed_with_the_mark_before_still_opens_from_its_file(tmp_path, monkeypatch,
                                                                        capsys):
    from workbench.core import crypto
    from workbench.core.project import Project

    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    keyfile = tmp_path / "key.txt"
    keyfile.write_text("\ufeff" + KEY + "\n", encoding="utf-8")
    path = tmp_path / "e.wbproj"
    Project.create(path, coder="tester", passphrase="\ufeff" + KEY).close()  # as before
    assert main(["--passphrase-file", str(keyfile), "log", str(path)]) == 0
    # changing the passphrase from that file re-keys it with the words alone
    newfile = tmp_path / "new.txt"
    newfile.write_text("a new passphrase\n", encoding="utf-8")
    assert main(["change-passphrase", str(path), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(newfile)]) == 0
    assert crypto.is_encrypted(path)
    with Project.open(path, passphrase="a new passphrase"):
        pass


def test_a_new_change_over_a_stopped_one_is_refused_in_one_sentence(tmp_path, keyfile,
                                                                     capsys, monkeypatch):
    # Stopped after the project had the new passphrase, before its backup; a new change
    # from that one to a third re-keyed the project and dropped the note, and the backup
    # stayed on the first passphrase with nothing telling so.
    import json

    from workbench.core import backup

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "p.wbproj"
    assert main(["new", str(path), "--encrypt", "--passphrase-file", str(keyfile)]) == 0
    assert main(["backup", str(path), "--passphrase-file", str(keyfile)]) == 0
    kept = backup.listed(path)[0]
    before = kept.read_bytes()
    new, third = tmp_path / "new.txt", tmp_path / "third.txt"
    new.write_text("another passphrase")
    third.write_text("a third passphrase")
    assert main(["change-passphrase", str(path), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(new)]) == 0
    kept.write_bytes(before)  # as the stopped change left it, with its note
    note = path.with_name(".p.wbproj.passphrase-change")
    note.write_text(json.dumps({"project": "00", "backups": {str(kept): before[:16].hex()}}))
    capsys.readouterr()
    assert main(["change-passphrase", str(path), "--passphrase-file", str(new),
                 "--new-passphrase-file", str(third)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "finish that change first" in err, err
    assert "`workbench change-passphrase p.wbproj` from the passphrase it had before" in err
    assert note.exists() and kept.read_bytes() == before
    assert main(["change-passphrase", str(path), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(new)]) == 0  # finished as said
    assert backup.check(kept, "another passphrase").ok and not note.exists()


def test_change_passphrase_names_a_backup_on_an_older_passphrase(tmp_path, keyfile, capsys):
    # The backup made under the first passphrase was away during the first change: the
    # second change passed over it in silence (exit 0); it names it and exits 1.
    from workbench.core import backup
    from workbench.core.project import Project

    path = tmp_path / "e.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        away = backup.make(p.conn, path)
    aside = tmp_path / "away.wbproj"
    away.rename(aside)
    second, third = tmp_path / "second.txt", tmp_path / "third.txt"
    second.write_text("a second passphrase\n", encoding="utf-8")
    third.write_text("a third passphrase\n", encoding="utf-8")
    assert main(["change-passphrase", str(path), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(second)]) == 0
    aside.rename(away)
    capsys.readouterr()
    assert main(["change-passphrase", str(path), "--passphrase-file", str(second),
                 "--new-passphrase-file", str(third)]) == 1
    err = capsys.readouterr().err
    assert f"{away.parent.name}/{away.name}" in err and "older passphrase" in err


@pytest.mark.parametrize("command", ["decrypt", "change-passphrase"])
def test_a_plain_project_is_said_to_be_plain_before_any_passphrase_is_asked(
        tmp_path, keyfile, capsys, monkeypatch, command):
    """A terminal asked "Passphrase for p.wbproj:" (twice more for a new one) of a
    project that has none, and only then said it was not encrypted."""
    import getpass

    path = tmp_path / "p.wbproj"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    asked = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or KEY)
    assert main([command, str(path)]) == 1
    assert capsys.readouterr().err == "workbench: p.wbproj is not encrypted.\n"
    assert asked == []
    assert main([command, str(tmp_path / "gone.wbproj")]) == 1
    assert "gone.wbproj" in capsys.readouterr().err and asked == []


def test_a_passphrase_file_in_another_spelling_opens_the_project(tmp_path, monkeypatch):
    # The window's dialog gave é precomposed and the fatha before the shadda; the file,
    # written on another system, holds e + U+0301 and the shadda first (and a mark).
    from workbench.core.project import Project

    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    path = tmp_path / "e.wbproj"
    typed = "caf\u00e9 \u0634\u062f\u064e\u0651\u0629 notes"
    Project.create(path, coder="tester", passphrase=typed).close()
    for mark in ("", "\ufeff"):
        keyfile = tmp_path / "key.txt"
        keyfile.write_text(f"{mark}cafe\u0301 \u0634\u062f\u0651\u064e\u0629 notes\n",
                           encoding="utf-8")
        assert main(["--passphrase-file", str(keyfile), "log", str(path)]) == 0
        monkeypatch.setenv("WORKBENCH_PASSPHRASE_FILE", str(keyfile))
        assert main(["log", str(path)]) == 0
        monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE")


def test_a_passphrase_file_holding_a_nul_is_a_wrong_passphrase(enc, tmp_path, capsys):
    # A binary file named by mistake (a key file of another program): SQLite's parser
    # refused the PRAGMA that carries the key, and the command ended in a traceback.
    odd = tmp_path / "odd.txt"
    odd.write_bytes(KEY.encode() + b"\x00\n")
    before = enc.read_bytes()
    for command in (["docs", str(enc)], ["decrypt", str(enc)]):
        assert main([*command, "--passphrase-file", str(odd)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "passphrase is wrong" in err
    assert enc.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [
        "doc.txt", "e.wbproj", "key.txt", "odd.txt"]


def test_a_backup_on_an_earlier_passphrase_is_restored_keeping_the_projects(
        enc, keyfile, tmp_path, monkeypatch, capsys):
    # Restored with its own passphrase, a backup made before a change of passphrase put
    # the retired passphrase back on the project (perhaps retired for being known to
    # someone else), and nothing said so.
    from workbench.core import crypto

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    drive = tmp_path / "drive"
    drive.mkdir()
    assert main(["backup", str(enc), str(drive), "--passphrase-file", str(keyfile)]) == 0
    (kept,) = drive.glob("*.wbproj")
    newer = tmp_path / "newer.txt"
    newer.write_text("a newer passphrase\n", encoding="utf-8")
    assert main(["change-passphrase", str(enc), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(newer)]) == 0
    capsys.readouterr()
    # With the backup's passphrase alone it is restored, and the return of the older
    # passphrase is said.
    assert main(["restore-backup", str(enc), str(kept), "--passphrase-file", str(keyfile)]) == 0
    err = capsys.readouterr().err
    assert "now opens with the backup's again" in err and "change-passphrase" in err
    assert crypto.opens_with(enc, KEY)
    assert main(["change-passphrase", str(enc), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(newer)]) == 0
    capsys.readouterr()
    # With the project's passphrase alone the backup does not open: the sentence says
    # how to give the backup's.
    assert main(["restore-backup", str(enc), str(kept), "--passphrase-file", str(newer)]) == 1
    assert "--backup-passphrase-file" in capsys.readouterr().err
    # With both, the project keeps its own passphrase; a wrong project passphrase is
    # refused before anything is written.
    before = enc.read_bytes()
    assert main(["restore-backup", str(enc), str(kept), "--passphrase-file", str(keyfile),
                 "--backup-passphrase-file", str(keyfile)]) == 1
    assert enc.read_bytes() == before
    assert main(["restore-backup", str(enc), str(kept), "--passphrase-file", str(newer),
                 "--backup-passphrase-file", str(keyfile)]) == 0
    assert "again" not in capsys.readouterr().err
    assert crypto.opens_with(enc, "a newer passphrase") and not crypto.opens_with(enc, KEY)
    assert main(["docs", str(enc), "--passphrase-file", str(newer)]) == 0
    assert crypto.opens_with(kept, KEY)  # the backup itself is as it was


def test_backups_names_one_on_an_earlier_passphrase_and_does_not_call_it_damaged(
        tmp_path, keyfile, capsys):
    # A backup made before the passphrase was changed was listed as "NOT usable: the
    # passphrase does not open it" with exit 1, as a damaged one, though a restore with
    # --backup-passphrase-file puts it back.
    from workbench.core import backup
    from workbench.core.project import Project

    path = tmp_path / "e.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        older = backup.make(p.conn, path)
    aside = tmp_path / "away.wbproj"
    older.rename(aside)  # away while the passphrase changes, so it is not re-keyed
    newer = tmp_path / "newer.txt"
    newer.write_text("a newer passphrase\n", encoding="utf-8")
    assert main(["change-passphrase", str(path), "--passphrase-file", str(keyfile),
                 "--new-passphrase-file", str(newer)]) == 0
    aside.rename(older)
    capsys.readouterr()
    assert main(["backups", str(path), "--passphrase-file", str(newer)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (line,) = [x for x in lines if older.name in x]
    assert "NOT usable" not in line
    assert line.endswith("made under an earlier passphrase (the project's does not open "
                         "it): restore it with --backup-passphrase-file FILE")
    # The same words from a passphrase that opens nothing are still a failure.
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not any passphrase\n", encoding="utf-8")
    assert main(["backups", str(path), "--passphrase-file", str(wrong)]) == 1
    assert "NOT usable: the passphrase does not open it" in capsys.readouterr().out
    # A damaged backup on the project's passphrase beside it still makes the listing fail.
    with Project.open(path, coder="tester", passphrase="a newer passphrase") as p:
        broken = backup.make(p.conn, path)
    data = bytearray(broken.read_bytes())
    data[len(data) // 2:len(data) // 2 + 64] = bytes(64)
    broken.write_bytes(bytes(data))
    assert main(["backups", str(path), "--passphrase-file", str(newer)]) == 1
    out = capsys.readouterr().out
    assert "made under an earlier passphrase" in out and "NOT usable" in out
    # And the listing's advice works.
    assert main(["restore-backup", str(path), str(older), "--passphrase-file", str(newer),
                 "--backup-passphrase-file", str(keyfile)]) == 0


def test_backups_are_listed_when_the_project_itself_cannot_be_looked_at(
        tmp_path, keyfile, capsys, monkeypatch):
    # On read-only media (a write-protected stick, a disk image mounted read-only) a
    # project with a -wal left beside it and no -shm cannot be opened by SQLite at all
    # ("unable to open database file"). Listing the backups looked at the project to
    # tell a backup on an earlier passphrase from a damaged one, and the listing, wanted
    # most when the project will not open, ended in a traceback.
    import sqlcipher3

    from workbench.core import backup, store
    from workbench.core.project import Project

    path = tmp_path / "e.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        made = backup.make(p.conn, path)
    Path(f"{path}-wal").write_bytes(bytes(32))  # a log left beside it, with no -shm
    real = store._cipher_connect_one

    def unopenable(target, passphrase, *, uri=False):
        if uri and target.split("?")[0].endswith(f"/{path.name}"):  # the project's look
            raise sqlcipher3.dbapi2.OperationalError("unable to open database file")
        return real(target, passphrase, uri=uri)

    monkeypatch.setattr(store, "_cipher_connect_one", unopenable)
    capsys.readouterr()
    assert main(["backups", str(path), "--passphrase-file", str(keyfile)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert made.name in line and line.endswith("intact")
