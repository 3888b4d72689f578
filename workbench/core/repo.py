"""The only place SQL lives (apart from the DDL in schema.py): rows in, rows out."""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from workbench.core import (
    auditimage,
    chain,
    clock,
    dbapi,
    derived,
    logcodes,
    quotes,
    rowsinsert,
    schema,
    searchindex,
    segments,
    storedrows,
    timeline_index,
)
from workbench.core.changes import Change, ChangeSet, Row
from workbench.core.damage import damaged
from workbench.core.encodedtext import EncodedText
from workbench.core.errors import StorageError
from workbench.core.filebytes import FileBytes

TABLES = {
    "document": ("documents", "id"),
    "annotation": ("annotations", "id"),
    "link": ("links", "id"),
    "actor": ("actors", "id"),
    "codebook": ("codebook", "name"),
    "incident": ("incidents", "id"),
    "incident_member": ("incident_members", "id"),
    "incident_type": ("incident_types", "name"),
}
# The columns an annotation's stored quote depends on (``quotes``).
_QUOTED = frozenset({"doc_id", "start", "end", "anchor", *auditimage.QUOTE_COLUMNS})
# Reading order within each document, shared by every annotation listing.
# The id last: one write's rows share their time (one clock reading per write), and
# every reader of this order (the paged table too) must list ties alike.
ANNOTATION_ORDER = 'a.doc_id, a.start, a."end", a.created_at, a.id'
JSON_COLUMNS = {"fields", "aliases", "page_starts", "spec", "best", "actors", "included_docs"}
# Large columns stay out of the audit log; the hash of the text is logged instead.
AUDIT_OMIT = {"text"}
# Characters of text of the documents a write holds before it writes their index rows
# (``Transaction._index_documents``): about one statement's worth (searchindex).
UNINDEXED_CHARS = 4 << 20
_OMITTED = tuple(AUDIT_OMIT)


def append_log(conn: sqlite3.Connection, log: str, rows: Iterable[Row]) -> int:
    """Append rows to the audit or custody log, each chained to the one before.

    The one writer of both logs (transactions, imports, migrations and merged projects
    all come through here), so every row gets its ``seq`` and ``hash`` the same way;
    a ``seq`` or ``hash`` in ``rows`` is ignored. Must run inside a write transaction.
    Returns how many rows were appended.
    """
    if log not in chain.LOGS:
        raise ValueError(f"not a chained log: {log}")
    last = conn.execute(f"SELECT seq, hash FROM {log} ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = ((last[0], logcodes.hex_hash(last[1]) or chain.GENESIS) if last
                 else (0, chain.GENESIS))
    # From migration compact_log_rows the hash is stored as its 32 bytes and an audit
    # row's op and entity as codes (logcodes): the row is hashed with their text, as the
    # chain defines it. A last row stored so says the file takes them without a look at
    # its schema (the audit log's code table, read anyway, says it for the audit log).
    ops = logcodes.Ops(conn) if log == "audit" else None
    compact = ops.compact if ops is not None else (
        (last is not None and last[1] != logcodes.hex_hash(last[1])) or logcodes.compact(conn))
    if not compact:
        ops = None
    # A column left out gets its default when stored, so it is hashed with that value.
    defaults = {r[1]: conn.execute(f"SELECT {r[4]}").fetchone()[0]
                for r in conn.execute(f"PRAGMA table_info({log})") if r[4] is not None}
    n = 0
    # Rows of the same columns go to SQLite together, in seq order (a bulk write logs
    # thousands): one executemany per run of alike rows, at most _LOG_BATCH at a time.
    # Where a run's op and entity sit among its columns is found once per run, not
    # once per row (an import logs two rows a file).
    shape: tuple[str, ...] | None = None
    op_at = entity_at = None
    # A run's columns in the order the chain hashes them, and their JSON keys: found once
    # per run, so a row's canonical text is one C call per value (chain.canonical_text)
    # instead of a dict filtered and dumped with its keys sorted (~6 of 16 us a row).
    order: list[str] = []
    text_keys: list[str] = []
    batch: list[list[Any]] = []
    audit = log == "audit"
    expand, row_hash = auditimage.expand, chain.row_hash  # looked up once, not per row
    canonical_text, hash_text = chain.canonical_text, chain.hash_text

    def flush() -> None:
        if batch:
            cols = [*shape, "hash"]  # type: ignore[misc]
            rowsinsert.insert_rows(conn, f"INSERT INTO {log} ({','.join(map(_q, cols))})",
                                   len(cols), batch)
            batch.clear()

    for row in rows:
        seq += 1
        if "seq" in row or "hash" in row:
            row = {k: v for k, v in row.items() if k not in ("seq", "hash")}
        content = {**defaults, **row}
        content["seq"] = seq
        hashed = content
        if audit:  # a packed image is hashed as its logical text (auditimage)
            before, after = content.get("before"), content.get("after")
            logical_before, logical_after = expand(before), expand(after)
            if logical_before is not before or logical_after is not after:
                hashed = {**content, "before": logical_before, "after": logical_after}
        keys = tuple(content)
        if keys != shape or len(batch) >= _LOG_BATCH:
            flush()
            shape = keys
            coded = ops is not None and "op" in keys
            op_at = keys.index("op") if coded else None
            entity_at = keys.index("entity") if coded and "entity" in keys else None
            order = chain.content_columns(keys)
            text_keys = chain.text_keys(order)
        # The same text as chain.canonical; a value only json decides (a bool, a blob, an
        # infinity) sends the row the exact way.
        text = canonical_text(text_keys, [hashed[c] for c in order])
        prev = hash_text(prev, text) if text is not None else row_hash(prev, hashed)
        if compact:
            stored = [*content.values(), logcodes.stored_hash(prev)]
            if op_at is not None:
                stored[op_at] = ops.code(stored[op_at])  # type: ignore[union-attr]
                if entity_at is not None:
                    entity = stored[entity_at]
                    stored[entity_at] = logcodes.ENTITIES.get(entity, entity)
            batch.append(stored)
        else:
            batch.append([*content.values(), prev])
        n += 1
    flush()
    return n


_LOG_BATCH = 1000


def audit_layout(conn: sqlite3.Connection, entity: str) -> auditimage.Layout:
    """The columns an array image of ``entity`` lists on ``conn`` (see ``auditimage``)."""
    table, pk = TABLES[entity]
    return auditimage.layout(conn, table, pk, AUDIT_OMIT)


def encode_image(layouts: dict[str, auditimage.Layout], conn: sqlite3.Connection,
                 entity: str, image: Row | None, at: str | None = None,
                 texts: derived.WriteTexts | None = None,
                 packs: dict[str, auditimage.Packs] | None = None) -> str | None:
    """The text an audit row stores for ``image`` (large columns left out): an array.
    ``layouts`` keeps each entity's layout for the caller's batch (read once). ``at``,
    the entry's time, and ``texts``, the documents an annotation's quote may derive
    from, make the marks of ``auditimage``: given only where :func:`marks_from` says
    the file takes marks. ``packs`` (a cache like ``layouts``), given only where
    :func:`packed_from` says the file takes them, packs marks and default values."""
    if image is None:
        return None
    if packs is not None and entity not in packs:  # one read of the table's columns
        info = auditimage.table_info(conn, TABLES[entity][0])
        layouts[entity] = auditimage.layout_of(info, TABLES[entity][1], AUDIT_OMIT)
        packs[entity] = auditimage.packs(info, layouts[entity], frozenset(JSON_COLUMNS))
    if entity not in layouts:
        layouts[entity] = audit_layout(conn, entity)
    kept = image
    for col in _OMITTED:  # a copy in C, not a comprehension; the few names looked up
        if col in image:
            if kept is image:
                kept = dict(image)
            del kept[col]
    quote = texts.quote(image) if texts is not None and entity == "annotation" else None
    packed = packs[entity] if packs is not None else None
    return auditimage.encode(kept, TABLES[entity][1], layouts[entity], at, quote, packed)


def status_index_terms(statuses: Iterable[str] | None) -> list[str]:
    """The condition of the partial status index (migration 19), stated where a status
    filter leaves the common status out, so that SQLite may read the index: it uses a
    partial index only where the query implies the index's WHERE. Adds nothing the
    filter does not already say."""
    if statuses is None:
        return []
    wanted = list(statuses)
    if not wanted or schema.COMMON_STATUS in wanted:
        return []
    return [f"a.status <> '{schema.COMMON_STATUS}'"]


# The meta key naming the first audit seq whose images may hold marks (migration 15
# writes it): verify's comparison inside SQLite builds marked images from there on.
MARKS_FROM = "audit_marks_from"
# The meta key naming the first audit seq whose images may be packed (migration
# lean_audit writes it, ``auditimage``): the writer packs where it is set, and verify's
# comparison inside SQLite builds packed images from there on.
PACKED_FROM = "audit_packed_from"


def image_cuts(conn: sqlite3.Connection) -> tuple[int | None, int | None]:
    """:func:`marks_from` and :func:`packed_from`, in one read (the writer's, per write)."""
    # Keys as text whichever mode the connection reads in (verify reads bytes).
    found = {k.decode("utf-8", "replace") if isinstance(k, bytes) else k: v
             for k, v in conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                      (MARKS_FROM, PACKED_FROM))}
    return _seq(found.get(MARKS_FROM)), _seq(found.get(PACKED_FROM))


