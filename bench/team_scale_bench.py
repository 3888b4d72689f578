"""Team work at a year's scale: merge and agreement on big projects, beside raw SQLite.

Takes a big project (built by bench/scale_bench.py through the normal write path; it is
copied, never opened in place), makes two coders' copies of it and, in each, edits
--edits annotations (the first fifth of them edited in both copies, so they conflict),
trashes --trashed and adds --added through the core's ordinary writes
(update_annotation, trash_annotations, create_annotations; the two coders' additions sit
on the same words, so agreement has something to compare). Then, each in a fresh
interpreter so its peak memory (ru_maxrss) and CPU time are its alone:

  merge    `merge_projects` of copy B into copy A (source check, items, logs)
           (raw: ATTACH B; INSERT OR REPLACE ... SELECT of B's rows that differ from A's,
           and INSERT of B's audit rows A lacks, one transaction)
  merge2   the same merge again into the merged copy: nothing new, nothing written
           (raw: the same SQL again)
  agree    `agreement_report` on the merged copy (every coder, every kind)
           (raw: both copies' annotation tables read with SQL into Python, fields decoded)

    PYTHONPATH=. python bench/team_scale_bench.py --project /path/scale-100000.wbproj
        [--workdir DIR] [--edits 2000] [--trashed 200] [--added 1000] [--skip agree]

The copies are kept in --workdir (default: a folder under /tmp named after the project)
and reused by a later run with the same counts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PLACES = ("Qarsel", "Port Halden", "Veltra", "Mireth", "Kalun", "the river road")


# ------------------------------------------------------------------ building the copies
def make_copies(project: Path, folder: Path, edits: int, trashed: int, added: int) -> None:
    """base.wbproj (a plain copy), a.wbproj and b.wbproj (two coders' work on it)."""
    from workbench.core.ops.annotations import trash_annotations, update_annotation
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.core.project import Project

    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / "copies.json"
    want = {"project": str(project), "edits": edits, "trashed": trashed, "added": added}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return
    t0 = time.perf_counter()
    base = folder / "base.wbproj"
    fresh_copy(project, base)  # the .wbproj only: it was checkpointed when built
    conn = sqlite3.connect(base)
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM annotations WHERE deleted_at IS NULL AND kind = 'casualty' ORDER BY id")]
    docs = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    conn.close()
    rng = random.Random(7)
    picked = rng.sample(ids, edits * 2 + trashed * 2)
    both = edits // 5  # edited in both copies: conflicts
    plan = {
        "a": (picked[:edits], picked[2 * edits:2 * edits + trashed]),
        "b": (picked[:both] + picked[edits:2 * edits - both],
              picked[2 * edits + trashed:2 * edits + 2 * trashed]),
    }
    spots = [(rng.choice(docs), rng.randrange(0, 20_000)) for _ in range(added)]
    for coder, (edit_ids, trash_ids) in plan.items():
        path = folder / f"{coder}.wbproj"
        fresh_copy(base, path)
        crng = random.Random(coder)
        with Project.open(path, coder=coder) as p:
            for n, ann in enumerate(edit_ids):
                update_annotation(p, ann, fields={"location": crng.choice(PLACES)},
                                  memo=f"checked by {coder}" if n % 3 == 0 else None)
            p.undo_stack.clear()
            trash_annotations(p, trash_ids)
            items = [NewAnnotation(doc, "casualty", s + crng.randint(0, 3),
                                   s + 30 + crng.randint(0, 3),
                                   {"outcome": crng.choice(("killed", "wounded")),
                                    "count_best": crng.randint(1, 9)})
                     for doc, s in spots]
            create_annotations(p, items)
            p.undo_stack.clear()
            p.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"  {coder}.wbproj: {len(edit_ids)} edited, {len(trash_ids)} trashed, "
              f"{added} added", file=sys.stderr)
    stamp.write_text(json.dumps(want))
    print(f"  copies made in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


# ------------------------------------------------------------------ measures (children)
def m_merge(target: Path, source: Path, raw: bool) -> dict:
    t0 = time.perf_counter()
    if raw:
        conn = sqlite3.connect(target)
        conn.execute("ATTACH ? AS src", (str(source),))
        # Into tables of their own: the project's triggers call the program's SQL
        # functions, which a plain connection does not have.
        with conn:
            conn.execute("CREATE TABLE IF NOT EXISTS raw_annotations AS "
                         "SELECT * FROM main.annotations WHERE 0")
            conn.execute("INSERT INTO raw_annotations SELECT * FROM src.annotations "
                         "EXCEPT SELECT * FROM main.annotations")
            conn.execute("CREATE TABLE IF NOT EXISTS raw_audit AS SELECT * FROM main.audit "
                         "WHERE 0")
            conn.execute("INSERT INTO raw_audit SELECT * FROM src.audit "
                         "WHERE hash NOT IN (SELECT hash FROM main.audit)")
        conn.close()
        return {"s": time.perf_counter() - t0}
    from workbench.core.merge import merge_projects
    from workbench.core.project import Project

    with Project.open(target, coder="a") as p:
        report = merge_projects(p, [source]).result
    return {"s": time.perf_counter() - t0, "conflicts": len(report.conflicts),
            "annotations": report.to_json()["counts"].get("annotation"),
            "audit_rows": report.audit_rows}


def m_agree(target: Path, source: Path, raw: bool) -> dict:
    t0 = time.perf_counter()
    if raw:
        n = 0
        for path in (target, source):
            conn = sqlite3.connect(path)
            rows = [(r[0], r[1], r[2], r[3], json.loads(r[4] or "{}")) for r in conn.execute(
                "SELECT id, doc_id, start, \"end\", fields FROM annotations "
                "WHERE deleted_at IS NULL")]
            n += len(rows)
            conn.close()
        return {"s": time.perf_counter() - t0, "rows": n}
    from workbench.core.agreement import agreement_report
    from workbench.core.project import Project

    with Project.open(target, coder="a", read_only=True) as p:
        report = agreement_report(p)
    return {"s": time.perf_counter() - t0, "measures": len(report.measures),
            "disagreements": len(report.disagreements)}


MEASURES = {"merge": m_merge, "merge2": m_merge, "agree": m_agree}


def run_child(measure: str, target: Path, source: Path, raw: bool) -> dict:
    """One measure in a fresh interpreter; its figures plus its peak memory and CPU."""
    cmd = [sys.executable, __file__, "--child", measure, str(target), str(source)]
    cmd += ["--raw"] if raw else []
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=dict(os.environ))
    out = proc.stdout.read()  # type: ignore[union-attr]
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        return {"error": f"exit {os.waitstatus_to_exitcode(status)}"}
    result = json.loads(out.decode().strip().splitlines()[-1])
    result["rss_mb"] = usage.ru_maxrss / 1024  # Linux reports kilobytes
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    return result


