"""core.timeline_rows: the columns the window reads equal query.timeline_items."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from workbench.core import query, timeline_rows
from workbench.core.ops.documents import trash_document
from workbench.core.project import Project


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    path = tmp_path_factory.mktemp("demo") / "demo.wbproj"
    shutil.copyfile(demo_file, path)
    project = Project.open(path)
    yield project
    project.close()


def as_items(cols: timeline_rows.TimelineColumns) -> list[query.TimelineItem]:
    return [cols[i] for i in range(len(cols))]


def test_columns_hold_what_timeline_items_say(demo):
    cols = timeline_rows.timeline_columns(demo)
    items = {i.ann_id: i for i in query.timeline_items(demo)}
    assert len(cols) == len(items)
    for i, it in enumerate(as_items(cols)):
        ref = items[it.ann_id]
        assert it == ref  # read back by rowid: the same item
        assert cols.kinds[cols.kind[i]] == ref.kind
        assert timeline_rows.day(cols.start[i]) == ref.start
        assert timeline_rows.day(cols.end[i]) == ref.end
        names = cols.actor[cols.actor_at[i]:cols.actor_at[i + 1]]
        assert tuple(cols.actor_names[a] for a in names) == ref.actors
        for value, want in ((cols.count_low[i], ref.count_low),
                            (cols.count_high[i], ref.count_high)):
            assert (np.isnan(value) and want is None) or value == want
        assert timeline_rows.STATUSES[cols.status[i]] == ref.status


def test_slices_add_up_and_take_keeps_actors(demo):
    whole = timeline_rows.timeline_columns(demo)
    reader = timeline_rows.ColumnReader(demo)
    top = timeline_rows.max_rowid(demo)
    for after in range(0, top, 7):  # slices of seven rowids
        reader.read(after, min(after + 7, top))
    sliced = reader.columns()
    assert np.array_equal(sliced.rowid, whole.rowid)
    assert [sliced.actor_names[a] for a in sliced.actor] == \
        [whole.actor_names[a] for a in whole.actor]
    odd = whole.take(np.arange(1, len(whole), 2))
    assert [it.ann_id for it in as_items(odd)] == [it.ann_id for it in as_items(whole)[1::2]]
    assert [it.actors for it in as_items(odd)] == [it.actors for it in as_items(whole)[1::2]]
    assert len(whole.index_of(as_items(whole)[3].ann_id)) == 1


def test_trashed_documents_are_left_out(demo_project):
    project = Project.open(demo_project)
    doc = project.repo.documents()[0]["id"]
    trash_document(project, doc)
    cols = timeline_rows.timeline_columns(project)
    assert doc not in set(cols.doc_id.tolist())
    assert len(cols) == len(query.timeline_items(project))
    project.close()


def comparable(cols: timeline_rows.TimelineColumns) -> list[tuple]:
    """Each item by value (kind and actor names, not their numbers)."""
    out = []
    for i in range(len(cols)):
        names = cols.actor[cols.actor_at[i]:cols.actor_at[i + 1]]
        out.append((int(cols.rowid[i]), int(cols.doc_id[i]), cols.kinds[cols.kind[i]],
                    int(cols.start[i]), int(cols.end[i]), str(cols.count_low[i]),
                    str(cols.count_high[i]), int(cols.status[i]),
                    tuple(cols.actor_names[a] for a in names)))
    return out


def test_patching_the_changed_rows_equals_reading_all_again(demo_project):
    from workbench.core.ops import annotations as ops

    project = Project.open(demo_project)
    before = timeline_rows.timeline_columns(project)
    items = as_items(before)
    moved, gone = items[0], items[1]
    ops.update_annotation(project, moved.ann_id, fields={
        project.codebook.kind(moved.kind).date_field: "2024-07"})
    ops.trash_annotations(project, [gone.ann_id])
    doc = project.repo.documents()[0]["id"]
    text = project.repo.get("document", doc)["text"]
    new = ops.annotate_quote(project, doc, "statement", text[10:40],
                             {"speaker": "A new speaker", "date": "2023-01-05"}).result
    patched = timeline_rows.patched(project, before, [moved.ann_id, gone.ann_id, new])
    assert comparable(patched) == comparable(timeline_rows.timeline_columns(project))
    project.close()


def test_patching_drops_an_annotation_that_no_longer_exists(demo_project):
    """Undoing a creation (or a merge) deletes the row outright: the patch has no rowid to
    find for its id, and the mark stayed on the timeline until the project was reopened."""
    from workbench.core.ops import annotations as ops
    from workbench.core.ops import history

    project = Project.open(demo_project)
    doc = project.repo.documents()[0]["id"]
    text = project.repo.get("document", doc)["text"]
    new = ops.annotate_quote(project, doc, "statement", text[10:40],
                             {"speaker": "A new speaker", "date": "2023-01-05"}).result
    before = timeline_rows.timeline_columns(project)
    assert new in {before[i].ann_id for i in range(len(before))}
    undone = history.undo(project)
    assert undone.annotation_ids == [new] and project.repo.get("annotation", new) is None
    patched = timeline_rows.patched(project, before, undone.annotation_ids)
    assert comparable(patched) == comparable(timeline_rows.timeline_columns(project))
    project.close()
