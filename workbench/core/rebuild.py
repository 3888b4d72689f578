"""Every audited row's current state rebuilt from the audit log, compared with its table.

The audit log's last entry for a row holds the row as the program last wrote it (its
after-image; a document's text by its hash). A row that differs from that image was
changed without an audit entry; one missing was deleted without one; one the log never
mentions was added without one. Trashed rows are compared like the others.

The comparison runs inside SQLite first: each row's last image is looked up by its key
and compared with the text the program would have written for the row as stored
(``auditimage.sql_text``, either image format). Only rows where the texts differ, rows
without an entry, and entries naming no row come back to Python, which decodes both
sides and says what differs; so memory stays flat, and a sound project costs no Python
work per row.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from workbench.core import auditimage, dbapi, derived, logcodes, quotes, rawread
from workbench.core.repo import (
    AUDIT_OMIT,
    JSON_COLUMNS,
    TABLES,
    Row,
    audit_layout,
    image_cuts,
    marks_from,
)

# What a row of each audited table is called in a sentence.
NAMES = {"document": "document", "annotation": "annotation", "link": "link",
         "actor": "actor", "codebook": "codebook kind", "incident": "incident",
         "incident_member": "incident member", "incident_type": "incident type"}


@dataclass(frozen=True)
class Difference:
    """One audited row whose table state is not what the audit log last recorded."""

    entity: str
    key: str
    stored: Row | None  # the table row (large columns left out), None if absent
    logged: Row | None  # the last after-image, None if deleted or never logged
    ever_logged: bool
    # The last after-image holds quote marks whose document text the project lacks.
    underivable: bool = False
    # A document's text replaced or removed since marks began, not kept (its hash).
    lost_text: str | None = None
    # Columns holding a BLOB where the row holds text (the values otherwise equal).
    blobs: tuple[str, ...] = ()

    def columns(self) -> list[str]:
        """The columns that differ (those the image records; see module docs)."""
        if self.stored is None or self.logged is None:
            return []
        return [c for c in self.logged if self.stored.get(c) != self.logged.get(c)]

    def sentence(self) -> str:
        table = TABLES[self.entity][0]
        label = f"{NAMES[self.entity]} {self.key}"
        if self.stored is not None and self.stored.get("deleted_at"):
            label += " (in the trash)"
        if self.lost_text:
            return (f"{label}: the text it had until an audit entry replaced or removed it "
                    f"(hash {self.lost_text[:12]}…) is no longer kept, though older audit "
                    "entries derive quotes from it (removed outside the program).")
        if self.underivable:
            return (f"{label}: its last audit entry derives its quote from a document "
                    "text the project no longer holds (the document's text was replaced, "
                    "or a kept text removed, outside the program).")
        if self.blobs:
            return (f"{label}: its {', '.join(self.blobs)} "
                    f"{'is' if len(self.blobs) == 1 else 'are'} stored in the {table} "
                    "table as bytes (a BLOB), not as the text the audit log records "
                    "(changed outside the program).")
        if self.stored is None:
            return (f"{label}: it is missing from the {table} table, but the audit log's "
                    "last entry for it keeps it (deleted without an audit entry).")
        if not self.ever_logged:
            return (f"{label}: it is in the {table} table, but the audit log never "
                    "recorded it (added without an audit entry).")
        if self.logged is None:
            return (f"{label}: it is in the {table} table, but the audit log's last entry "
                    "for it removed it (put back without an audit entry).")
        parts = [f"its {c} is {_show(self.stored.get(c))} in the {table} table but "
                 f"{_show(self.logged.get(c))} in the audit log" for c in self.columns()]
        return f"{label}: {'; '.join(parts)} (changed without an audit entry)."


def _show(value: Any, width: int = 48) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= width else text[: width - 1] + "…\""


def differences(conn: sqlite3.Connection, entities: tuple[str, ...] = tuple(TABLES),
                damaged: list[tuple[str, str]] | None = None) -> Iterator[Difference]:
    """Every audited row whose table state differs from its last audit image.

    Rows whose stored bytes are damaged are not compared; a sentence naming each goes
    to ``damaged`` with its entity when given. Both come entity by entity in ``TABLES``
    order, each by key (a text key by its bytes, a document by its number).

    Only this file's own entries count: entries a merge carried over from another
    project (``merged_from``) describe that project's rows.
    """
    wanted = [e for e in TABLES if e in entities]
    # Ids the log names that no generated-id table holds: rows removed since, and every
    # key of the small tables keyed by a name or a number, which another entity's
    # entries could share ("claim" both a kind and an incident type): their entries
    # are looked up one by one, so a removed row is never hidden by its namesake.
    orphans = rawread.unmatched_log_ids(conn, [TABLES[e] for e in TABLES
                                               if e not in _NAMED])
    # An orphan is compared as an entity's row only where the log holds an own entry of
    # that entity for it: without one, a row of that key is a suspect of the table's own
    # (no entry holds it) and an absent row has nothing to differ from. (Each orphan
    # was looked up in every table, ~1,700 lookups at 100,000 annotations, ~0.2 s.)
    owners = rawread.own_entities(conn, orphans)
    found: list[Difference] = []
    for entity in wanted:
        table, pk = TABLES[entity]
        numbered = entity == "document"
        cols = _image_columns(conn, table)
        # Text keys as bytes whichever mode the connection reads in: sorted as SQLite
        # sorts them. Documents by number.
        # Each suspect's key (as it sorts) and the id its entries name: a forged
        # document id that is no number sorts as 0 but is looked up as written.
        as_key = _number if numbered else rawread.key_bytes
        suspects = {(as_key(k), rawread.key_bytes(k)) for k in _suspects(conn, entity)}
        suspects.update((as_key(k), rawread.key_bytes(k)) for k in orphans
                        if entity in owners.get(rawread.key_bytes(k), ()))
        if entity == "annotation":
            suspects.update((as_key(k), rawread.key_bytes(k)) for k in _quote_suspects(conn))
        bad: list[tuple[str, str]] = []
        texts = derived.DocTexts(conn)
        # An annotation's quote as readers see it: derived where stored derived.
        exprs = ({c: quotes.sql(table, c) for c in auditimage.QUOTE_COLUMNS}
                 if entity == "annotation" and quotes.derives(conn) else None)
        for key, named in sorted(suspects):
            values = rawread.row_by_key(conn, table, cols, pk, key, exprs)
            slot = rawread.latest_image(conn, entity, named)
            diff = _compare(conn, entity, key, cols, values, slot, bad, texts)
            if diff is None and values is not None:
                diff = _blobs(conn, entity, table, pk, key, cols, exprs)
            if diff is not None:
                found.append(diff)
        if entity == "document":
            found.extend(_lost_texts(conn, orphans))
        if damaged is not None:
            damaged.extend(bad)
    yield from found


# The tables keyed by a name or a document's number, not a generated id (all small).
_NAMED = ("document", "codebook", "incident_type")


def _suspects(conn: sqlite3.Connection, entity: str) -> list[Any]:
    """The keys of ``entity``'s rows the comparison inside SQLite does not settle. A
    BLOB stored in a row (only a change outside the program stores one) stops that
    statement, as JSON cannot hold it: then it runs again in the form that gives such
    a row no text, which makes it a suspect like any other changed row."""
    table, pk = TABLES[entity]
    try:
        return list(rawread.suspect_keys(conn, entity, table, pk, _sql_match(conn, entity)))
    except dbapi.OperationalError:
        return list(rawread.suspect_keys(conn, entity, table, pk,
                                         _sql_match(conn, entity, blob_safe=True)))


def _sql_match(conn: sqlite3.Connection, entity: str, blob_safe: bool = False) -> str:
    """SQL true when the audit entry ``l`` holds exactly the row ``t`` (either format);
    ``blob_safe``: never true for a row holding a BLOB (``auditimage.sql_text``)."""
    table, pk = TABLES[entity]
    lay = audit_layout(conn, entity)
    # A derived quote (``quotes``) is compared as readers see it.
    exprs = ({c: quotes.sql("t", c) for c in auditimage.QUOTE_COLUMNS}
             if entity == "annotation" and quotes.derives(conn) else None)
    arr = auditimage.sql_text("t", pk, lay, JSON_COLUMNS, array=True, exprs=exprs,
                              blob_safe=blob_safe)
    obj = auditimage.sql_text("t", pk, lay, JSON_COLUMNS, array=False, exprs=exprs,
                              blob_safe=blob_safe)
    marks, packed = image_cuts(conn)
    packs = (auditimage.packs(auditimage.table_info(conn, table), lay, JSON_COLUMNS)
             if packed is not None else None)
    plan = auditimage.value_plan(conn, table, lay) if packed is not None else None
    timed = marks is not None and bool(auditimage.TIME_COLUMNS.intersection(lay))
    quoted = timed and set(auditimage.QUOTE_COLUMNS) <= set(lay)

    def marked(packs: auditimage.Packs | None, as_stored: bool = False) -> str:
        """Entries written since the file took marks mark every time equal to their
        own; those before never do (a row the guess misses is decoded in Python)."""
        text = auditimage.sql_text("t", pk, lay, JSON_COLUMNS, array=True,
                                   at="l.at" if timed else None, packs=packs, exprs=exprs,
                                   json_as_stored=as_stored, blob_safe=blob_safe,
                                   plan=plan)
        if not quoted:
            return text
        # An image with quote marks holds the row's other values: whether the row's
        # quote is the one its text gives is checked in Python (_quote_suspects).
        with_quote = auditimage.sql_text("t", pk, lay, JSON_COLUMNS, array=True,
                                         at="l.at", quote=True, packs=packs,
                                         json_as_stored=as_stored, blob_safe=blob_safe,
                                         plan=plan)
        mark = "true" if packs is None else auditimage.MARK_CHAR
        three = f"',{mark},{mark},{mark},'"
        return f"CASE WHEN instr(l.after, {three}) THEN {with_quote} ELSE {text} END"

    if timed:
        arr = f"CASE WHEN l.seq >= {marks:d} THEN {marked(None)} ELSE {arr} END"
    same = f"l.after = {arr}"
    if packs is not None:
        # Entries written since the file took packed images hold them packed, but for
        # one holding a value with a packed character, stored unpacked: that one is
        # compared with the unpacked text, only when the packed one differs. The JSON
        # columns are first taken as stored (the writer's spacing since schema 20, no
        # json() per row); a row stored before, with spaces, is compared as json()
        # writes it.
        same = (f"CASE WHEN l.seq < {packed:d} THEN {same} "
                f"WHEN l.after = {marked(packs, as_stored=True)} THEN 1 "
                f"WHEN l.after = {marked(packs)} THEN 1 ELSE {same} END")
    return f"CASE WHEN substr(l.after, 1, 1) = '[' THEN {same} ELSE l.after = {obj} END"


def _quote_suspects(conn: sqlite3.Connection) -> list[Any]:
    """Annotations whose quote marks, if their last image holds any, may stand for other
    values than the row's: every annotation whose quote and context are not what its
    document's stored text gives at its span, every one of a document whose text was
    ever replaced (its marks may derive from a kept text), and every one whose document
    is gone. The rest, matched inside SQLite, hold exactly what their image derives to.

    A suspect is only compared in Python (:func:`_compare`), so naming one too many costs
    time, never a finding. One read of the table in its own order: with every live
    text held (:data:`TEXTS_HELD`) as it stands, else sorted by document (not through
    the document index, twice the time), so one text is held at a time.
    """
    if marks_from(conn) is None:
        return []  # an older schema: no image holds marks
    try:
        with rawread.str_mode(conn):
            return _scan_quotes(conn)
    except dbapi.OperationalError:  # bytes that are not UTF-8: read again as bytes
        return _scan_quotes(conn)


# Python's size of the documents' texts the quote scan may hold at once. Held, the
# annotations are read in table order; else sorted by document, which at 1,000,000
# annotations spends seconds writing and reading SQLite's sort files.
TEXTS_HELD = 64 << 20


def _held_texts(conn: sqlite3.Connection) -> dict[Any, str | None] | None:
    """Every document's :func:`_plain_text` by id when together they fit
    :data:`TEXTS_HELD`; None when they do not."""
    held: dict[Any, str | None] = {}
    room = TEXTS_HELD
    for (doc_id,) in conn.execute("SELECT id FROM documents").fetchall():
        text = _plain_text(conn, doc_id)
        room -= sys.getsizeof(text)
        if room < 0:
            return None
        held[doc_id] = text
    return held


def _scan_quotes(conn: sqlite3.Connection) -> list[Any]:
    held = _held_texts(conn)
    if held is None:
        return _scan_rows(conn, {}, " ORDER BY +doc_id")
    # A derived quote and context (the usual row) within its held text is settled by
    # SQL: in Python it would pass every test below, so it is not handed over.
    lengths = {d: len(t) for d, t in held.items() if t is not None}
    with rawread.text_lengths(conn, "wb_suspect_lengths", lengths) as table:
        return _scan_rows(conn, held, f" LEFT JOIN temp.{table} h ON h.doc = a.doc_id "
                          f"WHERE NOT coalesce({rawread.DERIVED_SPAN_SOUND} AND "
                          "a.prefix = '' AND a.suffix = '', 0)")


def _scan_rows(conn: sqlite3.Connection, held: dict[Any, str | None], rest: str
               ) -> list[Any]:
    """The pass of :func:`_scan_quotes` over the annotations, ``rest`` the SQL after
    ``FROM annotations a``."""
    rows = conn.execute('SELECT a.doc_id, a.id, a.start, a."end", a.exact, a.prefix, '
                        f"a.suffix, {quotes.derived_sql('a')} FROM annotations a{rest}")
    try:
        return _suspects_in(conn, rows, held)
    finally:
        # A read inside the loop may fail (a damaged log entry, then read as bytes):
        # the pass is ended so that its lengths table can be dropped.
        rows.close()


def _suspects_in(conn: sqlite3.Connection, rows: Any, held: dict[Any, str | None]
                 ) -> list[Any]:
    found: list[Any] = []
    doc: Any = object()  # equal to no document id, so the first row reads its text
    text, size, context = "", -1, auditimage.CONTEXT
    for doc_id, ann_id, start, end, exact, prefix, suffix, marked in rows:
        if doc_id != doc:
            # A doc_id no held text is keyed by (a document gone, an id stored as text)
            # is looked up as before.
            doc, plain = doc_id, (held[doc_id] if doc_id in held
                                  else _plain_text(conn, doc_id))
            text, size = (plain, len(plain)) if plain is not None else ("", -1)
        if start.__class__ is not int or end.__class__ is not int or not (
                0 <= start <= end <= size):
            found.append(ann_id)
        elif marked:
            # A derived quote is its text's at its span, and so is a context that is
            # derived: only the text '' is (quotes._derives; an empty BLOB there is
            # read as stored). Only a context stored otherwise is compared.
            if (prefix != "" and prefix != text[max(0, start - context):start]) or (
                    suffix != "" and suffix != text[end:end + context]):
                found.append(ann_id)
        # Inline (100,000s of rows): auditimage.quote_of, compared; bytes read where the
        # stored text is not valid UTF-8 never equal a str, so they are suspects too.
        elif (exact != text[start:end] or prefix != text[max(0, start - context):start]
              or suffix != text[end:end + context]):
            found.append(ann_id)
    return found


def _plain_text(conn: sqlite3.Connection, doc_id: Any) -> str | None:
    """The document's stored text when every quote mark of it derives from that text
    (its log states one text hash only, and the row holds that hash); None if it is
    gone, replaced once, damaged, or its row names another hash than its log (a text
    and its hash written behind the log: its derived quotes moved with the text, and
    each annotation is then decoded and named)."""
    hashes = _logged_hashes(conn, doc_id)
    if len(hashes) != 1:
        return None
    row = conn.execute("SELECT text, text_sha256 FROM documents WHERE id = ?",
                       (doc_id,)).fetchone()
    values = _as_text(row) if row is not None else None
    return values[0] if values and values[1] in hashes else None


def _as_text(values: tuple[Any, ...]) -> tuple[str, ...] | None:
    """Text values as ``str`` whichever mode read them; None if one is not valid text."""
    try:
        return tuple(v.decode("utf-8") if v.__class__ is bytes else v for v in values)
    except UnicodeDecodeError:
        return None


def _lost_texts(conn: sqlite3.Connection, orphans: list[Any]) -> list[Difference]:
    """Documents (present, or removed: their ids among ``orphans``) whose text was
    replaced or removed since the file took marks without being kept in past_texts,
    as the write path keeps it (``Transaction._record``)."""
    cut = marks_from(conn)
    if cut is None:
        return []
    kept = {rawread.text(r[0]) if isinstance(r[0], bytes) else r[0]
            for r in conn.execute("SELECT sha256 FROM past_texts")}
    # Document ids are numbers; a forged other id has no number to be looked up by.
    named = [r[0] for r in conn.execute("SELECT id FROM documents")] + list(orphans)
    ids = {t for t in (rawread.text(o) if isinstance(o, bytes) else str(o) for o in named)
           if t.isascii() and t.isdigit()}
    layout = audit_layout(conn, "document")
    found = []
    for doc_id in sorted(ids, key=int):
        for before, after, at in conn.execute(
                "SELECT before, after, at FROM audit WHERE entity_id = ? AND "
                f"{logcodes.entity_in('document')} AND merged_from IS NULL AND seq >= ? "
                "ORDER BY seq",
                (doc_id, cut)):
            old = _image_hash(before, at, int(doc_id), layout)
            if old is not None and old != _image_hash(after, at, int(doc_id), layout) \
                    and old not in kept:
                row = conn.execute("SELECT 1 FROM documents WHERE id = ?",
                                   (int(doc_id),)).fetchone()
                found.append(Difference("document", doc_id, {} if row else None, None,
                                        ever_logged=True, lost_text=old))
                break
    return found


def _image_hash(text: Any, at: Any, doc_id: Any, layout: auditimage.Layout) -> str | None:
    """The ``text_sha256`` a document image records; None if none (or unreadable)."""
    if text is None:
        return None
    try:
        image = auditimage.decode(rawread.text(text) if isinstance(text, bytes) else text,
                                  "id", doc_id, layout,
                                  at=rawread.text(at) if isinstance(at, bytes) else at)
    except ValueError:
        return None  # a damaged entry breaks the chain: reported there
    value = image.get("text_sha256")
    return value if isinstance(value, str) else None


def _logged_hashes(conn: sqlite3.Connection, doc_id: Any) -> set[str]:
    """The text hashes the document's own log states; empty if one entry's cannot be
    read (then its annotations are decoded one by one, as when there are several)."""
    layout = audit_layout(conn, "document")
    hashes = {_image_hash(after, at, doc_id, layout) for after, at in conn.execute(
        "SELECT after, at FROM audit WHERE entity_id = CAST(? AS TEXT) AND "
        f"{logcodes.entity_in('document')} AND merged_from IS NULL AND after IS NOT NULL",
        (doc_id,))}
    return set() if None in hashes else hashes  # type: ignore[return-value]


def _blobs(conn: sqlite3.Connection, entity: str, table: str, pk: str, key: Any,
           cols: list[str], exprs: dict[str, str] | None) -> Difference | None:
    """A row equal to its image but for the storage class of some values: a BLOB where
    the program stores text (read in bytes mode, both look alike). Only a change outside
    the program stores one, and readers expecting text fail on it. A derived quote's
    BLOB mark is read through ``exprs`` (as readers see it), so it never counts."""
    reads = {c: (exprs or {}).get(c, f'"{c}"') for c in cols}
    kinds = rawread.row_by_key(conn, table, cols, pk, key,
                               {c: f"typeof({sql})" for c, sql in reads.items()})
    if kinds is None:
        return None
    blobs = tuple(c for c, k in zip(cols, kinds, strict=True)
                  if rawread.text(k) == "blob")
    if not blobs:
        return None
    name = rawread.text(key) if isinstance(key, bytes) else str(key)
    return Difference(entity, name, {}, None, ever_logged=True, blobs=blobs)


def _image_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return sorted(c for c in rawread.columns(conn, table) if c not in AUDIT_OMIT)


def _number(value: Any) -> int:
    """A document id as SQLite's CAST orders it: a forged non-number sorts as 0."""
    try:
        return int(value)
    except ValueError:
        return 0


