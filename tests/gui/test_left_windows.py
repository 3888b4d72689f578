"""The GUI tests' clean-up between tests (conftest.delete_closed_widgets): hidden windows
made during a test are deleted, those made before it and shown ones are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from .conftest import delete_hidden_windows_since, top_level_keys, widget_key


def test_only_hidden_windows_made_since_are_deleted(qtbot) -> None:
    earlier = QMenu("made before the test")
    before = top_level_keys()
    left = QMenu("left by a closed window")
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    left_key = widget_key(left)

    delete_hidden_windows_since(before)

    now = top_level_keys()
    assert left_key not in now
    assert widget_key(earlier) in now
    assert widget_key(shown) in now
    earlier.deleteLater()
    assert all(w.isVisible() or widget_key(w) in before
               for w in QApplication.topLevelWidgets())
