"""Kill an incident, review, undo and codebook writer at chosen SQLite statements.

The writer runs a fixed list of steps (incidents, figures, best figures, links, bulk
review, undo and redo, the codebook, trash and restore) and prints each step once its
call returned: a printed step is one the user was told was saved. A first run counts
its statements; then, for each chosen statement, a fresh copy is written by a writer
that kills itself with SIGKILL just before that statement runs. Each copy must open,
verify intact (chain, and rows rebuilt from the log equal to the tables), and hold
every audit transaction of the steps printed.

    python tools/kill_writes.py [--points N] [--encrypted]   (N spread kills; 0: every one)
    python tools/kill_writes.py writer PROJECT DOCS FIGS KILL_AT PASSPHRASE
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "a field laptop's passphrase"
FIRST = ("Shelling in Port Halden killed 12 civilians on Sunday. Four soldiers were "
         "wounded. Among the dead were five children.\n")
SECOND = ("Officials in Port Halden said 14 people were killed in the shelling on Sunday, "
          "and 3 soldiers died.\n")


def _open(path: Path, passphrase: str) -> Any:
    from workbench.core.project import Project

    return Project.open(path, coder="field", passphrase=passphrase or None)


def build(path: Path, passphrase: str) -> tuple[list[int], list[str]]:
    """A project with two reports and five casualty figures."""
    from workbench.core.anchoring import find_quote
    from workbench.core.ops.annotations import create_annotation
    from workbench.core.ops.documents import grade_source
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    with Project.create(path, coder="field", passphrase=passphrase or None) as p:
        docs = [import_bytes(p, text.encode(), name, {"title": name}, sandbox=False).doc_id
                for text, name in ((FIRST, "a.txt"), (SECOND, "b.txt"))]
        grade_source(p, docs[1], "E", 5)
        figs = []
        for doc, text, quote, outcome in (
                (docs[0], FIRST, "killed 12 civilians", "killed"),
                (docs[0], FIRST, "five children", "killed"),
                (docs[1], SECOND, "14 people were killed", "killed"),
                (docs[1], SECOND, "3 soldiers died", "killed"),
                (docs[0], FIRST, "Four soldiers were wounded", "wounded")):
            start, end = find_quote(text, quote)
            figs.append(create_annotation(p, doc, "casualty", start, end,
                                          {"outcome": outcome}).result)
    return docs, figs


def steps(p: Any, docs: list[int], f: list[str]) -> list[tuple[str, Callable[[], Any]]]:
    from workbench.core.incidents import ops as inc
    from workbench.core.incidents import suggest
    from workbench.core.ops import annotations as ann
    from workbench.core.ops import codebook, documents, history

    got: dict[str, Any] = {}

    def keep(name: str, fn: Callable[[], Any]) -> Callable[[], Any]:
        return lambda: got.__setitem__(name, fn().result)

    return [
        ("create", keep("inc", lambda: inc.create_incident(p, "Port Halden shelling",
                                                           members=f[:2]))),
        ("add", lambda: inc.add_members(p, got["inc"], f[2:4])),
        ("best", lambda: inc.set_best(p, got["inc"], "killed", 14, "The later report")),
        ("same_as", lambda: ann.add_link(p, f[2], f[0], "same_as")),
        ("part_of", keep("link", lambda: ann.add_link(p, f[1], f[0], "part_of"))),
        ("remove", lambda: inc.remove_members(p, got["inc"], [f[3]])),
        ("accept", lambda: ann.set_status(p, f[:3], "accepted")),
        ("reject", lambda: ann.set_status(p, f[3:], "rejected")),
        ("undo", lambda: history.undo(p)),
        ("redo", lambda: history.redo(p)),
        ("undo", lambda: history.undo(p)),
        ("undo", lambda: history.undo(p)),
        ("include", lambda: inc.include_source(p, got["inc"], docs[1])),
        ("kind", lambda: codebook.add_kind(p, "checkpoint", "Checkpoint", "Q")),
        ("field", lambda: codebook.add_field(p, "checkpoint", "manned_by", "text")),
        ("key", lambda: codebook.set_key(p, "checkpoint", "Z")),
        ("undo", lambda: history.undo(p)),
        ("trash figure", lambda: ann.trash_annotations(p, [f[1]])),
        ("restore figure", lambda: ann.restore_annotations(p, [f[1]])),
        ("trash document", lambda: documents.trash_document(p, docs[1])),
        ("restore document", lambda: documents.restore_document(p, docs[1])),
        ("unlink", lambda: ann.remove_link(p, got["link"])),
        ("undo", lambda: history.undo(p)),
        ("clear best", lambda: inc.set_best(p, got["inc"], "killed", None, "cleared")),
        ("second", keep("inc2", lambda: inc.create_incident(p, "Second", members=[f[3]]))),
        ("merge", lambda: inc.merge_incidents(p, got["inc"], got["inc2"])),
        ("undo", lambda: history.undo(p)),
        ("trash incident", lambda: inc.trash_incident(p, got["inc2"])),
        ("restore incident", lambda: inc.restore_incident(p, got["inc2"])),
        ("suggest", keep("sug", lambda: suggest.store_suggestions(p))),
        ("reject suggestion", lambda: [suggest.reject_suggestion(p, i)
                                       for i in (got.get("sug") or [])[:1]]),
        ("edit", lambda: inc.update_incident(p, got["inc"], status="confirmed",
                                             memo="Checked")),
        ("undo", lambda: history.undo(p)),
        ("redo", lambda: history.redo(p)),
    ]


def writer(path: Path, docs: list[int], figs: list[str], kill_at: int,
           passphrase: str) -> None:
    p = _open(path, passphrase)
    count = 0

    def trace(_sql: str) -> None:
        nonlocal count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    p.conn.set_trace_callback(trace)
    for name, step in steps(p, docs, figs):
        step()
        txn = p.conn.execute("SELECT coalesce(max(txn), 0) FROM audit").fetchone()[0]
        print(json.dumps({"step": name, "txn": txn}), flush=True)
    print(json.dumps({"statements": count}), flush=True)


def _run(work: Path, docs: list[int], figs: list[str], kill_at: int,
         passphrase: str) -> tuple[int, list[dict[str, Any]]]:
    out = subprocess.run([sys.executable, __file__, "writer", str(work), json.dumps(docs),
                          json.dumps(figs), str(kill_at), passphrase],
                         capture_output=True, text=True, cwd=ROOT)
    return out.returncode, [json.loads(line) for line in out.stdout.splitlines()]


def check(work: Path, passphrase: str) -> tuple[list[str], int]:
    from workbench.core.verify import verify

    p = _open(work, passphrase)
    try:
        top = p.conn.execute("SELECT coalesce(max(txn), 0) FROM audit").fetchone()[0]
        return verify(p).problems, top
    finally:
        p.close()


def spread(total: int, points: int) -> list[int]:
    if points <= 0 or total <= points:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (points - 1)) for i in range(points)})


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["writer"]:
        _, path, docs, figs, kill_at, passphrase = args
        writer(Path(path), json.loads(docs), json.loads(figs), int(kill_at), passphrase)
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--points", type=int, default=40, help="kills spread over the statements "
                    "(0: one before every statement)")
    ap.add_argument("--encrypted", action="store_true")
    opts = ap.parse_args(args)
    passphrase = PASSPHRASE if opts.encrypted else ""
    with tempfile.TemporaryDirectory() as tmp:
        base, work = Path(tmp, "base.wbproj"), Path(tmp, "work.wbproj")
        docs, figs = build(base, passphrase)

        def fresh() -> None:
            for suffix in ("-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copy(base, work)

        fresh()
        code, lines = _run(work, docs, figs, 0, passphrase)
        if code != 0 or "statements" not in lines[-1]:
            print("the writer failed without a kill", file=sys.stderr)
            return 1
        total = lines[-1]["statements"]
        points = spread(total, opts.points)
        bad = reported = 0
        for kill_at in points:
            fresh()
            code, lines = _run(work, docs, figs, kill_at, passphrase)
            done = [line for line in lines if "step" in line]
            reported += len(done)
            try:
                problems, top = check(work, passphrase)
            except Exception as err:  # the project must open: anything else is a finding
                problems, top = [f"did not open: {err}"], 0
            if code != -signal.SIGKILL:
                problems.append(f"the writer ended with {code}, not killed")
            if done and top < done[-1]["txn"]:
                problems.append(f"step {done[-1]['step']!r} was reported done and is missing")
            if problems:
                bad += 1
                print(f"killed before statement {kill_at}: {problems[:3]}")
        print(f"{len(steps(None, [0, 0], [''] * 5))} steps, {total} statements; "
              f"{len(points)} kills, {reported} steps reported done, {bad} with findings"
              f"{' (encrypted)' if opts.encrypted else ''}")
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
