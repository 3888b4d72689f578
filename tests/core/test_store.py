import sqlite3

import pytest

from tests.helpers import make_project
from workbench.core import clock, schema, searchindex, store
from workbench.core.errors import ProjectError
from workbench.core.project import Project


def test_new_project_uses_wal_full_sync_and_foreign_keys(tmp_path):
    project = make_project(tmp_path)
    conn = project.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert schema.current_version(conn) == schema.LATEST
    project.close()


def test_creating_over_an_existing_file_is_refused(tmp_path):
    (tmp_path / "p.wbproj").write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(tmp_path / "p.wbproj")
    assert (tmp_path / "p.wbproj").read_text() == "keep me"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some notes\n", "not a SQLite file"),
        (b"SQLite format 3\x00" + b"\x13" * 3000, "damaged"),
    ],
)
def test_opening_a_wrong_or_corrupt_file_gives_one_sentence_and_changes_nothing(
    tmp_path, content, message
):
    path = tmp_path / "bad.wbproj"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message) as err:
        Project.open(path)
    assert str(err.value).endswith(").") or str(err.value).endswith(".")
    assert "\n" not in str(err.value)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_not_taken_for_a_project(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="not a Workbench project"):
        Project.open(path)


def test_a_project_from_a_newer_version_is_refused(tmp_path):
    make_project(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "p.wbproj")
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(ProjectError, match="newer Workbench"):
        Project.open(tmp_path / "p.wbproj")


def test_missing_file(tmp_path):
    with pytest.raises(ProjectError, match="no such project file"):
        Project.open(tmp_path / "nope.wbproj")


def test_a_folder_is_called_a_folder(tmp_path):
    # A folder named like a project (or the folder that holds one, picked by mistake)
    # exists: "no such project file" would send the user looking for a lost file.
    (tmp_path / "field.wbproj").mkdir()
    with pytest.raises(ProjectError, match=r"field\.wbproj: this is a folder, not a project"):
        Project.open(tmp_path / "field.wbproj")


def test_failed_transaction_leaves_nothing_behind(tmp_path):
    project = make_project(tmp_path)
    logged = len(project.repo.audit())
    with pytest.raises(RuntimeError), project.write("x") as tx:
        tx.set_meta("half", "written")
        tx.insert("actor", {"id": "a1", "name": "Crescent Brigade", "created_at": "t",
                            "modified_at": "t"})
        raise RuntimeError("crash in the middle")
    assert project.repo.meta("half") is None
    assert project.repo.get("actor", "a1") is None
    assert len(project.repo.audit()) == logged
    assert project.undo_stack == []
    project.close()


def test_a_full_disk_gives_one_sentence_and_keeps_the_project(tmp_path):
    from tests.helpers import REPORT, add_doc
    from workbench.core.errors import StorageError
    from workbench.core.ops import annotations as ann_ops

    project = make_project(tmp_path)
    doc = add_doc(project)
    ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk filled up
    before = (project.repo.documents(), project.repo.annotations(), len(project.repo.audit()))
    with pytest.raises(StorageError, match="disk is full; the project is unchanged"):
        add_doc(project, REPORT * 400, "long.txt")
    assert not project.conn.in_transaction
    assert (project.repo.documents(), project.repo.annotations(),
            len(project.repo.audit())) == before
    project.conn.execute("PRAGMA max_page_count = 1073741823")
    add_doc(project, REPORT * 400, "long.txt")  # works again once there is room
    assert len(project.repo.documents()) == 2
    project.close()


def test_a_locked_project_is_reported_not_raised(tmp_path):
    import sqlite3

    from workbench.core.errors import StorageError

    project = make_project(tmp_path)
    project.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(tmp_path / "p.wbproj", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="another program is writing"), \
                project.write("x") as tx:
            tx.set_meta("k", "v")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert project.repo.meta("k") is None
    project.close()


def test_a_write_that_fails_as_it_begins_ends_its_transaction(tmp_path, monkeypatch):
    """A read right after BEGIN IMMEDIATE failing (a disk error, an interrupt) used to
    leave the transaction open: ``with`` runs no __exit__ when __enter__ raises, so the
    write lock stayed held and every later write said "cannot start a transaction
    within a transaction" until the project was closed."""
    from tests.helpers import add_doc
    from workbench.core.errors import StorageError
    from workbench.core.repo import Repo

    project = make_project(tmp_path)

    def failing(self):
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as m:
        m.setattr(Repo, "derives_quotes", failing)
        with pytest.raises(StorageError, match="disk I/O error; the project is unchanged"):
            add_doc(project)
    assert not project.conn.in_transaction
    add_doc(project)  # the next write works
    assert len(project.repo.documents()) == 1
    project.close()