# ------------------------------------------------------------------ parent
def fresh_copy(src: Path, dst: Path) -> None:
    """``src`` copied over ``dst``, with no log of an earlier run's left beside it."""
    for tail in ("-wal", "-shm"):
        Path(f"{dst}{tail}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--project", type=Path, help="a big project to copy (never changed)")
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--edits", type=int, default=2000)
    ap.add_argument("--trashed", type=int, default=200)
    ap.add_argument("--added", type=int, default=1000)
    ap.add_argument("--skip", action="append", default=[], choices=list(MEASURES))
    ap.add_argument("--child", nargs=3, metavar=("MEASURE", "TARGET", "SOURCE"),
                    help=argparse.SUPPRESS)
    ap.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        measure, target, source = args.child
        print(json.dumps(MEASURES[measure](Path(target), Path(source), args.raw)))
        return
    if args.project is None:
        ap.error("--project is needed")
    folder = args.workdir or Path("/tmp") / f"team-scale-{args.project.stem}"
    t_all = time.perf_counter()
    make_copies(args.project, folder, args.edits, args.trashed, args.added)
    n = sqlite3.connect(folder / "base.wbproj").execute(
        "SELECT count(*) FROM annotations").fetchone()[0]
    print(f"{args.project.name}: {n:,} annotations; each copy {args.edits} edited "
          f"({args.edits // 5} in both), {args.trashed} trashed, {args.added} added; "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"{'measure':8} {'wall s':>8} {'cpu s':>8} {'MB':>6} | {'raw s':>7} {'raw cpu':>7} "
          f"{'raw MB':>6} | {'ratio':>6}  notes")
    raws = {"merge": folder / "raw.wbproj"}
    fresh_copy(folder / "a.wbproj", raws["merge"])
    work = folder / "merged.wbproj"
    fresh_copy(folder / "a.wbproj", work)
    for measure in MEASURES:
        if measure in args.skip:
            continue
        # Raw first on its own copy; the product's run on the copy the next measure uses.
        raw_target = raws["merge"] if measure != "agree" else folder / "a.wbproj"
        raw = run_child(measure, raw_target, folder / "b.wbproj", True)
        ours = run_child(measure, work, folder / "b.wbproj", False)
        if "error" in ours or "error" in raw:
            print(f"{measure:8} {ours.get('error', '')} {raw.get('error', '')}")
            continue
        notes = {k: v for k, v in ours.items() if k not in ("s", "rss_mb", "cpu_s")}
        print(f"{measure:8} {ours['s']:8.2f} {ours['cpu_s']:8.2f} {ours['rss_mb']:6.0f} | "
              f"{raw['s']:7.2f} {raw['cpu_s']:7.2f} {raw['rss_mb']:6.0f} | "
              f"{ours['s'] / max(raw['s'], 1e-6):6.1f}  {json.dumps(notes)}", flush=True)
    print(f"whole run {time.perf_counter() - t_all:.0f} s (copies included)")


if __name__ == "__main__":
    main()
