"""How long the window stops answering while File → Merge project… runs.

Builds a target project with one report and a copy of it where another coder added N
figures, opens the window offscreen on the target and merges the copy through
``main_menus.merge_into`` (what the menu calls), while a 10 ms timer in the window's
thread records the gaps between its ticks. Printed: the longest gap (how long the window
could not paint or take a click), the merge's wall time, and the CPU time of the window's
thread during it; the raw baseline of the same run is the core merge alone
(``merge_projects`` on the same files, no window), CPU and wall time.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python bench/merge_window_bench.py [--annotations 3000]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.core.merge import merge_projects
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

REPORT = ("Shelling hits the market in Port Halden\n\nArtillery fire wounded four troops "
          "and killed at least 12 civilians on Sunday, a provincial official said.\n")


def build(folder: Path, n: int) -> tuple[Path, Path]:
    target, source = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(target, coder="lead") as p:
        import_bytes(p, REPORT.encode(), "report.txt", {}, sandbox=False)
    shutil.copy(target, source)
    with Project.open(source, coder="ben") as p:
        doc = p.repo.documents()[0]["id"]
        create_annotations(p, [NewAnnotation(doc, "casualty", i % 60, i % 60 + 8,
                                             {"outcome": "wounded"}) for i in range(n)])
    return target, source


def core_alone(target: Path, source: Path) -> tuple[float, float]:
    with Project.open(target, coder="lead") as p:
        wall, cpu = time.perf_counter(), time.process_time()
        merge_projects(p, [source])
        return time.perf_counter() - wall, time.process_time() - cpu


def in_window(target: Path, source: Path) -> tuple[float, float, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.main_menus import merge_into

    app = QApplication.instance() or QApplication([])
    win = create_main_window(target)
    win.show_dialogs = False
    win.show()
    for _ in range(20):
        app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start, cpu = time.perf_counter(), time.thread_time()
    ticks.append(start)
    assert merge_into(win, [str(source)]) is not None
    end, cpu = time.perf_counter(), time.thread_time() - cpu
    timer.stop()
    ticks.append(end)
    gap = max(b - a for a, b in itertools.pairwise(ticks))
    close_window(win)
    return gap, end - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--annotations", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        target, source = build(folder, args.annotations)
        plain = folder / "plain.wbproj"
        shutil.copy(target, plain)
        base_wall, base_cpu = core_alone(plain, source)
        gap, wall, cpu = in_window(target, source)
    print(f"{args.annotations} annotations, load {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"baseline  core merge alone      wall {base_wall:6.2f} s  CPU {base_cpu:6.2f} s")
    print(f"window    merge_into            wall {wall:6.2f} s  "
          f"CPU of the window's thread {cpu:6.2f} s")
    print(f"window    longest gap between 10 ms ticks  {gap * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
