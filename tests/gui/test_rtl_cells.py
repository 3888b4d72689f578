"""An Arabic cell of a table reads as Arabic: set right to left, flush right, its
ellipsis at its end (the left). Found on offscreen renders of the demo at 1280×720."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from workbench.gui.theme import contrast

AR_TITLE = "بيان صادر عن حركة تحرير هارون بشأن هجوم عين زفرة"


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _option(view, index) -> QStyleOptionViewItem:
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    opt.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(opt, index)
    return opt


def _ellipsis_side(view, index, opt) -> str:
    """Which side of the drawn cell holds the "…": of the two strips as wide as it at
    the ends of the ink, the one whose highest ink is lower (the dots sit on the
    baseline; letters rise above it)."""
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    ground = QColor(image.pixel(1, 1))
    ink = [(x, y) for x in range(image.width()) for y in range(image.height())
           if contrast(QColor(image.pixel(x, y)), ground) > 2.0]
    left, right = min(x for x, _ in ink), max(x for x, _ in ink)
    strip = opt.fontMetrics.horizontalAdvance("…") // 2  # the dots, not a letter beside
    top_left = min(y for x, y in ink if x < left + strip)
    top_right = min(y for x, y in ink if x > right - strip)
    assert top_left != top_right, index.data()
    return "left" if top_left > top_right else "right"


def _cut_cells(view, column: int):
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if not view.viewport().rect().contains(view.visualRect(index)):
            continue  # scrolled out of view: nothing drawn to look at
        text = index.data() or ""
        opt = _option(view, index)
        room = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt,
                                           view).width()
        if opt.fontMetrics.horizontalAdvance(text) > room:
            yield text, index, opt


def test_an_arabic_cell_is_set_right_to_left_with_its_ellipsis_at_its_end(window,
                                                                          qtbot) -> None:
    # Arabic titles and quotes were laid out in the view's left-to-right direction:
    # flush left, and the "…" that marks the cut drawn at their right, where an Arabic
    # reader begins, while the cut end (the left) had no mark: "…بيان صادر عن حركة
    # تحرير ها" read as a title whose first words were missing.
    from workbench.gui.models.annotation_table_model import TEXT

    window.resize(1280, 720)
    _settle(qtbot)
    docs = window.document_list.view
    table = window.annotation_panel.table
    seen = {"rtl": 0, "ltr": 0}
    for view, column in ((docs, 0), (table, TEXT)):
        if view is table:
            row = next(r for r in range(docs.model().rowCount())
                       if docs.model().index(r, 0).data() == AR_TITLE)
            docs.selectRow(row)
            _settle(qtbot)
        for text, index, opt in _cut_cells(view, column):
            arabic = any("\u0600" <= ch <= "\u06ff" for ch in text)
            want = Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
            assert opt.direction == want, text
            # The mark of the cut at the end of the reading.
            assert _ellipsis_side(view, index, opt) == ("left" if arabic else "right"), text
            seen["rtl" if arabic else "ltr"] += 1
    assert seen["rtl"] >= 2 and seen["ltr"] >= 2, seen
