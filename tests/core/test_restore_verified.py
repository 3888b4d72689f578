"""A restore checks the backup as ``verify`` checks a project before it replaces anything.

A backup edited with plain sqlite3 (as anyone holding the file could) still passes
SQLite's ``integrity_check``, and was restored without a word: the edited copy became
the evidence. Each test edits a backup so, and the restore must refuse it in one
sentence, leave the project as it was, and restore it only when told to, recording
that in the restored project's custody log."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPORT, SchemaBefore, add_doc, raw_connect
from workbench.core import backup, schema
from workbench.core.errors import ProjectError
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify

KEY = "correct horse battery"


def _project_with_backup(folder: Path, passphrase: str | None = None,
                         name: str = "p.wbproj") -> tuple[Path, Path, str]:
    """A project with one annotation, backed up, then given a second document."""
    with Project.create(folder / name, coder="tester", passphrase=passphrase) as p:
        doc = add_doc(p)
        ann = annotate_quote(p, doc, "casualty", "wounded four troops",
                             {"outcome": "wounded", "count_low": 4}).result
        made = backup.make(p.conn, p.path)
        add_doc(p, REPORT + "later\n", "later.txt")
    return folder / name, made, ann


def _edit(made: Path, sql: str, *params: object, passphrase: str | None = None) -> None:
    """Change a backup behind the program's back, as sqlite3 (or SQLCipher) would."""
    if passphrase:
        from workbench.core import store

        conn = store.connect_file(made, passphrase)
    else:
        conn = raw_connect(made, isolation_level=None)
    conn.execute(sql, params)
    conn.close()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("passphrase", [None, KEY], ids=["plain", "encrypted"])
def test_an_edited_backup_that_sqlite_calls_sound_is_refused_and_changes_nothing(
        tmp_path, passphrase):
    path, made, ann = _project_with_backup(tmp_path, passphrase)
    _edit(made, "UPDATE annotations SET fields = ? WHERE id = ?",
          '{"outcome": "killed", "count_low": 40}', ann, passphrase=passphrase)
    assert backup.check(made, passphrase).ok  # SQLite's check finds nothing wrong
    before, backup_bytes, files = path.read_bytes(), made.read_bytes(), _files(tmp_path)
    with pytest.raises(ProjectError) as refused:
        backup.restore(path, made, passphrase)
    said = str(refused.value)
    assert said.startswith(f"{made.name} was not restored, because it is not what p.wbproj "
                           f"wrote: annotation {ann}: its fields is ")
    assert "p.wbproj is as it was. To restore it anyway" in said
    assert f"`workbench restore-backup p.wbproj {made.name} --force`" in said
    assert refused.value.problems and refused.value.reason in said
    # Nothing replaced, nothing kept, nothing left beside the project or the backup.
    assert path.read_bytes() == before and made.read_bytes() == backup_bytes
    assert _files(tmp_path) == files
    with Project.open(path, passphrase=passphrase) as p:
        assert p.repo.stats()["documents"] == 2


@pytest.mark.parametrize("passphrase", [None, KEY], ids=["plain", "encrypted"])
def test_a_forced_restore_is_recorded_in_the_restored_projects_custody_log(
        tmp_path, passphrase):
    path, made, ann = _project_with_backup(tmp_path, passphrase)
    _edit(made, "DELETE FROM annotations WHERE id = ?", ann, passphrase=passphrase)
    notices: list[str] = []
    kept = backup.restore(path, made, passphrase, force=True, notices=notices,
                          coder="amal")
    assert kept is not None and kept.is_file()
    finding = f"annotation {ann}: it is missing from the annotations table"
    assert len(notices) == 1 and notices[0].startswith(f"{made.name} did not verify ({finding}")
    assert notices[0].endswith("it was restored anyway, as asked, and the custody log of "
                               "p.wbproj records it.")
    with Project.open(path, passphrase=passphrase) as p:
        entry = p.repo.custody()[-1]
        assert (entry["action"], entry["coder"], entry["filename"]) == ("restore", "amal",
                                                                        made.name)
        assert entry["detail"].startswith(f"restored from {made.name} although it did not "
                                          f"verify, as asked (--force): {finding}")
        report = verify(p)
    # The record is chained like every other entry; the edit is still found, not hidden.
    assert [q for q in report.problems if "custody" in q] == []
    assert any(finding in q for q in report.problems)


