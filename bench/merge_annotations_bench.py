"""A merge that adds many annotations: its time, and the search index's segments it makes.

Builds once, in --workdir, a lead's project of --reports small reports and a copy of it
in which another coder added --annotations figures, spread over the reports (through the
bulk path, ``create_annotations``). Each run copies the lead's project and, in a fresh
interpreter whose `workbench` is the tree named by --trees (PYTHONPATH), merges the
coder's copy into it (every report matched, every annotation added), then undoes the
merge and redoes it. For each of the three it prints the wall clock, the CPU of the
process and the FTS5 segments made (a flush of the terms FTS5 holds, or the output of
one of its merges: counted by a temporary trigger, as `merge_documents_bench.py` counts
them) and left. Trees take turns going first in each round.

    python bench/merge_annotations_bench.py --workdir /tmp/manns \\
        [--annotations 20000] [--reports 20] [--rounds 3] [--trees OLD_TREE,NEW_TREE]
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ("merge", "undo", "redo")
# Fictional report lines; each annotation quotes a few words of its report.
LINES = (
    "Artillery fire wounded four troops near the river crossing on Sunday.",
    "At least 12 civilians were killed when a shell hit the grain market.",
    "A provincial official said two fighters were detained at the checkpoint.",
    "Dozens of families were displaced from the northern villages last week.",
    "The militia denied any role in the attack on the water station.",
)
OUTCOMES = ("killed", "wounded", "captured", "displaced", "missing")


def build(workdir: Path, annotations: int, reports: int) -> None:
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    rng = random.Random(5)
    target, source = workdir / "target.wbproj", workdir / "source.wbproj"
    texts = []
    with Project.create(target, coder="lead") as project:
        for n in range(reports):
            body = " ".join(rng.choice(LINES) for _ in range(6))
            text = f"Report {n} from the district office\n\n{body}\n"
            import_bytes(project, text.encode(), f"report-{n:03d}.txt", {}, sandbox=False)
            texts.append(text)
    shutil.copy(target, source)
    with Project.open(source, coder="ben") as project:
        ids = [d["id"] for d in project.repo.documents()]
        items = []
        for i in range(annotations):
            doc = i % len(ids)
            start = rng.randrange(0, len(texts[doc]) - 40)
            items.append(NewAnnotation(ids[doc], "casualty", start, start + rng.randint(8, 40),
                                       {"outcome": OUTCOMES[i % len(OUTCOMES)]}))
        create_annotations(project, items)
    (workdir / "built.json").write_text(json.dumps([annotations, reports]))


def child(workdir: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from merge_documents_bench import merge_undo_redo

    return merge_undo_redo(workdir, totals={
        "annotations": "SELECT count(*) FROM annotations WHERE deleted_at IS NULL",
        "found": "SELECT count(*) FROM search WHERE search MATCH 'wounded'"})


def main() -> None:
    sys.path.insert(0, str(HERE))
    from merge_documents_bench import alternate, prepare, tree_bench_args

    args = tree_bench_args(__doc__, "merge-annotations-bench",
                           "where the two projects are built and kept",
                           [("--annotations", 20000, "annotations the coder's copy adds"),
                            ("--reports", 20, "reports in the lead's project")], 3, child)
    if args is None:
        return
    prepare(args.workdir, [args.annotations, args.reports], build)
    script = Path(__file__).resolve()
    results = alternate(script, args.trees, args.workdir, args.rounds, lambda got: (
        f"live annotations {got['annotations']}, 'wounded' found in {got['found']}; "
        + "; ".join(f"{s} {got[s]['wall']:.3f} s wall, {got[s]['cpu']:.3f} s CPU, "
                    f"segments made {got[s]['made']}, left {got[s]['left']}" for s in STEPS)))
    for tree, runs in results.items():
        print(f"median {tree}: " + "; ".join(
            f"{s} CPU {statistics.median(r[s]['cpu'] for r in runs):.3f} s "
            f"({min(r[s]['cpu'] for r in runs):.3f}-{max(r[s]['cpu'] for r in runs):.3f}), "
            f"segments made {statistics.median(r[s]['made'] for r in runs):.0f}"
            for s in STEPS))


if __name__ == "__main__":
    main()
