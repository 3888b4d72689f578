import pytest

from tests.helpers import add_doc, make_project
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history
from workbench.core.suggest import suggest_documents, suggestions_for

TEXT = (
    "Raid on Port Halden\n\n"
    "PORT HALDEN, March 4 (Northgate Wire) - Gunmen killed at least 12 villagers and wounded "
    "two policemen on Monday, the provincial governor said. The Crescent Brigade claimed "
    "responsibility for the raid.\n"
)


@pytest.fixture
def project(tmp_path):
    p = make_project(tmp_path)
    yield p
    p.close()


def test_suggestions_map_engine_output_to_codebook_fields():
    found = suggestions_for(TEXT, "2026-03-04")
    kinds = {s.kind for s in found}
    assert {"casualty", "date", "statement", "claim"} <= kinds
    killed = next(s for s in found if s.kind == "casualty" and s.fields["outcome"] == "killed")
    assert TEXT[killed.start : killed.end] == killed.fields["raw"]
    assert killed.fields["count_low"] == 12 and killed.fields["qualifier"] == "at_least"
    # The date in the same sentence becomes the incident date.
    assert killed.fields["incident_date"] == "2026-03-02"
    claim = next(s for s in found if s.kind == "claim")
    assert claim.fields["claim_type"] == "responsibility" and claim.fields["status"] == "unverified"


def test_suggest_stores_reviewable_annotations_in_one_undo_step(project):
    doc = add_doc(project, TEXT, "raid.txt", published="2026-03-04")
    cs = suggest_documents(project, [doc])
    rows = project.repo.annotations(doc_id=doc)
    assert rows and {r["status"] for r in rows} == {"suggested"}
    assert all(TEXT[r["start"] : r["end"]] == r["exact"] for r in rows)
    assert all(r["origin"].startswith("suggest:") for r in rows)
    assert len(cs.annotation_ids) == len(rows)
    history.undo(project)
    assert project.repo.annotations(doc_id=doc) == []


def test_suggest_never_duplicates_nor_revives_rejected_or_trashed(project):
    doc = add_doc(project, TEXT, "raid.txt", published="2026-03-04")
    ann_ops.annotate_quote(project, doc, "casualty", "killed at least 12 villagers",
                           {"outcome": "killed", "count_low": 12})
    suggest_documents(project, [doc])
    first = project.repo.annotations(doc_id=doc)
    casualties = [r for r in first if r["kind"] == "casualty"]
    assert sum("12 villagers" in r["exact"] for r in casualties) == 1
    # Reject one suggestion and trash another; running again brings neither back.
    suggested = [r for r in first if r["status"] == "suggested"]
    ann_ops.set_status(project, [suggested[0]["id"]], "rejected")
    ann_ops.trash_annotations(project, [suggested[1]["id"]])
    again = suggest_documents(project, [doc])
    assert not again.changes
    assert len(project.repo.annotations(doc_id=doc)) == len(first) - 1
