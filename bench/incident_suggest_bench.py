"""Measure incident suggestions and tallies: quality on the fictional gold reports, and speed.

Run: PYTHONPATH=. python bench/incident_suggest_bench.py [--figures 100000] [--members 1000]
Prints pairwise precision/recall/F1, then each timing beside a plain SQL read of the same
rows measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.incident_gold import build, pairwise
from tests.helpers import add_doc
from workbench.core import clock
from workbench.core.incidents import ops
from workbench.core.incidents.suggest import suggest_incidents
from workbench.core.incidents.tally import tally
from workbench.core.project import Project

PLACES = [f"Town {i}" for i in range(400)]


def _bulk_figures(project: Project, n: int, docs: int) -> list[str]:
    """``n`` casualty figures over ``docs`` documents and two years, written in one go."""
    rng = random.Random(7)
    doc_ids = [add_doc(project, f"Report {i} on the fighting.\n", name=f"b{i}.txt",
                       published="2025-01-01") for i in range(docs)]
    now, rows, ids = clock.now(), [], []
    base = dt.date(2024, 1, 1)
    for _ in range(n):
        ann = clock.new_id()
        ids.append(ann)
        day = base + dt.timedelta(days=rng.randrange(730))
        fields = {"outcome": rng.choice(["killed", "wounded"]), "count_low": rng.randrange(40),
                  "location": rng.choice(PLACES), "incident_date": day.isoformat(),
                  "group": rng.choice(["civilians", "soldiers", "people"])}
        rows.append((ann, rng.choice(doc_ids), "casualty", 0, 6, "Report", "accepted",
                     json.dumps(fields), "bench", now, now))
    with project.repo.transaction("bench", "bench"):
        project.conn.executemany(
            "INSERT INTO annotations(id, doc_id, kind, start, \"end\", exact, status, fields, "
            "coder, created_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    return ids


def timed(fn):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures", type=int, default=100_000,
                    help="unassigned casualty figures the suggestions run over (default 100,000)")
    ap.add_argument("--members", type=int, default=1_000,
                    help="member figures of the incident tallied (default 1,000)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with Project.create(Path(tmp) / "gold.wbproj", coder="bench") as project:
            gold = build(project)
            p, r, f1 = pairwise([x.ann_ids for x in suggest_incidents(project)], gold)
            print(f"gold reports: pairwise precision {p:.2f} recall {r:.2f} F1 {f1:.2f} "
                  f"({len(gold)} figures)")
        with Project.create(Path(tmp) / "tally.wbproj", coder="bench") as project:
            ids = _bulk_figures(project, args.members, 50)
            inc = ops.create_incident(project, "Big", members=ids).result
            _, base = timed(lambda: project.conn.execute(
                "SELECT a.* FROM incident_members m JOIN annotations a ON a.id = "
                "m.annotation_id WHERE m.incident_id = ? AND m.deleted_at IS NULL",
                (inc,)).fetchall())
            t, secs = timed(lambda: tally(project, inc))
            print(f"tally of {args.members} member figures: {secs * 1000:.1f} ms "
                  f"(plain SELECT of the rows: {base * 1000:.1f} ms) -> {t.describe()}")
            # CPU time over ten tallies: steadier than one wall-clock time on a shared
            # machine, for comparing two versions of the rules.
            cpu = time.process_time()
            for _ in range(10):
                tally(project, inc)
            print(f"tally CPU time: {(time.process_time() - cpu) * 100:.1f} ms each "
                  "(mean of ten)")
        with Project.create(Path(tmp) / "suggest.wbproj", coder="bench") as project:
            _bulk_figures(project, args.figures, 2000)
            _, base = timed(lambda: project.conn.execute(
                "SELECT id, doc_id, fields FROM annotations WHERE deleted_at IS NULL"
            ).fetchall())
            props, secs = timed(lambda: suggest_incidents(project))
            print(f"suggestions over {args.figures} unassigned figures: {secs:.1f} s "
                  f"(plain SELECT of the rows: {base:.2f} s) -> {len(props)} proposals")


if __name__ == "__main__":
    main()
