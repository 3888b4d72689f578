"""Write paths killed with SIGKILL at chosen points (``tools/kill_points.py``): the project
opens, verifies, holds the state before or after the write (and every step reported
done), and no stray file is left. The long campaign over every path, at many points,
is ``python bench/fault_bench.py --points 12``."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from workbench.core import exclusive_rename
from workbench.core.errors import ProjectError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def _harness():
    path = Path(__file__).resolve().parents[2] / "tools" / "kill_points.py"
    spec = importlib.util.spec_from_file_location("workbench_tools_kill_points", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # tools/ is not a package
    return module


kp = _harness()
# The event of a new file taking its name: the rename that refuses a taken name is seen
# as "os.rename" (exclusive_rename raises that audit event); without the call, a link.
_TAKES_NAME = "os.rename" if exclusive_rename._platform_call() is not None else "os.link"


def _killed(name: str, work: Path, *points: int | str) -> list[object]:
    events, states = kp.clean_run(name, work)
    assert events > 0 and len(states) > 1
    return [kp.kill_once(name, work, point, states) for point in points]


def test_a_restore_killed_between_deleting_the_log_and_renaming_keeps_the_logs_commits(
        tmp_path):
    # The project's last commit is only in its -wal (a window switched off); the
    # restore deletes the log, then renames the backup in. Killed between the two, the
    # old file was left without the commit of its log.
    for outcome in _killed("restore", tmp_path, "p.wbproj-shm', -1", ".restoring', '"):
        assert outcome.problems == [], outcome


def test_a_restore_killed_as_the_kept_copy_takes_its_name_leaves_no_copy_in_view(tmp_path):
    # The copy of the file a restore replaces was written as NAME-<time>-replaced.wbproj
    # .partial among the backups: killed before its rename, that whole copy of the
    # project stayed in view there, cleared by a later backup only once an hour old.
    for outcome in _killed("restore", tmp_path, "-replaced.wbproj'))"):
        assert outcome.problems == [], outcome
    from workbench.core import backup

    folder = tmp_path / "k0"  # the killed run's folder
    with kp._open(folder) as project:  # the next backup clears the stopped copy
        backup.make(project.conn, project.path)
    assert [f.name for f in backup.default_folder(folder / kp.NAME).iterdir()
            if "partial" in f.name] == []


def test_an_encryption_killed_before_its_backups_says_so_and_finishes_when_asked_again(
        tmp_path, monkeypatch):
    # Killed once the project was encrypted, before (or between) its backups: they
    # stayed readable without the passphrase, nothing said so, and `encrypt` run again
    # refused ("already encrypted"), so they stayed readable for good.
    from workbench.core import crypto

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user's data folder
    _events, states = kp.clean_run("encrypt", tmp_path)
    # Inside the first backup's conversion (its copy half made), and after the first
    # backup was renamed in, before the second (each conversion deletes the emptied
    # log beside the file, then renames the copy in: the second backup's deletion).
    for n, kill_on in enumerate(["wbproj.backups/.p-@@2", "Z.wbproj-wal@@2"]):
        outcome = kp.kill_once("encrypt", tmp_path, kill_on, states)
        said = [s for s in outcome.said if "not encrypted" in s]
        assert len(said) == 1 and "workbench encrypt p.wbproj" in said[0], outcome
        assert [p for p in outcome.problems if "left behind" in p] == [], outcome
        folder = tmp_path / f"k{n}"
        converted = crypto.encrypt(folder / kp.NAME, kp.OLD)
        assert converted and not converted.left
        assert kp.state(folder) == states[-1]
        assert crypto.unfinished_notice(folder / kp.NAME) is None
        with pytest.raises(ProjectError, match="already encrypted"):
            crypto.encrypt(folder / kp.NAME, kp.OLD)


def test_a_change_of_passphrase_killed_before_its_backups_says_so_and_finishes_when_asked_again(
        tmp_path, monkeypatch):
    # Killed once the project had the new passphrase, before (or between) its backups:
    # they stayed on the old one and the next opening said nothing.
    from workbench.core import backup, crypto
    from workbench.core.errors import WrongPassphrase

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _events, states = kp.clean_run("rekey", tmp_path)
    # Before the project's copy was renamed in (nothing changed, nothing to say); after
    # the first backup, before the second (the project and one backup re-keyed: the
    # second backup's log deleted before its copy is renamed in). Every other point:
    # `python bench/fault_bench.py --points 12 rekey`.
    for n, (kill_on, left) in enumerate([("DETACH DATABASE@@1", 0),
                                         ("Z.wbproj-wal@@2", 1)]):
        outcome = kp.kill_once("rekey", tmp_path, kill_on, states)
        assert outcome.problems == [], outcome
        folder = tmp_path / f"k{n}"
        path, note = folder / kp.NAME, folder / f".{kp.NAME}.passphrase-change"
        if not left:
            assert outcome.said == [] and not note.exists()
            continue
        said = [s for s in outcome.said if "old passphrase" in s]
        assert len(said) == 1 and said[0].startswith(f"{left} backup"), outcome
        assert "workbench change-passphrase p.wbproj" in said[0]
        assert not any(k.encode() in note.read_bytes() for k in (kp.OLD, kp.NEW))
        assert len(crypto.rekey_unfinished(path)) == left
        with pytest.raises(WrongPassphrase, match="passphrase it had before"):
            crypto.change_passphrase(path, "not the old one", kp.NEW)
        assert len(crypto.rekey_unfinished(path)) == left  # still told
        converted = crypto.change_passphrase(path, kp.OLD, kp.NEW)
        assert len(converted) == left and not converted.left
        assert all(backup.check(b, kp.NEW).ok for b in backup.listed(path))
        assert crypto.unfinished_notice(path) is None and not note.exists()
        assert kp.state(folder) == states[-1]


def test_an_import_in_batches_killed_midway_keeps_every_file_it_reported(tmp_path):
    # The import's rows are made in its parse threads: a kill anywhere in the batches
    # still leaves every file reported imported stored, and a project that verifies.
    events, states = kp.clean_run("import", tmp_path)
    assert events > 0 and len(states) == 4  # six files in batches of two
    for point in kp.spread(events, 4)[1:-1]:  # two points inside the batches
        outcome = kp.kill_once("import", tmp_path, point, states)
        assert outcome.problems == [], (point, outcome)


@pytest.mark.parametrize("passphrase", [None, kp.OLD], ids=["plain", "encrypted"])
def test_a_new_project_killed_while_made_is_never_taken_for_an_older_one(tmp_path,
                                                                       passphrase):
    # Killed while its tables were made, `workbench new` (File ▸ New) left a file of a
    # few tables at the name, which the next open upgraded as a project of an older
    # schema; killed at once, an empty file that no command could open or replace.
    from workbench.core import store

    name = "new" if passphrase is None else "new-encrypted"
    _events, states = kp.clean_run(name, tmp_path)
    assert states[0] == kp.ABSENT and states[-1] != kp.ABSENT
    # The last: the instant the finished file takes its name (a rename that refuses a
    # taken name, where the platform has one; a hard link where not).
    points = ["PRAGMA application_id", "PRAGMA user_version = 5", "PRAGMA user_version = 15",
              "('created_at'", _TAKES_NAME]
    for n, point in enumerate(points):
        outcome = kp.kill_once(name, tmp_path, point, states)
        assert outcome.problems == [], (point, outcome)
        folder = tmp_path / f"k{n}"
        assert not (folder / kp.NAME).exists(), point
        assert outcome.said == [store.NEVER_MADE.format(name=kp.NAME)], (point, outcome)
        assert not list(folder.glob(f".{kp.NAME}*")), point  # its copy deleted
    # Killed after the finished file got its name, before the hidden one was removed:
    # the project is whole and the hidden name is cleared on opening.
    outcome = kp.kill_once(name, tmp_path, ".creating', -1)@@2", states)
    assert outcome.problems == [] and outcome.said == [], outcome
    assert kp.state(tmp_path / f"k{len(points)}", passphrase) == states[-1]


def test_a_demo_killed_while_written_leaves_no_half_demo_and_is_written_whole_again(tmp_path):
    # Killed while filled, and the instant the finished demo takes its name: nothing at
    # the name, and the next writing (the next first start) clears the killed one's copy.
    for outcome in _killed("demo", tmp_path, "INSERT INTO documents@@4", ".building'), "):
        assert outcome.problems == [], outcome
        assert outcome.done == 0, outcome


def test_making_a_project_again_after_a_stopped_making_says_so_once(tmp_path):
    import subprocess

    from workbench.core import store
    from workbench.core.project import Project

    _events, states = kp.clean_run("new", tmp_path)
    folder = tmp_path / "again"
    folder.mkdir()
    killed = subprocess.run(kp._command("new", folder), capture_output=True,
                            env=kp._env(folder, WB_KILL_ON="PRAGMA user_version = 9"))
    assert killed.returncode == -9
    assert not (folder / kp.NAME).exists() and list(folder.glob(f".{kp.NAME}.*.creating"))
    with Project.create(folder / kp.NAME, coder="amal") as project:
        assert project.notices == [store.STOPPED_CREATION.format(name=kp.NAME)]
    assert sorted(p.name for p in folder.glob(f"*{kp.NAME}*")) == [kp.NAME]
    assert kp.state(folder) == states[-1]
    with Project.open(folder / kp.NAME) as project:
        assert project.notices == []


@pytest.mark.parametrize("name", ["merge", "import-qdpx", "export"])
def test_a_merge_a_refi_qda_import_and_an_export_killed_midway_leave_before_or_after(
        tmp_path, name):
    # Checked and held: each is one transaction (an export, a file renamed in whole);
    # killed inside it, the project is as before or after and the last export whole.
    events, states = kp.clean_run(name, tmp_path)
    for point in kp.spread(events, 4)[1:-1]:
        outcome = kp.kill_once(name, tmp_path, point, states)
        assert outcome.problems == [], (point, outcome)


def _cli(argv: list[str], capsys) -> str:
    from workbench.cli import main

    assert main(argv) == 0
    out = capsys.readouterr()
    return out.out + out.err


@pytest.mark.parametrize(("name", "written", "again"), [
    ("export", "out.json", ["export", "{p}", "--format", "json", "-o", "{out}"]),
    ("backup-to", "copy.wbproj", ["backup", "{p}", "{out}"]),
])
def test_a_write_killed_before_its_rename_leaves_a_marked_copy_the_next_one_clears_and_says(
        tmp_path, capsys, name, written, again):
    # Killed before the rename, an export left `out.json.part` and a backup to a named
    # file `copy.wbproj.partial`: the next one to the same name replaced it without a
    # word. Now the copy carries the pid that wrote it; the next one clears it and says so.
    from workbench.core.outfile import STOPPED_WRITE

    _events, states = kp.clean_run(name, tmp_path)
    # The export replaces the last one; the backup takes a new name (never over a file
    # that appeared meanwhile).
    outcome = kp.kill_once(name, tmp_path, "os.rename" if name == "export" else _TAKES_NAME,
                           states)
    assert outcome.problems == [], outcome
    folder = tmp_path / "k0"
    left = [p for p in folder.iterdir() if p.name.startswith(f".{written}.")
            and p.name.endswith(".part" if name == "export" else ".partial")]
    assert len(left) == 1, sorted(p.name for p in folder.iterdir())
    said = _cli([a.format(p=folder / kp.NAME, out=folder / written) for a in again], capsys)
    assert STOPPED_WRITE.format(name=written, part=left[0].name) in said
    assert sorted(p.name for p in folder.glob(f"*{written}*")) == [written]


def test_a_backup_into_a_folder_killed_before_its_rename_is_cleared_by_the_next_and_said(
        tmp_path, capsys):
    # `workbench backup p.wbproj saved/` killed midway left `p-<time>.wbproj.partial`
    # in saved/, as big as the project, which no later command cleared or named.
    from workbench.core.outfile import STOPPED_WRITE

    _events, states = kp.clean_run("backup-into", tmp_path)
    outcome = kp.kill_once("backup-into", tmp_path, _TAKES_NAME, states)
    assert outcome.problems == [], outcome
    saved = tmp_path / "k0" / "saved"
    left = sorted(p.name for p in saved.iterdir())
    assert len(left) == 1 and left[0].startswith(".p-") and left[0].endswith(".partial"), left
    said = _cli(["backup", str(tmp_path / "k0" / kp.NAME), str(saved)], capsys)
    target = left[0][1:].rsplit(".", 2)[0]  # ".p-<time>.wbproj.PID.partial"
    assert STOPPED_WRITE.format(name=target, part=left[0]) in said
    made = [p.name for p in saved.iterdir()]
    assert len(made) == 1 and made[0].startswith("p-") and made[0].endswith(".wbproj")


@pytest.mark.parametrize(("name", "dest"), [("backup-to", "copy.wbproj"),
                                            ("backup-into", "saved")])
def test_a_backup_killed_while_made_one_file_leaves_its_log_which_the_next_clears(
        tmp_path, capsys, name, dest):
    # The copy the backup API makes is in WAL mode until it is switched to one file;
    # killed there, its -wal and -shm stayed beside it. The next backup to the same
    # name or folder deletes the three, in one sentence naming the copy.
    _events, states = kp.clean_run(name, tmp_path)
    outcome = kp.kill_once(name, tmp_path, "journal_mode = DELETE", states)
    assert outcome.problems == [], outcome
    folder = tmp_path / "k0"
    where = folder / dest if name == "backup-into" else folder
    left = sorted(p.name for p in where.glob(".*.partial*"))
    assert [n.rsplit(".", 1)[1] for n in left] == ["partial", "partial-shm", "partial-wal"]
    said = _cli(["backup", str(folder / kp.NAME), str(folder / dest)], capsys)
    assert said.count("was stopped before it finished") == 1 and left[0] in said
    assert not list(where.glob(".*.partial*"))


def test_a_project_a_later_schema_wrote_is_refused_and_unchanged_wherever_the_open_is_killed(
        tmp_path):
    # A later version upgraded the project and was switched off before a checkpoint:
    # the file's header names this version's schema, its -wal the later one. Opening it
    # is refused after SQLite has read the log; killed at any point of that open, the
    # project still holds what the later version wrote, and is refused again.
    from workbench.core import schema

    events, states = kp.clean_run("open-later", tmp_path)
    assert events > 0 and len(set(states)) == 1 and states[0][1] == schema.LATEST + 1
    for point in range(1, events + 1):
        outcome = kp.kill_once("open-later", tmp_path, point, states)
        assert outcome.problems == [], (point, outcome)
        assert [s for s in outcome.said if "made by a newer Workbench" in s], outcome


def test_an_upgrade_across_several_schema_steps_killed_inside_or_between_steps_finishes(
        tmp_path):
    # Each schema step is a transaction of its own: killed inside one (before it sets
    # its version) or between two, the next open finds the file at an earlier step,
    # keeps another copy from before the rest, and finishes the upgrade.
    from workbench.core import schema

    events, states = kp.clean_run("upgrade", tmp_path)
    assert events > 0
    points = ["PRAGMA user_version = 10", "('PRAGMA user_version',)@@12",
              f"PRAGMA user_version = {schema.LATEST}"]
    for n, point in enumerate(points):
        outcome = kp.kill_once("upgrade", tmp_path, point, states)
        assert outcome.problems == [], (point, outcome)
        folder = tmp_path / f"k{n}"
        copies = sorted(p.name for p in folder.glob(f"{kp.NAME}.before-upgrade-v*"))
        # The copy from before the first step, and the one the finishing open made.
        assert copies[0] == f"{kp.NAME}.before-upgrade-v1" and len(copies) == 2, copies


@pytest.mark.parametrize("kill_on", ["journal_mode = DELETE", _TAKES_NAME])
def test_a_timed_backup_killed_mid_copy_leaves_only_a_hidden_copy_never_listed(
        tmp_path, capsys, kill_on):
    # A timed backup wrote its copy as `p-<time>.wbproj.partial`, beside the backups,
    # cleared only once an hour old: every other write's unfinished copy is the hidden
    # `.NAME.PID.partial`, which the next write clears as soon as its process is gone.
    # Killed while the copy was being made one file, or once it was whole: the copy
    # (with its log) is hidden, no backup lists it, and the next backup clears it.
    from workbench.cli import main
    from workbench.core import backup
    from workbench.core.project import Project

    _events, states = kp.clean_run("backup", tmp_path)
    outcome = kp.kill_once("backup", tmp_path, kill_on, states)
    assert outcome.problems == [], outcome
    path = tmp_path / "k0" / kp.NAME
    folder = backup.default_folder(path)
    left = sorted(p.name for p in folder.iterdir() if "partial" in p.name)
    assert left and all(re.fullmatch(r"\.p-\d{8}T\d{6}\.\d{6}Z\.wbproj\.\d+\.partial"
                                     r"(-wal|-shm|-journal)?", n) for n in left), left
    whole = backup.listed(path)
    assert whole and all(p.name.endswith(".wbproj") and backup.check(p).ok for p in whole)
    assert main(["backups", str(path)]) == 0
    out = capsys.readouterr().out
    assert "partial" not in out and len(out.strip().splitlines()) == len(whole)
    with Project.open(path) as p:  # the next timed backup
        backup.make(p.conn, p.path, keep=10)
    assert not [p.name for p in folder.iterdir() if "partial" in p.name]


@pytest.mark.parametrize("name", ["incidents", "merge-incidents"])
def test_incident_writes_and_a_merge_of_moved_figures_killed_hold_their_incidents(tmp_path,
                                                                                  name):
    # The driver's state holds the incidents and who is in them: a kill that left a
    # figure in no incident, or in two, is a state no step left. The merge's undo and
    # redo (steps 2 and 3) put the incidents back as they were before and after it.
    events, states = kp.clean_run(name, tmp_path)
    # Every step changes what the state reads.
    assert all(a != b for i, a in enumerate(states) for b in states[i + 1:])
    if name == "merge-incidents":
        assert states[2][1:4] == states[0][1:4] and states[2][4] == states[0][4]
        assert states[3][4] == states[1][4]
    for point in kp.spread(events, 5)[1:-1]:
        outcome = kp.kill_once(name, tmp_path, point, states)
        assert outcome.problems == [], (point, outcome)
