"""Rotating backups: made with the backup API, checked, rotated, restored, named on damage."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc, make_project
from workbench.core import backup, damage, store
from workbench.core.errors import ProjectError, StorageError
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


def _tables(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%'")]
    out = {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}
    conn.close()
    return out


def test_scheduler_backs_up_on_open_and_after_changes(tmp_path):
    now = [0.0]
    with make_project(tmp_path) as p:
        sched = backup.Scheduler(p.conn, p.path, interval_minutes=10, keep=3,
                                 clock=lambda: now[0])
        first = sched.on_open()
        assert first is not None and backup.listed(p.path) == [first]
        now[0] = 1200
        assert not sched.due()
        assert sched.tick() is None  # ten minutes passed, but nothing changed
        add_doc(p)
        now[0] = 1210
        assert sched.due()
        assert sched.tick() is not None  # changed, and the last backup is 20 minutes old
        add_doc(p, REPORT + "more\n", "more.txt")
        now[0] = 1300
        assert sched.tick() is None  # changed, but within ten minutes of the last
        now[0] = 1900
        assert sched.tick() is not None
        assert len(backup.listed(p.path)) == 3


def test_rotation_keeps_the_newest_k(tmp_path):
    with make_project(tmp_path) as p:
        made = [backup.make(p.conn, p.path, keep=3) for _ in range(5)]
    assert backup.listed(p.path) == made[:-4:-1]
    assert not made[0].exists()


def test_backup_verifies_and_restores_identical_tables(tmp_path):
    with make_project(tmp_path) as p:
        doc = add_doc(p)
        annotate_quote(p, doc, "casualty", "wounded four troops")
        made = backup.make(p.conn, p.path)
        p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _tables(p.path)
        add_doc(p, REPORT + "later\n", "later.txt")  # after the backup
    assert backup.check(made).ok and not Path(f"{made}-wal").exists()
    kept = backup.restore(p.path, made)
    assert _tables(p.path) == expected
    assert kept is not None and kept.name.endswith("-replaced.wbproj")
    with Project.open(kept) as replaced:  # the replaced file, with the later document
        assert replaced.repo.stats()["documents"] == 2
    with Project.open(p.path) as restored:
        assert restored.repo.stats()["documents"] == 1


def test_damaged_backup_is_refused_and_changes_nothing(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        made = backup.make(p.conn, p.path)
    data = bytearray(made.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    made.write_bytes(bytes(data))
    before = p.path.read_bytes()
    assert not backup.check(made).ok
    with pytest.raises(ProjectError, match=r"cannot be restored.*Nothing was changed"):
        backup.restore(p.path, made)
    assert p.path.read_bytes() == before


def test_damage_message_names_the_latest_good_backup(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        newest = backup.make(p.conn, p.path)
    newest.write_bytes(b"x" * 10)  # the newest is broken: the one before is named
    text = damage.advice(p.path)
    assert f"p.wbproj.backups/{older.name}" in text
    assert f"workbench restore-backup p.wbproj p.wbproj.backups/{older.name}" in text
    assert "backup" not in damage.advice(tmp_path / "none.wbproj")


def test_encrypted_project_backups_are_encrypted(tmp_path):
    key = "correct horse battery"
    with Project.create(tmp_path / "e.wbproj", passphrase=key) as p:
        add_doc(p, REPORT.replace("market", "Quetzalcoatlword market"))
        made = backup.make(p.conn, p.path)
    assert b"quetzalcoatlword" not in made.read_bytes().lower()
    assert not made.read_bytes().startswith(b"SQLite format 3")
    assert backup.check(made).encrypted and not backup.check(made).ok
    assert backup.check(made, key).ok
    assert not backup.check(made, "a wrong passphrase").ok


def test_the_backup_on_opening_can_run_in_another_thread(tmp_path):
    import threading

    now = [0.0]
    with make_project(tmp_path) as p:
        add_doc(p)
        sched = backup.Scheduler(p.conn, p.path, interval_minutes=10, keep=3,
                                 clock=lambda: now[0])
        job = sched.detached()
        worker = threading.Thread(target=job.run)
        worker.start()
        add_doc(p, REPORT + "written while the copy runs\n", "during.txt")
        worker.join()
        made = sched.finish(job)
        assert made is not None and job.error is None and backup.listed(p.path) == [made]
        assert backup.check(made).ok
        now[0] = 1200
        # The mark is the one from before the copy: the write made during it is seen
        # as a change, so the next tick backs it up.
        assert sched.tick() is not None


def test_a_detached_backup_that_fails_says_why(tmp_path):
    with make_project(tmp_path) as p:
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        sched = backup.Scheduler(p.conn, p.path, folder=blocker / "sub")
        job = sched.detached()
        job.run()
        assert sched.finish(job) is None
        assert sched.error and "automatic backup" in sched.error


def _open_backup(p, keep: int = 3):
    sched = backup.Scheduler(p.conn, p.path, interval_minutes=10, keep=keep)
    job = sched.detached(opening=True)
    job.run()
    return sched, job, sched.finish(job)


def test_opening_an_unchanged_project_again_keeps_the_older_backups(tmp_path):
    # Ten opens without a change must not fill the kept backups with copies of one state
    # and push out the older, different ones.
    with make_project(tmp_path) as p:
        add_doc(p)
        _sched, _job, before_change = _open_backup(p)
        add_doc(p, REPORT + "a second report\n", "second.txt")
        _sched, _job, changed = _open_backup(p)
        assert before_change is not None and changed is not None
        for _ in range(5):
            sched, job, made = _open_backup(p)
            assert made is None and job.skipped and job.error is None
            assert sched.last_mark is not None  # counted as backed up: no tick right away
            assert not sched.due()
        assert backup.listed(p.path) == [changed, before_change]
        # A change since the newest backup: the next open makes one again.
        add_doc(p, REPORT + "a third report\n", "third.txt")
        _sched, job, made = _open_backup(p)
        assert made is not None and not job.skipped


def test_an_unreadable_newest_backup_is_never_taken_as_the_same(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        _sched, _job, first = _open_backup(p)
        first.write_bytes(b"not a database at all" * 100)
        _sched, job, made = _open_backup(p)
        assert made is not None and not job.skipped


def test_the_periodic_backup_and_the_command_are_never_skipped(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        sched = backup.Scheduler(p.conn, p.path, interval_minutes=10, keep=3)
        assert sched.on_open() is not None
        job = sched.detached()  # not the opening one
        job.run()
        assert sched.finish(job) is not None and not job.skipped


def test_unfinished_copies_left_by_a_stopped_window_are_cleared(tmp_path):
    """A window switched off mid-copy leaves a ``.partial`` as big as the project,
    named by its own time: nothing replaced it, so each power cut added one."""
    with make_project(tmp_path) as p:
        folder = backup.default_folder(p.path)
        folder.mkdir(parents=True, exist_ok=True)
        stem = p.path.stem
        stale = [folder / f"{stem}-20250101T000000.000001Z.wbproj.partial",
                 folder / f"{stem}-20250101T000000.000001Z.wbproj.partial-journal"]
        running = folder / f"{stem}-20250101T000000.000002Z.wbproj.partial"
        other = folder / "other-20250101T000000.000003Z.wbproj.partial"  # another project's
        an_hour_ago = time.time() - backup.STALE_PARTIAL_SECONDS - 60
        for f in (*stale, running, other):
            f.write_bytes(b"half a copy")
        for f in (*stale, other):
            os.utime(f, (an_hour_ago, an_hour_ago))
        made = backup.make(p.conn, p.path)
    assert not any(f.exists() for f in stale)
    assert running.exists(), "a copy written to within the hour may still be in progress"
    assert other.exists()
    assert made.exists() and backup.listed(p.path) == [made]


def _holder(path: Path, passphrase: str | None = None):
    """Another program with the project open, idle (a window left open), until its
    stdin gets a line; then it adds a document and says how many it holds."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tests.helpers import REPORT, add_doc\n"
        "from workbench.core.project import Project\n"
        f"p = Project.open({str(path)!r}, coder='other', passphrase={passphrase!r})\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
        "add_doc(p, REPORT.replace('market', 'bakery'), 'later.txt')\n"
        "print(p.repo.stats()['documents'], flush=True)\n"
        "p.close()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_restore_is_refused_while_another_program_has_the_project_open(tmp_path):
    # Restored under a window that had the project open, every change the window saved
    # afterwards went into the replaced file and was lost without a word.
    with make_project(tmp_path) as p:
        add_doc(p)
        made = backup.make(p.conn, p.path)
        path = p.path
    holder = _holder(path)
    try:
        with pytest.raises(ProjectError, match=r"open in another program.*Nothing was changed"):
            backup.restore(path, made)
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        saved = int(holder.stdout.readline())
        holder.wait(30)
    assert saved == 2
    assert not [f for f in backup.default_folder(path).iterdir() if "replaced" in f.name]
    with Project.open(path) as again:
        assert again.repo.stats()["documents"] == 2  # the other program's write is there
    backup.restore(path, made)  # closed everywhere: the restore goes ahead
    with Project.open(path) as again:
        assert again.repo.stats()["documents"] == 1