def _seq(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _meta_seq(conn: sqlite3.Connection, key: str) -> int | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return _seq(row[0]) if row is not None else None


def marks_from(conn: sqlite3.Connection) -> int | None:
    """The first seq written with marks, None if the file takes none (an older schema,
    or the fact damaged: then nothing new is marked)."""
    return _meta_seq(conn, MARKS_FROM)


def packed_from(conn: sqlite3.Connection) -> int | None:
    """The first seq that may be stored packed, None if the file takes no packed images
    (a schema before 18, or the fact damaged: then nothing new is packed)."""
    return _meta_seq(conn, PACKED_FROM)


def packs_images(conn: sqlite3.Connection) -> bool:
    """Whether new audit images on ``conn`` are stored packed."""
    return packed_from(conn) is not None


def decode_image(layouts: dict[str, auditimage.Layout], conn: sqlite3.Connection,
                 entity: str, entity_id: str, text: str | None, at: Any, seq: Any = None,
                 texts: derived.DocTexts | None = None) -> Row | None:
    """A stored image of the entry ``seq`` made at ``at`` as a dict, whichever format,
    its marks read back (quote marks from ``texts``, the project's document texts);
    damage, or a quote mark whose text the project no longer holds, raises
    DamagedProject."""
    if not text:
        return None
    if text.__class__ is bytes:
        # A BLOB written outside the program (verify names it): its bytes are the
        # image if they are UTF-8, so the history still shows what it recorded.
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise damaged(None, f"audit entry {seq}'s image is not valid text") from None
    if entity not in TABLES:  # an entity this version does not know: only objects
        return _loads(text)
    if entity not in layouts:
        layouts[entity] = audit_layout(conn, entity)
    key = auditimage.key_value(entity_id, entity == "document")
    derive = (texts or derived.DocTexts(conn)).deriver(seq) if seq is not None else None
    try:
        return auditimage.decode(text, TABLES[entity][1], key, layouts[entity], at=at,
                                 derive=derive)
    except auditimage.Underivable:
        raise damaged(None, f"audit entry {seq} derives its quote from a document text "
                      "the project no longer holds") from None
    except ValueError:
        raise damaged(None, "an audit entry's image is not valid") from None


def _decode(row: sqlite3.Row | None) -> Row | None:
    if row is None:
        return None
    out = dict(row)
    for key in JSON_COLUMNS & out.keys():
        if isinstance(out[key], str):
            out[key] = _loads(out[key])
    return out


def _loads(text: str) -> Any:
    """Stored JSON decoded; damaged bytes become a DamagedProject, not a traceback."""
    # The decoder's C scanner called directly: what json.loads does for text that is one
    # JSON value and nothing else (all that _encode writes), without its three Python
    # frames per call, which an export of a million rows pays a million times.
    try:
        value, end = _scan_json(text, 0)
        if end == len(text):
            return value
    except (StopIteration, ValueError):
        pass
    # Whitespace around the value, or damage: json.loads accepts or rejects it as before.
    try:
        return json.loads(text)
    except ValueError:
        raise damaged(None, "a stored value is not valid JSON") from None


_scan_json = json.JSONDecoder().scan_once


# A stored JSON column decoded as rows from Repo have it, for callers that read the
# column themselves (iter_annotation_tuples).
loads = _loads


def _encode(row: Row) -> Row:
    return {
        k: (_JSON_COLUMN.encode(v) if k in JSON_COLUMNS
            else v.utf8 if isinstance(v, EncodedText) else v)
        for k, v in row.items()
    }


# allow_nan=False: a NaN stored in a field would make every JSON export invalid. One
# encoder for every value (json.dumps with options builds one per call). No spaces
# after separators: ~6 bytes an annotation, and the text audit images nest (SQLite's
# json()) is the same; rows written before keep their spaces, which every reader takes.
_JSON_COLUMN = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False,
                                separators=(",", ":"))


def _slot(value: Any) -> str:
    """The SQL placeholder for a value: a text still held as UTF-8 bytes is bound as
    those bytes and stored as TEXT, so Python never builds the string (or its UTF-8
    copy) just to hand it over."""
    return "CAST(? AS TEXT)" if isinstance(value, EncodedText) else "?"


def _q(col: str) -> str:
    return f'"{col}"'


def _origin(origin: str, row: Row) -> str:
    """``merged_from`` for a row carried over for the first time: where it came from."""
    return json.dumps({**json.loads(origin), "txn": row.get("txn"), "seq": row.get("seq")},
                      ensure_ascii=False, sort_keys=True)


# The key of a carried custody row's ``merged_from`` naming the transaction of this
# project that carried it (each merge that carries the row on sets its own).
CARRIED_IN = "carried_in_txn"


def _carried_in(merged_from: str, txn: int) -> str:
    """A custody row's ``merged_from`` naming the transaction carrying it here."""
    return json.dumps({**json.loads(merged_from), CARRIED_IN: txn}, ensure_ascii=False,
                      sort_keys=True)


# Keys per "IN (...)" query: well under SQLite's limit of bound parameters.
_IN_CHUNK = 500


def in_chunks(keys: Sequence[Any]) -> Iterator[tuple[list[Any], str]]:
    """``keys`` in pieces small enough for one ``IN (...)``, each with its placeholders."""
    for i in range(0, len(keys), _IN_CHUNK):
        chunk = list(keys[i : i + _IN_CHUNK])
        yield chunk, ",".join("?" * len(chunk))

# Documents whose decoded annotations are kept between reads (see Repo.annotations).
DOC_CACHE = 4
# A document with at most this many annotations is read whole, decoded, once for the
# viewer and the annotation table alike; a larger one is read as the viewer's five columns
# and the table's pages (reading 5,000 whole rows took ~120 ms at 1M annotations).
SMALL_DOCUMENT = 2000

