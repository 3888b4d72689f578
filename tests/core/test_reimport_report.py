"""What a re-import reports, and the new versions it refuses without writing anything."""

from __future__ import annotations

import pytest

from workbench.core.errors import ImportRejected
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as ops
from workbench.core.ops.importing import parse_path

FIRST = ("Velmora, 4 June. A drone strike on the grain depot killed 7 porters, the "
         "district council said. The night shift had left an hour before.\n")
# Corrected copy: the toll changed, the council's line was cut, a lead was added.
SECOND = ("UPDATED. " + FIRST.replace("killed 7 porters", "killed 9 porters")
          .replace(", the district council said", ""))


@pytest.fixture
def depot(project, tmp_path):
    path = tmp_path / "depot.txt"
    path.write_text(FIRST, encoding="utf-8")
    doc = ops.import_file(project, path).doc_id
    ids = {
        "toll": ann_ops.annotate_quote(project, doc, "casualty", "killed 7 porters",
                                       {"outcome": "killed", "count_low": 7}).result,
        "said": ann_ops.annotate_quote(project, doc, "statement",
                                       "the district council said").result,
        "shift": ann_ops.annotate_quote(project, doc, "event",
                                        "The night shift had left").result,
    }
    return path, doc, ids


def test_the_report_counts_every_annotation_once(project, depot):
    path, doc, ids = depot
    path.write_text(SECOND, encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    # The lead moved every span: none is in place; the cut line's statement is orphaned.
    assert (report.in_place, report.reanchored, report.orphaned) == (0, 2, 1)
    assert report.review == (ids["toll"],)
    assert report.sentence() == (
        f"Re-imported document {doc}: 0 annotations in place, 2 re-anchored, 1 orphaned; "
        "1 annotation whose words changed and 1 whose words were cut wait for review.")
    assert report.cut == (ids["said"],)


def test_unchanged_spans_count_as_in_place(project, depot):
    path, doc, _ids = depot
    path.write_text(FIRST + "Later: the depot reopened.\n", encoding="utf-8")
    report = ops.reimport(project, doc, path).result
    assert (report.in_place, report.reanchored, report.orphaned, report.review) == (3, 0, 0, ())


def test_the_same_text_again_is_refused_and_writes_nothing(project, depot):
    path, doc, _ids = depot
    custody, undo = len(project.repo.custody()), len(project.undo_stack)
    with pytest.raises(ImportRejected, match=r"same text as document .* nothing was changed"):
        ops.reimport(project, doc, path)
    assert len(project.repo.custody()) == custody and len(project.undo_stack) == undo


def test_a_file_parsed_beforehand_is_stored_as_reimport_stores_it(project, depot, tmp_path):
    path, doc, ids = depot
    path.write_text(SECOND, encoding="utf-8")
    parsed = parse_path(path)  # the window parses in a thread, then stores
    cs = ops.reimport_parsed(project, doc, parsed)
    assert project.repo.get("document", doc)["text"] == SECOND
    assert cs.result.review == (ids["toll"],)
    bad = tmp_path / "depot.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n....")
    with pytest.raises(ImportRejected, match="cannot be imported"):
        ops.reimport_parsed(project, doc, parse_path(bad))
    assert project.repo.get("document", doc)["text"] == SECOND