def test_a_sound_backup_forced_or_not_is_restored_without_a_record(tmp_path):
    path, made, _ann = _project_with_backup(tmp_path)
    notices: list[str] = []
    with Project.open(path) as p:
        custody = len(p.repo.custody())
    assert backup.restore(path, made, force=True, notices=notices) is not None
    assert notices == []
    with Project.open(path) as p:
        assert len(p.repo.custody()) == custody - 1  # the later document's import is gone
        assert p.repo.custody()[-1]["action"] != "restore"


def test_an_edited_log_entry_is_named(tmp_path):
    path, made, _ann = _project_with_backup(tmp_path)
    # The triggers that keep the log append-only are part of the file: dropped first,
    # as anyone rewriting history would.
    _edit(made, "DROP TRIGGER custody_no_update")
    _edit(made, "UPDATE custody SET filename = 'forged.txt' WHERE seq = 1")
    with pytest.raises(ProjectError, match="custody"):
        backup.restore(path, made)


def test_the_replaced_file_put_back_leaves_nothing_beside_the_project(tmp_path):
    # The kept replaced file is a byte copy of a project, in WAL mode: reading its copy
    # to check it would leave a -wal and -shm beside the restore's hidden copy.
    path, made, _ann = _project_with_backup(tmp_path)
    kept = backup.restore(path, made)
    assert kept is not None
    with open(kept, "rb") as fh:
        assert fh.read(20)[18] == 2  # WAL
    files = _files(tmp_path)
    again = backup.restore(path, kept)
    assert again is not None
    assert _files(tmp_path) == sorted([*files, str(again.relative_to(tmp_path))])
    with Project.open(path) as p:
        assert p.repo.stats()["documents"] == 2


def test_a_backup_of_an_older_schema_is_checked_as_this_version_reads_it(tmp_path,
                                                                      monkeypatch):
    older = SchemaBefore(monkeypatch, schema.LATEST)
    path, made, ann = _project_with_backup(tmp_path)
    older.stop()
    edited = made.with_name(made.name.replace(".wbproj", "0.wbproj"))
    edited.write_bytes(made.read_bytes())
    _edit(edited, "UPDATE annotations SET memo = 'planted' WHERE id = ?", ann)
    with pytest.raises(ProjectError, match=f"annotation {ann}: its memo"):
        backup.restore(path, edited)
    assert not list(tmp_path.glob(".p.wbproj*"))
    assert backup.restore(path, made) is not None  # the untouched one restores
    with Project.open(path) as p:
        assert schema.current_version(p.conn) == schema.LATEST
        assert verify(p).ok


def test_the_project_itself_is_not_taken_for_its_backup(tmp_path):
    path, _made, _ann = _project_with_backup(tmp_path)
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=r"is p.wbproj itself, not a backup of it; "
                                           r"nothing was changed\.$"):
        backup.restore(path, tmp_path / "." / "p.wbproj")
    assert path.read_bytes() == before
    assert backup.listed(path) == [_made]


