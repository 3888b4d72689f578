"""`workbench screenshot` writes its picture as an export is: whole, beside the name, then
renamed in; never over a file that came in at the name while the window was drawn."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core import outfile
from workbench.gui import screenshot

ROOT = Path(__file__).resolve().parents[2]


# Without --project the command builds a demo of its own (its engines' reading, about a
# second of CPU) for every picture: seven builds in this file, about the file written.
# Each test shows a copy of the worker's one demo instead, in a folder of its own (the
# tests list theirs); the command's own demo is drawn by tests/gui/test_app.py.
@pytest.fixture
def project(demo_file, tmp_path_factory) -> str:
    copy = tmp_path_factory.mktemp("shown") / "demo.wbproj"
    copy.write_bytes(demo_file.read_bytes())
    return str(copy)


def _comes_in_while_drawn(monkeypatch, target: Path, content: bytes) -> None:
    """Another program writes ``content`` at ``target`` once the window is being
    drawn, after the name was checked."""
    real = screenshot._settle

    def settle(app, rounds=5):
        if not target.exists():
            target.write_bytes(content)
        real(app, rounds)

    monkeypatch.setattr(screenshot, "_settle", settle)


@pytest.mark.parametrize("content", [b"Gunmen killed four villagers near Dorsa.\n",
                                     b"\x89PNG\r\n\x1a\n someone else's picture"])
def test_a_file_that_comes_in_while_the_window_is_drawn_is_left_as_it_is(
        tmp_path, capsys, monkeypatch, content, project):
    # Qt saved the picture over whatever had the name by then: a report the user
    # saved there meanwhile was lost without a word.
    shot = tmp_path / "shot.png"
    _comes_in_while_drawn(monkeypatch, shot, content)
    assert main(["screenshot", str(shot), "--size", "400x300", "--project", project]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"workbench: {outfile.APPEARED.format(path=shot)}\n"
    assert shot.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]


def test_an_earlier_picture_is_replaced_by_a_new_file_not_rewritten_in_place(tmp_path,
                                                                            capsys,
                                                                            project):
    # Saved in place, a stop mid-save left a cut picture where the earlier one was.
    shot = tmp_path / "shot.png"
    assert main(["screenshot", str(shot), "--size", "400x300", "--project", project]) == 0
    first = os.stat(shot).st_ino
    held = shot.open("rb")  # keeps the earlier file's inode from being reused
    try:
        assert main(["screenshot", str(shot), "--size", "500x300", "--project", project]) == 0
        assert held.read(8) == b"\x89PNG\r\n\x1a\n"  # the earlier picture, untouched
    finally:
        held.close()
    assert os.stat(shot).st_ino != first
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]
    capsys.readouterr()


KILLED = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPixmap


def half_then_killed(write, data):
    write(data[: len(data) // 2])  # half the picture on the disk, then the power goes
    os.kill(os.getpid(), 9)


real_save, real_write = QPixmap.save, Path.write_bytes


def save(self, where, *args):
    if not isinstance(where, str):  # into memory: the file is written after
        return real_save(self, where, *args)
    data = QByteArray()  # saved straight to the name: Qt writes it in place
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    real_save(self, buffer, *args)
    with open(where, "wb") as fh:
        half_then_killed(fh.write, bytes(data.data()))


QPixmap.save = save
Path.write_bytes = lambda self, data: half_then_killed(
    lambda part: real_write(self, part), data)
from workbench.cli import main

main(["screenshot", sys.argv[1], "--size", "400x300", "--project", sys.argv[2]])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_a_screenshot_killed_mid_write_leaves_the_earlier_picture_and_the_next_clears(
        tmp_path, capsys, project):
    shot = tmp_path / "shot.png"
    assert main(["screenshot", str(shot), "--size", "300x200", "--project", project]) == 0
    capsys.readouterr()
    earlier = shot.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", KILLED, str(shot), project], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -9, done.stderr
    assert shot.read_bytes() == earlier
    left = [p.name for p in tmp_path.iterdir() if p.name != "shot.png"]
    assert len(left) == 1 and left[0].endswith(".part"), left
    assert main(["screenshot", str(shot), "--size", "300x200", "--project", project]) == 0
    err = capsys.readouterr().err
    assert outfile.STOPPED_WRITE.format(name="shot.png", part=left[0]) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]
