"""Time keeping the whole-project table current after an edit, on a big project.

The table lists every annotation of the project, sorted by one of its columns (or in
document order). After each write (an accepted suggestion, an edited field) the listing
must follow. Per sort it times, on the same project in the same run:

- ``snapshot``: counting and sorting the whole listing again (what the table did after
  every write, and what it still does on opening a sort), the baseline;
- ``refresh``: placing only the written rows again (``core.ann_pages.refresh``).

Each edit changes one annotation's status and puts it back, so the project's content
is the same afterwards (its audit log grows by two rows an edit). Not a test: it asserts
nothing and checks each refreshed order against the snapshot taken after it.

    python bench/table_patch_bench.py PROJECT [--edits 5]

Give it a copy: opening may migrate an older project.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from workbench.core import ann_pages
from workbench.core.ann_pages import Listing
from workbench.core.ops.annotations import set_status
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter


def timed(fn):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, help="an existing .wbproj file")
    parser.add_argument("--edits", type=int, default=5, help="edits timed per sort (default 5)")
    parser.add_argument("--sorts", default="none,kind,text,status,date,document",
                        help="sorts to time, comma-separated (default: all six)")
    args = parser.parse_args()
    project = Project.open(args.project)
    rng = random.Random(3)
    ids = [r[0] for r in project.conn.execute(
        "SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY random() LIMIT 200")]
    n = project.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    print(f"{args.project.name}: {n:,} annotations; {args.edits} edits per sort")
    print(f"{'sort':<10} {'snapshot (baseline)':>20} {'refresh p50':>12} {'max':>8} {'ratio':>7}")
    for name in args.sorts.split(","):
        sort = None if name == "none" else name
        listing = Listing(AnnotationFilter(), sort=sort)
        snap, full = timed(lambda listing=listing: ann_pages.snapshot(project, listing))
        fulls, parts = [full], []
        for _ in range(args.edits):
            ann_id = rng.choice(ids)
            old = project.repo.get("annotation", ann_id)["status"]
            set_status(project, [ann_id], "rejected" if old != "rejected" else "accepted")
            snap, part = timed(lambda snap=snap, a=ann_id: ann_pages.refresh(project, snap, [a]))
            parts.append(part)
            set_status(project, [ann_id], old)
            snap, part = timed(lambda snap=snap, a=ann_id: ann_pages.refresh(project, snap, [a]))
            parts.append(part)
        fresh, full = timed(lambda listing=listing: ann_pages.snapshot(project, listing))
        fulls.append(full)
        same = (fresh.count == snap.count and fresh.per_doc == snap.per_doc
                and (fresh.order is None or fresh.order.tolist() == snap.order.tolist()))
        base, p50 = statistics.median(fulls), statistics.median(parts)
        print(f"{name:<10} {base * 1000:>17.0f} ms {p50 * 1000:>9.1f} ms "
              f"{max(parts) * 1000:>5.0f} ms {p50 / base:>7.4f}"
              f"{'' if same else '  ORDER DIFFERS'}", flush=True)
    project.undo_stack.clear()
    project.close()


if __name__ == "__main__":
    main()
