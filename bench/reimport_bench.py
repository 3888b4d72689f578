"""What a re-import costs, beside what the window's import holds the window's thread for.

The window parses the new version in a thread (the sandboxed importer) and runs the
store step, the core's ``reimport_parsed`` (new text, every annotation re-anchored and
rewritten), in another thread on a connection of its own (``core/detached_write.py``):
these figures say why. This writes a report of ``--paragraphs`` paragraphs with
``--annotations`` annotations on it, then a corrected copy (a lead line added, so every
span moves; one toll in twenty reworded; one paragraph in fifty cut, whose annotations
must be orphaned, not moved onto the next paragraph that reads alike), and prints the
CPU time of the parse step and of the store step, beside the raw baseline of the same
run: the longest the window's import holds its thread, storing one
batch of ``BATCH_FILES`` (200) small files. Not a test.

    python bench/reimport_bench.py [--paragraphs 700] [--annotations 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from workbench.core.ops.batch_import import BATCH_FILES, store_batch_changes
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.ops.documents import reimport_parsed
from workbench.core.ops.importing import import_file, parse_path, parse_paths
from workbench.core.project import Project


def paragraph(i: int) -> str:
    return (f"Report {i}. Shelling near checkpoint {i} killed {i % 40 + 2} drivers on "
            f"{i % 28 + 1} May, the roads office of district {i} said. Residents of block "
            f"{i} said the bakery stayed shut for {i % 6 + 1} days.\n\n")


def versions(paragraphs: int) -> tuple[str, str]:
    first = "".join(paragraph(i) for i in range(paragraphs))
    kept = []
    for i in range(paragraphs):
        if i % 50 == 49:
            continue  # cut from the corrected copy
        p = paragraph(i)
        if i % 20 == 7:
            p = p.replace(f"killed {i % 40 + 2} drivers", f"killed {i % 40 + 3} drivers")
        kept.append(p)
    return first, "CORRECTED. A lead line the wire added.\n\n" + "".join(kept)


def spans(text: str, n: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for phrase, kind in (("killed", "casualty"), ("the roads office", "statement"),
                         ("Residents of block", "event")):
        at = 0
        while (at := text.find(phrase, at)) >= 0 and len(out) < n:
            end = text.find(" said" if kind != "casualty" else " on", at)
            out.append((at, end if end > at else at + len(phrase), kind))
            at += len(phrase)
    return out[:n]


def cpu(fn):
    t = time.process_time()
    out = fn()
    return time.process_time() - t, out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--paragraphs", type=int, default=700)
    p.add_argument("--annotations", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=3)
    ns = p.parse_args()
    first, second = versions(ns.paragraphs)
    parse_s, store_s, base_s = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for r in range(ns.repeat):
            old, new = folder / f"old{r}.txt", folder / f"new{r}.txt"
            old.write_text(first, encoding="utf-8")
            new.write_text(second, encoding="utf-8")
            with Project.create(folder / f"p{r}.wbproj", coder="bench") as project:
                doc = import_file(project, old).doc_id
                marks = spans(first, ns.annotations)
                create_annotations(project, [
                    NewAnnotation(doc, k, s, e,
                                  {"outcome": "killed", "count_low": 5} if k == "casualty"
                                  else {}) for s, e, k in marks])
                seconds, parsed = cpu(lambda new=new: parse_path(new))
                parse_s.append(seconds)
                seconds, cs = cpu(lambda p=project, d=doc, f=parsed: reimport_parsed(p, d, f))
                store_s.append(seconds)
                report = cs.result
            batch = []
            for i in range(BATCH_FILES):
                path = folder / f"b{r}-{i}.txt"
                path.write_text(paragraph(i) + paragraph(i + 1), encoding="utf-8")
                batch.append(path)
            with Project.create(folder / f"b{r}.wbproj", coder="bench") as base:
                files = parse_paths(batch)
                seconds, _ = cpu(lambda b=base, f=files: store_batch_changes(b, f))
                base_s.append(seconds)
    print(f"document {len(first) / 1e3:.0f} kB, {len(marks)} annotations; re-import: "
          f"{report.in_place} in place, {report.reanchored} re-anchored, "
          f"{report.orphaned} orphaned ({report.lookalikes} rather than moved onto a "
          f"look-alike), {len(report.review)} waiting for review")
    print(f"parse step (worker thread, sandboxed): median {statistics.median(parse_s):.3f} s CPU "
          "of this process")
    print(f"store step (reimport_parsed):          median {statistics.median(store_s):.3f} s CPU "
          f"({', '.join(f'{s:.3f}' for s in store_s)})")
    print(f"baseline, the import storing one batch of {BATCH_FILES} files: median "
          f"{statistics.median(base_s):.3f} s CPU ({', '.join(f'{s:.3f}' for s in base_s)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
