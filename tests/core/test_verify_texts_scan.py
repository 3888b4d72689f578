"""The quote check reads the annotations of the documents whose texts it holds in one
pass in table order, the rest a document at a time (issue 15): the same sentences, in
the same order (document by document, a document's hash before its quotes), and the
same count, whichever way each document was read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc, make_project, quotes_in_full, raw_connect
from workbench.core import verify as verify_module
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.project import Project
from workbench.core.verify import verify

QUOTES = ("wounded four troops", "killed", "civilians", "market")


@pytest.fixture(scope="module")
def tampered(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("scan")
    with make_project(folder) as project:
        docs = [add_doc(project, f"{REPORT}\nCopy {n}.\n", f"r{n}.txt") for n in range(4)]
        anns: dict[tuple[int, str], str] = {}
        for q in QUOTES:  # rows of all four documents interleaved in the table
            for d in docs:
                anns[d, q] = ann_ops.annotate_quote(project, d, "casualty", q).result
        doc_ops.trash_document(project, docs[3])
        path = project.path
        # Room for the first document's text only: read with the scan, the others alone.
        first_text = project.conn.execute("SELECT text FROM documents WHERE id = ?",
                                          (docs[0],)).fetchone()[0]
        one_text = sys.getsizeof(first_text) + 16
    conn = raw_connect(path, isolation_level=None)
    moved = [anns[docs[0], "killed"], anns[docs[2], "wounded four troops"],
             anns[docs[2], "market"], anns[docs[3], "killed"]]  # the last one trashed
    # Their quotes stored in full (as re-anchored rows' are): a derived one follows its span.
    quotes_in_full(conn, moved)
    for ann in moved:
        conn.execute("UPDATE annotations SET start = start + 1 WHERE id = ?", (ann,))
    conn.execute("UPDATE annotations SET exact = CAST(x'c3' AS TEXT) WHERE id = ?",
                 (anns[docs[2], "killed"],))
    conn.execute("UPDATE documents SET text_sha256 = ? WHERE id = ?", ("0" * 64, docs[1]))
    conn.close()
    return {"path": path, "docs": docs, "moved": moved, "one_text": one_text}


def _report(tampered: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            held: int) -> tuple[list[str], int]:
    path = tmp_path / f"copy-{held}.wbproj"
    path.write_bytes(tampered["path"].read_bytes())
    monkeypatch.setattr(verify_module, "TEXTS_HELD", held)
    with Project.open(path, read_only=True) as project:
        report = verify(project)
    return report.problems, report.annotations


def test_each_way_of_reading_gives_the_same_report(tampered, tmp_path, monkeypatch):
    scanned, counted = _report(tampered, tmp_path, monkeypatch, 64 << 20)
    assert _report(tampered, tmp_path, monkeypatch, 0) == (scanned, counted)
    assert _report(tampered, tmp_path, monkeypatch, tampered["one_text"]) == (scanned, counted)
    # Three live documents of four annotations; the damaged quote is not compared.
    assert counted == 3 * len(QUOTES) - 1
    quotes = [p for p in scanned if "differs from its quote" in p]
    first, _, third, trashed = tampered["moved"]
    assert [p.split(":")[0] for p in quotes] == [f"annotation {a}" for a in
                                                 tampered["moved"][:3]]
    assert not any(trashed in p for p in quotes)  # a trashed document's quotes are not read
    hash_at = scanned.index(f"document {tampered['docs'][1]}: its text no longer matches "
                            "its hash")
    assert scanned.index(quotes[0]) < hash_at < scanned.index(quotes[1])
    assert first in quotes[0] and third in quotes[2]
