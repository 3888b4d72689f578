"""The codebook (Edit → Codebook…): kinds on the left; the chosen kind's label, key,
roles, fields and choices on the right, to rename, extend and retire.

Every write goes through the session (a core operation of ``core/ops/codebook.py``,
then a ChangeNotice on the bus), so the Annotate menu, the annotation table, the editor
and the timeline take the new labels and choices at once, and Edit → Undo takes a write
back. The core decides what is allowed: a refusal is its sentence, shown under the
lists. The lists are read again on every notice that touches the codebook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.codebook import FIELD_TYPES, KindSpec
from workbench.core.ops import codebook as cb_ops
from workbench.core.wording import agrees, counted
from workbench.gui.bus import ChangeNotice
from workbench.gui.dialogs.editing import EditingDialog
from workbench.gui.session import Session

NAME_ROLE = Qt.ItemDataRole.UserRole
RETIRED = " (retired)"


def _kind_text(spec: KindSpec) -> str:
    key = f"{spec.key.upper()}  " if spec.key else "    "
    return f"{key}{spec.label}{RETIRED if spec.retired else ''}"


def _roles_text(spec: KindSpec) -> str:
    """The kind's roles as one line: which field is its date, its low count, ..."""
    parts = []
    for f in spec.fields:
        role = spec.role_of(f.name)
        if role:
            parts.append(f"{role}: {f.label or f.name}")
    return "; ".join(parts) or "none (set them with `workbench codebook set-role`)"


