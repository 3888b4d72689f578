"""What the status index costs and saves: the full index against the partial one.

``annotations_status`` on ``(status, kind)`` held an entry for every annotation, though
almost every annotation is ``accepted`` and a filter for accepted rows reads most of
the table anyway. Migration ``partial_status_index`` keeps entries only for the other
statuses. This bench copies a project twice, gives both the same share of suggested and
rejected annotations (``set_status``, the real write path), makes the second copy's
index the partial one and the first's the full one, and times on each, alternating,
the annotation table's snapshot and first page (``core.ann_pages``) per status filter
and sort, and the index's bytes (dbstat).

    python bench/status_index_bench.py PROJECT [--suggested 0.05] [--rejected 0.01]
        [--rounds 5] [--workdir DIR]

The project is only read: the copies are made in ``--workdir``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from workbench.core import ann_pages
from workbench.core.ann_pages import Listing
from workbench.core.ops.annotations import set_status
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter

FULL = "CREATE INDEX annotations_status ON annotations(status, kind)"
PARTIAL = FULL + " WHERE status <> 'accepted'"
FILTERS = {"all": None, "suggested": ["suggested"], "suggested+rejected":
           ["suggested", "rejected"], "accepted": ["accepted"]}
SORTS = ("none", "status", "kind")


def _prepare(src: Path, workdir: Path, suggested: float, rejected: float) -> Path:
    """A copy of ``src`` with a share of its annotations suggested and rejected."""
    path = workdir / "statuses.wbproj"
    shutil.copyfile(src, path)
    with Project.open(path) as project:
        ids = [r[0] for r in project.conn.execute(
            "SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY id")]
        n_s, n_r = int(len(ids) * suggested), int(len(ids) * rejected)
        step = max(1, len(ids) // max(1, n_s + n_r))
        picked = ids[::step][:n_s + n_r]
        set_status(project, picked[:n_s], "suggested")
        set_status(project, picked[n_s:], "rejected")
        project.undo_stack.clear()
    return path


def _variant(base: Path, workdir: Path, name: str, ddl: str) -> Path:
    path = workdir / f"{name}.wbproj"
    shutil.copyfile(base, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX IF EXISTS annotations_status")
    conn.execute(ddl)
    conn.commit()
    conn.execute("VACUUM")
    size = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'annotations_status'"
                        ).fetchone()[0]
    conn.close()
    print(f"{name}: annotations_status {size:,} bytes", flush=True)
    return path


def _time(project: Project, listing: Listing) -> float:
    t0 = time.perf_counter()
    snap = ann_pages.snapshot(project, listing)
    ann_pages.page(project, snap, 0, 50)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path,
                        help="an existing .wbproj file (copied; the copies are changed, not it)")
    parser.add_argument("--suggested", type=float, default=0.05,
                        help="share of annotations set to suggested (default 0.05)")
    parser.add_argument("--rejected", type=float, default=0.01,
                        help="share of annotations set to rejected (default 0.01)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds on each copy, alternated (default 5)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the two copies are made (default: a new temporary folder)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="wb-status-"))
    workdir.mkdir(parents=True, exist_ok=True)
    base = _prepare(args.project, workdir, args.suggested, args.rejected)
    paths = {"full": _variant(base, workdir, "full", FULL),
             "partial": _variant(base, workdir, "partial", PARTIAL)}
    projects = {k: Project.open(p) for k, p in paths.items()}
    times: dict[tuple[str, str, str], list[float]] = {}
    for _ in range(args.rounds):
        for flt_name, statuses in FILTERS.items():
            for sort in SORTS:
                listing = Listing(AnnotationFilter(statuses=statuses),
                                  sort=None if sort == "none" else sort)
                for name, project in projects.items():  # alternating, the machine is noisy
                    times.setdefault((flt_name, sort, name), []).append(
                        _time(project, listing))
    print(f"{'filter':<20} {'sort':<8} {'full ms':>9} {'partial ms':>11} {'ratio':>6}")
    for flt_name in FILTERS:
        for sort in SORTS:
            full = statistics.median(times[(flt_name, sort, "full")])
            part = statistics.median(times[(flt_name, sort, "partial")])
            print(f"{flt_name:<20} {sort:<8} {full * 1000:>9.1f} {part * 1000:>11.1f} "
                  f"{part / full:>6.2f}")
    for project in projects.values():
        project.close()


if __name__ == "__main__":
    main()
