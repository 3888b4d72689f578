"""The second process of ``verify``: every audited row rebuilt from the audit log, the
timeline index recomputed, and the last part of the audit chain.

On a large plain project the check's work is shared so that it ends soonest on two
cores and on more (CPU alone at 1,000,000 annotations: the search index check ~15 s,
SQLite's own check ~12 s, the rebuild ~7.5 s, the chains ~7 s, the timeline ~5.5 s,
the texts ~2 s): the first process checks the texts, the first part of the audit chain
and the search index, with SQLite's own check on a thread beside it (C, it lets go of
the GIL); this one the rebuild, the timeline and the audit chain's rows after a ``seq``
the first process names (``verify.TAIL_SHARE`` of them). Started with ``python -S -m``
(not multiprocessing's "spawn", which would re-run the caller's main script; without
``site``, as it needs only the standard library and this package), on a
read-only connection of its own, without a memory map (a disk error on a mapped page
would end it with a signal, and mapped pages count in its resident size); it prints
its stages' findings as one JSON object. The parent does the work itself if the
process cannot start or fails, so a broken worker can only make the check slower,
never change what it says."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core import dbapi, indexcheck, logchain, rawread, rebuild, store, timeline_index
from workbench.core.parentwatch import PARENT_ENV, die_with_parent
from workbench.core.repo import Repo

if TYPE_CHECKING:  # the worker itself starts no process: imported where one is started
    import subprocess


def rows(conn: sqlite3.Connection) -> list[str]:
    """The rebuild's sentences: damaged rows first, then rows changed outside the log."""
    damaged: list[tuple[str, str]] = []
    changed = [d.sentence() for d in rebuild.differences(conn, damaged=damaged)]
    # A document's damage is named by verify's text check, which reads its whole row.
    return [s for entity, s in damaged if entity != "document"] + changed


def start(path: Path, audit_after: int) -> subprocess.Popen[bytes] | None:
    """The worker checking ``path`` (the audit chain after ``seq`` ``audit_after``),
    running; None where one cannot be started."""
    if getattr(sys, "frozen", False):  # no interpreter to run "-m" with
        return None
    import subprocess
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])  # found even if not installed
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH"))
                                        if p)
    env[PARENT_ENV] = str(os.getpid())
    try:
        # No ``site`` (-S): the worker imports only the standard library and this
        # package, found on PYTHONPATH; the site-packages scan and its .pth files (an
        # editable install's finder) were a tenth of its start for nothing.
        return subprocess.Popen([sys.executable, "-S", "-m", "workbench.core.verifyworker",
                                 str(path), str(audit_after)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, close_fds=True)
    except OSError:
        return None


def index(conn: sqlite3.Connection) -> list[str]:
    """The search index check's sentences."""
    return [f.problem for f in indexcheck.findings(conn)]


def structure(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own check and the foreign key check: one sentence per problem."""
    return Repo(conn, read_only=True).integrity()


def timeline(conn: sqlite3.Connection) -> list[str]:
    """The timeline index against what the write path computes from the annotations.

    Outside bytes mode: the recomputation reads text as text. Damaged rows are skipped
    there (the other checks name them).
    """
    try:
        return timeline_index.findings(conn)
    except dbapi.DatabaseError as err:
        return [f"timeline index: it could not be checked ({err})."]


def result(proc: subprocess.Popen[bytes]) -> dict[str, Any] | None:
    """The worker's findings, or None if it failed (the caller then does the work):
    ``rows`` (the rebuild's sentences), ``timeline`` (the timeline check's) and
    ``tail`` (the audit chain's part: ``count``, ``seq``, ``hash`` and its
    ``problems``)."""
    out, _ = proc.communicate()
    if proc.returncode != 0:
        return None
    try:
        got = json.loads(out)
    except ValueError:
        return None
    if not isinstance(got, dict) or set(got) != {"rows", "timeline", "tail"}:
        return None
    tail = got["tail"]
    if not (_sentences(got["rows"]) and _sentences(got["timeline"])
            and isinstance(tail, dict) and set(tail) == {"count", "seq", "hash", "problems"}
            and isinstance(tail["count"], int) and isinstance(tail["seq"], int)
            and isinstance(tail["hash"], str) and _sentences(tail["problems"])):
        return None
    return got


def _sentences(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(s, str) for s in value)


def findings(conn: sqlite3.Connection, audit_after: int) -> dict[str, Any]:
    """This process's stages on ``conn``, as :func:`result` gives them to the parent."""
    with rawread.one_snapshot(conn):  # the rebuild compares the tables with the log
        return _findings(conn, audit_after)


def _findings(conn: sqlite3.Connection, audit_after: int) -> dict[str, Any]:
    found: dict[str, Any] = {"timeline": timeline(conn)}
    with rawread.bytes_mode(conn):
        head, problems = logchain.audit_tail(conn, audit_after)
        found["tail"] = {"count": head.count, "seq": head.seq, "hash": head.hash,
                         "problems": problems}
        found["rows"] = rows(conn)
    return found


def main(argv: list[str]) -> int:
    # A verify killed mid-check must not leave this process reading on for seconds.
    die_with_parent()
    conn = store.open_reader(Path(argv[0]))
    try:
        found = findings(conn, int(argv[1]))
    finally:
        conn.close()
    sys.stdout.write(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
