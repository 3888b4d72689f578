"""Actor records (Edit → Actor records…): see them with what names them, edit one (name,
aliases, type) or add one, merge a duplicate into the record to keep, move one to the
trash and bring it back.

Every write goes through the session (core operation, then a ChangeNotice on the bus),
so the timeline's actor lanes and the other panes follow, and Edit → Undo takes it back.
The lists are read again on every notice that touches actors, annotations or incidents,
this dialog's own writes and undo alike.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core import actor_refs
from workbench.core.actor_names import merged_label
from workbench.core.actor_unmerge import merged_sentence, restored_sentence
from workbench.core.ops import actors as actor_ops
from workbench.core.wording import counted
from workbench.gui.bus import ChangeNotice
from workbench.gui.dialogs.actor_form import ActorForm
from workbench.gui.dialogs.editing import EditingDialog
from workbench.gui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole
# Each alias in a bidi isolate (FSI ... PDI) in the list of them: a cell is laid out
# left to right, and an Arabic alias before a Latin one beginning with a figure
# ("لواء الشمال; 17th Brigade") pulled the figure across the separator to its own
# side, so the list read "17 ;لواء الشمال th Brigade".
_FSI, _PDI = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` laid out in its own direction, apart from its neighbours, in a cell."""
    return f"{_FSI}{text}{_PDI}" if text else ""


def _named_by(anns: int, incs: int) -> str:
    parts = [counted(anns, "annotation") if anns else "", counted(incs, "incident") if incs
             else ""]
    return ", ".join(p for p in parts if p) or "nothing"