class CodebookDialog(EditingDialog):
    """Kinds on the left; the chosen kind, its fields and the chosen field's choices."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, "codebookMessage", parent)
        self._field_shown: str | None = None
        self.setObjectName("codebookDialog")
        self.setWindowTitle("Codebook")
        self.resize(980, 720)
        intro = QLabel(
            "Labels are the names people read; a kind's and a field's name stay as they "
            "are, since annotations, exports and merges go by them. A retired kind or "
            "field takes no new annotations; what was coded with it stays, shown and "
            "exported, and it can be restored.", self)
        intro.setWordWrap(True)

        self.kinds = QListWidget(self)
        self.kinds.setObjectName("codebookKinds")
        self.kinds.setMinimumWidth(200)
        self.new_kind_name = self._line("newKindName", "name, e.g. protest")
        self.new_kind_label = self._line("newKindLabel", "label")
        self.new_kind_key = self._line("newKindKey", "key")
        self.new_kind_key.setMaxLength(1)
        self.new_kind_key.setMaximumWidth(48)
        self.add_kind_button = self._button("&Add kind", "addKind", self.add_kind)
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel("Kinds", self))
        left_lay.addWidget(self.kinds, 1)
        new_kind = QHBoxLayout()
        new_kind.addWidget(self.new_kind_name, 2)
        new_kind.addWidget(self.new_kind_label, 2)
        new_kind.addWidget(self.new_kind_key)
        left_lay.addLayout(new_kind)
        left_lay.addWidget(self.add_kind_button)

        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self._kind_box())
        right_lay.addWidget(self._fields_box(), 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.kinds.currentItemChanged.connect(self._kind_chosen)
        self.fields.itemSelectionChanged.connect(self._show_field)
        self.choices.currentItemChanged.connect(self._show_choice)
        self.refresh()

    # ------------------------------------------------------------ building
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _kind_box(self) -> QGroupBox:
        box = QGroupBox("Kind", self)
        self.kind_name = QLabel(box)
        self.kind_name.setObjectName("kindName")
        self.kind_label = self._line("kindLabel")
        self.kind_key = self._line("kindKey")
        self.kind_key.setMaxLength(1)
        self.kind_key.setMaximumWidth(48)
        self.roles = QLabel(box)
        self.roles.setObjectName("kindRoles")
        self.roles.setWordWrap(True)
        self.rename_kind_button = self._button("Re&name", "renameKind", self.rename_kind)
        self.key_button = self._button("Set &key", "setKindKey", self.set_key)
        self.retire_kind_button = self._button("Retire kind", "retireKind", self.retire_kind)
        label_row = QHBoxLayout()
        label_row.addWidget(self.kind_label, 1)
        label_row.addWidget(self.rename_kind_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.kind_key)
        key_row.addWidget(self.key_button)
        key_row.addStretch(1)
        key_row.addWidget(self.retire_kind_button)
        form = QFormLayout(box)
        form.addRow("Name", self.kind_name)
        form.addRow("Label", label_row)
        form.addRow("Key", key_row)
        form.addRow("Roles", self.roles)
        return box

    def _fields_box(self) -> QGroupBox:
        box = QGroupBox("Fields", self)
        self.fields = QTableWidget(0, 5, box)
        self.fields.setObjectName("codebookFields")
        self.fields.setHorizontalHeaderLabels(["Label", "Name", "Type", "Choices", "Role"])
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        # One line a field: a kind of a dozen fields shows them all without scrolling.
        self.fields.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.fields.setWordWrap(False)
        header = self.fields.horizontalHeader()
        for col in (0, 1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.field_label = self._line("fieldLabel", "label")
        self.field_help = self._line("fieldHelp", "help text (optional)")
        self.save_field_button = self._button("&Save label and help", "saveField",
                                              self.save_field)
        self.retire_field_button = self._button("Retire field", "retireField",
                                                self.retire_field)
        self.choices = QListWidget(box)
        self.choices.setObjectName("fieldChoices")
        self.choices.setMaximumHeight(self.fontMetrics().height() * 7)
        self.choice_text = self._line("choiceText", "a choice")
        self.add_choice_button = self._button("Add &choice", "addChoice", self.add_choice)
        self.rename_choice_button = self._button("&Rename chosen to this", "renameChoice",
                                                 self.rename_choice)
        self.remove_choice_button = self._button("Re&move chosen", "removeChoice",
                                                 self.remove_choice)
        self.new_field_name = self._line("newFieldName", "name, e.g. weapon")
        self.new_field_type = QComboBox(box)
        self.new_field_type.setObjectName("newFieldType")
        self.new_field_type.addItems(list(FIELD_TYPES))
        self.new_field_label = self._line("newFieldLabel", "label")
        self.new_field_choices = self._line("newFieldChoices", "choices, comma-separated")
        self.add_field_button = self._button("Add &field", "addField", self.add_field)

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.field_label, 1)
        edit_row.addWidget(self.field_help, 2)
        edit_row.addWidget(self.save_field_button)
        edit_row.addWidget(self.retire_field_button)
        choice_buttons = QVBoxLayout()
        choice_buttons.addWidget(self.choice_text)
        choice_buttons.addWidget(self.add_choice_button)
        choice_buttons.addWidget(self.rename_choice_button)
        choice_buttons.addWidget(self.remove_choice_button)
        choice_buttons.addStretch(1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choices, 1)
        choice_row.addLayout(choice_buttons, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_field_name, 2)
        new_row.addWidget(self.new_field_type)
        new_row.addWidget(self.new_field_label, 2)
        new_row.addWidget(self.new_field_choices, 2)
        new_row.addWidget(self.add_field_button)
        lay = QVBoxLayout(box)
        lay.addWidget(self.fields, 3)
        form = QFormLayout()
        form.addRow("Selected field", edit_row)
        form.addRow("Its choices", choice_row)
        form.addRow("New field", new_row)
        lay.addLayout(form, 2)
        return box

    # ------------------------------------------------------------ reading
    def spec(self) -> KindSpec | None:
        """The kind chosen on the left, as the codebook holds it now."""
        item = self.kinds.currentItem()
        name = item.data(NAME_ROLE) if item is not None else None
        cb = self.session.project.codebook
        return cb.kind(name) if name in cb else None

    def field_name(self) -> str | None:
        rows = self.fields.selectionModel().selectedRows()
        return self.fields.item(rows[0].row(), 1).text() if rows else None

    def refresh(self) -> None:
        """Read the codebook again, keeping the chosen kind, field and choice."""
        keep = self.spec()
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for spec in self.session.project.codebook.kinds():
            item = QListWidgetItem(_kind_text(spec), self.kinds)
            item.setData(NAME_ROLE, spec.name)
            item.setToolTip(f"{spec.label} ({spec.name})")
            if spec.retired:
                self._dim(item)
        self.kinds.blockSignals(False)
        self.select_kind(keep.name if keep else self.session.project.codebook.names()[0])

    def select_kind(self, name: str) -> None:
        """Choose the kind ``name`` on the left (for the keyboard and for tests)."""
        for n in range(self.kinds.count()):
            if self.kinds.item(n).data(NAME_ROLE) == name:
                if self.kinds.currentRow() == n:
                    self._show_kind()
                self.kinds.setCurrentRow(n)

    def select_field(self, name: str) -> None:
        """Choose the field ``name`` of the chosen kind."""
        for n in range(self.fields.rowCount()):
            if self.fields.item(n, 1).text() == name:
                self.fields.selectRow(n)

    def select_choice(self, choice: str) -> None:
        for n in range(self.choices.count()):
            if self.choices.item(n).text() == choice:
                self.choices.setCurrentRow(n)

    def _kind_chosen(self, *_: Any) -> None:
        self._say("")  # a sentence about the kind left behind no longer applies
        self._show_kind()

    def _show_kind(self) -> None:
        spec = self.spec()
        chosen = self.field_name()
        self.kind_name.setText(spec.name if spec else "")
        self.kind_label.setText(spec.label if spec else "")
        self.kind_key.setText(spec.key if spec else "")
        self.roles.setText(_roles_text(spec) if spec else "")
        self.retire_kind_button.setText("Restore kind" if spec and spec.retired
                                        else "Retire kind")
        fields = spec.fields if spec else ()
        self.fields.setRowCount(len(fields))
        for n, f in enumerate(fields):
            cells = (f.label + (RETIRED if f.retired else ""), f.name, f.type,
                     ", ".join(f.choices), (spec.role_of(f.name) or "") if spec else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f.help or text)
                if f.retired:
                    self._dim(item)
                self.fields.setItem(n, col, item)
        self.fields.selectionModel().clear()
        if chosen:
            self.select_field(chosen)
        self._show_field()

    def _show_field(self) -> None:
        spec, name = self.spec(), self.field_name()
        if name != self._field_shown:
            self._say("")  # a sentence about the field left behind no longer applies
            self._field_shown = name
        f = spec.field(name) if spec and name else None
        self.field_label.setText(f.label if f else "")
        self.field_help.setText(f.help if f else "")
        self.retire_field_button.setText("Restore field" if f and f.retired
                                         else "Retire field")
        chosen = self.choices.currentItem().text() if self.choices.currentItem() else None
        self.choices.clear()
        for choice in f.choices if f else ():
            QListWidgetItem(choice, self.choices)
        if chosen:
            self.select_choice(chosen)
        enum = f is not None and f.type == "enum"
        for w in (self.save_field_button, self.retire_field_button):
            w.setEnabled(f is not None)
        for w in (self.choices, self.choice_text, self.add_choice_button):
            w.setEnabled(enum)
        self._show_choice()

    def _show_choice(self, *_: Any) -> None:
        chosen = self.choices.currentItem() is not None and self.choices.isEnabled()
        self.rename_choice_button.setEnabled(chosen)
        self.remove_choice_button.setEnabled(chosen)

    def _dim(self, item: QListWidgetItem | QTableWidgetItem) -> None:
        # The theme's greyed text, not italics: the fallback fonts of Arabic have no
        # italic face here, and an italic Arabic label drew as empty boxes.
        item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text))

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.changes.touches("codebook"):
            self.refresh()

    # ------------------------------------------------------------ writing
    def _kind_or_say(self) -> KindSpec | None:
        spec = self.spec()
        if spec is None:
            self._say("Choose a kind on the left first.")
        return spec

    def _field_or_say(self) -> tuple[KindSpec, str] | None:
        spec, name = self.spec(), self.field_name()
        if spec is None or name is None:
            self._say("Choose a field in the list first.")
            return None
        return spec, name

    def add_kind(self) -> None:
        name = self.new_kind_name.text().strip()

        def made() -> None:
            for line in (self.new_kind_name, self.new_kind_label, self.new_kind_key):
                line.clear()
            self.select_kind(name)

        self._run(cb_ops.add_kind, name, self.new_kind_label.text().strip(),
                  self.new_kind_key.text(), said=lambda cs: f"Added the kind {name}.",
                  then=lambda cs: made())

    def rename_kind(self) -> None:
        if (spec := self._kind_or_say()) is not None:
            label = self.kind_label.text()
            self._run(cb_ops.set_kind_label, spec.name, label,
                      said=lambda cs: f"{spec.label} is now labelled {' '.join(label.split())}.")

    def set_key(self) -> None:
        if (spec := self._kind_or_say()) is not None:
            key = self.kind_key.text()
            self._run(cb_ops.set_key, spec.name, key,
                      said=lambda cs: f"{spec.label} now has the key {key.strip().upper()}.")

    def retire_kind(self) -> None:
        if (spec := self._kind_or_say()) is not None:
            back = spec.retired
            self._run(cb_ops.retire_kind, spec.name, not back, said=lambda cs: (
                f"Restored {spec.label}: it is in the Annotate menu again." if back else
                f"Retired {spec.label}: no new annotation can have it; those made stay, "
                "shown and exported. Edit → Undo takes it back."))

    def save_field(self) -> None:
        if (chosen := self._field_or_say()) is not None:
            spec, name = chosen
            self._run(cb_ops.edit_field, spec.name, name, label=self.field_label.text(),
                      help=self.field_help.text(),
                      said=lambda cs: f"Saved the label and help of {name}.")

    def retire_field(self) -> None:
        if (chosen := self._field_or_say()) is not None:
            spec, name = chosen
            f = spec.field(name)
            back = f.retired
            self._run(cb_ops.retire_field, spec.name, name, not back, said=lambda cs: (
                f"Restored {f.label}." if back else
                f"Retired {f.label}: new annotations leave it out and the editor shows it "
                "only where it holds a value."))

    def add_choice(self) -> None:
        if (chosen := self._field_or_say()) is not None:
            spec, name = chosen
            choice = self.choice_text.text()
            self._run(cb_ops.add_choice, spec.name, name, choice,
                      said=lambda cs: f"Added the choice {choice.strip()}.")

    def rename_choice(self) -> None:
        chosen, item = self._field_or_say(), self.choices.currentItem()
        if chosen is None or item is None:
            return
        spec, name = chosen
        old, new = item.text(), self.choice_text.text()
        self._run(cb_ops.rename_choice, spec.name, name, old, new, said=lambda cs: (
            f"Renamed {old} to {new.strip()}; {counted(cs.result, 'annotation')} "
            f"{agrees(cs.result, 'holds', 'hold')} it now. Edit → Undo takes both back."),
            then=lambda cs: self.select_choice(new.strip()))

    def remove_choice(self) -> None:
        chosen, item = self._field_or_say(), self.choices.currentItem()
        if chosen is None or item is None:
            return
        spec, name = chosen
        choice = item.text()
        self._run(cb_ops.remove_choice, spec.name, name, choice,
                  said=lambda cs: f"Removed the choice {choice}.")

    def add_field(self) -> None:
        if (spec := self._kind_or_say()) is None:
            return
        name = self.new_field_name.text().strip()
        choices = tuple(c.strip() for c in self.new_field_choices.text().split(",")
                        if c.strip())

        def made() -> None:
            for line in (self.new_field_name, self.new_field_label, self.new_field_choices):
                line.clear()
            self.select_field(name)

        self._run(cb_ops.add_field, spec.name, name, self.new_field_type.currentText(),
                  label=self.new_field_label.text().strip(), choices=choices,
                  said=lambda cs: f"Added the field {name} to {spec.label}.",
                  then=lambda cs: made())


def show_codebook(session: Session, parent: QWidget | None = None) -> None:
    """Open the dialog (modal: the window's panes follow its writes through the bus)."""
    CodebookDialog(session, parent).exec()
