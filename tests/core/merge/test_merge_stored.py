"""Merging a source's items a batch at a time, rows stored the same on both sides
counted unchanged before decoding (``merge.stored``): what is stored is what merging
every source row whole, one ``get`` of the target's row each, stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.merge.conftest import Team, tables
from tests.core.merge.test_merge_log_start import whole_log
from tests.helpers import REPORT, add_doc
from workbench.core import clock
from workbench.core.incidents.ops import add_members, create_incident
from workbench.core.merge import items, merge_projects, stored
from workbench.core.merge.logs import LogCarrier
from workbench.core.ops.annotations import trash_annotations, update_annotation
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project


def whole_rows(ctx, entity, source, name, history) -> None:
    """The merge of one entity as it was: every source row read whole (``all_rows``)
    and merged against a ``get`` of the target's row."""
    rows = source.repo.all_rows(entity)
    if entity == "incident_member":
        rows.sort(key=lambda r: not r.get("deleted_at"))
    for done, row in enumerate(rows, 1):
        ctx.watch.step(name, entity, done, len(rows))
        items._merge_one(ctx, entity, row, name, history)


def old_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(items, "_merge_entity", whole_rows)
    monkeypatch.setattr(LogCarrier, "new_rows", lambda self, table, source, _undone=(): whole_log(
        type("T", (), {"repo": self.target})(), type("S", (), {"repo": source})(), table))


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """One clock reading for every write: two runs of the same merge store the same
    times, so their files can be compared row for row."""
    monkeypatch.setattr(clock, "now", lambda: "2026-03-07T10:00:00.000Z")


def merged_twice(target: Path, sources: list[Path], folder: Path,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict, list, list]:
    """Every table of ``target`` after merging ``sources`` in (and again: nothing new),
    by the batched merge and by the whole-row merge, each on its own copy."""
    results = []
    for label in ("new", "old"):
        (folder / label).mkdir(exist_ok=True)
        copy = folder / label / target.name  # the same name: the reports name it
        shutil.copy(target, copy)
        with monkeypatch.context() as m:
            if label == "old":
                old_path(m)
            with Project.open(copy, coder=target.stem) as p:
                first = merge_projects(p, sources).result.to_json()
                second = merge_projects(p, sources).result.to_json()
                results.append((tables(p), [first, second]))
    (new, new_reports), (old, old_reports) = results
    for name in new:
        assert new[name] == old[name], name
    return new, old, new_reports, old_reports


def test_several_sources_with_conflicts_trashes_and_additions(
        team: Team, tmp_path: Path, frozen, monkeypatch: pytest.MonkeyPatch):
    # Before: ben and chen into amal (a conflict on a figure, a trashed statement,
    # additions, a codebook grown), and amal and chen into ben.
    sources = [team.path("ben"), team.path("chen")]
    new, old, new_reports, old_reports = merged_twice(team.path("amal"), sources,
                                                      tmp_path, monkeypatch)
    assert new_reports[0]["conflicts"] and new_reports[0]["counts"]["annotation"]["added"]
    assert new == old and new_reports == old_reports
    new, old, new_reports, old_reports = merged_twice(
        team.path("ben"), [team.path("amal"), team.path("chen")], tmp_path, monkeypatch)
    assert new == old and new_reports == old_reports


def busy_pair(folder: Path, figures: int) -> tuple[Path, Path, Path]:
    """lead's project with ``figures`` figures (some in an incident) and two copies of
    it, each with edits (some the same figures: conflicts), trashes and additions."""
    lead = folder / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT)
        ids = create_annotations(p, [NewAnnotation(doc, "casualty", i % 40, i % 40 + 8,
                                                   {"outcome": "wounded"})
                                     for i in range(figures)]).result
        incident = create_incident(p, "Port Halden market shelling", members=ids[:3]).result
    out = []
    for n, coder in enumerate(("ben", "dana")):
        path = folder / f"{coder}.wbproj"
        shutil.copy(lead, path)
        with Project.open(path, coder=coder) as p:
            for i in range(n, figures, 7):  # every 7th figure, both coders on every 14th
                update_annotation(p, ids[i - i % 2 if i % 14 < 2 else i],
                                  fields={"outcome": "killed"}, memo=f"{coder} checked")
            trash_annotations(p, [ids[figures - 1 - n], ids[10 + n]])
            doc = p.repo.documents()[0]["id"]
            made = create_annotations(p, [NewAnnotation(doc, "casualty", i, i + 6,
                                                        {"outcome": "killed"})
                                          for i in range(3 + n)]).result
            add_members(p, incident, made[:1])
        out.append(path)
    return lead, out[0], out[1]


