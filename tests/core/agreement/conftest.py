"""Two- and four-coder projects made of fictional field reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

# Krippendorff's worked example with missing data ("Computing Krippendorff's
# Alpha-Reliability", 2011): four observers, twelve units, None = no value given.
KRIPPENDORFF = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
VILLAGES = ("Arden", "Belmor", "Calder", "Dunmere", "Eskby", "Farrow", "Glenholt",
            "Harwick", "Ivel", "Jarrow", "Kelsey", "Lowmoor")
LEDGER = " ".join(f"In {v} the clinic recorded casualties after the storm." for v in VILLAGES)

PATROL = (
    "Patrol report from the northern valley\n\n"
    "Gunmen wounded four guards at the Tarn checkpoint on Monday, the district office said. "
    "Two days later at least nine villagers were killed near the Ossel bridge. "
    "The Grey Hand movement denied any role in the attack.\n"
)
MARKET = "A quiet week at the Halvern market. Traders reported no incidents to the council.\n"


def add_doc(project: Project, text: str, name: str) -> int:
    res = import_bytes(project, text.encode("utf-8"), name, sandbox=False)
    assert res.status == "imported", res.message
    return int(res.doc_id)


@pytest.fixture
def project(tmp_path: Path):
    p = Project.create(tmp_path / "team.wbproj", coder="setup")
    yield p
    p.close()
