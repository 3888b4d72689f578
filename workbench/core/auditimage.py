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
  instead of 577, ~181 with the marks below.

**Time marks** (schema 15 on): in an array image, a ``created_at`` or ``modified_at``
equal to the audit entry's own ``at`` is stored as JSON ``true`` instead of the 24
characters again (the write takes one clock reading for both, so a new row's times are
its entry's time). A row value is never a JSON boolean (SQLite has none), and an image
holding one in a time column is written as an object, so ``true`` there always means
"the entry's time"; decoding puts the entry's ``at`` back. Object images never hold
marks.

**Quote marks** (schema 15 on): in an annotation's array image, ``exact``, ``prefix``
and ``suffix`` equal to :func:`quote_of` the document's text at ``[start, end)`` are
stored as ``true`` each (all three or none). Which text, and how a reader finds it, is
``derived.py``'s; :func:`decode` asks its ``derive`` argument for the values.

The hash chain (``chain.py``) hashes the stored text, whichever format: old rows keep
their hashes. :func:`sql_text` is the same text built by SQLite from a table row, so
``verify`` can compare every row with its last image inside SQLite and decode only the
rows that differ.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

Layout = tuple[str, ...]
Quote = tuple[str, str, str]
# (doc_id, start, end) of an image -> the quote its marks stand for, None if unknown.
Derive = Callable[[Any, Any, Any], Quote | None]

# Columns an array image may store as ``true``, meaning the audit entry's own ``at``.
TIME_COLUMNS = frozenset({"created_at", "modified_at"})
MARK = True
# Columns an annotation's array image may store as ``true``: derived from the text.
QUOTE_COLUMNS = ("exact", "prefix", "suffix")
# Characters of context either side of a derived quote. Fixed by the format, not by the
# anchoring code: should anchoring take other context, its values stop matching the
# derivation and are stored in full.
CONTEXT = 32


class Underivable(ValueError):
    """An image's quote marks stand for a text its reader cannot find."""


def quote_of(text: str, start: Any, end: Any) -> Quote | None:
    """``(exact, prefix, suffix)`` of ``text`` at ``[start, end)``; None for a span that
    is not one of ``text`` (then nothing is derived)."""
    if start.__class__ is not int or end.__class__ is not int or not (
            0 <= start <= end <= len(text)):
        return None
    return text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def layout(conn: sqlite3.Connection, table: str, key: str, omit: set[str] | frozenset[str]
           ) -> Layout:
    """The image columns of ``table`` in declared order, less its key and ``omit``."""
    names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    names = [n.decode("utf-8") if isinstance(n, bytes) else n for n in names]
    return tuple(n for n in names if n != key and n not in omit)


def encode(image: Mapping[str, Any], key: str, cols: Layout, at: str | None = None,
           quote: Quote | None = None) -> str:
    """The array text of ``image``; the object text when it is not one row of the layout
    (an image with other columns: then the old format says exactly what it holds).

    Only on a file of schema 15 or later: with ``at`` (the entry's time) a time column
    equal to it is stored as a mark; with ``quote`` (:func:`quote_of` the text the
    image's marks will be read against) the quote columns are marks when all three
    equal it. A boolean in a column that may hold a mark keeps the object format, so a
    mark is never mistaken for a value.
    """
    if len(image) == len(cols) + 1 and key in image:
        try:
            values = [image[c] for c in cols]
        except KeyError:
            values = None
        if values is not None and not any(isinstance(image[c], bool) for c in cols
                                          if c in TIME_COLUMNS or c in QUOTE_COLUMNS):
            marked = TIME_COLUMNS if at is not None else frozenset()
            if quote is not None and all(
                    image.get(c).__class__ is str and image.get(c) == q
                    for c, q in zip(QUOTE_COLUMNS, quote, strict=True)):
                marked = marked.union(QUOTE_COLUMNS)
            if marked:
                values = [MARK if c in marked and (c not in TIME_COLUMNS or (
                    v.__class__ is str and v == at)) else v
                    for c, v in zip(cols, values, strict=True)]
            return _ARRAY.encode(values)
    return json.dumps(dict(image), ensure_ascii=False, sort_keys=True)


# One encoder for every array image (json.dumps with options builds one per call).
_ARRAY = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(text: str, key: str, key_value: Any, cols: Layout, *, at: Any,
           derive: Derive | None = None) -> dict[str, Any]:
    """An image as a dict of column values, whichever format, keys sorted, a time mark
    replaced by ``at`` (the entry's time) and quote marks by what ``derive`` gives;
    ValueError if it is neither format (damaged, or an array longer than the layout),
    :class:`Underivable` if it holds quote marks ``derive`` cannot resolve."""
    value = json.loads(text)
    if isinstance(value, dict):
        return value
    if not isinstance(value, list) or len(value) > len(cols):
        raise ValueError("not an audit image")
    if "true" in text:  # a scan in C: most images hold no boolean at all
        value = _unmarked(cols, value, at, derive)
    pairs = [*zip(cols, value, strict=False), (key, key_value)]
    return dict(sorted(pairs))  # keys in the order an object image has them


def _unmarked(cols: Layout, values: list[Any], at: Any, derive: Derive | None
              ) -> list[Any]:
    row = dict(zip(cols, values, strict=False))
    quoted = [c for c in QUOTE_COLUMNS if row.get(c) is MARK]
    if quoted:
        quote = derive(row.get("doc_id"), row.get("start"), row.get("end")) if derive else None
        if quote is None:
            raise Underivable("the quote's document text is not at hand")
        row.update((c, quote[QUOTE_COLUMNS.index(c)]) for c in quoted)
    return [at if c in TIME_COLUMNS and v is MARK else v
            for c, v in zip(cols, row.values(), strict=False)]


def has_quote_marks(text: str | None, cols: Layout) -> bool:
    """Whether an image's text holds quote marks (cheap for the usual image)."""
    if not text or "true" not in text or not text.startswith("["):
        return False
    try:
        value = json.loads(text)
    except ValueError:
        return False
    row = dict(zip(cols, value, strict=False)) if isinstance(value, list) else {}
    return any(row.get(c) is MARK for c in QUOTE_COLUMNS)


def without_quote_marks(text: str | None, cols: Layout, derive: Derive) -> str | None:
    """``text`` with its quote marks replaced by their values (time marks kept: they
    travel with the entry's time), the text the writer stores when it marks no quote;
    ``text`` itself when it holds none. :class:`Underivable` if ``derive`` cannot."""
    if not has_quote_marks(text, cols):
        return text
    value = json.loads(text)  # type: ignore[arg-type]
    row = dict(zip(cols, value, strict=False))
    quote = derive(row.get("doc_id"), row.get("start"), row.get("end"))
    if quote is None:
        raise Underivable("the quote's document text is not at hand")
    row.update(zip(QUOTE_COLUMNS, quote, strict=True))
    return _ARRAY.encode(list(row.values()))


def key_value(entity_id: Any, integer: bool) -> Any:
    """The row's key as its image holds it: documents are keyed by number."""
    if not integer:
        return entity_id
    try:
        return int(entity_id)
    except (TypeError, ValueError):
        return entity_id


def sql_text(alias: str, key: str, cols: Layout, json_cols: set[str] | frozenset[str], *,
             array: bool, at: str | None = None, quote: bool = False,
             exprs: Mapping[str, str] | None = None) -> str:
    """SQL making, from a row of the table aliased ``alias``, the image text the program
    writes for it (array or object); NULL when a JSON column is not valid JSON. With
    ``at`` (SQL for the entry's time) an array marks the time columns equal to it; with
    ``quote`` it holds quote marks (whether the row's quote is the derived one is for
    the caller to check: SQL does not read the document's text). ``exprs`` gives SQL
    to read some columns by instead of the stored value (an annotation's derived
    quote, ``quotes``).

    Equal text means equal values: every piece is one whole JSON value, so the text
    parses back into the row's own values. Where SQLite writes a value otherwise than
    Python does (a real number's digits, a JSON column stored with other spacing), the
    texts differ and the caller compares the decoded values instead.
    """
    def ref(col: str) -> str:
        if exprs and col in exprs:
            return f"({exprs[col]})"
        return f'{alias}."{col}"'

    valid = " AND ".join(f"({ref(c)} IS NULL OR json_valid({ref(c)}))"
                         for c in cols if c in json_cols) or "1"
    if array:  # SQLite's json() writes a JSON column's text without spaces, as Python
        def item(c: str) -> str:
            if c in json_cols:
                return f"json({ref(c)})"
            if quote and c in QUOTE_COLUMNS:
                return "json('true')"
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

