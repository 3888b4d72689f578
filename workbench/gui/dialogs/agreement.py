"""Tools → Agreement report…: the agreement table and the list of disagreements.

The report itself is computed by the core; this dialog only shows it. Choosing a
disagreement shows the coders' annotations side by side (their words, status and every
field, differing rows marked); double-clicking it selects the first coder's annotation
through the bus, so the viewer and the panel go to it while the dialog stays open.
Since it stays open, it computes the report again after every write that can move a
figure (an edit, a merge, an undo), so it never shows a project that is gone.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.agreement import Disagreement, Report, agreement_report
from workbench.core.errors import WorkbenchError
from workbench.core.wording import counted
from workbench.gui.bus import ChangeNotice
from workbench.gui.session import Session

_ROLE = Qt.ItemDataRole.UserRole
# What the report reads: a write touching none of these leaves every figure as it is.
_READS = ("annotation", "document", "codebook")
REFRESH_AFTER_MS = 400
TITLE_CHARS = 24  # the disagreement list's title column, in average characters
REPORT_SIZE = (820, 560)  # room for both tables and the side-by-side comparison


def _number(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}%" if percent else f"{value:.3f}"


def _who(d: Disagreement) -> str:
    parts = []
    for coder, ann_id in d.annotations.items():
        if ann_id is None:
            parts.append(f"{coder}: nothing")
        elif d.what in ("missing", "span"):
            parts.append(f"{coder}: {d.values.get(coder, 'annotated')}")
        else:
            value: Any = d.values.get(coder)
            parts.append(f"{coder}: {value if isinstance(value, str) else json.dumps(value)}")
    return "; ".join(parts)


class AgreementDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("agreementReport")
        self.setWindowTitle("Agreement report")
        self.resize(*REPORT_SIZE)
        self._compact = False  # True while only the sentence is shown
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.measures = self._tree("agreementMeasures",
                                   ["Kind", "Measure", "Level", "Alpha", "Agreement", "Units"])
        self.disagreements = self._tree("agreementDisagreements",
                                        ["Document", "Span", "Kind", "What", "Coders"])
        # The title is cut to a width that leaves the span, kind, field and coders in
        # view: sized to its contents, a long title took the whole pane and put what
        # the coders disagree on behind a horizontal scroll bar.
        header = self.disagreements.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.disagreements.setColumnWidth(
            0, self.disagreements.fontMetrics().horizontalAdvance("x" * TITLE_CHARS))
        self.disagreements.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.disagreements.itemDoubleClicked.connect(self._select)
        self.disagreements.currentItemChanged.connect(lambda item, _old: self._compare(item))
        self.compare = QTableWidget(self)
        self.compare.setObjectName("agreementCompare")
        self.compare.verticalHeader().setVisible(True)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.measures, 2)
        self._below_title = QLabel("Disagreements (double-click to go to the annotation):",
                                   self)
        layout.addWidget(self._below_title)
        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.addWidget(self.disagreements)
        below.addWidget(self.compare)
        below.setSizes([480, 340])
        self._below = below
        layout.addWidget(below, 3)
        layout.addStretch(0)  # holds the sentence at the top while the tables are hidden
        layout.addWidget(buttons)
        # One recomputation once a burst of writes pauses (a review pass accepts many in a
        # row): the report takes ~0.5 s of CPU at 3,000 annotations of three coders.
        self._again = QTimer(self, singleShot=True, interval=REFRESH_AFTER_MS)
        self._again.timeout.connect(self.refresh)
        session.bus.project_changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, notice: ChangeNotice) -> None:
        if any(notice.changes.touches(entity) for entity in _READS):
            self._again.start()

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def refresh(self) -> None:
        """Compute the report again and show it (or the reason there is none)."""
        self.measures.clear()
        self.disagreements.clear()
        try:
            report = agreement_report(self.session.project)
        except WorkbenchError as err:
            self._tables_shown(False)
            self.summary.setText(str(err))
            return
        self._show(report)

    def _tables_shown(self, shown: bool) -> None:
        """The tables, or none: empty, their headers alone read as a report that found
        nothing to disagree on."""
        for widget in (self.measures, self._below_title, self._below):
            widget.setVisible(shown)
        # Without them the report's room was a dark or blank field under one sentence
        # (every project of one coder), read as a report that failed to draw: the
        # dialog takes the sentence's height, and the report's room when tables come.
        # A size the user gave the report is kept through the refreshes after writes.
        layout = self.layout()
        was_compact, self._compact = self._compact, not shown
        if layout is None or (shown and not was_compact):
            return
        layout.activate()
        if shown:
            self.resize(max(self.width(), REPORT_SIZE[0]), REPORT_SIZE[1])
        else:
            self.resize(self.width(), layout.minimumSize().height())

    def _show(self, report: Report) -> None:
        reason = report.nothing_to_compare()
        self._tables_shown(reason is None)
        # The same sentence as the command line's: a copy left out is said either way.
        left_out = f" {report.left_out()}" if report.left_out() else ""
        if reason is not None:
            self.summary.setText(reason + left_out)
            return
        self.summary.setText(
            f"Coders {', '.join(report.coders)}; "
            f"{counted(len(report.documents), 'document')} finished by at least two of "
            f"them. Only accepted or hand-made annotations count.{left_out}")
        for m in report.measures:
            what = "annotated or not" if m.measure == "presence" else self._field(m.kind,
                                                                                   m.measure)
            item = QTreeWidgetItem([self._kind(m.kind), what, m.level, _number(m.alpha),
                                    _number(m.agreement, True), str(m.units)])
            item.setToolTip(0, m.kind)
            item.setToolTip(1, m.measure)
            self.measures.addTopLevelItem(item)
        for d in report.disagreements:
            what = d.what if d.what in ("missing", "span") else self._field(d.kind, d.what)
            item = QTreeWidgetItem([d.title or f"document {d.doc_id}", f"{d.start}–{d.end}",
                                    self._kind(d.kind), what, _who(d)])
            item.setToolTip(0, item.text(0))
            item.setToolTip(4, item.text(4))
            item.setData(2, _ROLE, d.kind)
            item.setData(0, _ROLE, (d.first_annotation(), d.doc_id))
            item.setData(1, _ROLE, dict(d.annotations))
            self.disagreements.addTopLevelItem(item)

    # The window names kinds and fields by their labels (a team's own, in its language);
    # the report keeps the stored names, which scripts read.
    def _kind(self, name: str) -> str:
        cb = self.session.project.codebook
        return cb.kind(name).label if name in cb else name

    def _field(self, kind: str, name: str) -> str:
        cb = self.session.project.codebook
        spec = cb.kind(kind) if kind in cb else None
        named = [f for f in spec.fields if f.name == name] if spec else []
        return (named[0].label or name) if named else name

    def _compare(self, item: QTreeWidgetItem | None) -> None:
        """The coders' annotations of one disagreement, one column per coder."""
        self.compare.clear()
        if item is None:
            self.compare.setRowCount(0)
            self.compare.setColumnCount(0)
            return
        ann_ids: dict[str, str | None] = item.data(1, _ROLE)
        rows = {c: (self.session.project.repo.get("annotation", a) if a else None)
                for c, a in ann_ids.items()}
        # The words and the review status, then the fields: told apart by their place,
        # since a field may be named "status" too (a claim's), which showed the review
        # status in its row.
        fields = sorted({k for r in rows.values() if r for k in r["fields"]})
        names = ["words", "status", *fields]
        self.compare.setColumnCount(len(rows))
        self.compare.setHorizontalHeaderLabels(list(rows))
        self.compare.setRowCount(len(names))
        kind = item.data(2, _ROLE)
        self.compare.setVerticalHeaderLabels(
            [*names[:2], *(self._field(kind, n) for n in fields)])
        for col, row in enumerate(rows.values()):
            for n, name in enumerate(names):
                if row is None:
                    text = "(not annotated)" if n == 0 else ""
                elif n == 0:
                    text = row["exact"]
                elif n == 1:
                    text = row["status"]
                else:
                    value = row["fields"].get(name)
                    text = "" if value is None else str(value)
                self.compare.setItem(n, col, QTableWidgetItem(text))
        for n in range(len(names)):
            texts = {self.compare.item(n, c).text() for c in range(len(rows))}
            if len(texts) > 1:  # where the coders differ
                for c in range(len(rows)):
                    font = self.compare.item(n, c).font()
                    font.setBold(True)
                    self.compare.item(n, c).setFont(font)

    def _select(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ann_id, doc_id = item.data(0, _ROLE)
        self.session.bus.select(ann_id, doc_id, sender=self)