def test_putting_back_the_replaced_file_keeps_the_commits_of_its_log(tmp_path, monkeypatch):
    # A restore keeps the file it replaces with its -wal beside it. Restored in turn
    # (to undo the restore), only the file was copied: the commits its log held, the
    # newest work, were gone, though the check had read them and called it intact.

    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        path = p.path
    _stopped_with_commits_in_its_log(path, 3)
    assert Path(f"{path}-wal").stat().st_size > 0
    # A log the restore can fold into its file first leaves no -wal to keep; one it
    # cannot (a file SQLite cannot open) is kept beside the copy, as here.
    monkeypatch.setattr(store, "fold_log", lambda *a: False)
    kept = backup.restore(path, older)
    assert kept is not None and Path(f"{kept}-wal").is_file()
    assert backup.check(kept).ok
    backup.restore(path, kept)
    with Project.open(path) as again:
        assert again.repo.stats()["documents"] == 4
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_a_clock_set_back_does_not_delete_each_new_backup(tmp_path, monkeypatch):
    # Backups are ordered by the time in their names. With the clock set back a year,
    # each new backup was named before the kept ones, and rotation deleted it at once.
    import datetime as dt

    with make_project(tmp_path) as p:
        for _ in range(3):
            backup.make(p.conn, p.path, keep=3)
        year_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=365)
        monkeypatch.setattr(backup, "_stamp", lambda: year_ago.strftime("%Y%m%dT%H%M%S.%fZ"))
        add_doc(p)
        made = backup.make(p.conn, p.path, keep=3)
        again = backup.make(p.conn, p.path, keep=3)
    assert made.exists() and again.exists()
    assert backup.listed(p.path)[:2] == [again, made]
    assert backup.latest_good(p.path)[0] == again  # what the damage message names


