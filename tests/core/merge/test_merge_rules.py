"""The rules of a merge, one at a time: idempotence, order, dry run, failure, anchoring,
copied documents, trash against edits, the target's own work."""

from __future__ import annotations

import shutil

import pytest

from tests.core.merge.conftest import CHECKPOINT, Team, state, tables
from tests.helpers import REPORT, add_doc, stat_without_inodes
from workbench.core.errors import ProjectError
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote, trash_annotations, update_annotation
from workbench.core.ops.importing import sha256
from workbench.core.project import Project
from workbench.core.repo import Transaction

CODERS = ("amal", "ben", "chen")


def _target(team: Team, name: str) -> Project:
    project = Project.create(team.folder / name, coder="lead")
    add_doc(project, REPORT, "report.txt")
    return project


def test_merging_again_changes_nothing(team: Team):
    with _target(team, "t.wbproj") as project:
        merge_projects(project, [team.path(c) for c in CODERS])
        before = tables(project)
        again = merge_projects(project, [team.path(c) for c in CODERS])
        assert not again  # an empty ChangeSet
        assert tables(project) == before
        assert again.result.audit_rows == again.result.custody_rows == 0


def test_separate_merges_in_either_order_agree(team: Team):
    with _target(team, "ab.wbproj") as ab, _target(team, "ba.wbproj") as ba:
        merge_projects(ab, [team.path("amal")])
        merge_projects(ab, [team.path("ben")])
        merge_projects(ba, [team.path("ben")])
        merge_projects(ba, [team.path("amal")])
        assert state(ab) == state(ba)
        assert ab.repo.get("annotation", team.ids["cas"])["fields"]["outcome"] == "wounded"


def test_dry_run_reports_and_writes_nothing(team: Team):
    with _target(team, "t.wbproj") as project:
        before = tables(project)
        dry = merge_projects(project, [team.path(c) for c in CODERS], dry_run=True).result
        assert tables(project) == before
        assert dry.dry_run and "dry run" in dry.render()
        real = merge_projects(project, [team.path(c) for c in CODERS]).result
        assert dry.counts == real.counts and len(dry.conflicts) == len(real.conflicts)


def test_a_failure_part_way_leaves_the_target_as_it_was(team: Team, monkeypatch):
    def fail(*_a, **_k):
        raise RuntimeError("disk pulled out")

    with _target(team, "t.wbproj") as project:
        before = tables(project)
        # Fails on the last source, after two sources' rows were written.
        calls = {"n": 0}
        real = Transaction.append_foreign_custody

        def third_fails(self, rows, origin):
            calls["n"] += 1
            return fail() if calls["n"] == 3 else real(self, rows, origin)

        monkeypatch.setattr(Transaction, "append_foreign_custody", third_fails)
        with pytest.raises(RuntimeError):
            merge_projects(project, [team.path(c) for c in CODERS])
        assert calls["n"] == 3
        assert tables(project) == before


def test_a_project_is_not_merged_into_itself(team: Team):
    with Project.open(team.path("amal")) as project, pytest.raises(ProjectError):
        merge_projects(project, [team.path("amal")])


def _pair(tmp_path, text_b: str | None = None):
    """A coder's project and a copy of it given to a second coder."""
    a = tmp_path / "a.wbproj"
    with Project.create(a, coder="amal") as p:
        doc = add_doc(p, REPORT)
        ann = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                             {"outcome": "killed"}).result
    b = tmp_path / "b.wbproj"
    shutil.copy(a, b)
    return a, b, doc, ann


def test_trashed_on_one_side_edited_on_the_other_is_a_conflict(tmp_path):
    a, b, _doc, ann = _pair(tmp_path)
    with Project.open(b, coder="ben") as p:
        update_annotation(p, ann, fields={"count_low": 12})
    with Project.open(a, coder="amal") as p:
        trash_annotations(p, [ann])  # amal's own work in the target
        report = merge_projects(p, [b]).result
        [c] = report.conflicts
        assert c.what == "trashed by amal, edited by ben" and c.kept == "amal"
        assert p.repo.get("annotation", ann)["deleted_at"] is not None  # the target's stays
        copy = p.repo.get("annotation", c.copy_id)
        assert copy["deleted_at"] is None and copy["fields"]["count_low"] == 12


