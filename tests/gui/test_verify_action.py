"""Tools → Verify project… checks the open project and says what it found."""

from __future__ import annotations


def test_the_menu_checks_the_project_and_reports_intact(window) -> None:
    window.show_dialogs = False
    window.actions_["verify"].trigger()
    message = window.statusBar().currentMessage()
    assert message.endswith("all intact.")
    assert "8 documents" in message


def test_a_tampered_project_is_reported_with_its_problems(window) -> None:
    from tests.helpers import raw_connect
    from workbench.gui.verify_action import verify_project

    window.show_dialogs = False
    project = window.session.project
    ann = project.repo.annotations()[0]
    # An edit behind the program's back: no audit entry, so the history disagrees.
    raw = raw_connect(project.path)
    raw.execute("UPDATE annotations SET memo = 'changed outside' WHERE id = ?", (ann["id"],))
    raw.commit()
    raw.close()
    report = verify_project(window)
    assert not report.ok
    # The command line's sentence: it read "1 documents" and "1 problem(s)" here after
    # the command line had been fixed.
    message = window.statusBar().currentMessage()
    assert message == report.summary()
    assert "(s)" not in message and "8 documents" in message
    assert message.endswith("found.")


def test_rebuild_indexes_repairs_a_drifted_timeline_table(window) -> None:
    from tests.helpers import raw_connect
    from workbench.core.verify import verify

    window.show_dialogs = False
    project = window.session.project
    raw = raw_connect(project.path)
    raw.execute("UPDATE timeline_index SET end_day = end_day + 3")
    raw.commit()
    raw.close()
    assert any(p.startswith("timeline index") for p in verify(project).problems)
    window.actions_["reindex"].trigger()
    assert window.statusBar().currentMessage().startswith("Rebuilt the search index (8 documents")
    assert verify(project).ok


def test_words_typed_in_a_field_are_stored_before_the_check_reads(window) -> None:
    # The check reads one state of the project; its progress dialog then took the
    # cursor from the field, whose words were refused ("cannot start a transaction
    # within a transaction") and lost from the annotation.
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workbench.gui.verify_action import verify_project

    project = window.session.project
    ann = next(a for a in project.repo.annotations()
               if a["kind"] == "casualty" and a["status"] == "accepted")
    window.session.bus.select(ann["id"], ann["doc_id"], sender="test")
    QApplication.processEvents()
    editor = window.annotation_panel.editor
    assert editor.ann["id"] == ann["id"]
    field = editor.inputs["group"].widget
    window.activateWindow()
    field.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is field
    field.selectAll()
    QTest.keyClicks(field, "market traders")
    said: list[str] = []
    window.session.bus.status_message.connect(said.append)
    report = verify_project(window)
    assert report.ok
    assert not [s for s in said if "not saved" in s], said
    assert project.repo.get("annotation", ann["id"])["fields"]["group"] == "market traders"
