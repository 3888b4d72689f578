"""The document list alone on a Bus and a Session: selection and search in both directions."""

from __future__ import annotations

import pytest

from workbench.gui.panes.document_list import DocumentList


@pytest.fixture
def pane(session, qtbot):
    w = DocumentList(session)
    qtbot.addWidget(w)
    w.resize(400, 300)
    w.show()
    return w


def test_shows_every_document(pane) -> None:
    assert pane.view.model().rowCount() == 2
    assert pane.view.objectName() == "documentList"
    assert pane.search_box.objectName() == "searchBox"


def test_clicking_a_row_publishes_the_document(pane, qtbot) -> None:
    bus = pane.bus
    doc_id = pane.model.doc_id(1)
    with qtbot.waitSignal(bus.selection_changed) as sig:
        pane.view.setCurrentIndex(pane.model.index(1, 0))
    sel = sig.args[0]
    assert (sel.ann_id, sel.doc_id, sel.sender) == (None, doc_id, pane)


def test_bus_selection_moves_the_row_without_echo(pane, qtbot) -> None:
    bus = pane.bus
    doc_id = pane.model.doc_id(1)
    seen = []
    bus.selection_changed.connect(seen.append)
    bus.select("some-annotation", doc_id, sender="elsewhere")
    assert pane.view.currentIndex().row() == 1
    assert [s.sender for s in seen] == ["elsewhere"]  # the list did not publish back


def test_search_filters_and_publishes(pane, qtbot) -> None:
    bus = pane.bus
    with qtbot.waitSignal(bus.search_changed) as sig:
        pane.search_box.setText("shopkeeper")
        pane.run_search()
    state = sig.args[0]
    assert state.query == "shopkeeper" and len(state.doc_ids) == 1
    assert pane.model.rowCount() == 1
    pane.search_box.clear()
    pane.run_search()
    assert pane.model.rowCount() == 2 and bus.search.doc_ids is None


@pytest.mark.parametrize("typed, said", [
    ("shopkeeper", "1 document matches “shopkeeper”."),
    # FTS5 syntax typed by accident is searched as words, never an error.
    ('"unbalanced NEAR( AND', "No document matches “\"unbalanced NEAR( AND”."),
])
def test_search_says_how_many_documents_match(pane, typed, said) -> None:
    said_now = []
    pane.bus.status_message.connect(said_now.append)
    pane.search_box.setText(typed)
    pane.run_search()
    assert said_now[-1] == said


@pytest.mark.parametrize("typed", ["-", '"', "(", "*", "\U0001f525", "\u0640\u0640"])
def test_a_query_without_a_word_keeps_every_document_and_says_why(pane, typed) -> None:
    # Nothing in it the index can match (punctuation, an emoji, tatweel alone): "No
    # document matches" was untrue of a text holding the sign, and the list went empty.
    said_now = []
    pane.bus.status_message.connect(said_now.append)
    pane.search_box.setText(typed)
    pane.run_search()
    assert pane.model.rowCount() == 2 and pane.bus.search.doc_ids is None
    assert said_now[-1] == (f"“{typed}” has no letter or digit to search for: search "
                            "finds words, not punctuation, symbols or emoji.")


def test_step_document(pane) -> None:
    pane.step_document(1)
    first = pane.bus.selection.doc_id
    pane.step_document(1)
    assert pane.bus.selection.doc_id != first
    pane.step_document(-1)
    assert pane.bus.selection.doc_id == first


def test_counts_follow_changes(pane, session) -> None:
    from workbench.core.ops.annotations import annotate_quote

    doc_id = pane.model.doc_id(0)
    session.run(annotate_quote, doc_id, "actor", "Amal Rashed", sender="test")
    assert pane.model.data(pane.model.index(0, 3)) == 4


def test_search_moves_the_viewer_to_a_result(session, qtbot) -> None:
    from workbench.gui.panes.document_view import DocumentView

    pane = DocumentList(session)
    view = DocumentView(session)
    for w in (pane, view):
        qtbot.addWidget(w)
        w.show()
    english, arabic = (d["id"] for d in session.project.repo.documents())
    session.bus.select(None, arabic, sender="test")
    pane.search_box.setText("shopkeeper")
    pane.run_search()
    # The viewer left the document the search did not find, and its cursor is on the hit.
    assert session.bus.selection.doc_id == english and view.doc_id == english
    cp = view.omap.span_to_cp(view.textCursor().position(), view.textCursor().position())[0]
    assert view.text[cp:cp + len("shopkeeper")].lower() == "shopkeeper"  # an emoji precedes


def test_rename_is_one_undoable_write(pane, session) -> None:
    doc_id = pane.model.doc_id(0)
    assert pane.rename(doc_id, "  Market   shelling, 3 March ")
    assert session.project.repo.get("document", doc_id)["title"] == "Market shelling, 3 March"
    assert pane.model.data(pane.model.index(pane.model.row_of(doc_id), 0)) == \
        "Market shelling, 3 March"
    assert not pane.rename(doc_id, "   ")
    session.undo(sender="test")
    assert session.project.repo.get("document", doc_id)["title"] == "Shelling report"
    assert pane.rename_action.shortcut().toString() == "F2"


