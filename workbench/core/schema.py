"""Every table of a project file, created and upgraded only by ordered migrations.

A migration is applied once, in order, inside a transaction; ``PRAGMA user_version``
records the last one applied, and the ``migrations`` table when each ran.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.core.textnorm import normalise

# "WBNC" – lets us tell a Workbench project from any other SQLite file.
APPLICATION_ID = 0x57424E43


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT first and break the migration's transaction.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:60]!r}")


def _m0001_initial(conn: sqlite3.Connection) -> None:
    _run_script(conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE originals (
            sha256 TEXT PRIMARY KEY,
            data BLOB NOT NULL,
            size INTEGER NOT NULL
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT, url TEXT, publisher TEXT, author TEXT,
            published TEXT,
            imported_at TEXT NOT NULL,
            language TEXT, direction TEXT NOT NULL DEFAULT 'ltr',
            filename TEXT, media_type TEXT, encoding TEXT,
            original_sha256 TEXT NOT NULL REFERENCES originals(sha256),
            text TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            importer TEXT NOT NULL, importer_version TEXT NOT NULL,
            page_starts TEXT NOT NULL DEFAULT '[]',
            reliability TEXT CHECK (reliability IN ('A','B','C','D','E','F')),
            credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
            memo TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        );
        CREATE INDEX documents_original ON documents(original_sha256);
        CREATE TABLE codebook (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            spec TEXT NOT NULL
        );
        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            anchor TEXT NOT NULL DEFAULT 'anchored'
                CHECK (anchor IN ('anchored','reanchored','orphaned')),
            status TEXT NOT NULL DEFAULT 'accepted'
                CHECK (status IN ('suggested','accepted','rejected')),
            fields TEXT NOT NULL DEFAULT '{}',
            memo TEXT NOT NULL DEFAULT '',
            coder TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'manual',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (start >= 0 AND "end" >= start)
        );
        CREATE INDEX annotations_doc ON annotations(doc_id, start);
        CREATE INDEX annotations_kind ON annotations(kind);
        CREATE TABLE links (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES annotations(id),
            target_id TEXT NOT NULL REFERENCES annotations(id),
            type TEXT NOT NULL,
            coder TEXT NOT NULL,
            created_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX links_source ON links(source_id);
        CREATE INDEX links_target ON links(target_id);
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            actor_type TEXT,
            memo TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            txn INTEGER NOT NULL,
            at TEXT NOT NULL,
            coder TEXT NOT NULL,
            op TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_entity ON audit(entity, entity_id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TABLE custody (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            coder TEXT NOT NULL,
            action TEXT NOT NULL,
            doc_id INTEGER,
            sha256 TEXT,
            filename TEXT,
            importer TEXT,
            importer_version TEXT,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
            BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
        CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
            BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
        """
    )


def _m0002_search(conn: sqlite3.Connection) -> None:
    # The index holds a folded copy (case, diacritics, Arabic letter variants):
    # FTS5's own tokenizer leaves Arabic harakat in place.
    conn.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "body, doc_id UNINDEXED, ann_id UNINDEXED, field UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for doc_id, title, text in conn.execute(
        "SELECT id, coalesce(title, ''), text FROM documents WHERE deleted_at IS NULL"
    ).fetchall():
        conn.execute(
            "INSERT INTO search(body, doc_id, ann_id, field) VALUES (?, ?, NULL, 'text')",
            (normalise(title + "\n" + text), doc_id),
        )
    for ann_id, doc_id, exact, fields, memo in conn.execute(
        "SELECT id, doc_id, exact, fields, memo FROM annotations WHERE deleted_at IS NULL"
    ).fetchall():
        conn.execute(
            "INSERT INTO search(body, doc_id, ann_id, field) VALUES (?, ?, ?, 'annotation')",
            (normalise(" ".join((exact, fields, memo))), doc_id, ann_id),
        )


def _m0003_status_index(conn: sqlite3.Connection) -> None:
    # Suggestion review filters by status on every refresh of the panel.
    conn.execute("CREATE INDEX annotations_status ON annotations(status, kind)")


