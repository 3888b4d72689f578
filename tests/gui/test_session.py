"""Session.run: the caller gets an Outcome; every other pane gets a notice naming the sender."""

from __future__ import annotations

import pytest

from workbench.core.errors import WorkbenchError
from workbench.core.ops.annotations import update_annotation
from workbench.gui.bus import ChangeNotice


def casualty_id(session) -> str:
    return next(r["id"] for r in session.project.repo.annotations() if r["kind"] == "casualty")


@pytest.fixture
def heard(session) -> dict[str, list]:
    out: dict[str, list] = {"notices": [], "status": []}
    session.bus.project_changed.connect(out["notices"].append)
    session.bus.status_message.connect(out["status"].append)
    return out


def test_success_returns_the_changes_and_notices_name_the_sender(session, heard) -> None:
    ann = casualty_id(session)
    outcome = session.run(update_annotation, ann, memo="seen", sender="pane-a")
    assert outcome.ok and outcome.error is None and outcome.message == ""
    assert outcome.changes is not None and outcome.changes.annotation_ids == [ann]
    assert outcome.sender == "pane-a"
    [notice] = heard["notices"]
    assert isinstance(notice, ChangeNotice)
    assert notice.sender == "pane-a" and notice.changes is outcome.changes
    assert heard["status"] == []


def test_failure_returns_the_error_and_still_tells_the_user(session, heard) -> None:
    ann = casualty_id(session)
    outcome = session.run(update_annotation, ann, fields={"incident_date": "2026-02-30"},
                          sender="pane-a")
    assert not outcome.ok and outcome.changes is None
    assert isinstance(outcome.error, WorkbenchError)
    assert "calendar" in outcome.message
    assert heard["status"] == [outcome.message]  # the status bar still says why
    assert heard["notices"] == []  # nothing was written, so nothing to notice


def test_callbacks_run_for_their_case_only(session) -> None:
    ann = casualty_id(session)
    calls: list[tuple[str, object]] = []

    def ok(cs: object) -> None:
        calls.append(("success", cs))

    def failed(err: object) -> None:
        calls.append(("failure", err))

    good = session.run(update_annotation, ann, memo="x", sender=1, on_success=ok,
                       on_failure=failed)
    bad = session.run(update_annotation, ann, fields={"incident_date": "nope"}, sender=1,
                      on_success=ok, on_failure=failed)
    assert calls == [("success", good.changes), ("failure", bad.error)]


def test_success_callback_sees_the_panes_already_notified(session) -> None:
    order: list[str] = []
    session.bus.project_changed.connect(lambda _n: order.append("notice"))
    session.run(update_annotation, casualty_id(session), memo="y", sender=None,
                on_success=lambda _cs: order.append("callback"))
    assert order == ["notice", "callback"]


def test_every_write_names_its_sender(session) -> None:
    with pytest.raises(TypeError):
        session.run(update_annotation, casualty_id(session), memo="z")


def test_undo_and_redo_return_outcomes_and_notices_with_sender(session, heard) -> None:
    ann = casualty_id(session)
    session.run(update_annotation, ann, memo="once", sender="editor")
    undone = session.undo(sender="menu")
    assert undone.ok and undone.changes and undone.changes.annotation_ids == [ann]
    redone = session.redo(sender="menu")
    assert redone.ok and redone.changes
    assert [n.sender for n in heard["notices"]] == ["editor", "menu", "menu"]
    nothing = session.redo(sender="menu")
    assert nothing.ok and not nothing.changes  # nothing to redo: empty, and no notice
    assert len(heard["notices"]) == 3
