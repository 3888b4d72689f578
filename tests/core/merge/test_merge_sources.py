"""Merging reads a coder's project and leaves its file exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil

from tests.helpers import REPORT, add_doc, raw_connect
from workbench.core import schema
from workbench.core.merge import merge_projects
from workbench.core.merge.sources import open_source
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _coders(tmp_path):
    lead, coder = tmp_path / "lead" / "lead.wbproj", tmp_path / "ben" / "ben.wbproj"
    lead.parent.mkdir()
    coder.parent.mkdir()
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT)
    shutil.copy(lead, coder)
    with Project.open(coder, coder="ben") as p:
        doc = p.repo.documents()[0]["id"]
        annotate_quote(p, doc, "statement", "a provincial official said")
    return lead, coder


def _as_older(path) -> None:
    """The file as the version before the latest left it (its newest migration undone
    in the bookkeeping: the latest one changes no table)."""
    conn = raw_connect(path, isolation_level=None)
    conn.execute("DELETE FROM migrations WHERE version = ?", (schema.LATEST,))
    conn.execute(f"PRAGMA user_version = {schema.LATEST - 1}")
    conn.execute("PRAGMA journal_mode = DELETE")  # no -wal left beside it
    conn.close()


def test_merging_leaves_the_source_file_and_its_folder_as_they_were(tmp_path):
    lead, coder = _coders(tmp_path)
    before, listing = _digest(coder), sorted(os.listdir(coder.parent))
    with Project.open(lead, coder="lead") as target:
        report = merge_projects(target, [coder]).result
        assert report.sources == ["ben.wbproj"]
        assert len(target.repo.annotations()) == 1  # ben's statement arrived
    assert _digest(coder) == before
    assert sorted(os.listdir(coder.parent)) == listing  # no -shm, -wal or backup


def test_an_older_source_is_read_from_an_upgraded_copy_that_is_then_removed(
        tmp_path, monkeypatch):
    import tempfile

    lead, coder = _coders(tmp_path)
    _as_older(coder)
    before, listing = _digest(coder), sorted(os.listdir(coder.parent))
    made: list[str] = []
    real_mkdtemp = tempfile.mkdtemp

    def mkdtemp(**kwargs):
        made.append(real_mkdtemp(dir=tmp_path, **kwargs))
        return made[-1]

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    source = open_source(coder, coder="lead")
    assert source.path == coder and schema.current_version(source.conn) == schema.LATEST
    source.close()
    assert made and not os.path.exists(made[0])
    with Project.open(lead, coder="lead") as target:
        merge_projects(target, [coder])
        assert len(target.repo.annotations()) == 1
    assert _digest(coder) == before
    assert sorted(os.listdir(coder.parent)) == listing  # no .before-upgrade copy
    assert all(not os.path.exists(m) for m in made)
    conn = raw_connect(coder)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST - 1
    conn.close()


def test_a_source_with_a_log_beside_it_is_read_with_its_commits(tmp_path):
    lead, coder = _coders(tmp_path)
    with Project.open(coder, coder="ben") as busy:  # still open: its -wal holds commits
        doc = busy.repo.documents()[0]["id"]
        annotate_quote(busy, doc, "casualty", "killed at least 12 civilians")
        assert os.path.exists(f"{coder}-wal")
        with Project.open(lead, coder="lead") as target:
            merge_projects(target, [coder])
            assert {a["kind"] for a in target.repo.annotations()} == {"statement",
                                                                     "casualty"}


def test_checking_a_source_opens_no_second_connection_to_it(tmp_path, monkeypatch):
    """A source is verified before it is merged; neither SQLite's check (a thread with
    its own connection) nor the second process of a large project may open it, which
    would leave a -shm beside the coder's file."""
    from workbench.core import verify

    monkeypatch.setattr(verify, "OFFLOAD_ABOVE", 0)  # as if the source were large
    lead, coder = _coders(tmp_path)
    before, listing = _digest(coder), sorted(os.listdir(coder.parent))
    with Project.open(lead, coder="lead") as target:
        merge_projects(target, [coder])
    assert _digest(coder) == before
    assert sorted(os.listdir(coder.parent)) == listing


_KILLED_MERGE = """
import os, sys
from workbench.core.merge.sources import open_source
source = open_source(sys.argv[1], coder="lead")
print(source.folder, flush=True)
os.kill(os.getpid(), 9)  # killed mid-merge: close never runs
"""


def test_a_killed_merges_copy_of_the_source_is_cleared_by_the_next_one(tmp_path, monkeypatch):
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    _lead, coder = _coders(tmp_path)
    _as_older(coder)
    temp = tmp_path / "temp"
    temp.mkdir()
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", _KILLED_MERGE, str(coder)],
                         env={**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(root)},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == -9, out.stderr
    left = Path(out.stdout.strip())
    assert left.parent == temp
    assert any(b"Crescent Brigade" in p.read_bytes() for p in left.iterdir())  # plaintext
    live = temp / f"workbench-merge-{os.getppid()}-busy"  # a running process's merge
    live.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    source = open_source(coder, coder="lead")
    source.close()
    assert sorted(p.name for p in temp.iterdir()) == [live.name]
