"""The window on an older project: its search index rebuilt for the new folding, said
while it runs, and the search box then finding Persian and Arabic-Indic digits."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.core.test_search_fold import TOLL_FA, _old_project
from workbench.core import searchindex


def _busy_sentences() -> list[str]:
    return [w.labelText() for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def test_the_rebuild_is_said_while_it_runs_and_search_then_marks_persian_digits(
        window, tmp_path, monkeypatch) -> None:
    path, docs = _old_project(tmp_path, monkeypatch)
    seen: list[list[str]] = []
    real = searchindex.rebuild

    def watched(conn) -> None:
        seen.append(_busy_sentences())  # what the window shows as the rebuild starts
        real(conn)

    monkeypatch.setattr(searchindex, "rebuild", watched)
    assert window.open_project(path)
    assert len(seen) == 1 and len(seen[0]) == 1
    assert "Rebuilding the search index" in seen[0][0]
    assert _busy_sentences() == []  # gone once the project is open
    assert QApplication.overrideCursor() is None

    pane = window.document_list
    pane.search_box.setText("12")
    pane.run_search()
    assert window.session.bus.search.doc_ids == {docs["ar"], docs["fa"], docs["en"]}
    window.session.bus.select(None, docs["fa"], sender="test")
    view = window.document_view
    cursor = QTextCursor(view.document())
    marked = []
    for mark in view.hits.marks:
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        marked.append(cursor.selectedText())
    assert marked == ["۱۲"] and "۱۲" in TOLL_FA
