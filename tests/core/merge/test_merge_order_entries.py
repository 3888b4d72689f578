"""Two sources merged at once write the same log entries in either order.

The lead hands out copies of a project. Amal adds a figure; Ben merges Amal's project
and corrects that figure's count; both change the lead's figure of the civilians, Ben
later. Merged as amal, ben the merge wrote Amal's figure and then Ben's correction of
it, and the civilians' figure first as Amal's and then as Ben's: two entries each,
where ben, amal wrote one. The project ended the same, but its history read as if the
lead had merged twice, and which of the two it showed hung on the order of the names
on the command line. A merge now writes one entry per row it changed, from the row as
it stood before the merge to what the merge left.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from tests.core.merge.conftest import CHECKPOINT, state
from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops import history
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.project import Project
from workbench.core.verify import verify

CIVILIANS = "killed at least 12 civilians"
TROOPS = "wounded four troops"


def _lead_and_copies(folder: Path, names: tuple[str, ...]) -> tuple[Path, int, str]:
    """The lead's project (the report and the lead's figure of the civilians) and a copy
    of it for each of ``names``. Returns its path, the report and the figure."""
    lead = folder / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT, "report.txt")
        civilians = annotate_quote(p, doc, "casualty", CIVILIANS,
                                   {"outcome": "killed", "count_low": 12}).result
    for name in names:
        shutil.copy(lead, folder / f"{name}.wbproj")
    return lead, doc, civilians


def _team(folder: Path) -> tuple[list[Path], dict[str, str]]:
    """Two copies of the lead's project (one for each order) and the coders' two."""
    lead, doc, civilians = _lead_and_copies(folder, ("amal", "ben", "lead2"))
    with Project.open(folder / "amal.wbproj", coder="amal") as p:
        troops = annotate_quote(p, doc, "casualty", TROOPS,
                                {"outcome": "wounded", "count_low": 4}).result
        update_annotation(p, civilians, fields={"count_high": 14})
    with Project.open(folder / "ben.wbproj", coder="ben") as p:
        merge_projects(p, [folder / "amal.wbproj"])
        update_annotation(p, troops, fields={"count_low": 5})
        update_annotation(p, civilians, fields={"count_high": 15})
    return [lead, folder / "lead2.wbproj"], {"troops": troops, "civilians": civilians}


def _merge_entries(p: Project) -> list[tuple]:
    """The entries the last merge wrote itself, in the log's order."""
    rows = p.repo.log_rows("audit")
    last = max(r["txn"] for r in rows)
    return [(r["op"], r["entity"], r["entity_id"], r["before"], r["after"])
            for r in rows if r["txn"] == last and not r["merged_from"]]


def _carried(p: Project) -> list[tuple]:
    return sorted((r["at"], r["coder"], r["op"], r["entity_id"], r["before"], r["after"],
                   r["merged_from"]) for r in p.repo.log_rows("audit") if r["merged_from"])


def test_both_orders_write_the_same_entries(tmp_path: Path):
    (one, two), ids = _team(tmp_path)
    sources = [tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"]
    with Project.open(one, coder="lead") as first, Project.open(two, coder="lead") as second:
        merge_projects(first, sources)
        merge_projects(second, sources[::-1])
        assert state(first) == state(second)
        assert first.repo.get("annotation", ids["troops"])["fields"]["count_low"] == 5
        assert first.repo.get("annotation", ids["civilians"])["fields"]["count_high"] == 15
        entries = _merge_entries(first)
        assert entries == _merge_entries(second)
        # One entry per row: each figure once, as Ben left it.
        assert sorted((op, key) for op, _entity, key, _before, _after in entries
                      if key in ids.values()) == sorted(
            [("merge:update", ids["civilians"]), ("merge:insert", ids["troops"])])
        assert _carried(first) == _carried(second)
        assert verify(first).ok and verify(second).ok


def test_a_merge_of_one_entry_per_row_is_undone_and_redone_whole(tmp_path: Path):
    (one, _two), ids = _team(tmp_path)
    with Project.open(one, coder="lead") as p:
        before = state(p)
        merge_projects(p, [tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"])
        after = state(p)
        history.undo(p)
        assert state(p) == before and ids["troops"] not in state(p)["annotations"]
        history.redo(p)
        assert state(p) == after and verify(p).ok


MARKET = "A quiet week at the Halvern market. Traders reported no incidents to the council.\n"


def _three_coders(folder: Path) -> tuple[Path, list[Path]]:
    """The lead's project and three coders' copies: Amal imports the market note, Ben
    and Chen each the checkpoint report (Ben first), and Chen merges Amal's project
    and corrects the lead's figure of the civilians."""
    lead, _, civilians = _lead_and_copies(folder, ("amal", "ben", "chen"))
    with Project.open(folder / "amal.wbproj", coder="amal") as p:
        market = add_doc(p, MARKET, "market.txt")
        annotate_quote(p, market, "casualty", "quiet week")
        update_annotation(p, civilians, fields={"count_high": 14})
    for coder, words in (("ben", "checkpoint on Tuesday"), ("chen", "wounded, according")):
        with Project.open(folder / f"{coder}.wbproj", coder=coder) as p:
            checkpoint = add_doc(p, CHECKPOINT, "checkpoint.txt")
            annotate_quote(p, checkpoint, "casualty", words)
    with Project.open(folder / "chen.wbproj", coder="chen") as p:
        merge_projects(p, [folder / "amal.wbproj"])
        update_annotation(p, civilians, fields={"count_high": 15})
    return lead, [folder / f"{name}.wbproj" for name in ("amal", "ben", "chen")]


def _without_time(rows: list[dict]) -> list[tuple]:
    """Log rows in the log's order, without what differs between two runs of one merge
    (its clock reading and the hashes that chain it)."""
    return [tuple((k, v) for k, v in sorted(r.items())
                  if k not in ("seq", "at", "hash", "prev_hash")) for r in rows]


def test_three_sources_in_every_order_write_the_same_entries_and_custody(tmp_path: Path):
    """Two files only the sources hold, each copied: they were numbered in the order the
    sources were named (the market note document 2 when Amal came first, 3 when not),
    so the merge's entries, its custody entries and the carried rows' order followed
    the order of the names."""
    lead, sources = _three_coders(tmp_path)
    seen = []
    for n, order in enumerate(itertools.permutations(sources)):
        target = tmp_path / f"target{n}.wbproj"
        shutil.copy(lead, target)
        with Project.open(target, coder="lead") as p:
            merge_projects(p, list(order))
            assert verify(p).ok
            numbers = {d["filename"]: d["id"] for d in p.repo.documents()}
            seen.append((numbers, _merge_entries(p), _without_time(p.repo.custody()),
                         _without_time([r for r in p.repo.log_rows("audit")
                                        if r["merged_from"]])))
    assert seen[0][0] == {"report.txt": 1, "market.txt": 2, "checkpoint.txt": 3}
    for other in seen[1:]:
        assert other[0] == seen[0][0]
        assert other[1] == seen[0][1]
        assert other[2] == seen[0][2]
        assert other[3] == seen[0][3]