def _m0004_live_annotations_index(conn: sqlite3.Connection) -> None:
    # Counting a document's live annotations reads only this index, not the rows:
    # the document list shows those counts and refreshes often.
    conn.execute(
        "CREATE INDEX annotations_live ON annotations(doc_id) WHERE deleted_at IS NULL"
    )


def _m0005_search_keys(conn: sqlite3.Connection) -> None:
    # FTS5 cannot index its UNINDEXED columns, so "DELETE ... WHERE ann_id = ?" scanned
    # the whole index on every edit. A keyed map lets a row be replaced by its rowid.
    conn.execute(
        "CREATE TABLE search_keys (key TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL) "
        "WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO search_keys(key, fts_rowid) "
        "SELECT CASE WHEN ann_id IS NULL THEN 'd:' || doc_id ELSE 'a:' || ann_id END, rowid "
        "FROM search"
    )


def _m0006_audit_by_id(conn: sqlite3.Connection) -> None:
    # "What happened to this annotation?" looks the audit log up by id alone.
    conn.execute("CREATE INDEX audit_entity_id ON audit(entity_id, seq)")


def _m0007_kind_roles(conn: sqlite3.Connection) -> None:
    # Built-in kinds stored before roles existed learn theirs; a user's own kinds keep
    # none until the user sets them, since only the user knows what their fields mean.
    # A role is given only where the stored kind has a field fit to play it, so no kind
    # leaves this migration pointing at a field it lacks.
    from workbench.core.codebook import BUILTIN_KINDS, KindSpec, Roles

    builtin = {k.name: k for k in BUILTIN_KINDS}
    for name, spec_json in conn.execute("SELECT name, spec FROM codebook").fetchall():
        spec = json.loads(spec_json)
        wanted = dict(spec.get("roles") or {})
        if name in builtin:
            wanted = {**builtin[name].roles.to_dict(), **wanted}
        kind = KindSpec.from_dict({**spec, "roles": {}})
        kept = {}
        for role, value in wanted.items():
            if role in ("date", "precision"):
                continue  # the kind's own date_field and precision_field, never roles
            if role in Roles.MULTI:  # keep each name that fits, drop the others
                kept[role] = tuple(n for n in value or () if _fits(kind, role, n))
            elif _fits(kind, role, value):
                kept[role] = kind.check_role(role, value)
        roles = Roles(**kept).to_dict()
        if spec.get("roles") != roles:
            spec["roles"] = roles
            encoded = json.dumps(spec, ensure_ascii=False, sort_keys=True)
            conn.execute("UPDATE codebook SET spec = ? WHERE name = ?", (encoded, name))


def _fits(kind: Any, role: str, value: Any) -> bool:
    """Whether ``value`` can play ``role`` in the KindSpec ``kind`` (migration 7)."""
    from workbench.core.errors import ValidationError

    try:
        kind.check_role(role, value)
    except ValidationError:
        return False
    return True


def _m0008_incidents(conn: sqlite3.Connection) -> None:
    # An incident gathers every source's figures about one event. Membership is a row
    # of its own (not a column on annotations) so moving a figure is audited and undone
    # like any other write, and a partial unique index keeps one live incident per figure.
    # Written to be safe to re-run over a file that already has the tables.
    _run_script(conn,
        """
        CREATE TABLE IF NOT EXISTS incident_types (
            name TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            position INTEGER NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS incidents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            start_date TEXT, end_date TEXT,
            date_precision TEXT CHECK (date_precision IN ('day','week','month','year')),
            place_name TEXT, country TEXT, admin1 TEXT,
            latitude REAL, longitude REAL,
            geo_precision INTEGER CHECK (geo_precision BETWEEN 1 AND 3),
            incident_type TEXT REFERENCES incident_types(name),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open','confirmed','disputed','suggested','rejected')),
            memo TEXT NOT NULL DEFAULT '',
            best TEXT NOT NULL DEFAULT '{}',
            actors TEXT NOT NULL DEFAULT '[]',
            included_docs TEXT NOT NULL DEFAULT '[]',
            coder TEXT NOT NULL,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX IF NOT EXISTS incidents_live ON incidents(status) WHERE deleted_at IS NULL;
        CREATE TABLE IF NOT EXISTS incident_members (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            annotation_id TEXT NOT NULL REFERENCES annotations(id),
            coder TEXT NOT NULL,
            added_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE UNIQUE INDEX IF NOT EXISTS incident_members_one_live
            ON incident_members(annotation_id) WHERE deleted_at IS NULL;
        CREATE INDEX IF NOT EXISTS incident_members_of ON incident_members(incident_id)
            WHERE deleted_at IS NULL;
        """
    )
    from workbench.core.incidents.model import DEFAULT_TYPES

    for pos, (name, label) in enumerate(DEFAULT_TYPES):
        conn.execute(
            "INSERT OR IGNORE INTO incident_types(name, label, position, builtin) "
            "VALUES (?, ?, ?, 1)",
            (name, label, pos),
        )


