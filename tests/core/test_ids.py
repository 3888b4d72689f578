"""Compact ids: their form, order and GUIDs, and projects that mix them with UUIDs."""

from __future__ import annotations

import io
import json
import shutil
import uuid
from pathlib import Path

from tests.helpers import REPORT, add_doc, make_project
from workbench.core import clock, ids
from workbench.core.exchange import write_file
from workbench.core.exchange.qdpx_read import read_qdpx
from workbench.core.exporters import export
from workbench.core.merge import merge_projects
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project


def test_new_ids_are_twenty_characters_of_an_ordered_alphabet_and_unique():
    made = [ids.new_id() for _ in range(100_000)]
    assert len(set(made)) == len(made)
    assert all(len(i) == 20 and set(i) <= set(ids.ALPHABET) for i in made)
    assert list(ids.ALPHABET) == sorted(ids.ALPHABET)  # text order is numeric order
    assert clock.new_id() != clock.new_id() and ids.is_compact(clock.new_id())
    assert not ids.is_compact(str(uuid.uuid4())) and not ids.is_compact(clock.new_uuid())


def test_ids_made_a_second_later_sort_after():
    t = 1_800_000_000
    earlier = [ids.new_id(at=t) for _ in range(50)]
    later = [ids.new_id(at=t + 1) for _ in range(50)]
    assert max(earlier) < min(later)
    assert len({i[:6] for i in earlier}) == 1  # the second, shared by all made in it


def test_a_compact_id_travels_as_a_version_8_guid_and_comes_back():
    for ident in [ids.new_id() for _ in range(1000)] + ["0" * 20, "z" * 20]:
        guid = ids.as_guid(ident)
        assert uuid.UUID(guid).version == 8 and str(uuid.UUID(guid)) == guid
        assert ids.from_guid(guid) == ident
    old = str(uuid.uuid4())
    assert ids.as_guid(old) == old and ids.from_guid(old) == old
    # Another program's version 8 GUID without the mark stays itself.
    foreign = str(uuid.UUID(int=(1 << 127) | 0x8 << 76 | 0b10 << 62))
    assert ids.from_guid(foreign) == foreign and ids.from_guid("not a guid") == "not a guid"


def test_a_listing_shows_a_compact_ids_random_end():
    made = [ids.new_id(at=1_800_000_000) for _ in range(20)]
    assert len({ids.short(i) for i in made}) == 20
    old = "2f1c0a4e-9d7b-4c61-8e3a-5b2d6f7a8c90"
    assert ids.short(old) == "2f1c0a4e"


def _mixed(tmp_path: Path, monkeypatch) -> tuple[Project, int, dict[str, str]]:
    """A project whose first annotations and link have UUIDs (made before compact ids)."""
    project = make_project(tmp_path, "amal.wbproj")
    doc = add_doc(project, REPORT, "report.txt")
    monkeypatch.setattr(clock, "new_id", lambda: str(uuid.uuid4()))
    made = {"old_a": ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                            {"outcome": "wounded"}).result,
            "old_b": ann_ops.annotate_quote(project, doc, "statement",
                                            "a provincial official said", {}).result}
    made["old_link"] = ann_ops.add_link(project, made["old_a"], made["old_b"],
                                        "corroborates").result
    monkeypatch.undo()
    made["new_c"] = ann_ops.annotate_quote(project, doc, "casualty", "killed at least 12",
                                           {"outcome": "killed"}, memo="check").result
    made["new_link"] = ann_ops.add_link(project, made["new_c"], made["old_b"],
                                        "corroborates").result
    assert [ids.is_compact(made[k]) for k in made] == [False] * 3 + [True] * 2
    return project, doc, made


def test_a_project_mixing_uuids_and_compact_ids_merges(tmp_path, monkeypatch):
    amal, doc, made = _mixed(tmp_path, monkeypatch)
    amal.close()
    shutil.copyfile(tmp_path / "amal.wbproj", tmp_path / "ben.wbproj")
    with Project.open(tmp_path / "ben.wbproj") as ben:
        ann_ops.update_annotation(ben, made["old_a"], fields={"count_low": 4})
        ann_ops.update_annotation(ben, made["new_c"], fields={"count_low": 12})
        ben_new = ann_ops.annotate_quote(ben, doc, "claim", "claimed responsibility",
                                         {}).result
    with Project.open(tmp_path / "amal.wbproj") as target:
        merge_projects(target, [tmp_path / "ben.wbproj"])
        rows = {a["id"]: a for a in target.repo.annotations()}
        links = {lk["id"] for lk in target.repo.links()}
    assert set(rows) == {made["old_a"], made["old_b"], made["new_c"], ben_new}
    assert rows[made["old_a"]]["fields"]["count_low"] == 4
    assert rows[made["new_c"]]["fields"]["count_low"] == 12
    assert links == {made["old_link"], made["new_link"]}


def test_a_project_mixing_both_exports_valid_urns_and_round_trips_qdpx(tmp_path,
                                                                         monkeypatch):
    project, _doc, made = _mixed(tmp_path, monkeypatch)
    out = io.StringIO()
    export(project, "w3c", out)
    items = json.loads(out.getvalue())["first"]["items"]
    urns = [i["id"] for i in items] + [i["target"] for i in items
                                       if i["motivation"] == "linking"]
    assert len(urns) == 7 and all(u.startswith("urn:uuid:") for u in urns)
    for urn in urns:
        uuid.UUID(urn.removeprefix("urn:uuid:"))  # each a valid UUID
    assert f"urn:uuid:{made['old_a']}" in urns  # an old id goes out as itself
    assert f"urn:uuid:{made['new_c']}" not in urns
    assert f"urn:uuid:{ids.as_guid(made['new_c'])}" in urns

    write_file(project, "qdpx", tmp_path / "mixed.qdpx")
    before = {a["id"]: (a["kind"], a["exact"], a["memo"]) for a in project.repo.annotations()}
    project.close()
    with Project.create(tmp_path / "copy.wbproj", coder="importer") as copy:
        assert read_qdpx(copy, tmp_path / "mixed.qdpx").result.annotations == 3
        after = {a["id"]: (a["kind"], a["exact"], a["memo"]) for a in copy.repo.annotations()}
        assert read_qdpx(copy, tmp_path / "mixed.qdpx").result.annotations == 0
    assert after == before
