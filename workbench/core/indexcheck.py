"""The search index compared with the texts it was built from.

Every live document and annotation should have exactly one index row, under its key,
holding the folded body the program writes (``repo.document_index_body`` and
``repo.annotation_index_body``); trashed ones none. A row whose body differs (poisoned:
a search would find the item for words it does not hold), a missing row, a row under a
key that names nothing, or a row no key points to is a finding.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.core import rawread
from workbench.core.repo import annotation_index_body, document_index_body


@dataclass(frozen=True)
class IndexFinding:
    """One index entry that does not match what the program would have written."""

    key: str  # "d:<doc id>" or "a:<annotation id>"; "" for a row without a key
    rowid: int | None
    problem: str  # the sentence
    body: str | None = None  # the body that belongs there, None if no row should


def findings(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    """Every mismatch between the index and the stored documents and annotations."""
    for raw in rawread.document_index(conn):
        row, bad = rawread.decode(raw)
        if bad or row is None:
            continue  # damaged bytes are reported by verify itself
        expected = None if row["trashed"] else document_index_body(row)
        yield from _compare(f"d:{row['id']}", f"document {row['id']}", row, expected,
                            (row["id"], None, "text"))
    for raw in rawread.annotation_index(conn):
        row, bad = rawread.decode(raw)
        if bad or row is None:
            continue
        expected = None if row["trashed"] else annotation_index_body(row)
        yield from _compare(f"a:{row['id']}", f"annotation {row['id']}", row, expected,
                            (row["doc_id"], row["id"], "annotation"))
    for key, rowid in rawread.stray_index_keys(conn):
        yield IndexFinding(key, rowid, f"search index: the entry under {key!r} belongs to "
                           "no stored document or annotation (added outside the program).")
    for rowid, doc_id, ann_id in rawread.unkeyed_index_rows(conn):
        what = f"annotation {ann_id}" if ann_id else f"document {doc_id}"
        yield IndexFinding("", rowid, f"search index: row {rowid}, naming {what}, was added "
                           "outside the program (no key points to it).")


def _compare(key: str, label: str, row: dict, expected: str | None,
             identity: tuple) -> Iterator[IndexFinding]:
    rowid = row["rowid"]
    if expected is None:
        if rowid is not None:
            yield IndexFinding(key, rowid, f"{label}: it is in the trash but still has a "
                               "search index entry.")
        return
    if rowid is None:
        yield IndexFinding(key, None, f"{label}: its search index entry is missing, so "
                           "searches cannot find it.", expected)
    elif row["body"] is None:
        yield IndexFinding(key, rowid, f"{label}: its search index key points to no index "
                           "row, so searches cannot find it.", expected)
    elif row["body"] != expected or (row["i_doc"], row["i_ann"], row["i_field"]) != identity:
        yield IndexFinding(key, rowid, f"{label}: its search index entry does not match its "
                           "text (the index was changed outside the program).", expected)