def _m0009_merged_logs(conn: sqlite3.Connection) -> None:
    # Merging carries other projects' audit and custody rows over verbatim; this column
    # tells them apart from the file's own rows (NULL) and says where they came from.
    # A project id lets a merged-in row name its project even after the file is renamed.
    for table in ("audit", "custody"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if "merged_from" not in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN merged_from TEXT")
    import uuid

    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('project_id', ?)",
                 (str(uuid.uuid4()),))


def _m0010_drop_audit_entity_index(conn: sqlite3.Connection) -> None:
    # audit_entity(entity, entity_id) duplicates audit_entity_id(entity_id, seq): an id
    # names one row, so every history lookup is served by the second, and the first cost
    # about 60 bytes per audited change (4 % of a big project). The audit rows themselves
    # are untouched. Freed pages are reused by new rows (VACUUM returns them to the disk).
    conn.execute("DROP INDEX IF EXISTS audit_entity")


# The triggers that keep the audit and custody logs append-only (tests lift them to
# tamper with a file as an attacker would).
LOG_TRIGGERS = ("audit_no_update", "audit_no_delete", "custody_no_update",
                "custody_no_delete")
_LOG_TRIGGERS = """
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
    BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
    BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
"""


def _m0011_chained_logs(conn: sqlite3.Connection) -> None:
    # Issue 12: history that shows tampering. Each audit and custody row gets the hash
    # of the row before it and its own content (core/chain.py); existing rows are
    # chained in seq order, the append-only triggers lifted only for that. Safe to
    # re-run over a file that already has the column (the chain is recomputed).
    from workbench.core import chain, logcodes

    ops = logcodes.Ops(conn)  # none in a file this old; a test's faked one may hold codes
    for log in chain.LOGS:
        if "hash" not in [r[1] for r in conn.execute(f"PRAGMA table_info({log})")]:
            conn.execute(f"ALTER TABLE {log} ADD COLUMN hash TEXT")
    for name in LOG_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for log in chain.LOGS:
        prev = chain.GENESIS
        cur = conn.execute(f"SELECT * FROM {log} ORDER BY seq")
        names = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = logcodes.readable(
                {k: v for k, v in zip(names, values, strict=True) if k != "hash"}, ops)
            prev = chain.row_hash(prev, row)
            conn.execute(f"UPDATE {log} SET hash = ? WHERE seq = ?", (prev, row["seq"]))
    _run_script(conn, _LOG_TRIGGERS)
    audit_baseline(conn, "schema-11")


def _m0012_timeline_index(conn: sqlite3.Connection) -> None:
    # The timeline read every annotation's fields JSON for its dates, counts and actors
    # (~25 s at a million annotations); this narrow table holds just those, kept by the
    # write path. Built here a rowid range at a time, so memory stays flat.
    from workbench.core import timeline_index

    timeline_index.create(conn)
    timeline_index.rebuild(conn)


# The viewer's read of a document's marks (``Repo.annotation_marks``) and the timeline's
# summary by day (``timeline_rows.day_summary``) name these indexes; migration 13 makes them.
MARKS_INDEX = "annotations_marks"
DAY_INDEX = "timeline_index_day"


