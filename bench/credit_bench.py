"""The agreement credit: who each counted annotation is credited to, and its CPU time.

Builds once, in --workdir, a project of one long report where amal, ben and chen each
code --figures casualty figures, dave changes the count of a third of amal's, and the
engines' suggestions on the same report (one per figure, stored in the lead's name) are
all accepted by ben. Each run opens it in a fresh interpreter whose `workbench` is the
tree named by --trees (PYTHONPATH), reads the counted annotations and times
``credited_coders`` on them (CPU of that call alone). Trees take turns going first.

    python bench/credit_bench.py [--workdir /tmp/credit-bench] [--figures 1000]
        [--rounds 4] [--trees OLD_TREE,NEW_TREE]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(path: Path, figures: int) -> None:
    from workbench.core.ops.annotations import set_status, update_annotation
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    lines = [f"Report {i}: gunmen killed {i % 30 + 2} villagers near the old bridge."
             for i in range(figures)]
    text = " ".join(lines)
    with Project.create(path, coder="amal") as p:
        doc = int(import_bytes(p, text.encode(), "ledger.txt", sandbox=False).doc_id)
        starts = [text.index(f"Report {i}:") for i in range(figures)]
        made = {}
        for coder in ("amal", "ben", "chen"):
            p.coder = coder
            made[coder] = create_annotations(p, [NewAnnotation(
                doc, "casualty", s, s + 20, {"outcome": "killed", "count_low": 3})
                for s in starts]).result
        p.coder = "dave"
        for ann in made["amal"][: figures // 3]:
            update_annotation(p, ann, fields={"count_low": 4})
        p.coder = "lead"
        suggested = create_annotations(p, [NewAnnotation(
            doc, "casualty", s + 10, s + 30, {"outcome": "killed"}, status="suggested",
            origin="suggest:casualty") for s in starts]).result
        p.coder = "ben"
        set_status(p, suggested, "accepted")


def child(path: Path) -> dict:
    from workbench.core.agreement.credit import credited_coders
    from workbench.core.agreement.matching import counts
    from workbench.core.project import Project

    with Project.open(path, coder="bench") as p:
        anns = [a for a in p.repo.annotations() if counts(a)]
        start = time.process_time()
        credit = credited_coders(p, anns)
        cpu = time.process_time() - start
    return {"counted": len(anns), "credited": len(credit), "cpu": cpu}


def main() -> None:
    sys.path.insert(0, str(HERE))
    from merge_documents_bench import alternate, tree_bench_args

    args = tree_bench_args(__doc__, "credit-bench", "where the project is built and kept",
                           [("--figures", 1000, "figures each coder codes")], 4, child)
    if args is None:
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"credit-{args.figures}.wbproj"
    if not path.exists():
        build(path, args.figures)
    # the child reads the project's path from --child; the folder holds one per size
    runs = alternate(Path(__file__).resolve(), args.trees, path, args.rounds, lambda got: (
        f"{got['counted']} counted, {got['credited']} credited to another coder than their "
        f"creator, CPU {got['cpu']:.3f} s"))
    for tree, got in runs.items():
        cpu = [g["cpu"] for g in got]
        print(f"median {tree}: CPU {statistics.median(cpu):.3f} s "
              f"({min(cpu):.3f}-{max(cpu):.3f})")


if __name__ == "__main__":
    main()
