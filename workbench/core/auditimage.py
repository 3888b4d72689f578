"""How an audit row stores a row's image (its ``before`` and ``after``), both formats.

An image is the row as the program wrote it, every column but the large ones
(``repo.AUDIT_OMIT``: a document's text, logged by its hash). Two formats are stored
side by side; the first character tells them apart, and readers accept both:

- **object** (every row written before schema 14): a JSON object of every image column,
  ``json.dumps(image, ensure_ascii=False, sort_keys=True)``, key included.
- **array** (schema 14 on): a JSON array of the values of the table's *layout*, no key
  names. A table's layout is its columns in their declared order (``PRAGMA
  table_info``; a migration only ever appends columns), less the row's key (the audit
  row's ``entity_id`` names it) and the large columns. An array of ``n`` values holds
  the first ``n`` columns of the layout, so arrays written before a column was appended
  stay readable. The text is ``json.dumps(values, ensure_ascii=False, sort_keys=True,
  separators=(",", ":"))``: a JSON column's value (``repo.JSON_COLUMNS``) is nested as
  JSON, without spaces. At 100,000 annotations an insert's image is ~340 bytes
  instead of 577.

**Time marks** (schema 15 on): in an array image, a ``created_at`` or ``modified_at``
equal to the audit entry's own ``at`` is stored as JSON ``true`` instead of the 24
characters again (the write takes one clock reading for both, so a new row's times are
its entry's time). A row value is never a JSON boolean (SQLite has none), and an image
holding one in a time column is written as an object, so ``true`` there always means
"the entry's time"; decoding puts the entry's ``at`` back. Object images never hold
marks.

The hash chain (``chain.py``) hashes the stored text, whichever format: old rows keep
their hashes. :func:`sql_text` is the same text built by SQLite from a table row, so
``verify`` can compare every row with its last image inside SQLite and decode only the
rows that differ.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

Layout = tuple[str, ...]

# Columns an array image may store as ``true``, meaning the audit entry's own ``at``.
TIME_COLUMNS = frozenset({"created_at", "modified_at"})
MARK = True


def layout(conn: sqlite3.Connection, table: str, key: str, omit: set[str] | frozenset[str]
           ) -> Layout:
    """The image columns of ``table`` in declared order, less its key and ``omit``."""
    names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    names = [n.decode("utf-8") if isinstance(n, bytes) else n for n in names]
    return tuple(n for n in names if n != key and n not in omit)


def encode(image: Mapping[str, Any], key: str, cols: Layout, at: str | None = None) -> str:
    """The array text of ``image``; the object text when it is not one row of the layout
    (an image with other columns: then the old format says exactly what it holds).

    With ``at`` (the entry's time; only on a file of schema 15 or later) a time column
    equal to it is stored as the mark.
    """
    if len(image) == len(cols) + 1 and key in image:
        try:
            values = [image[c] for c in cols]
        except KeyError:
            values = None
        if values is not None and not any(
                isinstance(image[c], bool) for c in TIME_COLUMNS.intersection(cols)):
            if at is not None:
                values = [MARK if c in TIME_COLUMNS and v.__class__ is str and v == at
                          else v for c, v in zip(cols, values, strict=True)]
            return _ARRAY.encode(values)
    return json.dumps(dict(image), ensure_ascii=False, sort_keys=True)


# One encoder for every array image (json.dumps with options builds one per call).
_ARRAY = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(text: str, key: str, key_value: Any, cols: Layout, *, at: Any) -> dict[str, Any]:
    """An image as a dict of column values, whichever format, keys sorted, a time mark
    replaced by ``at`` (the entry's time); ValueError if it is neither format (damaged,
    or an array longer than the layout)."""
    value = json.loads(text)
    if isinstance(value, dict):
        return value
    if not isinstance(value, list) or len(value) > len(cols):
        raise ValueError("not an audit image")
    if "true" in text:  # a scan in C: most images hold no boolean at all
        value = [at if v is MARK and c in TIME_COLUMNS else v
                 for c, v in zip(cols, value, strict=False)]
    pairs = [*zip(cols, value, strict=False), (key, key_value)]
    return dict(sorted(pairs))  # keys in the order an object image has them


def key_value(entity_id: Any, integer: bool) -> Any:
    """The row's key as its image holds it: documents are keyed by number."""
    if not integer:
        return entity_id
    try:
        return int(entity_id)
    except (TypeError, ValueError):
        return entity_id


def sql_text(alias: str, key: str, cols: Layout, json_cols: set[str] | frozenset[str], *,
             array: bool, at: str | None = None) -> str:
    """SQL making, from a row of the table aliased ``alias``, the image text the program
    writes for it (array or object); NULL when a JSON column is not valid JSON. With
    ``at`` (SQL for the entry's time) an array marks the time columns equal to it.

    Equal text means equal values: every piece is one whole JSON value, so the text
    parses back into the row's own values. Where SQLite writes a value otherwise than
    Python does (a real number's digits, a JSON column stored with other spacing), the
    texts differ and the caller compares the decoded values instead.
    """
    def ref(col: str) -> str:
        return f'{alias}."{col}"'

    valid = " AND ".join(f"({ref(c)} IS NULL OR json_valid({ref(c)}))"
                         for c in cols if c in json_cols) or "1"
    if array:  # SQLite's json() writes a JSON column's text without spaces, as Python
        def item(c: str) -> str:
            if c in json_cols:
                return f"json({ref(c)})"
            if at is not None and c in TIME_COLUMNS:
                return f"CASE WHEN {ref(c)} = {at} THEN json('true') ELSE {ref(c)} END"
            return ref(c)
        values = ", ".join(item(c) for c in cols)
        return f"CASE WHEN {valid} THEN json_array({values}) END"

    def value(col: str) -> str:  # the object format nests a JSON column as stored
        if col in json_cols:
            return f"CASE WHEN {ref(col)} IS NULL THEN 'null' ELSE {ref(col)} END"
        return f"json_quote({ref(col)})"

    names = sorted([*cols, key])
    pieces = [f"'{'{' if i == 0 else ', '}{json.dumps(c)}: ' || {value(c)}"
              for i, c in enumerate(names)]
    return f"CASE WHEN {valid} THEN " + " || ".join(pieces) + " || '}' END"