def test_a_backup_of_a_damaged_project_does_not_push_out_the_good_ones(tmp_path):
    # Every timed backup copies the project's pages as they are. Once the file went bad,
    # ten backups of it pushed every backup made before the damage out of the folder.
    with make_project(tmp_path) as p:
        for n in range(30):
            add_doc(p, REPORT.replace("market", f"market {n}") * 20, f"{n}.txt")
        good = [backup.make(p.conn, p.path, keep=2) for _ in range(2)]
        page_size = p.conn.execute("PRAGMA page_size").fetchone()[0]
        leaf = p.conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'documents' "
                              "AND pagetype = 'leaf'").fetchone()[0]
        path = p.path
    data = bytearray(path.read_bytes())
    start = (leaf - 1) * page_size
    data[start + 1: start + 8] = b"\xff" * 7  # the leaf's cell pointers point nowhere
    path.write_bytes(bytes(data))
    with Project.open(path) as p:
        with pytest.raises(ProjectError, match=r"shows damage.*older ones were kept") as err:
            backup.make(p.conn, p.path, keep=2)
        assert good[-1].name in str(err.value)  # the message names the good backup
        sched = backup.Scheduler(p.conn, p.path, keep=2)
        assert sched.backup_now() is None and "shows damage" in sched.error
    assert backup.listed(path) == good[::-1]
    assert all(backup.check(b).ok for b in good)


