"""Derived quotes: an annotation row that stores no quote its document's text gives.

An anchored annotation's ``exact``, ``prefix`` and ``suffix`` are, when it is written,
``auditimage.quote_of(text, start, end)`` of its document's text: the quoted words and
up to 32 characters either side. From schema 20 such a row stores them *derived*:
``exact`` holds a zero-length BLOB (``x''``) and ``prefix`` and ``suffix`` hold ``''``;
every reader puts the three values back from the document's stored text. (A context
column of a derived row holding anything but ``''``, which only a change made outside
the program can store, is read as it stands, so verify names the change.)

Why a BLOB: it is the one stored form no real quote can take (every quote is TEXT, a
zero-length one included), so a genuinely empty quote (a zero-length span) or an empty
context (a span at a text's start or end) is never mistaken for "derived", and a row
whose three real values are all empty is stored as TEXT like any other. A reader that
forgets to derive gets ``b''`` (bytes, not a string) and fails loudly, not silently.

Rules the write path keeps (``repo.Transaction``): a row is stored derived only when it
is ``anchored`` and its document's text is not changed in the same transaction; before
a document's text changes (a re-import, an undo, a removal) every derived row of it is
written out in full, so no quote ever changes under a row. Re-anchored and orphaned
rows keep their quotes in full.

Two readers: Python (:class:`Texts`, used by ``repo`` for whole rows) and SQL
(:func:`sql`, an expression calling ``wb_quote``, registered on every connection the
program opens with :func:`register`; the search index's view and triggers use it). The
view ``annotation_quotes`` (:data:`VIEW`) derives with ``substr`` alone, so the sqlite3
shell and Datasette, which lack the function, still show every quote.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from workbench.core import dbapi
from workbench.core.auditimage import CONTEXT, QUOTE_COLUMNS, Quote, quote_of

FUNCTION = "wb_quote"
# What a derived row stores in exact (prefix and suffix hold '').
MARK = b""
# The index that lets SQL read a document's text hash without walking its text
# (text_sha256 comes after the text in the row: reaching it reads every overflow page).
# Made by migration 20 and by every build of the search index (whose triggers use it).
HASH_INDEX = "documents_text_hash"
HASH_INDEX_SQL = f"CREATE INDEX IF NOT EXISTS {HASH_INDEX} ON documents(id, text_sha256)"
VIEW_NAME = "annotation_quotes"


def derived_sql(alias: str) -> str:
    """SQL true when the row ``alias`` of annotations stores its quote derived."""
    return f"(typeof({alias}.exact) = 'blob' AND length({alias}.exact) = 0)"


def derive_sql(alias: str, col: str) -> str:
    """SQL deriving ``col`` (exact, prefix or suffix) of the annotation row ``alias``
    from its document's stored text, whatever the row stores."""
    # INDEXED BY: the planner takes the rowid, and reaching text_sha256 through the row
    # walks every overflow page of the text before it (a whole 100 MB text per row).
    return (f"{FUNCTION}((SELECT text_sha256 FROM documents INDEXED BY {HASH_INDEX} "
            f"WHERE id = {alias}.doc_id), "
            f'{alias}.doc_id, {alias}.start, {alias}."end", {QUOTE_COLUMNS.index(col)})')


def sql(alias: str, col: str) -> str:
    """SQL for the value of ``col`` (exact, prefix or suffix) of the annotation row
    ``alias`` as readers see it: derived where it is stored derived."""
    return (f"CASE WHEN {_derives(alias, col)} THEN {derive_sql(alias, col)} "
            f"ELSE {alias}.{col} END")


def _derives(alias: str, col: str) -> str:
    """SQL true when ``col`` of the row ``alias`` is read derived: the row is stored
    derived and, for the context, the column holds ''. (The writer stores '' there; a
    context put there by other means is read as it stands, so verify sees it.)"""
    if col == "exact":
        return derived_sql(alias)
    return f"({derived_sql(alias)} AND {alias}.{col} = '')"


