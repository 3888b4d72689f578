"""A merge holds the annotations it adds and writes them a few hundred a statement, before
anything else it writes. Merged beside links, incidents and their members, a conflict's
copy and its ``same_as`` link, that must give what writing each row at once gives: the
same rows, the same audit entries in the same order, and an undo, redo and undo again
that each leave the project row for row as it was."""

from __future__ import annotations

import re
import shutil

from tests.core.merge.conftest import state, tables
from workbench.core import clock
from workbench.core import repo as repo_module
from workbench.core.incidents.ops import create_incident
from workbench.core.merge import items, merge_projects
from workbench.core.ops import history
from workbench.core.ops.annotations import add_link, annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify

# The logs differ in their times and hashes only; originals and past texts are no row of a
# recorded change, so an undo leaves them.
_KEPT = ("audit", "custody", "originals", "past_texts")


def _audit(project: Project, after: int) -> list[str]:
    rows = project.conn.execute("SELECT op, entity, entity_id, before, after FROM audit "
                                "WHERE seq > ? ORDER BY seq", (after,))
    return [re.sub(r'"(created_at|modified_at)": "[^"]*"', "", repr(tuple(r))) for r in rows]


def _rows(project: Project) -> dict[str, list[tuple]]:
    return {k: v for k, v in tables(project).items() if not k.startswith(_KEPT)}


def _each_row_at_once(self, entity, rows):
    return [self.insert(entity, row) for row in rows]


def _written_at_once(merge_one):
    def merged(ctx, *args):
        merge_one(ctx, *args)
        items.write_added(ctx)
    return merged


def test_held_annotations_merge_as_rows_written_one_at_a_time(team, tmp_path, monkeypatch):
    with Project.open(team.path("ben"), coder="ben") as ben:
        report = next(d["id"] for d in ben.repo.documents() if d["filename"] == "report.txt")
        figure = annotate_quote(ben, report, "casualty", "12 civilians",
                                {"outcome": "killed"}).result
        said = annotate_quote(ben, report, "statement", "a provincial official").result
        # One made by a program whose ids sort first (older ones held UUIDs): added in
        # the same batch as, and ahead of, the figure in conflict.
        with monkeypatch.context() as early:
            early.setattr(clock, "new_id", lambda: "0" * 19 + "1")
            first = annotate_quote(ben, report, "date", "on Sunday").result
        add_link(ben, figure, said, "same_as")  # a link between two added annotations
        add_link(ben, team.ids["cas"], figure, "same_as")  # to one in conflict
        create_incident(ben, "Ben's incident", members=[said])  # a member added with it
    got = {}
    for held in (True, False):
        if not held:  # each added annotation written as it is merged, on its own
            monkeypatch.setattr(repo_module.Transaction, "insert_many", _each_row_at_once)
            monkeypatch.setattr(items, "_merge_one", _written_at_once(items._merge_one))
        path = tmp_path / f"amal-{held}.wbproj"
        shutil.copy(team.path("amal"), path)
        with Project.open(path, coder="amal") as target:
            before, rows_before = state(target), _rows(target)
            seq = target.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
            report = merge_projects(target, [team.path("ben"), team.path("chen")]).result
            assert report.conflicts  # amal and ben changed the figure differently
            merged, rows_merged = state(target), _rows(target)
            assert verify(target).ok
            got[held] = (merged, _audit(target, seq))
            for step, want, rows in ((history.undo, before, rows_before),
                                     (history.redo, merged, rows_merged),
                                     (history.undo, before, rows_before)):
                step(target)
                assert state(target) == want
                assert _rows(target) == rows
                assert verify(target).ok
    assert got[True] == got[False]
    assert {figure, said, first} <= got[True][0]["annotations"].keys()
