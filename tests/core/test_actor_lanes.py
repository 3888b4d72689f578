"""The timeline's actor lanes by record: the spellings one actor record holds are one
lane under the record's name (they were one lane per spelling as written)."""

from __future__ import annotations

from tests.helpers import add_doc, make_project
from workbench.core import timeline_rows, timeline_summary
from workbench.core.actor_lanes import LaneNames
from workbench.core.ops.actors import add_actor, update_actor
from workbench.core.ops.annotations import annotate_quote

TEXT = ("The Eastern Brigade said on Monday it had taken the bridge. "
        "قال لواء الشرق إنه سيطر على الجسر. "
        "The Western Brigade denied it. A brigade of the East spoke again.\n")


def _lanes(cols: timeline_rows.TimelineColumns) -> list[tuple[str, ...]]:
    return [tuple(cols.actor_names[a] for a in cols.actor[cols.actor_at[i]:cols.actor_at[i + 1]])
            for i in range(len(cols))]


def _build(tmp_path):
    p = make_project(tmp_path)
    doc = add_doc(p, TEXT)
    for quote, speaker, day in (("said on Monday", "the Eastern Brigade", "2026-03-02"),
                                ("قال لواء الشرق", "لواء الشرق", "2026-03-02"),
                                ("denied it", "Western Brigade", "2026-03-03"),
                                ("spoke again", "Eastern brigade", "2026-03-04")):
        annotate_quote(p, doc, "statement", quote, {"speaker": speaker, "date": day})
    return p


def test_the_spellings_of_one_record_are_one_lane(tmp_path):
    with _build(tmp_path) as p:
        before = _lanes(timeline_rows.timeline_columns(p))
        assert len({name for names in before for name in names}) == 4  # as written
        east = add_actor(p, "Eastern Brigade", ["لواء الشرق"]).result
        cols = timeline_rows.timeline_columns(p)
        assert _lanes(cols) == [("Eastern Brigade",), ("Eastern Brigade",),
                                ("Western Brigade",), ("Eastern Brigade",)]
        # The summary counted at scale names the same lanes.
        counts = timeline_summary.day_counts(p, "actor")
        assert sorted(counts.keys) == ["Eastern Brigade", "Western Brigade"]
        assert sum(int(n) for n, k in zip(counts.n, counts.key, strict=True)
                   if counts.keys[k] == "Eastern Brigade") == 3
        # Renamed, the lane takes the record's new name (its old one becomes an alias).
        update_actor(p, east, name="Brigade of the East")
        assert {n for names in _lanes(timeline_rows.timeline_columns(p))
                for n in names} == {"Brigade of the East", "Western Brigade"}


def test_a_spelling_two_records_hold_stays_as_written(tmp_path):
    with _build(tmp_path) as p:
        add_actor(p, "Eastern Brigade", ["the brigade"])
        add_actor(p, "Western Brigade", ["the brigade"])
        lane = LaneNames(p.repo.conn)
        assert lane("brigade") == "brigade"
        assert lane("the Eastern Brigade") == "Eastern Brigade"
        assert lane("Red Hill Front") == "Red Hill Front"
