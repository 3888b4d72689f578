"""What watching the project file for other programs' commits costs the window.

The window's timer (``gui/outside_watch.py``) asks once a second whether the file is in
place (``Project.whereabouts``: a stat and an access check) and whether another
connection committed (``Watch.poll``: ``PRAGMA data_version``); only after another
program's commit does it read the audit log's new entries into a ChangeSet. This prints
the CPU time of one idle look (nothing changed), beside the raw baseline of the same
run, the bare pragma; then of the poll after another connection added ``--sizes``
annotations in one transaction (what a command-line import or merge of that size
costs the window's thread once). Not a test.

    python bench/outside_bench.py [--sizes 100 1000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.ops.importing import import_bytes
from workbench.core.outside import Watch, gone_sentence
from workbench.core.project import Project

TEXT = "".join(f"Report {i}. Shelling near checkpoint {i} killed {i % 40 + 2} drivers, "
               f"the roads office of district {i} said.\n\n" for i in range(400))
IDLE_LOOKS = 2000


def cpu(fn, times: int = 1) -> float:
    start = time.process_time()
    for _ in range(times):
        fn()
    return (time.process_time() - start) / times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "watched.wbproj"
        window = Project.create(path, coder="window")
        doc = import_bytes(window, TEXT.encode(), "report.txt", {}, sandbox=False).doc_id
        watch = Watch(window)
        other = Project.open(path, coder="terminal")

        def look() -> None:
            if gone_sentence(window) is None:
                watch.poll()

        def pragma() -> None:
            window.conn.execute("PRAGMA data_version").fetchone()

        for r in range(args.repeat):
            base = cpu(pragma, IDLE_LOOKS) * 1e6
            idle = cpu(look, IDLE_LOOKS) * 1e6
            print(f"round {r + 1}: idle look {idle:.1f} µs CPU; raw baseline, the bare "
                  f"pragma: {base:.1f} µs")
        for n in args.sizes:
            times = []
            for _ in range(args.repeat):
                items = [NewAnnotation(doc, "casualty", (i * 7) % 30000, (i * 7) % 30000 + 9,
                                       {"outcome": "killed"}) for i in range(n)]
                create_annotations(other, items)
                start = time.process_time()
                cs = watch.poll()
                times.append(time.process_time() - start)
                assert cs is not None and len(cs.changes) >= n
            print(f"poll after {n:,} annotations added elsewhere: "
                  f"{statistics.median(times) * 1000:.1f} ms CPU (median of {args.repeat}; "
                  f"{', '.join(f'{t * 1000:.1f}' for t in times)})")
        other.close()
        window.close()


if __name__ == "__main__":
    main()
