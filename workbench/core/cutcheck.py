"""The two image cuts (``meta``) checked against the audit log they describe.

Migration ``audit_marks`` (15) keeps in ``meta`` the first audit seq whose images may
hold marks (``repo.MARKS_FROM``), migration ``lean_audit`` (18) the first that may be
stored packed (``repo.PACKED_FROM``). Neither is hashed by the chain, yet verify leans
on the first: a document text replaced from that entry on must be kept in
``past_texts`` (``rebuild._lost_texts``), so a cut removed or moved past a replacement
would let a kept text be deleted unseen; and a file without it stops keeping texts and
marking images. So each cut is checked against what the log itself shows:

- a file whose schema took the cut must hold it, as an entry number no later than the
  one after the last entry SQLite ever numbered (the migration wrote exactly that);
- no entry before the marks cut may hold a time or quote mark, which only a writer
  after it writes: a cut moved later, past entries written with marks, is found that
  way. A cut moved earlier only makes verify do more work (and name texts replaced
  before migration 15 as lost): never silent.

The packed cut decides nothing verify relies on (every reader expands every image,
whatever its seq; the cut only tells the comparison inside SQLite where to try the
packed text first), so a packed cut moved later costs time, not a finding, and is
not looked for: that scan (a GLOB over every older entry) would cost ~0.4 s per
100,000 entries of a migrated file.

Only entries before the marks cut are read: a project created at schema 15 or later
reads a handful of rows; one migrated from an older schema reads its older entries
once in SQL (~0.1 s per 100,000 on this machine), and decodes in Python only those
whose text holds ``true`` (the word in a value, say) to see whether it sits where a
mark would.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from workbench.core import auditimage, logcodes, rawread, schema
from workbench.core.repo import MARKS_FROM, PACKED_FROM, TABLES, audit_layout

_MARKED_COLUMNS = auditimage.TIME_COLUMNS.union(auditimage.QUOTE_COLUMNS)


def findings(conn: sqlite3.Connection) -> list[str]:
    """One sentence per cut that is missing, not an entry number, past the log's end,
    or later than an entry written in the form it says begins there."""
    version = schema.current_version(conn)
    given = rawread.log_sequence(conn, "audit")[1]
    found: list[str] = []
    for key, migration, first_holding in (
            (MARKS_FROM, "audit_marks", _first_marked),
            (PACKED_FROM, "lean_audit", None)):
        if version < _version_of(migration):
            continue
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        value = rawread.text(row[0]) if row is not None else None
        try:
            cut = int(value) if value is not None else None
        except (TypeError, ValueError):
            cut = None
        if cut is None or not 1 <= cut <= given + 1:
            what = "is missing" if row is None else f"is {value!r}, not an audit entry number"
            if cut is not None:
                what = (f"names audit entry {cut}, past the last entry the log ever "
                        f"numbered ({given})")
            found.append(f"project fact {key}: it {what}, though the file's schema "
                         "records from which audit entry on its images take that form "
                         "(changed outside the program).")
            continue
        seq = first_holding(conn, cut) if first_holding is not None else None
        if seq is not None:
            found.append(f"project fact {key}: it says images take that form from audit "
                         f"entry {cut} on, but entry {seq}, before it, already does "
                         "(changed outside the program).")
    return found


def _version_of(name: str) -> int:
    return next(m.version for m in schema.MIGRATIONS if m.name == name)


def _first_marked(conn: sqlite3.Connection, cut: int) -> int | None:
    """The first entry before ``cut`` whose array image holds ``true`` (packed or not)
    in a time or quote column: what only a writer after migration 15 stores there."""
    layouts: dict[str, tuple[int, ...]] = {}
    for seq, entity, before, after in conn.execute(
            "SELECT seq, entity, before, after FROM audit WHERE seq < ? AND ("
            "instr(after, 'true') OR instr(before, 'true') OR "
            "instr(after, char(1)) OR instr(before, char(1))) ORDER BY seq", (cut,)):
        name = rawread.text(entity)
        name = logcodes.ENTITY_NAMES.get(name, name)
        if name not in TABLES:
            continue  # an entity no table holds: the rebuild names that entry
        if name not in layouts:
            cols = audit_layout(conn, name)
            layouts[name] = tuple(i for i, c in enumerate(cols) if c in _MARKED_COLUMNS)
        if any(_marked_at(image, layouts[name]) for image in (before, after)):
            return int(seq)
    return None


def _marked_at(image: Any, places: tuple[int, ...]) -> bool:
    """Whether an image (as stored) is an array holding ``true`` at one of ``places``."""
    if image is None:
        return False
    text = auditimage.expand(rawread.text(image))
    if not text.startswith("["):
        return False
    try:
        values = json.loads(text)
    except ValueError:
        return False  # damaged: the chain names it
    return isinstance(values, list) and any(
        i < len(values) and values[i] is True for i in places)
