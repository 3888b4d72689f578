"""Derived quotes at awkward span edges, and a crash while a text is replaced.

Offsets are code points in Python, in SQLite's ``substr`` (the ``annotation_quotes``
view) and in ``wb_quote``: a span edge on an emoji (one code point, two UTF-16 units),
between a letter and its combining mark, or beside a right-to-left mark derives the
same quote everywhere, and the row verifies. A writer killed after the derived rows of a
document were written out, but before its new text was committed, leaves the file as
it was (both belong to one transaction).
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, stored_rows
from workbench.core import quotes, rebuild
from workbench.core.exporters import export
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify

# An emoji, a letter with two combining marks, right-to-left marks around Arabic, and a
# flag (two code points, one glyph).
TEXT = ("😀start: قالَ\u200fالمتحدثُ \u200e«نعم» e\u0301\u0323 then 🇵🇸 flag and "
        "more words to pass the context 😀end😀")
ROOT = Path(__file__).resolve().parents[2]


def _edges(text: str) -> list[tuple[int, int]]:
    """Spans starting or ending at every special character and at both ends."""
    special = [i for i, ch in enumerate(text) if ord(ch) > 0x7F or ch in "\u200e\u200f"]
    spans = {(0, 1), (0, 0), (len(text), len(text)), (len(text) - 1, len(text)),
             (0, len(text))}
    for i in special:
        spans.update({(i, i + 1), (max(i - 3, 0), i), (i, min(i + 4, len(text))),
                      (i + 1, min(i + 6, len(text)))})
    return sorted(s for s in spans if s[1] > s[0])  # create_annotation wants words


def test_edge_spans_derive_the_same_quote_everywhere(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, TEXT, "edges.txt", language="ar")
        text = project.repo.get("document", doc)["text"]
        assert text == TEXT
        made = {ann_ops.create_annotation(project, doc, "claim", s, e).result: (s, e)
                for s, e in _edges(text)}
        stored = dict(project.conn.execute(
            f"SELECT id, {quotes.derived_sql('a')} FROM annotations a"))
        assert all(stored[i] for i in made)  # every one stored derived
        want = {i: quotes.quote_of(text, s, e) for i, (s, e) in made.items()}
        read = {r["id"]: (r["exact"], r["prefix"], r["suffix"])
                for r in project.repo.all_rows("annotation")}
        assert read == want
        in_sql = {r[0]: tuple(r[1:]) for r in project.conn.execute(
            f"SELECT a.id, {quotes.sql('a', 'exact')}, {quotes.sql('a', 'prefix')}, "
            f"{quotes.sql('a', 'suffix')} FROM annotations a")}
        assert in_sql == want
        view = {r[0]: tuple(r[1:]) for r in project.conn.execute(
            "SELECT id, exact, prefix, suffix FROM annotation_quotes")}
        assert view == want
        buf = io.StringIO()
        export(project, "csv", buf)
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert {r["annotation_id"]: r["exact"] for r in rows} == {i: q[0] for i, q in want.items()}
        assert list(rebuild.differences(project.conn)) == []
        report = verify(project)
        assert report.ok, report.problems


_CHILD = textwrap.dedent("""
    import os, signal, sys
    from workbench.core import repo
    from workbench.core.ops import documents
    from workbench.core.project import Project

    write_out = repo.Transaction._write_out_quotes

    def then_die(self, doc_id):
        write_out(self, doc_id)  # the document's derived rows written out in full
        os.kill(os.getpid(), signal.SIGKILL)  # and the power goes before the commit

    repo.Transaction._write_out_quotes = then_die
    with Project.open(sys.argv[1]) as project:
        documents.reimport(project, 1, sys.argv[2])
""")


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_a_writer_killed_between_writing_quotes_out_and_the_new_text(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ids = [ann_ops.annotate_quote(project, doc, "claim", q).result
               for q in ("wounded four troops", "claimed responsibility")]
        path = project.path
    before = stored_rows(path, "SELECT id, typeof(exact), exact, prefix, suffix, start, "
                               '"end", anchor FROM annotations ORDER BY id')
    assert [r[1] for r in before] == ["blob", "blob"]
    text = stored_rows(path, "SELECT text, text_sha256 FROM documents")
    new = tmp_path / "new.txt"
    new.write_text("A wholly new text.\n" + text[0][0].replace("four", "five"),
                   encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(new)], env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert stored_rows(path, "SELECT text, text_sha256 FROM documents") == text
    assert stored_rows(path, "SELECT id, typeof(exact), exact, prefix, suffix, start, "
                             '"end", anchor FROM annotations ORDER BY id') == before
    with Project.open(path) as project:
        report = verify(project)
        assert report.ok, report.problems
        assert [project.repo.get("annotation", i)["exact"] for i in ids] == [
            "wounded four troops", "claimed responsibility"]


def test_a_text_replaced_with_its_hash_behind_the_log_names_the_document_and_each_quote(
        tmp_path):
    """A new text and its own hash written into the row: the text check is satisfied,
    every derived quote would move with the text, and verify still names the document
    (its hash differs from its log) and each derived annotation (its image derives from
    a text the project no longer holds)."""
    import hashlib

    from tests.helpers import raw_connect

    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ids = [ann_ops.annotate_quote(project, doc, "claim", q).result
               for q in ("wounded four troops", "claimed responsibility", "Shelling hits")]
        text = project.repo.get("document", doc)["text"]
        path = project.path
    forged = "Breaking: " + text
    conn = raw_connect(path, isolation_level=None)
    conn.execute("UPDATE documents SET text = ?, text_sha256 = ? WHERE id = ?",
                 (forged, hashlib.sha256(forged.encode("utf-8")).hexdigest(), doc))
    conn.close()
    with Project.open(path) as project:
        assert project.repo.get("annotation", ids[0])["exact"] != "wounded four troops"
        said = verify(project).problems
    assert any(p.startswith(f"document {doc}: its text_sha256 is") for p in said), said
    for ann in ids:
        assert f"annotation {ann}: its last audit entry derives its quote from a document " \
            "text the project no longer holds (the document's text was replaced, or a " \
            "kept text removed, outside the program)." in said, (ann, said)
