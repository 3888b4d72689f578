"""Open the incidents pane on 10,000 incidents; print its time beside a raw SELECT.

    QT_QPA_PLATFORM=offscreen python bench/incident_pane_bench.py

Synthetic incidents are inserted with plain SQL into a copy of the demo project (the
demo's casualty figures become members of the earliest ones, so the rows on screen
have real tallies to compute). "Open" is building the pane, showing it and painting
its first screen (which tallies the visible rows); the baseline is
``SELECT * FROM incidents`` on the same connection, in the same run. Best of five.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N = 10_000
RUNS = 5


def make_project(folder: Path) -> Path:
    from workbench.core.demo import build_demo
    from workbench.core.project import Project

    path = build_demo(folder / "bench.wbproj")
    project = Project.open(path)
    from workbench.core.incidents.model import membership_rows

    figures = [a["id"] for a in project.repo.annotations() if a["kind"] == "casualty"]
    # The demo groups some figures itself; a figure belongs to one incident at most.
    taken = membership_rows(project, figures)
    counts = [a for a in figures if a not in taken]
    now = "2026-01-01T00:00:00Z"
    rows, members = [], []
    for i in range(N):
        inc = str(uuid.uuid4())
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        rows.append((inc, f"Incident {i}", day, "day", f"Place {i % 300}", "open", "bench",
                     now, now))
        if i < len(counts):
            members.append((str(uuid.uuid4()), inc, counts[i], "bench", now))
    with project.conn:
        project.conn.executemany(
            "INSERT INTO incidents(id, title, start_date, date_precision, place_name, status,"
            " coder, created_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        project.conn.executemany(
            "INSERT INTO incident_members(id, incident_id, annotation_id, coder, added_at)"
            " VALUES (?,?,?,?,?)", members)
    project.close()
    return path


def main() -> None:
    argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0]).parse_args()
    from PySide6.QtWidgets import QApplication

    from workbench.core.project import Project
    from workbench.gui.bus import Bus
    from workbench.gui.panes.incident_panel import IncidentPanel
    from workbench.gui.session import Session

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.open(make_project(Path(tmp)))
        raw, pane_ms, tallied = [], [], 0
        for _ in range(RUNS):
            t0 = time.perf_counter()
            n = len(project.conn.execute("SELECT * FROM incidents").fetchall())
            raw.append((time.perf_counter() - t0) * 1000)
            session = Session(project, Bus())
            t0 = time.perf_counter()
            pane = IncidentPanel(session)
            pane.resize(1000, 300)
            pane.show()
            pane.repaint()
            app.processEvents()
            pane_ms.append((time.perf_counter() - t0) * 1000)
            tallied = session.tallies.computed
            # The demo's own incidents are listed too (its suggestion among them).
            assert pane.model.rowCount() == n >= N
            pane.close()
            pane.deleteLater()
            app.processEvents()
        project.close()
    print(f"{N} incidents: pane open {min(pane_ms):.0f} ms (tallied {tallied} visible rows); "
          f"raw SELECT * FROM incidents {min(raw):.0f} ms")


if __name__ == "__main__":
    main()
