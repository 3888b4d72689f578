"""A project with flipped bytes gives sentences, never a traceback."""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import add_doc, make_project
from workbench.cli import main
from workbench.core.ops.annotations import annotate_quote

MARKER = "QUIETVALLEYMARKER"


def _flip(path, find: bytes, replace: bytes) -> None:
    data = path.read_bytes()
    assert find in data
    path.write_bytes(data.replace(find, replace))


@pytest.fixture
def damaged(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, f"{MARKER} Artillery fire wounded four troops.\n", "a.txt")
        annotate_quote(project, doc, "casualty", "wounded four troops",
                       {"outcome": "wounded", "count_low": 4})
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "p.wbproj"
    _flip(path, MARKER.encode(), b"\xff\xfe" + MARKER[2:].encode())  # text: not UTF-8
    _flip(path, b'"outcome":"wounded"}', b'"outcome":"wounded"\x00')  # JSON: cut short
    return path


def test_verify_reports_each_damaged_item_and_exits_1(damaged, capsys):
    assert main(["verify", str(damaged)]) == 1
    out, err = capsys.readouterr()
    assert "document 1: its title is not valid UTF-8, its text is not valid UTF-8" in err
    assert "its fields is not valid JSON" in err
    assert "Traceback" not in err and "problems found." in out


@pytest.mark.parametrize("argv", [["docs"], ["annotations"], ["show", "1"], ["log"],
                                  ["export", "--format", "json"]])
def test_other_commands_say_damaged_and_point_to_verify(damaged, capsys, argv):
    assert main([argv[0], str(damaged), *argv[1:]]) == 1
    err = capsys.readouterr().err
    assert "p.wbproj is damaged" in err and "workbench verify p.wbproj" in err


def test_screenshot_of_a_damaged_project_says_so(damaged, tmp_path, capsys):
    assert main(["screenshot", str(tmp_path / "out.png"), "--project", str(damaged)]) == 1
    assert "workbench verify p.wbproj" in capsys.readouterr().err


def test_the_window_shows_a_dialog(damaged, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QMessageBox

    from workbench.gui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(app, "Settings", _settings_in(damaged.parent))
    assert app.run(str(damaged)) == 1
    assert shown and "workbench verify p.wbproj" in shown[0]


def _settings_in(folder):
    from PySide6.QtCore import QSettings

    from workbench.gui.settings import Settings

    return lambda: Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))


def test_a_bug_keeps_its_traceback(monkeypatch, tmp_path):
    from workbench.cli import common

    def broken(_args):
        raise sqlite3.OperationalError("no such column: nothing")

    with pytest.raises(sqlite3.OperationalError):
        common.run(broken, type("A", (), {"project": None})())


def test_the_window_given_up_on_leaves_nothing_that_fails_later(damaged, monkeypatch,
                                                                 qtbot):
    """The window half-built for a damaged project is torn down cleanly: nothing of it
    is called afterwards with its Python side gone (qtbot fails the test on any
    exception raised inside Qt's calls into Python)."""
    import gc

    from PySide6.QtWidgets import QApplication, QMessageBox

    from workbench.gui import app

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: None))
    monkeypatch.setattr(app, "Settings", _settings_in(damaged.parent))
    assert app.run(str(damaged)) == 1
    gc.collect()
    QApplication.processEvents()
    QApplication.sendPostedEvents()
