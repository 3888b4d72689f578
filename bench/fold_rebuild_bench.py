"""The search index rebuilt on opening a project of an older folding: its cost and parts.

    python bench/fold_rebuild_bench.py PROJECT [--workdir /tmp/fold-rebuild] [--rounds 2]

PROJECT is never opened: each run works on a fresh copy in ``--workdir``. Per round,
alternated:

- ``on the thread``: ``Project.open`` with no progress, the rebuild on the calling
  thread (what the window did before);
- ``detached``: ``Project.open`` with ``progress`` and ``detach`` running it in a
  Python thread while this thread waits (what the window does now);
- the raw baseline of the same run, on its own copy: the bodies alone (the view's
  folding read in one ``SELECT``, nothing written) and FTS5's ``'rebuild'`` after it,
  timed apart, in one transaction on a plain connection.

CPU is this process's (all threads, ``getrusage``); wall is noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from workbench.core import searchindex, store
from workbench.core.project import Project


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _timed(label: str, fn: Callable[[], object]) -> None:
    w, c = time.perf_counter(), _cpu()
    fn()
    print(f"  {label:28} wall {time.perf_counter() - w:7.2f} s   CPU {_cpu() - c:7.2f} s",
          flush=True)


def _fresh(source: Path, workdir: Path, name: str) -> Path:
    target = workdir / name
    for old in workdir.glob(f"{name}*"):
        old.unlink()
    shutil.copyfile(source, target)
    with store.connect_writer(target) as conn:  # the copy made stale whatever it held
        conn.execute("UPDATE meta SET value = '1' WHERE key = ?", (searchindex.FOLD_META,))
    return target


def _in_thread(work: Callable[[], None]) -> None:
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


def _raw(path: Path) -> None:
    conn = store.connect_writer(path)
    conn.execute("BEGIN IMMEDIATE")
    sql = (f"SELECT sum(length(b)) FROM (SELECT {searchindex._BODY.format('a')} b "
           "FROM annotations a WHERE a.deleted_at IS NULL)")
    _timed("raw: the bodies alone", lambda: conn.execute(sql).fetchone())
    _timed("raw: FTS5 'rebuild'",
           lambda: conn.execute("INSERT INTO search(search) VALUES ('rebuild')"))
    conn.execute("ROLLBACK")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/fold-rebuild"))
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    for r in range(args.rounds):
        print(f"round {r + 1}")
        path = _fresh(args.project, args.workdir, "thread.wbproj")
        _timed("open, on the thread", lambda p=path: Project.open(p).close())
        path = _fresh(args.project, args.workdir, "detached.wbproj")
        heard: list[tuple[int, int]] = []
        _timed("open, detached with progress", lambda p=path, h=heard: Project.open(
            p, progress=lambda d, t: h.append((d, t)), detach=_in_thread).close())
        print(f"  progress calls: {len(heard)}, last {heard[-1] if heard else None}")
        _raw(_fresh(args.project, args.workdir, "raw.wbproj"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
