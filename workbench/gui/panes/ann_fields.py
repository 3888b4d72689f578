"""One input widget per codebook field type, with a common value()/set_value() face.

Each input emits ``committed`` when the user finishes an edit (editingFinished,
currentIndexChanged, toggled, focus out): the editor sends only that field to the
core, which validates it. Setting a value from the program never emits.
"""

from __future__ import annotations

import math
import re
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbench.core.codebook import FieldSpec
from workbench.gui import clipboard

EMPTY = "—"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
INT_LIMIT = 2_000_000_000
_BAD_STYLE = "QLineEdit { border: 2px solid #d0453b; }"


def compact(w: QWidget, chars: int = 8) -> None:
    """Let ``w`` shrink to about ``chars`` characters: a combo's or spin box's size hint
    is its longest choice or widest number, which pushed the editor past a laptop's
    right pane (clipped arrows, a horizontal scroll bar). The text elides instead."""
    if isinstance(w, QComboBox):
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        w.setMinimumContentsLength(chars)
    else:
        extra = w.style().pixelMetric(w.style().PixelMetric.PM_ScrollBarExtent) + 16
        w.setMinimumWidth(w.fontMetrics().horizontalAdvance("0" * chars) + extra)


class FocusOutTextEdit(QPlainTextEdit):
    """A plain text edit that says when the user leaves it (it has no editingFinished)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()

    def createMimeDataFromSelection(self) -> QMimeData:
        # A memo of an encrypted project: out of clipboard histories (gui/clipboard).
        return clipboard.prepared(super().createMimeDataFromSelection())


class _Emptiable:
    """A spin box whose digits, deleted, mean "no value" (its minimum, shown as a dash).

    Qt's spin box puts the last value back when its text is left without digits, so a
    range could be taken back to one figure only by stepping below the minimum.
    """

    def _bare(self, text: str) -> str:
        box: Any = self
        text = text.removeprefix(box.prefix()).removesuffix(box.suffix())
        return text.strip()

    def validate(self, text: str, pos: int) -> object:
        if not self._bare(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)  # type: ignore[misc]

    def valueFromText(self, text: str) -> Any:
        box: Any = self
        if not self._bare(text):
            return box.minimum()
        return super().valueFromText(text)  # type: ignore[misc]


class EmptiableSpinBox(_Emptiable, QSpinBox):
    """An int field's spin box (see ``_Emptiable``)."""


class EmptiableDoubleSpinBox(_Emptiable, QDoubleSpinBox):
    """A float field's spin box (see ``_Emptiable``)."""


