"""The timeline's marks and tool tips name actors by their records' current names, with
the words as written beside them where they differ."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import query, timeline_rows
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.gui.panes.timeline_columns import build_marks_columns
from workbench.gui.panes.timeline_items import build_marks, tooltip

TEXT = ("A FAB commander said the town was taken. The Free Army Brigade denied it. "
        "وقال لواء الجيش الحر إن البلدة سقطت.\n")


@pytest.fixture
def world(tmp_path):
    p = make_project(tmp_path)
    fab = actor_ops.add_actor(p, "FAB").result
    brigade = actor_ops.add_actor(p, "Free Army Brigade", ["لواء الجيش الحر"]).result
    doc = add_doc(p, TEXT, "a.txt")
    ids = {"fab": fab, "brigade": brigade}
    for key, quote, speaker in (("s1", "A FAB commander said", "FAB"),
                                ("s2", "The Free Army Brigade denied it", "Free Army Brigade"),
                                ("s3", "وقال لواء الجيش الحر", "لواء الجيش الحر")):
        ids[key] = ann_ops.annotate_quote(p, doc, "statement", quote,
                                          {"speaker": speaker, "date": "2026-03-03"}).result
    yield p, ids
    p.close()


def _lanes(project):
    items = query.timeline_items(project)
    by_items = build_marks(items, project.codebook, "actor").lanes
    by_columns = build_marks_columns(timeline_rows.timeline_columns(project),
                                     project.codebook, "actor").lanes
    assert sorted(by_items) == sorted(by_columns)  # the two builders agree
    return sorted(by_items), {i.ann_id: i for i in items}


def test_marks_and_tool_tips_use_the_records_name(world):
    project, ids = world
    lanes, items = _lanes(project)
    # The Arabic spelling is an alias of the Brigade's record: one lane, the record's name.
    assert lanes == ["FAB", "Free Army Brigade"]
    arabic = tooltip(items[ids["s3"]], project.codebook)
    assert "Actors: Free Army Brigade (written “لواء الجيش الحر”)" in arabic
    assert "Actors: Free Army Brigade\n" in tooltip(items[ids["s2"]], project.codebook)


def test_after_a_merge_the_merged_spelling_reads_as_the_kept_record(world):
    project, ids = world
    actor_ops.merge_actors(project, ids["fab"], ids["brigade"])
    lanes, items = _lanes(project)
    assert lanes == ["Free Army Brigade"]
    assert "Actors: Free Army Brigade (written “FAB”)" in tooltip(items[ids["s1"]],
                                                                   project.codebook)
    # A renamed record: the marks follow its current name.
    actor_ops.update_actor(project, ids["brigade"], name="Free Army")
    lanes, items = _lanes(project)
    assert lanes == ["Free Army"]
    assert "Actors: Free Army (written “Free Army Brigade”)" in tooltip(items[ids["s2"]],
                                                                       project.codebook)