def test_a_newest_backup_keyed_otherwise_does_not_stop_the_backup_on_opening(tmp_path):
    # The check "does the newest backup hold this history?" opened it with the project's
    # passphrase; one keyed with another (an older key, a copy from elsewhere) raised
    # WrongPassphrase out of the backup's thread, and no backup was made on opening.
    from workbench.core import crypto

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase="first passphrase") as p:
        add_doc(p)
        other = backup.make(p.conn, path)
    crypto._export(other, "first passphrase", "another passphrase")
    with Project.open(path, passphrase="first passphrase") as p:
        job = backup.Scheduler(p.conn, path).detached(opening=True)
        job.run()
    assert job.error is None and job.made is not None and job.made.exists()


def test_a_timed_backup_waits_while_the_file_is_away(tmp_path):
    # The timed backup runs in a thread on a connection opened by path: with the file
    # moved it made an empty project at the old place and kept a copy of that among the
    # backups, pushing a real one out of the ten kept.
    from workbench.core.ops.documents import update_metadata

    with make_project(tmp_path) as window:
        doc = add_doc(window)
        folder = tmp_path / "backups"
        scheduler = backup.Scheduler(window.conn, window.path, folder=folder,
                                     interval_minutes=0)
        first = scheduler.backup_now()
        update_metadata(window, doc, title="Changed before the stick was pulled")
        away = tmp_path / "stick" / window.path.name
        away.parent.mkdir()
        os.rename(window.path, away)
        job = scheduler.detached()
        job.run()
        assert job.made is None and "no longer where it was opened" in (job.error or "")
        assert not window.path.exists()
        assert sorted(folder.iterdir()) == [first]
        os.rename(away, window.path)  # back: the backup is made
        job = scheduler.detached()
        job.run()
        assert job.error is None and job.made is not None