class FieldInput(QObject):
    committed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widget = self._build(spec, parent)
        self.widget.setObjectName(f"field_{spec.name}")
        tip = spec.help or spec.label or spec.name
        self.widget.setToolTip(tip)
        if isinstance(self.widget, QComboBox | QSpinBox | QDoubleSpinBox):
            compact(self.widget, 6 if isinstance(self.widget, QComboBox) else 4)

    # ----------------------------------------------------------- building
    def _build(self, spec: FieldSpec, parent: QWidget | None) -> QWidget:
        t = spec.type
        if t == "enum":
            w = QComboBox(parent)
            w.addItem(EMPTY, None)  # controlled vocabulary with an explicit "unset"
            for choice in spec.choices:
                w.addItem(choice.replace("_", " "), choice)
            w.currentIndexChanged.connect(self.committed)
            return w
        if t == "int":
            w = EmptiableSpinBox(parent)
            lo = int(spec.minimum) if spec.minimum is not None else -INT_LIMIT
            hi = int(spec.maximum) if spec.maximum is not None else INT_LIMIT
            # One below the minimum stands for "empty", shown as a dash.
            w.setRange(lo - 1, hi)
            w.setSpecialValueText(EMPTY)
            w.setValue(lo - 1)
            w.editingFinished.connect(self.committed)
            return w
        if t == "float":
            w = EmptiableDoubleSpinBox(parent)
            w.setDecimals(5)
            lo = spec.minimum if spec.minimum is not None else -1e12
            hi = spec.maximum if spec.maximum is not None else 1e12
            w.setRange(lo - 1, hi)
            w.setSpecialValueText(EMPTY)
            w.setValue(lo - 1)
            w.editingFinished.connect(self.committed)
            return w
        if t == "bool":
            w = QCheckBox(parent)
            w.toggled.connect(self.committed)
            return w
        if t == "longtext":
            w = FocusOutTextEdit(parent)
            w.setTabChangesFocus(True)
            w.setFixedHeight(60)
            w.editing_finished.connect(self.committed)
            return w
        # Its copies of an encrypted project's words are guarded as the memo's are.
        w = clipboard.GuardedLineEdit(parent)
        if t == "date":
            w.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD")
            w.textChanged.connect(self._check_date)
        elif t == "list":
            w.setPlaceholderText("one; two; three")
        w.editingFinished.connect(self.committed)
        return w

    def _check_date(self, text: str) -> None:
        # Only a cue while typing; the core's sentence is shown when the edit is sent.
        bad = bool(text.strip()) and not DATE_RE.match(text.strip())
        self.widget.setStyleSheet(_BAD_STYLE if bad else "")

    # ------------------------------------------------------------- values
    def value(self) -> Any:
        w, t = self.widget, self.spec.type
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            return None if w.value() == w.minimum() else w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText() or None
        text = w.text().strip()
        if t == "list":
            return [p.strip() for p in text.split(";") if p.strip()]
        return text or None

    def set_value(self, value: Any) -> None:
        w = self.widget
        blocker = QSignalBlocker(w)
        if isinstance(w, QComboBox):
            pos = w.findData(value)
            w.setCurrentIndex(pos if pos >= 0 else 0)
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            number = self._number(value)
            w.setValue(w.minimum() if number is None else number)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif self.spec.type == "list":
            w.setText("; ".join(value or []))
        else:
            w.setText("" if value is None else str(value))
        blocker.unblock()
        if self.spec.type == "date":
            self._check_date(str(value or ""))

    def _number(self, value: Any) -> int | float | None:
        """``value`` as this spin box's number; None for none, and for words a project
        merged before merges checked types may hold in a number field ("three"):
        reading them raised ValueError half way through filling the form, which then
        showed the count of the annotation shown before, and could crash on close."""
        if value is None or isinstance(value, bool):
            return None
        try:
            number = int(value) if isinstance(self.widget, QSpinBox) else float(value)
        except (TypeError, ValueError, OverflowError):
            return None
        return number if math.isfinite(number) else None

    def value_text(self, value: Any) -> str:
        """A value of this field as a sentence quotes it ("" for none)."""
        if isinstance(value, list):
            return "; ".join(map(str, value))
        return "" if value is None else str(value)

    def differs_from(self, stored: Any) -> bool:
        """Whether the widget holds something other than the stored value."""
        mine = self.value()
        if self.spec.type == "list":
            return (mine or []) != (stored or [])
        if self.spec.type == "bool":
            return bool(mine) != bool(stored)
        if (isinstance(self.widget, QSpinBox | QDoubleSpinBox) and mine is None
                and stored is not None and self._number(stored) is None):
            # Words in a number field are shown empty: resting in it is no edit, and
            # leaving it must not erase them (typing a figure replaces them).
            return False
        if (isinstance(self.widget, QSpinBox | QDoubleSpinBox)
                and (number := self._number(stored)) is not None):
            # The box shows a stored figure as it can: rounded to its decimals (a
            # coordinate pasted from a map has seven), as a whole number (a fraction an
            # old merge left in a count, or a figure it stored as words), within its
            # bounds. That is no edit: the cursor resting in the box when the selection
            # moved on stored the figure shown over the one stored.
            return mine != self._as_shown(number)
        return mine != stored

    def _as_shown(self, number: int | float) -> Any:
        """What this spin box shows for ``number``, as :meth:`value` reads it back."""
        w = self.widget
        within = min(max(number, w.minimum()), w.maximum())
        if within == w.minimum():
            return None  # one below the field's minimum stands for empty
        if isinstance(w, QDoubleSpinBox):
            return float(f"{within:.{w.decimals()}f}")
        return within