def test_the_command_line_refuses_then_restores_when_forced(tmp_path, capsys):
    from workbench.cli import main

    path, made, ann = _project_with_backup(tmp_path)
    _edit(made, "UPDATE annotations SET status = 'rejected' WHERE id = ?", ann)
    before = path.read_bytes()
    assert main(["restore-backup", str(path), "1"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"workbench: {made.name} was not restored, because it is not "
                          f"what p.wbproj wrote: annotation {ann}: its status is")
    assert err.endswith(f"run `workbench restore-backup p.wbproj {made.name} --force`.")
    assert path.read_bytes() == before
    assert main(["restore-backup", str(path), "1", "--force"]) == 0
    out = capsys.readouterr().out
    assert f"{made.name} did not verify (annotation {ann}: its status is" in out
    assert f"Restored p.wbproj from {made.name}." in out
    with Project.open(path) as p:
        assert p.repo.custody()[-1]["action"] == "restore"


# --- the check's progress and its Cancel (the window runs it in a thread of its own) ---

def test_a_restore_reports_the_copy_then_each_stage_of_the_check(tmp_path):
    from workbench.core.restorecheck import COPYING
    from workbench.core.verify import STAGES

    path, made, _ann = _project_with_backup(tmp_path)
    heard: list[tuple[int, int, str]] = []
    backup.restore(path, made, progress=lambda *step: heard.append(step))
    of = len(STAGES) + 1
    assert heard == [(n, of, what) for n, what in enumerate((COPYING, *STAGES), 1)]
    with Project.open(path) as p:
        assert p.repo.stats()["documents"] == 1  # restored


@pytest.mark.parametrize("after", [0, 1, 4, 8], ids=["before-copy", "after-copy",
                                                      "mid-check", "after-check"])
@pytest.mark.parametrize("passphrase", [None, KEY], ids=["plain", "encrypted"])
def test_a_cancelled_restore_changes_nothing_and_leaves_no_copy(tmp_path, after,
                                                                passphrase):
    from workbench.core.restorecheck import RestoreCancelled

    path, made, _ann = _project_with_backup(tmp_path, passphrase)
    backup.default_folder(path).mkdir(exist_ok=True)
    before, backup_bytes, files = path.read_bytes(), made.read_bytes(), _files(tmp_path)
    asked = 0

    def cancelled() -> bool:  # says yes once asked ``after`` times
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(RestoreCancelled, match=rf"^The restore of {made.name} was "
                       "cancelled: p.wbproj is as it was, and nothing was left behind.$"):
        backup.restore(path, made, passphrase, cancelled=cancelled)
    assert asked == after + 1  # stopped at the first yes
    assert path.read_bytes() == before and made.read_bytes() == backup_bytes
    assert _files(tmp_path) == files  # no copy, no kept file, no log beside either
    with Project.open(path, passphrase=passphrase) as p:
        assert p.repo.stats()["documents"] == 2


def test_a_staged_copy_is_checked_while_the_project_is_open_and_put_in_place_after(
        tmp_path, monkeypatch):
    # The window checks the backup with its project open, asks, then closes it for the
    # rename: the copy checked is the one renamed in, not copied and checked again.
    from workbench.core import restorecheck

    path, made, ann = _project_with_backup(tmp_path)
    _edit(made, "DELETE FROM annotations WHERE id = ?", ann)
    with Project.open(path) as open_project:
        staged = backup.stage(path, made)
        assert open_project.repo.stats()["documents"] == 2
    assert staged.copy.is_file() and staged.problems
    assert staged.problems[0].startswith(f"annotation {ann}: it is missing")
    checks: list[Path] = []
    real = restorecheck.checked
    monkeypatch.setattr(restorecheck, "checked", lambda copy, *a, **k: checks.append(copy)
                        or real(copy, *a, **k))
    with pytest.raises(ProjectError, match="was not restored, because"):
        backup.restore(path, made, staged=staged)  # not forced: refused, copy gone
    assert not staged.copy.exists() and checks == []
    staged = backup.stage(path, made)
    assert len(checks) == 1
    checks.clear()
    notices: list[str] = []
    backup.restore(path, made, force=True, notices=notices, staged=staged)
    assert checks == []  # put in place as checked
    assert not staged.copy.exists() and notices
    with Project.open(path) as p:
        assert p.repo.stats()["documents"] == 1
        assert p.repo.custody()[-1]["action"] == "restore"


def test_a_discarded_staged_copy_leaves_nothing(tmp_path):
    path, made, _ann = _project_with_backup(tmp_path)
    backup.default_folder(path).mkdir(exist_ok=True)
    files = _files(tmp_path)
    staged = backup.stage(path, made)
    assert staged.copy.is_file() and not staged.problems
    staged.discard()
    assert _files(tmp_path) == files
