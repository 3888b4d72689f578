"""The coder name in the window: first-start question, settings, status bar, menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from workbench.core import clock
from workbench.core.ops.annotations import annotate_quote
from workbench.gui import app
from workbench.gui.dialogs.coder import CoderDialog
from workbench.gui.settings import Settings


def test_dialog_refuses_a_blank_name(qtbot):
    dialog = CoderDialog("amal", first=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.chosen() == "amal"
    dialog.name.setText("   ")
    assert not ok.isEnabled()
    dialog.name.setText(" Ben Okafor ")
    assert ok.isEnabled() and dialog.chosen() == "Ben Okafor"


def test_first_start_asks_once_and_keeps_the_answer(monkeypatch, qapp):
    monkeypatch.delenv("WORKBENCH_CODER", raising=False)
    monkeypatch.setattr(clock, "login_name", lambda: "fieldlaptop")
    asked = []

    def ask(current, parent=None, *, first=False):
        asked.append((current, first))
        return "amal"

    settings = Settings()
    app.first_start_coder(None, settings, ask)
    assert asked == [("fieldlaptop", True)] and settings.coder() == "amal"
    app.first_start_coder(None, settings, ask)  # saved now: not asked again
    assert len(asked) == 1


def test_no_question_when_the_name_is_given(monkeypatch, qapp):
    def ask(*_a, **_k):
        raise AssertionError("asked although a name was given")

    monkeypatch.setenv("WORKBENCH_CODER", "from-env")
    app.first_start_coder(None, Settings(), ask)
    monkeypatch.delenv("WORKBENCH_CODER")
    app.first_start_coder("amal", Settings(), ask)
    cancelled = Settings()
    app.first_start_coder(None, cancelled, lambda *_a, **_k: None)
    assert cancelled.coder() is None  # cancelling saves nothing; the login name is used


def test_window_uses_saved_name_unless_overridden(small_project, monkeypatch):
    monkeypatch.delenv("WORKBENCH_CODER", raising=False)
    path = small_project.path
    small_project.close()
    settings = Settings()
    settings.set_coder("amal")
    win = app.create_main_window(path, settings)
    # close_window below deletes it, so qtbot must not close it again
    assert win.session.project.coder == "amal"
    assert win.findChild(QLabel, "coderLabel").text() == "Coder: amal"
    app.close_window(win)
    win = app.create_main_window(path, settings, coder="ben")  # --coder beats the settings
    # close_window below deletes it, so qtbot must not close it again
    assert win.session.project.coder == "ben"
    app.close_window(win)


def test_menu_changes_the_coder_for_the_next_writes(window, monkeypatch):
    import workbench.gui.dialogs.coder as coder_dialog

    monkeypatch.setattr(coder_dialog, "ask_coder", lambda current, parent=None: "chen")
    window.actions_["coder"].trigger()
    assert window.findChild(QLabel, "coderLabel").text() == "Coder: chen"
    assert window.settings.coder() == "chen"
    project = window.session.project
    doc = project.repo.documents()[0]["id"]
    text = project.repo.get("document", doc)["text"]
    ann = annotate_quote(project, doc, "statement", text[:12]).result
    assert project.repo.get("annotation", ann)["coder"] == "chen"
    assert project.repo.audit(limit=1)[0]["coder"] == "chen"
