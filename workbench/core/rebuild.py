"""Every audited row's current state rebuilt from the audit log, compared with its table.

The audit log's last entry for a row holds the row as the program last wrote it (its
after-image; a document's text by its hash). A row that differs from that image was
changed without an audit entry; one missing was deleted without one; one the log never
mentions was added without one. Trashed rows are compared like the others.

Both sides are streamed in key order and merged, so memory stays flat however many
rows the project holds.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from workbench.core import rawread
from workbench.core.repo import AUDIT_OMIT, JSON_COLUMNS, TABLES, Row

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
    Both come entity by entity in ``TABLES`` order, each by key, whatever order the
    streams were read in.

    The audit log is read once, in the order of its ``(entity_id, seq)`` index (one
    pass for every entity, instead of one scan of that index per entity), and merged
    with all text-keyed tables at once; documents, keyed by number, follow.
    """
    wanted = [e for e in TABLES if e in entities]
    found: dict[str, list[Difference]] = {e: [] for e in wanted}
    bad: dict[str, list[tuple[str, str]]] = {e: [] for e in wanted}
    by_number: list[tuple[int, int]] = []  # (document number, seq of its last image)
    texts = [e for e in wanted if e != "document"]
    logged = _text_keyed(rawread.latest_images(conn), set(texts), by_number)
    for (k, entity), cols, raw, image in _merge_rows(_stored(conn, texts), logged):
        diff = _compare(entity, k, cols, raw, image, bad[entity])
        if diff is not None:
            found[entity].append(diff)
    if "document" in wanted:
        by_number.sort()
        images = ((n, (rawread.image_at(conn, seq),)) for n, seq in by_number)
        for k, cols, raw, image in _documents(conn, images):
            diff = _compare("document", k, cols, raw, image, bad["document"])
            if diff is not None:
                found["document"].append(diff)
    for entity in wanted:
        if damaged is not None:
            damaged.extend(bad[entity])
        yield from found[entity]


Key = tuple[bytes, str]


def _text_keyed(images: Iterator[tuple[Key, int, Any]], entities: set[str],
                by_number: list[tuple[int, int]]) -> Iterator[tuple[Key, Any]]:
    """The images of ``entities``; documents' (number, seq) put aside in ``by_number``
    (their table is ordered by number, not by the id's text)."""
    for (k, entity), seq, after in images:
        if entity in entities:
            yield (k, entity), after
        elif entity == "document":
            by_number.append((_number(rawread.text(k)), seq))


def _stored(conn: sqlite3.Connection, entities: list[str]
            ) -> Iterator[tuple[Key, tuple[list[str], tuple[Any, ...]]]]:
    """The rows of the text-keyed tables, as one stream sorted by (key bytes, entity).

    Columns are read in sorted order (the order of an after-image's keys) and the
    large ones the log leaves out are not read at all.
    """
    # No key function: (key, entity) is unique, so the tuples never compare further.
    return heapq.merge(*(_table(conn, entity) for entity in entities))


def _table(conn: sqlite3.Connection, entity: str
           ) -> Iterator[tuple[Key, tuple[list[str], tuple[Any, ...]]]]:
    table, pk = TABLES[entity]
    cols = _image_columns(conn, table)
    at = cols.index(pk)
    for values in rawread.tuples(conn, table, cols, order=pk):
        yield (rawread.key_bytes(values[at]), entity), (cols, values)


def _image_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return sorted(c for c in rawread.columns(conn, table) if c not in AUDIT_OMIT)


def _merge_rows(stored: Iterator[tuple[Key, tuple[list[str], tuple[Any, ...]]]],
                logged: Iterator[tuple[Key, bytes | str | None]]
                ) -> Iterator[tuple[Key, list[str] | None, tuple[Any, ...] | None,
                                    tuple[bytes | str | None] | None]]:
    """Stored rows joined with last images: (key, cols, row or None, (image,) or None)."""
    for k, row, image in _merge(stored, ((k, (after,)) for k, after in logged)):
        cols, values = row if row is not None else (None, None)
        yield k, cols, values, image


def _documents(conn: sqlite3.Connection, images: Iterator[tuple[int, Any]]
               ) -> Iterator[tuple[int, list[str] | None, tuple[Any, ...] | None, Any]]:
    """Document rows by number joined with their last images (by number too)."""
    cols = _image_columns(conn, "documents")
    at = cols.index("id")
    rows = ((_number(v[at]), v) for v in rawread.tuples(conn, "documents", cols,
                                                        order="id"))
    for k, values, image in _merge(rows, images):
        yield k, cols, values, image


def _number(value: Any) -> int:
    """A document id as SQLite's CAST orders it: a forged non-number sorts as 0."""
    try:
        return int(value)
    except ValueError:
        return 0


def _compare(entity: str, key: Any, cols: list[str] | None,
             values: tuple[Any, ...] | None, slot: tuple[bytes | str | None] | None,
             damaged: list[tuple[str, str]]) -> Difference | None:
    """One row against its last image: at once when the image's text is exactly what
    the program would have written for the stored row, else decoded and compared."""
    if (values is not None and slot is not None and slot[0] is not None
            and _same_text(cols, values, rawread.key_bytes(slot[0]))):  # type: ignore[arg-type]
        return None
    raw = dict(zip(cols, values, strict=True)) if values is not None else None  # type: ignore[arg-type]
    return _compare_decoded(entity, key, raw, slot, damaged)


def _same_text(cols: list[str], values: tuple[Any, ...], image: bytes) -> bool:
    """Whether the after-image ``image`` holds exactly this stored row.

    The exact comparison's verdict on a sound row, without building a dict per row:
    the image's keys must be the columns, in order (both are sorted), and its values
    the stored ones, decoded as :func:`rawread.decode` decodes them. False for
    anything else (damage, a changed row, an older image with fewer columns): the exact
    comparison then decides, and names what differs.
    """
    try:
        logged = rawread.loads(image.decode("utf-8"))
        if logged.__class__ is not dict or list(logged) != cols:
            return False
        decoded = [v.decode("utf-8") if v.__class__ is bytes else v for v in values]
        for i in _json_at(cols):
            if decoded[i].__class__ is str:
                decoded[i] = rawread.loads(decoded[i]) if decoded[i] else None
    except ValueError:  # damaged UTF-8 or JSON (UnicodeDecodeError is a ValueError)
        return False
    return list(logged.values()) == decoded


_JSON_AT: dict[tuple[str, ...], list[int]] = {}


def _json_at(cols: list[str]) -> list[int]:
    """Where a table's JSON columns are among its columns (looked up once per table)."""
    shape = tuple(cols)
    if shape not in _JSON_AT:
        _JSON_AT[shape] = [i for i, c in enumerate(cols) if c in JSON_COLUMNS]
    return _JSON_AT[shape]


def _compare_decoded(entity: str, key: Any, raw: rawread.Raw | None,
                     slot: tuple[bytes | str | None] | None,
                     damaged: list[tuple[str, str]]) -> Difference | None:
    name = rawread.text(key) if isinstance(key, bytes) else str(key)
    row, bad = rawread.decode(raw) if raw is not None else (None, [])
    if bad:
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
