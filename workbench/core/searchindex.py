"""The full-text index, built from the rows it indexes instead of holding a copy of them.

``search`` is an FTS5 table with *external content* (schema 16): it keeps only the
index (terms, positions, each row's token count), never the folded text itself. What
it indexes is the view ``search_source``:

- an annotation's row has the annotation's own rowid, and its body is
  ``wb_search_body(exact, fields, memo)``: a SQL function, registered on every
  connection the program opens (:func:`register`), that folds the quote, field values
  and memo (:func:`annotation_body`; FTS5's tokenizer cannot fold Arabic letter
  variants, so the folding stays in Python);
- a document's rows (its whole text, or its segments: see ``segments``) are kept in
  ``search_documents`` under negative rowids (:func:`doc_rid`): a few hundred rows,
  which keeps a huge document's segments cheap to index and to check.

Triggers keep the index in step inside the transaction of every write: an annotation
written, edited, trashed, restored or deleted (``search_annotation_*``), and a
``search_documents`` row added or removed (the write path replaces a document's rows:
those of the documents a write changed together at its end, :func:`replace_documents`,
a long document's segments at once, :func:`replace_document`).
An update or delete tells FTS5 the old body, recomputed from the old row by the same
function, so what is removed is exactly what was added.

A program without the function (the sqlite3 shell, Datasette) can read every table and
run MATCH queries on rowids and ranks; reading the index's ``body`` column or writing an
annotation fails with "no such function" and changes nothing, so such a tool cannot put
the index out of step. ``FOLD_VERSION`` is stored in ``meta``: a Workbench whose
folding differs rebuilds the index when it opens the project, before any write, since
an update would otherwise remove terms the old folding never wrote.
"""

from __future__ import annotations

import itertools
import json
import operator
import sqlite3
import threading
from collections.abc import Callable, Iterable
from typing import Any

from workbench.core import quotes
from workbench.core.segments import document_entries
from workbench.core.textnorm import fold_for, normalise

# Bump when ``normalise`` or the annotation body changes what the index holds.
# 2: Persian/Urdu yeh, kaf and heh forms and Arabic-Indic digits folded (textnorm).
# 3: a hamza on a ya or waw seat (ئ ؤ) folded to the bare hamza ء (textnorm).
# 4: a ya written before a hamza on the line as its seat (شاطىء, شيء/شئ) dropped.
# Each version's folding stays in textnorm.FOLDINGS, for a read-only open of its index.
FOLD_VERSION = "4"
# Said before the rebuild a new FOLD_VERSION brings (``ensure_current``): say what it adds.
REBUILD_SENTENCE = ("Rebuilding the search index once for this version's folding (the "
                    "hamza on a ya or waw seat, and on a ya in the older spelling, "
                    "Persian and Urdu letter forms, "
                    "Arabic-Indic digits): a large project takes a minute or more; "
                    "stopping it leaves the project as it was.")
FOLD_META = "search_fold"
FUNCTION = "wb_search_body"
# Segment rows lie below -SEGMENT_BASE; whole-document rows between it and 0 (-doc id).
SEGMENT_BASE = 1 << 42
_SEGMENT_BITS = 20
TOKENIZE = "unicode61 remove_diacritics 2"

# A derived quote (schema 20, ``quotes``) is read through wb_quote; a stored one as a
# blob, so damaged bytes fold instead of failing the statement.
_EXACT = (f"CASE WHEN {quotes.derived_sql('{0}')} THEN {quotes.derive_sql('{0}', 'exact')} "
          "ELSE CAST({0}.exact AS BLOB) END")
