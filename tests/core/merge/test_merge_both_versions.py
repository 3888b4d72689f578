"""A source that holds both an old and a re-imported version of one report.

Amal re-imported a corrected version of the report over her document 1, then imported
the first file again to read the two side by side: her project holds two documents,
the corrected one (whose custody log names the first file) and the old one. Merged into
a project that has the old version, both were matched onto its one document (the old
by its bytes, the corrected through its custody log): each of Amal's figures on the two
versions landed on the same words of one document, two annotations of hers where she
made one on each, and the agreement report counted the second as a figure the other
coder was "missing".
"""

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
WORDS = "killed at least 12 civilians"


def _both_versions(folder: Path, amal: Project) -> dict[str, object]:
    """In ``amal`` (its document 1 made from REPORT): re-import the corrected file over
    document 1, import REPORT again, and code the same figure on each version."""
    (folder / "corrected.txt").write_text(CORRECTED, encoding="utf-8")
    reimport(amal, 1, folder / "corrected.txt")
    old = add_doc(amal, REPORT, "report-again.txt")
    assert old != 1, "the first file was taken for the document re-imported from it"
    return {
        "old_doc": old,
        "new": annotate_quote(amal, 1, "casualty", WORDS,
                              {"outcome": "killed", "count_low": 12}).result,
        "old": annotate_quote(amal, old, "casualty", WORDS,
                              {"outcome": "killed", "count_low": 10}).result,
    }


def _check(target: Project, ids: dict[str, object], notes: list[str]) -> None:
    new, old = (target.repo.get("annotation", ids[k]) for k in ("new", "old"))
    assert new["doc_id"] != old["doc_id"], "both versions' figures are on one document"
    texts = {d: target.repo.get("document", d)["text"] for d in (new["doc_id"], old["doc_id"])}
    assert texts[new["doc_id"]] == CORRECTED and texts[old["doc_id"]] == REPORT
    for ann in (new, old):
        assert texts[ann["doc_id"]][ann["start"]:ann["end"]] == WORDS
        assert ann["anchor"] == "anchored"
    assert any("holds both" in n for n in notes), notes


def test_apart_the_two_versions_stay_two_documents(tmp_path):
    # Each coder imported the report from the same file; Amal's project then holds both.
    with Project.create(tmp_path / "amal.wbproj", coder="amal") as amal:
        add_doc(amal, REPORT)
        ids = _both_versions(tmp_path, amal)
    with Project.create(tmp_path / "ben.wbproj", coder="ben") as ben:
        doc = add_doc(ben, REPORT)
        ids["ben"] = annotate_quote(ben, doc, "casualty", WORDS,
                                    {"outcome": "killed", "count_low": 10}).result
        notes = merge_projects(ben, [tmp_path / "amal.wbproj"]).result.notes
        _check(ben, ids, notes)
        assert len(ben.repo.documents()) == 2
        # Ben's figure is compared with Amal's on the same (old) version, no one missing.
        report = agreement_report(ben, coders=["amal", "ben"])
        assert [d.what for d in report.disagreements] == []
        again = merge_projects(ben, [tmp_path / "amal.wbproj"])
        assert not again, "merging the same project again changed something"


def test_a_copied_project_keeps_the_two_versions_apart(tmp_path):
    # Ben's project is a copy of Amal's from before the re-import: his document has
    # the UUID of her re-imported one, and the bytes of her old one.
    with Project.create(tmp_path / "amal.wbproj", coder="amal") as amal:
        add_doc(amal, REPORT)
    shutil.copy(tmp_path / "amal.wbproj", tmp_path / "ben.wbproj")
    with Project.open(tmp_path / "amal.wbproj", coder="amal") as amal:
        ids = _both_versions(tmp_path, amal)
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as ben:
        notes = merge_projects(ben, [tmp_path / "amal.wbproj"]).result.notes
        _check(ben, ids, notes)


def test_the_old_version_first_in_the_source(tmp_path):
    # The target re-imported the report itself; the source holds the old version as its
    # document 1 and the corrected one, imported apart, as document 2.
    (tmp_path / "corrected.txt").write_text(CORRECTED, encoding="utf-8")
    with Project.create(tmp_path / "amal.wbproj", coder="amal") as amal:
        old = add_doc(amal, REPORT)
        new = add_doc(amal, CORRECTED, "corrected.txt")
        ids = {"old": annotate_quote(amal, old, "casualty", WORDS,
                                     {"outcome": "killed", "count_low": 10}).result,
               "new": annotate_quote(amal, new, "casualty", WORDS,
                                     {"outcome": "killed", "count_low": 12}).result}
    with Project.create(tmp_path / "ben.wbproj", coder="ben") as ben:
        doc = add_doc(ben, REPORT)
        reimport(ben, doc, tmp_path / "corrected.txt")
        notes = merge_projects(ben, [tmp_path / "amal.wbproj"]).result.notes
        _check(ben, ids, notes)


def test_two_reimports_of_one_first_file(tmp_path):
    # Both of the source's documents were first made from the target's file and then
    # re-imported, each from a file of its own: the first takes the target's document,
    # the second is copied (the note names the first).
    second = REPORT.replace("on Sunday", "on Sunday morning")
    for name, text in (("corrected.txt", CORRECTED), ("second.txt", second)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Project.create(tmp_path / "amal.wbproj", coder="amal") as amal:
        first = add_doc(amal, REPORT)
        reimport(amal, first, tmp_path / "corrected.txt")
        other = add_doc(amal, REPORT, "report-again.txt")
        reimport(amal, other, tmp_path / "second.txt")
        ids = [annotate_quote(amal, d, "casualty", WORDS, {"outcome": "killed"}).result
               for d in (first, other)]
    with Project.create(tmp_path / "ben.wbproj", coder="ben") as ben:
        doc = add_doc(ben, REPORT)
        notes = merge_projects(ben, [tmp_path / "amal.wbproj"]).result.notes
        on = [ben.repo.get("annotation", i)["doc_id"] for i in ids]
        assert on[0] == doc and on[1] != doc
        assert ben.repo.get("document", on[1])["text"] == second
        assert any(f"the other, its document {first}, is document {doc} here" in n
                   for n in notes), notes