def _compare(conn: sqlite3.Connection, entity: str, key: Any, cols: list[str],
             values: tuple[Any, ...] | None, slot: tuple[Any, Any, Any] | None,
             damaged: list[tuple[str, str]], texts: derived.DocTexts) -> Difference | None:
    """One row (``values`` of ``cols``, None if absent) against its last image (``slot``:
    None if the log never named it, ``(None, at, seq)`` if its last entry removed it)."""
    name = rawread.text(key) if isinstance(key, bytes) else str(key)
    raw = dict(zip(cols, values, strict=True)) if values is not None else None
    row, bad = rawread.decode(raw) if raw is not None else (None, [])
    if bad:
        damaged.append((entity, f"{NAMES[entity]} {name}: {', '.join(bad)} (the stored "
                                "bytes are damaged)"))
        return None
    logged: Row | None = None
    if slot is not None and slot[0] is not None:
        text = rawread.text(slot[0]) if isinstance(slot[0], bytes) else slot[0]
        _table, pk = TABLES[entity]
        try:
            at = rawread.text(slot[1]) if isinstance(slot[1], bytes) else slot[1]
            logged = auditimage.decode(text, pk, auditimage.key_value(
                name, entity == "document"), tuple(audit_layout(conn, entity)), at=at,
                derive=texts.deriver(slot[2]))
        except auditimage.Underivable:
            return Difference(entity, name, row, None, ever_logged=True, underivable=True)
        except ValueError:
            return None  # a damaged audit entry breaks the hash chain: reported there
    if row is None and logged is None:
        return None
    diff = Difference(entity, name, row, logged, ever_logged=slot is not None)
    if row is not None and logged is not None and not diff.columns():
        return None
    return diff