def test_annotations_merged_onto_a_document_in_the_trash_are_said_so(tmp_path):
    """The trash does not travel: a source's work on a document the target has trashed
    is merged, and shown nowhere until the document is restored. The report counted it
    added and updated like any other, so the lead looked for it in vain; a note now
    names the document and how many annotations it received."""
    from workbench.core.ops.documents import restore_document, trash_document

    a, b, doc, ann = _pair(tmp_path)
    with Project.open(b, coder="ben") as p:
        update_annotation(p, ann, fields={"count_low": 12})
        annotate_quote(p, doc, "statement", "a provincial official said")
    with Project.open(a, coder="amal") as p:
        trash_document(p, doc)
        report = merge_projects(p, [b]).result
        counts = report.counts["annotation"]
        assert (counts.added, counts.updated) == (1, 1)
        title = p.repo.get("document", doc)["title"]
        assert report.notes == [
            f"b.wbproj: 2 annotations added or changed on document {doc} ({title}), which "
            "is in the trash here: restore the document to see them."]
        # Merged again: nothing changes, nothing is said.
        assert merge_projects(p, [b]).result.notes == []
        # With the document back, the same merge from a fresh copy says nothing either.
        restore_document(p, doc)
    c = tmp_path / "c.wbproj"
    shutil.copy(b, c)
    with Project.open(c, coder="chen") as p:
        annotate_quote(p, doc, "casualty", "killed at least 12 civilians")
    with Project.open(a, coder="amal") as p:
        report = merge_projects(p, [c]).result
        assert report.counts["annotation"].added == 1 and report.notes == []


def test_a_document_trashed_in_the_source_arrives_in_the_trash_and_is_said_so(tmp_path):
    """A document only the source has, in the source's trash, is copied into the
    target's trash with its annotations: the note says where they went."""
    from workbench.core.ops.documents import trash_document

    a, b, _doc, _ann = _pair(tmp_path)
    with Project.open(b, coder="ben") as p:
        other = add_doc(p, CHECKPOINT, "checkpoint.txt")
        annotate_quote(p, other, "casualty", "Two guards were wounded", {"outcome": "wounded"})
        trash_document(p, other)
    with Project.open(a, coder="amal") as p:
        report = merge_projects(p, [b]).result
        [copied] = p.repo.documents(trashed=True)
        assert report.notes == [
            f"b.wbproj: 1 annotation added or changed on document {copied['id']} "
            f"({copied['title']}), which is in the trash here: restore the document to "
            "see them."]


def test_the_targets_own_edit_stays_even_if_older(tmp_path):
    a, b, _doc, ann = _pair(tmp_path)
    with Project.open(a, coder="amal") as p:
        update_annotation(p, ann, memo="checked against the hospital list")
    with Project.open(b, coder="ben") as p:
        update_annotation(p, ann, memo="newer, but not amal's")
    with Project.open(a, coder="amal") as p:
        [c] = merge_projects(p, [b]).result.conflicts
        assert p.repo.get("annotation", ann)["memo"] == "checked against the hospital list"
        assert p.repo.get("annotation", c.copy_id)["memo"].endswith("newer, but not amal's")


def test_only_the_source_changed_it_so_the_target_takes_it(tmp_path):
    a, b, _doc, ann = _pair(tmp_path)
    with Project.open(b, coder="ben") as p:
        update_annotation(p, ann, fields={"count_low": 12}, status="rejected")
    with Project.open(a, coder="amal") as p:
        report = merge_projects(p, [b]).result
        row = p.repo.get("annotation", ann)
        assert (row["fields"]["count_low"], row["status"]) == (12, "rejected")
        assert report.conflicts == [] and report.counts["annotation"].updated == 1


def test_another_working_text_reanchors_or_orphans_never_drops(tmp_path):
    src = tmp_path / "src.wbproj"
    with Project.create(src, coder="ben") as p:
        doc = add_doc(p, REPORT)
        moved = annotate_quote(p, doc, "statement", "a provincial official said").result
        lost = annotate_quote(p, doc, "claim", "the army denied any involvement").result
    with Project.create(tmp_path / "t.wbproj", coder="amal") as t:
        doc = add_doc(t, REPORT)
        # The same original read by another importer version: a different working text.
        text = "Editor's note: updated.\n" + REPORT.replace(
            "while the army denied any involvement", "while the army declined to comment")
        with t.write("test") as tx:
            tx.update("document", doc, {"text": text,
                                        "text_sha256": sha256(text.encode("utf-8"))})
        merge_projects(t, [src])
        a = t.repo.get("annotation", moved)
        assert text[a["start"]:a["end"]] == "a provincial official said"
        assert a["anchor"] == "reanchored"
        orphan = t.repo.get("annotation", lost)
        assert orphan["anchor"] == "orphaned" and orphan["exact"] == (
            "the army denied any involvement")


