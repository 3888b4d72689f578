"""Re-import new version… in the window: the new text, the panes following, undo, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView

from workbench.core import rewording
from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.importing import import_file
from workbench.core.project import Project
from workbench.gui.models.annotation_table_model import ORPHANED_TIP, STATUS, TEXT

FIRST = ("Grain depot struck at Velmora\n\nA drone strike on the grain depot killed 7 porters "
         "on 3 June, the district council said. The night shift had left an hour before.\n")
# The corrected copy: another toll, the council's line cut, an update line added.
SECOND = ("Grain depot struck at Velmora\n\nUPDATED. A drone strike on the grain depot "
          "killed 9 porters on 3 June. The night shift had left an hour before.\n")


@pytest.fixture
def depot(tmp_path: Path, qtbot):
    from workbench.gui.app import close_window, create_main_window

    source = tmp_path / "depot.txt"
    source.write_text(FIRST, encoding="utf-8")
    with Project.create(tmp_path / "depot.wbproj", coder="tester") as project:
        doc = import_file(project, source).doc_id
        toll = annotate_quote(project, doc, "casualty", "killed 7 porters",
                              {"outcome": "killed", "count_low": 7,
                               "incident_date": "2026-06-03"}).result
        said = annotate_quote(project, doc, "statement", "the district council said").result
        annotate_quote(project, doc, "event", "The night shift had left")
    win = create_main_window(tmp_path / "depot.wbproj")
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.session.project.undo_stack.clear()
    # What moves with the text, alone: the suggestions a re-import adds are tested below.
    win.settings.set_suggest_on_import(False)
    win.said = said  # the statement the corrected copy cuts
    yield win, doc, toll, source
    close_window(win)


def _reimport(win, qtbot, doc: int, path: Path):
    job = win.reimport_file(doc, path)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    return job


def _table_rows(win) -> dict[str, tuple[str, str]]:
    model = win.findChild(QTableView, "annotationTable").model()
    return {model.row_at(r)["id"]: (model.index(r, TEXT).data(), model.index(r, STATUS).data())
            for r in range(model.rowCount())}


def test_a_corrected_copy_shows_and_its_changed_toll_waits_for_review(depot, qtbot) -> None:
    win, doc, toll, source = depot
    view = win.document_view
    assert view.toPlainText() == FIRST
    source.write_text(SECOND, encoding="utf-8")
    _reimport(win, qtbot, doc, source)
    # The viewer shows the new text, and the status bar says in one sentence what happened.
    assert view.doc_id == doc and view.toPlainText() == SECOND
    assert win.statusBar().currentMessage() == (
        "Re-imported “Grain depot struck at Velmora”: 0 annotations in place, "
        "2 re-anchored, 1 orphaned; 1 annotation whose words changed and 1 whose words "
        "were cut wait for review.")
    # The table lists the toll with its new words among the suggestions ...
    rows = _table_rows(win)
    assert rows[toll] == ("killed 9 porters", "suggested")
    # (the statement whose line was cut goes back to review too)
    assert sorted(status for _t, status in rows.values()) == ["accepted", "suggested",
                                                              "suggested"]
    # ... selected, so the editor shows the memo that says what changed.
    assert win.annotation_panel.selected_ids() == [toll]
    memo = win.annotation_panel.editor.memo.toPlainText()
    assert rewording.MARK in memo and "“killed 7 porters” to “killed 9 porters”" in memo
    # The viewer selects its new words; the timeline draws it hollow, as a suggestion.
    assert view.textCursor().selectedText() == "killed 9 porters"
    timeline = win.timeline
    qtbot.waitUntil(lambda: timeline.marks is not None and toll in timeline.marks.by_ann
                    and all(timeline.marks.suggested[i] for i in timeline.marks.by_ann[toll]))


def test_the_orphaned_annotation_is_kept_and_says_so(depot, qtbot) -> None:
    win, doc, _toll, source = depot
    source.write_text(SECOND, encoding="utf-8")
    _reimport(win, qtbot, doc, source)
    model = win.findChild(QTableView, "annotationTable").model()
    tips = {model.row_at(r)["id"]: model.index(r, TEXT).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount())}
    assert tips[win.said] == ORPHANED_TIP + "the district council said"
    assert sum(t.startswith(ORPHANED_TIP) for t in tips.values()) == 1
    win.session.bus.select(win.said, doc, sender="test")
    assert "not found in the current text" in win.annotation_panel.editor.title.text()


def test_undo_takes_the_new_version_back(depot, qtbot) -> None:
    win, doc, toll, source = depot
    source.write_text(SECOND, encoding="utf-8")
    _reimport(win, qtbot, doc, source)
    assert win.actions_["undo"].isEnabled()
    win.actions_["undo"].trigger()
    assert win.document_view.toPlainText() == FIRST
    assert win.statusBar().currentMessage() == "Undid the re-import."
    assert _table_rows(win)[toll] == ("killed 7 porters", "accepted")
    timeline = win.timeline
    qtbot.waitUntil(lambda: timeline.marks is not None and toll in timeline.marks.by_ann
                    and not any(timeline.marks.suggested[i]
                                for i in timeline.marks.by_ann[toll]))
    win.actions_["redo"].trigger()
    assert win.document_view.toPlainText() == SECOND


@pytest.mark.parametrize("name, content, said", [
    ("depot.png", b"\x89PNG\r\n\x1a\n....", "depot.png: this kind of file cannot be imported"),
    ("missing.txt", None, "missing.txt: no such file."),
    ("empty.txt", b"", "empty.txt: the file is empty."),
    ("same.txt", FIRST.encode(), "same.txt holds the same text as document 1 already has; "
                                 "nothing was changed."),
])
def test_a_file_that_cannot_replace_the_text_says_why_and_changes_nothing(
        depot, qtbot, tmp_path, name, content, said) -> None:
    win, doc, _toll, _source = depot
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = win.session.project.repo.get("document", doc)
    rows = _table_rows(win)
    job = _reimport(win, qtbot, doc, path)
    assert not job.outcome.ok
    assert said in win.statusBar().currentMessage()
    assert win.document_view.toPlainText() == FIRST
    assert win.session.project.repo.get("document", doc) == before
    assert _table_rows(win) == rows
    assert not win.session.can_undo() and win.reimport_job is None
    assert not win.progress.isVisible()


def test_the_document_lists_context_menu_asks_for_the_file(depot, qtbot, monkeypatch) -> None:
    win, doc, toll, source = depot
    source.write_text(SECOND, encoding="utf-8")
    asked: list[str] = []

    def choose(_parent, caption, *_a, **_k):
        asked.append(caption)
        return str(source), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    act = win.document_list.reimport_action
    assert act in win.document_list.view.actions()  # the list's context menu
    act.trigger()
    assert asked == ["New version of “Grain depot struck at Velmora”"]
    job = win.reimport_job
    assert job is not None and win.progress.isVisible()
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert win.document_view.doc_id == doc and win.document_view.toPlainText() == SECOND
    assert win.annotation_panel.selected_ids() == [toll]
    assert "1 annotation whose words changed and 1 whose words were cut wait for review" in (
        win.statusBar().currentMessage())


def test_while_the_new_version_is_stored_other_writes_wait_their_turn(
        depot, qtbot, monkeypatch) -> None:
    # The store runs in a thread on a connection of its own: the window keeps painting,
    # and a write from the window meanwhile is refused in a sentence, not left waiting
    # on the file's lock.
    from workbench.core.ops.annotations import update_annotation

    win, doc, toll, source = depot
    source.write_text(SECOND, encoding="utf-8")
    storing, release = _hold_the_store(monkeypatch)
    job = win.reimport_file(doc, source)
    assert win.reimport_file(doc, source) is None  # one at a time
    assert "Wait for the running re-import" in win.statusBar().currentMessage()
    assert win.start_import([source]) is None
    qtbot.waitUntil(storing.is_set, timeout=30000)
    out = win.session.run(update_annotation, toll, memo="checked", sender="test")
    assert not out.ok and "A re-import is running" in win.statusBar().currentMessage()
    with qtbot.waitSignal(job.finished, timeout=30000):
        release.set()
    assert job.outcome.ok and win.session.held_by is None
    assert win.document_view.toPlainText() == SECOND
    assert win.session.run(update_annotation, toll, memo="checked", sender="test").ok


def test_closing_the_window_while_the_new_version_is_stored_saves_it_whole(
        depot, qtbot, monkeypatch) -> None:
    import threading

    from workbench.core.verify import verify

    win, doc, _toll, source = depot
    source.write_text(SECOND, encoding="utf-8")
    storing, release = _hold_the_store(monkeypatch)
    job = win.reimport_file(doc, source)
    assert job is not None
    qtbot.waitUntil(storing.is_set, timeout=30000)
    threading.Timer(0.2, release.set).start()  # the store goes on while the close waits
    win.close()
    assert not win.isVisible() and not any(t.is_alive() for t in job._threads)
    assert win.closing_said == "Closing: the re-import being stored is saved first."
    path = win.session.project.path
    with Project.open(path) as again:
        assert again.repo.get("document", doc)["text"] == SECOND
        assert verify(again).ok


def _hold_the_store(monkeypatch):
    """Hold the re-import's store in its thread: ``storing`` is set once it is reached,
    and it goes on when ``release`` is set."""
    import threading

    from workbench.gui import reimport_job

    storing, release = threading.Event(), threading.Event()
    real = reimport_job.reimport_parsed

    def held(project, *args, **kwargs):
        storing.set()
        assert release.wait(10)
        return real(project, *args, **kwargs)

    monkeypatch.setattr(reimport_job, "reimport_parsed", held)
    return storing, release


CUT = "Shelling killed 12 soldiers near Harrow on Monday, the army said. "
BORDER = ("Border report\n\n" + CUT +
          "Shelling killed 11 soldiers near Kessa on Tuesday, the army said.\n")


@pytest.fixture
def border(tmp_path: Path, qtbot):
    from workbench.gui.app import close_window, create_main_window

    source = tmp_path / "border.txt"
    source.write_text(BORDER, encoding="utf-8")
    with Project.create(tmp_path / "border.wbproj", coder="tester") as project:
        doc = import_file(project, source).doc_id
        said = annotate_quote(project, doc, "statement",
                              "killed 12 soldiers near Harrow").result
    win = create_main_window(tmp_path / "border.wbproj")
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.settings.set_suggest_on_import(False)  # the sentence on anchoring alone
    yield win, doc, said, source
    close_window(win)


def test_a_cut_sentence_is_orphaned_not_moved_onto_its_look_alike(border, qtbot) -> None:
    """The annotated sentence cut from the new version, and a sentence next to it that
    reads alike: the status bar says the annotation was orphaned rather than moved."""
    win, doc, said, source = border
    source.write_text(BORDER.replace(CUT, ""), encoding="utf-8")
    _reimport(win, qtbot, doc, source)
    assert win.statusBar().currentMessage() == (
        "Re-imported “Border report”: 0 annotations in place, 0 re-anchored, 1 orphaned "
        "(1 rather than moved onto a passage that reads alike).")
    model = win.findChild(QTableView, "annotationTable").model()
    tips = [model.index(r, TEXT).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount()) if model.row_at(r)["id"] == said]
    assert tips == [ORPHANED_TIP + "killed 12 soldiers near Harrow"]


def test_with_suggestions_on_import_the_new_text_gets_them_in_the_same_undo_step(
        depot, qtbot) -> None:
    win, doc, toll, source = depot
    win.settings.set_suggest_on_import(True)
    before = _table_rows(win)
    source.write_text(SECOND, encoding="utf-8")
    _reimport(win, qtbot, doc, source)
    message = win.statusBar().currentMessage()
    rows = _table_rows(win)
    new = {i: r for i, r in rows.items() if i not in before}
    assert new and all(status == "suggested" for _t, status in new.values())
    assert message.endswith(f"; {len(new)} new suggestion{'s' if len(new) > 1 else ''}.")
    # the reworded toll is not proposed again beside itself
    assert rows[toll] == ("killed 9 porters", "suggested")
    assert [t for t, _s in rows.values()].count("killed 9 porters") == 1
    win.actions_["undo"].trigger()
    assert win.document_view.toPlainText() == FIRST
    assert _table_rows(win) == before
