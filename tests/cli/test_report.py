"""workbench report: writes HTML or PDF, refuses other extensions and unknown incidents."""

from __future__ import annotations

import pytest

from tests.helpers import REPORT, add_doc, make_project
from workbench.cli import main
from workbench.core.incidents import ops
from workbench.core.ops.annotations import annotate_quote


@pytest.fixture
def proj(tmp_path):
    with make_project(tmp_path, "halden.wbproj") as p:
        doc = add_doc(p, REPORT, published="2026-03-04", publisher="Northgate Wire")
        k = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                           {"outcome": "killed", "count_low": 12, "qualifier": "at_least"}).result
        inc = ops.create_incident(p, "Market <b>shelling</b>", members=[k]).result
    return tmp_path / "halden.wbproj", inc


def test_report_html_and_pdf(proj, tmp_path, capsys):
    path, inc = proj
    assert main(["report", str(path), "--incident", inc, "-o", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Market &lt;b&gt;shelling&lt;/b&gt;" in page and "data:image/png;base64," in page
    assert main(["report", str(path), "-o", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"
    assert "Wrote" in capsys.readouterr().out


def test_report_errors_are_one_sentence(proj, tmp_path, capsys):
    path, _ = proj
    assert main(["report", str(path), "-o", str(tmp_path / "r.docx")]) == 1
    assert ".html or .pdf" in capsys.readouterr().err
    assert main(["report", str(path), "--incident", "nope", "-o", str(tmp_path / "r.pdf")]) == 1
    assert "no incident" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_report_counts_accepted_figures_unless_status_asks_for_more(proj, tmp_path):
    path, inc = proj
    from workbench.core.ops.annotations import set_status
    from workbench.core.project import Project

    with Project.open(path) as p:
        set_status(p, [a["id"] for a in p.repo.annotations()], "suggested")
    assert main(["report", str(path), "--incident", inc, "-o", str(tmp_path / "a.html")]) == 0
    assert "no figures" in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert main(["report", str(path), "--incident", inc, "--status", "accepted",
                 "--status", "suggested", "-o", str(tmp_path / "b.html")]) == 0
    assert "killed 12" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_report_takes_the_short_id_the_listing_shows(proj, tmp_path, capsys):
    path, inc = proj
    assert main(["incidents", str(path)]) == 0
    short = capsys.readouterr().out.split()[0]
    assert short != inc
    out = tmp_path / "one.html"
    assert main(["report", str(path), "--incident", short, "-o", str(out)]) == 0
    assert "Market &lt;b&gt;shelling&lt;/b&gt;" in out.read_text(encoding="utf-8")


_FULL_DISK = r"""
import resource, signal, sys
from workbench.core.errors import WorkbenchError
from workbench.core.project import Project
from workbench.gui.report_render import ensure_app, write_report
project = Project.open(sys.argv[1])
ensure_app()
# From here every write past 20,000 bytes of a file fails as on a full disk (EFBIG).
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    write_report(project, sys.argv[2])
    print("Wrote")
except WorkbenchError as err:
    sys.exit(str(err))
"""


def test_a_pdf_report_the_disk_cannot_hold_is_said_and_the_old_one_kept(proj, tmp_path):
    """Qt's PDF writer fails its file writes silently: on a full disk a truncated PDF
    was reported written, in place of the good report already there."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    path, _ = proj
    out = tmp_path / "r.pdf"
    assert main(["report", str(path), "-o", str(out)]) == 0
    good = out.read_bytes()
    assert len(good) > 20_000 and good.rstrip().endswith(b"%%EOF")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
           "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", _FULL_DISK, str(path), str(out)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Wrote" not in run.stdout
    assert run.stderr.strip().endswith(f"{out}: could not write (File too large).")
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_report_says_what_an_earlier_stopped_one_left(proj, tmp_path, capsys):
    from workbench.core.outfile import STOPPED_WRITE

    path, _inc = proj
    dead = tmp_path / ".r.html.999999999.part"  # no process has that number
    dead.write_text("half a report", encoding="utf-8")
    assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == 0
    assert STOPPED_WRITE.format(name="r.html", part=dead.name) in capsys.readouterr().err
    assert not dead.exists()
