"""The search index compared with the documents and annotations it is built from.

The index keeps no copy of what it indexes (see ``searchindex``), so the check compares
it with what the program would build from the sources now:

1. its schema objects (the FTS5 table, the view it reads, the triggers that keep it in
   step) are exactly the program's, and it was folded by this version's folding (or
   by version 1, met on a read-only open: then checked as version 1 built it);
2. ``search_documents`` holds each live document's folded text (or segments) and
   nothing else;
3. the index itself: a second index is built in the connection's temporary database
   from the view (the same tokenizer, so the same terms; read in ascending rowid order,
   so FTS5 writes no more segments than it must), then both are compared: the
   rows and each row's token count (``*_docsize``), and every term with the number of
   rows and places it occurs in (``fts5vocab``). A term that differs is looked up in
   both, which names the rows concerned.

FTS5's own 'integrity-check' command cannot do this here: it is a write, refused on the
read-only connection verify uses. Words moved inside one row without any count changing
are not seen (a phrase search could then find a phrase the text lacks); every other
change to the index is. A finding is repaired by ``searchindex.rebuild``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from workbench.core import dbapi, rawread, searchindex, textnorm

# Rows named one by one; beyond this a count says how many more there are.
MAX_NAMED = 50
# The repair, named so the user can act on the finding (``core/reindex.py``).
_REPAIR = (" `workbench reindex PROJECT` (Tools → Rebuild indexes in the window) rebuilds "
           "the index from the texts and repairs it.")


@dataclass(frozen=True)
class IndexFinding:
    """One way the index differs from what the program would have built."""

    key: str  # "d:<doc id>", "a:<annotation id>", or the schema object's name
    problem: str  # the sentence


def findings(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    """Every difference between the index and the stored documents and annotations."""
    with rawread.str_mode(conn), _folded_as_built(conn):
        found = list(_schema(conn))
        if found:  # the comparisons below read through those objects
            yield from found
            return
        yield from _documents(conn)
        yield from _index(conn)


def _schema(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    stored = {r[0]: r[1] for r in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN "
        f"({','.join('?' * len(searchindex.OBJECTS))})", list(searchindex.OBJECTS))}
    for name, sql in searchindex.OBJECTS.items():
        if name not in stored:
            yield IndexFinding(name, f"search index: {name} is missing (removed outside the "
                               "program), so the index cannot follow the texts." + _REPAIR)
        elif stored[name] != sql:
            yield IndexFinding(name, f"search index: {name} is not as the program creates "
                               "it (changed outside the program)." + _REPAIR)
    version = searchindex.fold_version(conn)
    if version != searchindex.FOLD_VERSION and not textnorm.folds_otherwise(version):
        yield IndexFinding("search", f"search index: it was folded by another version "
                           f"({version or 'none recorded'}, this one folds as "
                           f"{searchindex.FOLD_VERSION})." + _REPAIR)


def _folded_as_built(conn: sqlite3.Connection) -> AbstractContextManager[None]:
    # An index of an older fold version is met only on a read-only open (a writable one
    # rebuilds it first): it is checked against what that version built, not named as
    # damage because the program that reads it folds more today (searchindex.query_fold
    # queries it so).
    version = searchindex.fold_version(conn)
    if version != searchindex.FOLD_VERSION and textnorm.folds_otherwise(version):
        return textnorm.folding_as(version)
    return nullcontext()


def _documents(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    """``search_documents`` against each document's folded text, a document at a time."""
    docs = {r[0]: bool(r[1]) for r in conn.execute(
        "SELECT id, deleted_at IS NOT NULL FROM documents")}
    for doc_id, trashed in docs.items():
        low, high = searchindex.doc_rid_bounds(doc_id)
        held = dict(conn.execute(
            "SELECT rid, body FROM search_documents WHERE rid = ? OR rid BETWEEN ? AND ?",
            (searchindex.doc_rid(doc_id), low, high)).fetchall())
        label = f"document {doc_id}"
        if trashed:
            if held:
                yield IndexFinding(f"d:{doc_id}", f"{label}: it is in the trash but still "
                                   "has a search index entry." + _REPAIR)
            continue
        try:
            title, text = conn.execute("SELECT title, text FROM documents WHERE id = ?",
                                       (doc_id,)).fetchone()
        except dbapi.OperationalError:
            continue  # damaged bytes: reported by verify's text check
        # A BLOB stored where text belongs (named by verify's text check and rebuild)
        # is folded as the text its bytes spell, as the index's own function folds it.
        title, text = (v.decode("utf-8", "replace") if isinstance(v, bytes) else v
                       for v in (title, text))
        want = dict(searchindex.entries(doc_id, title or "", text))
        if held == want:
            continue
        for rid in sorted(want.keys() | held.keys(), reverse=True):
            key = searchindex.key_of(rid)
            named = f"{label} ({key})" if key != f"d:{doc_id}" else label
            if rid not in held:
                problem = "its search index entry is missing, so searches cannot find it."
            elif rid not in want:
                problem = f"the search index entry under {key!r} is not one of its " \
                          "segments (added outside the program)."
            elif held[rid] != want[rid]:
                problem = "its search index entry does not match its text (the index " \
                          "was changed outside the program)."
            else:
                continue
            yield IndexFinding(key, f"{named}: {problem}" + _REPAIR)
    for (rid,) in conn.execute("SELECT rid FROM search_documents"):
        doc = searchindex.doc_of(rid) if rid < 0 else None
        if doc is None or doc not in docs:
            yield IndexFinding(f"d:{doc}", f"search index: the entry {rid} belongs to no "
                               "stored document (added outside the program)." + _REPAIR)