_BODY = f"{FUNCTION}({_EXACT}, CAST({{0}}.fields AS BLOB), CAST({{0}}.memo AS BLOB))"
# Name -> SQL of every schema object the index is made of, in creation order.
OBJECTS: dict[str, str] = {
    "search_documents": "CREATE TABLE search_documents (\n"
                        "    rid INTEGER PRIMARY KEY,  -- see doc_rid\n"
                        "    body TEXT NOT NULL)",
    "search_source": "CREATE VIEW search_source(rid, body) AS\n"
                     f"    SELECT a.rowid, {_BODY.format('a')} FROM annotations a\n"
                     "    WHERE a.deleted_at IS NULL\n"
                     "    UNION ALL SELECT rid, body FROM search_documents",
    "search": "CREATE VIRTUAL TABLE search USING fts5(body, content='search_source', "
              f"content_rowid='rid', tokenize='{TOKENIZE}')",
    "search_annotation_insert": (
        "CREATE TRIGGER search_annotation_insert AFTER INSERT ON annotations\n"
        "WHEN new.deleted_at IS NULL BEGIN\n"
        f"    INSERT INTO search(rowid, body) VALUES (new.rowid, {_BODY.format('new')});\n"
        "END"),
    "search_annotation_update": (
        "CREATE TRIGGER search_annotation_update\n"
        "AFTER UPDATE OF exact, start, \"end\", fields, memo, deleted_at ON annotations BEGIN\n"
        "    INSERT INTO search(search, rowid, body)\n"
        f"        SELECT 'delete', old.rowid, {_BODY.format('old')}\n"
        "        WHERE old.deleted_at IS NULL;\n"
        "    INSERT INTO search(rowid, body)\n"
        f"        SELECT new.rowid, {_BODY.format('new')} WHERE new.deleted_at IS NULL;\n"
        "END"),
    "search_annotation_delete": (
        "CREATE TRIGGER search_annotation_delete AFTER DELETE ON annotations\n"
        "WHEN old.deleted_at IS NULL BEGIN\n"
        "    INSERT INTO search(search, rowid, body)\n"
        f"        VALUES ('delete', old.rowid, {_BODY.format('old')});\n"
        "END"),
    "search_document_insert": (
        "CREATE TRIGGER search_document_insert AFTER INSERT ON search_documents BEGIN\n"
        "    INSERT INTO search(rowid, body) VALUES (new.rid, new.body);\n"
        "END"),
    "search_document_delete": (
        "CREATE TRIGGER search_document_delete AFTER DELETE ON search_documents BEGIN\n"
        "    INSERT INTO search(search, rowid, body) VALUES ('delete', old.rid, old.body);\n"
        "END"),
    "search_document_update": (
        "CREATE TRIGGER search_document_update AFTER UPDATE ON search_documents BEGIN\n"
        "    INSERT INTO search(search, rowid, body) VALUES ('delete', old.rid, old.body);\n"
        "    INSERT INTO search(rowid, body) VALUES (new.rid, new.body);\n"
        "END"),
}
TRIGGERS = tuple(n for n in OBJECTS if OBJECTS[n].startswith("CREATE TRIGGER"))
# The view read whole, in two parts each in ascending rowid order: FTS5 writes out the
# terms it holds as a new segment each time a rowid comes lower than the one before,
# and the view read in one statement takes the annotations in the order of their
# partial index of live rows (by document): 202 segments instead of 8 at 100,000
# annotations (the words every document shares written again in each, then merged
# 16 at a time), a third more CPU to build an index. The bound on rid makes SQLite
# walk the table by its rowid; every row is in exactly one part (an annotation moved
# to rowid 0 or below included).
SOURCE_IN_ROWID_ORDER = tuple(f"SELECT rid, body FROM main.search_source WHERE {bound}"
                              for bound in ("rid <= 0", "rid > 0"))

# The view's rows as SOURCE_IN_ROWID_ORDER reads them, the same bodies from one Python
# call per annotation (:func:`_index_body`) where the view makes two (wb_quote, then
# wb_search_body, with a lookup of the document's text hash in between): for the index
# check, which folds every annotation (0.85-0.94 s -> 0.44-0.61 s of CPU at 100,000
# annotations, the bodies read alone). The first value bound is a number for the read
# (:func:`new_read`): the documents' texts are held by id for that read only. A derived
# quote comes as NULL, a stored one as a blob (a NULL stored there as x'', which folds
# as the view folds it: to ''), fields and memo as blobs, as the view passes them, so
# damaged bytes fold as they fold there.
INDEX_BODY = "wb_index_body"
_INDEX_BODY_SQL = (f"{INDEX_BODY}(?, a.doc_id, a.start, a.\"end\", "
                   f"CASE WHEN {quotes.derived_sql('a')} THEN NULL "
                   "ELSE coalesce(CAST(a.exact AS BLOB), x'') END, "
                   "CAST(a.fields AS BLOB), CAST(a.memo AS BLOB))")