def test_a_restore_folds_the_projects_log_into_the_kept_file_first(tmp_path):
    # The commit of the log is in the kept copy itself, and the project file held it
    # before anything was deleted (a stop between deleting the log and the rename
    # kept it: tests/core/test_killed_writes.py).
    import subprocess
    import sys

    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        path = p.path
    code = ("import os\n"
            "from tests.helpers import REPORT, add_doc\n"
            "from workbench.core.project import Project\n"
            f"p = Project.open({str(path)!r}, coder='other')\n"
            "add_doc(p, REPORT.replace('market', 'stall'), 'late.txt')\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=Path(__file__).resolve().parents[2])
    assert Path(f"{path}-wal").stat().st_size > 0
    kept = backup.restore(path, older)
    assert kept is not None and not Path(f"{kept}-wal").exists()
    with sqlite3.connect(f"{kept.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_a_restore_stopped_while_keeping_the_replaced_file_lists_no_half_copy(
        tmp_path, monkeypatch):
    # The copy of the file a restore replaces was written under its final name: stopped
    # halfway (a power cut), it was listed among the backups and did not open.
    import shutil

    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        path = p.path
    with Project.open(path) as p:
        add_doc(p, REPORT.replace("market", "stall"), "b.txt")

    whole = shutil.copyfile
    calls = []

    def half(src, dst, *args, **kwargs):
        calls.append(dst)
        if len(calls) == 1:  # the backup's own copy, beside the project
            return whole(src, dst)
        data = Path(src).read_bytes()  # the kept copy of the file replaced
        Path(dst).write_bytes(data[: len(data) // 2])
        raise OSError("the copy stopped halfway")  # a failing disk, or a power cut

    monkeypatch.setattr(shutil, "copyfile", half)
    with pytest.raises(StorageError, match="halfway"):  # a sentence, not a traceback
        backup.restore(path, older)
    monkeypatch.undo()
    assert len(calls) == 2 and "-replaced" in str(calls[1])
    assert [b for b in backup.listed(path) if not backup.check(b).ok] == []
    with Project.open(path) as again:  # the project is as it was
        assert again.repo.stats()["documents"] == 2


def test_a_backup_of_another_project_is_not_restored_over_this_one(tmp_path):
    # A file picked in the wrong folder turned the project into another one, and each
    # timed backup after pushed one of its own backups out.
    with make_project(tmp_path, "mine.wbproj") as p:
        add_doc(p)
        own = backup.make(p.conn, p.path)
        path = p.path
    with make_project(tmp_path, "theirs.wbproj") as other:
        theirs = backup.copy(other.conn, other.path, tmp_path / "theirs-copy.wbproj")
    before = path.read_bytes()
    with pytest.raises(ProjectError) as refused:
        backup.restore(path, theirs)
    assert str(refused.value) == (
        "theirs-copy.wbproj is not a backup of mine.wbproj but of another project (their "
        "project ids differ); nothing was changed. Open it as a project of its own instead.")
    assert path.read_bytes() == before
    assert not [f for f in backup.default_folder(path).iterdir() if "replaced" in f.name]
    # Its own backup, and a plain copy of the file (a coder's copy), still restore.
    assert backup.restore(path, own) is not None
    copied = tmp_path / "copied.wbproj"
    copied.write_bytes(own.read_bytes())
    assert backup.restore(path, copied) is not None


def _disk_full_for_copies(monkeypatch):
    """Copies fill up after 20 pages, as a disk with that much room left would."""
    real = store.connect_file

    def small(path, *args, **kwargs):
        conn = real(path, *args, **kwargs)
        if str(path).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 20")
        return conn

    monkeypatch.setattr(store, "connect_file", small)


def test_a_disk_full_midway_through_a_backup_says_so_and_leaves_nothing(
        tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    with make_project(tmp_path) as p:
        for i in range(3):
            add_doc(p, f"{REPORT}\n{'More words of the report. ' * 2000}{i}", f"r{i}.txt")
        older = backup.make(p.conn, p.path)
        path = p.path
    _disk_full_for_copies(monkeypatch)
    # It was SQLite's bare error, shown as a traceback by the command line.
    assert main(["backup", str(path), str(tmp_path / "copy.wbproj")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"workbench: copy.wbproj could not be written (database or disk is full): nothing "
        f"was left in {tmp_path}, and the project is unchanged.")
    assert main(["backup", str(path)]) == 1
    said = capsys.readouterr().err
    assert "could not be written (database or disk is full)" in said
    assert sorted(f.name for f in tmp_path.iterdir()) == ["p.wbproj", "p.wbproj.backups"]
    assert backup.listed(path) == [older]  # no partial copy, nothing rotated out
    assert not list(backup.default_folder(path).glob("*.partial*"))
    with Project.open(path) as p:  # the timed backup says it in the window's words
        sched = backup.Scheduler(p.conn, p.path)
        job = sched.detached()
        job.run()
        assert sched.finish(job) is None
        assert sched.error.startswith("The automatic backup of p.wbproj failed: ")
        assert "(database or disk is full)" in sched.error
        sched.error = None
        assert sched.backup_now() is None  # on the window's own thread, the same
        assert sched.error.startswith("The automatic backup of p.wbproj failed: ")
    assert backup.listed(path) == [older]


@pytest.mark.parametrize("name", ["p.wbproj-journal", "p.wbproj-wal", "elsewhere-shm"])
def test_a_backup_is_not_written_under_a_name_sqlite_keeps_for_itself(tmp_path, capsys,
                                                                      name):
    # "p.wbproj-journal" beside the project was said backed up, then deleted by SQLite as
    # the project's own journal when the command closed the project.
    from workbench.cli import main

    with make_project(tmp_path) as p:
        add_doc(p)
    assert main(["backup", str(tmp_path / "p.wbproj"), str(tmp_path / name)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"workbench: {tmp_path / name}: a name ending in -journal, -wal or -shm is one "
        "SQLite gives its own files beside a database, and it may delete or replay such a "
        "file; choose another name.")
    assert sorted(f.name for f in tmp_path.iterdir()) == ["p.wbproj"]


@pytest.mark.parametrize("fails_at", [1, 2])  # the backup's copy, the replaced file's
def test_a_restore_stopped_by_a_full_disk_leaves_nothing_behind(tmp_path, monkeypatch,
                                                                 fails_at):
    """On a full card the half copy of the backup stayed beside the project (the card
    left full, so the project could not save its next change either) and the command
    line showed "OSError: [Errno 28] No space left on device" as a traceback."""
    import errno
    import shutil

    path = tmp_path / "p.wbproj"
    with make_project(tmp_path) as p:
        add_doc(p)
        made = backup.make(p.conn, path)
    before = path.read_bytes()
    files = sorted(tmp_path.rglob("*"))
    real, calls = shutil.copyfile, []

    def fills_up(src, dst, *a, **k):
        calls.append(dst)
        if len(calls) == fails_at:
            Path(dst).write_bytes(Path(src).read_bytes()[:4096])  # a part, then no room
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *a, **k)

    monkeypatch.setattr(shutil, "copyfile", fills_up)
    with pytest.raises(StorageError, match=rf"^{made.name} was not restored \(No space left "
                                           r"on device\); p.wbproj is as it was, and "
                                           r"nothing was left behind\.$"):
        backup.restore(path, made)
    assert len(calls) == fails_at
    assert sorted(tmp_path.rglob("*")) == files and path.read_bytes() == before


def test_a_backup_into_a_folder_names_an_older_versions_unfinished_copy_and_keeps_it(
        tmp_path, capsys):
    # An earlier version's `workbench backup p.wbproj saved/` stopped midway left
    # `p-<time>.wbproj.partial`: its name alone does not show the program made it, so it
    # is named, never deleted; in the project's own backups folder it is a timed
    # backup's unfinished copy, which rotation clears by age, and is not named.
    from workbench.cli import main
    from workbench.core.outfile import OLD_PART

    with make_project(tmp_path) as p:
        add_doc(p)
        path = p.path
    saved = tmp_path / "saved"
    saved.mkdir()
    old = saved / "p-20260101T000000.000000Z.wbproj.partial"
    old.write_bytes(b"half a backup")
    other = saved / "q-20260101T000000.000000Z.wbproj.partial"  # another project's
    other.write_bytes(b"half a backup")
    assert main(["backup", str(path), str(saved)]) == 0
    out = capsys.readouterr().out
    assert OLD_PART.format(part=old.name, name=old.name.removesuffix(".partial")) in out
    assert old.exists() and other.exists() and "q-2026" not in out
    own = backup.default_folder(path)
    own.mkdir()
    (own / old.name).write_bytes(b"a timed backup being copied")
    assert main(["backup", str(path), str(own)]) == 0
    assert "partial" not in capsys.readouterr().out
    assert (own / old.name).exists()  # not an hour old: it may be a window's, in progress


def test_the_timed_backups_rotation_clears_a_stopped_backup_into_their_folder(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        folder = backup.default_folder(p.path)
        folder.mkdir()
        dead = folder / ".p-20260101T000000.000000Z.wbproj.999999999.partial"
        dead.write_bytes(b"half a backup")
        mine = folder / ".q-20260101T000000.000000Z.wbproj.999999999.partial"
        mine.write_bytes(b"another project's")
        backup.make(p.conn, p.path)
    assert not dead.exists() and mine.exists()


@pytest.mark.parametrize("into", ["file", "folder"])
def test_a_file_that_takes_the_backups_name_while_it_is_copied_is_never_replaced(
        tmp_path, monkeypatch, into):
    # The name was checked free before the copy, then renamed over: a file a sync client
    # brought in (or another backup wrote) under that name meanwhile was replaced.
    with make_project(tmp_path) as p:
        add_doc(p)
        saved = tmp_path / "saved"
        saved.mkdir()
        dest = saved / "copy.wbproj" if into == "file" else saved
        real = store.fsync_file
        theirs: list[Path] = []

        def someone_writes(path):
            real(path)
            if path.name.endswith(".partial") and not theirs:
                name = re.sub(r"(\.\d+)?\.partial$", "", path.name.lstrip("."))
                theirs.append(saved / name)
                theirs[0].write_bytes(b"a file of someone else's")

        monkeypatch.setattr(store, "fsync_file", someone_writes)
        if into == "file":
            with pytest.raises(ProjectError, match=r"a file of that name appeared while "
                                                   r"the copy was written; choose another "
                                                   r"name\.$"):
                backup.copy(p.conn, p.path, dest)
        else:  # a timed name: the next one is taken (``_copy_timed``)
            made = backup.copy(p.conn, p.path, dest)
    assert theirs[0].read_bytes() == b"a file of someone else's"
    assert sorted(f.name for f in saved.iterdir()) == sorted(  # no copy left, or the made
        [theirs[0].name] + ([made.name] if into == "folder" else []))


@pytest.mark.parametrize("name", [".p-20260101T000000.000000Z.wbproj.999999999.partial",
                                  "p-20260101T000000.000000Z.wbproj.partial"])
def test_an_unfinished_backup_copy_is_never_listed_nor_restored(tmp_path, capsys, name):
    # A backup killed once its copy was whole but before it took its name leaves a
    # copy that reads as a project: it must not be taken for a backup, by the listing,
    # the window's picker (which offers *.wbproj) or a restore given its path.
    from workbench.cli import main

    with make_project(tmp_path) as p:
        add_doc(p)
        made = backup.make(p.conn, p.path)
        path = p.path
    unfinished = made.with_name(name)
    unfinished.write_bytes(made.read_bytes())
    assert backup.listed(path) == [made]
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=r"is the unfinished copy of a backup whose "
                                           r"making was stopped, not a backup; nothing "
                                           r"was changed\."):
        backup.restore(path, unfinished)
    assert main(["restore-backup", str(path), str(unfinished)]) == 1
    assert "unfinished copy" in capsys.readouterr().err
    assert path.read_bytes() == before and backup.listed(path) == [made]


def test_a_restore_through_a_symbolic_link_restores_the_project_it_leads_to(
        tmp_path, monkeypatch):
    # The backup was renamed over the link: the link became a file of its own, and the
    # project at its target, which every other path opens, was left as it was.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "drive").mkdir()
    (tmp_path / "docs").mkdir()
    real, link = tmp_path / "drive" / "p.wbproj", tmp_path / "docs" / "p.wbproj"
    Project.create(real, coder="tester", passphrase="a long passphrase").close()
    link.symlink_to(real)
    with Project.open(link, coder="tester", passphrase="a long passphrase") as p:
        made = backup.make(p.conn, link)
        add_doc(p, REPORT)
    backup.restore(link, made, "a long passphrase")
    assert link.is_symlink()
    with Project.open(real, passphrase="a long passphrase") as p:
        assert p.repo.stats()["documents"] == 0
    assert not [f for f in real.parent.iterdir() if ".restoring" in f.name]


def _stopped_with_commits_in_its_log(path: Path, documents: int = 2) -> None:
    """A program saved ``documents`` documents to ``path`` and stopped before a
    checkpoint, so they stand only in its -wal."""
    import subprocess
    import sys

    code = ("import os\n"
            "from tests.helpers import REPORT, add_doc\n"
            "from workbench.core.project import Project\n"
            f"p = Project.open({str(path)!r}, coder='other')\n"
            "p.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
            f"for n in range({documents}):\n"
            "    add_doc(p, REPORT.replace('market', f'stall {n}'), f'{n}.txt')\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=Path(__file__).resolve().parents[2])
    assert Path(f"{path}-wal").stat().st_size > 0


@pytest.mark.parametrize("which", ["file", "log"])
def test_a_file_that_takes_the_kept_files_name_while_a_restore_copies_it_is_never_replaced(
        tmp_path, monkeypatch, which):
    # The file a restore replaces is kept under a new name in the backups folder (with
    # its log when that could not be folded in); a file another program wrote under that
    # name meanwhile was renamed over (or, for the log, copied over) without a word.
    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        path = p.path
    _stopped_with_commits_in_its_log(path)
    monkeypatch.setattr(store, "fold_log", lambda *a: False)  # the log is kept beside it
    real_fresh, theirs = backup._fresh, []

    def fresh(folder, project, suffix=""):
        name = real_fresh(folder, project, suffix)
        if suffix == "-replaced":  # someone writes there once the name was found free
            theirs.append(name if which == "file" else Path(f"{name}-wal"))
            theirs[0].write_bytes(b"a file of someone else's")
        return name

    monkeypatch.setattr(backup, "_fresh", fresh)
    folder = backup.default_folder(path)
    with pytest.raises(StorageError) as err:
        backup.restore(path, older)
    assert str(err.value) == (
        f"{older.name} was not restored ({theirs[0].name} appeared in {folder.name} while "
        f"the file it replaces was kept there); {path.name} is as it was, and nothing was "
        "left behind.")
    assert theirs[0].read_bytes() == b"a file of someone else's"
    assert sorted(f.name for f in folder.iterdir()) == sorted([older.name, theirs[0].name])
    monkeypatch.undo()
    with Project.open(path) as again:  # as it was, the log's commits in it
        assert again.repo.stats()["documents"] == 3


_KILLED_AS_KEPT = """
import os, sys
from pathlib import Path
from workbench.core import backup, store
store.fold_log = lambda *a: False  # a file SQLite could not fold: kept with its log

def hook(event, args):
    if event == "os.rename" and str(args[1]).endswith("-replaced.wbproj"):
        os.kill(os.getpid(), 9)  # as a power cut, before the kept file takes its name

sys.addaudithook(hook)
backup.restore(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_restore_killed_between_the_kept_log_and_file_leaves_no_lone_log(tmp_path):
    # The kept file's log takes its name first: killed before the file took its own,
    # the log stayed alone in the backups folder for good, never listed nor said.
    import subprocess
    import sys

    with make_project(tmp_path) as p:
        add_doc(p)
        older = backup.make(p.conn, p.path)
        path = p.path
    _stopped_with_commits_in_its_log(path)
    run = subprocess.run([sys.executable, "-c", _KILLED_AS_KEPT, str(path), str(older)],
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == -9
    folder = backup.default_folder(path)
    assert any(f.name.endswith("-replaced.wbproj-wal") for f in folder.iterdir())
    with Project.open(path) as again:  # as it was, its log's commits in it
        assert again.repo.stats()["documents"] == 3
        backup.make(again.conn, again.path)  # the next backup clears what was left
    assert [f.name for f in folder.iterdir() if "replaced" in f.name] == []

