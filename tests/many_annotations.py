"""A project of a few hundred varied annotations over three documents, written through
the bulk path, for tests that must see paging and slicing (not timing)."""

from __future__ import annotations

import random
from pathlib import Path

from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

WORDS = ("Artillery fire struck the eastern market of Qarsel shortly before noon. "
         "A provincial official said at least 12 civilians were killed. "
         "The Crescent Brigade claimed responsibility in a statement. "
         "Élodie Durand of the Red Cross said 40 families were displaced. ")


def fields_for(kind: str, rng: random.Random) -> dict:
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "casualty":
        low = rng.randint(0, 30)
        return {"outcome": rng.choice(("killed", "wounded")), "count_low": low,
                "count_high": low + rng.randint(0, 5), "incident_date": day,
                "group": rng.choice(("civilians", "police"))}
    if kind == "statement":
        return {"speaker": rng.choice(("a provincial official", "Élodie Durand")),
                "date": day[:7] if rng.random() < 0.3 else day}
    if kind == "claim":
        return {"claimant": rng.choice(("Crescent Brigade", "Northern Front")),
                "status": "unverified", "date": day}
    return {"name": "Qarsel", "country": "Veltra"}  # location: no date


def build(path: Path, n: int = 600, seed: int = 3) -> tuple[Project, list[int], list[str]]:
    rng = random.Random(seed)
    project = Project.create(path, coder="tester")
    docs = []
    for i in range(3):
        text = f"Report {i}\n\n" + WORDS * 40
        docs.append(import_bytes(project, text.encode(), f"r{i}.txt",
                                 {"published": f"2025-0{i + 1}-01"}, sandbox=False).doc_id)
    items = []
    for j in range(n):
        kind = rng.choice(("casualty", "statement", "claim", "location"))
        start = rng.randrange(0, len(WORDS) * 39)
        items.append(NewAnnotation(rng.choice(docs), kind, start, start + rng.randint(5, 60),
                                   fields_for(kind, rng),
                                   status=rng.choice(("accepted", "accepted", "suggested",
                                                      "rejected")),
                                   memo="check the wire copy" if j % 7 == 0 else ""))
    ids = create_annotations(project, items).result
    project.undo_stack.clear()
    return project, docs, list(ids)