def test_a_project_of_many_batches(tmp_path: Path, frozen, monkeypatch: pytest.MonkeyPatch):
    # Batches of 7 over 120 figures: conflict copies and additions fall in every batch.
    monkeypatch.setattr(stored, "BATCH", 7)
    lead, ben, dana = busy_pair(tmp_path, 120)
    new, old, new_reports, old_reports = merged_twice(lead, [ben, dana], tmp_path,
                                                      monkeypatch)
    counts = new_reports[0]["counts"]["annotation"]
    assert new_reports[0]["conflicts"] and counts["added"] and counts["updated"]
    assert new == old and new_reports == old_reports
    # The second merge finds nothing new and makes no copies.
    assert new_reports[1]["counts"]["annotation"].get("added", 0) == 0
    assert not new_reports[1]["conflicts"]


def test_a_row_the_merge_wrote_after_its_batch_was_read_is_read_again(
        tmp_path: Path, frozen, monkeypatch: pytest.MonkeyPatch):
    """A batch's target rows are read before its first row is merged; a row the merge
    writes meanwhile (a conflict copy) must be seen as written, as the per-row ``get``
    saw it. Here, merging the first figure of the batch also changes a later one in
    the target, which the source holds as the target held it when the batch was read:
    counted unchanged on that read, the change would stand unmerged."""
    lead, ben, _dana = busy_pair(tmp_path, 20)
    with Project.open(ben, read_only=True) as s, Project.open(lead, read_only=True) as t:
        theirs = {r["id"]: r for r in s.repo.all_rows("annotation")}
        mine = {r["id"]: r for r in t.repo.all_rows("annotation")}
    # The first figure both hold: ids made in the same second order at random, so
    # ben's own additions sort first now and then, and lead cannot edit those.
    first = min(k for k in theirs if k in mine)
    later = sorted(k for k in theirs if k > first and mine.get(k) == theirs[k])[3]
    real = items._merge_one
    merged = []

    def side_write(ctx, entity, row, name, history):
        merged.append(row["id"])
        if row["id"] == first:  # as a conflict copy would land on a later key
            ctx.tx.update("annotation", later, {"memo": "written by this merge"})
        return real(ctx, entity, row, name, history)

    results = []
    for label in ("new", "old"):
        (tmp_path / label).mkdir()
        copy = tmp_path / label / lead.name
        shutil.copy(lead, copy)
        with Project.open(copy, coder="lead") as p:
            # The first figure differs, so it is merged in full (not counted unchanged).
            update_annotation(p, first, memo="lead checked")
        merged.clear()
        with monkeypatch.context() as m:
            if label == "old":
                old_path(m)
            m.setattr(items, "_merge_one", side_write)
            with Project.open(copy, coder="lead") as p:
                report = merge_projects(p, [ben]).result.to_json()
                results.append((tables(p), report, list(merged)))
    (new, new_report, new_merged), (old, old_report, _old_merged) = results
    assert later in new_merged  # looked up again, not taken from the batch's read
    assert new == old and new_report == old_report


def test_same_tells_types_and_zero_signs_apart():
    assert stored.same(("a", 1, None), ("a", 1, None))
    assert not stored.same(None, ("a",))
    assert not stored.same(("a", 1), ("a", 1.0))  # a digest writes 1 and 1.0 apart
    assert not stored.same((0.0,), (-0.0,))
    assert stored.same((0.5,), (0.5,))
    assert not stored.same((b"",), ("",))
