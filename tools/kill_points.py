"""Kill points: SIGKILL a process in the middle of each kind of write, at chosen steps.

A *scenario* is one write path (an import in batches, a restore, an encryption...). Its
writer runs in a child process that counts *events* as they are about to happen: every
SQL statement on every connection it opens (plain or encrypted), and every file it
renames, deletes or opens for writing. With ``WB_KILL_AT=N`` the child kills itself
with SIGKILL just before the N-th event, as a power cut or ``kill -9`` would stop it.
The writer prints ``done K`` after its K-th step returned: a step the user was told was
saved. A clean run (no kill) stops after each step until told to go on, so the state
after every step is taken from the files themselves.

After each kill the project is opened as a user would open it, and checked: it opens
(no traceback), ``verify`` finds nothing, it holds the state after one of the steps and
at least every step reported done, no temporary copy, journal or unfinished file is
left, and whatever the open said to the user is kept for the report.

    python tools/kill_points.py [--points 12] [SCENARIO ...]      (the campaign)
    python tools/kill_points.py child SCENARIO FOLDER              (a writer; started here)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(ROOT))

OLD, NEW = "first passphrase 1", "second passphrase 2"
PASSPHRASES = (None, OLD, NEW)


def _keys(first: str | None = None) -> tuple[str | None, ...]:
    """The passphrases to try, ``first`` first: a wrong one costs a key derivation (a
    fraction of a second under load), and the key that opened the project last is
    almost always the one that opens it (and its backups) now."""
    return (first, *(k for k in PASSPHRASES if k != first))
NAME = "p.wbproj"
# Names a stopped write may leave that the next open must have cleared (or never made).
STRAY_MARKS = (".partial", ".converting", ".restoring", ".creating", ".building", "-journal")

REPORTS = [
    "Shelling in Port Halden killed 12 civilians on Sunday, the health office said.\n",
    "Three fishermen were wounded near the harbour on 4 May 2026, witnesses said.\n",
    "An air strike on the market in Dar Salim killed 7 people, among them two children.\n",
    "Two aid workers were abducted on the coast road on Tuesday, their agency said.\n",
    "A roadside bomb wounded 5 soldiers near the ridge on 9 June 2026, the army said.\n",
    "Gunmen killed a teacher in Wadi Sahl on Friday, according to local residents.\n",
]


# --- the child: count events, die at the chosen one -------------------------------------


class _Killer:
    def __init__(self, kill_at: int) -> None:
        self.kill_at, self.seen = kill_at, 0
        # Or at the n-th event that names a text ("TEXT" or "TEXT@@n").
        text, _, nth = os.environ.get("WB_KILL_ON", "").partition("@@")
        self.kill_on, self.kill_nth = text, int(nth or 1)
        self.log = os.environ.get("WB_EVENTS") == "1"

    def event(self, *what: Any) -> None:
        self.seen += 1
        if self.kill_on and self.kill_on in str(what):
            self.kill_nth -= 1
            if not self.kill_nth:
                os.kill(os.getpid(), 9)
        if self.log:  # WB_EVENTS=1: name each event, to see where a kill point falls
            said = str(what)
            for key in PASSPHRASES[1:]:
                said = said.replace(str(key), "…")  # no passphrase on the terminal
            print(f"event {self.seen}: {said[:160]}", file=sys.stderr, flush=True)
        if self.seen == self.kill_at:
            os.kill(os.getpid(), 9)  # SIGKILL: no cleanup, no flush, as a power cut

    def watch(self, conn: Any) -> Any:
        conn.set_trace_callback(self.event)
        return conn

    def audit(self, name: str, args: tuple[Any, ...]) -> None:
        if name in ("os.rename", "os.link", "os.remove", "os.truncate", "shutil.copyfile"):
            self.event(name, *args[:2])
        elif name == "open" and _writes(args):
            self.event(name, args[0])


def _writes(args: tuple[Any, ...]) -> bool:
    mode, flags = (*args, None, None)[1:3]
    if isinstance(mode, str):
        return any(c in mode for c in "wax+")
    return isinstance(flags, int) and bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))


def _watched(connect: Callable[..., Any], killer: _Killer) -> Callable[..., Any]:
    return lambda *a, **k: killer.watch(connect(*a, **k))


def child(name: str, folder: Path) -> int:
    killer = _Killer(int(os.environ.get("WB_KILL_AT", "0")))
    sys.addaudithook(killer.audit)
    import sqlite3

    from workbench.core import dbapi, store

    store.KDF_ITER = int(os.environ.get("WB_KDF_ITER", store.KDF_ITER))
    # Every connection is watched: both builds' connect, looked up at each call.
    for module in (sqlite3, dbapi._cipher):
        if module is not None:
            module.connect = _watched(module.connect, killer)
    pause = os.environ.get("WB_PAUSE") == "1"
    for k, _ in enumerate(SCENARIOS[name].writer(folder), 1):
        print(f"done {k}", flush=True)
        if pause:
            sys.stdin.readline()
    print(f"events {killer.seen}", flush=True)
    return 0


# --- scenarios: set up in the parent, written in the child ------------------------------


def _project(folder: Path, docs: int = 3, passphrase: str | None = None) -> Path:
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    path = folder / NAME
    with Project.create(path, coder="amal", passphrase=passphrase) as p:
        for i, text in enumerate(REPORTS[:docs]):
            import_bytes(p, text.encode(), f"r{i}.txt", sandbox=False)
    return path


def _open(folder: Path, passphrase: str | None = None) -> Any:
    from workbench.core.project import Project

    return Project.open(folder / NAME, coder="amal", passphrase=passphrase)


def _with_backups(folder: Path, passphrase: str | None = None, count: int = 2) -> Path:
    from workbench.core import backup
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    path = folder / NAME
    # One connection for the project and its backups: an encrypted one opened again
    # would cost a key derivation for nothing.
    with Project.create(path, coder="amal", passphrase=passphrase) as p:
        for i, text in enumerate(REPORTS[:3]):
            import_bytes(p, text.encode(), f"r{i}.txt", sandbox=False)
        for _ in range(count):
            backup.make(p.conn, path)
    return path


def _import_batches(folder: Path) -> Iterator[None]:
    from workbench.core.ops.batch_import import import_many

    for i, text in enumerate(REPORTS):
        (folder / f"in{i}.txt").write_text(text, encoding="utf-8")
    with _open(folder) as p:
        files = sorted(folder.glob("in*.txt"))
        for _ in import_many(p, files, sandbox=False, jobs=1, batch_files=2,
                             early_files=2):
            yield


def _reimport(folder: Path) -> Iterator[None]:
    from workbench.core.ops.annotations import annotate_quote
    from workbench.core.ops.documents import reimport

    new = folder / "new.txt"
    new.write_text("Correction: shelling in Port Halden killed 14 civilians on Sunday, "
                   "the health office said.\n", encoding="utf-8")
    with _open(folder) as p:
        annotate_quote(p, 1, "casualty", "the health office said",
                       {"outcome": "killed", "count_low": 12})
        yield
        reimport(p, 1, new)
        yield


def _review(folder: Path) -> Iterator[None]:
    from workbench.core.ops import annotations, history
    from workbench.core.suggest import suggest_documents

    with _open(folder) as p:
        suggest_documents(p)
        yield
        ids = [a["id"] for a in p.repo.annotations() if a["status"] == "suggested"]
        annotations.set_status(p, ids[:2], "accepted")
        yield
        annotations.set_status(p, ids[2:], "rejected")
        yield
        history.undo(p)
        yield
        history.redo(p)
        yield


def _trash(folder: Path) -> Iterator[None]:
    from workbench.core.ops import annotations, codebook, documents

    with _open(folder) as p:
        ann = annotations.annotate_quote(p, 2, "casualty", "Three fishermen were wounded",
                                         {"outcome": "wounded", "count_low": 3}).result
        yield
        documents.trash_document(p, 1)
        yield
        annotations.trash_annotations(p, [ann])
        yield
        documents.restore_document(p, 1)
        yield
        codebook.add_field(p, "casualty", "source_count", "int")
        yield


def _reindex(folder: Path) -> Iterator[None]:
    from workbench.core.reindex import rebuild_indexes

    with _open(folder) as p:
        rebuild_indexes(p)
        yield


def _stale_index(folder: Path) -> Path:
    import sqlite3

    from workbench.core import searchindex

    path = _project(folder, docs=6)
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = ?", (searchindex.FOLD_META,))
    return path


def _open_only(folder: Path) -> Iterator[None]:
    with _open(folder):
        yield


def _old_project(folder: Path) -> Path:
    import sqlite3

    from workbench.core import clock, schema

    path = folder / NAME
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, upto=1, now=clock.now())
    text = "Militia fighters shelled the ridge road at dawn on Monday."
    data = text.encode()
    conn.execute("INSERT INTO originals(sha256, data, size) VALUES (?, ?, ?)",
                 (hashlib.sha256(data).hexdigest(), data, len(data)))
    conn.execute(
        "INSERT INTO documents(uuid, title, imported_at, original_sha256, text, text_sha256, "
        "importer, importer_version) VALUES ('u1', 'Old report', '2024-01-01T00:00:00Z', "
        "?, ?, ?, 'text', '1')", (hashlib.sha256(data).hexdigest(), text,
                                   hashlib.sha256(data).hexdigest()))
    conn.close()
    return path


_LATER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE later_notes (id INTEGER PRIMARY KEY, note TEXT)")
conn.execute("INSERT INTO later_notes(note) VALUES ('written by a later schema')")
conn.execute(f"PRAGMA user_version = {int(sys.argv[2])}")
conn.execute("COMMIT")
os._exit(0)  # switched off before a checkpoint: the later schema is only in the -wal
"""


