"""A document re-imported on one side (a corrected version of the report) is still the
same document: its coders' work is merged onto one document, not split over two."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import REPORT, add_doc
from workbench.core.agreement import agreement_report
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.documents import reimport
from workbench.core.project import Project

CORRECTED = REPORT.replace("PORT HALDEN, March 3", "PORT HALDEN, Monday March 3 (updated)")


def _amal_reimports_ben_codes(folder: Path) -> dict[str, str]:
    """amal and ben share a copy of one report; amal re-imports a corrected version of
    it (words added before every figure) and codes a figure; ben codes the same one."""
    ids = {}
    with Project.create(folder / "amal.wbproj", coder="amal") as p:
        add_doc(p, REPORT)
    shutil.copy(folder / "amal.wbproj", folder / "ben.wbproj")
    (folder / "corrected.txt").write_text(CORRECTED, encoding="utf-8")
    with Project.open(folder / "amal.wbproj", coder="amal") as p:
        reimport(p, 1, folder / "corrected.txt")
        ids["amal"] = annotate_quote(p, 1, "casualty", "killed at least 12 civilians",
                                     {"outcome": "killed", "count_low": 12}).result
    with Project.open(folder / "ben.wbproj", coder="ben") as p:
        ids["ben"] = annotate_quote(p, 1, "casualty", "killed at least 12 civilians",
                                    {"outcome": "killed", "count_low": 12}).result
    return ids


def test_a_document_reimported_on_one_side_stays_one_document(tmp_path: Path):
    ids = _amal_reimports_ben_codes(tmp_path)
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p:
        result = merge_projects(p, [tmp_path / "amal.wbproj"]).result
        docs = p.repo.documents()
        assert [d["id"] for d in docs] == [1]  # not a second copy of the report
        amal = p.repo.get("annotation", ids["amal"])
        assert amal["doc_id"] == 1
        text = p.repo.get("document", 1)["text"]
        assert text[amal["start"]:amal["end"]] == "killed at least 12 civilians"
        assert any("re-imported" in n and "amal.wbproj" in n for n in result.notes)
        assert result.counts["document"].added == 0
        # Both coders' work on the report is compared as one document's.
        report = agreement_report(p, coders=["amal", "ben"])
        assert report.nothing_to_compare() is None


def test_merging_the_reimported_document_again_changes_nothing(tmp_path: Path):
    _amal_reimports_ben_codes(tmp_path)
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p:
        merge_projects(p, [tmp_path / "amal.wbproj"])
        again = merge_projects(p, [tmp_path / "amal.wbproj"])
        assert not again


def test_a_report_imported_apart_and_reimported_on_one_side_stays_one_document(tmp_path):
    # No copy: each coder imported the report from the same file, then amal re-imported
    # a corrected version. Her project's custody log names the file the document was
    # first made from, which is ben's document's.
    (tmp_path / "corrected.txt").write_text(CORRECTED, encoding="utf-8")
    with Project.create(tmp_path / "amal.wbproj", coder="amal") as p:
        doc = add_doc(p, REPORT)
        reimport(p, doc, tmp_path / "corrected.txt")
        amal = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                              {"outcome": "killed", "count_low": 12}).result
    for target, source in (("ben", "amal"), ("amal", "ben")):
        with Project.create(tmp_path / "ben.wbproj", coder="ben") as p:
            doc = add_doc(p, REPORT)
            ben = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                                 {"outcome": "killed", "count_low": 12}).result
        with Project.open(tmp_path / f"{target}.wbproj", coder=target) as p:
            result = merge_projects(p, [tmp_path / f"{source}.wbproj"]).result
            assert len(p.repo.documents()) == 1
            assert p.repo.get("annotation", amal)["doc_id"] == \
                p.repo.get("annotation", ben)["doc_id"]
            assert any("re-imported" in n for n in result.notes)
            assert agreement_report(p, coders=["amal", "ben"]).nothing_to_compare() is None
        if target == "ben":
            (tmp_path / "ben.wbproj").unlink()