BODIES_IN_ROWID_ORDER = tuple(
    f"SELECT a.rowid, {_INDEX_BODY_SQL} FROM main.annotations a "
    f"WHERE a.deleted_at IS NULL AND a.rowid {bound} "
    f"UNION ALL SELECT rid, body FROM main.search_documents WHERE rid {bound}"
    for bound in ("<= 0", "> 0"))
_READS = itertools.count(1)


def new_read() -> int:
    """The first value to bind in :data:`BODIES_IN_ROWID_ORDER` for one whole read:
    texts held by an earlier read are not trusted in it (the documents may have
    changed since)."""
    return next(_READS)


# ---------------------------------------------------------------- the fold function
def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


_SCAN_JSON = json.JSONDecoder().raw_decode


def field_words(fields: dict[str, Any] | None) -> str:
    """An annotation's field values as its body holds them, in the fields' order."""
    return " ".join([str(v) for v in (fields or {}).values() if v is not None])


def joined_body(exact: str, words: str, memo: str | None) -> str:
    """The folded body of a quote, its :func:`field_words` and its memo."""
    body = " ".join((exact, words, memo or ""))
    # Once per annotation of every index build and check: ASCII (most bodies) folds to
    # its lower case, as ``normalise`` folds it, without its two calls.
    return body.lower() if body.isascii() else normalise(body)


def annotation_body(exact: str, fields: dict[str, Any] | None, memo: str | None) -> str:
    """What the index holds for an annotation: folded quote, field values, memo."""
    return joined_body(exact, field_words(fields), memo)


# Stored fields value -> its field_words. Many annotations repeat another's fields (a
# place, a date, a claimant), and a check or a rebuild folds every annotation, so each
# distinct value is parsed once. Bounded: emptied when full (a few MB at most).
_WORDS: dict[Any, str] = {}
_WORDS_MAX = 8192


def _words_of(fields: Any) -> str:
    f = _text(fields)
    try:
        parsed, end = _SCAN_JSON(f)
        if end != len(f):
            parsed = json.loads(f)  # whitespace after the value, or more than one
    except ValueError:
        parsed = None  # damaged: verify names the row itself
    return field_words(parsed if parsed.__class__ is dict else None)


def body(exact: Any, fields: Any, memo: Any) -> str:
    """:func:`annotation_body` of an annotation stored with these three values.

    They come as blobs (CAST in the SQL), so damaged bytes fold to replacement
    characters instead of failing the statement: a check still runs to its end. This
    runs once per annotation in a rebuild or a check, so the usual case (sound UTF-8,
    fields seen before) takes the shortest path.
    """
    if _TALLIES and (tally := _TALLIES.get(threading.get_ident())) is not None:
        tally.tick()
    try:
        # A derived quote (wb_quote's, text) comes as str, a stored one as a blob:
        # both without an exception, which would cost as much as the folding.
        e = exact if exact.__class__ is str else exact.decode()
        m = memo.decode()
    except (AttributeError, UnicodeDecodeError):
        e, m = _text(exact), _text(memo)
    return joined_body(e, _fields_words(fields), m)


def _fields_words(fields: Any) -> str:
    """The searchable words of a fields value, kept per distinct value: most rows share
    their fields with many others (the same kind, outcome and precision)."""
    words = _WORDS.get(fields)
    if words is None:
        words = _words_of(fields)
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        _WORDS[fields] = words
    return words


def _index_body(texts: quotes.Texts) -> Callable[..., str]:
    """``wb_index_body(read, doc_id, start, end, exact, fields, memo)``: what
    ``wb_search_body`` gives for the row, its derived quote (``exact`` NULL) cut from
    the document's text as ``wb_quote`` cuts it, in one call."""
    held: dict[Any, str | None] = {}  # doc id -> text (None: none to derive from)
    state = [0, 0]  # the read the texts were held for, characters held

    def index_body(read: int, doc_id: Any, start: Any, end: Any, exact: Any, fields: Any,
                   memo: Any) -> str:
        # Once per annotation of an index check or rebuild: the usual row (a derived
        # quote, fields seen before, sound bytes) takes the shortest path.
        if _TALLIES and (tally := _TALLIES.get(threading.get_ident())) is not None:
            tally.tick()  # a rebuild telling its progress (_fts_rebuild_counted)
        if exact is None:
            if read != state[0]:
                held.clear()
                state[0], state[1] = read, 0
            text = held.get(doc_id, held)
            if text is held:
                # The lookup wb_quote's SQL and the function make (text hash, then the
                # text under that hash), once per document and read.
                text = texts.current(doc_id)
                if state[1] > texts.HOLD:  # bounded as ``texts`` is
                    held.clear()
                    state[1] = 0
                held[doc_id] = text
                state[1] += len(text or "")
            try:
                # wb_quote's test: whole numbers (a float or a string raises TypeError
                # in the comparison or the slice), within the text (None: no text).
                e = text[start:end] if 0 <= start <= end <= len(text) else ""
            except TypeError:
                e = ""
        else:
            try:
                e = exact.decode()
            except UnicodeDecodeError:
                e = _text(exact)
        try:
            m = memo.decode()
        except (AttributeError, UnicodeDecodeError):
            m = _text(memo)
        return joined_body(e, _fields_words(fields), m)  # the one folding, as wb_search_body's

    return index_body


