"""How a log row is stored compactly (migration ``compact_log_rows`` on), read back as
the chain defines it.

The hash chain (``chain.py``) is defined over a row's *logical* values: its ``op`` and
``entity`` as text (``annotate:insert``, ``annotation``) and its ``hash`` as 64 lowercase
hex characters. From that migration a file stores the three more compactly, and every
reader turns them back before hashing, comparing or showing a row, so the chain's
definition, exported logs and heads are what they were:

- ``hash`` (audit and custody) is the 32 bytes of the digest as a BLOB instead of their
  hex text. A stored hash is one or the other by its type and length: 32 bytes is a
  digest, anything else is text (rows written before this migration).
- an audit row's ``op`` is the decimal number of a row of ``audit_ops`` (``code``,
  ``op``), an append-only table written beside the entry, instead of the op's text. An
  op the program writes always holds a colon, so a stored op of digits alone is always
  a code; one the table does not hold stays as stored (and breaks the row's hash).
- an audit row's ``entity`` is the number :data:`ENTITIES` gives it (fixed here for good:
  a code never changes its meaning), ``'2'`` for ``annotation``. An entity without a
  number is stored as its text; SQL that selects entries by entity names both
  spellings (:func:`entity_in`).

The views ``audit_entries`` and ``custody_entries`` show each log as the chain reads it, for the
sqlite3 shell and Datasette; from migration ``lean_audit`` the audit view also shows each
image as its logical text (``auditimage``). Nothing written before this migration is
rewritten.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from workbench.core import auditimage, dbapi

OPS = "audit_ops"
VIEW = "audit_entries"
DIGEST = 32


def compact(conn: sqlite3.Connection) -> bool:
    """Whether ``conn``'s file stores new log rows compactly (``compact_log_rows`` applied)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (OPS,)).fetchone() is not None


def stored_hash(hex_hash: str) -> bytes:
    """The BLOB a compact row stores for a hash given as hex."""
    return bytes.fromhex(hex_hash)


def hex_hash(value: Any) -> Any:
    """A stored hash as the chain writes it (hex text), whichever way it was stored;
    text read as bytes (``rawread.bytes_mode``) stays bytes, a BLOB digest becomes
    text in the mode it was read in."""
    if value.__class__ is bytes and len(value) == DIGEST:
        return value.hex()
    return value


def hex_hash_bytes(value: Any) -> bytes:
    """A stored hash as the hex bytes the next row's hash starts from."""
    if value is None:
        return b""
    if value.__class__ is bytes:
        return value.hex().encode("ascii") if len(value) == DIGEST else value
    return str(value).encode("utf-8")


# The number an audit row stores for its entity. Append only: never renumber or reuse.
ENTITIES = {"document": "1", "annotation": "2", "link": "3", "actor": "4", "codebook": "5",
            "incident": "6", "incident_member": "7", "incident_type": "8"}
ENTITY_NAMES = {code: name for name, code in ENTITIES.items()}
_ENTITY_BYTES = {code.encode("ascii"): name.encode("ascii")
                 for code, name in ENTITY_NAMES.items()}


def entity_in(entity: str) -> str:
    """SQL true when an audit row ``l`` (or unaliased) names ``entity``, either
    spelling; ``entity`` must be a known name (it is written into the SQL)."""
    return f"entity IN ('{entity}', '{ENTITIES[entity]}')"


def expand_entity(value: Any) -> Any:
    """The entity a stored value names (bytes stay bytes); any other value as it is."""
    if value.__class__ is bytes:
        return _ENTITY_BYTES.get(value, value)
    return ENTITY_NAMES.get(value, value) if value.__class__ is str else value


def is_code(op: Any) -> bool:
    """Whether a stored op is a number naming a row of ``audit_ops``."""
    if op.__class__ is bytes:
        return op.isdigit()
    return op.__class__ is str and op.isascii() and op.isdigit()


