"""Tools → Agreement report…: the agreement table and the list of disagreements.

The report itself is computed by the core; this dialog only shows it. Double-clicking a
disagreement selects the first coder's annotation through the bus, so the viewer and the
panel go to it while the dialog stays open beside the window.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.agreement import Disagreement, Report, agreement_report
from workbench.core.errors import WorkbenchError
from workbench.gui.session import Session

_ROLE = Qt.ItemDataRole.UserRole


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
        self.resize(820, 560)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.measures = self._tree("agreementMeasures",
                                   ["Kind", "Measure", "Level", "Alpha", "Agreement", "Units"])
        self.disagreements = self._tree("agreementDisagreements",
                                        ["Document", "Span", "Kind", "What", "Coders"])
        self.disagreements.itemDoubleClicked.connect(self._select)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.measures, 2)
        layout.addWidget(QLabel("Disagreements (double-click to go to the annotation):", self))
        layout.addWidget(self.disagreements, 3)
        layout.addWidget(buttons)
        self.refresh()

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
            self.summary.setText(str(err))
            return
        self._show(report)

    def _show(self, report: Report) -> None:
        self.summary.setText(
            f"Coders {', '.join(report.coders)}; {len(report.documents)} document(s) finished "
            "by at least two of them. Only accepted or hand-made annotations count.")
        for m in report.measures:
            what = "annotated or not" if m.measure == "presence" else m.measure
            self.measures.addTopLevelItem(QTreeWidgetItem(
                [m.kind, what, m.level, _number(m.alpha), _number(m.agreement, True),
                 str(m.units)]))
        for d in report.disagreements:
            item = QTreeWidgetItem([d.title or f"document {d.doc_id}", f"{d.start}–{d.end}",
                                    d.kind, d.what, _who(d)])
            item.setData(0, _ROLE, (d.first_annotation(), d.doc_id))
            self.disagreements.addTopLevelItem(item)

    def _select(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ann_id, doc_id = item.data(0, _ROLE)
        self.session.bus.select(ann_id, doc_id, sender=self)
