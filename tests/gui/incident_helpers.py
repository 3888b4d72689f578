"""Incidents made from the demo's annotations, for the incident pane's tests.

The demo ships its own incidents; the tests replace them with this fixed set, so they do
not change when the demo does: one conflict (about 60 vs at least 85 civilians killed in
Ushkar province) and one suggestion waiting for review.
"""

from __future__ import annotations

from workbench.core.incidents import model
from workbench.core.incidents.ops import create_incident, trash_incident
from workbench.core.project import Project

from .window_helpers import shown_window

# (title, date, precision, place, quotes of the members (by their first words), suggested)
DEMO_INCIDENTS = (
    ("Qarsel market blast", "2026-03-01", "day", "Qarsel",
     ("An explosion ripped", "killing at least 12", "wounding dozens", "47 wounded",
      "rose to 21", "the dead included", "Between 60 and 70"), False),
    ("Attack on the Ein Zafra aid convoy", "2026-03-12", "day", "Ein Zafra road",
     ("الهجوم الذي", "قُتل ما لا يقل", "ثلاثة من سائقي", "came under fire",
      "between 7 and 9", "At least 18", "Three drivers"), False),
    ("Civilian deaths in Ushkar province", "2026-03", "month", "Ushkar province",
     ("about 60 civilian", "at least 85 civilians"), False),
    ("Drone strike on a wedding in Belcari", "2026-04-02", "day", "Belcari",
     ("A drone strike", "killed between 10 and 15", "at least 20 people"), False),
    ("Dunmere rally shooting", "2026-03-26", "day", "Liberty Square, Dunmere",
     ("Riot police fired", "One protester", "dozens were wounded"), True),
)


def mark_suggested(project: Project, incident_id: str) -> None:
    """Turn an incident into a proposal, as the suggester stores them (status suggested)."""
    with project.write("test:suggest") as tx:
        tx.update("incident", incident_id, {"status": "suggested"})


def add_demo_incidents(project: Project) -> dict[str, str]:
    """Replace the demo's incidents with the test set; returns their ids by title."""
    for row in model.list_incidents(project):
        trash_incident(project, row["id"])
    anns = project.repo.annotations()
    out: dict[str, str] = {}
    for title, date, precision, place, quotes, suggested in DEMO_INCIDENTS:
        ids = [next(a["id"] for a in anns if a["exact"].startswith(q)) for q in quotes]
        cs = create_incident(project, title, members=ids, start_date=date,
                             date_precision=precision, place_name=place)
        out[title] = str(cs.result)
        if suggested:
            mark_suggested(project, out[title])
    return out


def window_with_incidents(demo_project, qtbot):
    """The main window on the demo with `DEMO_INCIDENTS`, shown at 1400x900; closed after."""
    project = Project.open(demo_project)
    add_demo_incidents(project)
    project.close()
    yield from shown_window(demo_project, qtbot)
