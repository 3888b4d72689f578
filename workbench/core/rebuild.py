"""Every audited row's current state rebuilt from the audit log, compared with its table.

The audit log's last entry for a row holds the row as the program last wrote it (its
after-image; a document's text by its hash). A row that differs from that image was
changed without an audit entry; one missing was deleted without one; one the log never
mentions was added without one. Trashed rows are compared like the others.

Both sides are streamed in key order and merged, so memory stays flat however many
rows the project holds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench.core import rawread
from workbench.core.repo import AUDIT_OMIT, TABLES, Row

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


def _merge(left: Iterator[tuple[Any, Any]], right: Iterator[tuple[Any, Any]]
           ) -> Iterator[tuple[Any, Any, Any]]:
    """Two key-sorted streams joined on their key: (key, left or None, right or None)."""
    missing = object()
    a, b = next(left, missing), next(right, missing)
    while a is not missing or b is not missing:
        if b is missing or (a is not missing and a[0] < b[0]):  # type: ignore[index]
            yield a[0], a[1], None  # type: ignore[index]
            a = next(left, missing)
        elif a is missing or b[0] < a[0]:  # type: ignore[index]
            yield b[0], None, b[1]  # type: ignore[index]
            b = next(right, missing)
        else:
            yield a[0], a[1], b[1]  # type: ignore[index]
            a, b = next(left, missing), next(right, missing)


def differences(conn: sqlite3.Connection, entities: tuple[str, ...] = tuple(TABLES),
                damaged: list[tuple[str, str]] | None = None) -> Iterator[Difference]:
    """Every audited row whose table state differs from its last audit image.

    Rows whose stored bytes are damaged are not compared; a sentence naming each goes
    to ``damaged`` with its entity when given (``verify`` reads every value here, once).
    """
    for entity in entities:
        table, pk = TABLES[entity]
        numeric = entity == "document"
        key: Callable[[Any], Any] = _number if numeric else rawread.key_bytes
        cols = [c for c in rawread.columns(conn, table) if c not in AUDIT_OMIT]
        stored = ((key(r[pk]), r) for r in rawread.rows(conn, table, cols=cols, order=pk))
        # Each image in a 1-tuple: (None,) is a deletion entry, a bare None no entry.
        logged = ((key(i), (after,)) for i, after in rawread.last_images(conn, entity,
                                                                           numeric=numeric))
        for k, raw, image in _merge(stored, logged):
            diff = _compare(entity, k, raw, image, damaged)
            if diff is not None:
                yield diff


def _number(value: Any) -> int:
    """A document id as SQLite's CAST orders it: a forged non-number sorts as 0."""
    try:
        return int(value)
    except ValueError:
        return 0


def _compare(entity: str, key: Any, raw: rawread.Raw | None,
             slot: tuple[bytes | str | None] | None, damaged: list[tuple[str, str]] | None
             ) -> Difference | None:
    name = rawread.text(key) if isinstance(key, bytes) else str(key)
    row, bad = rawread.decode(raw) if raw is not None else (None, [])
    if bad:
        if damaged is not None:
            damaged.append((entity, f"{NAMES[entity]} {name}: {', '.join(bad)} (the stored "
                                    "bytes are damaged)"))
        return None
    logged: Row | None = None
    if slot is not None and slot[0] is not None:
        try:
            logged = json.loads(rawread.text(slot[0]) if isinstance(slot[0], bytes)
                                else slot[0])
        except ValueError:
            return None  # a damaged audit entry breaks the hash chain: reported there
    if row is None and logged is None:
        return None
    diff = Difference(entity, name, row, logged, ever_logged=slot is not None)
    if row is not None and logged is not None and not diff.columns():
        return None
    return diff
