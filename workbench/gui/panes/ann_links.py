"""The links part of the annotation editor: list, add (typed) and remove links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.codebook import LINK_TYPES
from workbench.core.ops.annotations import add_link, remove_link
from workbench.gui.session import Session

# A popup with the whole of a large project would take seconds to fill; the last
# selected annotation and the current document's come first, then the rest up to this.
MAX_CANDIDATES = 1500


def short(row: dict[str, Any], width: int = 60) -> str:
    """A one-line label for an annotation: its kind and the start of its quote."""
    text = " ".join(row["exact"].split())
    text = text if len(text) <= width else text[: width - 1] + "…"
    return f"[{row['kind']}] {text}"


class _WithinWidth(QStyledItemDelegate):
    """Rows as wide as the list, cut with "…": sized to their words, a long link
    ("→ about event: [event] An explosion ripped through the crowded veget") ran past
    the list's edge mid-word, behind a scroll bar. Each row's tool tip has it whole."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(0, super().sizeHint(option, index).height())


class LazyCombo(QComboBox):
    """Fills itself just before the popup opens, so selection changes stay cheap."""

    def __init__(self, fill: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = fill

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()


class LinksBox(QWidget):
    """The links of the shown annotation, with controls to add and remove them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ann: dict[str, Any] | None = None
        self.last_selected: str | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("annotationLinks")
        self.list.setMaximumHeight(80)
        self.list.setItemDelegate(_WithinWidth(self.list))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("linkType")
        for t in LINK_TYPES:
            self.type_combo.addItem(t.replace("_", " "), t)
        self.target_combo = LazyCombo(self.refresh_candidates, self)
        self.target_combo.setObjectName("linkTarget")
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton("Link", self)
        self.add_button.setToolTip("Link this annotation to the chosen one")
        self.remove_button = QPushButton("Remove link", self)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_current)
        self.type_combo.setMinimumContentsLength(8)
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(10)
        # Choices on one row, buttons on the next: on a laptop's right pane four widgets
        # in one row squeezed "Remove link" to "Ren".
        choose = QHBoxLayout()
        choose.setContentsMargins(0, 0, 0, 0)
        choose.addWidget(self.type_combo, 1)
        choose.addWidget(self.target_combo, 2)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        lay.addLayout(choose)
        lay.addLayout(buttons)

    # --------------------------------------------------------------- show
    def show_links(self, ann: dict[str, Any] | None) -> None:
        """List the links of ``ann`` (None: empty and disabled)."""
        self.ann = ann
        self.list.clear()
        self.setEnabled(ann is not None)
        if ann is None:
            return
        repo = self.session.project.repo
        for link in repo.links([ann["id"]]):
            outgoing = link["source_id"] == ann["id"]
            other = repo.get("annotation", link["target_id"] if outgoing else link["source_id"])
            arrow = "→" if outgoing else "←"
            label = f"{arrow} {link['type'].replace('_', ' ')}: {short(other) if other else '?'}"
            item = QListWidgetItem(label, self.list)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, link["id"])
        self.refresh_candidates(only_last=True)

    def refresh_candidates(self, only_last: bool = False) -> None:
        """Last selected first, then this document's annotations, then the project's."""
        self.target_combo.clear()
        if self.ann is None:
            return
        repo, me = self.session.project.repo, self.ann["id"]
        seen = {me}
        if self.last_selected and self.last_selected != me:
            last = repo.get("annotation", self.last_selected)
            if last and not last.get("deleted_at"):
                self.target_combo.addItem("Last selected: " + short(last), last["id"])
                seen.add(last["id"])
        if only_last:
            return
        same_doc = repo.annotations(doc_id=self.ann["doc_id"])
        rest = [r for r in repo.annotations() if r["doc_id"] != self.ann["doc_id"]]
        for row in [*same_doc, *rest][:MAX_CANDIDATES]:
            if row["id"] not in seen:
                seen.add(row["id"])
                self.target_combo.addItem(short(row), row["id"])

    # ------------------------------------------------------------ actions
    def add_selected(self) -> None:
        """Link the shown annotation to the chosen target with the chosen type."""
        target = self.target_combo.currentData()
        if self.ann is None or not target:
            return
        self.session.run(add_link, self.ann["id"], target, self.type_combo.currentData(),
                         sender=self)

    def remove_current(self) -> None:
        """Remove the link selected in the list."""
        item = self.list.currentItem()
        if item is not None:
            self.session.run(remove_link, item.data(Qt.ItemDataRole.UserRole), sender=self)
