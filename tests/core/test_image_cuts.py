"""The image cuts kept in ``meta`` (marks from migration 15, packed images from
migration 18) checked against the audit log: removing or moving one, which the chain
does not hash, must not let another change go unseen (``core/cutcheck.py``)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc, make_project, raw_connect, stored_rows
from workbench.core import auditimage, repo
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.project import Project
from workbench.core.verify import verify

LOST = "is no longer kept, though older audit entries derive quotes from it"


@pytest.fixture(scope="module")
def reimported(tmp_path_factory) -> Path:
    """A project whose document text was replaced by a re-import (the old text kept in
    past_texts, as the marks of earlier entries derive from it)."""
    folder = tmp_path_factory.mktemp("cuts")
    with make_project(folder) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility")
        src = folder / "new.txt"
        src.write_text(REPORT.replace("Sunday", "Saturday evening"), encoding="utf-8")
        doc_ops.reimport(project, doc, src)
        ann_ops.update_annotation(project, ann, memo="checked")
        assert verify(project).ok
        return project.path


def _problems(path: Path, tmp_path: Path, *statements: str) -> list[str]:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    conn = raw_connect(copy, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    with Project.open(copy) as project:
        return verify(project).problems


def _replaced_at(path: Path) -> int:
    return stored_rows(path, "SELECT seq FROM audit_entries WHERE op = 'reimport:update'")[0][0]


def test_the_kept_text_removed_is_named(reimported, tmp_path):
    said = _problems(reimported, tmp_path, "DELETE FROM past_texts")
    assert any(LOST in p for p in said), said


@pytest.mark.parametrize("key", [repo.MARKS_FROM, repo.PACKED_FROM])
def test_a_removed_cut_is_named(reimported, tmp_path, key):
    said = _problems(reimported, tmp_path, "DELETE FROM past_texts",
                     f"DELETE FROM meta WHERE key = '{key}'")
    assert any(f"project fact {key}: it is missing" in p for p in said), said


@pytest.mark.parametrize("value", ["soon", "0", "999999"])
def test_a_cut_that_is_no_entry_of_the_log_is_named(reimported, tmp_path, value):
    for key in (repo.MARKS_FROM, repo.PACKED_FROM):
        said = _problems(reimported, tmp_path, f"UPDATE meta SET value = '{value}' "
                                               f"WHERE key = '{key}'")
        assert any(p.startswith(f"project fact {key}: it ") for p in said), said


def test_a_marks_cut_moved_past_marked_entries_is_named(reimported, tmp_path):
    """Moved just past the text's replacement, the marks cut would hide the kept text's
    removal from the lost-text check; the entries before it give the move away."""
    later = _replaced_at(reimported) + 1
    key = repo.MARKS_FROM
    said = _problems(reimported, tmp_path, "DELETE FROM past_texts",
                     f"UPDATE meta SET value = '{later}' WHERE key = '{key}'")
    assert any(f"project fact {key}: it says images take that form from audit entry "
               f"{later} on" in p for p in said), said


def test_a_packed_cut_moved_later_hides_nothing(reimported, tmp_path):
    """The packed cut only says where the comparison inside SQLite tries packed text
    first: moved past packed entries, a change under them is still found."""
    later = _replaced_at(reimported) + 1
    ann = stored_rows(reimported, "SELECT id FROM annotations ORDER BY id LIMIT 1")[0][0]
    said = _problems(reimported, tmp_path,
                     f"UPDATE meta SET value = '{later}' WHERE key = '{repo.PACKED_FROM}'")
    assert said == [], said
    said = _problems(reimported, tmp_path,
                     f"UPDATE meta SET value = '{later}' WHERE key = '{repo.PACKED_FROM}'",
                     f"UPDATE annotations SET status = 'rejected' WHERE id = '{ann}'")
    assert any(f"annotation {ann}: its status is" in p for p in said), said


def test_a_cut_moved_earlier_is_never_silent_about_the_rest(reimported, tmp_path):
    said = _problems(reimported, tmp_path, "DELETE FROM past_texts",
                     f"UPDATE meta SET value = '1' WHERE key = '{repo.MARKS_FROM}'",
                     f"UPDATE meta SET value = '1' WHERE key = '{repo.PACKED_FROM}'")
    assert any(LOST in p for p in said), said
    assert not any("project fact" in p for p in said), said


def test_entries_before_the_cuts_holding_true_are_no_marks(tmp_path, monkeypatch):
    """Entries written before the cuts (as a schema-14 file writes them) may hold the word
    true (in a value) and escaped control characters in a value: neither is a
    mark nor a packed character, so a migrated file verifies clean."""
    with make_project(tmp_path) as project:
        with monkeypatch.context() as old:
            old.setattr(repo, "image_cuts", lambda conn: (None, None))  # the writer's read
            doc = add_doc(project, REPORT.replace("Sunday", "Monday"), "old.txt")
            ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility",
                                         {"claimant": "true"}).result
            ann_ops.update_annotation(project, ann, memo="\x01\x02 true")
        last = project.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        with project.repo.transaction("mark", "tester") as tx:
            tx.set_meta(repo.MARKS_FROM, str(last + 1))
            tx.set_meta(repo.PACKED_FROM, str(last + 1))
        assert project.conn.execute("SELECT count(*) FROM audit WHERE seq <= ? AND "
                                    "instr(after, 'true')", (last,)).fetchone()[0]
        actor_ops.add_actor(project, "Northern Front")
        ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
        report = verify(project)
        assert report.ok, report.problems
        # The new entries are marked: the marks cut cannot move past them.
        with project.repo.transaction("mark", "tester") as tx:
            tx.set_meta(repo.MARKS_FROM, str(last + 3))
        assert any(f"entry {last + 1}, before it" in p for p in verify(project).problems)


def test_a_new_project_holds_both_cuts_at_its_first_entries(tmp_path):
    with make_project(tmp_path) as project:
        add_doc(project)
        marks, packed = repo.image_cuts(project.conn)
        assert marks is not None and packed is not None
        assert verify(project).ok
    conn = sqlite3.connect(tmp_path / "p.wbproj")
    try:
        first = conn.execute("SELECT min(seq) FROM audit WHERE after GLOB ?",
                             ("*[" + "".join(auditimage.PACKED) + "]*",)).fetchone()[0]
    finally:
        conn.close()
    assert packed <= first and marks <= first
