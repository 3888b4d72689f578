"""``verify`` split over a thread (SQLite's own check) and a second process (the rebuild
from the audit log), and its fast paths: whichever way a check runs, the report must be
the same sentences in the same order."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import chain, schema, verifyworker
from workbench.core import verify as verify_module
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import STAGES, verify

LOG_TRIGGERS = schema.LOG_TRIGGERS


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("parallel")
    with make_project(folder) as project:
        # A file name with quotes, a backslash, a newline and non-ASCII: the custody
        # row's hash is rebuilt from its stored bytes, escapes and all.
        doc = add_doc(project, name='say "hi"\\ \n Ḥalab ☂.txt')
        anns = [ann_ops.annotate_quote(project, doc, "casualty", quote,
                                       {"outcome": "wounded", "count_low": 4}).result
                for quote in ("wounded four troops", "killed", "civilians")]
        path = project.path
    return {"doc": doc, "anns": anns, "path": path}


def _copy(built: dict, tmp_path: Path) -> Path:
    target = tmp_path / "copy.wbproj"
    target.write_bytes(Path(built["path"]).read_bytes())
    return target


def _tamper(path: Path, *statements: tuple[str, tuple]) -> None:
    conn = raw_connect(path, isolation_level=None)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.close()


def _report(path: Path, monkeypatch: pytest.MonkeyPatch, *, worker: bool) -> list[str]:
    started: list[Path] = []
    real_start = verifyworker.start

    def start(p: Path, audit_after: int) -> subprocess.Popen[bytes] | None:
        started.append(p)
        return real_start(p, audit_after)

    monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1 if worker else 1 << 62)
    monkeypatch.setattr(verifyworker, "start", start)
    heard: list[str] = []
    with Project.open(path) as project:
        report = verify(project, lambda step, of, stage: heard.append(stage))
    assert heard == list(STAGES)
    assert bool(started) == worker
    return report.problems


def _everything_tampered(built: dict, path: Path) -> None:
    first, second, third = built["anns"]
    _tamper(path,
            ("PRAGMA foreign_keys = OFF", ()),
            *((f"DROP TRIGGER {t}", ()) for t in LOG_TRIGGERS),
            ("UPDATE annotations SET memo = 'planted' WHERE id = ?", (first,)),
            ("UPDATE annotations SET fields = CAST(x'7bff7d' AS TEXT) WHERE id = ?",
             (second,)),
            ("UPDATE audit SET coder = 'someone else' WHERE seq = 3", ()),
            ("UPDATE custody SET filename = 'innocent.txt'", ()),
            ("UPDATE search SET body = body || ' massacre' WHERE rowid = "
             "(SELECT rowid FROM annotations WHERE id = ?)", (third,)),
            ("INSERT INTO annotations(id, doc_id, kind, start, \"end\", exact, coder, "
             "created_at, modified_at) VALUES ('orphan', 999, 'claim', 0, 8, 'Shelling', "
             "'x', '2026-01-01', '2026-01-01')", ()))


def test_the_second_process_and_the_thread_give_the_same_report(built, tmp_path,
                                                                monkeypatch):
    path = _copy(built, tmp_path)
    _everything_tampered(built, path)
    inline = _report(path, monkeypatch, worker=False)
    split = _report(path, monkeypatch, worker=True)
    assert split == inline
    assert split == _report(path, monkeypatch, worker=True)  # the order does not drift
    first, second, third = built["anns"]
    said = "\n".join(split)
    assert split[0].startswith("database: row ")  # SQLite's own findings come first
    assert f"annotation {second}: its fields is not valid UTF-8" in said  # damaged bytes
    assert f"annotation {first}: its memo is" in said
    assert "audit entry 3: its hash does not follow" in said
    assert "custody entry 1: its hash does not follow" in said
    assert f"annotation {third}: its search index entry does not match" in said
    order = [next(i for i, p in enumerate(split) if needle in p) for needle in
             ("database:", "audit entry 3", f"annotation {second}: its fields",
              f"annotation {first}: its memo", f"annotation {third}: its search")]
    assert order == sorted(order)


def test_an_intact_project_is_intact_either_way(built, tmp_path, monkeypatch):
    path = _copy(built, tmp_path)
    assert _report(path, monkeypatch, worker=True) == []
    assert _report(path, monkeypatch, worker=False) == []


def test_a_worker_that_fails_changes_nothing_but_the_time(built, tmp_path, monkeypatch):
    path = _copy(built, tmp_path)
    _tamper(path, ("UPDATE annotations SET memo = 'planted' WHERE id = ?",
                   (built["anns"][0],)))
    monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1)
    monkeypatch.setattr(verifyworker, "start", lambda p, after: subprocess.Popen(
        [sys.executable, "-c", "raise SystemExit(3)"], stdout=subprocess.PIPE))
    with Project.open(path) as project:
        problems = verify(project).problems
    assert any("its memo is" in p for p in problems)


def test_a_file_sqlite_cannot_check_is_all_the_report_says(tmp_path):
    path = tmp_path / "p.wbproj"
    with make_project(tmp_path) as project:
        add_doc(project)
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # Damage every page after the header: the Python stages fail as SQLite does.
        data = bytearray(path.read_bytes())
        page = 4096
        for at in range(page * 2, len(data), 997):
            data[at] ^= 0x5A
        path.write_bytes(bytes(data))
        try:
            report = verify(project)
        except sqlite3.DatabaseError:
            pytest.skip("this damage fails before SQLite's check can say so")
    assert not report.ok
    assert all(p.startswith("database:") for p in report.problems)


def test_an_image_stored_in_another_but_equal_form_is_no_difference(built, tmp_path,
                                                                   monkeypatch):
    # The fast path compares text; the exact comparison must still decide equal values.
    path = _copy(built, tmp_path)
    ann = built["anns"][0]
    _tamper(path, ("UPDATE annotations SET fields = '{\"count_low\":4,\"outcome\":"
                   "\"wounded\"}' WHERE id = ?", (ann,)))
    assert _report(path, monkeypatch, worker=True) == []


def test_the_hash_of_a_row_from_its_stored_bytes_is_the_canonical_hash():
    rng = random.Random(12)
    alphabet = ['a', '"', '\\', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '中', '\u2028',
                '😀', '{', ':', ',']

    def text() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))

    for _ in range(3000):
        cols = sorted({text() or "x" for _ in range(rng.randint(1, 5))})
        values = [rng.choice([text(), rng.randint(-10**12, 10**12), None,
                              rng.uniform(-1e6, 1e6), json.dumps({text(): text()})])
                  for _ in cols]
        keys = chain.content_keys(cols)
        want = chain.canonical(dict(zip(cols, values, strict=True)))
        as_bytes = [v.encode() if isinstance(v, str) else v for v in values]
        assert chain.canonical_values(keys, as_bytes) == want
        assert chain.canonical_values(keys, values) == want
        # Read as str (SQLite decoded the text): the same text.
        assert chain.canonical_text(chain.text_keys(cols), values) == want.decode()
    # What only the exact way can say is left to it.
    assert chain.canonical_values(chain.content_keys(["a"]), [b"\xff"]) is None
    assert chain.canonical_values(chain.content_keys(["a"]), [float("inf")]) is None
    for odd in (b"blob", float("inf"), float("nan")):
        assert chain.canonical_text(chain.text_keys(["a"]), [odd]) is None


def test_the_worker_ends_when_the_process_that_started_it_is_gone(tmp_path):
    import os
    import subprocess
    import sys

    from workbench.core.importers.worker import PARENT_ENV

    project = tmp_path / "p.wbproj"
    Project.create(project, coder="tester").close()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # Started by a parent that no longer exists: it ends at once, without checking.
    out = subprocess.run([sys.executable, "-m", "workbench.core.verifyworker", str(project),
                          "0"],
                         capture_output=True, env={**os.environ, PARENT_ENV: gone},
                         timeout=60, check=False)
    assert out.returncode == 1 and out.stdout == b""


def test_the_worker_starts_without_importing_the_importers():
    # Each verify of a large project starts one: every importer imported was ~70 ms.
    out = subprocess.run([sys.executable, "-c", "import sys, workbench.core.verifyworker; "
                          "print(any(m.startswith('workbench.core.importers') "
                          "for m in sys.modules))"],
                         capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_the_worker_starts_without_site_and_still_finds_its_modules(built, tmp_path,
                                                                    monkeypatch):
    # Started as ``verify`` starts it: ``-S``, the package found on PYTHONPATH only.
    started: list[list[str]] = []
    real = subprocess.Popen

    def spy(args, *a, **kw):
        started.append(list(args))
        return real(args, *a, **kw)

    monkeypatch.setattr(subprocess, "Popen", spy)
    path = _copy(built, tmp_path)
    _tamper(path, *((f"DROP TRIGGER {t}", ()) for t in LOG_TRIGGERS),
            ("UPDATE audit SET coder = 'someone else' WHERE seq = ?", (_last_audit_seq(path),)))
    monkeypatch.setattr(verify_module, "OFFLOAD_ABOVE", -1)
    # The worker's part of the chain is the last entries: its finding comes from it.
    monkeypatch.setattr(verify_module, "TAIL_SHARE", 0.5)
    monkeypatch.setattr(verifyworker, "result", _must_answer(verifyworker.result))
    with Project.open(path) as project:
        problems = verify(project).problems
    assert [cmd[1:4] for cmd in started] == [["-S", "-m", "workbench.core.verifyworker"]]
    assert any(f"audit entry {_last_audit_seq(path)}: its hash does not follow" in p
               for p in problems)


def _last_audit_seq(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    finally:
        conn.close()


def _must_answer(real):
    def result(proc):
        got = real(proc)
        assert got is not None, "the worker failed; verify did its work itself"
        return got
    return result


def test_the_worker_does_not_import_what_only_its_parent_uses():
    # ``subprocess`` (and its selectors, signal handling) only starts the worker.
    out = subprocess.run([sys.executable, "-S", "-c", "import sys, "
                          "workbench.core.verifyworker; print('subprocess' in sys.modules)"],
                         capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_verify_alone_loads_no_thread_pool():
    # SQLite's check runs on one plain thread: concurrent.futures and the logging it
    # loads were ~7 % of the imports of a verify run from the command line.
    out = subprocess.run([sys.executable, "-c", "import sys, workbench.core.project, "
                          "workbench.core.verify; print(sorted({'concurrent.futures', "
                          "'logging'} & set(sys.modules)))"],
                         capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_an_error_on_sqlites_thread_is_raised_where_the_check_waits(built, tmp_path,
                                                                   monkeypatch):
    def broken(path: Path, *_watch: object) -> list[str]:
        raise RuntimeError("not a database error")

    monkeypatch.setattr(verify_module, "_integrity_on_own_connection", broken)
    path = _copy(built, tmp_path)
    with Project.open(path) as project, pytest.raises(RuntimeError, match="not a database"):
        verify(project)
    # A database error there is what SQLite says of the file: the report's one sentence.
    monkeypatch.setattr(verify_module, "_integrity_on_own_connection",
                        lambda path, *_: (_ for _ in ()).throw(sqlite3.DatabaseError("broken")))
    with Project.open(path) as project:
        assert verify(project).problems == ["database: SQLite cannot check the file (broken)"]


def test_sqlites_check_runs_with_a_page_cache_of_its_own(built, tmp_path, monkeypatch):
    # The check looks each row up in its indexes in index order: with SQLite's default
    # cache nearly every lookup read its pages from the file again.
    seen: list[int] = []
    real = verifyworker.structure

    def structure(conn: sqlite3.Connection) -> list[str]:
        seen.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return real(conn)

    monkeypatch.setattr(verifyworker, "structure", structure)
    path = _copy(built, tmp_path)
    default = sqlite3.connect(":memory:").execute("PRAGMA cache_size").fetchone()[0]
    with Project.open(path, read_only=True) as project:
        assert verify(project).problems == []
    cache = verify_module.STRUCTURE_CACHE_KIB
    assert seen == [-cache]
    assert cache > 4 * -default  # KiB, as SQLite's default (-2000) counts them


def test_an_index_out_of_step_with_its_table_is_named_by_sqlites_check(built, tmp_path):
    # What only SQLite's own check sees, still named in its words with the larger cache.
    path = _copy(built, tmp_path)
    conn = raw_connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX annotations_kind ON "
                 "annotations(coder)' WHERE name = 'annotations_kind'")
    conn.close()
    with Project.open(path, read_only=True) as project:
        problems = verify(project).problems
    assert problems[:3] == [f"database: row {n} missing from index annotations_kind"
                            for n in (1, 2, 3)]


def test_a_check_stopped_between_stages_does_not_wait_for_sqlites_own_check(
        tmp_path, monkeypatch):
    # A restore's Cancel raises from ``progress``: SQLite's check on its thread was
    # waited for to its end, the seconds the whole check takes at a million annotations.
    import threading
    import time

    started, outcome = threading.Event(), []

    def long_structure(conn: sqlite3.Connection) -> list[str]:
        started.set()
        try:  # some 20 s of SQLite's work unless interrupted
            conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                         "WHERE x < 300000000) SELECT count(*) FROM c").fetchone()
        except sqlite3.OperationalError as err:
            outcome.append(str(err))
            raise
        outcome.append("ran to its end")
        return []

    monkeypatch.setattr(verifyworker, "structure", long_structure)

    class Stop(Exception):
        pass

    def progress(step: int, _of: int, _stage: str) -> None:
        if step == 2:
            assert started.wait(10)
            raise Stop

    with make_project(tmp_path) as project:
        add_doc(project)
        begun = time.monotonic()
        with pytest.raises(Stop):
            verify(project, progress)
        took = time.monotonic() - begun
    assert outcome == ["interrupted"] and took < 5, (outcome, took)
