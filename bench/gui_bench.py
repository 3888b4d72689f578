"""How fast the source viewer and the linked panes respond, against raw Qt baselines.

1. First screen of a 1 MB news-like document with 5,000 annotations, against a plain
   QPlainTextEdit.setPlainText of the same text (no highlights) in the same run.
2. Repaint per page while scrolling that document, against the plain editor.
3. Selecting an annotation in a project with 100,000 annotations, every pane updating
   (the whole main window), within the same document and across documents.

    QT_QPA_PLATFORM=offscreen python bench/gui_bench.py [--big N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from workbench.core import clock
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

SENTENCES = (
    "Artillery fire struck the eastern market of Qarsel shortly before noon on Sunday.",
    "A provincial official said at least 12 civilians were killed and dozens wounded.",
    "The Crescent Brigade claimed responsibility in a statement posted on messaging channels.",
    "The army denied any involvement and said its units had not fired in the area.",
    "Hospital staff said 47 wounded people had been admitted, eight in critical condition.",
    "Witnesses described a white pickup truck parked among the stalls before the blast.",
    "Local officials said the death toll rose to 30 by the evening.",
    "A defense official, speaking on condition of anonymity, said the strike was a response.",
    "Aid groups reported that about 200 families had been displaced from nearby villages.",
    "The governor announced a curfew and closed the roads into the town until Tuesday.",
    "Two journalists were detained at a checkpoint north of the river, their outlet said.",
    "Residents said the shelling resumed overnight and lasted for several hours.",
    "The ministry spokesman told reporters that an investigation had been opened.",
    "More than 40 people were reported missing after the clashes near the crossing.",
    "Talks between the two sides were postponed last week, according to mediators.",
)
KINDS = ("statement", "claim", "casualty", "event", "date", "actor", "location")


def news_text(target: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paras, size = [], 0
    while size < target:
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 7)))
        paras.append(para)
        size += len(para) + 2
    return "\n\n".join(paras)


def annotation_rows(doc_id: int, text: str, n: int, seed: int = 3) -> list[dict]:
    """n annotations on sentence-like spans spread over the text; some overlap."""
    rng = random.Random(seed)
    now = clock.now()
    rows = []
    for i in range(n):
        start = rng.randrange(0, len(text) - 200)
        end = start + rng.randint(8, 120)
        rows.append({
            "id": f"b{doc_id}-{i}", "doc_id": doc_id, "kind": rng.choice(KINDS),
            "start": start, "end": end, "exact": text[start:end],
            "status": "suggested" if i % 10 == 0 else "accepted", "fields": "{}",
            "coder": "bench", "created_at": now, "modified_at": now,
        })
    return rows


def insert_annotations(project: Project, rows: list[dict]) -> None:
    """Bench only: bulk rows straight into the table (no audit, no undo, no search index)."""
    cols = list(rows[0])
    sql = (f"INSERT INTO annotations ({','.join(chr(34) + c + chr(34) for c in cols)}) "
           f"VALUES ({','.join('?' * len(cols))})")
    with project.conn:
        project.conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def add_document(project: Project, text: str, name: str) -> int:
    res = import_bytes(project, text.encode(), name, {"published": "2026-03-01"},
                       sandbox=False)
    return int(res.doc_id)


def settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def bench_viewer(tmp: Path) -> None:
    from workbench.gui.bus import Bus
    from workbench.gui.panes.document_view import DocumentView
    from workbench.gui.session import Session

    text = news_text(1_000_000)
    project = Project.create(tmp / "viewer.wbproj", coder="bench")
    project.conn.execute("PRAGMA synchronous = OFF")
    doc_id = add_document(project, text, "big.txt")
    insert_annotations(project, annotation_rows(doc_id, text, 5000))
    print(f"document: {len(text):,} characters, {text.count(chr(10) * 2) + 1:,} paragraphs, "
          "5,000 annotations")

    plain = QPlainTextEdit()
    plain.resize(900, 800)
    plain.show()
    settle()
    t = time.perf_counter()
    plain.setPlainText(text)
    plain.viewport().repaint()
    base_open = time.perf_counter() - t

    view = DocumentView(Session(project, Bus()))
    view.resize(900, 800)
    view.show()
    settle()
    t = time.perf_counter()
    view.session.bus.select(None, doc_id, sender=None)
    view.viewport().repaint()
    view_open = time.perf_counter() - t
    print(f"first screen   plain QPlainTextEdit {ms(base_open)}   viewer {ms(view_open)}   "
          f"ratio {view_open / base_open:5.1f}x")

    def scroll(editor: QPlainTextEdit, pages: int = 40) -> list[float]:
        bar = editor.verticalScrollBar()
        bar.setValue(bar.maximum() // 3)
        editor.viewport().repaint()
        times = []
        for _ in range(pages):
            t = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            editor.viewport().repaint()
            times.append(time.perf_counter() - t)
        return times

    base_scroll, view_scroll = scroll(plain), scroll(view)
    b, v = statistics.median(base_scroll), statistics.median(view_scroll)
    print(f"scroll / page  plain QPlainTextEdit {ms(b)}   viewer {ms(v)}   ratio {v / b:5.1f}x"
          f"   (viewer worst {ms(max(view_scroll))})")
    plain.close()
    view.close()
    project.close()


def bench_selection(tmp: Path, total: int) -> None:
    from workbench.gui.app import create_main_window

    path = tmp / "big.wbproj"
    project = Project.create(path, coder="bench")
    project.conn.execute("PRAGMA synchronous = OFF")  # a throw-away file: skip the fsyncs
    docs = 100
    per_doc = total // docs
    t = time.perf_counter()
    for d in range(docs):
        text = news_text(12_000, seed=d)
        doc_id = add_document(project, text, f"doc{d}.txt")
        insert_annotations(project, annotation_rows(doc_id, text, per_doc, seed=d))
    project.close()
    print(f"\nproject: {docs} documents, {docs * per_doc:,} annotations "
          f"(built in {time.perf_counter() - t:.1f} s)")

    t = time.perf_counter()
    win = create_main_window(path)
    win.show_dialogs = False
    win.resize(1600, 1000)
    win.show()
    settle()
    print(f"window open    {ms(time.perf_counter() - t)}")
    bus = win.session.bus
    repo = win.session.project.repo
    doc_ids = [d["id"] for d in repo.documents()]
    rng = random.Random(5)
    same, cross = [], []
    for i in range(20):
        doc_id = bus.selection.doc_id if i % 2 == 0 else rng.choice(doc_ids)
        rows = repo.annotations(doc_id=doc_id)
        row = rng.choice(rows)
        t = time.perf_counter()
        bus.select(row["id"], row["doc_id"], sender=None)
        win.repaint()
        settle()
        (same if i % 2 == 0 else cross).append(time.perf_counter() - t)
    print(f"select (same document)   median {ms(statistics.median(same))}   "
          f"worst {ms(max(same))}")
    print(f"select (other document)  median {ms(statistics.median(cross))}   "
          f"worst {ms(max(cross))}")
    win.close()
    win.session.project.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=100_000, help="annotations in part 3")
    args = parser.parse_args()
    QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        bench_viewer(Path(tmp))
        bench_selection(Path(tmp), args.big)


if __name__ == "__main__":
    main()