def _m0013_window_indexes(conn: sqlite3.Connection) -> None:
    # At a million annotations a document's 5,000 rows lie scattered through the file:
    # reading their five columns visited ~5,000 table pages per selection. This partial
    # index holds exactly those columns in the viewer's order (start, longest first, id),
    # so the read is one range of the index (15-19 ms instead of 46-53 ms at 1M). It holds
    # deleted_at too (always NULL there): SQLite 3.40 visits the row for a column of the
    # WHERE clause that the index lacks, even the partial index's own condition.
    conn.execute(
        f'CREATE INDEX IF NOT EXISTS {MARKS_INDEX} ON annotations(doc_id, start, "end" DESC, '
        "id, kind, status, anchor, deleted_at) WHERE deleted_at IS NULL"
    )
    # The timeline's level of detail counts marks per kind and day, and reads the marks
    # of the days in view: both from this index, which holds every column of the table
    # (the marks of three weeks at 1M are scattered through it: a lookup per row took
    # 36 us of the read's 40). Kind and status first after the day: the counts read
    # the least of each entry.
    conn.execute(
        f"CREATE INDEX IF NOT EXISTS {DAY_INDEX} ON timeline_index(start_day, kind, status, "
        "end_day, doc_id, count_low, count_high, actors)"
    )


def _m0014_compact_audit_images(conn: sqlite3.Connection) -> None:
    # From here on the audit log stores an image as a JSON array of the row's values in
    # its table's column order (core/auditimage.py): no key names, no key, ~40 % fewer
    # bytes an annotation insert. Nothing is rewritten: rows written before keep their
    # JSON objects and their hashes, and every reader takes both. The version is what
    # keeps an older Workbench, which reads only objects, from opening the file.
    pass


def _m0015_audit_marks(conn: sqlite3.Connection) -> None:
    # From here on an array image stores as `true` a created_at or modified_at equal to
    # its entry's own time, and an annotation's quote and context equal to what its
    # document's text gives at its span (core/auditimage.py, core/derived.py): ~150 bytes
    # of an annotation's insert. A document text replaced or removed from now on is kept
    # in past_texts, as marks written before derive from it. Nothing is rewritten; the
    # first seq that may hold marks is kept so that verify's comparison inside SQLite
    # builds marked images only for entries written since. The version keeps an older
    # Workbench, which would read `true` as a value, from opening the file.
    from workbench.core.repo import MARKS_FROM

    conn.execute("CREATE TABLE IF NOT EXISTS past_texts "
                 "(sha256 TEXT PRIMARY KEY, text TEXT NOT NULL)")
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
    # A cut already there is kept: entries from it on hold marks (a file taken back to
    # an older version number and upgraded again), and verify checks none before it.
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                 (MARKS_FROM, str(last + 1)))