def test_a_begin_stopped_part_way_does_not_leave_the_write_open(tmp_path):
    # SQLite can stop BEGIN IMMEDIATE after it has left autocommit (here its progress
    # handler, as tests/core/interrupt.py stops writes): the error was reported, but
    # the connection stayed inside the transaction, so every later change of the
    # window was refused with "cannot start a transaction within a transaction" and
    # its reads saw a frozen snapshot until the project was opened again.
    from tests.core.interrupt import stopped_at
    from tests.helpers import add_doc
    from workbench.core.errors import StorageError
    from workbench.core.ops import annotations as ann_ops

    project = make_project(tmp_path)
    doc = add_doc(project)
    with stopped_at(project.conn, 1, every=5), pytest.raises(StorageError, match="unchanged"):
        ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
    assert not project.conn.in_transaction
    ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
    assert len(project.repo.annotations()) == 1
    project.close()


def test_a_project_not_created_for_a_full_disk_is_a_sentence_and_leaves_nothing(
        tmp_path, monkeypatch):
    """A new project writes some 700 KB at once; on a nearly full card (a 700 KB tmpfs)
    `workbench new` ended in SQLite's "database or disk is full" as a traceback."""
    from workbench.core import store
    from workbench.core.errors import StorageError

    real = schema.migrate

    def fill_up(conn, **kw):
        real(conn, **kw)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(schema, "migrate", fill_up)
    with pytest.raises(StorageError, match=r"^p.wbproj was not created because the disk is "
                                           r"full; nothing was left behind\.$"):
        store.create(tmp_path / "p.wbproj")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("free, said", [
    (20 * 1024, r"^p.wbproj cannot be opened because the disk it is on is full"),
    (50 * 1024**3, r"^p.wbproj is damaged and cannot be opened \(disk I/O error\)"),
])
def test_a_project_that_cannot_be_opened_on_a_full_disk_is_not_called_damaged(
        tmp_path, monkeypatch, free, said):
    """On a full card SQLite cannot make the -shm beside the project ("disk I/O error"),
    and the sentence called the project damaged and pointed to its backups: a user may
    well restore one over good work. With room on the disk, it still says damaged."""
    import collections
    import shutil

    from workbench.core import store
    from workbench.core.errors import WorkbenchError

    make_project(tmp_path).close()
    intact = (tmp_path / "p.wbproj").read_bytes()

    def no_shm(*a, **k):
        raise sqlite3.OperationalError("disk I/O error")

    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(store, "connect_file", no_shm)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9 - free, free))
    with pytest.raises(WorkbenchError, match=said):
        Project.open(tmp_path / "p.wbproj")
    assert (tmp_path / "p.wbproj").read_bytes() == intact


@pytest.mark.parametrize("steps", [0, 1, 9, schema.LATEST])
def test_a_project_an_earlier_version_left_half_made_is_refused_as_it_is(tmp_path, steps):
    # An earlier version made a new project in place: killed part-way, it left a file
    # of a few schema steps (or all of them, without its creation time), which opening
    # upgraded and showed as an empty project, as if whole.
    import sqlite3

    path = tmp_path / "p.wbproj"
    conn = sqlite3.connect(path, isolation_level=None)
    searchindex.register(conn)  # the functions the later steps' index needs
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    if steps:
        schema.migrate(conn, upto=steps, now=clock.now())
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError) as err:
        Project.open(path)
    assert str(err.value) == store.HALF_MADE.format(
        name="p.wbproj", what=f"a project of {steps} of its {schema.LATEST} schema steps")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.wbproj"]  # no copy, no upgrade


def test_an_empty_file_at_a_projects_name_is_said_to_be_one(tmp_path):
    path = tmp_path / "p.wbproj"
    path.touch()  # an earlier version killed as it began making the project
    with pytest.raises(ProjectError, match="is an empty file and holds nothing"):
        Project.open(path)
    assert path.read_bytes() == b"" and [p.name for p in tmp_path.iterdir()] == ["p.wbproj"]


def test_a_new_project_beside_a_deleted_ones_log_is_refused_and_gets_none_of_its_rows(
        tmp_path):
    """A project killed with its log unmerged, then its file deleted by hand, left
    p.wbproj-wal; a new project of that name read that log and held the deleted project's
    rows (an actor record of it came back in the new, "empty" project)."""
    import shutil

    from workbench.core.ops import actors as actor_ops

    path = tmp_path / "p.wbproj"
    old = Project.create(path)
    actor_ops.add_actor(old, "Deleted Brigade")
    kept = tmp_path / "kept"
    kept.mkdir()
    for suffix in ("-wal", "-shm"):  # what a killed process leaves beside its file
        shutil.copy(f"{path}{suffix}", kept / f"p.wbproj{suffix}")
    old.close()
    path.unlink()
    for suffix in ("-wal", "-shm"):
        shutil.copy(kept / f"p.wbproj{suffix}", f"{path}{suffix}")
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir() if p.is_file())
    with pytest.raises(ProjectError, match=r"p\.wbproj-wal, left by a deleted project"):
        Project.create(path)
    assert sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir()
                  if p.is_file()) == before  # nothing made, the log left for the user