def test_counts_after_a_write_read_only_the_written_documents(pane, session,
                                                             monkeypatch) -> None:
    from workbench.core.ops.annotations import annotate_quote, trash_annotations

    repo = session.project.repo
    monkeypatch.setattr(repo, "documents", lambda **_k: pytest.fail("every document recounted"))
    doc_id = pane.model.doc_id(0)
    before = pane.model.data(pane.model.index(0, 3))
    made = session.run(annotate_quote, doc_id, "actor", "Amal Rashed", sender="test")
    assert pane.model.data(pane.model.index(0, 3)) == before + 1
    session.run(trash_annotations, [made.changes.result], sender="test")
    assert pane.model.data(pane.model.index(0, 3)) == before


def test_annotation_counts_of_written_rows(session) -> None:
    repo = session.project.repo
    full = {d["id"]: d["annotations"] for d in repo.documents(lengths=False)}
    some = [r["id"] for r in repo.annotations()][:2]
    counts = repo.annotation_counts(some)
    assert counts and all(full[d] == n for d, n in counts.items())
    assert repo.annotation_counts([]) == {}
    assert repo.annotation_counts(["gone-for-good"]) is None


def test_search_lists_every_matching_document_past_a_page_of_hits(session, qtbot) -> None:
    """A word in more annotations than a page of hits holds (10,000 of them on one
    document) still lists the other document whose text holds it once."""
    from tests.helpers import add_doc
    from workbench.core.ops.bulk import NewAnnotation, create_annotations

    project = session.project
    busy = add_doc(project, "Checkpoint log\n\nThe convoy waited at the checkpoint.\n", "a.txt")
    quiet = add_doc(project, "Long report\n\n" + "Residents described the shelling. " * 40
                    + "A checkpoint was set up.\n", "b.txt")
    create_annotations(project, [NewAnnotation(busy, "location", 4, 14, {"name": "checkpoint"})
                                 for _ in range(10_001)])
    pane = DocumentList(session)
    qtbot.addWidget(pane)
    said = []
    pane.bus.status_message.connect(said.append)
    pane.search_box.setText("checkpoint")
    pane.run_search()
    assert pane.bus.search.doc_ids == {busy, quiet}
    assert said[-1] == "2 documents match “checkpoint”."


def test_a_search_follows_the_writes_made_while_it_is_shown(pane, session) -> None:
    """A memo (or a report imported or restored) that now holds the searched words
    joins the list, and leaves it when it goes: the list kept the documents of the
    moment the search ran, hiding a matching one the viewer was showing."""
    from tests.helpers import add_doc
    from workbench.core.ops.annotations import annotate_quote, trash_annotations
    from workbench.core.ops.documents import restore_document, trash_document

    english, arabic = (d["id"] for d in session.project.repo.documents())
    pane.search_box.setText("shopkeeper")
    pane.run_search()
    assert pane.bus.search.doc_ids == {english} and pane.model.rowCount() == 1
    said = []
    pane.bus.status_message.connect(said.append)
    made = session.run(annotate_quote, arabic, "location", "القصف",
                       memo="the shopkeeper named this street", sender="test")
    assert pane.bus.search.doc_ids == {english, arabic} and pane.model.rowCount() == 2
    session.run(trash_annotations, [made.changes.result], sender="test")
    assert pane.bus.search.doc_ids == {english} and pane.model.rowCount() == 1
    later = add_doc(session.project, "Street notes\n\nThe shopkeeper reopened.\n", "n.txt")
    session.run(trash_document, later, sender="test")
    session.run(restore_document, later, sender="test")
    assert pane.bus.search.doc_ids == {english, later} and pane.model.rowCount() == 2
    assert pane.bus.selection.doc_id == english and not said  # not moved, nothing said


def test_a_document_found_by_a_memo_shows_the_annotation_that_holds_it(session, qtbot):
    """A search that finds a report only through an annotation's memo selects that
    annotation, so the viewer shows its words and the table its row: it showed the
    report's top with nothing marked, and nothing said which annotation matched."""
    from workbench.core.ops.annotations import annotate_quote
    from workbench.gui.panes.document_view import DocumentView

    english, arabic = (d["id"] for d in session.project.repo.documents())
    annotate_quote(session.project, arabic, "location", "في القصف", memo="no mention here")
    noted = annotate_quote(session.project, arabic, "location", "القصف",
                           memo="the caller described a telegraph pole").result
    pane, view = DocumentList(session), DocumentView(session)
    for w in (pane, view):
        qtbot.addWidget(w)
        w.show()
    session.bus.select(None, english, sender="test")
    pane.search_box.setText("telegraph")
    pane.run_search()
    assert (session.bus.selection.ann_id, session.bus.selection.doc_id) == (noted, arabic)
    assert view.doc_id == arabic and view.selected == noted
    # Chosen again from the list (after another document), the same annotation.
    session.bus.select(None, english, sender="test")
    assert pane.view.currentIndex().row() == -1  # the English report is not listed
    pane.view.setCurrentIndex(pane.model.index(pane.model.row_of(arabic), 0))
    assert session.bus.selection.ann_id == noted and view.selected == noted
    # Searched while it is shown with nothing selected, it stays and selects it too.
    session.bus.select(None, arabic, sender="test")
    pane.search_box.setText("telegraph pole")
    pane.run_search()
    assert (session.bus.selection.ann_id, session.bus.selection.doc_id) == (noted, arabic)
    # A document whose text holds the words is shown at its first hit, nothing selected.
    pane.search_box.setText("shopkeeper")
    pane.run_search()
    assert (session.bus.selection.ann_id, session.bus.selection.doc_id) == (None, english)