def audit_baseline(conn: sqlite3.Connection, op: str) -> None:
    """Record, in the audit log, every audited row whose state it does not yet hold.

    ``verify`` rebuilds each row from the audit log, so rows written without an entry
    (migration 7's codebook roles, migration 8's incident types) are recorded here as
    the state the chain starts from, and a search index that differs from its sources
    is rebuilt. A later migration that changes audited rows calls this.
    """
    from workbench.core import clock, indexcheck, rebuild, searchindex
    from workbench.core.repo import append_log, encode_image, marks_from, packs_images

    layouts: dict[str, Any] = {}

    # A missing kept text is no row state to record: verify names it.
    found = [d for d in rebuild.differences(conn) if not (d.lost_text or d.underivable)]
    if found:
        last = conn.execute("SELECT txn FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        txn, at = (last[0] if last else 0) + 1, clock.now()
        marks = at if marks_from(conn) is not None else None
        packs: dict[str, Any] | None = {} if packs_images(conn) else None
        append_log(conn, "audit", (
            {"txn": txn, "at": at, "coder": "workbench",
             "op": f"{op}:baseline:" + ("delete" if d.stored is None else "update"
                                        if d.logged is not None else "insert"),
             "entity": d.entity, "entity_id": d.key,
             "before": encode_image(layouts, conn, d.entity, d.logged, marks, packs=packs),
             "after": encode_image(layouts, conn, d.entity, d.stored, marks, packs=packs)}
            for d in found
        ))
    # The search index is derived: rebuilt whole when it differs (schema 16 on). An
    # older file's index (migration 11) is left alone: migration 16 rebuilds it anyway.
    if searchindex.installed(conn) and next(iter(indexcheck.findings(conn)), None):
        searchindex.rebuild(conn)


def _m0016_search_from_sources(conn: sqlite3.Connection) -> None:
    # The index stops holding its own folded copy of every annotation (about 230 bytes
    # each): FTS5 reads them through a view instead (core/searchindex.py). The old
    # table and its key map are dropped and the new index built in this migration's
    # transaction, so a crash leaves the old one in place.
    from workbench.core import searchindex

    conn.execute("DROP TABLE IF EXISTS search_keys")
    searchindex.rebuild(conn)


def _m0017_compact_log_rows(conn: sqlite3.Connection) -> None:
    # From here on a log row stores its hash as 32 bytes instead of 64 hex characters,
    # and an audit row its op as a number naming a row of audit_ops and its entity as a
    # fixed number (core/logcodes.py): ~60 bytes an audit entry. Readers turn them back
    # before hashing, so the chain, exported logs and heads are unchanged. Nothing is
    # rewritten: older rows keep their text. The version keeps an older Workbench, which
    # would hash the codes and the bytes as they are, from opening the file. The views
    # audit_entries and custody_entries show the logs as the chain reads them to other
    # tools.
    from workbench.core import logcodes

    _run_script(conn, logcodes.DDL)


def _m0018_lean_audit(conn: sqlite3.Connection) -> None:
    # From here on an array image stores each mark, and each value equal to its column's
    # declared default where that is a string ('anchored', 'accepted', 'manual', ...),
    # as one control character (core/auditimage.py): ~40 bytes of an annotation's
    # insert. Readers write them out before hashing, so the chain, exported logs and
    # heads are unchanged, and nothing is rewritten. The audit_entries view is made
    # again to show images written out too. The version keeps an older Workbench, which
    # would hash the characters as they are, from opening the file. The first seq that
    # may be packed is kept: the writer packs where it is set, and verify's comparison
    # inside SQLite builds packed images only for entries from there on.
    from workbench.core import logcodes
    from workbench.core.repo import PACKED_FROM

    conn.execute(f"DROP VIEW IF EXISTS {logcodes.VIEW}")
    conn.execute(logcodes.audit_view(expand_images=True))
    last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",  # as in 15
                 (PACKED_FROM, str(last + 1)))


# The one status the status index leaves out (migration 19): most annotations hold it.
COMMON_STATUS = "accepted"


def _m0019_partial_status_index(conn: sqlite3.Connection) -> None:
    # The status index held an entry for every annotation, ~27 bytes each at 100,000,
    # though nearly all are accepted and a filter for accepted rows reads most of the
    # table anyway. It now holds only the others (suggested, rejected): the review
    # filters read it as before, as their queries state the same condition
    # (repo._annotation_where, ann_pages._where: SQLite uses a partial index only
    # where the query implies its WHERE).
    conn.execute("DROP INDEX IF EXISTS annotations_status")
    conn.execute("CREATE INDEX annotations_status ON annotations(status, kind) "
                 f"WHERE status <> '{COMMON_STATUS}'")


def _m0020_derived_quotes(conn: sqlite3.Connection) -> None:
    # An anchored annotation's quote and context are what its document's text gives at
    # its span: from here on such a row stores them derived (exact a zero-length blob,
    # prefix and suffix empty; core/quotes.py) and every reader puts them back, ~100
    # bytes an annotation. Existing rows are converted here, in this transaction; the
    # search index's view and triggers are made anew around the conversion (they read
    # a derived quote through wb_quote; the index itself holds the same terms, so it is
    # not rebuilt). The index on (id, text_sha256) lets SQL find a text's hash without
    # reading the text. The view annotation_quotes shows every quote to other tools.
    from workbench.core import quotes, searchindex

    conn.execute(quotes.HASH_INDEX_SQL)
    indexed = searchindex.installed(conn)
    if indexed:
        for name in searchindex.TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("DROP VIEW IF EXISTS search_source")
    quotes.convert(conn)
    if indexed:
        conn.execute(searchindex.OBJECTS["search_source"])
        for name in searchindex.TRIGGERS:
            conn.execute(searchindex.OBJECTS[name])
    conn.execute(quotes.VIEW)


