"""Quote marks: an annotation image's quote and context as derived from its document.

A new annotation's ``exact``, ``prefix`` and ``suffix`` are ``text[start:end]`` and up
to ``auditimage.CONTEXT`` characters either side of it. From schema 15 an array image stores
the three as ``true`` when they are exactly that (``auditimage``), and a reader puts the
values back from *the document's text as the log states it at that entry*: the text
whose hash (``text_sha256``) the newest own audit entry of the document before this one
records. That is the document's stored text while its hash is still that one; a text
replaced since (a re-import, an undo) was kept in ``past_texts`` under its hash when it
was replaced (``repo.Transaction._record``), and ``verify`` checks each kept text
against its hash. The writer marks only where the document is not changed in the same
transaction and its stored hash is the one its log states, so every mark it writes
can be read back this way.

This module holds no SQL of the tables but the few reads the derivation needs.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections import OrderedDict
from typing import Any

from workbench.core import auditimage, logcodes


def logged_text_hash(conn: sqlite3.Connection, doc_id: Any, before_seq: int | None = None
                     ) -> str | None:
    """The ``text_sha256`` the newest own audit entry of document ``doc_id`` records
    (before ``before_seq`` when given); None if no such entry records one."""
    sql = (f"SELECT after, at FROM audit WHERE {logcodes.entity_in('document')} AND "
           "entity_id = CAST(? AS TEXT) AND merged_from IS NULL")
    params: list[Any] = [doc_id]
    if before_seq is not None:
        sql += " AND seq < ?"
        params.append(before_seq)
    row = conn.execute(sql + " ORDER BY seq DESC LIMIT 1", params).fetchone()
    if row is None or row[0] is None:
        return None
    try:
        image = auditimage.decode(_str(row[0]), "id", doc_id, _document_layout(conn),
                                  at=_str(row[1]))
    except ValueError:
        return None
    value = image.get("text_sha256")
    return value if isinstance(value, str) else None


def _document_layout(conn: sqlite3.Connection) -> auditimage.Layout:
    return auditimage.layout(conn, "documents", "id", {"text"})


def _str(value: Any) -> Any:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class DocTexts:
    """The texts quote marks derive from, read as entries ask for them.

    Keeps the texts read, least recently used dropped first beyond :data:`HOLD`
    characters (entries of a bulk write alternate between documents, so one text at a
    time would read a text per entry), and each document's logged text hashes by seq
    (a few entries a document), read once.
    """

    HOLD = 64_000_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._texts: OrderedDict[str, str] = OrderedDict()  # by hash, oldest use first
        self._held = 0
        self._hashes: dict[Any, tuple[list[int], list[str | None]]] = {}

    def logged_hash(self, doc_id: Any, seq: int) -> str | None:
        """:func:`logged_text_hash` of ``doc_id`` before ``seq``, from the cache."""
        if doc_id not in self._hashes:
            self._hashes[doc_id] = self._history(doc_id)
        seqs, hashes = self._hashes[doc_id]
        at = bisect.bisect_left(seqs, seq)
        return hashes[at - 1] if at else None

    def _history(self, doc_id: Any) -> tuple[list[int], list[str | None]]:
        seqs: list[int] = []
        hashes: list[str | None] = []
        layout = _document_layout(self._conn)
        for seq, after, at in self._conn.execute(
                f"SELECT seq, after, at FROM audit WHERE {logcodes.entity_in('document')} "
                "AND entity_id = CAST(? AS TEXT) AND merged_from IS NULL ORDER BY seq",
                (doc_id,)):
            value = None
            if after is not None:
                try:
                    image = auditimage.decode(_str(after), "id", doc_id, layout, at=_str(at))
                    value = image.get("text_sha256")
                except ValueError:
                    pass
            seqs.append(int(seq))
            hashes.append(value if isinstance(value, str) else None)
        return seqs, hashes

    def text_at(self, doc_id: Any, seq: int) -> str | None:
        """The text of document ``doc_id`` as the log states it at entry ``seq``; None
        when the project no longer holds it."""
        wanted = self.logged_hash(doc_id, seq)
        if wanted is None:
            return None
        if wanted in self._texts:
            self._texts.move_to_end(wanted)
            return self._texts[wanted]
        row = self._conn.execute("SELECT text FROM documents WHERE id = ? AND "
                                 "text_sha256 = ?", (doc_id, wanted)).fetchone()
        if row is None:
            row = self._conn.execute("SELECT text FROM past_texts WHERE sha256 = ?",
                                     (wanted,)).fetchone()
        if row is None:
            return None
        text = _str(row[0])
        self._texts[wanted] = text
        self._held += len(text)
        while self._held > self.HOLD and len(self._texts) > 1:
            self._held -= len(self._texts.popitem(last=False)[1])
        return text

    def quote(self, doc_id: Any, seq: int, start: Any, end: Any) -> auditimage.Quote | None:
        """The values the quote marks of entry ``seq`` stand for; None if not derivable."""
        text = self.text_at(doc_id, seq)
        return None if text is None else auditimage.quote_of(text, start, end)

    def deriver(self, seq: Any) -> auditimage.Derive:
        """What :func:`auditimage.decode` calls for the quote marks of entry ``seq``."""
        return lambda doc_id, start, end: self.quote(doc_id, int(seq), start, end)


def annotation_layout(conn: sqlite3.Connection) -> auditimage.Layout:
    return auditimage.layout(conn, "annotations", "id", {"text"})


def unquoted(row: dict[str, Any], cols: auditimage.Layout, texts: DocTexts
             ) -> dict[str, Any]:
    """An audit row as stored, its images' quote marks written out from ``texts`` (the
    project the row was written in; ``cols``: its :func:`annotation_layout`): what a
    merge carries to another project, whose documents the marks do not name. Carried
    rows (``merged_from``) hold none."""
    if row.get("entity") != "annotation" or row.get("merged_from"):
        return row
    derive = texts.deriver(row["seq"])
    return {**row, **{side: auditimage.without_quote_marks(row.get(side), cols, derive)
                      for side in ("before", "after")}}


class WriteTexts:
    """The texts a write may derive quote marks from: per document, its stored text
    when the document is not changed in this write and its stored hash is the one its
    log states (so a reader finds the same text, :meth:`DocTexts.text_at`)."""

    # Above this many characters held, the texts read are dropped (a write over many
    # huge documents reads some again rather than hold them all).
    HOLD = 50_000_000

    def __init__(self, conn: sqlite3.Connection, changed: set[str]) -> None:
        self._conn = conn
        self._changed = changed  # ids (as text) of the documents this write changes
        self._texts: dict[Any, str | None] = {}
        self._held = 0

    def quote(self, image: dict[str, Any] | None) -> auditimage.Quote | None:
        """:func:`auditimage.quote_of` the text an annotation image may derive from."""
        if image is None:
            return None
        doc_id = image.get("doc_id")
        if doc_id.__class__ is not int or str(doc_id) in self._changed:
            return None
        if doc_id not in self._texts:
            if self._held > self.HOLD:
                self._texts.clear()
                self._held = 0
            self._texts[doc_id] = self._read(doc_id)
            self._held += len(self._texts[doc_id] or "")
        text = self._texts[doc_id]
        return None if text is None else auditimage.quote_of(text, image.get("start"),
                                                             image.get("end"))

    def _read(self, doc_id: int) -> str | None:
        row = self._conn.execute("SELECT text, text_sha256 FROM documents WHERE id = ?",
                                 (doc_id,)).fetchone()
        if row is None or row[1] != logged_text_hash(self._conn, doc_id):
            return None
        return row[0] if isinstance(row[0], str) else None
