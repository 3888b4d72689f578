"""What other programs changed in an open project (``core/outside.py``), and a file
that is no longer where it was opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import project as project_module
from workbench.core.detached_write import DetachedWrite
from workbench.core.errors import ProjectError
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.ops.documents import update_metadata
from workbench.core.ops.history import undo
from workbench.core.outside import Watch, gone_sentence
from workbench.core.project import Project

NOTE = ("Curfew extended in Velmora\n\nThe district council said two shops burned "
        "overnight and one guard was wounded near the bus station.\n")


def test_nothing_is_reported_until_another_program_commits(tmp_path):
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        watch = Watch(window)
        assert watch.poll() is None
        # The window's own writes are not another program's.
        update_metadata(window, doc, title="Renamed here")
        annotate_quote(window, doc, "casualty", "killed at least 12 civilians")
        undo(window)
        assert watch.poll() is None
        assert watch.poll() is None


def test_another_connection_commits_are_returned_with_their_images(tmp_path):
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        watch = Watch(window)
        window.repo.documents()  # something cached, to be read again
        with Project.open(window.path, coder="ben") as other:
            ann = annotate_quote(other, doc, "casualty", "killed at least 12 civilians").result
            update_metadata(other, doc, title="Renamed by ben")
        # The window wrote too, between the other program's commits and the poll.
        update_metadata(window, doc, publisher="Northgate Wire")
        cs = watch.poll()
        assert cs is not None and cs.op == "outside"
        assert cs.annotation_ids == [ann]
        assert cs.document_ids == [doc]
        titles = [c.after["title"] for c in cs.changes if c.entity == "document"]
        assert titles == ["Renamed by ben"]  # the window's publisher edit is its own
        added = next(c for c in cs.changes if c.entity == "annotation")
        assert added.before is None and added.after["doc_id"] == doc
        assert window.repo.get("document", doc)["title"] == "Renamed by ben"
        assert watch.poll() is None  # once each


def test_a_write_adopted_from_a_thread_is_the_windows_own(tmp_path):
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        watch = Watch(window)
        job = DetachedWrite(window, lambda p: update_metadata(p, doc, title="In a thread"))
        job.run()
        assert job.changes is not None and job.changes.txn is not None
        window.adopt(job.changes)
        cs = watch.poll()  # the other connection's commit moved data_version
        assert cs is not None and not cs


def test_an_emptied_change_is_not_reported_as_a_change(tmp_path):
    # Another program committed something no pane shows (a custody entry of a backup).
    with make_project(tmp_path) as window:
        add_doc(window)
        watch = Watch(window)
        with Project.open(window.path) as other:
            from workbench.core.backup import make

            make(other.conn, other.path, tmp_path / "backups", 3)
        cs = watch.poll()
        assert cs is None or not cs


def test_a_codebook_changed_elsewhere_is_read_again(tmp_path):
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        ann = annotate_quote(window, doc, "casualty", "killed at least 12 civilians").result
        watch = Watch(window)
        before = window.codebook
        with Project.open(window.path, coder="ben") as other:
            update_annotation(other, ann, memo="Checked against the council's list")
            from workbench.core.ops.codebook import add_kind

            add_kind(other, "curfew", "Curfew", "u")
        cs = watch.poll()
        assert cs is not None and cs.touches("codebook")
        assert window.codebook is not before and "curfew" in window.codebook.names()
        assert window.repo.get("annotation", ann)["memo"] == "Checked against the council's list"


def test_an_import_by_another_process_is_seen(tmp_path):
    with make_project(tmp_path) as window:
        add_doc(window)
        watch = Watch(window)
        note = tmp_path / "curfew.txt"
        note.write_text(NOTE, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        done = subprocess.run([sys.executable, "-m", "workbench", "import", str(window.path),
                               str(note)], capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        cs = watch.poll()
        assert cs is not None
        new = [c.after for c in cs.changes if c.entity == "document"]
        assert [d["title"] for d in new] == ["Curfew extended in Velmora"]
        assert len(window.repo.documents()) == 2


def test_a_moved_file_is_said_and_writes_wait_until_it_is_back(tmp_path):
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        assert gone_sentence(window) is None
        moved = tmp_path / "stick" / "p.wbproj"
        moved.parent.mkdir()
        os.rename(window.path, moved)
        said = gone_sentence(window)
        assert said is not None and said.startswith("p.wbproj was moved, renamed or deleted")
        assert "changes wait until it is back" in said
        with pytest.raises(ProjectError, match="was not saved"):
            update_metadata(window, doc, title="While away")
        os.rename(moved, window.path)  # the stick is back
        assert gone_sentence(window) is None
        update_metadata(window, doc, title="Back again")
    with Project.open(tmp_path / "p.wbproj") as again:
        assert again.repo.get("document", doc)["title"] == "Back again"


def test_a_file_that_can_no_longer_be_read_refuses_writes(tmp_path, monkeypatch):
    # Taking the permissions away cannot be shown to root (it reads anything), so the
    # check is told the file cannot be read, as os.access would say to a user.
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        real = os.access
        monkeypatch.setattr(project_module.os, "access",
                            lambda p, mode: False if Path(p) == window.path else real(p, mode))
        said = gone_sentence(window)
        assert said is not None and "can no longer be read" in said
        with pytest.raises(ProjectError, match="can no longer be read"):
            update_metadata(window, doc, title="Unreadable")
        monkeypatch.setattr(project_module.os, "access", real)
        update_metadata(window, doc, title="Readable again")


def test_a_big_write_elsewhere_is_named_without_its_images(tmp_path, monkeypatch):
    from workbench.core import outside
    from workbench.core.ops.bulk import NewAnnotation, create_annotations

    monkeypatch.setattr(outside, "DETAILED_UP_TO", 5)
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        other_doc = add_doc(window, NOTE, "curfew.txt")
        watch = Watch(window)
        with Project.open(window.path, coder="ben") as other:
            made = create_annotations(other, [NewAnnotation(doc, "event", i, i + 5)
                                              for i in range(8)]).result
        cs = watch.poll()
        assert cs is not None and set(cs.annotation_ids) == set(made)
        # The document that holds them is named, so the viewer and the lists read it.
        assert cs.document_ids == [doc] and other_doc not in cs.document_ids
        assert all(c.before is None and c.after is None
                   for c in cs.changes if c.entity == "annotation")


def test_a_write_in_a_thread_is_refused_while_the_file_is_away(tmp_path):
    # A merge or re-import runs on a connection of its own, opened by path: with the
    # file moved it made a new empty project at the old place, reset the shared index
    # of the window's -wal beside it, and the window then read no documents at all.
    with make_project(tmp_path) as window:
        doc = add_doc(window)
        moved = tmp_path / "stick" / "p.wbproj"
        moved.parent.mkdir()
        os.rename(window.path, moved)
        job = DetachedWrite(window, lambda p: update_metadata(p, doc, title="In a thread"),
                            nothing="nothing was merged")
        job.run()
        assert job.changes is None and isinstance(job.error, ProjectError)
        assert str(job.error).startswith("p.wbproj was moved, renamed or deleted")
        assert "so nothing was merged" in str(job.error)
        assert not window.path.exists()  # nothing made at the old place
        assert [d["id"] for d in window.repo.documents()] == [doc]
        os.rename(moved, window.path)  # back: the same job goes through
        job = DetachedWrite(window, lambda p: update_metadata(p, doc, title="In a thread"))
        job.run()
        assert job.error is None and job.changes is not None
        assert window.repo.get("document", doc)["title"] == "In a thread"


def test_rebuilding_the_indexes_is_refused_while_the_file_is_away(tmp_path):
    from workbench.core.reindex import rebuild_indexes

    with make_project(tmp_path) as window:
        add_doc(window)
        moved = tmp_path / "elsewhere.wbproj"
        os.rename(window.path, moved)
        with pytest.raises(ProjectError, match="was not saved"):
            rebuild_indexes(window)
        os.rename(moved, window.path)
        assert rebuild_indexes(window).documents == 1


def test_a_commit_landing_while_the_window_notes_its_own_write_is_not_missed(
        tmp_path, monkeypatch):
    # The poll found data_version unmoved and the window's own write, and took the
    # log's last entry as seen: another program committing between the two reads had
    # its entries counted as seen, and no later poll reported them.
    from workbench.core import outside

    with make_project(tmp_path) as window:
        doc = add_doc(window)
        watch = Watch(window)
        update_metadata(window, doc, title="Renamed here")  # the window's own write
        real = outside._last_seq
        landed: list[str] = []

        def racing(conn):
            if not landed:  # once: right after the pragma said nobody else wrote
                with Project.open(window.path, coder="ben") as other:
                    landed.append(annotate_quote(other, doc, "casualty",
                                                 "killed at least 12 civilians").result)
            return real(conn)

        monkeypatch.setattr(outside, "_last_seq", racing)
        first = watch.poll()
        monkeypatch.setattr(outside, "_last_seq", real)
        second = watch.poll()
        seen = [c.id for cs in (first, second) if cs for c in cs.changes]
        assert landed and seen == landed  # the other's annotation, once; not the title