class Repo:
    """Reads of a project file, plus the door to writing it through a Transaction."""

    def __init__(self, conn: sqlite3.Connection, *, read_only: bool = False):
        self.conn = conn
        self.read_only = read_only
        # A document's live annotations, decoded: the viewer and the panel both ask for
        # them on every switch of document. Cleared by every committed Transaction.
        self._doc_annotations: dict[int, list[Row]] = {}
        # A document's live annotations counted: the viewer and the table each ask on
        # every switch of document (5,000 index entries a count at 1M). Cleared alike.
        self._live_counts: dict[int, int] = {}
        self._indexes: dict[str, bool] = {}
        # Column names by table, asked once per transaction instead of once per row
        # written (a batch of imported files writes hundreds of documents).
        self._table_columns: dict[str, list[str]] = {}
        self._column_specs: dict[str, dict[str, storedrows.Column]] = {}
        # Texts that derived quotes (``quotes``) are read from, by hash: never stale.
        self.quote_texts = quotes.Texts(conn)

    def _live_index(self) -> str:
        # Counting live annotations: the planner picks the viewer's covering index
        # (migration 13), eight times the size of this one; at a million annotations
        # counting on this one takes 70-80 ms where that takes 100 (and more from disk).
        return "INDEXED BY annotations_live" if self.has_index("annotations_live") else ""

    def has_index(self, name: str) -> bool:
        """Whether the file has the index ``name`` (a project opened read-only may predate
        the migration that makes it); asked of the file once per name."""
        if name not in self._indexes:
            self._indexes[name] = self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                (name,)).fetchone() is not None
        return self._indexes[name]

    def derives_quotes(self) -> bool:
        """Whether the file stores derived quotes (schema 20 on: its view
        ``annotation_quotes`` is made by that migration); asked of the file once."""
        if "derives" not in self._indexes:
            self._indexes["derives"] = quotes.derives(self.conn)
        return self._indexes["derives"]

    def forget_cached(self) -> None:
        """Drop cached reads so the next ones see what was just written."""
        self._doc_annotations.clear()
        self._live_counts.clear()
        self._table_columns.clear()
        self._column_specs.clear()

    # ----------------------------------------------------------------- reads
    def get(self, entity: str, id_: Any, *, known: Row | None = None) -> Row | None:
        """One row by its key, trashed or not, with JSON columns decoded; None if absent.

        ``known`` gives large values just written (a document's text): they are taken
        from it instead of being read back, so a big text is not held twice.
        """
        table, pk = TABLES[entity]
        if isinstance(id_, int) and not -(2**63) <= id_ < 2**63:
            return None  # no row has a key SQLite cannot hold; binding it raises OverflowError
        big = [c for c in AUDIT_OMIT if known and c in known]
        if not big:
            cur = self.conn.execute(f"SELECT * FROM {table} WHERE {pk} = ?", (id_,))
            found = _decode(cur.fetchone())
            if entity == "annotation" and found is not None:
                quotes.fill(found, self.quote_texts)
            return found
        cols = [c for c in self._columns(table) if c not in big]
        cur = self.conn.execute(
            f"SELECT {','.join(map(_q, cols))} FROM {table} WHERE {pk} = ?", (id_,))
        row = _decode(cur.fetchone())
        if row is not None:
            row.update({c: known[c] for c in big})  # type: ignore[index]
        return row

    def _columns(self, table: str) -> list[str]:
        if table not in self._table_columns:
            self._table_columns[table] = list(self._column_spec(table))
        return self._table_columns[table]

    def _column_spec(self, table: str) -> dict[str, storedrows.Column]:
        """Each column's affinity and default (see ``storedrows``), read once per
        transaction like :meth:`_columns`."""
        if table not in self._column_specs:
            self._column_specs[table] = storedrows.columns(self.conn, table)
        return self._column_specs[table]

    def audit_image(self, entry: Row, side: str,
                    layouts: dict[str, auditimage.Layout] | None = None,
                    texts: derived.DocTexts | None = None) -> Row | None:
        """The image ``side`` (``before`` or ``after``) of an audit entry as stored, as a
        dict, whichever format, its marks read back; ``layouts`` and ``texts`` are
        caches kept over many calls."""
        # A carried entry's quote is never marked (a merge writes it out): its marks
        # would name the other project's documents.
        seq = None if entry.get("merged_from") else entry["seq"]
        return decode_image({} if layouts is None else layouts, self.conn, entry["entity"],
                            entry["entity_id"], entry[side], entry["at"], seq, texts)

    def meta(self, key: str) -> str | None:
        """A value from the project's key/value facts (e.g. when it was created), or None."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def codebook_specs(self) -> list[Row]:
        """The project's stored annotation kinds, in the order the codebook shows them."""
        rows = self.conn.execute("SELECT * FROM codebook ORDER BY position, name")
        return [_decode(r) for r in rows]  # type: ignore[misc]

    def documents(self, *, trashed: bool = False, lengths: bool = True) -> list[Row]:
        """Document metadata with length and live annotation count, by publication date; no text.

        Counting a text's characters reads all of it (a second on a 100 MB document),
        so a caller with no use for ``length`` passes ``lengths=False`` (it is None).
        """
        cond = "IS NOT NULL" if trashed else "IS NULL"
        length = "length(d.text)" if lengths else "NULL"
        sql = f"""
            SELECT d.id, d.uuid, d.title, d.url, d.publisher, d.author, d.published,
                   d.imported_at, d.language, d.direction, d.filename, d.media_type,
                   d.encoding, d.original_sha256, d.text_sha256, d.importer,
                   d.importer_version, d.reliability, d.credibility, d.memo,
                   d.deleted_at, {length} AS length,
                   (SELECT count(*) FROM annotations a {self._live_index()}
                     WHERE a.doc_id = d.id AND a.deleted_at IS NULL) AS annotations
            FROM documents d WHERE d.deleted_at {cond}
            ORDER BY coalesce(d.published, substr(d.imported_at, 1, 10)), d.id"""
        return [dict(r) for r in self.conn.execute(sql)]

    def published_dates(self) -> list[str]:
        """Publication dates of the documents outside the trash that have one (the
        timeline's rug): no annotation counted, so cheap on every redraw."""
        return [r[0] for r in self.conn.execute(
            "SELECT published FROM documents WHERE deleted_at IS NULL "
            "AND published IS NOT NULL AND published != ''")]

    def annotation_counts(self, ann_ids: Iterable[str]) -> dict[int, int] | None:
        """Live annotation counts of the documents holding ``ann_ids`` (a write's rows):
        milliseconds where counting every document takes a third of a second at a
        million annotations. None when an id is gone for good (its document unknown) or
        there are too many to ask for by id."""
        wanted = list(dict.fromkeys(ann_ids))
        if not wanted:
            return {}
        if len(wanted) > 2000:
            return None  # counting every document is then as quick
        held = self.conn.execute(
            f"SELECT doc_id, count(*) FROM annotations WHERE id IN "
            f"({','.join('?' * len(wanted))}) GROUP BY doc_id", wanted).fetchall()
        if sum(n for _d, n in held) != len(wanted):
            return None
        docs = [d for d, _n in held]
        counts = dict.fromkeys(docs, 0)
        counts.update(self.conn.execute(
            f"SELECT doc_id, count(*) FROM annotations WHERE deleted_at IS NULL "
            f"AND doc_id IN ({','.join('?' * len(docs))}) GROUP BY doc_id", docs).fetchall())
        return counts

    def document_titles(self) -> dict[int, str]:
        """Titles of documents not in the trash: cheap enough to call on every selection."""
        rows = self.conn.execute("SELECT id, coalesce(title, '') FROM documents "
                                 "WHERE deleted_at IS NULL")
        return dict(rows.fetchall())

    def document_ids_by_original(self, sha256: str, *, trashed: bool = False) -> list[int]:
        """Live documents made from the imported file with this SHA-256 (with ``trashed``,
        those in the trash too, live ones first)."""
        live = "" if trashed else "AND deleted_at IS NULL "
        rows = self.conn.execute(
            f"SELECT id FROM documents WHERE original_sha256 = ? {live}"
            "ORDER BY deleted_at IS NOT NULL, id",
            (sha256,),
        )
        return [r[0] for r in rows]

    def document_with_uuid(self, uuid: str) -> tuple[int, bool] | None:
        """The document, live or in the trash, that has this UUID, and whether it is in
        the trash; None when none has."""
        row = self.conn.execute("SELECT id, deleted_at IS NOT NULL FROM documents "
                                "WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else (int(row[0]), bool(row[1]))

    def live_document_by_uuid(self, uuid: str, text_sha256: str) -> int | None:
        """The live document with this UUID and this working text (SHA-256 of its UTF-8),
        or None: one of this project's own documents coming back through an export."""
        row = self.conn.execute(
            "SELECT id FROM documents WHERE uuid = ? AND text_sha256 = ? "
            "AND deleted_at IS NULL", (uuid, text_sha256)).fetchone()
        return None if row is None else int(row[0])

    def documents_by_originals(self, digests: Iterable[str]) -> dict[str, int]:
        """For each SHA-256 held by a live document, the first such document (what
        :meth:`document_ids_by_original` gives first), in one query for many files."""
        found: dict[str, int] = {}
        keys = sorted(set(digests))
        for chunk, marks in in_chunks(keys):
            found.update(self.conn.execute(
                "SELECT original_sha256, min(id) FROM documents WHERE deleted_at IS NULL "
                f"AND original_sha256 IN ({marks}) GROUP BY original_sha256", chunk).fetchall())
        return found

    def stored_originals(self, digests: Iterable[str]) -> set[str]:
        """Which of these SHA-256 the project holds the original bytes of."""
        found: set[str] = set()
        keys = sorted(set(digests))
        for chunk, marks in in_chunks(keys):
            found.update(r[0] for r in self.conn.execute(
                f"SELECT sha256 FROM originals WHERE sha256 IN ({marks})", chunk))
        return found

    def all_rows(self, entity: str) -> list[Row]:
        """Every row of an entity's table, trashed ones included, JSON decoded, by key."""
        table, pk = TABLES[entity]
        if table not in self.schema_tables():
            return []  # a project from before that table existed (merging an old file)
        rows = self.conn.execute(f"SELECT * FROM {table} ORDER BY {pk}")
        if entity == "annotation":
            return self.fill_quotes(map(_decode, rows))  # type: ignore[arg-type]
        return [_decode(r) for r in rows]  # type: ignore[misc]

    def fill_quotes(self, rows: Iterable[Row]) -> list[Row]:
        """Annotation rows as read, their derived quotes (``quotes``) put back."""
        held: dict[Any, str | None] = {}
        return [quotes.fill(r, self.quote_texts, held) for r in rows]

    def annotations(
        self,
        *,
        doc_id: int | None = None,
        kinds: Iterable[str] | None = None,
        statuses: Iterable[str] | None = None,
        coder: str | None = None,
        ids: Iterable[str] | None = None,
        trashed: bool = False,
    ) -> list[Row]:
        """Annotations matching every filter given, in reading order within each document.

        Without ``trashed``, the live ones on live documents. With it, those moved to the
        trash themselves, whatever their document's state: the live annotations of a
        document in the trash are returned by neither, as they go and come back with
        it (``trash --list`` lists the document; a re-import refuses a trashed one)."""
        cacheable = (doc_id is not None and not trashed
                     and all(v is None for v in (kinds, statuses, coder, ids)))
        if cacheable and doc_id in self._doc_annotations:
            return [dict(r) for r in self._doc_annotations[doc_id]]
        rows = list(self.iter_annotations(doc_id=doc_id, kinds=kinds, statuses=statuses,
                                          coder=coder, ids=ids, trashed=trashed))
        if cacheable:
            self._doc_annotations[doc_id] = rows  # type: ignore[index]
            # The last few documents only: a tour of a project of a million annotations
            # must not end holding all of them.
            while len(self._doc_annotations) > DOC_CACHE:
                del self._doc_annotations[next(iter(self._doc_annotations))]
            return [dict(r) for r in rows]
        return rows

    def live_annotation_count(self, doc_id: int) -> int:
        """How many live (not trashed) annotations the document ``doc_id`` has; counted
        once until the next write."""
        n = self._live_counts.get(doc_id)
        if n is None:
            n = self._live_counts[doc_id] = self.conn.execute(
                "SELECT count(*) FROM annotations WHERE doc_id = ? AND deleted_at IS NULL",
                (doc_id,)).fetchone()[0]
        return n

    def annotation_marks(self, doc_id: int, start_from: int = 0,
                         start_before: int | None = None) -> list[tuple[str, str, int, int, str]]:
        """(id, kind, start, end, status) of a document's live, anchored annotations, in
        (start, longest first, id) order: what the viewer paints. Only those that start
        at or after ``start_from`` and before ``start_before`` when given: the viewer
        reads the marks of the text shown first, the rest when it is scrolled to.

        Five columns and no JSON decoded (a quarter of :meth:`annotations`' time for a
        document of 5,000 annotations); a document of at most SMALL_DOCUMENT annotations
        is read whole into the cache instead, where the annotation table finds it (two
        reads of its rows, the first from disk, cost more than the decoding saved).
        """
        if (doc_id not in self._doc_annotations
                and self.live_annotation_count(doc_id) <= SMALL_DOCUMENT):
            self.annotations(doc_id=doc_id)  # fills the cache
        cached = self._doc_annotations.get(doc_id)
        if cached is not None:
            return sorted(((r["id"], r["kind"], r["start"], r["end"], r["status"])
                           for r in cached if r["anchor"] != "orphaned"
                           and r["start"] >= start_from
                           and (start_before is None or r["start"] < start_before)),
                          key=lambda t: (t[2], -t[3], t[0]))
        # Without statistics the planner prefers annotations_doc and visits every row;
        # the covering index (migration 13) is one range read in the order wanted.
        hint = (f"INDEXED BY {schema.MARKS_INDEX} " if self.has_index(schema.MARKS_INDEX)
                else "")
        stop = "" if start_before is None else "AND start < ? "
        sql = (f'SELECT id, kind, start, "end", status FROM annotations {hint}'
               "WHERE doc_id = ? AND deleted_at IS NULL AND anchor != 'orphaned' "
               f'AND start >= ? {stop}ORDER BY start, "end" DESC, id')
        params = (doc_id, start_from) if start_before is None else (
            doc_id, start_from, start_before)
        cur = self.conn.cursor()
        cur.row_factory = None  # tuples, as the viewer's index takes them
        return cur.execute(sql, params).fetchall()

    def iter_annotations(
        self,
        *,
        doc_id: int | None = None,
        kinds: Iterable[str] | None = None,
        statuses: Iterable[str] | None = None,
        coder: str | None = None,
        ids: Iterable[str] | None = None,
        trashed: bool = False,
    ) -> Iterator[Row]:
        """:meth:`annotations` one decoded row at a time, as the cursor reads them (exports
        of a million rows hold one row, not a list of them)."""
        where, params = self._annotation_where(doc_id, kinds, statuses, coder, ids, trashed)
        held: dict[Any, str | None] = {}  # the texts derived quotes are read from
        for r in self.conn.execute(f"SELECT a.* FROM annotations a WHERE {where} "
                                   f"ORDER BY {ANNOTATION_ORDER}", params):
            yield quotes.fill(_decode(r), self.quote_texts, held)  # type: ignore[arg-type]

    def iter_annotation_tuples(
        self,
        columns: str,
        *,
        doc_id: int | None = None,
        kinds: Iterable[str] | None = None,
        statuses: Iterable[str] | None = None,
        coder: str | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """The live annotations :meth:`iter_annotations` yields, in its order, as plain
        tuples of the SQL expressions ``columns`` (over ``a``), JSON left undecoded.

        For the CSV export of a million rows: a dict and a JSON decode per row, and the
        columns it does not write, cost more than reading the rows.
        """
        where, params = self._annotation_where(doc_id, kinds, statuses, coder, None, False)
        cur = self.conn.cursor()
        cur.row_factory = None  # tuples: no sqlite3.Row to build and index by name
        # The cursor itself, not a generator over it: no Python frame resumed per row.
        return cur.execute(f"SELECT {columns} FROM annotations a WHERE {where} "
                           f"ORDER BY {ANNOTATION_ORDER}", params)

    @staticmethod
    def _annotation_where(
        doc_id: int | None,
        kinds: Iterable[str] | None,
        statuses: Iterable[str] | None,
        coder: str | None,
        ids: Iterable[str] | None,
        trashed: bool,
    ) -> tuple[str, list[Any]]:
        """The WHERE clause (over ``a``) and its parameters for the annotation filters."""
        where = ["a.deleted_at IS NOT NULL" if trashed else "a.deleted_at IS NULL"]
        if not trashed:
            # A list of trashed documents made once, rather than a join: a join reads each
            # annotation's document row, walking its whole text to reach deleted_at.
            where.append("a.doc_id NOT IN (SELECT id FROM documents "
                         "WHERE deleted_at IS NOT NULL)")
        params: list[Any] = []
        if doc_id is not None:
            where.append("a.doc_id = ?")
            params.append(doc_id)
        statuses = list(statuses) if statuses is not None else None  # read twice
        for col, values in (("a.kind", kinds), ("a.status", statuses), ("a.id", ids)):
            if values is not None:
                values = list(values)
                where.append(f"{col} IN ({','.join('?' * len(values))})" if values else "0")
                params.extend(values)
        where.extend(status_index_terms(statuses))
        if coder is not None:
            where.append("a.coder = ?")
            params.append(coder)
        return " AND ".join(where), params

    def links(self, ann_ids: Iterable[str] | None = None) -> list[Row]:
        """Live links between live annotations, optionally only those touching ``ann_ids``."""
        sql = (
            "SELECT l.* FROM links l JOIN annotations s ON s.id = l.source_id "
            "JOIN annotations t ON t.id = l.target_id WHERE l.deleted_at IS NULL "
            "AND s.deleted_at IS NULL AND t.deleted_at IS NULL"
        )
        params: list[Any] = []
        if ann_ids is not None:
            ids = list(ann_ids)
            marks = ",".join("?" * len(ids))
            sql += f" AND (l.source_id IN ({marks}) OR l.target_id IN ({marks}))"
            params = ids + ids
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY l.created_at", params)]

    def actors(self, *, trashed: bool = False) -> list[Row]:
        """Actor records not in the trash (those in it with ``trashed``), by name,
        aliases decoded."""
        rows = self.conn.execute("SELECT * FROM actors WHERE deleted_at IS "
                                 f"{'NOT NULL' if trashed else 'NULL'} ORDER BY name")
        return [_decode(r) for r in rows]  # type: ignore[misc]

    def annotations_naming_actors(self, record_fields: dict[str, str],
                                  actor_ids: Sequence[str]) -> list[Row]:
        """Annotations, trashed ones included, whose actor-record field (``record_fields``:
        kind -> that field) holds one of ``actor_ids``."""
        out: list[Row] = []
        if not actor_ids:
            return out
        marks = ",".join("?" * len(actor_ids))
        for kind, name in record_fields.items():
            path = '$."' + name.replace('"', '""') + '"'
            rows = self.conn.execute(
                f"SELECT * FROM annotations WHERE kind = ? AND json_extract(fields, ?) "
                f"IN ({marks}) ORDER BY rowid", [kind, path, *actor_ids])
            out += self.fill_quotes(map(_decode, rows))  # type: ignore[arg-type]
        return out

    def actors_typed(self, types: Sequence[str]) -> list[Row]:
        """Actor records, trashed ones included, whose type is one of ``types``."""
        if not types:
            return []
        marks = ",".join("?" * len(types))
        rows = self.conn.execute(f"SELECT * FROM actors WHERE actor_type IN ({marks}) "
                                 "ORDER BY rowid", list(types))
        return [_decode(r) for r in rows]  # type: ignore[misc]

    def annotations_holding(self, kind: str, field: str, values: Sequence[str]) -> list[Row]:
        """Annotations of ``kind``, trashed ones included, whose ``field`` holds one of
        ``values`` (a choice being renamed or removed)."""
        return self.annotations_naming_actors({kind: field}, values)

    def incidents_naming_actors(self, actor_ids: Sequence[str]) -> list[Row]:
        """Incidents, trashed ones included, whose actor list holds one of ``actor_ids``."""
        if not actor_ids:
            return []
        marks = ",".join("?" * len(actor_ids))
        rows = self.conn.execute(
            "SELECT * FROM incidents WHERE EXISTS (SELECT 1 FROM json_each(incidents.actors) "
            f"j WHERE j.value ->> 'actor_id' IN ({marks})) ORDER BY id", list(actor_ids))
        return [_decode(r) for r in rows]  # type: ignore[misc]

    def original(self, sha256: str) -> bytes | None:
        """The bytes of an imported file, or None if no original has this SHA-256."""
        row = self.conn.execute("SELECT data FROM originals WHERE sha256 = ?", (sha256,))
        found = row.fetchone()
        return bytes(found[0]) if found else None

    def iter_originals(self) -> Iterator[tuple[str, bytes]]:
        """Every stored original as (SHA-256, bytes), for checking them one at a time."""
        for sha, data in self.conn.execute("SELECT sha256, data FROM originals ORDER BY sha256"):
            yield sha, bytes(data)

    def iter_texts(self) -> Iterator[tuple[int, str, str]]:
        """Every document's (id, text, recorded text SHA-256), trash included."""
        yield from self.conn.execute("SELECT id, text, text_sha256 FROM documents ORDER BY id")

    def audit(self, *, entity_id: str | None = None, limit: int | None = None,
              after: int | None = None, txn: int | None = None) -> list[Row]:
        """Audit log entries, newest first, optionally for one row's id only; with
        ``after``, the entries after that seq that writes to this file made (not
        those a merge carried from other projects), oldest first (what another
        program wrote since, ``core/outside.py``); with ``txn``, the entries of that
        transaction of this file's own (a carried entry's number is its project's)."""
        sql, params = "SELECT * FROM audit", []
        if entity_id is not None:
            sql += " WHERE entity_id = ?"
            params.append(entity_id)
        if txn is not None:
            sql += (" AND" if params else " WHERE") + " txn = ? AND merged_from IS NULL"
            params.append(txn)
        if after is not None:
            sql += (" AND" if params else " WHERE") + " seq > ? AND merged_from IS NULL"
            params.append(after)
        sql += " ORDER BY seq" if after is not None else " ORDER BY seq DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        layouts: dict[str, auditimage.Layout] = {}
        texts = derived.DocTexts(self.conn)
        ops = logcodes.Ops(self.conn)
        for r in self.conn.execute(sql, params).fetchall():
            d = logcodes.readable(dict(r), ops)
            for k, v in d.items():  # a BLOB written outside the program (verify names it)
                if v.__class__ is bytes and k not in ("before", "after"):
                    d[k] = v.decode("utf-8", "replace")
            d["before"], d["after"] = (self.audit_image(dict(d), side, layouts, texts)
                                       for side in ("before", "after"))
            out.append(d)
        return out

    def log_rows(self, table: str) -> list[Row]:
        """The audit or custody log as stored (images as JSON text), oldest first; op,
        entity and hash as the chain reads them (``logcodes``)."""
        if table not in ("audit", "custody"):
            raise ValueError(f"not a log: {table}")
        ops = logcodes.Ops(self.conn)
        return [logcodes.readable(dict(r), ops)
                for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY seq")]

    def custody(self, *, doc_id: int | None = None) -> list[Row]:
        """The chain-of-custody log in the order it was written; with ``doc_id``, the
        entries about that document only: its own, and those a merge carried about a
        file it was made from. A carried entry names the document by its number in the
        project it was written in, so read by number it was another file's (a coder's
        document 2 is not this project's) and the entries of this one were missed."""
        rows = self.log_rows("custody")
        if doc_id is None:
            return rows
        own = [r for r in rows if r["doc_id"] == doc_id and not r["merged_from"]]
        files = {r["sha256"] for r in own if r["sha256"]}
        doc = self.get("document", doc_id)
        if doc is not None and doc.get("original_sha256"):
            files.add(doc["original_sha256"])
        return [r for r in rows if (r["doc_id"] == doc_id and not r["merged_from"])
                or (r["merged_from"] and r["sha256"] in files)]

    def imported_from(self) -> list[tuple[int, str]]:
        """(document, file name as given) for every file this project's own custody log
        says a document was imported or re-imported from (not the rows a merge carried
        over, whose document numbers are another project's)."""
        return [(int(r[0]), str(r[1])) for r in self.conn.execute(
            "SELECT DISTINCT doc_id, filename FROM custody WHERE merged_from IS NULL "
            "AND action IN ('import', 'reimport') AND doc_id IS NOT NULL "
            "AND filename IS NOT NULL AND filename != ''")]

    def documents_made_from(self, sha256: str) -> list[int] | None:
        """Documents, trashed ones too, whose original is (or was, before a re-import)
        the file with this SHA-256; None when the project keeps no such original (empty:
        it keeps one, but its documents were all merged away)."""
        if self.original_size(sha256) is None:
            return None
        return [int(r[0]) for r in self.conn.execute(
            "SELECT id FROM documents WHERE original_sha256 = ? UNION "
            "SELECT doc_id FROM custody WHERE sha256 = ? AND merged_from IS NULL "
            "AND doc_id IN (SELECT id FROM documents) ORDER BY 1", (sha256, sha256))]

    def original_size(self, sha256: str) -> int | None:
        """The size of the kept original with this SHA-256, None if there is none."""
        row = self.conn.execute("SELECT size FROM originals WHERE sha256 = ?",
                                (sha256,)).fetchone()
        return None if row is None else int(row[0])

    def search(self, terms: str | list[str], limit: int = 500, offset: int = 0, *,
               spans: bool = False) -> list[Row]:
        """Full-text index hits for FTS5 terms (all must match), best first, outside the trash.

        The ranking query reads only rowids and scores; the page's rows are then named
        from their rowids (an annotation's own, a document's below zero: see
        ``searchindex``), so a word found 100,000 times costs no 100,000 row reads. Only
        when some document is in the trash are its annotations' rowids left out.
        A segmented document (see ``segments``) can hold its words in different rows, so
        its rows are matched a term at a time and it is one hit when every term is found
        in some segment; only then are both lists merged before the page is cut.
        ``spans``: an annotation's hit also carries its ``start``, ``end``, quote
        (``exact``, derived where stored derived) and ``deleted_at``, read with its id in
        the same query by rowid (what a page of results shows).
        """
        terms = terms.split() if isinstance(terms, str) else terms
        match = " ".join(terms)
        trashed = [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE deleted_at IS NOT NULL")]
        where = "search MATCH ?"
        params: list[Any] = [match]
        if trashed:
            where += (" AND rowid NOT IN (SELECT rowid FROM annotations WHERE doc_id IN "
                      f"({','.join('?' * len(trashed))}))")
            params += trashed
        segmented = self._segment_hits(terms, set(trashed))
        if segmented:
            where += " AND rowid > ?"
            params.append(-searchindex.SEGMENT_BASE)
            ranked = self.conn.execute(
                f"SELECT rowid, bm25(search) AS score FROM search WHERE {where} "
                "ORDER BY score LIMIT ?", [*params, limit + offset]).fetchall()
        else:
            ranked = self.conn.execute(
                f"SELECT rowid, bm25(search) AS score FROM search WHERE {where} "
                "ORDER BY score LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        anns: dict[int, Any] = {}
        more = (f', a.start, a."end", {quotes.sql("a", "exact")}, a.deleted_at'
                if spans else "")
        for chunk, marks in in_chunks([r[0] for r in ranked if r[0] > 0]):
            anns.update((r[0], r) for r in self.conn.execute(
                f"SELECT a.rowid, a.id, a.doc_id{more} FROM annotations a "
                f"WHERE a.rowid IN ({marks})", chunk))
        hits = []
        for rid, score in ranked:
            if rid < 0:
                hits.append({"doc_id": searchindex.doc_of(rid), "ann_id": None,
                             "field": "text", "score": score})
            elif rid in anns:  # else the row went away under the index: verify names it
                a = anns[rid]
                hit = {"doc_id": a[2], "ann_id": a[1], "field": "annotation", "score": score}
                if spans:
                    hit.update(start=a[3], end=a[4], exact=a[5], deleted_at=a[6])
                hits.append(hit)
        if segmented:
            hits += [{"doc_id": d, "ann_id": None, "field": "text", "score": score}
                     for d, score in segmented.items()]
            hits = sorted(hits, key=lambda h: h["score"])[offset : offset + limit]
        return hits

    def search_documents(self, terms: list[str]) -> set[int]:
        """Every document outside the trash whose text or live annotations hold all the
        FTS5 ``terms``: the set a search's result list shows, however many hits it has
        (no ranking, no page: one pass over the matching rowids)."""
        match = " ".join(terms)
        trashed = {r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE deleted_at IS NOT NULL")}
        docs = {searchindex.doc_of(r[0]) for r in self.conn.execute(
            "SELECT rowid FROM search WHERE search MATCH ? AND rowid < 0 AND rowid > ?",
            (match, -searchindex.SEGMENT_BASE))}
        docs.update(r[0] for r in self.conn.execute(
            "SELECT DISTINCT doc_id FROM annotations WHERE deleted_at IS NULL AND rowid IN "
            "(SELECT rowid FROM search WHERE search MATCH ? AND rowid > 0)", (match,)))
        docs.update(self._segment_hits(terms, trashed))
        return docs - trashed

    def document_text_matches(self, terms: list[str], doc_id: int) -> bool:
        """Whether the document's own index rows (its title and text, or its segments)
        hold every one of the FTS5 ``terms``."""
        lo, hi = searchindex.doc_rid_bounds(doc_id)
        return all(self.conn.execute(
            "SELECT 1 FROM search WHERE search MATCH ? AND (rowid = ? OR rowid BETWEEN ? "
            "AND ?) LIMIT 1", (term, -doc_id, lo, hi)).fetchone() for term in terms)

    def first_annotation_match(self, terms: list[str], doc_id: int) -> str | None:
        """The id of the document's first live annotation (in reading order) whose
        quote, fields or memo hold all the FTS5 ``terms``, or None."""
        row = self.conn.execute(
            "SELECT id FROM annotations WHERE doc_id = ? AND deleted_at IS NULL AND rowid IN "
            "(SELECT rowid FROM search WHERE search MATCH ? AND rowid > 0) "
            'ORDER BY start, "end", id LIMIT 1', (doc_id, " ".join(terms))).fetchone()
        return row[0] if row else None

    def _segment_hits(self, terms: list[str], trashed: set[int]) -> dict[int, float]:
        """Segmented documents holding every term somewhere -> score (summed best bm25)."""
        bound = -searchindex.SEGMENT_BASE
        if self.conn.execute("SELECT 1 FROM search_documents WHERE rid <= ? LIMIT 1",
                             (bound,)).fetchone() is None:
            return {}
        found: dict[int, float] | None = None
        for term in terms:
            best: dict[int, float] = {}
            for rowid, score in self.conn.execute(
                    "SELECT rowid, bm25(search) FROM search WHERE search MATCH ? "
                    "AND rowid <= ?", (term, bound)):
                doc = searchindex.doc_of(rowid)
                best[doc] = min(best.get(doc, 0.0), score)
            found = best if found is None else {
                d: s + best[d] for d, s in found.items() if d in best}
            if not found:
                return {}
        return {d: s for d, s in (found or {}).items() if d not in trashed}

    def annotation_spans(self, ids: Iterable[str]) -> dict[str, Row]:
        """Id, document, span, quote and trash mark of the annotations named (search hits)."""
        ids = list(ids)
        out: dict[str, Row] = {}
        for chunk, marks in in_chunks(ids):
            out.update((r[0], dict(r)) for r in self.conn.execute(
                f'SELECT id, doc_id, start, "end", {quotes.sql("a", "exact")} AS exact, '
                f"deleted_at FROM annotations a WHERE id IN ({marks})", chunk))
        return out

    def document_texts(self, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """Title and text of the documents named (search snippets)."""
        ids = list(ids)
        return {r[0]: (r[1] or "", r[2]) for r in self.conn.execute(
            f"SELECT id, title, text FROM documents WHERE id IN ({','.join('?' * len(ids))})",
            ids)}

    def document_titles_of(self, ids: Iterable[int]) -> dict[int, str]:
        """Titles of the documents named, without reading their text."""
        ids = list(ids)
        return {r[0]: r[1] or "" for r in self.conn.execute(
            f"SELECT id, title FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids)}

    def schema_tables(self) -> dict[str, list[str]]:
        """Every table of the file (internal and index tables included) -> its columns."""
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: [c[1] for c in self.conn.execute(f'PRAGMA table_info("{n}")')]
                for n in names}

    def schema_views(self) -> list[str]:
        """The names of the file's views."""
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")]

    def raw_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of ``table`` with text left as bytes, for checking a damaged file.

        Read as bytes because a flipped byte makes SQLite's own decoding fail for the
        whole query; each value is then checked on its own by the caller.
        """
        old = self.conn.text_factory
        self.conn.text_factory = bytes
        try:
            cur = self.conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            for values in cur:
                yield dict(zip(names, values, strict=True))
        finally:
            self.conn.text_factory = old

    def has_codebook(self) -> bool:
        """Whether the codebook was ever written (checked without decoding it)."""
        return self.conn.execute("SELECT 1 FROM codebook LIMIT 1").fetchone() is not None

    def integrity(self) -> list[str]:
        """SQLite's own consistency problems, one sentence each; empty when sound."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for r in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"row {r[1]} of {r[0]} points to a missing {r[2]} row")
        return problems

    def stats(self) -> Row:
        """How many documents and annotations are outside the trash."""
        def count(table: str) -> int:
            hint = self._live_index() if table == "annotations" else ""
            sql = f"SELECT count(*) FROM {table} {hint} WHERE deleted_at IS NULL"
            return self.conn.execute(sql).fetchone()[0]

        return {"documents": count("documents"), "annotations": count("annotations")}

    # ---------------------------------------------------------------- writes
    def transaction(self, op: str, coder: str) -> Transaction:
        """A write that is not recorded for undo; use it in a ``with`` block."""
        return Transaction(self, op, coder)


def _storage_error(err: Exception) -> StorageError:
    reason = quotes.failure_reason(err)
    if "full" in reason:
        hint = "the disk is full"
    elif "locked" in reason or "busy" in reason:
        hint = "another program is writing to the project"
    elif "readonly" in reason or "read-only" in reason:
        hint = "the project file is read-only"
    else:
        hint = reason
    return StorageError(f"The change was not saved because {hint}; the project is unchanged.")


class Transaction:
    """Collects row changes; on exit writes them, the audit log and the index at once."""

    def __init__(self, repo: Repo, op: str, coder: str):
        self.repo = repo
        self.conn = repo.conn
        self.coder = coder
        self.changeset = ChangeSet(op)
        # What the timeline index must recompute before the commit (see _record).
        self._timeline_ids: set[str] = set()
        self._timeline_gone: set[int] = set()
        self._timeline_kinds: set[str] = set()
        self._at: str | None = None
        # Derived quotes (``quotes``): whether the file stores them (schema 20 on), and
        # the documents whose text this transaction changes (their rows stay in full).
        self._derives = False
        self._text_docs: set[Any] = set()
        # Documents written whose index rows are still to be written (``_index_documents``):
        # id -> (title, text), None for one trashed or gone; and their texts' length.
        self._unindexed: dict[int, tuple[str | None, str] | None] = {}
        self._unindexed_chars = 0

    def time(self) -> str:
        """This write's time: one clock reading for its audit entries and for the rows
        that record when they were made (so their images mark it, ``auditimage``)."""
        if self._at is None:
            self._at = clock.now()
        return self._at

    def __enter__(self) -> Transaction:
        if self.repo.read_only:
            raise StorageError("The project is read-only: the change was not saved. Copy it "
                               "somewhere writable to change it.")
        if self.conn.in_transaction:
            from workbench.core.rawread import reading  # rawread imports this module

            if reading(self.conn):
                # A check or an export of this program reads one state of the project
                # on this connection (the window's field stored as the check's dialog
                # took the cursor). The clean-up below would end that read.
                raise StorageError("The change was not saved because the project is being "
                                   "read for a check or an export; make it again once "
                                   "that has finished. The project is unchanged.")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except dbapi.OperationalError as err:
            # Stopped after it left autocommit, BEGIN leaves the transaction open:
            # every later write of this connection would then be refused.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _storage_error(err) from err
        # Reads inside the write must see what other processes committed before it began.
        self.repo.forget_cached()
        quotes.forget_read_failure()
        try:
            self._derives = self.repo.derives_quotes()
        except BaseException as err:
            # ``with`` calls no __exit__ when __enter__ fails: end the write here, or it
            # would hold the lock and refuse every later write of this connection.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(err, dbapi.OperationalError):
                raise _storage_error(err) from err
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> bool | None:
        self.repo.forget_cached()
        if exc_type is None:
            try:
                # Once, at the end: a codebook change and the annotation writes of the
                # same transaction are then seen together.
                timeline_index.refresh(self.conn, self._timeline_ids, self._timeline_gone,
                                       self._timeline_kinds)
                if not self.conn.in_transaction:
                    # SQLite rolled the write back itself (an I/O error or a full disk
                    # that a reader on the way caught): its audit entries must not be
                    # saved alone, in autocommit, for a change that is not there.
                    raise StorageError("The change was not saved because the disk failed "
                                       "during the write; the project is unchanged.")
                self._index_documents()
                self._write_audit()
                self.conn.execute("COMMIT")
                return None
            except BaseException as err:  # a failed COMMIT must not leave the txn open
                exc = err
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, dbapi.OperationalError):
            raise _storage_error(exc) from exc
        if exc_type is None:
            raise exc  # type: ignore[misc]
        return None

    # -- row primitives: each records its before and after image
    def insert(self, entity: str, row: Row) -> Row:
        """Add a row and return it as stored (with its assigned key)."""
        table, pk = TABLES[entity]
        given = row
        if entity == "annotation":
            row = self._quote_form(row)
        cols = list(row)
        # A big text still in UTF-8 is written into its row in pieces where the build
        # allows it: bound whole, SQLite would keep a copy with the cached statement.
        streamed = {k: v for k, v in row.items()
                    if isinstance(v, EncodedText) and hasattr(self.conn, "blobopen")}
        slots = ",".join("CAST(zeroblob(?) AS TEXT)" if k in streamed else _slot(v)
                         for k, v in row.items())
        params = [len(streamed[k].utf8) if k in streamed else v
                  for k, v in _encode(row).items()]
        cur = self.conn.execute(
            f"INSERT INTO {table} ({','.join(map(_q, cols))}) VALUES ({slots})", params)
        for col, text in streamed.items():
            self._write_pieces(table, col, cur.lastrowid, text.pieces())
        key = row.get(pk, cur.lastrowid)
        after = self.repo.get(entity, key, known=given)
        self._record(entity, key, None, after)
        return after  # type: ignore[return-value]

    def insert_many(self, entity: str, rows: list[Row]) -> list[Row]:
        """Add many rows of one entity at once, each recorded as ``insert`` would record it
        (its own after image, audit row and index row), with far fewer round trips.

        Every row must name its key and the same columns (the bulk annotation path does).
        """
        if not rows:
            return []
        table, pk = TABLES[entity]
        cols = list(rows[0])
        if pk not in cols or AUDIT_OMIT & set(cols):
            raise ValueError(f"insert_many needs keyed {entity} rows without large columns")
        held: dict[Any, str | None] = {}  # texts derived quotes are read from
        if entity == "annotation" and self._derives:
            rows = [self._quote_form(r, held) for r in rows]
            if any(len(r) != len(cols) for r in rows):  # a derived row names prefix and suffix
                rows = [{**r, "prefix": r.get("prefix", ""), "suffix": r.get("suffix", "")}
                        for r in rows]
                cols = list(rows[0])
        rowsinsert.insert_rows(
            self.conn, f"INSERT INTO {table} ({','.join(map(_q, cols))})", len(cols),
            # Each row encoded once (not once per column: its JSON dumped 16 times).
            [[e[c] for c in cols] for e in map(_encode, rows)],
        )
        # Read back as stored (defaults filled in), a chunk at a time: the same images
        # a single insert records.
        stored: dict[Any, Row] = {}
        keys = [r[pk] for r in rows]
        for chunk, marks in in_chunks(keys):
            cur = self.conn.execute(f"SELECT * FROM {table} WHERE {pk} IN ({marks})", chunk)
            stored.update((row[pk], row) for row in map(_decode, cur))  # type: ignore[index]
        afters = [stored[k] for k in keys]
        if entity == "annotation":
            for after in afters:
                quotes.fill(after, self.repo.quote_texts, held)
        self.changeset.changes.extend(
            Change(entity, str(k), None, after) for k, after in zip(keys, afters, strict=True))
        if entity == "annotation":  # indexed by the triggers of ``searchindex``
            self._timeline_ids.update(map(str, keys))
        elif entity == "document":  # pragma: no cover - documents carry their text
            raise ValueError("documents are inserted one at a time")
        return afters

    def insert_documents(self, rows: list[Row],
                         bodies: list[str | None] | None = None) -> list[Row]:
        """Add new documents at once, each given and recorded what ``insert`` gives it:
        the next free key (in order), its after image, audit row and search-index rows.

        Only for texts held as strings (small imported files): a text still in UTF-8
        goes through ``insert``, which writes it into its row in pieces. Every row names
        the same columns and no key. ``bodies``, one a row, may give the search index's
        folded body of a row already made (``segments.whole_body`` of the row's very
        title and text, for a document indexed in one row; None where not made).
        """
        if not rows:
            return []
        cols = ["id", *rows[0]]
        if any("id" in r or isinstance(r["text"], EncodedText) or len(r) != len(cols) - 1
               for r in rows):
            raise ValueError("insert_documents needs unkeyed rows of one shape, texts as str")
        # The keys SQLite would pick one insert at a time: each one past the largest.
        top = self.conn.execute("SELECT id FROM documents ORDER BY id DESC LIMIT 1").fetchone()
        first = (top[0] if top else 0) + 1
        # One pass a row: its parameters taken by place (the JSON columns encoded where
        # they sit), its after image made from them; no dict of the row keyed, encoded
        # and read again by column name first (~15 us a document of an import).
        given = cols[1:]
        values_of = operator.itemgetter(*given) if len(given) > 1 else (
            lambda row: (row[given[0]],))
        json_at = [i for i, c in enumerate(cols) if c in JSON_COLUMNS]
        encode_json = _JSON_COLUMN.encode
        params = []
        for n, row in enumerate(rows):
            values = [first + n, *values_of(row)]
            for i in json_at:
                v = values[i]
                # An empty list (an imported text's page starts) is "[]" by any encoder:
                # the encoder's call costs more than the rest of the row's parameters.
                values[i] = "[]" if v.__class__ is list and not v else encode_json(v)
            params.append(values)
        rowsinsert.insert_rows(
            self.conn, f"INSERT INTO documents ({','.join(map(_q, cols))})", len(cols), params)
        # The images a single insert records (as stored: defaults filled in, JSON read as
        # JSON), texts taken from the rows given. Made from the rows bound where SQLite
        # keeps every value as bound (``storedrows``), else read back a chunk at a time.
        read = [c for c in self.repo._columns("documents") if c not in AUDIT_OMIT]
        spec = self.repo._column_spec("documents")
        decode = {c: _loads for c in JSON_COLUMNS}
        make = storedrows.maker(spec, read, cols, decode, True)
        made = [make(v) for v in params] if make is not None else [None] * len(params)
        missing = [v[0] for v, m in zip(params, made, strict=True) if m is None]
        if missing:
            stored: dict[int, Row] = {}
            for chunk, marks in in_chunks(missing):
                cur = self.conn.execute(
                    f"SELECT {','.join(map(_q, read))} FROM documents WHERE id IN ({marks})",
                    chunk)
                stored.update((r["id"], r) for r in map(_decode, cur))  # type: ignore[index]
            made = [m if m is not None else stored[v[0]]
                    for v, m in zip(params, made, strict=True)]
        omitted = [c for c in AUDIT_OMIT if c in rows[0]]
        changes = self.changeset.changes
        for row, after in zip(rows, made, strict=True):
            for c in omitted:
                after[c] = row[c]  # type: ignore[index]
            changes.append(Change("document", str(after["id"]), None, after))  # type: ignore[index]
        if bodies is not None and len(bodies) != len(rows):
            raise ValueError("insert_documents needs one body (or None) a row")
        self._index_new_documents(made, bodies)  # type: ignore[arg-type]
        return made  # type: ignore[return-value]

    def update(self, entity: str, id_: Any, values: Row) -> Row:
        """Change some columns of a row and return it as stored; unchanged values are skipped."""
        table, pk = TABLES[entity]
        before = self.repo.get(entity, id_)
        if before is None:
            raise KeyError(f"{entity} {id_}")
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return before
        if entity == "annotation" and _QUOTED.intersection(changed):
            # The quote is stored anew, derived or in full, whenever it or what it is
            # derived from changes (and the index's trigger sees the quote written).
            form = self._quote_form({**before, **changed}, stored_full=True)
            changed.update((c, form[c]) for c in auditimage.QUOTE_COLUMNS)
        elif entity == "document" and {"text", "text_sha256"}.intersection(changed):
            self._write_out_quotes(id_)
        sets = ",".join(f"{_q(k)} = {_slot(v)}" for k, v in changed.items())
        self.conn.execute(
            f"UPDATE {table} SET {sets} WHERE {pk} = ?", [*_encode(changed).values(), id_]
        )
        after = self.repo.get(entity, id_, known={k: v for k, v in changed.items()
                                                  if k in AUDIT_OMIT})
        self._record(entity, id_, before, after)
        return after  # type: ignore[return-value]

    def _quote_form(self, row: Row, held: dict[Any, str | None] | None = None, *,
                    stored_full: bool = False) -> Row:
        """``row`` as an annotation's row stores it: its quote derived (``quotes``)
        where the file takes derived quotes, the row is anchored and its document's
        text is not changed in this transaction. ``stored_full``: return the quote
        columns whichever form they take (an update writes all three)."""
        doc_id = row.get("doc_id")
        text = None
        if self._derives and doc_id not in self._text_docs:
            if held is None:
                text = self.repo.quote_texts.current(doc_id)
            elif doc_id in held:
                text = held[doc_id]
            else:
                text = held[doc_id] = self.repo.quote_texts.current(doc_id)
        form = quotes.stored(row, text)
        if form[0] is quotes.MARK or stored_full:
            return {**row, **dict(zip(auditimage.QUOTE_COLUMNS, form, strict=True))}
        return row

    def _write_out_quotes(self, doc_id: Any) -> None:
        """Store every derived quote of a document in full, before its text changes or
        it goes: the quotes stay what they are, and its rows in this transaction are
        stored in full."""
        self._text_docs.add(int(doc_id) if str(doc_id).isdigit() else doc_id)
        if not self._derives:
            return
        text = self.repo.quote_texts.current(doc_id)
        rows = self.conn.execute(
            f'SELECT rowid, start, "end" FROM annotations a WHERE doc_id = ? AND '
            f"{quotes.derived_sql('a')}", (doc_id,)).fetchall()
        self.conn.executemany(
            "UPDATE annotations SET exact = ?, prefix = ?, suffix = ? WHERE rowid = ?",
            [(*((quotes.quote_of(text, s, e) if text is not None else None)
                or ("", "", "")), rowid) for rowid, s, e in rows])

    def delete(self, entity: str, id_: Any) -> None:
        """Remove a row for good; only undo of a creation does this."""
        table, pk = TABLES[entity]
        before = self.repo.get(entity, id_)
        if before is None:
            return
        if entity == "annotation":  # its timeline entry is keyed by the rowid going away
            self._timeline_gone.update(r[0] for r in self.conn.execute(
                "SELECT rowid FROM annotations WHERE id = ?", (id_,)))
        elif entity == "document":
            self._write_out_quotes(id_)
        self.conn.execute(f"DELETE FROM {table} WHERE {pk} = ?", (id_,))
        self._record(entity, id_, before, None)

    def restore_image(self, entity: str, id_: Any, image: Row | None) -> None:
        """Make the row equal ``image`` (None: absent), whatever it is now."""
        current = self.repo.get(entity, id_)
        if image is None:
            self.delete(entity, id_)
        elif current is None:
            self.insert(entity, image)
        else:
            self.update(entity, id_, {k: v for k, v in image.items() if k in current})

    def restore_images(self, items: Iterable[tuple[str, Any, Row | None]]) -> None:
        """:meth:`restore_image` for each (entity, key, image), in order, recorded as each
        would record it. Runs of annotations put back whole or taken away (the undo and
        redo of a merge that added thousands) go a few hundred a statement: a statement
        each gave their search rows an FTS5 segment each (``rowsinsert``)."""
        adds: list[Row] = []  # annotations to insert, in order
        gone: dict[Any, Row] = {}  # annotations to delete (key -> row as it is), in order
        held: set[Any] = set()  # the keys of both

        def flush() -> None:
            if adds:
                self.insert_many("annotation", adds[:])
            if gone:
                self._delete_annotations(dict(gone))
            adds.clear()
            gone.clear()
            held.clear()

        for entity, key, image in items:
            if entity != "annotation" or key in held:
                flush()
                self.restore_image(entity, key, image)
                continue
            current = self.repo.get(entity, key)
            if image is None and current is not None:
                if adds:
                    flush()
                gone[key] = current
                held.add(key)
            elif image is not None and current is None and image.get("id") == key:
                if gone or (adds and adds[0].keys() != image.keys()):
                    flush()
                adds.append(image)
                held.add(key)
            else:
                flush()
                if image is None:
                    continue  # absent already: nothing to record
                if current is None:
                    self.insert(entity, image)
                else:
                    self.update(entity, key, {k: v for k, v in image.items() if k in current})
        flush()

    def _delete_annotations(self, rows: dict[Any, Row]) -> None:
        """:meth:`delete` of annotations (key -> the row as it is now), a few hundred a
        statement, each recorded as ``delete`` records it."""
        keys = list(rows)
        for chunk, marks in in_chunks(keys):
            self._timeline_gone.update(r[0] for r in self.conn.execute(
                f"SELECT rowid FROM annotations WHERE id IN ({marks})", chunk))
            self.conn.execute(f"DELETE FROM annotations WHERE id IN ({marks})", chunk)
        for key in keys:
            self._record("annotation", key, rows[key], None)

    def add_original(self, sha256: str, data: bytes | FileBytes) -> bool:
        """Store an imported file's bytes; False when they were already stored.

        A file left on disk (:class:`FileBytes`) is written into its row a piece at a
        time where the SQLite build allows it, so only SQLite's own copy of the row
        is ever in memory; ImportRejected if the file changed since it was parsed.
        """
        exists = self.conn.execute("SELECT 1 FROM originals WHERE sha256 = ?", (sha256,))
        if exists.fetchone():
            return False
        if isinstance(data, FileBytes) and hasattr(self.conn, "blobopen"):
            cur = self.conn.execute(
                "INSERT INTO originals(sha256, data, size) VALUES (?, zeroblob(?), ?)",
                (sha256, data.size, data.size))
            self._write_pieces("originals", "data", cur.lastrowid, data.chunks())
            return True
        value = data.read() if isinstance(data, FileBytes) else data
        self.conn.execute("INSERT INTO originals(sha256, data, size) VALUES (?, ?, ?)",
                          (sha256, value, len(value)))
        return True

    def add_originals(self, files: Iterable[tuple[str, bytes]]) -> set[str]:
        """:meth:`add_original` for many files' bytes held in memory, in one statement;
        the SHA-256 of those stored now (not already there, each once)."""
        todo: dict[str, bytes] = {}
        for digest, data in files:
            todo.setdefault(digest, data)
        for digest in self.repo.stored_originals(todo):
            del todo[digest]
        rowsinsert.insert_rows(self.conn, "INSERT INTO originals(sha256, data, size)", 3,
                               [(d, data, len(data)) for d, data in todo.items()])
        return set(todo)

    def _write_pieces(self, table: str, column: str, rowid: int | None,
                      pieces: Iterable[bytes | memoryview]) -> None:
        """Fill a value made with zeroblob (the right length) from ``pieces``."""
        assert rowid is not None
        with self.conn.blobopen(table, column, rowid) as blob:
            for piece in pieces:
                blob.write(piece)

    def add_custody(self, action: str, **values: Any) -> None:
        """Append an entry to the chain-of-custody log, stamped with time and coder."""
        append_log(self.conn, "custody", [self.custody_row(action, **values)])

    def custody_row(self, action: str, **values: Any) -> Row:
        """A custody entry as :meth:`add_custody` writes it, for a caller that appends
        several at once (``append_log``). Stamped with the write's time (one clock
        reading for all its entries, audit and custody: a batch of 200 files read the
        clock 200 times before)."""
        return {"at": self.time(), "coder": self.coder, "action": action, **values}

    def append_log(self, log: str, rows: Iterable[Row]) -> int:
        """Append audit or custody rows (e.g. a merged project's), chained; see append_log."""
        return append_log(self.conn, log, rows)

    def append_foreign_audit(self, rows: Iterable[Row], origin: str) -> int:
        """Append audit rows carried over from another project by a merge, verbatim.

        The one door for audit rows this project did not write itself: time, coder, op,
        entity and images stay as the other project wrote them (images as JSON text);
        ``txn`` becomes this merge's transaction number, and ``merged_from`` keeps the
        row's origin: the row's own ``merged_from`` if it was already carried once,
        else ``origin`` (JSON naming the source project) with the row's txn and seq
        there. Returns how many rows were written.
        """
        txn = self._txn_number()
        # Chained like the project's own rows (append_log), so verify covers them too.
        return append_log(self.conn, "audit", (
            {"txn": txn, "at": r["at"], "coder": r["coder"], "op": r["op"],
             "entity": r["entity"], "entity_id": r["entity_id"], "before": r["before"],
             "after": r["after"], "merged_from": r.get("merged_from") or _origin(origin, r)}
            for r in rows))

    def append_foreign_custody(self, rows: Iterable[Row], origin: str) -> int:
        """Append custody rows carried over from another project by a merge, verbatim
        (``doc_id`` is the document's number in the project the row came from); marked
        like :meth:`append_foreign_audit`, and ``merged_from`` names this merge's
        transaction too (:data:`CARRIED_IN`): a custody row has no ``txn``, and without
        it the rows of a merge undone since could not be told from those of a merge
        that stands. Returns how many rows were written."""
        txn = self._txn_number()
        return append_log(self.conn, "custody", (
            {"at": r["at"], "coder": r["coder"], "action": r["action"], "doc_id": r["doc_id"],
             "sha256": r["sha256"], "filename": r["filename"], "importer": r["importer"],
             "importer_version": r["importer_version"], "detail": r["detail"],
             "merged_from": _carried_in(r.get("merged_from") or _origin(origin, r), txn)}
            for r in rows))

    def set_meta(self, key: str, value: str) -> None:
        """Set one of the project's key/value facts."""
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- bookkeeping
    def _record(self, entity: str, id_: Any, before: Row | None, after: Row | None) -> None:
        self.changeset.changes.append(Change(entity, str(id_), before, after))
        if entity == "document" and before is not None and "text" in before and (
                after is None or after.get("text_sha256") != before.get("text_sha256")):
            self._keep_text(before)
        # An annotation's index rows follow it by the triggers of ``searchindex``.
        if entity == "document":
            self._reindex_document(int(id_), after)
        elif entity == "annotation":
            if after is not None:
                self._timeline_ids.add(str(id_))
        elif entity == "codebook" and (timeline_index.timeline_roles((before or {}).get("spec"))
                                       != timeline_index.timeline_roles((after or {}).get("spec"))):
            # A kind's date, count or actor fields changed: all its entries are recomputed.
            self._timeline_kinds.update(r["name"] for r in (before, after) if r)

    def _keep_text(self, before: Row) -> None:
        """Keep a document's text that is replaced or removed: quote marks of earlier
        audit entries derive from it (``derived``). Kept under its hash; verify checks
        it against that hash."""
        if marks_from(self.conn) is None:
            return  # an older schema: no marks, and no table to keep it in
        text = before["text"]
        self.conn.execute("INSERT OR IGNORE INTO past_texts(sha256, text) VALUES (?, ?)",
                          (before["text_sha256"], str(text)))

    def _reindex_document(self, doc_id: int, row: Row | None) -> None:
        """Replace all of a document's index rows (its one row or its segments): a
        document indexed in one row later, with the others written in this transaction
        (:meth:`_index_documents`); a long one, in segments, now."""
        live = row is not None and not row.get("deleted_at")
        title, text = (row.get("title"), row["text"]) if live else (None, None)  # type: ignore[union-attr]
        if text is not None and (isinstance(text, EncodedText)
                                 or segments.is_segmented(title or "", text)):
            self._unindexed.pop(doc_id, None)
            searchindex.replace_document(self.conn, doc_id, title, text)
            return
        self._unindexed[doc_id] = None if text is None else (title, text)
        self._unindexed_chars += len(text or "")
        if self._unindexed_chars >= UNINDEXED_CHARS:
            self._index_documents()

    def _index_documents(self) -> None:
        """Write the index rows of the documents this transaction wrote since the last
        call, all at once (``searchindex.replace_documents``): when the write ends,
        before its commit, and whenever their texts reach ``UNINDEXED_CHARS``. One
        statement a document made an FTS5 segment a document (a merge of 2,000
        documents wrote 2,000 segments, then merged them)."""
        if self._unindexed:
            docs, self._unindexed, self._unindexed_chars = self._unindexed, {}, 0
            searchindex.replace_documents(self.conn, docs)

    def _index_new_documents(self, rows: list[Row],
                             bodies: list[str | None] | None = None) -> None:
        """Index documents just inserted (their keys are new: nothing old to drop);
        ``bodies``: their folded bodies where already made (see ``insert_documents``)."""
        live = [i for i, r in enumerate(rows) if not r.get("deleted_at")]
        searchindex.add_documents(
            self.conn, ((int(rows[i]["id"]), rows[i].get("title"), rows[i]["text"])
                        for i in live),
            None if bodies is None else [bodies[i] for i in live])

    def _txn_number(self) -> int:
        """This transaction's number in the audit log, the same for all its rows."""
        if self.changeset.txn is None:
            # The newest row holds the highest txn; reading it by primary key stays O(1).
            last = self.conn.execute(
                "SELECT txn FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            self.changeset.txn = (last[0] if last else 0) + 1
        return self.changeset.txn

    def _write_audit(self) -> None:
        if not self.changeset.changes:
            return
        txn = self._txn_number()
        at = self.time()
        marked, packed = image_cuts(self.conn)
        marking = marked is not None
        marks = at if marking else None
        texts = derived.WriteTexts(self.conn, {c.id for c in self.changeset.changes
                                               if c.entity == "document"}) if marking else None
        layouts: dict[str, auditimage.Layout] = {}
        packs: dict[str, auditimage.Packs] | None = {} if packed is not None else None
        append_log(self.conn, "audit", (
            {"txn": txn, "at": at, "coder": self.coder, "op": f"{self.changeset.op}:{c.op}",
             "entity": c.entity, "entity_id": c.id,
             "before": encode_image(layouts, self.conn, c.entity, c.before, marks, texts,
                                    packs),
             "after": encode_image(layouts, self.conn, c.entity, c.after, marks, texts,
                                   packs)}
            for c in self.changeset.changes
        ))
