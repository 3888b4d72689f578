"""The window's import: files parsed together, stored in batches, progress with a rate."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.gui.import_worker import ImportJob


def test_results_in_order_and_progress_with_rate(session, qtbot, tmp_path: Path) -> None:
    paths = []
    for i in range(5):
        p = tmp_path / f"n{i}.txt"
        p.write_text(f"Note {i}: a convoy was stopped at the checkpoint.\n" if i != 3
                     else "Note 1: a convoy was stopped at the checkpoint.\n")
        paths.append(p)
    job = ImportJob(session, paths)
    texts: list[str] = []
    job.progress_text.connect(texts.append)
    with qtbot.waitSignal(job.finished, timeout=20000) as sig:
        job.start()
    results = sig.args[0]
    assert [Path(r.path).name for r in results] == [p.name for p in paths]
    assert [r.status for r in results] == ["imported"] * 3 + ["duplicate", "imported"]
    assert results[3].doc_id == results[1].doc_id  # same bytes in one batch
    assert texts and texts[-1].startswith("5 of 5 files") and "files/s" in texts[-1]


def test_the_window_records_the_file_a_link_leads_to(session, qtbot, tmp_path: Path) -> None:
    # The custody log names the file whose bytes were read, wherever the name the
    # window was given (a link on the desktop, a folder reached through a link) led.
    real = tmp_path / "reports"
    real.mkdir()
    for name in ("velna.txt", "halden.txt"):
        (real / name).write_text(f"{name}: shelling near the bridge.\n", encoding="utf-8")
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "latest.txt").symlink_to(real / "velna.txt")
    (tmp_path / "current").symlink_to(real)
    job = ImportJob(session, [tmp_path / "desktop" / "latest.txt",
                              tmp_path / "current" / "halden.txt"])
    with qtbot.waitSignal(job.finished, timeout=20000):
        job.start()
    names = [r["filename"] for r in session.project.repo.custody()][-2:]
    assert names == [os.path.realpath(real / "velna.txt"),
                     os.path.realpath(real / "halden.txt")]
