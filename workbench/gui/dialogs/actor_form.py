"""The fields of one actor record in Edit → Actor records…: its name, its aliases (one a
line, Arabic as written) and its type (the codebook's actor types, or none).

The form only holds what is typed; the dialog saves it through the core, which checks
it (an empty name, a spelling another live record has) and says why in one sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

NO_TYPE = "none"
NOT_OFFERED = "{type} (not in the codebook)"


class ActorForm(QGroupBox):
    """Name, aliases and type of the record being edited (``record_id``; None: none)."""

    def __init__(self, types: tuple[str, ...], parent: QWidget | None = None):
        super().__init__("Record", parent)
        self.setObjectName("actorForm")
        self.record_id: str | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("actorName")
        self.name.setPlaceholderText("the name the record is listed by")
        self.aliases = QPlainTextEdit(self)
        self.aliases.setObjectName("actorAliases")
        self.aliases.setPlaceholderText("other spellings, one a line (Arabic too)")
        self.aliases.setTabChangesFocus(True)
        lines = QFontMetrics(self.aliases.font()).lineSpacing()
        self.aliases.setFixedHeight(lines * 3 + 12)
        self.type = QComboBox(self)
        self.type.setObjectName("actorType")
        self.types = types
        self._fill_types(None)
        form = QFormLayout(self)
        form.addRow("&Name", self.name)
        form.addRow("&Also known as", self.aliases)
        form.addRow("T&ype", self.type)

    def fill(self, row: dict[str, Any] | None) -> None:
        """Show ``row`` (None: empty fields, for a new record)."""
        self.record_id = row["id"] if row else None
        self.name.setText(row["name"] if row else "")
        self.aliases.setPlainText("\n".join(row["aliases"]) if row else "")
        kept = (row or {}).get("actor_type") or ""
        self._fill_types(kept if kept not in self.types else None)
        self.type.setCurrentIndex(max(self.type.findData(kept), 0))

    def _fill_types(self, own: str | None) -> None:
        """The codebook's types, and ``own``: a type the record has that the codebook
        does not offer (shown as "none", a save cleared it without a word)."""
        self.type.clear()
        self.type.addItem(NO_TYPE, "")
        for choice in self.types:
            self.type.addItem(choice, choice)
        if own:
            self.type.addItem(NOT_OFFERED.format(type=own), own)

    def values(self) -> dict[str, Any]:
        """What is typed, as ``ops.actors.update_actor`` takes it ("" type: none)."""
        return {"name": self.name.text(),
                "aliases": [a for a in self.aliases.toPlainText().split("\n") if a.strip()],
                "actor_type": self.type.currentData()}
