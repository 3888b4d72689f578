"""The command line's output on a stream whose encoding cannot hold Arabic.

A Windows console or redirection in a code page (cp1252), or ``PYTHONIOENCODING`` set
to one, made the first Arabic word of a listing, a search hit, an export or an error
sentence raise UnicodeEncodeError: a traceback, exit 1, and an export cut short. Now a
file or a pipe gets UTF-8 and a terminal "?" for what its encoding cannot show.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from workbench.cli import main
from workbench.cli.common import safe_output

TITLE = "بيان الوزارة"
TEXT = f"{TITLE}\n\nقتل ثلاثة مدنيين في القصف على السوق يوم الأحد، بحسب مسؤول محلي.\n"


def _cp1252(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path),
           "PYTHONIOENCODING": "cp1252"}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True,
                          env=env, timeout=120)


def _project(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "notes.wbproj"
    (tmp_path / "bayan.txt").write_text(TEXT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(tmp_path / "bayan.txt")]) == 0
    assert main(["annotate", str(path), "1", "--kind", "casualty",
                 "--quote", "قتل ثلاثة مدنيين"]) == 0
    capsys.readouterr()
    return path


def test_listings_searches_and_exports_in_arabic_through_a_cp1252_pipe(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    docs = _cp1252(["docs", str(path)])
    assert docs.returncode == 0, docs.stderr.decode("utf-8", "replace")
    assert TITLE in docs.stdout.decode("utf-8")
    hits = _cp1252(["search", str(path), "مدنيين"])
    assert hits.returncode == 0, hits.stderr.decode("utf-8", "replace")
    assert "مدنيين" in hits.stdout.decode("utf-8")
    exported = _cp1252(["export", str(path), "--format", "json"])
    assert exported.returncode == 0, exported.stderr.decode("utf-8", "replace")
    rows = json.loads(exported.stdout.decode("utf-8"))["annotations"]
    assert [r["exact"] for r in rows] == ["قتل ثلاثة مدنيين"]  # whole, not cut short


def test_an_error_sentence_quoting_arabic_through_a_cp1252_pipe(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    done = _cp1252(["annotate", str(path), "1", "--kind", "casualty",
                    "--quote", "جرح خمسة"])
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in err, err
    assert err.startswith("workbench: ") and "جرح خمسة" in err, err


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_a_terminal_keeps_its_encoding_and_shows_a_mark_for_the_rest():
    raw = io.BytesIO()
    terminal = _Terminal(raw, encoding="cp1252")
    safe_output(terminal)
    terminal.write(f"doc 1 ({TITLE}) café\n")
    terminal.flush()
    assert raw.getvalue() == "doc 1 (???? ???????) café\n".encode("cp1252")


def test_a_stream_that_holds_every_character_is_left_as_it_is():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    safe_output(stream)
    assert stream.encoding == "utf-8" and stream.errors == "strict"
    latin = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    safe_output(latin)  # not a terminal: UTF-8 from here
    assert latin.encoding == "utf-8"
