"""Merging when the two projects share the start of their logs (one was copied from the
other): the shared entries are skipped by their chain hashes and what is carried is what
comparing every entry by content carries; an item's history is read from the log when
the merge asks about it, and is what decoding the whole log gave."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.merge.conftest import Team
from tests.helpers import REPORT, add_doc
from workbench.core.merge import logs, merge_projects
from workbench.core.merge.logs import LogCarrier, fingerprint
from workbench.core.merge.versions import History, digest
from workbench.core.ops.annotations import trash_annotations, update_annotation
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project
from workbench.core.repo import Repo


def whole_log(target: Project, source: Project, table: str) -> list[dict]:
    """The source's rows the target lacks, every entry of both compared by content."""
    seen = {fingerprint(table, r) for r in logs._written_out(
        table, target.repo, target.repo.log_rows(table))}
    out = []
    for row in logs._written_out(table, source.repo, source.repo.log_rows(table)):
        key = fingerprint(table, row)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def copied_pair(folder: Path, figures: int) -> tuple[Path, Path, list[str]]:
    """lead's project with ``figures`` figures, ben's copy of it, then work in both."""
    lead, ben = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT)
        ids = create_annotations(p, [NewAnnotation(doc, "casualty", i % 40, i % 40 + 8,
                                                   {"outcome": "wounded"})
                                     for i in range(figures)]).result
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        update_annotation(p, ids[0], fields={"outcome": "killed"})
        trash_annotations(p, [ids[1]])
        update_annotation(p, ids[2], memo="checked with the clinic")
    with Project.open(lead, coder="lead") as p:
        update_annotation(p, ids[0], memo="two sources")
        update_annotation(p, ids[3], fields={"outcome": "killed"})
    return lead, ben, ids


def carried(target: Path, sources: list[Path]) -> list[list[dict]]:
    with Project.open(target, coder="lead", read_only=True) as t:
        carrier = LogCarrier(t.repo)
        out = []
        for path in sources:
            with Project.open(path, coder="lead", read_only=True) as s:
                out += [carrier.new_rows(table, s.repo) for table in ("audit", "custody")]
        return out


def test_a_copy_carries_what_comparing_every_entry_carries(tmp_path: Path):
    lead, ben, _ids = copied_pair(tmp_path, 30)
    with Project.open(lead, read_only=True) as t, Project.open(ben, read_only=True) as s:
        expected = [whole_log(t, s, "audit"), whole_log(t, s, "custody")]
    assert expected[0]  # ben's three edits at least
    assert carried(lead, [ben]) == expected
    # And the other way round, and once merged: nothing new the second time.
    with Project.open(lead, read_only=True) as t, Project.open(ben, read_only=True) as s:
        expected = [whole_log(s, t, "audit"), whole_log(s, t, "custody")]
    assert carried(ben, [lead]) == expected
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
    assert carried(lead, [ben]) == [[], []]


def test_projects_made_apart_and_several_sources(team: Team):
    # amal's, ben's and chen's logs begin apart (each imported the reports itself);
    # ben and chen hold amal's entries carried over by a merge.
    paths = [team.path(c) for c in ("ben", "chen")]
    with Project.open(team.path("amal"), read_only=True) as t:
        seen = {fingerprint(tb, r) for tb in ("audit", "custody")
                for r in logs._written_out(tb, t.repo, t.repo.log_rows(tb))}
        expected = []
        for path in paths:
            with Project.open(path, read_only=True) as s:
                for table in ("audit", "custody"):
                    rows = []
                    for row in logs._written_out(table, s.repo, s.repo.log_rows(table)):
                        if fingerprint(table, row) not in seen:
                            seen.add(fingerprint(table, row))
                            rows.append(row)
                    expected.append(rows)
    assert carried(team.path("amal"), paths) == expected


def test_the_shared_start_is_not_read_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # 300 figures logged before the copy, a handful of entries after it on each side:
    # every entry of both logs was written out and fingerprinted, at every merge.
    lead, ben, _ids = copied_pair(tmp_path, 300)
    calls = []
    real = logs.fingerprint

    def counted(table, row):
        calls.append(table)
        return real(table, row)

    monkeypatch.setattr(logs, "fingerprint", counted)
    audit, _custody = carried(lead, [ben])
    assert len(audit) == 3
    assert calls.count("audit") < 20


def test_the_merge_stores_what_it_stored_comparing_every_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    lead, ben, _ids = copied_pair(tmp_path, 30)
    other = tmp_path / "lead-old.wbproj"
    shutil.copy(lead, other)

    def merged(path: Path) -> list[tuple]:
        with Project.open(path, coder="lead") as p:
            report = merge_projects(p, [ben]).result
            assert report.audit_rows == 3
            return [tuple(r) for r in p.conn.execute(
                "SELECT at, coder, op, entity, entity_id, before, after, merged_from "
                "FROM audit WHERE merged_from IS NOT NULL ORDER BY seq")] + \
                [tuple(r) for r in p.conn.execute(
                    "SELECT * FROM custody WHERE merged_from IS NOT NULL ORDER BY seq")]

    new = merged(lead)
    monkeypatch.setattr(LogCarrier, "new_rows", lambda self, table, source, _undone=(): whole_log(
        type("T", (), {"repo": self.target})(), type("S", (), {"repo": source})(), table))
    assert merged(other) == new


def eager(repo, own_project: bool) -> dict:
    """Every item's versions, the whole log decoded first (as the merge once did)."""
    history = History()
    history.add_log(repo.log_rows("audit"), own_project=own_project, repo=repo)
    return history.versions


def test_an_item_s_versions_read_alone_are_those_of_the_whole_log(team: Team):
    for coder in ("amal", "ben", "chen"):
        with Project.open(team.path(coder), read_only=True) as p:
            for own in (True, False):
                whole = eager(p.repo, own)
                lazy = History.of_project(p.repo, own_project=own)
                assert whole and {key: lazy._of(*key) for key in whole} == whole
                assert lazy.digests("annotation", "no-such-item") == []


def test_versions_added_come_after_the_log_s(team: Team):
    with Project.open(team.path("ben"), read_only=True) as p:
        key = ("annotation", team.ids["cas"])
        image = {**p.repo.get(*key), "memo": "a later version"}
        whole = History()
        whole.add_log(p.repo.log_rows("audit"), own_project=True, repo=p.repo)
        whole.add(*key, image, "dana", own=False)
        lazy = History.of_project(p.repo, own_project=True)
        lazy.add(*key, image, "dana", own=False)  # before the log was read for it
        assert lazy.digests(*key) == whole.digests(*key)
        assert len(lazy.digests(*key)) > 2
        assert lazy.editor(*key, digest("annotation", image), "") == "dana"


def test_a_merge_decodes_only_the_items_it_merges(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    # 300 figures logged before the copy, four of them changed since on one side or
    # the other: the whole of both logs was decoded, at every merge.
    lead, ben, _ids = copied_pair(tmp_path, 300)
    decoded = []
    real = Repo.audit_image

    def counted(self, entry, side, *args):
        decoded.append(entry["entity_id"])
        return real(self, entry, side, *args)

    monkeypatch.setattr(Repo, "audit_image", counted)
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
    assert report.counts["annotation"].updated + report.counts["annotation"].conflicts == 3
    assert len(set(decoded)) < 10
