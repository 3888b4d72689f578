"""The source viewer alone: highlights, linked selection, annotating with a key, offsets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from workbench.gui.panes.doc_painter import _segments
from workbench.gui.panes.document_view import DocumentView


@pytest.fixture
def view(session, qtbot):
    w = DocumentView(session)
    qtbot.addWidget(w)
    w.resize(700, 500)
    w.show()
    qtbot.waitExposed(w)
    return w


def first_doc(session) -> int:
    return session.project.repo.documents()[0]["id"]


def ann(session, kind: str) -> dict:
    return next(r for r in session.project.repo.annotations() if r["kind"] == kind)


def test_bus_selection_scrolls_and_selects_exact_text(view, session) -> None:
    casualty = ann(session, "casualty")
    session.bus.select(casualty["id"], casualty["doc_id"], sender="panel")
    assert view.doc_id == casualty["doc_id"]
    assert view.textCursor().selectedText() == casualty["exact"]
    assert view.selected_span() == (casualty["start"], casualty["end"])


def test_document_only_selection_loads_text(view, session) -> None:
    doc = session.project.repo.documents()[1]
    session.bus.select(None, doc["id"], sender="list")
    assert view.toPlainText().startswith("قالَ")
    assert len(view.marks) == 0


def test_key_creates_annotation_with_code_point_offsets(view, session, qtbot) -> None:
    doc_id = first_doc(session)
    session.bus.select(None, doc_id, sender="list")
    text = session.project.repo.get("document", doc_id)["text"]
    start = text.index("wounded four troops")  # after the emoji: Qt is one ahead
    end = start + len("wounded four troops")
    cursor = view.textCursor()
    cursor.setPosition(view.omap.to_qt(start))
    cursor.setPosition(view.omap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    edits = []
    session.bus.edit_requested.connect(edits.append)
    with qtbot.waitSignal(session.bus.selection_changed) as sig:
        QTest.keyClick(view, Qt.Key.Key_K)
    rows = [r for r in session.project.repo.annotations(doc_id=doc_id)
            if r["exact"] == "wounded four troops"]
    assert len(rows) == 1
    new = rows[0]
    assert (new["kind"], new["start"], new["end"]) == ("casualty", start, end)
    assert sig.args[0].ann_id == new["id"] and sig.args[0].sender is view
    assert edits == [new["id"]]
    assert new["id"] in view.marks.by_key  # drawn at once from the ChangeSet


def test_key_press_stores_the_counts_its_words_give(view, session) -> None:
    # The bug: K on a figure stored empty counts and no raw words.
    doc_id = first_doc(session)
    session.bus.select(None, doc_id, sender="list")
    text = session.project.repo.get("document", doc_id)["text"]
    start = text.index("wounded four troops")
    view.select_qt_span(*view.omap.span_to_qt(start, start + len("wounded four troops")))
    QTest.keyClick(view, Qt.Key.Key_K)
    new = next(r for r in session.project.repo.annotations(doc_id=doc_id)
               if r["exact"] == "wounded four troops")
    assert new["fields"] == {"outcome": "wounded", "count_low": 4, "qualifier": "exact",
                             "group": "troops", "raw": "wounded four troops"}


def test_key_follows_the_codebook(view, session) -> None:
    from workbench.core.ops.codebook import set_key

    session.run(set_key, "casualty", "X", sender="test")
    doc_id = first_doc(session)
    session.bus.select(None, doc_id, sender="list")
    view.select_qt_span(*view.omap.span_to_qt(0, 8))
    QTest.keyClick(view, Qt.Key.Key_X)
    assert any(r["exact"] == "Shelling" and r["kind"] == "casualty"
               for r in session.project.repo.annotations(doc_id=doc_id))


def test_a_digit_key_tags_as_a_letter_does(view, session) -> None:
    # The codebook takes letters and digits as keys (a merge gives a digit once the
    # letters are taken), but the viewer acted on letters only: a kind keyed 7 could
    # not be tagged from the keyboard, though the Annotate menu showed "7".
    from workbench.core.ops.codebook import set_key

    session.run(set_key, "casualty", "7", sender="test")
    doc_id = first_doc(session)
    session.bus.select(None, doc_id, sender="list")
    view.select_qt_span(*view.omap.span_to_qt(0, 8))
    QTest.keyClick(view, Qt.Key.Key_7)
    assert any(r["exact"] == "Shelling" and r["kind"] == "casualty"
               for r in session.project.repo.annotations(doc_id=doc_id))


def test_plain_key_without_selection_does_nothing(view, session) -> None:
    session.bus.select(None, first_doc(session), sender="list")
    before = len(session.project.repo.annotations())
    QTest.keyClick(view, Qt.Key.Key_K)
    assert len(session.project.repo.annotations()) == before


def test_click_on_highlight_selects_annotation(view, session, qtbot) -> None:
    statement = ann(session, "statement")
    session.bus.select(None, statement["doc_id"], sender="list")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.omap.to_qt(statement["start"] + 3))
    point = view.cursorRect(cursor).center() + QPoint(1, 0)
    with qtbot.waitSignal(session.bus.selection_changed) as sig:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert sig.args[0].ann_id == statement["id"] and sig.args[0].sender is view


def test_segments_line_up_with_qt_cursor_rects(view, session) -> None:
    casualty = ann(session, "casualty")
    session.bus.select(None, casualty["doc_id"], sender="list")
    view.viewport().grab()
    segs = [(m, r) for m, r, *_ in _segments(view, view.marks, view.viewport().rect())
            if m.key == casualty["id"]]
    assert segs
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.omap.to_qt(casualty["start"]))
    assert abs(segs[0][1].left() - view.cursorRect(cursor).left()) <= 2


def test_search_hits_and_painting(view, session) -> None:
    session.bus.select(None, first_doc(session), sender="list")
    session.bus.set_search("troops", frozenset({first_doc(session)}), sender="list")
    assert len(view.hits) == 1
    image = view.viewport().grab().toImage()
    assert not image.isNull()


def test_navigation_steps_through_annotations(view, session) -> None:
    session.bus.select(None, first_doc(session), sender="list")
    order = [m.key for m in view.marks.marks]
    view.step_annotation(1)
    assert session.bus.selection.ann_id == order[0]
    view.step_annotation(1)
    assert session.bus.selection.ann_id == order[1]
    view.step_annotation(-1)
    assert session.bus.selection.ann_id == order[0]


def test_rtl_document_is_right_aligned(view, session) -> None:
    doc = session.project.repo.documents()[1]
    assert doc["direction"] == "rtl"
    session.bus.select(None, doc["id"], sender="list")
    view.viewport().grab()
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)  # logical start of an RTL paragraph: its right edge
    assert view.cursorRect(cursor).x() > view.viewport().width() * 0.7


def test_undo_removes_the_highlight(view, session) -> None:
    doc_id = first_doc(session)
    session.bus.select(None, doc_id, sender="list")
    view.select_qt_span(*view.omap.span_to_qt(0, 8))
    new_id = view.annotate_selection("event")
    assert new_id in view.marks.by_key
    session.undo(sender="test")
    assert new_id not in view.marks.by_key
    session.redo(sender="test")
    assert new_id in view.marks.by_key


def test_markdown_is_formatted_without_moving_offsets(view, session) -> None:
    from tests.gui.conftest import add_text

    text = "# Blast at the market\n\nWitnesses said **twelve** people were *hurt*.\n"
    doc_id = add_text(session.project, text, "blast.md")
    session.bus.select(None, doc_id, sender="list")
    assert view.toPlainText() == text  # the characters stay: annotations anchor to them
    doc = view.document()
    heading = doc.findBlockByNumber(0)
    body = view.font().pointSizeF()
    title_fmt = QTextCursor(doc)
    title_fmt.setPosition(heading.position() + 4)
    assert title_fmt.charFormat().fontWeight() >= 700
    assert title_fmt.charFormat().fontPointSize() > body
    hash_fmt = QTextCursor(doc)
    hash_fmt.setPosition(1)  # after "#": the markup is small and dimmed
    assert 0 < hash_fmt.charFormat().fontPointSize() < body
    strong = QTextCursor(doc)
    strong.setPosition(text.index("twelve") + 2)
    assert strong.charFormat().fontWeight() >= 700
    em = QTextCursor(doc)
    em.setPosition(text.index("hurt") + 2)
    assert em.charFormat().fontItalic()


def test_each_paragraph_aligns_by_its_own_direction(view, session) -> None:
    from tests.gui.conftest import add_text

    text = ("The spokesman's statement, in full:\n\n"
            "قال المتحدث إن القصف استهدف الحي صباح الثلاثاء.\n\n"
            "He did not take questions.\n")
    doc_id = add_text(session.project, text, "mixed.txt")
    session.bus.select(None, doc_id, sender="list")
    view.viewport().grab()
    doc = view.document()
    width = view.viewport().width()

    def left_edge(block_no: int) -> float:
        return doc.findBlockByNumber(block_no).layout().lineAt(0).naturalTextRect().x()

    assert left_edge(0) < width * 0.1  # English: left
    assert left_edge(2) > width * 0.3  # Arabic: pushed to the right edge
    assert left_edge(4) < width * 0.1


def test_many_annotations_make_marks_only_for_the_visible_text(view, session, qtbot) -> None:
    from tests.gui.conftest import add_text
    from workbench.core.ops.bulk import NewAnnotation, create_annotations

    text = "\n".join(f"Line {i} of a long report on shelling near the river." for i in range(3000))
    doc = add_text(session.project, text, "long.txt")
    items = [NewAnnotation(doc, "statement", p, p + 9, {}) for p in range(0, len(text) - 20, 40)]
    create_annotations(session.project, items)
    last = session.project.repo.annotations(doc_id=doc)[-1]
    session.bus.select(last["id"], doc, sender="panel")  # scrolled to the end of the text
    view.viewport().grab()
    assert len(view.marks) == len(items) > 3000
    # The visible screenful and the selected annotation: a few dozen marks, not thousands.
    assert 0 < view.marks.made < 200
    assert view.textCursor().selectedText() == last["exact"]


@pytest.mark.parametrize("small", [True, False])
def test_the_repo_gives_marks_in_the_index_order_so_none_are_sorted_again(
        view, session, monkeypatch, small) -> None:
    from tests.gui.conftest import add_text
    from workbench.core import repo as repo_mod
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.gui.panes import doc_index

    text = "Artillery fire struck the market at dawn; officials said twelve died. " * 4
    doc = add_text(session.project, text, "ties.txt")
    # Ties on start (longest first), on start and end (then by id), nested spans.
    spans = [(0, 9), (0, 30), (0, 9), (10, 14), (5, 40), (10, 14), (50, 60), (0, 30)]
    create_annotations(session.project, [NewAnnotation(doc, "statement", s, e, {})
                                         for s, e in spans])
    if not small:
        monkeypatch.setattr(repo_mod, "SMALL_DOCUMENT", 0)  # the five-column SQL read
    session.project.repo.forget_cached()
    rows = session.project.repo.annotation_marks(doc)
    assert list(rows) == sorted(rows, key=doc_index._order)
    # A stretch of them: those that start in it, in the same order.
    assert session.project.repo.annotation_marks(doc, 5, 50) == [
        r for r in rows if 5 <= r[2] < 50]
    assert session.project.repo.annotation_marks(doc, 10) == [r for r in rows if r[2] >= 10]

    def no_sort(row):  # the viewer trusts the repo's order: it never sorts
        raise AssertionError("sorted again")

    monkeypatch.setattr(doc_index, "_order", no_sort)
    session.bus.select(None, doc, sender="panel")
    view.viewport().grab()
    assert [(m.start, m.end) for m in view.marks.marks] == sorted(
        spans, key=lambda s: (s[0], -s[1]))


def test_a_repaint_with_nothing_moved_reuses_the_pieces_of_marks(view, session,
                                                                 monkeypatch) -> None:
    from workbench.gui.panes import document_view as dv

    doc = first_doc(session)
    session.bus.select(None, doc, sender="panel")
    view.viewport().grab()
    calls: list[int] = []
    real = dv.collect

    def counting(v, index, clip):
        if index is v.marks:
            calls.append(1)
        return real(v, index, clip)

    monkeypatch.setattr(dv, "collect", counting)
    before = view.viewport().grab().toImage()
    assert calls == []  # nothing moved: the last pieces, the same picture
    assert view.viewport().grab().toImage() == before
    view.resize(520, 500)  # the text wraps anew: found again
    view.viewport().grab()
    assert calls
    calls.clear()
    other = session.project.repo.documents()[1]["id"]
    session.bus.select(None, other, sender="panel")  # another document's marks
    view.viewport().grab()
    assert calls


def test_a_repaint_draws_the_last_plan_until_the_colours_change(view, session,
                                                                 monkeypatch) -> None:
    from workbench.gui.panes import document_view as dv

    casualty = ann(session, "casualty")
    session.bus.select(casualty["id"], casualty["doc_id"], sender="panel")
    first = view.viewport().grab().toImage()
    plans: list[int] = []
    real = dv.plan

    def counting(pieces, pal):
        plans.append(len(pieces))
        return real(pieces, pal)

    monkeypatch.setattr(dv, "plan", counting)
    assert view.viewport().grab().toImage() == first  # the same plan, the same picture
    assert plans == []
    session.bus.select(None, casualty["doc_id"], sender="panel")  # the outline goes
    unselected = view.viewport().grab().toImage()
    assert unselected != first and plans == []  # the selection is drawn apart
    view.refresh_palette()  # the codebook's colours or the theme changed
    assert view.viewport().grab().toImage() == unselected
    assert plans and plans[0] > 0


def test_a_large_document_reads_the_marks_in_view_and_paints_as_a_full_read(
        view, session, monkeypatch) -> None:
    from tests.gui.conftest import add_text
    from workbench.core import repo as repo_mod
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.gui.panes import doc_index

    monkeypatch.setattr(doc_index, "READ_AHEAD", 500)  # a short text: read in stretches
    text = "\n".join(f"Line {i} of a long report on shelling near the river." for i in range(800))
    doc = add_text(session.project, text, "dense.txt")
    kinds = ("statement", "claim", "event", "date", "casualty")
    items = [NewAnnotation(doc, kinds[p % 5], p, p + 9 + p % 31, {})
             for p in range(0, len(text) - 60, 7)]
    items.append(NewAnnotation(doc, "claim", 10, len(text) - 10, {}))  # one long mark
    create_annotations(session.project, items)
    monkeypatch.setattr(repo_mod, "SMALL_DOCUMENT", 50)  # this one counts as large
    early = session.project.repo.annotations(doc_id=doc)[20]
    session.bus.select(early["id"], doc, sender="panel")
    bar = view.verticalScrollBar()
    top = bar.value()
    lazy_top = view.viewport().grab().toImage()
    assert view.textCursor().selectedText() == early["exact"]
    assert not view.marks.complete and 0 < view.marks.read < len(items) // 4
    bar.setValue(bar.maximum() // 2)  # scrolled on: that stretch is read as it is painted
    lazy_mid = view.viewport().grab().toImage()
    assert not view.marks.complete
    bar.setValue(top)
    view.step_annotation(1)  # a key before the rest is read: the next one, as always
    stepped = view.selected

    assert view.marks.complete  # a step reads on: the next mark may lie anywhere
    lazy = view.marks
    monkeypatch.setattr(repo_mod, "SMALL_DOCUMENT", 10**9)  # the same marks, read whole
    view.set_show_rejected(True)  # reads the marks again
    session.bus.select(early["id"], doc, sender="panel")
    assert view.marks is not lazy and view.marks.read == len(items)
    bar.setValue(top)
    assert view.viewport().grab().toImage() == lazy_top
    bar.setValue(bar.maximum() // 2)
    assert view.viewport().grab().toImage() == lazy_mid
    assert view.marks.neighbour(early["id"], 0, 1).key == stepped


def test_a_lazy_index_reads_nothing_once_the_project_is_closed(view, session,
                                                               monkeypatch) -> None:
    from workbench.core import repo as repo_mod

    monkeypatch.setattr(repo_mod, "SMALL_DOCUMENT", 0)  # every document is read lazily
    casualty = ann(session, "casualty")
    session.bus.select(casualty["id"], casualty["doc_id"], sender="panel")
    assert not view.marks.complete and view.marks.read == 0  # nothing painted yet
    session.project.close()  # as a window replacing its project does before repainting
    view.viewport().grab()  # paints the text without asking the closed project
    assert view.marks.complete and view.marks.read == 0
