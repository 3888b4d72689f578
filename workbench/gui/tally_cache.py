"""Tallies by incident id, computed on first use and dropped when a change touches them.

One cache per session, shared by the incident pane and the timeline: a tally reads the
members of one incident (a few milliseconds), so a list of 10,000 incidents tallies only
the rows on screen, and a change re-tallies only the incidents it touched.
"""

from __future__ import annotations

from workbench.core.changes import ChangeSet
from workbench.core.errors import NotFoundError
from workbench.core.incidents.tally import Tally, tally
from workbench.core.incidents.views import touched_incidents
from workbench.core.project import Project


class TallyCache:
    def __init__(self, project: Project) -> None:
        self.project = project
        self._tallies: dict[str, Tally | None] = {}
        self.computed = 0  # how many tallies were computed (for tests and benches)

    def get(self, incident_id: str) -> Tally | None:
        """The incident's tally (None when it no longer exists)."""
        if incident_id not in self._tallies:
            try:
                self._tallies[incident_id] = tally(self.project, incident_id)
            except NotFoundError:
                self._tallies[incident_id] = None
            self.computed += 1
        return self._tallies[incident_id]

    def peek(self, incident_id: str) -> Tally | None:
        """The tally if already computed, without computing it."""
        return self._tallies.get(incident_id)

    def has(self, incident_id: str) -> bool:
        return incident_id in self._tallies

    def invalidate(self, cs: ChangeSet) -> set[str] | None:
        """Drop the tallies ``cs`` touched; returns their ids (None: all were dropped)."""
        ids = touched_incidents(self.project, cs)
        if ids is None:
            self._tallies.clear()
            return None
        for i in ids:
            self._tallies.pop(i, None)
        return ids