def _index(conn: sqlite3.Connection) -> Iterator[IndexFinding]:
    """The FTS5 index against one built afresh from the view, in the temporary schema."""
    conn.execute("DROP TABLE IF EXISTS temp.wb_expected")
    conn.execute("CREATE VIRTUAL TABLE temp.wb_expected USING fts5(body, content='', "
                 f"tokenize='{searchindex.TOKENIZE}')")
    try:
        # Built once and read once: merging its segments as it grows (FTS5's default)
        # costs a quarter of the build and saves less than that in the one read.
        conn.execute("INSERT INTO temp.wb_expected(wb_expected, rank) VALUES ('automerge', 0)")
        conn.execute("CREATE VIRTUAL TABLE temp.wb_vocab_held USING fts5vocab("
                     "main, search, 'row')")
        conn.execute("CREATE VIRTUAL TABLE temp.wb_vocab_want USING fts5vocab("
                     "temp, wb_expected, 'row')")
        # In ascending rowid order (see the constant): a third of the check's CPU
        # at 100,000 annotations went on the segments the view's own order made. The
        # view's rows, each annotation's body from one Python call instead of two.
        read = searchindex.new_read()
        for select in searchindex.BODIES_IN_ROWID_ORDER:
            conn.execute(f"INSERT INTO temp.wb_expected(rowid, body) {select}", (read,))
        rows, unplaced = _differing_rows(conn)
        yield from _named(conn, rows)
        if unplaced and not rows:
            yield IndexFinding("search", f"search index: the word {unplaced!r} is indexed a "
                               "different number of times than its texts hold (changed "
                               "outside the program)." + _REPAIR)
    finally:
        for name in ("wb_terms_held", "wb_terms_want", "wb_vocab_held", "wb_vocab_want",
                     "wb_expected"):
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


def _differing_rows(conn: sqlite3.Connection) -> tuple[dict[int, str], str | None]:
    """Rowid -> how it differs ("missing", "extra", "differs"), and a differing term
    that names no row (its count changed inside rows that hold it either way)."""
    out: dict[int, str] = {}
    # Each side's token counts looked up by rowid (both are keyed by it): two passes,
    # where two EXCEPTs read both tables twice and sorted them.
    for rid, present in conn.execute(
            "SELECT h.id, w.id IS NOT NULL FROM main.search_docsize h LEFT JOIN "
            "temp.wb_expected_docsize w ON w.id = h.id WHERE w.sz IS NOT h.sz"):
        out[rid] = "differs" if present else "extra"
    for (rid,) in conn.execute(
            "SELECT w.id FROM temp.wb_expected_docsize w LEFT JOIN main.search_docsize h "
            "ON h.id = w.id WHERE h.id IS NULL"):
        out[rid] = "missing"
    # A vocabulary row counts its term through the whole index, so each is read once
    # into a plain table (a few rows per distinct word) before the two EXCEPTs, which
    # would otherwise read each index twice.
    for name in ("held", "want"):
        conn.execute(f"CREATE TEMP TABLE wb_terms_{name} AS "
                     f"SELECT term, doc, cnt FROM temp.wb_vocab_{name}")
    vocab_held = "SELECT term, doc, cnt FROM temp.wb_terms_held"
    vocab_want = "SELECT term, doc, cnt FROM temp.wb_terms_want"
    terms = [r[0] for r in conn.execute(
        f"SELECT term FROM ({vocab_held} EXCEPT {vocab_want}) UNION "
        f"SELECT term FROM ({vocab_want} EXCEPT {vocab_held}) LIMIT {MAX_NAMED}")]
    unplaced = None
    for term in terms:
        phrase = '"' + str(term).replace('"', '""') + '"'
        a = {r[0] for r in conn.execute(
            "SELECT rowid FROM main.search WHERE search MATCH ?", (phrase,))}
        b = {r[0] for r in conn.execute(
            "SELECT rowid FROM temp.wb_expected WHERE wb_expected MATCH ?", (phrase,))}
        for rid in a ^ b:
            out.setdefault(rid, "differs")
        if not a ^ b:
            unplaced = unplaced or str(term)
    return out, unplaced


def _named(conn: sqlite3.Connection, rows: dict[int, str]) -> Iterator[IndexFinding]:
    for n, rid in enumerate(sorted(rows, key=lambda r: (r < 0, abs(r)))):
        if n == MAX_NAMED:
            yield IndexFinding("search", f"search index: {len(rows) - n} more rows differ "
                               "from their texts." + _REPAIR)
            return
        yield _finding(conn, rid, rows[rid])


def _finding(conn: sqlite3.Connection, rid: int, how: str) -> IndexFinding:
    if rid < 0:
        doc, key = searchindex.doc_of(rid), searchindex.key_of(rid)
        label = f"document {doc}" if key == f"d:{doc}" else f"document {doc} ({key})"
        trashed, exists = False, True
    else:
        row = conn.execute("SELECT id, deleted_at IS NOT NULL FROM annotations "
                           "WHERE rowid = ?", (rid,)).fetchone()
        exists = row is not None
        key = f"a:{rawread.text(row[0])}" if row else f"a:#{rid}"
        label = f"annotation {rawread.text(row[0])}" if row else f"row {rid}"
        trashed = bool(row and row[1])
    if how == "missing":
        problem = "its search index entry is missing, so searches cannot find it."
    elif how == "extra" and trashed:
        problem = "it is in the trash but still has a search index entry."
    elif how == "extra" and not exists:
        return IndexFinding(key, f"search index: {label} names no stored annotation (added "
                            "outside the program)." + _REPAIR)
    elif how == "extra":
        problem = "it has a search index entry it should not have (added outside the program)."
    else:
        problem = "its search index entry does not match its text (the index was changed " \
                  "outside the program)."
    return IndexFinding(key, f"{label}: {problem}" + _REPAIR)
