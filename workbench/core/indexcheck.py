"""The search index compared with the texts it was built from.

Every live annotation and document should have its index row under its key, holding the
folded body the program writes (``repo.annotation_index_body``,
``repo.document_index_entries``); a long document has one row per segment instead
(``segments``); trashed ones none. A long document indexed before segments existed, as
one row, is still accepted when that row holds its whole folded text. A row whose body
differs (poisoned: a search would find the item for words it does not hold), a missing
row, a row under a key that names nothing, or a row no key points to is a finding.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from workbench.core import dbapi, rawread, repo
from workbench.core.segments import is_segmented


@dataclass(frozen=True)
class IndexFinding:
    """One index entry that does not match what the program would have written."""

    key: str  # "d:<doc id>" or "a:<annotation id>"; "" for a row without a key
    rowid: int | None
    problem: str  # the sentence
    body: str | None = None  # the body that belongs there, None if no row should


def findings(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    """Every mismatch between the index and the stored documents and annotations."""
    segments = rawread.segment_keys(conn)
    for raw in rawread.document_index(conn):
        row, bad = rawread.decode(raw)
        if bad or row is None:
            segments.pop(raw["id"], None)
            continue  # damaged bytes are reported by verify itself
        yield from _document(conn, row, segments.pop(row["id"], {}))
    yield from _annotations(conn)
    for key, rowid in rawread.stray_index_keys(conn):
        yield IndexFinding(key, rowid, f"search index: the entry under {key!r} belongs to "
                           "no stored document or annotation (added outside the program).")
    for rowid, doc_id, ann_id in rawread.unkeyed_index_rows(conn):
        what = f"annotation {ann_id}" if ann_id else f"document {doc_id}"
        yield IndexFinding("", rowid, f"search index: row {rowid}, naming {what}, was added "
                           "outside the program (no key points to it).")


_FIELDS_AT = (rawread.ANNOTATION_INDEX.index("fields"),)


def _annotations(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    """Each annotation's index row against its folded quote, field values and memo.

    Read with text as ``str`` (SQLite decodes it in C): a sound row is settled by one
    comparison. A row whose bytes are not UTF-8 stops that read; it is read again as
    bytes, checked (:func:`_annotation`) and the read goes on after it. The findings
    are gathered first, so the read's text mode never outlives it.
    """
    found: list[IndexFinding] = []
    after: int | None = None
    where = rawread.index_rows_table(conn)
    with rawread.str_mode(conn):
        while True:
            try:
                for values in rawread.annotation_index(conn, after, index_rows=where):
                    (ann_id, doc_id, exact, fields, memo, trashed, rowid, body, i_doc,
                     i_ann, i_field, after) = values
                    if (not trashed and rowid is not None and body is not None
                            and fields.__class__ is str
                            and exact.__class__ is str and memo.__class__ is str
                            and i_field == "annotation" and i_ann == ann_id
                            and i_doc == doc_id):
                        try:
                            parsed = rawread.loads(fields) if fields else None
                        except ValueError:
                            continue  # damaged: reported by verify itself
                        if ((parsed is None or parsed.__class__ is dict)
                                and body == repo.annotation_body(exact, parsed, memo)):
                            continue  # the usual case, settled without building the row
                    found.extend(_annotation(values[:-1]))
                break
            except dbapi.OperationalError:
                # The next row holds text that is not UTF-8 (else the error is real and
                # reading it as bytes raises it again).
                with rawread.bytes_mode(conn):
                    damaged = next(rawread.annotation_index(conn, after, index_rows=where),
                                   None)
                if damaged is None:
                    raise
                after = damaged[-1]
                found.extend(_annotation(damaged[:-1]))
    yield from found


def _annotation(raw: tuple[Any, ...]) -> Iterator[IndexFinding]:
    """One annotation's index row checked from its values as read (text or bytes)."""
    try:
        values = rawread.decode_values(raw, _FIELDS_AT)
    except ValueError:
        return  # damaged bytes are reported by verify itself
    ann_id, doc_id, exact, fields, memo, trashed, rowid, body, *identity = values
    expected = None if trashed else repo.annotation_body(exact, fields, memo)
    if (expected is not None and rowid is not None and body == expected
            and identity == [doc_id, ann_id, "annotation"]):
        return
    row = dict(zip(rawread.ANNOTATION_INDEX, values, strict=True))
    yield from _compare(f"a:{ann_id}", f"annotation {ann_id}", row, expected,
                        (doc_id, ann_id, "annotation"))


def _document(conn: sqlite3.Connection, row: dict, segs: dict[str, int]
              ) -> Iterator[IndexFinding]:
    """A document's index rows (one, or its segments ``segs``) against its text."""
    doc_id, label, identity = row["id"], f"document {row['id']}", (row["id"], None, "text")
    if row["trashed"]:
        yield from _compare(f"d:{doc_id}", label, row, None, identity)
        for key, rowid in segs.items():
            yield from _compare(key, label, rawread.index_row(conn, rowid), None, identity)
        return
    title = row.get("title") or ""
    if not segs and row["rowid"] is not None and is_segmented(title, row["text"]):
        # Indexed as one row before segments existed: still right if it holds the text.
        yield from _compare(f"d:{doc_id}", label, row, repo.document_index_body(row), identity)
        return
    for key, body in repo.document_index_entries(row):
        stored = row if key == f"d:{doc_id}" else (
            rawread.index_row(conn, segs.pop(key)) if key in segs else {"rowid": None})
        yield from _compare(key, label if stored is row else f"{label} ({key})", stored,
                            body, identity)
    if is_segmented(title, row["text"]) and row["rowid"] is not None:
        yield IndexFinding(f"d:{doc_id}", row["rowid"], f"{label}: it is indexed in "
                           "segments but also has a whole-document index entry.")
    for key, rowid in segs.items():
        yield IndexFinding(key, rowid, f"{label}: the search index entry under {key!r} "
                           "is not one of its segments (added outside the program).")


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