class Ops:
    """The file's op codes, read once; expands stored ops and codes new ones."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._by_code: dict[str, str] = {}
        self._by_op: dict[str, str] = {}
        try:  # the one read says whether the file has codes at all; read as bytes, so
            # that a damaged text is a wrong op (its entries' hashes break), not an error
            found = conn.execute(f"SELECT code, CAST(op AS BLOB) FROM {OPS}").fetchall()
            self.compact = True
        except dbapi.OperationalError:
            if compact(conn):  # the table is there: the error is another one
                raise
            found, self.compact = [], False
        for code, op in found:
            text = op.decode("utf-8", "replace") if op.__class__ is bytes else str(op)
            self._by_code[str(code)] = text
            self._by_op[text] = str(code)
        self.as_bytes = {k.encode("ascii"): v.encode("utf-8")
                         for k, v in self._by_code.items()}

    def expand(self, op: Any) -> Any:
        """The op a stored value stands for (as text); a value that is no code, or a
        code the table lacks, as it is (bytes stay bytes)."""
        if op.__class__ is bytes:
            return self.as_bytes.get(op, op) if op.isdigit() else op
        return self._by_code.get(op, op) if is_code(op) else op

    def codes_starting(self, *prefixes: str) -> list[str]:
        """The codes of the ops that begin with one of ``prefixes``."""
        return [code for code, op in self._by_code.items() if op.startswith(prefixes)]

    def code(self, op: str) -> str:
        """The code stored for ``op``, added to ``audit_ops`` when new (inside the
        caller's write transaction)."""
        found = self._by_op.get(op)
        if found is None:
            cur = self._conn.execute(f"INSERT INTO {OPS}(op) VALUES (?)", (op,))
            found = str(cur.lastrowid)
            self._by_op[op], self._by_code[found] = found, op
            self.as_bytes[found.encode("ascii")] = op.encode("utf-8")
        return found


def readable(row: dict[str, Any], ops: Ops) -> dict[str, Any]:
    """A log row read as a dict with its op, hash and images as the chain defines them
    (an image's packed values written out, ``auditimage.expand``)."""
    for side in ("before", "after"):
        if side in row:
            row[side] = auditimage.expand(row[side])
    if "op" in row:
        row["op"] = ops.expand(row["op"])
    if "entity" in row:
        row["entity"] = expand_entity(row["entity"])
    if "hash" in row:
        row["hash"] = hex_hash(row["hash"])
    return row


_ENTITY_CASES = " ".join(f"WHEN '{c}' THEN '{n}'" for c, n in ENTITY_NAMES.items())


def audit_view(*, expand_images: bool) -> str:
    """The statement making the view :data:`VIEW`; with ``expand_images`` (migration
    ``lean_audit`` on) it shows each image as its logical text (``auditimage.expand``,
    a few ``replace`` calls per row)."""
    before, after = "a.before", "a.after"
    if expand_images:
        before = f"{auditimage.sql_expand(before)} AS before"
        after = f"{auditimage.sql_expand(after)} AS after"
    return f"""CREATE VIEW IF NOT EXISTS {VIEW} AS
    SELECT a.seq, a.txn, a.at, a.coder, coalesce(o.op, a.op) AS op,
           CASE a.entity {_ENTITY_CASES} ELSE a.entity END AS entity,
           a.entity_id, {before}, {after}, a.merged_from,
           CASE WHEN typeof(a.hash) = 'blob' AND length(a.hash) = {DIGEST}
                THEN lower(hex(a.hash)) ELSE a.hash END AS hash
    FROM audit a LEFT JOIN {OPS} o
        ON o.code = CAST(a.op AS INTEGER) AND CAST(o.code AS TEXT) = a.op"""


# The DDL of migration ``compact_log_rows`` (schema.py runs it).
DDL = f"""
CREATE TABLE IF NOT EXISTS {OPS} (code INTEGER PRIMARY KEY, op TEXT NOT NULL UNIQUE);
CREATE TRIGGER IF NOT EXISTS {OPS}_no_update BEFORE UPDATE ON {OPS}
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS {OPS}_no_delete BEFORE DELETE ON {OPS}
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
{audit_view(expand_images=False)};
CREATE VIEW IF NOT EXISTS custody_entries AS
    SELECT seq, at, coder, action, doc_id, sha256, filename, importer, importer_version,
           detail, merged_from,
           CASE WHEN typeof(hash) = 'blob' AND length(hash) = {DIGEST}
                THEN lower(hex(hash)) ELSE hash END AS hash
    FROM custody;
"""
# The views above, one per log, for tools reading the file without Workbench.
VIEWS = {"audit": VIEW, "custody": "custody_entries"}
