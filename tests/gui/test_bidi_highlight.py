"""Highlights on lines that mix writing directions cover exactly the annotated words.

A span in logical order can be two pieces on screen: in an English line quoting Arabic,
"said “قُتل" is "said “" on the left and "قُتل" at the far (right) end of the quote. The
oracle is Qt's own text selection, painted by Qt over the same characters.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPalette

from tests.gui.conftest import add_text
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.gui.bus import Bus
from workbench.gui.panes.doc_painter import _segments
from workbench.gui.panes.document_view import DocumentView
from workbench.gui.session import Session

# Fictional: an English line quoting Arabic, and an Arabic line quoting English.
MIXED = ("Header line of the report\n"
         "The ministry said “قُتل 9 أشخاص في الغارة” on 5 March, and 12 were wounded.\n"
         "وقال المتحدث إن “the strike hit a school” صباح الأحد.\n")
# Across a change of direction (both ways, in both kinds of line), and within one run.
SPANS = ["said “قُتل", "الغارة” on 5", "The ministry said", "إن “the strike", "9 أشخاص",
         "a school” صباح"]


@pytest.fixture
def mixed_view(tmp_path, qtbot):
    project = Project.create(tmp_path / "mixed.wbproj", coder="tester")
    doc = add_text(project, MIXED, "mixed.txt", title="Mixed")
    view = DocumentView(Session(project, Bus()))
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    yield project, doc, view
    project.close()


def _columns(runs: list[tuple[float, float]]) -> set[int]:
    return {x for a, b in runs for x in range(round(a), round(b))}


def _selection_columns(view: DocumentView, start: int, end: int, y0: float, y1: float) -> set[int]:
    """Columns Qt paints its selection colour in, between y0 and y1, for [start, end)."""
    marks, view.marks = view.marks, type(view.marks)()  # Qt's selection alone
    try:
        view.select_qt_span(start, end)
        image = view.viewport().grab().toImage()
    finally:
        view.marks = marks
    colour = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(
        image.height(), image.bytesPerLine() // 4)[int(y0) + 1:int(y1) - 1, :image.width()]
    hit = (pixels & 0xFFFFFF) == (colour.rgb() & 0xFFFFFF)
    return {int(x) for x in np.flatnonzero(hit.any(axis=0))}


@pytest.mark.parametrize("words", SPANS)
def test_a_highlight_across_a_direction_change_covers_the_words_not_their_neighbours(
        mixed_view, words: str) -> None:
    project, doc, view = mixed_view
    ann_id = str(annotate_quote(project, doc, "claim", words).result)
    view.load_document(doc)
    view.viewport().grab()  # lays the text out
    pieces = [r for m, r, *_ in _segments(view, view.marks, view.viewport().rect())
              if m.key == ann_id]
    assert pieces
    top, bottom = min(r.top() for r in pieces), max(r.bottom() for r in pieces)
    ann = project.repo.get("annotation", ann_id)
    painted = _columns([(r.left(), r.right()) for r in pieces])
    selected = _selection_columns(view, ann["start"], ann["end"], top, bottom)
    assert selected
    # Anti-aliased edges and rounding: a couple of columns either way at each edge.
    assert len(painted - selected) <= 6 and len(selected - painted) <= 6, (
        sorted(painted - selected), sorted(selected - painted))