def _later_project(folder: Path) -> Path:
    """A project a later Workbench upgraded to a schema this one does not read, and was
    switched off before it checkpointed: the file's header still names this version's
    schema, its -wal the later one."""
    from workbench.core import schema

    path = _project(folder)
    subprocess.run([sys.executable, "-c", _LATER, str(path), str(schema.LATEST + 1)],
                   env=_env(folder), check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


def _open_refused(folder: Path) -> Iterator[None]:
    """Opening it is refused; nothing about the file may change."""
    from workbench.core.errors import ProjectError

    try:
        _open(folder).close()
    except ProjectError:
        yield
        return
    raise AssertionError("a project of a later schema was opened")


def _later_state(folder: Path, _first: str | None = None) -> tuple[Any, ...]:
    """What a later version finds in the project: its schema and every row, read with
    plain SQLite from a copy (this version refuses to open it)."""
    import sqlite3

    path = folder / NAME
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("", "-wal"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", f"{tmp}/{NAME}{suffix}")
        conn = sqlite3.connect(f"{tmp}/{NAME}")
        from workbench.core import searchindex

        searchindex.register(conn)  # the index's view reads through its functions
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            dump = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()[:12]
        finally:
            conn.close()
    return (None, version, dump)  # no passphrase: the first part, as in state()


def _timed_backup(folder: Path) -> Iterator[None]:
    from workbench.core import backup

    with _open(folder) as p:
        backup.make(p.conn, p.path, keep=2)  # the third: the oldest is rotated out
        yield


def _backup_to(folder: Path) -> Iterator[None]:
    """``workbench backup p.wbproj copy.wbproj``: a copy to a file the user names."""
    from workbench.core import backup

    with _open(folder) as p:
        backup.copy(p.conn, p.path, folder / "copy.wbproj")
        yield


def _with_folder(folder: Path) -> Path:
    """The project, and an empty folder ``saved`` beside it to back it up into."""
    path = _project(folder)
    (folder / "saved").mkdir()
    return path


def _backup_into(folder: Path) -> Iterator[None]:
    """``workbench backup p.wbproj saved/``: a copy into a folder the user names."""
    from workbench.core import backup

    with _open(folder) as p:
        backup.copy(p.conn, p.path, folder / "saved")
        yield


def _restore(folder: Path) -> Iterator[None]:
    from workbench.core import backup

    path = folder / NAME
    backup.restore(path, backup.listed(path)[-1])
    yield


_LATE = """
import os, sys
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
p = Project.open(sys.argv[1], coder="amal")
import_bytes(p, sys.argv[2].encode(), "late.txt", sandbox=False)
os._exit(0)  # as a window switched off: the commit is in the -wal, never checkpointed
"""


def _backups_and_log(folder: Path) -> Path:
    from workbench.core.ops.importing import import_bytes

    path = _with_backups(folder)
    with _open(folder) as p:  # after the backups, so that none of them holds it
        import_bytes(p, REPORTS[3].encode(), "later.txt", sandbox=False)
    subprocess.run([sys.executable, "-c", _LATE, str(path), REPORTS[4]], env=_env(folder),
                   check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


def _encrypt(folder: Path) -> Iterator[None]:
    from workbench.core import crypto

    crypto.encrypt(folder / NAME, OLD)
    yield


def _decrypt(folder: Path) -> Iterator[None]:
    from workbench.core import crypto

    crypto.decrypt(folder / NAME, OLD)
    yield


def _rekey(folder: Path) -> Iterator[None]:
    from workbench.core import crypto

    crypto.change_passphrase(folder / NAME, OLD, NEW)
    yield


class _Stopped(Exception):
    pass


def _new(folder: Path, passphrase: str | None = None) -> Iterator[None]:
    from workbench.core.project import Project

    Project.create(folder / NAME, coder="amal", passphrase=passphrase).close()
    yield


def _demo(folder: Path) -> Iterator[None]:
    """``workbench demo p.wbproj`` (the first start writes the same)."""
    from workbench.core.demo import build_demo

    build_demo(folder / NAME, coder="amal")
    yield


def _demo_again(folder: Path) -> list[str]:
    """A killed demo leaves no half-made project at its name; the next first start
    writes it again, which clears what the killed one left (``.NAME.PID.building``)."""
    from workbench.core.demo import build_demo

    problems = _made_whole(folder)
    if not problems and not (folder / NAME).exists():
        build_demo(folder / NAME, coder="amal")
    return problems


def _made_whole(folder: Path) -> list[str]:
    """A file at the project's name is a whole project: made to the latest schema and
    finished (``created_at`` is written last). Read before anything opens it for
    writing, which would take a half-made file for an older project and upgrade it."""
    from workbench.core import dbapi, schema, store

    path = folder / NAME
    if not path.exists():
        return []
    try:
        conn = store._connect_read_only(path, OLD if _encrypted(path) else None)
    except Exception as err:
        return [f"{NAME} cannot be read as a project ({type(err).__name__}: {err})"]
    try:
        version = schema.current_version(conn)
        try:
            made = conn.execute(
                "SELECT count(*) FROM meta WHERE key = 'created_at'").fetchone()[0]
        except dbapi.DatabaseError:
            made = 0
    finally:
        conn.close()
    if version == schema.LATEST and made:
        return []
    return [f"a half-made project at {NAME} (schema {version} of {schema.LATEST}, "
            f"{'finished' if made else 'never finished'}): the next open takes it for an "
            "older project and upgrades it"]


def _with_source(folder: Path) -> Path:
    """The project, and a coder's copy of it with a new document and an annotation."""
    from workbench.core.ops.annotations import annotate_quote
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    path = _project(folder)
    shutil.copyfile(path, folder / "src.wbproj")
    with Project.open(folder / "src.wbproj", coder="basma") as src:
        import_bytes(src, REPORTS[3].encode(), "r3.txt", sandbox=False)
        annotate_quote(src, 1, "casualty", "killed 12 civilians",
                       {"outcome": "killed", "count_low": 12})
    return path


def _merge(folder: Path) -> Iterator[None]:
    from workbench.core.merge import merge_projects

    with _open(folder) as p:
        merge_projects(p, [folder / "src.wbproj"])
        yield


def _with_figures(folder: Path) -> Path:
    """The project with four casualty figures in three reports, none in an incident."""
    from workbench.core.ops.annotations import annotate_quote
    from workbench.core.project import Project

    path = _project(folder)
    with Project.open(path, coder="amal") as p:
        for doc, quote, fields in FIGURES:
            annotate_quote(p, doc, "casualty", quote, fields)
    return path


FIGURES = (
    (1, "killed 12 civilians", {"outcome": "killed", "count_low": 12, "group": "civilians"}),
    (2, "Three fishermen were wounded", {"outcome": "wounded", "count_low": 3,
                                         "group": "fishermen"}),
    (3, "killed 7 people", {"outcome": "killed", "count_low": 7, "group": "people"}),
    (3, "two children", {"outcome": "killed", "count_low": 2, "group": "children"}),
)


def _incidents(folder: Path) -> Iterator[None]:
    """Every kind of incident write, each one transaction: made, a best figure set by
    hand, a figure added, a second incident merged into the first, the first trashed
    and restored, and the restore undone and redone."""
    from workbench.core.incidents import ops
    from workbench.core.ops import history

    with _open(folder) as p:
        figs = [a["id"] for a in sorted(p.repo.annotations(), key=lambda a: a["doc_id"])]
        keep = ops.create_incident(p, "Port Halden shelling", members=figs[:2],
                                   start_date="2026-05-03").result
        yield
        ops.set_best(p, keep, "killed", 12, "the health office's count")
        yield
        other = ops.create_incident(p, "Dar Salim market", members=figs[2:3]).result
        yield
        ops.add_members(p, other, figs[3:])
        yield
        ops.merge_incidents(p, keep, other)
        yield
        ops.trash_incident(p, keep)
        yield
        ops.restore_incident(p, keep)
        yield
        history.undo(p)
        yield
        history.redo(p)
        yield


def _with_incident_source(folder: Path) -> Path:
    """The project with two figures in an incident, and a coder's copy in which she set
    its best figure, made a second incident and moved a figure into it."""
    from workbench.core.incidents import ops
    from workbench.core.project import Project

    path = _with_figures(folder)
    with Project.open(path, coder="amal") as p:
        figs = [a["id"] for a in sorted(p.repo.annotations(), key=lambda a: a["doc_id"])]
        first = ops.create_incident(p, "Port Halden shelling", members=figs[:3]).result
    shutil.copyfile(path, folder / "src.wbproj")
    with Project.open(folder / "src.wbproj", coder="basma") as src:
        ops.set_best(src, first, "killed", 12, "the health office's count")
        second = ops.create_incident(src, "Dar Salim market", members=figs[3:]).result
        ops.move_members(src, first, second, figs[2:3])
    return path


def _merge_undo_redo(folder: Path) -> Iterator[None]:
    from workbench.core.merge import merge_projects
    from workbench.core.ops import history

    with _open(folder) as p:
        merge_projects(p, [folder / "src.wbproj"])
        yield
        history.undo(p)
        yield
        history.redo(p)
        yield


def _with_qdpx(folder: Path) -> Path:
    """The project, and a REFI-QDA file of another project's three reports, annotated."""
    from workbench.core.exchange import write_file
    from workbench.core.ops.annotations import annotate_quote
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    path = _project(folder)
    other = folder / "other" / NAME
    other.parent.mkdir()
    with Project.create(other, coder="basma") as o:
        for i, text in enumerate(REPORTS[3:]):
            import_bytes(o, text.encode(), f"q{i}.txt", sandbox=False)
        annotate_quote(o, 1, "casualty", "Two aid workers were abducted",
                       {"outcome": "captured", "count_low": 2})
        write_file(o, "qdpx", folder / "team.qdpx")
    shutil.rmtree(other.parent)
    return path


def _qdpx(folder: Path) -> Iterator[None]:
    from workbench.core.exchange.qdpx_read import read_qdpx

    with _open(folder) as p:
        read_qdpx(p, folder / "team.qdpx")
        yield


def _with_export(folder: Path) -> Path:
    """The project with one annotation, exported as JSON to ``out.json``."""
    from workbench.core.exporters import export_file
    from workbench.core.ops.annotations import annotate_quote

    path = _project(folder)
    with _open(folder) as p:
        annotate_quote(p, 1, "casualty", "killed 12 civilians",
                       {"outcome": "killed", "count_low": 12})
        export_file(p, "json", folder / "out.json")
    return path


def _export(folder: Path) -> Iterator[None]:
    from workbench.core.exporters import export_file
    from workbench.core.ops.annotations import annotate_quote

    with _open(folder) as p:
        annotate_quote(p, 2, "casualty", "Three fishermen were wounded",
                       {"outcome": "wounded", "count_low": 3})
        yield
        export_file(p, "json", folder / "out.json")
        yield


def _export_whole(folder: Path) -> list[str]:
    """``out.json`` is an export, whole: the one before (one annotation) or the new
    one (two); a ``.part`` beside it is the unfinished one, never read as the export."""
    import json

    try:
        held = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return [f"out.json is not a whole export ({err})"]
    count = len(held) if isinstance(held, list) else len(held.get("annotations", held))
    return [] if count in (1, 2) else [f"out.json holds {count} annotation(s)"]


def _encrypted(path: Path) -> bool:
    from workbench.core import crypto

    return crypto.is_encrypted(path)


def _rekey_stopped(folder: Path) -> Path:
    """A change of passphrase from OLD to NEW stopped after the project and its first
    backup, as a kill there leaves it: the second backup on OLD, the note kept."""
    from workbench.core import crypto

    path = _with_backups(folder, OLD)
    real, done = crypto._convert_backup, []

    def first_only(b: Path, old: str | None, new: str) -> bool:
        if done:
            raise _Stopped
        done.append(b)
        return real(b, old, new)

    crypto._convert_backup = first_only  # type: ignore[assignment]
    try:
        crypto.change_passphrase(path, OLD, NEW)
    except _Stopped:
        pass
    finally:
        crypto._convert_backup = real  # type: ignore[assignment]
    assert len(crypto.rekey_unfinished(path)) == 1
    return path


def _restore_keyed(folder: Path) -> Iterator[None]:
    from workbench.core import backup

    path = folder / NAME
    backup.restore(path, backup.listed(path)[-1], NEW)  # the backup re-keyed before the stop
    yield


def _rotation_pending(now: tuple[Any, ...], states: list[tuple[Any, ...]]) -> str | None:
    """A backup killed after its copy was renamed in, before rotation: one backup more
    than kept, all whole; the next backup rotates."""
    before, after = states[0], states[-1]
    if now[:-1] == before[:-1] and len(now[-1]) == len(after[-1]) + 1:
        return "the new backup is made, the oldest not yet rotated out (the next backup does)"
    return None


@dataclass(frozen=True)
class Scenario:
    setup: Callable[[Path], Path]
    writer: Callable[[Path], Iterator[None]]
    what: str
    # A state between two steps that is accepted, and why (None: not accepted).
    accept: Callable[[tuple[Any, ...], list[tuple[Any, ...]]], str | None] = (
        lambda now, states: None)
    # Problems the path's own kind of write may leave, looked for in the killed folder
    # before it is opened (an open may hide them, as an upgrade hides a half-made file).
    check: Callable[[Path], list[str]] = lambda folder: []
    # For a project this version refuses to open: the words of the refusal every open
    # must give, and how its state is read instead of opening it.
    refused: str | None = None
    state: Callable[[Path, str | None], tuple[Any, ...]] | None = None


SCENARIOS: dict[str, Scenario] = {
    "new": Scenario(lambda f: f / NAME, _new, "a new project made", check=_made_whole),
    "new-encrypted": Scenario(lambda f: f / NAME, lambda f: _new(f, OLD),
                              "a new encrypted project made", check=_made_whole),
    "demo": Scenario(lambda f: f / NAME, _demo,
                     "the demo project written (and written again after a kill)",
                     check=_demo_again),
    "import": Scenario(lambda f: _project(f, docs=0), _import_batches,
                       "six files imported in batches of two"),
    "reimport": Scenario(_project, _reimport, "a quote annotated, then its document re-imported"),
    "review": Scenario(_project, _review,
                       "suggestions made, accepted, rejected, undone and redone"),
    "trash": Scenario(_project, _trash,
                      "a document and an annotation trashed and restored, a field added"),
    "reindex": Scenario(lambda f: _project(f, docs=6), _reindex, "the indexes rebuilt"),
    "open-rebuild": Scenario(_stale_index, _open_only,
                             "the search index rebuilt on opening (made by another version)"),
    "upgrade": Scenario(_old_project, _open_only, "a first-schema project upgraded on opening"),
    "open-later": Scenario(_later_project, _open_refused,
                           "a project a later schema wrote, its opening refused",
                           refused="was made by a newer Workbench", state=_later_state),
    "backup": Scenario(_with_backups, _timed_backup, "a timed backup with rotation",
                       _rotation_pending),
    "backup-to": Scenario(_project, _backup_to, "a backup to a file the user names"),
    "backup-into": Scenario(_with_folder, _backup_into, "a backup into a folder the user names"),
    "restore": Scenario(_backups_and_log, _restore,
                        "a backup restored over a project whose last commit is in its -wal"),
    "encrypt": Scenario(_with_backups, _encrypt, "a project and its backups encrypted"),
    "decrypt": Scenario(lambda f: _with_backups(f, OLD), _decrypt, "a project decrypted"),
    "rekey": Scenario(lambda f: _with_backups(f, OLD), _rekey,
                      "a project and its backups given a new passphrase"),
    "merge": Scenario(_with_source, _merge, "a coder's copy merged into the project"),
    "incidents": Scenario(_with_figures, _incidents,
                          "incidents made, merged, trashed and restored, undone and redone"),
    "merge-incidents": Scenario(_with_incident_source, _merge_undo_redo,
                                "a coder's copy that moved a figure between incidents "
                                "merged, the merge undone and redone"),
    "import-qdpx": Scenario(_with_qdpx, _qdpx, "a REFI-QDA project imported"),
    "export": Scenario(_with_export, _export,
                       "an annotation made, then exported over the last export",
                       check=_export_whole),
    "rekey-finish": Scenario(_rekey_stopped, _rekey,
                             "a change of passphrase stopped after one backup, finished"),
    "restore-rekeying": Scenario(_rekey_stopped, _restore_keyed,
                                 "a backup with the new passphrase restored while a change "
                                 "of passphrase is unfinished"),
}


# --- the parent: run, kill, open and check ---------------------------------------------


def _env(folder: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    env["XDG_DATA_HOME"] = str(folder / "data")  # the user's data folder, for backups
    for name in ("WB_KILL_AT", "WB_KILL_ON", "WB_PAUSE", "WB_EVENTS"):
        env.pop(name, None)
    from workbench.core import store

    # The child keys projects as this process does (the suite keys them more cheaply).
    env["WB_KDF_ITER"] = str(store.KDF_ITER)
    return {**env, **extra}


def _command(name: str, folder: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "child", name, str(folder)]


def state_of(name: str, folder: Path, first: str | None = None) -> tuple[Any, ...]:
    """The scenario's own reading of the state, or :func:`state`."""
    return (SCENARIOS[name].state or state)(folder, first)


def state(folder: Path, first: str | None = None) -> tuple[Any, ...]:
    """What the project holds, as far as a user can tell: which passphrase opens it,
    its documents, annotations, codebook and log length, and its backups' keys."""
    from workbench.core import crypto
    from workbench.core.errors import PassphraseNeeded, WrongPassphrase

    if not (folder / NAME).exists():
        return ABSENT
    for key in _keys(first):
        try:
            project = _open(folder, key)
        except (PassphraseNeeded, WrongPassphrase):
            continue
        break
    else:
        raise AssertionError("no passphrase opens the project")
    with project:
        def q(sql: str) -> tuple[Any, ...]:
            return tuple(tuple(r) for r in project.conn.execute(sql))
        # A plain project opens whatever key is given: it needs none.
        held = (key if project.encrypted else None,
                q("SELECT title, text_sha256, deleted_at IS NULL FROM documents ORDER BY id"),
                q("SELECT doc_id, start, end, kind, status, deleted_at IS NULL "
                  "FROM annotations ORDER BY doc_id, start, end, kind"),
                hashlib.sha256(repr(q("SELECT name, spec FROM codebook ORDER BY name"))
                               .encode()).hexdigest()[:12],
                # Incidents and who is in them, what a tally counts: by title and by
                # the figure's place, as ids and times differ from one run to the next.
                hashlib.sha256(repr((
                    q("SELECT title, status, json_extract(best, '$.killed/all.value'), "
                      "deleted_at IS NULL FROM incidents ORDER BY title"),
                    q("SELECT i.title, a.doc_id, a.start, a.end, m.deleted_at IS NULL "
                      "FROM incident_members m JOIN incidents i ON i.id = m.incident_id "
                      "JOIN annotations a ON a.id = m.annotation_id ORDER BY 1, 2, 3, 4, 5")))
                    .encode()).hexdigest()[:12],
                q("SELECT count(*) FROM audit")[0][0])
    from workbench.core.backup import folders

    # The copy a restore keeps of the file it replaces is left out: one kept by a restore
    # killed before it replaced anything is a spare copy of the project as it is (it must
    # still restore: ``_unsound_backups``).
    backups = sorted(crypto.is_encrypted(b) for f in folders(folder / NAME) if f.is_dir()
                     for b in f.glob("*.wbproj") if not b.name.endswith("-replaced.wbproj"))
    return (*held, backups)


# The state of a folder without a project (before one is made).
ABSENT: tuple[Any, ...] = (None, "no project", (), "", "", 0, [])
PARTS = ("passphrase", "documents", "annotations", "codebook", "incidents", "log length",
         "backups")


def _snapshot(folder: Path, into: Path) -> Path:
    shutil.copytree(folder, into, ignore=shutil.ignore_patterns("in*.txt"))
    return into


@dataclass
class Outcome:
    """One kill: the step reached, what the next open said, and what was wrong."""

    kill_at: int | str
    done: int
    said: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    accepted: str | None = None  # a state between two steps, and why it is acceptable


@dataclass
class Campaign:
    name: str
    events: int
    steps: int
    outcomes: list[Outcome] = field(default_factory=list)

    def line(self) -> str:
        bad = [o for o in self.outcomes if o.problems]
        said = sorted({s[:90] + "…" for o in self.outcomes for s in o.said})
        between = sorted({o.accepted for o in self.outcomes if o.accepted})
        return (f"{self.name}: {len(self.outcomes)} kills over {self.events} events, "
                f"{len(bad)} with problems"
                + (f"; {sum(1 for o in self.outcomes if o.accepted)} between steps "
                   f"({'; '.join(between)})" if between else "")
                + (f"; said: {said}" if said else ""))


def clean_run(name: str, work: Path) -> tuple[int, list[tuple[Any, ...]]]:
    """The scenario run whole; its event count and the state before and after each step."""
    base = work / "base"
    base.mkdir()
    SCENARIOS[name].setup(base)
    whole = _snapshot(base, work / "whole")
    states = [state_of(name, _snapshot(base, work / "s0"))]
    proc = subprocess.Popen(_command(name, whole), env=_env(whole, WB_PAUSE="1"),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    events = 0
    for line in proc.stdout:
        if line.startswith("done "):
            # the writer waits: its folder is copied between two steps
            states.append(state_of(name, _snapshot(whole, work / f"s{len(states)}"),
                                   states[-1][0]))
            proc.stdin.write("\n")
            proc.stdin.flush()
        elif line.startswith("events "):
            events = int(line.split()[1])
    proc.wait()
    if proc.returncode:
        raise RuntimeError(f"{name}: the writer failed (exit {proc.returncode})")
    return events, states


def spread(total: int, points: int) -> list[int]:
    """``points`` kill points from the first event to the last, evenly apart."""
    if total <= points:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (points - 1)) for i in range(points)})


def _designed(leftover: Path) -> bool:
    """An unfinished backup, timed or to a named file or folder, ``.NAME.PID.partial``:
    never listed as a backup, deleted by the next backup to that name or folder once its
    process is gone, with the log SQLite keeps beside it while the copy is switched to
    a single file (``-journal``, or ``-wal`` and ``-shm``). A timed backup's copy was
    ``NAME.partial``, in view among the backups: no longer by design."""
    return bool(re.fullmatch(r"\..+\.\d+\.partial(-journal|-wal|-shm)?", leftover.name))


def _unsound_backups(folder: Path, first: str | None = None) -> list[str]:
    """Backups (kept replaced files among them) that would not restore."""
    from workbench.core import backup

    found = []
    for b in backup.listed(folder / NAME):
        if not any(backup.check(b, key).ok for key in _keys(first)):
            found.append(f"{b.name}: {backup.check(b).detail}")
    return found


def kill_once(name: str, work: Path, kill_at: int | str,
              states: list[tuple[Any, ...]]) -> Outcome:
    """Kill the writer at its ``kill_at``-th event, or at the first event whose
    description holds ``kill_at`` (a string: "os.remove", "p.wbproj-wal"; the n-th with
    "TEXT@@n"), then open the project and check it."""
    from workbench.core.verify import verify

    folder = _snapshot(work / "base", work / f"k{len(list(work.glob('k*')))}")
    where = ({"WB_KILL_ON": kill_at} if isinstance(kill_at, str)
             else {"WB_KILL_AT": str(kill_at)})
    out = subprocess.run(_command(name, folder), env=_env(folder, **where),
                         capture_output=True, text=True)
    done = sum(1 for line in out.stdout.splitlines() if line.startswith("done "))
    outcome = Outcome(kill_at, done)
    if out.returncode != -9:
        outcome.problems.append(f"the writer was not killed (exit {out.returncode}): "
                                f"{out.stderr.strip()[-300:]}")
        return outcome
    outcome.problems += SCENARIOS[name].check(folder)
    opened, refused = None, True
    if not (folder / NAME).exists():  # none made yet: what does opening it say?
        try:
            _open(folder).close()
        except Exception as err:
            outcome.said.append(str(err))
    for key in _keys(states[-1][0]) if (folder / NAME).exists() else ():
        try:
            with _open(folder, key) as project:
                outcome.said += project.notices
                report = verify(project)
                outcome.problems += [f"verify: {p}" for p in report.problems]
            opened, refused = key, False
            break
        except Exception as err:  # every failure to open is a finding
            if type(err).__name__ in ("PassphraseNeeded", "WrongPassphrase"):
                continue
            if SCENARIOS[name].refused and SCENARIOS[name].refused in str(err):
                outcome.said.append(str(err))  # the refusal the open must give
                break
            outcome.problems.append(f"open: {type(err).__name__}: {err}")
            return outcome
    if SCENARIOS[name].refused and not refused:
        outcome.problems.append("open: it opened, though its schema is a later one")
    now = state_of(name, folder, opened)
    accepted = None if now in states else SCENARIOS[name].accept(now, states)
    if accepted:
        outcome.accepted = accepted
    elif now not in states and outcome.said and not SCENARIOS[name].refused:
        # Left between two steps, and the open says what the user must do.
        outcome.accepted = "left between two steps; the open says what to do"
    elif now not in states:
        near = min(states, key=lambda s: sum(a != b for a, b in zip(s, now, strict=True)))
        differ = [PARTS[i] for i, (a, b) in enumerate(zip(near, now, strict=True)) if a != b]
        outcome.problems.append(f"a state no step left: closest is after step "
                                f"{states.index(near)}, but its {', '.join(differ)} differ"
                                f" ({[now[PARTS.index(d)] for d in differ]})")
    elif states.index(now) < done:
        outcome.problems.append(f"{done} step(s) reported done, "
                                f"the project holds {states.index(now)}")
    strays = [str(p.relative_to(folder)) for p in folder.rglob("*")
              if (any(mark in p.name for mark in STRAY_MARKS) and not _designed(p))
              # a stopped change of passphrase's note: kept only while it tells
              or (".passphrase-change" in p.name and not outcome.said)]
    if strays:
        outcome.problems.append(f"left behind: {strays}")
    outcome.problems += [f"backup that does not restore: {b}"
                         for b in _unsound_backups(folder, opened)]
    return outcome


def campaign(name: str, points: int, work: Path) -> Campaign:
    events, states = clean_run(name, work)
    result = Campaign(name, events, len(states) - 1)
    for kill_at in spread(events, points):
        result.outcomes.append(kill_once(name, work, kill_at, states))
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "child":
        return child(args[1], Path(args[2]))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--points", type=int, default=12, help="kills per scenario (default 12)")
    p.add_argument("scenarios", nargs="*", choices=[[], *SCENARIOS], default=[])
    ns = p.parse_args(args)
    failed = 0
    for name in ns.scenarios or SCENARIOS:
        with tempfile.TemporaryDirectory(prefix=f"kill-{name}-") as tmp:
            result = campaign(name, ns.points, Path(tmp))
        print(result.line(), flush=True)
        for o in result.outcomes:
            for problem in o.problems:
                print(f"  killed at event {o.kill_at} (after {o.done} step(s) done): "
                      f"{problem}", flush=True)
        failed += any(o.problems for o in result.outcomes)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
