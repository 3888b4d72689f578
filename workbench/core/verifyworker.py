"""The second process of ``verify``: every audited row rebuilt from the audit log, and
the search index compared with the texts.

Two heavy stages, independent of the others (the index check alone is about a quarter
of the Python work at 100,000 annotations; with it here both processes carry about as
much). Started with ``python -m`` (not multiprocessing's "spawn", which would re-run the
caller's main script), on a read-only connection of its own; it prints both stages'
sentences as one JSON object. The parent does the work itself if the process cannot
start or fails, so a broken worker can only make the check slower, never change what
it says."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from workbench.core import indexcheck, rawread, rebuild, store
from workbench.core.parentwatch import PARENT_ENV, die_with_parent


def rows(conn: sqlite3.Connection) -> list[str]:
    """The rebuild's sentences: damaged rows first, then rows changed outside the log."""
    damaged: list[tuple[str, str]] = []
    changed = [d.sentence() for d in rebuild.differences(conn, damaged=damaged)]
    # A document's damage is named by verify's text check, which reads its whole row.
    return [s for entity, s in damaged if entity != "document"] + changed


def start(path: Path) -> subprocess.Popen[bytes] | None:
    """The worker checking ``path``, running; None where one cannot be started."""
    if getattr(sys, "frozen", False):  # no interpreter to run "-m" with
        return None
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])  # found even if not installed
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH"))
                                        if p)
    env[PARENT_ENV] = str(os.getpid())
    try:
        return subprocess.Popen([sys.executable, "-m", "workbench.core.verifyworker",
                                 str(path)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, close_fds=True)
    except OSError:
        return None


def index(conn: sqlite3.Connection) -> list[str]:
    """The search index check's sentences."""
    return [f.problem for f in indexcheck.findings(conn)]


def result(proc: subprocess.Popen[bytes]) -> dict[str, list[str]] | None:
    """The worker's sentences by stage (``rows``, ``index``), or None if it failed (the
    caller then does the work)."""
    out, _ = proc.communicate()
    if proc.returncode != 0:
        return None
    try:
        got = json.loads(out)
    except ValueError:
        return None
    if not isinstance(got, dict) or set(got) != {"rows", "index"}:
        return None
    if not all(isinstance(v, list) and all(isinstance(s, str) for s in v)
               for v in got.values()):
        return None
    return got


def main(argv: list[str]) -> int:
    # A verify killed mid-check must not leave this process reading on for seconds.
    die_with_parent()
    conn = store.open_reader(Path(argv[0]))
    try:
        with rawread.bytes_mode(conn):
            found = {"rows": rows(conn), "index": index(conn)}
    finally:
        conn.close()
    sys.stdout.write(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