def _substr_sql(col: str) -> str:
    """``substr`` over ``d.text`` for one quote column of ``a`` (SQLite counts code
    points, as Python's slices do)."""
    if col == "exact":
        return 'substr(d.text, a.start + 1, a."end" - a.start)'
    if col == "prefix":
        return (f"substr(d.text, max(a.start - {CONTEXT}, 0) + 1, "
                f"a.start - max(a.start - {CONTEXT}, 0))")
    return f'substr(d.text, a."end" + 1, {CONTEXT})'


_VIEW_COLUMNS = ", ".join(
    f"CASE WHEN {_derives('a', c)} THEN {_substr_sql(c)} ELSE a.{c} END AS {c}"
    for c in QUOTE_COLUMNS)
# Every annotation with its quote as readers see it, for tools without wb_quote.
VIEW = (f"CREATE VIEW IF NOT EXISTS {VIEW_NAME} AS SELECT a.id, a.doc_id, a.kind, "
        f'a.start, a."end", {_VIEW_COLUMNS}, a.anchor, a.status, a.fields, a.memo, '
        "a.coder, a.origin, a.created_at, a.modified_at, a.deleted_at, "
        f"{derived_sql('a')} AS derived "
        "FROM annotations a LEFT JOIN documents d ON d.id = a.doc_id")