def register(conn: Any) -> None:
    """Make ``wb_search_body``, ``wb_index_body`` and ``wb_quote`` (``quotes``) known to
    ``conn`` (either SQLite build); the two that derive quotes share the texts held."""
    texts = quotes.Texts(conn)
    conn.create_function(FUNCTION, 3, body, deterministic=True)
    conn.create_function(INDEX_BODY, 7, _index_body(texts), deterministic=False)
    quotes.register(conn, texts)


# ---------------------------------------------------------------- row ids
def doc_rid(doc_id: int, segment: int | None = None) -> int:
    """The index rowid of a document's whole-text row, or of its segment ``segment``."""
    if segment is None:
        return -doc_id
    return -(SEGMENT_BASE + (doc_id << _SEGMENT_BITS) + segment)


def doc_of(rid: int) -> int:
    """The document an index rowid below zero belongs to."""
    r = -rid
    return r if r < SEGMENT_BASE else (r - SEGMENT_BASE) >> _SEGMENT_BITS


def key_of(rid: int) -> str:
    """The ``segments`` key of a document's index rowid: ``d:{id}`` or ``d:{id}:{n}``."""
    r = -rid
    if r < SEGMENT_BASE:
        return f"d:{r}"
    r -= SEGMENT_BASE
    return f"d:{r >> _SEGMENT_BITS}:{r & ((1 << _SEGMENT_BITS) - 1)}"


def rid_of_key(key: str) -> int:
    """The rowid of a ``segments`` key: ``d:{id}`` or ``d:{id}:{n}``."""
    parts = key.split(":")
    return doc_rid(int(parts[1]), int(parts[2]) if len(parts) > 2 else None)


def doc_rid_bounds(doc_id: int) -> tuple[int, int]:
    """The rowid range holding all of a document's segment rows (inclusive)."""
    return doc_rid(doc_id, (1 << _SEGMENT_BITS) - 1), doc_rid(doc_id, 0)


def entries(doc_id: int, title: str, text: Any) -> Iterable[tuple[int, str]]:
    """(rowid, folded body) of each index row of a live document, one at a time."""
    for key, folded in document_entries(doc_id, title, text):
        yield rid_of_key(key), folded


# ---------------------------------------------------------------- writing
def replace_document(conn: sqlite3.Connection, doc_id: int, title: str | None,
                     text: Any) -> None:
    """Replace a document's index rows; ``text`` None (trashed, deleted) leaves none.
    The triggers on ``search_documents`` bring the index along."""
    low, high = doc_rid_bounds(doc_id)
    conn.execute("DELETE FROM search_documents WHERE rid = ? OR rid BETWEEN ? AND ?",
                 (doc_rid(doc_id), low, high))
    if text is None:
        return
    # One row at a time: FTS5 flushes its terms between rows, so a huge document never
    # has its whole index built in memory at once.
    for rid, folded in entries(doc_id, title or "", text):
        conn.execute("INSERT INTO search_documents(rid, body) VALUES (?, ?)", (rid, folded))


