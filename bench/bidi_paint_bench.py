"""What placing highlights by Qt's glyph runs costs in right-to-left text.

A line Qt laid out partly right to left has its highlights placed from
``QTextLine.glyphRuns`` (a span may lie in two places on a line that mixes
directions); other lines from ``cursorToX`` at the span's two ends. This bench
builds an Arabic document with digits in every line (so every line mixes directions)
and times, in CPU time, both ways in the same process, alternated: the cursorToX way
is the baseline (it is what every paragraph used before, wrong where directions mix).

1. Finding the pieces of the marks on one screen (``doc_painter.collect``).
2. A full repaint of the viewer with the pieces found again.
3. Selecting an annotation (scroll to it, repaint) in a document of 5,000 annotations.

    QT_QPA_PLATFORM=offscreen python bench/bidi_paint_bench.py [--annotations 5000]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from workbench.core.ops.annotations import create_annotation
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.bus import Bus, Selection
from workbench.gui.panes import doc_painter
from workbench.gui.panes.document_view import DocumentView
from workbench.gui.session import Session

# Fictional words in the style of a casualty report, with figures in Western digits.
_PHRASE = ("قالَ المتحدثُ إنَّ الغارةَ قتلتْ 13 مدنيًّا في القرية يوم الأحد "
           "وأصيب 20 آخرون بجروح بحسب مصادر طبية في المدينة")
WORDS = _PHRASE.split(" ")


def build(folder: Path, n: int) -> tuple[Project, int, list[str]]:
    rng = random.Random(7)
    text = "\n".join(" ".join(rng.choice(WORDS) for _ in range(60))
                     for _ in range(max(60, n // 5))) + "\n"
    project = Project.create(folder / "arabic.wbproj", coder="bench")
    doc = int(import_bytes(project, text.encode(), "arabic.txt", {"title": "Arabic"},
                           sandbox=False).doc_id)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+){0,2}", text)][::3][:n]
    ids = [str(create_annotation(project, doc, rng.choice(["claim", "casualty", "statement"]),
                                 s, e, {}).result) for s, e in spans]
    return project, doc, ids


def cpu_ms(fn, reps: int) -> float:
    t = time.process_time()
    for _ in range(reps):
        fn()
    return (time.process_time() - t) / reps * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annotations", type=int, default=5000,
                    help="annotations on the Arabic document (default 5,000)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of each measure, alternated (default 3)")
    args = ap.parse_args()
    app = QApplication([])
    project, doc, ids = build(Path(tempfile.mkdtemp()), args.annotations)
    view = DocumentView(Session(project, Bus()))
    view.resize(700, 900)
    view.show()
    app.processEvents()
    view.load_document(doc)
    view.viewport().repaint()
    clip = QRectF(view.viewport().rect())
    rng = random.Random(3)
    picks = [rng.choice(ids) for _ in range(40)]

    def collect() -> None:
        doc_painter.collect(view, view.marks, clip)

    def repaint() -> None:
        view._pieces = None  # find the pieces again, as a scroll does
        view.viewport().repaint()

    def select() -> list[float]:
        out = []
        for ann in picks:
            t = time.process_time()
            view._on_selection(Selection(ann, doc, "bench"))
            view.viewport().repaint()
            out.append((time.process_time() - t) * 1000)
        return out

    print(f"{len(ids):,} annotations; pieces on one screen: "
          f"{len(doc_painter.collect(view, view.marks, clip))}; CPU ms, load average "
          f"{os.getloadavg()[0]:.1f}")
    print(f"{'round':>5} {'collect: glyph runs':>20} {'cursorToX':>10} "
          f"{'repaint: glyph':>15} {'cursorToX':>10} {'select p50: glyph':>18} {'cursorToX':>10}")
    for r in range(args.rounds):
        figures = []
        for step in (collect, repaint):
            for glyph_runs in (True, False):
                doc_painter.GLYPH_RUNS = glyph_runs
                figures.append(cpu_ms(step, 30))
        for glyph_runs in (True, False):
            doc_painter.GLYPH_RUNS = glyph_runs
            figures.append(statistics.median(select()))
        doc_painter.GLYPH_RUNS = True
        print(f"{r + 1:>5} {figures[0]:>20.2f} {figures[1]:>10.2f} {figures[2]:>15.2f} "
              f"{figures[3]:>10.2f} {figures[4]:>18.1f} {figures[5]:>10.1f}")
    project.close()


if __name__ == "__main__":
    main()
