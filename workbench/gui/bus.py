"""The one channel panes talk through: selection, changes, filters and search.

Every message carries its sender, so a pane can ignore its own echo; panes never
call each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from workbench.core.changes import ChangeSet


@dataclass(frozen=True)
class Selection:
    """The current annotation (or None) and the document shown."""

    ann_id: str | None
    doc_id: int | None
    sender: object = field(default=None, compare=False)


@dataclass(frozen=True)
class DateFilter:
    """An inclusive ISO date range from the timeline, or None for no filter."""

    date_from: str | None
    date_to: str | None
    sender: object = field(default=None, compare=False)


@dataclass(frozen=True)
class SearchState:
    """The search box's query and the documents it matched."""

    query: str
    doc_ids: frozenset[int] | None  # None: no search active
    sender: object = field(default=None, compare=False)


@dataclass(frozen=True)
class IncidentState:
    """The current incident (or None): what key I adds to and the incident pane shows."""

    incident_id: str | None
    sender: object = field(default=None, compare=False)


@dataclass(frozen=True)
class IncidentFilter:
    """Annotation ids the annotation table is narrowed to (an incident's members), or None."""

    ann_ids: frozenset[str] | None
    incident_id: str | None = None
    sender: object = field(default=None, compare=False)


@dataclass(frozen=True)
class ChangeNotice:
    """One committed write, undo or redo, and the object that started it.

    A pane compares ``sender`` with itself to tell its own writes (whose outcome it
    already has) from everyone else's.
    """

    changes: ChangeSet
    sender: object = field(default=None, compare=False)


class Bus(QObject):
    """Signals every pane listens to; panes publish here instead of calling each other."""

    selection_changed = Signal(object)  # Selection
    project_changed = Signal(object)  # ChangeNotice, after every committed write, undo or redo
    date_filter_changed = Signal(object)  # DateFilter
    search_changed = Signal(object)  # SearchState
    status_message = Signal(str)
    # An annotation was just created: the editor selects it and focuses its first field.
    edit_requested = Signal(str)  # ann_id
    incident_changed = Signal(object)  # IncidentState
    incident_filter_changed = Signal(object)  # IncidentFilter

    def __init__(self) -> None:
        super().__init__()
        self.selection = Selection(None, None)
        self.date_filter = DateFilter(None, None)
        self.search = SearchState("", None)
        self.incident = IncidentState(None)
        self.incident_filter = IncidentFilter(None)

    def select(self, ann_id: str | None, doc_id: int | None, sender: object) -> None:
        """Broadcast a new current annotation and document, unless nothing changed."""
        new = Selection(ann_id, doc_id, sender)
        if new == self.selection:
            return  # no echo: the same selection is not broadcast twice
        self.selection = new
        self.selection_changed.emit(new)

    def publish(self, changes: ChangeSet, sender: object) -> None:
        """Tell every pane what ``sender``'s write changed; an empty change says nothing."""
        if changes:
            self.project_changed.emit(ChangeNotice(changes, sender))

    def set_date_filter(self, date_from: str | None, date_to: str | None, sender: object) -> None:
        """Broadcast a new period filter, unless it is the current one."""
        new = DateFilter(date_from, date_to, sender)
        if new != self.date_filter:
            self.date_filter = new
            self.date_filter_changed.emit(new)

    def set_search(self, query: str, doc_ids: frozenset[int] | None, sender: object) -> None:
        """Broadcast a new search and its matching documents, unless it is the current one."""
        new = SearchState(query, doc_ids, sender)
        if new != self.search:
            self.search = new
            self.search_changed.emit(new)

    def select_incident(self, incident_id: str | None, sender: object) -> None:
        """Broadcast a new current incident, unless it is the current one (no echo)."""
        new = IncidentState(incident_id, sender)
        if new != self.incident:
            self.incident = new
            self.incident_changed.emit(new)

    def set_incident_filter(self, ann_ids: frozenset[str] | None, incident_id: str | None,
                            sender: object) -> None:
        """Narrow the annotation table to ``ann_ids`` (None: no incident filter)."""
        new = IncidentFilter(ann_ids, incident_id, sender)
        if new != self.incident_filter:
            self.incident_filter = new
            self.incident_filter_changed.emit(new)
