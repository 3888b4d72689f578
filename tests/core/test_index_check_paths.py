"""The search index check's cheaper comparisons (issue 15) name every defect the
earlier ones named: token counts joined by rowid instead of two EXCEPTs (a row missing,
a stale row, a row whose count changed), each vocabulary read once into a table (a
wrong word with the count unchanged, a word's count moved inside a row); and the
folding function's cache of field words gives the body it gave without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import indexcheck, searchindex
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project


@pytest.fixture
def worked(tmp_path: Path) -> dict:
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        anns = {q: ann_ops.annotate_quote(project, doc, "casualty", q,
                                          {"outcome": "wounded"}).result
                for q in ("wounded four troops", "killed")}
        ann_ops.update_annotation(project, anns["wounded four troops"], memo="four troops")
        trashed = ann_ops.annotate_quote(project, doc, "claim", "Crescent Brigade").result
        ann_ops.trash_annotations(project, [trashed])
        anns["trashed"] = trashed
        rowids = {k: project.conn.execute("SELECT rowid FROM annotations WHERE id = ?",
                                          (v,)).fetchone()[0] for k, v in anns.items()}
        assert _said(project) == ""
        return {"path": project.path, "ids": anns, "rowids": rowids}


def _said(project: Project) -> str:
    return "\n".join(f.problem for f in indexcheck.findings(project.conn))


def _rewrite(worked: dict, which: str, new_body: str | None, *, old: bool = True) -> str:
    """Replace one annotation's index row (as a tool holding the file could) and
    return what the check says."""
    rid = worked["rowids"][which]
    conn = raw_connect(worked["path"], isolation_level=None)
    try:
        # Through the index's own view: a derived quote (schema 20) is no stored text.
        body = conn.execute("SELECT body FROM search_source WHERE rid = ?",
                            (rid,)).fetchone()
        body = body[0] if body else conn.execute(
            "SELECT wb_search_body(CAST(exact AS BLOB), CAST(fields AS BLOB), "
            "CAST(memo AS BLOB)) FROM annotations WHERE rowid = ?", (rid,)).fetchone()[0]
        if old:
            conn.execute("INSERT INTO search(search, rowid, body) VALUES ('delete', ?, ?)",
                         (rid, body))
        if new_body is not None:
            conn.execute("INSERT INTO search(rowid, body) VALUES (?, ?)",
                         (rid, new_body.format(body=body)))
    finally:
        conn.close()
    with Project.open(worked["path"], read_only=True) as project:
        return _said(project)


def test_a_missing_row_is_named(worked):
    said = _rewrite(worked, "killed", None)
    assert f"annotation {worked['ids']['killed']}: its search index entry is missing" in said


def test_a_trashed_annotation_still_indexed_is_named(worked):
    said = _rewrite(worked, "trashed", "{body}", old=False)
    assert f"annotation {worked['ids']['trashed']}: it is in the trash but still has a " \
           "search index entry" in said


def test_a_row_whose_token_count_changed_is_named(worked):
    # Every word still in the same rows: only the row's token count tells.
    said = _rewrite(worked, "killed", "{body} wounded")
    assert f"annotation {worked['ids']['killed']}: its search index entry does not match " \
           "its text" in said


def test_a_wrong_word_with_the_count_unchanged_is_named(worked):
    said = _rewrite(worked, "killed", "killed zzzplanted")
    assert f"annotation {worked['ids']['killed']}: its search index entry does not match " \
           "its text" in said
    assert said.count("\n") == 0  # one row, named once


def test_a_word_count_moved_inside_a_row_is_said(worked):
    # "wounded four troops wounded four troops": one "four" becomes a "wounded", so
    # every word stays in the same rows and the row keeps its six tokens.
    said = _rewrite(worked, "wounded four troops",
                    "wounded four troops wounded wounded troops")
    assert "search index: the word 'four' is indexed a different number of times" in said


def test_a_row_naming_no_annotation_is_named(worked):
    conn = raw_connect(worked["path"], isolation_level=None)
    conn.execute("INSERT INTO search(rowid, body) VALUES (424242, 'killed')")
    conn.close()
    with Project.open(worked["path"], read_only=True) as project:
        said = _said(project)
        # The check's own tables are gone afterwards: a second check starts clean.
        assert _said(project) == said
    assert "search index: row 424242 names no stored annotation" in said


def test_the_field_words_cache_gives_the_same_bodies(monkeypatch):
    monkeypatch.setattr(searchindex, "_WORDS", {})
    monkeypatch.setattr(searchindex, "_WORDS_MAX", 2)  # emptied every third new value
    fields = b'{"a": "Qu\xc3\xa9", "b": 3, "c": null, "d": "\xd8\xa3\xd9\x86"}'
    cases = [
        ((b"Killed", fields, b"Memo"), "killed que 3 ان memo"),
        ((b"Other", fields, b""), "other que 3 ان "),  # same fields, its own quote
        ((b"\xff", b'{"a": "\xff"}', b""), "\ufffd \ufffd "),  # damaged: replaced
        ((b"x", b'{"a": 1} ', b""), "x 1 "),  # whitespace after the object
        ((b"x", b"[1, 2]", b""), "x  "),  # not an object: no field words
        ((b"x", b"not json", b"m"), "x  m"),
        ((None, None, None), "  "),
        (("s", '{"a": "T"}', "u"), "s t u"),  # text where blobs are expected
    ]
    for _ in range(3):  # first unseen, then cached or emptied and seen again
        for args, want in cases:
            assert searchindex.body(*args) == want
            assert len(searchindex._WORDS) <= 2