def test_a_document_only_in_the_source_comes_with_its_original_and_custody(tmp_path):
    src = tmp_path / "src.wbproj"
    with Project.create(src, coder="ben") as p:
        doc = add_doc(p, CHECKPOINT, "checkpoint.txt")
        ann = annotate_quote(p, doc, "event", "a two-hour clash").result
    with Project.create(tmp_path / "t.wbproj", coder="amal") as t:
        report = merge_projects(t, [src]).result
        [copied] = t.repo.documents()
        digest = sha256(CHECKPOINT.encode("utf-8"))
        assert copied["original_sha256"] == digest
        assert t.repo.original(digest) == CHECKPOINT.encode("utf-8")
        actions = [(r["action"], r["coder"], bool(r["merged_from"])) for r in t.repo.custody()]
        assert actions == [("merge", "amal", False), ("import", "ben", True)]
        assert t.repo.get("annotation", ann)["doc_id"] == copied["id"]
        assert report.counts["document"].added == 1


def test_a_figure_moved_between_incidents_stays_in_one_after_the_merge(tmp_path, monkeypatch):
    """ben moves a figure from the shared incident into his own. Before the fix, when the
    new membership's id sorted before the old one (UUIDs, or compact ids made in the
    same second: 7 runs in 12), the merge refused the new membership as a conflict and
    then applied the old one's ending: the figure was left in no incident."""
    from workbench.core import ids as id_maker
    from workbench.core.incidents import model
    from workbench.core.incidents.ops import create_incident, move_members
    from workbench.core.ops.annotations import annotate_quote

    with Project.create(tmp_path / "amal.wbproj", coder="amal") as p:
        doc = add_doc(p, REPORT)
        fig = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                             {"outcome": "killed", "count_low": 12}).result
        shared = create_incident(p, "Port Halden shelling", members=[fig]).result
    shutil.copy(tmp_path / "amal.wbproj", tmp_path / "ben.wbproj")
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p, monkeypatch.context() as m:
        # Ids from early 2024: ben's new rows sort before every row made today.
        early = iter(range(1_704_067_300, 1_704_067_400))
        m.setattr(id_maker, "new_id", lambda at=None, _new=id_maker.new_id: _new(next(early)))
        mine = create_incident(p, "Market shelling (ben)").result
        move_members(p, shared, mine, [fig])
        rows = [r for r in p.repo.all_rows("incident_member") if r["annotation_id"] == fig]
        assert [bool(r["deleted_at"]) for r in rows] == [False, True]  # new one first
    with Project.open(tmp_path / "amal.wbproj", coder="amal") as target:
        report = merge_projects(target, [tmp_path / "ben.wbproj"]).result
        assert model.incident_of(target, fig) == mine
        assert report.conflicts == []


def test_a_value_of_another_type_is_kept_in_the_memo_not_the_field(tmp_path):
    """amal and ben each added a "confidence" field to claims, a number for amal, text
    for ben. The target's number field stays (a codebook conflict); before the fix ben's
    "high" was stored in it anyway, and the agreement report stopped on it."""
    from workbench.core.agreement import agreement_report
    from workbench.core.ops.codebook import add_field
    from workbench.core.verify import verify

    with Project.create(tmp_path / "base.wbproj", coder="lead") as p:
        add_doc(p, REPORT)
    for coder, kind, value in (("amal", "int", 3), ("ben", "text", "high")):
        shutil.copy(tmp_path / "base.wbproj", tmp_path / f"{coder}.wbproj")
        with Project.open(tmp_path / f"{coder}.wbproj", coder=coder) as p:
            add_field(p, "claim", "confidence", kind)
            annotate_quote(p, 1, "claim", "claimed responsibility", {"confidence": value})
    with Project.open(tmp_path / "amal.wbproj", coder="amal") as target:
        report = merge_projects(target, [tmp_path / "ben.wbproj"]).result
        assert [c.id for c in report.conflicts] == ["claim.confidence"]
        ben = next(a for a in target.repo.annotations() if a["coder"] == "ben")
        assert ben["fields"] == {}
        assert 'confidence: "high"' in ben["memo"]
        assert any("kept in its memo" in n for n in report.notes)
        agreement_report(target)  # reads every field as its type
        assert verify(target).ok
        before = tables(target)
        merge_projects(target, [tmp_path / "ben.wbproj"])
        assert tables(target) == before  # merging again changes nothing


def test_a_disk_without_inodes_merges_two_projects(tmp_path, monkeypatch):
    # Device and inode made every file on such a disk every other: "b.wbproj is the
    # project being merged into", and a restore from a backup there was refused alike.
    a, b, _doc, _ann = _pair(tmp_path)
    stat_without_inodes(monkeypatch)
    with Project.open(a) as project:
        merge_projects(project, [b])
        with pytest.raises(ProjectError, match="into itself"):
            merge_projects(project, [a])