def replace_documents(conn: sqlite3.Connection,
                      docs: dict[int, tuple[str | None, str] | None]) -> None:
    """:func:`replace_document` for many documents indexed in one row each (doc id ->
    (title, text), None for one trashed or gone), in a few statements instead of two a
    document: FTS5 writes out the terms it holds as a new segment at the start of every
    statement that writes it through a trigger (a savepoint), and whenever a rowid comes
    lower than the one before. The old rows go in one statement, the new ones in
    :func:`add_documents`' (one a few MB of text), both in ascending rowid order."""
    ids = sorted(docs, reverse=True)  # a document's rowid is minus its id
    ranges = [span for doc_id in ids
              for span in ((doc_rid(doc_id), doc_rid(doc_id)), doc_rid_bounds(doc_id))]
    conn.execute("DELETE FROM search_documents WHERE rid IN (SELECT s.rid FROM json_each(?) "
                 "j JOIN search_documents s ON s.rid BETWEEN j.value->>0 AND j.value->>1)",
                 (json.dumps(ranges),))
    add_documents(conn, ((doc_id, *docs[doc_id]) for doc_id in ids  # type: ignore[misc]
                         if docs[doc_id] is not None))


def add_documents(conn: sqlite3.Connection, rows: Iterable[tuple[int, str | None, Any]],
                  bodies: Iterable[str | None] | None = None) -> None:
    """Index documents just inserted (id, title, text): their rowids are new, so there
    is nothing to drop first. ``bodies``, beside the rows, may give a document's one
    folded body already made from its title and text (``segments.whole_body``; None:
    made here), so that an import folds its texts in its parse threads."""
    # Many small rows go to SQLite as one JSON array per statement instead of one
    # statement each: executemany lets the other threads take the interpreter at every
    # row (an import's parse threads), and the store step then waits to get it back.
    # A body holding NUL is bound as it is (SQLite's JSON functions may cut it there).
    batch: list[tuple[int, str]] = []
    size = 0
    given = iter(bodies) if bodies is not None else None
    for doc_id, title, text in rows:
        body = next(given) if given is not None else None
        for rid, folded in (((doc_rid(doc_id), body),) if body is not None
                            else entries(doc_id, title or "", text)):
            if "\x00" in folded:
                conn.execute("INSERT INTO search_documents(rid, body) VALUES (?, ?)",
                             (rid, folded))
                continue
            batch.append((rid, folded))
            size += len(folded)
            if size >= _JSON_ROWS_MAX:
                _insert_json(conn, batch)
                batch, size = [], 0
    _insert_json(conn, batch)


# Characters of index bodies sent in one statement (a JSON array of them).
_JSON_ROWS_MAX = 4 << 20
_JSON_ROWS = json.JSONEncoder(ensure_ascii=False)


def _insert_json(conn: sqlite3.Connection, rows: list[tuple[int, str]]) -> None:
    # In ascending rowid order: FTS5 writes the terms it holds out as a new segment
    # whenever a rowid comes lower than the one before, and a document's rowid is minus
    # its id, so rows in the order of their documents made one segment a file, and the
    # merges of those segments were three quarters of indexing 2,000 small files.
    if rows:
        rows.sort(key=_RID)
        conn.execute("INSERT INTO search_documents(rid, body) "
                     "SELECT value->>0, value->>1 FROM json_each(?)",
                     (_JSON_ROWS.encode(rows),))


_RID = operator.itemgetter(0)


# How far a rebuild has got: (rows folded, rows in all), documents then annotations.
Progress = Callable[[int, int], object]
# Annotations folded between two progress calls: often enough for a bar, rare enough
# that the calls cost nothing beside the folding (a thousand calls at 1M).
PROGRESS_EVERY = 1024


