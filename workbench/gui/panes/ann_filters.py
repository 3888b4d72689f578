"""The annotation panel's filter bar: scope, kind, status, coder, text, period, review."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from workbench.core.codebook import STATUSES, Codebook
from workbench.gui.models.annotation_table_model import swatch

ANY = None
TEXT_LEAST_CHARS = 8  # the text filter keeps room for about this many characters


class FilterBar(QWidget):
    changed = Signal()  # any filter or the scope changed
    clear_period = Signal()
    clear_incident = Signal()
    accept_menu_requested = Signal(QMenu)  # the panel fills the menu with counts per kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole_project = QCheckBox("Whole project", self)
        self.whole_project.setObjectName("wholeProject")
        self.whole_project.setToolTip("Show annotations of every document, not just this one")
        self.suggestions = QToolButton(self)
        self.suggestions.setObjectName("suggestionsToggle")
        self.suggestions.setText("Suggestions")
        self.suggestions.setCheckable(True)
        self.suggestions.setToolTip("Review suggestions: Enter accepts, Delete rejects")
        self.accept_all = QToolButton(self)
        self.accept_all.setObjectName("acceptAll")
        self.accept_all.setText("Accept all ▾")
        self.accept_all.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The style's own menu arrow overlaps the label; the text carries the arrow.
        self.accept_all.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.accept_all.setToolTip("Accept every suggestion of one kind in the current view")
        menu = QMenu(self.accept_all)
        menu.aboutToShow.connect(lambda: self.accept_menu_requested.emit(menu))
        self.accept_all.setMenu(menu)
        self.period = QLabel(self)
        self.period.setObjectName("periodLabel")
        self.period_clear = QToolButton(self)
        self.period_clear.setObjectName("clearPeriod")
        self.period_clear.setText("×")
        self.period_clear.setToolTip("Show every date again")
        self.period_clear.clicked.connect(self.clear_period)

        self.incident = QLabel("Incident members", self)
        self.incident.setObjectName("incidentFilterLabel")
        self.incident_clear = QToolButton(self)
        self.incident_clear.setObjectName("clearIncidentFilter")
        self.incident_clear.setText("×")
        self.incident_clear.setToolTip("Show every annotation again, not just the incident's")
        self.incident_clear.clicked.connect(self.clear_incident)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kindFilter")
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem("Any status", ANY)
        for s in STATUSES:
            self.status.addItem(s, s)
        self.coder = QComboBox(self)
        self.coder.setObjectName("coderFilter")
        self.coder.addItem("Any coder", ANY)
        self.text = QLineEdit(self)
        self.text.setObjectName("textFilter")
        self.text.setPlaceholderText("Filter text, fields, memo…")
        self.text.setClearButtonEnabled(True)
        # Typing should not re-query on every key press.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.changed)
        self.text.textChanged.connect(self._debounce.start)

        top = QHBoxLayout()
        for w in (self.whole_project, self.suggestions, self.accept_all):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.incident, self.incident_clear, self.period, self.period_clear):
            top.addWidget(w)
        grid = self.grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.addLayout(top, 0, 0, 1, 4)
        grid.addWidget(self.kind, 1, 0)
        grid.addWidget(self.status, 1, 1)
        grid.addWidget(self.coder, 1, 2)
        grid.addWidget(self.text, 1, 3)
        grid.setColumnStretch(3, 1)
        self._text_below = False  # the text filter on a row of its own (``_fit_text``)

        self.whole_project.toggled.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.coder.currentIndexChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.suggestions.toggled.connect(self._suggestions_toggled)
        self.set_period(None, None)
        self.set_incident_note(False)

    # ------------------------------------------------------------ content
    def set_codebook(self, codebook: Codebook) -> None:
        current = self.kind.currentData()
        with QSignalBlocker(self.kind):
            self.kind.clear()
            self.kind.addItem("All kinds", ANY)
            for k in codebook.kinds():
                self.kind.addItem(swatch(k.color, False), k.label, k.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))

    def add_coders(self, coders: set[str]) -> None:
        with QSignalBlocker(self.coder):
            for c in sorted(coders):
                if self.coder.findData(c) < 0:
                    self.coder.addItem(c, c)

    def set_period(self, date_from: str | None, date_to: str | None) -> None:
        active = bool(date_from or date_to)
        self.period.setText(f"Period {date_from or '…'} – {date_to or '…'}" if active else "")
        self.period.setVisible(active)
        self.period_clear.setVisible(active)

    # ------------------------------------------------------------- values
    def set_incident_note(self, active: bool) -> None:
        """Say that the table shows an incident's members only (with × to stop)."""
        self.incident.setVisible(active)
        self.incident_clear.setVisible(active)

    def kinds(self) -> list[str] | None:
        k = self.kind.currentData()
        return [k] if k else None

    def statuses(self) -> list[str] | None:
        s = self.status.currentData()
        return [s] if s else None

    def coder_value(self) -> str | None:
        return self.coder.currentData()

    def text_value(self) -> str:
        return self.text.text().strip()

    # ------------------------------------------------------------- fitting
    def text_least(self) -> int:
        """The text filter's least useful width: a few words and its clear button."""
        return (self.text.fontMetrics().horizontalAdvance("n" * TEXT_LEAST_CHARS)
                + self.text.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """The text filter beside the three lists while it keeps ``text_least``, else
        on a row of its own under them: on a 400 px panel (a 1024 px screen) it was
        52 px wide and read "Filter …", with no room to see what was typed."""
        grid = self.grid
        margins = grid.contentsMargins()
        beside = (sum(w.sizeHint().width() for w in (self.kind, self.status, self.coder))
                  + 3 * max(grid.horizontalSpacing(), 0) + margins.left() + margins.right())
        below = self.width() - beside < self.text_least()
        if below == self._text_below:
            return
        self._text_below = below
        grid.removeWidget(self.text)
        if below:
            grid.addWidget(self.text, 2, 0, 1, 4)
        else:
            grid.addWidget(self.text, 1, 3)

    def text_below(self) -> bool:
        """Whether the text filter is on its own row (a narrow panel)."""
        return self._text_below

    # ------------------------------------------------------------- syncing
    def _suggestions_toggled(self, on: bool) -> None:
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(self.status.findData("suggested") if on else 0)
        self.changed.emit()

    def _status_changed(self) -> None:
        with QSignalBlocker(self.suggestions):
            self.suggestions.setChecked(self.status.currentData() == "suggested")
        self.changed.emit()
