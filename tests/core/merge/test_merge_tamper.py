"""Merging a project changed behind the program's back, or a file that is no project:
refused in one sentence with the target untouched. A sound merge's carried history
verifies, exports and checks as the target's own; a merge stopped anywhere is whole or
absent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.core.interrupt import each_stop, stopped_at
from tests.core.merge.conftest import tables
from tests.helpers import REPORT, add_doc, raw_connect
from workbench.core import dbapi, logchain, schema
from workbench.core.errors import ProjectError, StorageError, WorkbenchError
from workbench.core.incidents.ops import create_incident
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify

DROP = [f"DROP TRIGGER {t}" for t in schema.LOG_TRIGGERS]


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path, str]:
    """The lead's project and ben's copy of it, where ben added a figure in an incident."""
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT)
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        doc = p.repo.documents()[0]["id"]
        ann = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                             {"outcome": "killed", "count_low": 12}).result
        create_incident(p, "Port Halden shelling", members=[ann])
    return lead, ben, ann


def _tamper(path: Path, *statements: str) -> None:
    conn = raw_connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()


TAMPERING = {
    "a row edited": ["UPDATE annotations SET fields = '{\"outcome\": \"killed\", "
                     "\"count_low\": 400}'"],
    "a row inserted": ["INSERT INTO annotations(id, doc_id, kind, start, \"end\", exact, "
                       "coder, created_at, modified_at) VALUES ('forged', 1, 'claim', 0, 8, "
                       "'Shelling', 'x', '2026-01-01', '2026-01-01')"],
    "a row deleted": ["DELETE FROM incident_members"],
    "a log entry edited": [*DROP, "UPDATE audit SET coder = 'mallory' "
                           "WHERE seq = (SELECT max(seq) FROM audit)"],
    "a log entry removed": [*DROP, "DELETE FROM audit WHERE seq = (SELECT max(seq) - 1 "
                            "FROM audit)"],
    "the log's tail cut": [*DROP, "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"],
    "a custody entry edited": [*DROP, "UPDATE custody SET filename = 'other.txt'"],
}


@pytest.mark.parametrize("how", list(TAMPERING))
def test_a_tampered_source_is_refused_and_the_target_untouched(pair, how):
    # Before: every one of these merged, and the target verified intact afterwards: the
    # forged rows came in through audited merge writes, laundering the tampering.
    lead, ben, _ann = pair
    _tamper(ben, *TAMPERING[how])
    with Project.open(lead, coder="lead") as target:
        before = tables(target)
        with pytest.raises(ProjectError, match=r"ben\.wbproj does not verify, so nothing "
                                               r"was merged: .*workbench verify ben\.wbproj"):
            merge_projects(target, [ben])
        assert tables(target) == before
        assert verify(target).ok


def test_a_hard_link_to_the_target_is_the_target(pair, tmp_path):
    # Before: only resolve() was compared, so a hard link was opened as a source while
    # the target was open for writing, and merged into itself.
    lead, _ben, _ann = pair
    os.link(lead, tmp_path / "alias.wbproj")
    os.symlink(lead, tmp_path / "link.wbproj")
    with Project.open(lead, coder="lead") as target:
        before = tables(target)
        for name in ("alias.wbproj", "link.wbproj"):
            with pytest.raises(ProjectError, match="cannot be merged into itself"):
                merge_projects(target, [tmp_path / name])
        assert tables(target) == before


def _newer(path: Path) -> None:
    conn = raw_connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.mark.parametrize("what, make, said", [
    ("not a project", lambda p: p.write_text("field notes, not a project"),
     "not a Workbench project"),
    ("a folder", lambda p: p.mkdir(), "is a folder, not a project file"),
    ("encrypted", lambda p: Project.create(p, passphrase="correct horse").close(),
     "encrypted project"),
    ("newer", lambda p: (Project.create(p).close(), _newer(p)), "newer"),
])
def test_a_source_that_cannot_be_read_is_one_sentence(pair, tmp_path, what, make, said):
    lead, _ben, _ann = pair
    other = tmp_path / "other.wbproj"
    make(other)
    listing = sorted(os.listdir(tmp_path))
    with Project.open(lead, coder="lead") as target:
        before = tables(target)
        with pytest.raises(WorkbenchError, match=said):
            merge_projects(target, [other])
        assert tables(target) == before
    listing_after = sorted(n for n in os.listdir(tmp_path) if not n.startswith("lead."))
    assert listing_after == sorted(n for n in listing if not n.startswith("lead."))


def test_merged_history_verifies_exports_and_checks(pair, tmp_path):
    lead, ben, ann = pair
    with Project.open(lead, coder="lead") as target:
        report = merge_projects(target, [ben]).result
        assert report.audit_rows > 0
        carried = target.conn.execute(
            "SELECT count(*) FROM audit WHERE merged_from IS NOT NULL "
            "AND merged_from != ''").fetchone()[0]
        assert carried == report.audit_rows
        assert verify(target).ok
        heads = logchain.export_log(target.conn, tmp_path / "log.jsonl", "lead.wbproj")
        found, problems = logchain.check_export(tmp_path / "log.jsonl", target.conn)
        assert problems == [] and found["audit"].hash == heads["audit"].hash
        assert target.repo.get("annotation", ann)["fields"]["count_low"] == 12
    # A carried entry edited afterwards breaks the target's chain like its own would.
    _tamper(lead, *DROP, "UPDATE audit SET coder = 'mallory' WHERE seq = (SELECT min(seq) "
            "FROM audit WHERE merged_from IS NOT NULL AND merged_from != '')")
    with Project.open(lead, coder="lead") as target:
        assert any("hash does not follow" in p for p in verify(target).problems)
    _, problems = logchain.check_export(tmp_path / "log.jsonl")
    assert problems == []  # the export made before still checks on its own


def test_a_merge_stopped_anywhere_is_whole_or_absent(pair, tmp_path):
    lead, ben, _ann = pair
    whole = tmp_path / "whole.wbproj"
    shutil.copy(lead, whole)
    with Project.open(whole, coder="lead") as target:
        before = tables(target)
        with stopped_at(target.conn, None) as count:
            merge_projects(target, [ben])
        after = tables(target)

    def attempt(step: int) -> bool:
        path = tmp_path / f"s{step}.wbproj"
        shutil.copy(lead, path)
        stopped = False
        with Project.open(path, coder="lead") as target:
            with stopped_at(target.conn, step):
                try:
                    merge_projects(target, [ben])
                except (*dbapi.DatabaseError, StorageError) as err:
                    assert "interrupted" in str(err)
                    stopped = True
            counts = {n: len(r) for n, r in tables(target).items()}
            if stopped:
                assert tables(target) == before
            else:
                assert counts == {n: len(r) for n, r in after.items()}
        with Project.open(path, coder="lead") as target:
            assert verify(target).ok
            merge_projects(target, [ben])  # completes, or adds nothing the second time
            assert {n: len(r) for n, r in tables(target).items()} == \
                {n: len(r) for n, r in after.items()}
        return stopped

    # A step after the commit lets the merge finish whole (checked in attempt).
    assert each_stop(count.calls, 10, attempt) >= 8


def test_a_row_slipped_into_the_source_after_its_check_is_not_merged(pair, monkeypatch):
    """The source is still open in its coder's window (its -wal is read). A row written
    behind the program's back after the source passed its check used to be read by the
    merge all the same; the merge now reads the snapshot it checked."""
    import workbench.core.merge as merge_module

    lead, ben, _ann = pair
    real = merge_module.check_sound

    def check_then_tamper(source, *rest):
        real(source, *rest)
        _tamper(ben, TAMPERING["a row inserted"][0])

    monkeypatch.setattr(merge_module, "check_sound", check_then_tamper)
    with Project.open(ben, coder="ben"), Project.open(lead, coder="lead") as target:
        assert os.path.exists(f"{ben}-wal")
        merge_projects(target, [ben])
        assert target.repo.get("annotation", "forged") is None
        assert verify(target).ok
