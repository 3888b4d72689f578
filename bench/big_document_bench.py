"""Opening a very big document in the window, beside a bare text widget given the same text.

Imports one text file of the given size (English and Arabic paragraphs) into a fresh
project, then, each in a subprocess of its own: opens the main window on the project
until the viewer shows the document (time and peak RSS), and, as the raw baseline, reads
the same text with sqlite3 and hands it to a bare ``QPlainTextEdit``. Not a test: it
prints figures and asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/big_document_bench.py [--mb 100] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PARAGRAPH = ("Artillery fire wounded four troops and killed at least 12 civilians near the "
             "market on Sunday, a provincial official said. قال المتحدث إن ثلاثة مدنيين "
             "قتلوا في القصف. The Crescent Brigade claimed responsibility.\n\n")

WINDOW = """
import resource, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from workbench.gui.app import create_main_window, init_application
from workbench.gui.settings import Settings
from workbench.gui.theme import ThemeManager
app = init_application([])
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
t = time.perf_counter()
window = create_main_window(sys.argv[1], settings, ThemeManager(app, settings.theme()))
window.show_dialogs = False
window.resize(1366, 768)
window.show()
while window.session.bus.selection.doc_id is None:
    QCoreApplication.processEvents()
QCoreApplication.processEvents()
seconds = time.perf_counter() - t
window.backup_timer.wait()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(round(seconds, 2), start // 1024, peak // 1024)
"""

RAW = """
import resource, sqlite3, sys, time
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication([])
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
text = sqlite3.connect(sys.argv[1]).execute("SELECT text FROM documents").fetchone()[0]
edit = QPlainTextEdit()
edit.resize(700, 500)
edit.setPlainText(text)
edit.show()
app.processEvents()
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(round(seconds, 2), start // 1024, peak // 1024)
"""


def build(workdir: Path, mb: float) -> Path:
    project = workdir / f"big-{mb:g}mb.wbproj"
    if project.exists():
        return project
    src = workdir / f"big-{mb:g}mb.txt"
    unit = PARAGRAPH.encode("utf-8")
    with src.open("wb") as fh:
        for i in range(int(mb * 1024 * 1024) // len(unit)):
            fh.write(f"{i} ".encode() + unit)
    from workbench.core.ops.importing import import_file
    from workbench.core.project import Project

    with Project.create(project) as p:
        res = import_file(p, src)
    if res.status != "imported":
        raise SystemExit(res.message)
    return project


def run(code: str, project: Path) -> tuple[float, int, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", code, str(project)], capture_output=True,
                         text=True, check=False, env=env)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    seconds, start, peak = out.stdout.split()[-3:]
    return float(seconds), int(start), int(peak)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, default=100, help="size of the text file (MB)")
    p.add_argument("--workdir", type=Path, help="keep the project here and reuse it")
    p.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    ns = p.parse_args()
    if ns.build_only:
        build(ns.workdir, ns.mb)
        return 0
    with tempfile.TemporaryDirectory(prefix="bigdoc-") as tmp:
        workdir = ns.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        # Built in a process of its own: a child's peak RSS starts at its parent's.
        subprocess.run([sys.executable, __file__, "--build-only", "--mb", str(ns.mb),
                        "--workdir", str(workdir)], check=True)
        project = build(workdir, ns.mb)
        w_s, w_start, w_peak = run(WINDOW, project)
        r_s, r_start, r_peak = run(RAW, project)
        print(f"{ns.mb:g} MB document: window open to document shown {w_s:.1f} s, peak RSS "
              f"{w_peak} MB (Qt started: {w_start} MB)")
        print(f"raw: sqlite3 read + bare QPlainTextEdit.setPlainText {r_s:.1f} s, peak RSS "
              f"{r_peak} MB (Qt started: {r_start} MB)")
        print(f"ratio: {w_s / r_s:.2f}x time, {(w_peak - w_start) / max(r_peak - r_start, 1):.2f}x "
              "memory above start")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
