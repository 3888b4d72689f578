"""A merge that copies many documents: its time, and what it spends in the search index.

Builds once, in --workdir, a coder's project of --documents small reports (imported
through `import_many`, --sentences sentences each) and an empty lead's project. Each
run copies the lead's project and, in a fresh interpreter whose `workbench` is the tree
named by --trees (PYTHONPATH), merges the coder's project into the copy, then undoes
the merge and redoes it. For each of the three it prints the wall clock, the CPU of the
process, the CPU spent in the search index's document calls (`searchindex`
`replace_document`, `replace_documents`, `add_documents`, FTS5's own merging of
segments included), and the FTS5 segments made (flushed or merged: counted by a
temporary trigger) and left (`search_idx`). Trees take turns going first in each round.

    python bench/merge_documents_bench.py --workdir /tmp/mdocs \\
        [--documents 2000] [--sentences 4] [--rounds 3] [--trees OLD_TREE,NEW_TREE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ("merge", "undo", "redo")
INDEX_CALLS = ("replace_document", "replace_documents", "add_documents")


# ------------------------------------------------------------------ the index's segments
# FTS5 stores a segment's leaves in ``search_data`` under rowid ``segid << 37 | page``
# (height 0, no doclist index): a segment's first leaf (page 1) written counts a segment
# made, by a flush of the terms held or by FTS5's merging of segments. A temporary
# trigger on the connection counts them (FTS5 writes its tables with SQL statements).
_COUNT_SEGMENTS = (
    "CREATE TEMP TABLE made_segments(n INTEGER)",
    "INSERT INTO temp.made_segments VALUES (0)",
    "CREATE TEMP TRIGGER count_segments AFTER INSERT ON main.search_data "
    "WHEN new.id > 10 AND (new.id & 2147483647) = 1 AND ((new.id >> 31) & 63) = 0 "
    "BEGIN UPDATE made_segments SET n = n + 1; END",
)


def count_segments(conn) -> None:
    for sql in _COUNT_SEGMENTS:
        conn.execute(sql)


def segments_made(conn) -> int:
    return conn.execute("SELECT n FROM temp.made_segments").fetchone()[0]


def segments_left(conn) -> int:
    return conn.execute("SELECT count(DISTINCT segid) FROM search_idx").fetchone()[0]


# ------------------------------------------------------------------ building
def build(workdir: Path, documents: int, sentences: int) -> None:
    sys.path.insert(0, str(HERE))
    from scale_bench import SENTENCES

    from workbench.core.ops.batch_import import import_many
    from workbench.core.project import Project

    rng = random.Random(11)
    files = workdir / "files"
    files.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        body = " ".join(rng.choice(SENTENCES) for _ in range(sentences))
        (files / f"report-{n:05d}.txt").write_text(f"Report {n}\n\n{body}\n", encoding="utf-8")
    with Project.create(workdir / "source.wbproj", coder="ben") as project:
        for _batch in import_many(project, sorted(files.glob("*.txt")), sandbox=False):
            pass
    Project.create(workdir / "target.wbproj", coder="lead").close()
    (workdir / "built.json").write_text(json.dumps([documents, sentences]))


# ------------------------------------------------------------------ one run (child)
def child(workdir: Path) -> dict:
    from workbench.core import searchindex

    spent = [0.0]
    depth = [0]
    for name in INDEX_CALLS:  # the outermost call only: one may call another
        real = getattr(searchindex, name, None)
        if real is None:
            continue

        def timed(*args, _real=real, **kwargs):
            depth[0] += 1
            start = time.process_time() if depth[0] == 1 else 0.0
            try:
                return _real(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    spent[0] += time.process_time() - start

        setattr(searchindex, name, timed)

    def step_figures() -> dict:
        return {"index_cpu": spent[0]}

    def reset() -> None:
        spent[0] = 0.0

    return merge_undo_redo(workdir, reset=reset, step_figures=step_figures, totals={
        "documents": "SELECT count(*) FROM documents"})


def merge_undo_redo(workdir: Path, *, reset: Callable[[], None] = lambda: None,
                    step_figures: Callable[[], dict] = dict,
                    totals: dict[str, str] | None = None) -> dict:
    """Merge the built source into a copy of the built target, undo, redo: wall and CPU
    time of each step, the search index segments it made and left (``reset`` runs before
    each step, ``step_figures`` adds to each step's figures), then each of ``totals``'
    counting queries on the result. The copy is removed."""
    from workbench.core.merge import merge_projects
    from workbench.core.ops import history
    from workbench.core.project import Project

    folder = Path(tempfile.mkdtemp(dir=workdir))
    target = folder / "target.wbproj"
    shutil.copy(workdir / "target.wbproj", target)
    out: dict = {}
    with Project.open(target, coder="lead") as project:
        count_segments(project.conn)
        steps = {"merge": lambda: merge_projects(project, [workdir / "source.wbproj"]),
                 "undo": lambda: history.undo(project),
                 "redo": lambda: history.redo(project)}
        for step in STEPS:
            made = segments_made(project.conn)
            reset()
            wall, cpu = time.perf_counter(), time.process_time()
            steps[step]()
            out[step] = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                         **step_figures(),
                         "made": segments_made(project.conn) - made,
                         "left": segments_left(project.conn)}
        for name, sql in (totals or {}).items():
            out[name] = project.conn.execute(sql).fetchone()[0]
    shutil.rmtree(folder)
    return out


# ------------------------------------------------------------------ parent
def run(script: Path, tree: Path, workdir: Path) -> dict:
    """``script --child WORKDIR`` in a fresh interpreter whose `workbench` is ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    got = subprocess.run([sys.executable, str(script), "--child", str(workdir)], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(got.stdout)


def prepare(workdir: Path, shape: list[int], build: Callable[..., None]) -> None:
    """Build the projects in ``workdir`` unless those of the same ``shape`` are there."""
    built = workdir / "built.json"
    if not built.exists() or json.loads(built.read_text()) != shape:
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        build(workdir, *shape)


def alternate(script: Path, trees_arg: str, workdir: Path, rounds: int,
              describe: Callable[[dict], str]) -> dict[Path, list[dict]]:
    """Run every tree once a round, taking turns going first; print each run."""
    trees = [Path(t).resolve() for t in trees_arg.split(",")]
    results: dict[Path, list[dict]] = {t: [] for t in trees}
    for n in range(rounds):
        load = os.getloadavg()[0]
        for tree in trees[n % len(trees):] + trees[:n % len(trees)]:
            got = run(script, tree, workdir)
            results[tree].append(got)
            print(f"round {n + 1} load {load:.1f} {tree}: {describe(got)}", flush=True)
    return results


def tree_bench_args(doc: str, workdir: str, workdir_help: str,
                    sizes: list[tuple[str, int, str]], rounds: int,
                    child: Callable[[Path], dict]) -> argparse.Namespace | None:
    """The arguments of a bench comparing source trees: --workdir (default ``workdir``
    under the temporary folder), its ``sizes`` (flag, default, help), --rounds and
    --trees. With the hidden --child, runs ``child`` on that folder, prints what it
    returns as JSON and returns None: that run is a child of the parent's, in the tree
    under test."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=doc.split("\n\n", 1)[1])
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / workdir,
                    help=workdir_help)
    for flag, default, text in sizes:
        ap.add_argument(flag, type=int, default=default, help=text)
    ap.add_argument("--rounds", type=int, default=rounds, help="runs of each tree")
    ap.add_argument("--trees", default=str(HERE.parent),
                    help="comma-separated source trees to compare (default: this one)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return None
    return args


def main() -> None:
    args = tree_bench_args(__doc__, "merge-documents-bench",
                           "where the two projects are built and kept",
                           [("--documents", 2000, "reports in the coder's project"),
                            ("--sentences", 4, "sentences a report")], 3, child)
    if args is None:
        return
    prepare(args.workdir, [args.documents, args.sentences], build)
    script = Path(__file__).resolve()
    results = alternate(script, args.trees, args.workdir, args.rounds, lambda got: (
        f"documents {got['documents']}; "
        + "; ".join(f"{s} {got[s]['wall']:.3f} s wall, {got[s]['cpu']:.3f} s CPU, "
                    f"index {got[s]['index_cpu']:.3f} s, segments made "
                    f"{got[s]['made']}, left {got[s]['left']}" for s in STEPS)))
    for tree, runs in results.items():
        print(f"median {tree}: " + "; ".join(
            f"{s} CPU {statistics.median(r[s]['cpu'] for r in runs):.3f} s, index "
            f"{statistics.median(r[s]['index_cpu'] for r in runs):.3f} s, segments made "
            f"{statistics.median(r[s]['made'] for r in runs):.0f}" for s in STEPS))


if __name__ == "__main__":
    main()
