"""An import's workers start before the command line loads the rest of the program."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench import earlystart


@pytest.mark.parametrize(("argv", "wanted"), [
    # Parsing starts on one worker and grows only when the store step waits for it.
    (["import", "p.wbproj", "folder", "--recursive"], 1),
    (["import", "p.wbproj", "-r", "folder"], 1),
    (["--coder", "ana", "import", "p.wbproj", "a.txt", "b.txt"], 1),
    (["import", "p.wbproj", "folder", "-r", "--jobs", "3"], 1),
    (["import", "p.wbproj", "folder", "-r", "--jobs=1"], 1),
    (["import", "p.wbproj", "a.txt"], 0),  # one file: its worker starts when it is parsed
    (["import", "p.wbproj", "folder", "-r", "--jobs", "many"], 0),  # argparse refuses it
    (["docs", "p.wbproj"], 0),
    ([], 0),
])
def test_the_workers_an_import_will_want_are_read_from_its_arguments(argv, wanted):
    assert earlystart.import_workers(argv) == wanted


def test_the_workers_started_first_are_those_an_import_starts_parsing_on():
    from workbench.core.ops import batch_import

    assert earlystart.START_JOBS == batch_import.START_JOBS


def test_the_workers_start_before_the_command_line_is_loaded(tmp_path):
    root = Path(__file__).resolve().parents[1]
    script = textwrap.dedent("""
        import sys
        from workbench import earlystart
        earlystart.start(["import", "p.wbproj", "folder", "--recursive", "--jobs", "2"])
        from workbench.core.importers import sandbox
        pool = sandbox.default_pool()
        assert "workbench.cli" not in sys.modules
        assert pool.started == 1 and sum(map(len, pool._idle.values())) == 1
        pool.prewarm(count=1)  # what the import command asks for later: nothing more
        assert pool.started == 1
        print("ok")
    """)
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr


def test_the_entry_points_start_them_before_loading_the_command_line():
    root = Path(__file__).resolve().parents[1]
    for path in (root / "workbench" / "__main__.py", root / "packaging" / "entry.py"):
        body = path.read_text(encoding="utf-8")
        assert body.index("earlystart.start(") < body.index("from workbench.cli import main")


def test_main_starts_an_imports_workers_before_building_its_parser(monkeypatch):
    import workbench.cli as cli

    order = []
    monkeypatch.setattr(earlystart, "start", lambda argv: order.append(("start", list(argv))))
    real = cli.build_parser
    monkeypatch.setattr(cli, "build_parser",
                        lambda *a: (order.append(("parser",)), real(*a))[1])
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    assert order == [("start", ["import", "--help"]), ("parser",)]