def _m0021_year_of_a_month(conn: sqlite3.Connection) -> None:
    # A month-form date ("2024-03") at year precision now spans its year, as a full date
    # at year precision always did (core/dates.py); it spanned its month. The timeline
    # entries stored by the old rule are recomputed here (only theirs: verify would
    # otherwise name each as changed outside the program), and the custody log says how
    # many, since the upgrade changes what the timeline draws.
    from workbench.core import clock, timeline_index
    from workbench.core.repo import append_log

    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (timeline_index.TABLE,)).fetchone():
        return  # removed outside the program: verify names it, reindex makes it
    changed = timeline_index.redraw_month_years(conn)
    if changed:
        append_log(conn, "custody", [{
            "at": clock.now(), "coder": "workbench", "action": "upgrade",
            "detail": (f"schema 21 (year_of_a_month): {changed} timeline "
                       f"entr{'y' if changed == 1 else 'ies'} of a month-form date at year "
                       "precision recomputed to span the whole year (they spanned the "
                       "month)")}])


# The trash's listing (core/trash.py) and its choice of kinds read the trashed
# annotations through this index; migration 22 makes it.
TRASHED_INDEX = "annotations_trashed"


def _m0022_trashed_index(conn: sqlite3.Connection) -> None:
    # Nothing told the few trashed annotations from the many live ones: listing the
    # trash read past every row (30-45 ms at 200,000, its kinds 90-130 ms). Partial, it
    # holds the trashed rows only: a few pages, and no cost to writes of live rows.
    conn.execute(f"CREATE INDEX IF NOT EXISTS {TRASHED_INDEX} ON annotations(deleted_at) "
                 "WHERE deleted_at IS NOT NULL")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _m0001_initial),
    Migration(2, "search_index", _m0002_search),
    Migration(3, "status_index", _m0003_status_index),
    Migration(4, "live_annotations_index", _m0004_live_annotations_index),
    Migration(5, "search_keys", _m0005_search_keys),
    Migration(6, "audit_by_id", _m0006_audit_by_id),
    Migration(7, "kind_roles", _m0007_kind_roles),
    Migration(8, "incidents", _m0008_incidents),
    Migration(9, "merged_logs", _m0009_merged_logs),
    Migration(10, "drop_audit_entity_index", _m0010_drop_audit_entity_index),
    Migration(11, "chained_logs", _m0011_chained_logs),
    Migration(12, "timeline_index", _m0012_timeline_index),
    Migration(13, "window_indexes", _m0013_window_indexes),
    Migration(14, "compact_audit_images", _m0014_compact_audit_images),
    Migration(15, "audit_marks", _m0015_audit_marks),
    Migration(16, "search_from_sources", _m0016_search_from_sources),
    Migration(17, "compact_log_rows", _m0017_compact_log_rows),
    Migration(18, "lean_audit", _m0018_lean_audit),
    Migration(19, "partial_status_index", _m0019_partial_status_index),
    Migration(20, "derived_quotes", _m0020_derived_quotes),
    Migration(21, "year_of_a_month", _m0021_year_of_a_month),
    Migration(22, "trashed_index", _m0022_trashed_index),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, upto: int = LATEST, *, now: str) -> list[int]:
    """Apply pending migrations in order, each in its own transaction."""
    applied = []
    for m in MIGRATIONS:
        if m.version <= current_version(conn) or m.version > upto:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if m.version <= current_version(conn):
                # Another program opening the project at the same time applied it
                # while this one waited for the lock: applied again, it failed ("table
                # search already exists") on a project that was upgraded.
                conn.execute("ROLLBACK")
                continue
            m.apply(conn)
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            conn.execute(
                "INSERT INTO migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (m.version, m.name, now),
            )
            conn.execute(f"PRAGMA user_version = {m.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            # A full disk or an I/O error has SQLite roll the transaction back itself;
            # a ROLLBACK then fails and its message would hide the real cause.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied
