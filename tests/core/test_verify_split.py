"""The audit chain checked in two parts (``logchain.walk_log`` up to a seq here,
``logchain.audit_tail`` after it in the second process): whatever the boundary, the two
parts name the rows one walk names, in the same order, and reach the same head; in a
whole ``verify`` a tampered row in either part and at the boundary is named."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import add_doc, edited_copy, make_project
from workbench.core import logchain, rawread, verifyworker
from workbench.core import verify as verify_module
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("split")
    with make_project(folder) as project:
        doc = add_doc(project, name="a report.txt")
        for quote in ("wounded four troops", "killed", "civilians", "market", "Shelling",
                      "the army denied"):
            ann_ops.annotate_quote(project, doc, "casualty", quote, {"outcome": "killed"})
        return project.path



def _top(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    finally:
        conn.close()


def _whole_and_split(path: Path, upto: int) -> tuple[tuple, tuple]:
    conn = sqlite3.connect(path)
    try:
        with rawread.bytes_mode(conn):
            whole: list[str] = []
            head = logchain.walk_log(conn, "audit", whole)
            part: list[str] = []
            first = logchain.walk_log(conn, "audit", part, upto=upto)
            tail, rest = logchain.audit_tail(conn, upto)
    finally:
        conn.close()
    return (head, whole), (logchain.joined(first, tail), part + rest)


def test_every_boundary_names_what_one_walk_names(built, tmp_path):
    top = _top(built)
    assert top >= 14
    path = edited_copy(built, tmp_path,
                 "UPDATE audit SET coder = 'someone else' WHERE seq = 3",  # its content
                 # Its stored hash (32 bytes): its own link and the next one break.
                 "UPDATE audit SET hash = zeroblob(32) WHERE seq = 5",
                 # Hashes stored as text 32 characters long, one in a row whose bytes
                 # are damaged (read as bytes, the walk takes them as a digest).
                 "UPDATE audit SET hash = '0123456789abcdef0123456789abcdef' "
                 "WHERE seq = 7",
                 "UPDATE audit SET hash = CAST(x'ff' AS TEXT) WHERE seq = 9",  # damaged hash
                 "UPDATE audit SET hash = 'fedcba9876543210fedcba9876543210', "
                 "after = CAST(x'5bc3' AS TEXT) WHERE seq = 10",
                 "DELETE FROM audit WHERE seq = 12")  # a row removed
    for upto in range(-1, top + 2):
        whole, split = _whole_and_split(path, upto)
        assert split == whole, upto
    _, said = whole
    for seq in (3, 5, 6, 7, 8, 9, 10, 11, 13):
        assert any(p.startswith(f"audit entry {seq}:") for p in said), seq
    assert not any(p.startswith(f"audit entry {seq}:") for p in said for seq in (4, 12))


def test_a_sound_chain_splits_without_a_sentence(built, tmp_path):
    path = edited_copy(built, tmp_path)
    for upto in (0, 1, _top(path) // 2, _top(path)):
        whole, split = _whole_and_split(path, upto)
        assert split == whole and whole[1] == []
        assert split[0].count == _top(path)


def _report(path: Path, monkeypatch: pytest.MonkeyPatch, upto: int | None) -> list[str]:
    """verify's report, with the worker checking the audit rows after ``upto`` (None:
    no worker, one walk)."""
    given: list[int] = []
    real_start = verifyworker.start

    def start(p: Path, audit_after: int) -> subprocess.Popen[bytes] | None:
        given.append(audit_after)
        return real_start(p, audit_after)

    monkeypatch.setattr(verifyworker, "start", start)
    if upto is None:
        monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", 1 << 62)
    else:
        top = _top(path)
        monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1)
        monkeypatch.setattr(verify_module, "TAIL_SHARE", (top - upto + 0.5) / top)
    with Project.open(path) as project:
        problems = verify(project).problems
    assert given == ([] if upto is None else [upto])
    return problems


@pytest.mark.parametrize("tampered", [2, 6, 7, 8])
def test_a_tampered_row_in_either_part_or_at_the_boundary_is_named(built, tmp_path,
                                                                   monkeypatch, tampered):
    path = edited_copy(built, tmp_path,
                 f"UPDATE audit SET coder = 'someone else' WHERE seq = {tampered}",
                 "UPDATE custody SET filename = 'innocent.txt'")
    one_walk = _report(path, monkeypatch, None)
    assert f"audit entry {tampered}: its hash does not follow" in "\n".join(one_walk)
    assert "custody entry 1: its hash does not follow" in "\n".join(one_walk)
    assert _report(path, monkeypatch, 7) == one_walk  # rows 1–7 here, 8 on there


def test_a_changed_hash_at_the_boundary_is_named_on_both_sides(built, tmp_path,
                                                               monkeypatch):
    # The boundary row's stored hash: its own link breaks (here), and so does the first
    # link of the worker's part, which starts from that stored hash.
    path = edited_copy(built, tmp_path, "UPDATE audit SET hash = zeroblob(32) WHERE seq = 7")
    split = _report(path, monkeypatch, 7)
    # (The guards dropped for the edit are named after the entries.)
    assert [p.split(":")[0] for p in split] == ["audit entry 7", "audit entry 8",
                                                 "audit log", "custody log"]
    assert split == _report(path, monkeypatch, None)


def test_a_worker_that_fails_leaves_the_tail_to_this_process(built, tmp_path,
                                                             monkeypatch):
    path = edited_copy(built, tmp_path, "UPDATE audit SET coder = 'someone else' WHERE seq = 9")
    monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1)
    monkeypatch.setattr(verify_module, "TAIL_SHARE", 0.5)
    monkeypatch.setattr(verifyworker, "start", lambda p, after: subprocess.Popen(
        [sys.executable, "-c", "raise SystemExit(3)"], stdout=subprocess.PIPE))
    with Project.open(path) as project:
        report = verify(project)
    assert [p.split(":")[0] for p in report.problems] == ["audit entry 9", "audit log",
                                                          "custody log"]
    assert report.log_entries == _top(path) + 1  # the custody log's one entry


def test_the_log_entries_are_counted_once_when_split(built, tmp_path, monkeypatch):
    path = edited_copy(built, tmp_path)
    counts = []
    for offloaded in (False, True):
        monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1 if offloaded else 1 << 62)
        with Project.open(path) as project:
            counts.append(verify(project).log_entries)
    assert counts[0] == counts[1] == _top(path) + 1


def test_the_timeline_checked_by_the_worker_says_what_it_says_here(built, tmp_path,
                                                                   monkeypatch):
    # The timeline index is recomputed in the second process on a large project.
    path = edited_copy(built, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    # An entry for an undated annotation: a mark the annotations do not give.
    conn.execute("INSERT INTO timeline_index (ann_rowid, doc_id, kind, status, start_day, "
                 "end_day, count_low, count_high, actors) SELECT rowid, doc_id, kind, 0, 1, "
                 "1, 999, 999, NULL FROM annotations ORDER BY rowid LIMIT 1")
    conn.close()
    here = _report(path, monkeypatch, None)
    said = [p for p in here if p.startswith("timeline index:")]
    assert len(said) == 1 and said[0].startswith("timeline index: 1 entry differs")
    assert _report(path, monkeypatch, 7) == here