def rebuild(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Make the index anew from the documents and annotations (inside the caller's
    transaction): every object of :data:`OBJECTS` dropped and created as the program
    defines it, a document at a time, then the index filled from the view in rowid
    order (:func:`_fill`), FTS5 flushing its terms as it goes (flat memory).

    ``progress(done, total)`` hears how many documents and annotations are folded, in
    the thread that runs this, with growing counts, and last with ``(total, total)``."""
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP VIEW IF EXISTS search_source")
    conn.execute("DROP TABLE IF EXISTS search")
    conn.execute("DROP TABLE IF EXISTS search_documents")
    conn.execute(quotes.HASH_INDEX_SQL)  # the view and triggers read hashes through it
    for name, sql in OBJECTS.items():
        if name not in TRIGGERS:
            conn.execute(sql)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE deleted_at IS NULL "
                                      "ORDER BY id")]
    total = len(ids) + (_live_annotations(conn) if progress is not None else 0)
    for done, doc_id in enumerate(ids, 1):
        title, text = conn.execute("SELECT title, text FROM documents WHERE id = ?",
                                   (doc_id,)).fetchone()
        conn.executemany("INSERT INTO search_documents(rid, body) VALUES (?, ?)",
                         entries(doc_id, title or "", _text(text)))
        if progress is not None and done < total:  # the end is said once, below
            progress(done, total)
    if progress is None:
        _fill(conn)
    else:
        _fts_rebuild_counted(conn, len(ids), total, progress)
    for name in TRIGGERS:
        conn.execute(OBJECTS[name])
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                 "SET value = excluded.value", (FOLD_META, FOLD_VERSION))
    if progress is not None:
        progress(total, total)


def _fill(conn: sqlite3.Connection) -> None:
    """Index every row of the view into the table just made (empty): what FTS5's own
    'rebuild' does, but in rowid order (:data:`SOURCE_IN_ROWID_ORDER`; the index holds
    the same terms, positions and token counts), 2.9 s of CPU instead of 1.9 s at
    100,000 annotations. The rows are read as the index check reads them
    (:data:`BODIES_IN_ROWID_ORDER`: the view's rows, each annotation's body from one
    call), inside the caller's transaction, so the texts it holds are those it reads."""
    read = new_read()
    for select in BODIES_IN_ROWID_ORDER:
        conn.execute(f"INSERT INTO search(rowid, body) {select}", (read,))


def _live_annotations(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM annotations WHERE deleted_at IS NULL"
                        ).fetchone()[0]


def _fts_rebuild_counted(conn: sqlite3.Connection, start: int, total: int,
                         progress: Progress) -> None:
    """The index filled (:func:`_fill`), counting the annotations as the view folds
    them. The view is read in SQL statements, so the count comes from the folding
    function (``wb_index_body``, as :func:`body` counts too), for calls in this thread
    only. Registering a counting
    function instead fails while any statement of the connection is still open ("Error
    creating function")."""
    tally = _Tally(start, total, progress)
    _TALLIES[threading.get_ident()] = tally
    try:
        _fill(conn)
    finally:
        del _TALLIES[threading.get_ident()]


class _Tally:
    """Annotations folded so far by a rebuild that reports its progress."""

    def __init__(self, seen: int, total: int, progress: Progress) -> None:
        self.seen, self.total, self.progress = seen, total, progress

    def tick(self) -> None:
        self.seen += 1
        if not self.seen % PROGRESS_EVERY and self.seen < self.total:  # the end: rebuild's
            self.progress(self.seen, self.total)


# Thread id -> the tally of the rebuild running in it. Empty but during such a rebuild,
# so every other call of the folding function pays one test of an empty dict.
_TALLIES: dict[int, _Tally] = {}


def fold_version(conn: sqlite3.Connection) -> str | None:
    got = conn.execute("SELECT value FROM meta WHERE key = ?", (FOLD_META,)).fetchone()
    return None if got is None else _text(got[0])


def installed(conn: sqlite3.Connection) -> bool:
    """Whether the file holds this kind of index (schema 16 and later)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_documents'"
                        ).fetchone() is not None


def query_fold(conn: sqlite3.Connection) -> Callable[[str], str]:
    """How to fold a query for this file's index: as its folding folded the text. Only a
    read-only open can meet an index of an older fold version (a writable one rebuilt
    it), and queried with that version's folding it finds what it found before; a
    version this program does not know is folded as this program folds."""
    return fold_for(fold_version(conn))


def stale(conn: sqlite3.Connection) -> bool:
    """Whether the file's index was folded by another version of the folding."""
    return installed(conn) and fold_version(conn) != FOLD_VERSION


def ensure_current(conn: sqlite3.Connection,
                   announce: Callable[[str], None] | None = None,
                   progress: Progress | None = None) -> bool:
    """Rebuild the index if another version of the folding made it; True if it did.
    Called on every writable open, before anything can write. The rebuild reads every
    document and annotation (about a minute for a million annotations), so ``announce``
    is told a sentence first for the user, and ``progress`` how far it has got
    (:func:`rebuild`). One transaction: stopped part way, the
    project is as it was, with its old index, and the next open starts again."""
    if not stale(conn):
        return False
    if announce is not None:
        announce(REBUILD_SENTENCE)
    conn.execute("BEGIN IMMEDIATE")
    try:
        rebuild(conn, progress)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back itself (disk full)
            conn.execute("ROLLBACK")
        raise
    return True

