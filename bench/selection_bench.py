"""Time selecting an annotation in another document, in the main window, offscreen.

Opens the window on a project, waits for its first paint (and for the timeline's
read of a large project, done in slices after it), then selects annotations
in other documents through the bus (as the timeline or the table would) and times
each until the document viewer and the annotation table have painted. Beside it, in
the same run, a raw baseline: a bare QPlainTextEdit given the same document's text
and painted once. Not a test: it asserts nothing.

    python bench/selection_bench.py PROJECT [--n 20] [--profile OUT.prof]

With --profile the selections run under cProfile instead of being timed.

Open a copy: the window makes a backup of the project it opens and may migrate it.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def pick(path: Path, n: int, seed: int = 7) -> list[tuple[str, int]]:
    """``n`` (annotation, document) pairs, each in a document other than the one before."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    docs = [r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY id")]
    rng = random.Random(seed)
    out: list[tuple[str, int]] = []
    prev = None
    while len(out) < n:
        doc = rng.choice(docs)
        if doc == prev:
            continue
        row = conn.execute("SELECT id FROM annotations WHERE doc_id = ? AND deleted_at IS NULL "
                           "ORDER BY start LIMIT 1 OFFSET ?", (doc, rng.randrange(50))).fetchone()
        if row:
            out.append((row[0], doc))
            prev = doc
    conn.close()
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("project", type=Path, help="an existing .wbproj file (opened, not changed)")
    ap.add_argument("--n", type=int, default=20, help="selections timed (default 20)")
    ap.add_argument("--profile", type=Path, help="profile the selections into this file")
    args = ap.parse_args()

    app = QApplication.instance() or QApplication([])
    painted: list[int] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    from workbench.gui.app import create_main_window
    from workbench.gui.settings import Settings

    ini = Path(tempfile.mkdtemp()) / "settings.ini"
    targets = pick(args.project, args.n + 1)
    t0 = time.perf_counter()
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    win = create_main_window(args.project, settings)
    watch = Watch()
    app.installEventFilter(watch)
    win.resize(1366, 768)
    win.show()
    while not painted and time.perf_counter() - t0 < 600:
        app.processEvents()
    print(f"first paint {time.perf_counter() - t0:.2f} s")
    # The timeline of a large project reads its marks in slices after the first paint;
    # wait for them, so what is timed is the selection, not the reading beside it.
    t1 = time.perf_counter()
    while getattr(win.timeline, "_loader", None) is not None and time.perf_counter() - t1 < 300:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    print(f"timeline read {time.perf_counter() - t1:.2f} s after the first paint")
    # The backup on opening copies the file in a thread (8 s or more at 1M): wait for
    # it too, so that it does not share the machine with the selections timed.
    backing = getattr(win.backup_timer, "_thread", None)
    while backing is not None and backing.is_alive() and time.perf_counter() - t1 < 600:
        app.processEvents()
    print(f"backup on opening done {time.perf_counter() - t1:.2f} s after the first paint")

    view = win.document_view
    table = win.annotation_panel.table
    bus = win.session.bus

    phases: list[list[float]] = []  # bus.select, events (paints), viewer, table, in ms

    def select(ann_id: str, doc_id: int) -> float:
        t = [time.perf_counter()]
        bus.select(ann_id, doc_id, sender=None)
        t.append(time.perf_counter())
        app.processEvents()
        t.append(time.perf_counter())
        view.viewport().repaint()
        t.append(time.perf_counter())
        table.viewport().repaint()
        t.append(time.perf_counter())
        phases.append([(b - a) * 1000 for a, b in itertools.pairwise(t)])
        return t[-1] - t[0]

    select(*targets[0])  # warm: the first selection also builds lazy widgets
    if args.profile:
        # The selections alone (not the baseline's), one after another under the profiler.
        prof = cProfile.Profile()
        prof.enable()
        for ann_id, doc_id in targets[1:]:
            select(ann_id, doc_id)
        prof.disable()
        prof.dump_stats(str(args.profile))
        print(f"profile of {len(targets) - 1} selections in {args.profile}")
        return

    # Raw baseline, same run: a bare QPlainTextEdit given each document's text, one paint.
    raw_view = QPlainTextEdit()
    raw_view.setReadOnly(True)
    raw_view.resize(view.size())
    raw_view.show()
    conn = sqlite3.connect(f"file:{args.project}?mode=ro", uri=True)

    def raw(doc_id: int) -> float:
        t = time.perf_counter()
        text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
        raw_view.setPlainText(text)
        app.processEvents()
        raw_view.viewport().repaint()
        return time.perf_counter() - t

    sel_ms: list[float] = []
    raw_ms: list[float] = []
    for ann_id, doc_id in targets[1:]:  # interleaved, so load hits both alike
        sel_ms.append(select(ann_id, doc_id) * 1000)
        raw_ms.append(raw(doc_id) * 1000)
    n_marks = len(view.marks)
    print(f"selection (other document)  p50 {statistics.median(sel_ms):7.1f} ms  "
          f"p95 {pct(sel_ms, 0.95):7.1f} ms  max {max(sel_ms):7.1f} ms  "
          f"(n={len(sel_ms)}, {n_marks} marks in the last document)")
    cols = list(zip(*phases[-len(sel_ms):], strict=True))
    print("  phases p50: " + ", ".join(
        f"{name} {statistics.median(c):.1f} ms"
        for name, c in zip(("bus.select", "events", "viewer paint", "table paint"), cols,
                           strict=True)))
    print(f"raw setPlainText + paint    p50 {statistics.median(raw_ms):7.1f} ms  "
          f"p95 {pct(raw_ms, 0.95):7.1f} ms  max {max(raw_ms):7.1f} ms")
    print(f"ratio p50 {statistics.median(sel_ms) / statistics.median(raw_ms):.1f}x  "
          f"load average {os.getloadavg()[0]:.1f}")
    win.close()


if __name__ == "__main__":
    main()
