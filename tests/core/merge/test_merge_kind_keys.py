"""A source's new kind whose key is taken in the target, when the target has no key left."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.codebook import add_kind
from workbench.core.project import Project


def test_a_new_kind_merges_without_a_key_when_all_36_are_taken(tmp_path: Path):
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT)
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        add_kind(p, "checkpoint", "Checkpoint", "Q")
        doc = p.repo.documents()[0]["id"]
        ann = annotate_quote(p, doc, "checkpoint", "The Crescent Brigade").result
    with Project.open(lead, coder="lead") as p:
        taken = {k.key.upper() for k in p.codebook.kinds()}
        for key in string.ascii_uppercase + string.digits:
            if key not in taken:
                add_kind(p, f"kind_{key.lower()}", f"Kind {key}", key)
        assert len({k.key for k in p.codebook.kinds()}) == 36
        report = merge_projects(p, [ben]).result
        kind = p.codebook.kind("checkpoint")
        assert kind.key == ""  # no key left for it; the other 36 keep theirs
        assert len({k.key for k in p.codebook.kinds() if k.key}) == 36
        assert p.repo.get("annotation", ann)["kind"] == "checkpoint"
        note = next(n for n in report.notes if "checkpoint" in n)
        assert "no key" in note and "Q" in note
