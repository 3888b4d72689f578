"""`workbench export` to standard output on a disk that fills up: one sentence and exit
status 1, as an export to a file gives (`-o`), not a traceback; and what an export to a
file says it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPORT
from workbench.cli import main


@pytest.mark.skipif(not Path("/dev/full").exists(),
                    reason="needs /dev/full (a device that is always full)")
@pytest.mark.parametrize("fmt", ["csv", "json", "w3c"])
def test_a_full_disk_under_standard_output_is_one_sentence(tmp_path, capsys, fmt):
    path = tmp_path / "notes.wbproj"
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(tmp_path / "halden.txt")]) == 0
    assert main(["annotate", str(path), "1", "--kind", "casualty",
                 "--quote", "wounded four troops"]) == 0
    capsys.readouterr()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "workbench", "export", str(path),
                               "--format", fmt], stdout=full, stderr=subprocess.PIPE,
                              text=True, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert done.stderr.startswith("workbench: ") and done.stderr.count("\n") == 1
    assert "No space left on device" in done.stderr


def test_the_count_of_an_export_to_a_file_agrees_with_its_noun(tmp_path, capsys):
    # "Wrote 1 annotations to …".
    path = tmp_path / "notes.wbproj"
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(tmp_path / "halden.txt")]) == 0
    assert main(["annotate", str(path), "1", "--kind", "casualty",
                 "--quote", "wounded four troops"]) == 0
    capsys.readouterr()
    out = tmp_path / "out.csv"
    assert main(["export", str(path), "--format", "csv", "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"Wrote 1 annotation to {out}\n"


def test_bom_begins_a_csv_export_with_a_byte_order_mark(tmp_path, capsys):
    # For Excel, which reads a CSV without one in the ANSI code page (Arabic as mojibake);
    # without --bom the file is plain UTF-8, as scripts expect.
    import csv

    path = tmp_path / "notes.wbproj"
    (tmp_path / "halden.txt").write_text(REPORT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(tmp_path / "halden.txt")]) == 0
    assert main(["annotate", str(path), "1", "--kind", "casualty",
                 "--quote", "wounded four troops", "--memo", "مصدر ثان"]) == 0
    plain, marked = tmp_path / "plain.csv", tmp_path / "marked.csv"
    assert main(["export", str(path), "--format", "csv", "-o", str(plain)]) == 0
    assert main(["export", str(path), "--format", "csv", "--bom", "-o", str(marked)]) == 0
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    with marked.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["memo"] == "مصدر ثان" and row["annotation_id"]
    capsys.readouterr()
    assert main(["export", str(path), "--format", "ucdp", "--bom"]) == 0
    assert capsys.readouterr().out.startswith("\ufeffid,")
    assert main(["export", str(path), "--format", "json", "--bom"]) == 1
    assert "--bom applies to the CSV formats" in capsys.readouterr().err
