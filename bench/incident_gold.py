"""Fictional wire reports about six incidents, with the gold grouping of their figures.

Every place, group and outlet here is invented. Two shellings hit Port Halden six days
apart; an airstrike on Kessa falls on the same day as the first; reports spell places
differently, disagree on figures and some leave the date to the dateline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Each report: name, published, text, and figures (quote, fields, gold incident).
# A figure's fields may omit location or date: the method must cope as with real coding.
REPORTS: list[dict[str, Any]] = [
    {"name": "r01", "published": "2026-03-04", "text":
     "Shells hit Port Halden market\nArtillery fire killed 12 civilians and wounded 30 "
     "in the market of Port Halden on March 3, a provincial official said.\n",
     "figures": [("killed 12 civilians", {"outcome": "killed", "count_low": 12,
                  "group": "civilians", "location": "Port Halden",
                  "incident_date": "2026-03-03"}, "A"),
                 ("wounded 30", {"outcome": "wounded", "count_low": 30,
                  "location": "Port Halden", "incident_date": "2026-03-03"}, "A")]},
    {"name": "r02", "published": "2026-03-04", "text":
     "Market toll rises\nThe toll from Tuesday's shelling in Port-Halden rose to 15 dead, "
     "hospital staff said.\n",
     "figures": [("rose to 15 dead", {"outcome": "killed", "count_low": 15,
                  "location": "Port-Halden", "incident_date": "2026-03-03"}, "A")]},
    {"name": "r03", "published": "2026-03-05", "text":
     "PORT HALDEN - At least 14 people died when shells struck the old market, residents "
     "said. Dozens were hurt.\n",
     "figures": [("At least 14 people died", {"outcome": "killed", "count_low": 14,
                  "qualifier": "at_least", "location": "Port Halden"}, "A"),
                 ("Dozens were hurt", {"outcome": "wounded", "count_low": 24,
                  "qualifier": "vague", "location": "Port Halden"}, "A")]},
    {"name": "r04", "published": "2026-03-04", "text":
     "Strike on Kessa\nAn airstrike on a school in Kessa killed 7 children on March 3, the "
     "Crescent Brigade said.\n",
     "figures": [("killed 7 children", {"outcome": "killed", "count_low": 7,
                  "group": "children", "location": "Kessa", "incident_date": "2026-03-03",
                  "perpetrator": "Air Wing"}, "B")]},
    {"name": "r05", "published": "2026-03-05", "text":
     "Nine pupils were killed when jets bombed a Kessa school, a teacher said.\n",
     "figures": [("Nine pupils were killed", {"outcome": "killed", "count_low": 9,
                  "group": "pupils", "location": "Kessa", "incident_date": "2026-03-03"},
                  "B")]},
    {"name": "r06", "published": "2026-03-10", "text":
     "New shelling in Port Halden\nShelling of the port district of Port Halden on March 9 "
     "killed 4 dockworkers.\n",
     "figures": [("killed 4 dockworkers", {"outcome": "killed", "count_low": 4,
                  "location": "Port Halden", "incident_date": "2026-03-09"}, "C")]},
    {"name": "r07", "published": "2026-03-10", "text":
     "Four workers died at the Port Halden docks on Monday after shells landed, and six "
     "were wounded.\n",
     "figures": [("Four workers died", {"outcome": "killed", "count_low": 4,
                  "location": "Port Halden docks", "incident_date": "2026-03-09"}, "C"),
                 ("six were wounded", {"outcome": "wounded", "count_low": 6,
                  "location": "Port Halden docks", "incident_date": "2026-03-09"}, "C")]},
    {"name": "r08", "published": "2026-03-15", "text":
     "Gunmen abduct villagers\nGunmen seized 20 villagers in Tarsin on March 14, the Red "
     "Valley Front said it had no part in it.\n",
     "figures": [("seized 20 villagers", {"outcome": "captured", "count_low": 20,
                  "group": "villagers", "location": "Tarsin",
                  "incident_date": "2026-03-14", "perpetrator": "gunmen"}, "D")]},
    {"name": "r09", "published": "2026-03-16", "text":
     "About 25 people were taken from Tarseen village on Saturday, elders said.\n",
     "figures": [("About 25 people were taken", {"outcome": "captured", "count_low": 25,
                  "qualifier": "about", "location": "Tarseen",
                  "incident_date": "2026-03-14"}, "D")]},
    {"name": "r10", "published": "2026-03-15", "text":
     "Clash at Mirel checkpoint\nThree soldiers and five fighters were killed in a clash at "
     "the Mirel checkpoint on March 14.\n",
     "figures": [("Three soldiers", {"outcome": "killed", "count_low": 3, "group": "soldiers",
                  "location": "Mirel", "incident_date": "2026-03-14"}, "E"),
                 ("five fighters", {"outcome": "killed", "count_low": 5, "group": "fighters",
                  "location": "Mirel", "incident_date": "2026-03-14"}, "E")]},
    {"name": "r11", "published": "2026-03-16", "text":
     "The army said 3 troops died fighting the Red Valley Front near Mirel.\n",
     "figures": [("3 troops died", {"outcome": "killed", "count_low": 3, "group": "troops",
                  "location": "Mirel", "incident_date": "2026-03-14",
                  "perpetrator": "Red Valley Front"}, "E")]},
    {"name": "r12", "published": "2026-03-15", "text":
     "Red Valley Front fighters said they killed eight soldiers in Saturday's fighting.\n",
     "figures": [("killed eight soldiers", {"outcome": "killed", "count_low": 8,
                  "group": "soldiers", "perpetrator": "Red Valley Front",
                  "incident_date": "2026-03-14"}, "E")]},
    {"name": "r13", "published": "2026-03-22", "text":
     "Bomb in Kessa bus station\nA roadside bomb at the Kessa bus station killed 2 police "
     "officers and wounded 11 on March 21.\n",
     "figures": [("killed 2 police officers", {"outcome": "killed", "count_low": 2,
                  "group": "police officers", "location": "Kessa",
                  "incident_date": "2026-03-21"}, "F"),
                 ("wounded 11", {"outcome": "wounded", "count_low": 11, "location": "Kessa",
                  "incident_date": "2026-03-21"}, "F")]},
    {"name": "r14", "published": "2026-03-22", "text":
     "Eleven people were hurt and two policemen killed by a blast in Kessa on Saturday.\n",
     "figures": [("Eleven people were hurt", {"outcome": "wounded", "count_low": 11,
                  "location": "Kessa", "incident_date": "2026-03-21"}, "F"),
                 ("two policemen killed", {"outcome": "killed", "count_low": 2,
                  "group": "policemen", "location": "Kessa", "incident_date": "2026-03-21"},
                  "F")]},
]


def build(project: Any) -> dict[str, str]:
    """Import the reports into ``project`` and annotate their figures; {ann_id: gold}."""
    from workbench.core.anchoring import find_quote
    from workbench.core.ops.annotations import create_annotation
    from workbench.core.ops.documents import import_bytes

    gold: dict[str, str] = {}
    for r in REPORTS:
        res = import_bytes(project, r["text"].encode(), f"{r['name']}.txt",
                           {"published": r["published"], "title": r["name"]},
                           sandbox=False)
        for quote, fields, incident in r["figures"]:
            start, end = find_quote(r["text"], quote, None)
            cs = create_annotation(project, res.doc_id, "casualty", start, end, fields)
            gold[cs.result] = incident
    return gold


def pairwise(proposed: list[list[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of figures put in the same incident."""
    def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
        return {frozenset((a, b)) for g in groups for i, a in enumerate(g) for b in g[i + 1:]}

    by_gold: dict[str, list[str]] = {}
    for ann, inc in gold.items():
        by_gold.setdefault(inc, []).append(ann)
    found, truth = pairs(proposed), pairs(list(by_gold.values()))
    hit = len(found & truth)
    p = hit / len(found) if found else 0.0
    r = hit / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


if __name__ == "__main__":  # pragma: no cover
    print(Path(__file__).name, len(REPORTS), "reports")
