"""The timeline's full read from ``timeline_index`` beside the JSON read it replaced.

Usage (on a COPY of a project: an older one is migrated, which changes the file)::

    PYTHONPATH=. python bench/timeline_read_bench.py /tmp/copy/scale-1000000.wbproj

Prints: migration 12's time if it ran (no backup copy made), then, in one run, the read
of every slice as the window's loader does it (10,000 rowids a slice) from the table,
the same slices computed from the annotations' JSON (the SQL the timeline used before
migration 12, fed to the same reader), a raw ``SELECT *`` of the table, and the table's
size (dbstat). Not a test: it asserts only that both reads give the same marks.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from workbench.core import clock, schema, store, timeline_index, timeline_rows
from workbench.core.project import Project

SLICE = 10_000


def migrate(path: Path) -> None:
    conn = store.connect_file(path)
    if schema.current_version(conn) < schema.LATEST:
        t = time.perf_counter()
        applied = schema.migrate(conn, now=clock.now())
        print(f"migrations {applied}: {time.perf_counter() - t:.1f} s")
    conn.close()


def read(project: Project, from_json: bool) -> tuple[timeline_rows.TimelineColumns, float]:
    t = time.perf_counter()
    reader = timeline_rows.ColumnReader(project)
    conn, top = project.conn, timeline_rows.max_rowid(project)
    cb = timeline_index.load_codebook(conn) if from_json else None
    trashed = {r[0] for r in conn.execute("SELECT id FROM documents WHERE deleted_at IS NOT NULL")}
    for after in range(0, top, SLICE):
        upto = min(after + SLICE, top)
        if cb is None:
            reader.read(after, upto)
        else:
            entries = timeline_index.compute(conn, cb, "rowid > ? AND rowid <= ?", [after, upto])
            reader.add([e for e in entries if e[1] not in trashed])
    return reader.columns(), time.perf_counter() - t


def main(path: Path) -> None:
    migrate(path)
    with Project.open(path, read_only=True) as project:
        conn = project.conn
        table, t_table = read(project, from_json=False)
        json_cols, t_json = read(project, from_json=True)
        assert all(np.array_equal(getattr(table, n), getattr(json_cols, n), equal_nan=True)
                   for n in ("rowid", "kind", "start", "end", "count_low", "count_high"))
        t = time.perf_counter()
        n = len(conn.execute("SELECT * FROM timeline_index").fetchall())
        t_raw = time.perf_counter() - t
        annotations = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        size = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'timeline_index'"
                            ).fetchone()[0]
    print(f"{annotations:,} annotations, {len(table):,} marks: from the table {t_table:.2f} s, "
          f"from the JSON {t_json:.2f} s, raw SELECT * of {n:,} entries {t_raw:.2f} s; "
          f"table {size / 1e6:.1f} MB = {size / max(annotations, 1):.1f} bytes an annotation")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("project", type=Path, help="a COPY of a project (it may be migrated)")
    main(parser.parse_args().project)
