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