class ActorsDialog(EditingDialog):
    """Live records above (name, aliases, what names them), the trash below."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, "actorMessage", parent)
        self.setObjectName("actorsDialog")
        self.setWindowTitle("Actor records")
        self.resize(760, 560)
        intro = QLabel(
            "Merge a duplicate into the record you keep: the kept record takes its name "
            "and aliases, and every annotation and incident naming it names the kept one. "
            "A record in the trash keeps what names it until it is restored.", self)
        intro.setWordWrap(True)
        self.live = self._table("actorRecords", ("Name", "Type", "Also known as", "Named by"))
        self.form = ActorForm(actor_ops.actor_types(session.project), self)
        self.save_button = QPushButton("&Save changes", self)
        self.save_button.setObjectName("saveActor")
        self.new_button = QPushButton("Add as &new record", self)
        self.new_button.setObjectName("newActor")
        self.into = QComboBox(self)
        self.into.setObjectName("mergeInto")
        self.into.setMinimumContentsLength(24)
        self.merge_button = QPushButton("&Merge selected into", self)
        self.merge_button.setObjectName("mergeActor")
        self.trash_button = QPushButton("Move to &trash", self)
        self.trash_button.setObjectName("trashActor")
        self.trashed = self._table("trashedActors", ("Name", "Type", "Also known as", "Why"))
        self.restore_button = QPushButton("&Restore", self)
        self.restore_button.setObjectName("restoreActor")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.into, 1)
        row.addWidget(self.trash_button)
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.new_button)
        edit_row.addWidget(self.save_button)
        trash_row = QHBoxLayout()
        trash_row.addStretch(1)
        trash_row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.live, 3)
        layout.addLayout(row)
        layout.addWidget(self.form)
        layout.addLayout(edit_row)
        layout.addWidget(QLabel("In the trash", self))
        layout.addWidget(self.trashed, 1)
        layout.addLayout(trash_row)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.merge_button.clicked.connect(self.merge_selected)
        self.trash_button.clicked.connect(self.trash_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.save_button.clicked.connect(self.save_record)
        self.new_button.clicked.connect(self.add_record)
        self.form.name.textChanged.connect(self._enable)
        self.live.itemSelectionChanged.connect(self._follow_selection)
        self.trashed.itemSelectionChanged.connect(self._enable)
        self.into.currentIndexChanged.connect(self._enable)
        self.refresh()

    def _table(self, name: str, headers: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(headers))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)  # a long list of aliases is elided; the tool tip has it all
        header = table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        return table

    # ------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read the records again, keeping the selected one selected where it still is."""
        project = self.session.project
        live, gone = project.repo.actors(), project.repo.actors(trashed=True)
        named = actor_refs.counts(project, [r["id"] for r in live])
        self._fill(self.live, live, lambda r: _named_by(*named[r["id"]]))

        def why(r: dict[str, Any]) -> str:
            into = merged_label(project, r)
            return f"merged into {into}" if into else "trashed"

        self._fill(self.trashed, gone, why)
        keep = self.into.currentData()
        self.into.clear()
        for r in live:
            self.into.addItem(r["name"], r["id"])
        if keep is not None and self.into.findData(keep) >= 0:
            self.into.setCurrentIndex(self.into.findData(keep))
        self._follow_selection()

    def _fill(self, table: QTableWidget, rows: list[dict[str, Any]], third: Any) -> None:
        chosen = self._selected(table)
        # Quiet while the rows are laid again: the form would follow the selection's
        # passing absence and lose what is being typed (refresh follows it once, after).
        blocker = QSignalBlocker(table)
        table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cells = (r["name"], r["actor_type"] or "",
                     "; ".join(map(isolated, r["aliases"])), third(r))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r["id"])
                item.setToolTip("\n".join(r["aliases"]) if col == 2 else text)
                table.setItem(n, col, item)
        # The chosen record stays selected where it still is; a row that left must not
        # leave its place (another record) selected, nor current.
        table.selectionModel().clear()
        for n, r in enumerate(rows):
            if r["id"] == chosen:
                table.selectRow(n)
        blocker.unblock()

    @staticmethod
    def _selected(table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def _follow_selection(self) -> None:
        """The form shows the selected record; a list read again after a write keeps
        what is being typed for the record still selected."""
        chosen = self._selected(self.live)
        if chosen != self.form.record_id:
            self._say("")  # a sentence about the record left behind no longer applies
            self.form.fill(self.session.project.repo.get("actor", chosen) if chosen else None)
        self._enable()

    def _enable(self) -> None:
        chosen = self._selected(self.live)
        self.save_button.setEnabled(chosen is not None)
        self.new_button.setEnabled(bool(self.form.name.text().strip()))
        # Into itself is refused by the core; the button says so before it is pressed.
        self.merge_button.setEnabled(chosen is not None
                                     and self.into.currentData() not in (None, chosen))
        self.trash_button.setEnabled(chosen is not None)
        self.restore_button.setEnabled(self._selected(self.trashed) is not None)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if any(notice.changes.touches(e) for e in ("actor", "annotation", "incident")):
            self.refresh()

    def select(self, actor_id: str) -> None:
        """Select the live record ``actor_id`` (for the keyboard and for tests)."""
        for n in range(self.live.rowCount()):
            if self.live.item(n, 0).data(ID_ROLE) == actor_id:
                self.live.selectRow(n)

    # ------------------------------------------------------------ writing
    def merge_selected(self) -> None:
        """Merge the selected record into the one the list beside the button names."""
        merged, into = self._selected(self.live), self.into.currentData()
        if merged is None or into is None:
            return
        name, kept = self._name(merged), self._name(into)
        self._run(actor_ops.merge_actors, merged, into, said=lambda cs: (
            f"{merged_sentence(name, kept, cs.result)} Edit → Undo takes it back."))

    def save_record(self) -> None:
        """Save the form's name, aliases and type to the selected record."""
        chosen = self._selected(self.live)
        if chosen is None:
            return
        before = self._name(chosen)
        self._run(actor_ops.update_actor, chosen, **self.form.values(),
                  then=lambda cs: self.form.fill(self.session.project.repo.get("actor",
                                                                               chosen)),
                  said=lambda cs: (f"Saved {self._name(chosen)}." if cs.touches("actor")
                                   else f"{before} already reads so; nothing changed."))

    def add_record(self) -> None:
        """Add a record named, spelt and typed as the form says, and select it."""
        values = self.form.values()
        self._run(actor_ops.add_actor, values["name"], values["aliases"],
                  values["actor_type"] or None, then=lambda cs: self.select(cs.result),
                  said=lambda cs: f"Added {self._name(cs.result)}.")

    def trash_selected(self) -> None:
        """Move the selected record to the trash and say what still names it."""
        chosen = self._selected(self.live)
        if chosen is None:
            return
        name = self._name(chosen)
        self._run(actor_ops.trash_actor, chosen, said=lambda cs: (
            f"Moved {name} to the trash. {actor_refs.describe(cs.result)}".strip()))

    def restore_selected(self) -> None:
        """Bring the selected record back from the trash (a merged one takes its merge
        back)."""
        chosen = self._selected(self.trashed)
        if chosen is None:
            return
        name = self._name(chosen)
        self._run(actor_ops.restore_actor, chosen,
                  said=lambda cs: restored_sentence(name, cs.result))

    def _name(self, actor_id: str) -> str:
        row = self.session.project.repo.get("actor", actor_id)
        return row["name"] if row else actor_id


def show_actor_records(session: Session, parent: QWidget | None = None) -> None:
    """Open the dialog (modal: the window's panes follow its writes through the bus)."""
    ActorsDialog(session, parent).exec()