def derives(conn: Any) -> bool:
    """Whether the file may hold derived quotes: migration 20 made its view (earlier
    migrations, which read rows too, run before its index exists)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?",
                        (VIEW_NAME,)).fetchone() is not None


def stored(row: dict[str, Any], text: str | None) -> tuple[Any, Any, Any]:
    """The (exact, prefix, suffix) an annotation row stores: derived when it is
    anchored and its three values are :func:`quote_of` ``text`` at its span (``text``
    None: its document's text may not be derived from in this write)."""
    values = (row.get("exact"), row.get("prefix", ""), row.get("suffix", ""))
    if (text is not None and row.get("anchor", "anchored") == "anchored"
            and all(v.__class__ is str for v in values)
            and quote_of(text, row.get("start"), row.get("end")) == values):
        return MARK, "", ""
    return values


def is_derived(value: Any) -> bool:
    """Whether a stored ``exact`` (read as text, not in bytes mode) is the mark."""
    return value.__class__ is bytes and not value


# SQLite tells a statement whose SQL function raised only "user-defined function raised
# exception": a text read inside wb_quote or the index's folding that failed (a full
# disk, a write stopped) said nothing of why. The last such failure, per thread.
FUNCTION_RAISED = "user-defined function raised exception"
_FAILED = threading.local()


def forget_read_failure() -> None:
    """Drop the failure a text read noted (a write starting: none of its own yet)."""
    _FAILED.reason = None


def failure_reason(err: BaseException) -> str:
    """Why a statement failed: the database error a text read inside one of its SQL
    functions met, where SQLite names only the function; else ``err``'s own words.
    Kept as words, not the error: its traceback would hold the reader's frames."""
    inner = getattr(_FAILED, "reason", None)
    if inner is None or FUNCTION_RAISED not in str(err):
        return str(err)
    _FAILED.reason = None
    return inner


def _noted(err: BaseException) -> None:
    _FAILED.reason = str(err)  # read inside SQL, the statement says only FUNCTION_RAISED


class Texts:
    """Documents' texts by their hash (a text never changes under its hash, so nothing
    here goes stale), least recently used dropped beyond :data:`HOLD` characters."""

    HOLD = 64_000_000

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._held = 0

    def current(self, doc_id: Any) -> str | None:
        """The document's stored text (None if there is no such document)."""
        # Through the index (see HASH_INDEX): only asked where quotes are derived.
        try:
            row = self._conn.execute(f"SELECT text_sha256 FROM documents INDEXED BY "
                                     f"{HASH_INDEX} WHERE id = ?", (doc_id,)).fetchone()
        except dbapi.DatabaseError as err:
            _noted(err)
            raise
        return None if row is None else self.by_hash(doc_id, row[0])

    def by_hash(self, doc_id: Any, sha: Any) -> str | None:
        """The text of document ``doc_id`` whose recorded hash is ``sha``."""
        if sha.__class__ is bytes:
            sha = sha.decode("utf-8", "replace")
        if sha in self._texts:
            self._texts.move_to_end(sha)
            return self._texts[sha]
        # As bytes, whatever mode the connection reads in: damaged bytes (which verify
        # names) derive replacement characters instead of failing the reader's query.
        try:
            row = self._conn.execute("SELECT CAST(text AS BLOB) FROM documents WHERE id = ? "
                                     "AND text_sha256 = ?", (doc_id, sha)).fetchone()
        except dbapi.DatabaseError as err:
            _noted(err)
            raise
        if row is None or not isinstance(row[0], bytes):
            return None
        text = row[0].decode("utf-8", "replace")
        self._texts[sha] = text
        self._held += len(text)
        while self._held > self.HOLD and len(self._texts) > 1:
            self._held -= len(self._texts.popitem(last=False)[1])
        return text

    def quote(self, doc_id: Any, start: Any, end: Any) -> Quote | None:
        text = self.current(doc_id)
        return None if text is None else quote_of(text, start, end)


def fill(row: dict[str, Any], texts: Texts, held: dict[Any, str | None] | None = None
         ) -> dict[str, Any]:
    """``row`` (an annotation as read) with a derived quote put back, in place; a quote
    that cannot be derived (its span outside the text: damage verify names) reads as
    empty. ``held`` keeps the texts of one read (doc id -> text)."""
    if row.get("exact").__class__ is not bytes or row.get("exact"):
        return row
    doc_id = row.get("doc_id")
    if held is None:
        text = texts.current(doc_id)
    elif doc_id in held:
        text = held[doc_id]
    else:
        text = held[doc_id] = texts.current(doc_id)
    quote = quote_of(text, row.get("start"), row.get("end")) if text is not None else None
    exact, prefix, suffix = quote or ("", "", "")
    # A context stored there (not by the writer, which stores '') is read as it stands,
    # as SQL reads it (_derives): only the text '' is derived, not an empty BLOB.
    row["exact"] = exact
    if row.get("prefix") == "":
        row["prefix"] = prefix
    if row.get("suffix") == "":
        row["suffix"] = suffix
    return row


def register(conn: Any, texts: Texts | None = None) -> None:
    """Make ``wb_quote(text_sha256, doc_id, start, end, part)`` known to ``conn``: part
    0, 1 or 2 of :func:`quote_of` the document's text ('' where it cannot be derived).
    ``texts``: the connection's texts, when another function reads them too (one copy).

    The function holds ``conn`` (it reads the texts), a cycle that closing the
    connection breaks, as every connection the program opens is closed.
    """
    texts = Texts(conn) if texts is None else texts
    last: list[Any] = [None, None]  # the hash and text of the call before (rows in a row)

    def quote(sha: Any, doc_id: Any, start: Any, end: Any, part: int) -> str:
        # Called once per derived value of a whole-table read (an index check, an
        # export): the text of the call before is reused and only the part asked cut.
        if sha != last[0] or sha is None:
            last[0], last[1] = sha, (texts.by_hash(doc_id, sha) if sha is not None
                                     else None)
        text = last[1]
        if text is None or start.__class__ is not int or end.__class__ is not int or not (
                0 <= start <= end <= len(text)):
            return ""
        if part == 0:
            return text[start:end]
        return text[max(0, start - CONTEXT):start] if part == 1 else text[end:end + CONTEXT]

    conn.create_function(FUNCTION, 5, quote, deterministic=False)


def convert(conn: Any) -> int:
    """Store derived every quote that :func:`stored` would (the migration to schema 20,
    inside its transaction), a document at a time; how many rows were converted."""
    n = 0
    for (doc_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        text = row[0] if row is not None and isinstance(row[0], str) else None
        if text is None:
            continue
        todo = [(rowid,) for rowid, start, end, exact, prefix, suffix, anchor
                in conn.execute('SELECT rowid, start, "end", exact, prefix, suffix, anchor '
                                "FROM annotations WHERE doc_id = ?", (doc_id,))
                if stored({"start": start, "end": end, "exact": exact, "prefix": prefix,
                           "suffix": suffix, "anchor": anchor}, text)[0] is MARK]
        conn.executemany("UPDATE annotations SET exact = x'', prefix = '', suffix = '' "
                         "WHERE rowid = ?", todo)
        n += len(todo)
    return n
