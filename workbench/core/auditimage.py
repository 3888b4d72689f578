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

**Packed values** (schema 18 on): in a stored array image, a mark and a value equal to
its column's declared default, where that default is one of the strings below, are
stored as one control character each instead of their JSON text. The meanings are fixed
for good (a character never changes meaning; a new one may only be added):

====== ==============
``01`` ``true`` (a time or quote mark)
``02`` ``"anchored"``
``03`` ``"accepted"``
``04`` ``"manual"``
``05`` ``""``
``06`` ``"ltr"``
``07`` ``"open"``
====== ==============

A JSON writer (Python's ``json`` and SQLite's both) escapes every control character
inside a string (``\\u0001``) and writes none outside one, so in any text the program
writes a raw ``01``..``07`` can only be a packed value: :func:`expand` puts each back
by plain replacement, and gives the image's *logical* text, the text a schema-17 writer
would have stored. A value holding one of the characters makes its escape appear in the
text beside the packed ones; the writer counts them and then stores that image unpacked
(:func:`encode`), so it never has to tell a value from a packed one. Packing is a way
of storing only: the chain, exported logs, heads, merges and checks all read the
logical text, and no row written before is rewritten.

The hash chain (``chain.py``) hashes the logical text, whichever format: old rows keep
their hashes. :func:`sql_text` is the same text built by SQLite from a table row, so
``verify`` can compare every row with its last image inside SQLite and decode only the
rows that differ.
"""

from __future__ import annotations

import json
import operator
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

# The character a packed image stores for a whole JSON value (schema 18 on), and the
# value's JSON text. Fixed for good: a character never changes meaning, new ones are
# only appended (docs/integrity.md lists them too).
PACKED = {"\x01": "true", "\x02": '"anchored"', "\x03": '"accepted"', "\x04": '"manual"',
          "\x05": '""', "\x06": '"ltr"', "\x07": '"open"'}
# A column default (a string) -> the character a value equal to it is stored as.
_CHAR_OF = {json.loads(t): c for c, t in PACKED.items() if t != "true"}
# What the JSON writer makes of a character on its own (the text :func:`encode` packs).
_ESCAPED = {c: json.dumps(c) for c in PACKED}
_PACKED_BYTES = {c.encode("ascii"): t.encode("ascii") for c, t in PACKED.items()}
# By the type of a stored image: each packed character and its text.
_EXPANSIONS: dict[type, tuple[tuple[Any, Any], ...]] = {
    str: tuple(PACKED.items()), bytes: tuple(_PACKED_BYTES.items())}
# Per layout column, the default string a value equal to it is packed for (None: none).
Packs = tuple[str | None, ...]


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
    return layout_of(table_info(conn, table), key, omit)


def table_info(conn: sqlite3.Connection, table: str) -> list[tuple[str, Any]]:
    """``(name, declared default)`` of each column of ``table``, in declared order."""
    def text(v: Any) -> Any:
        return v.decode("utf-8") if isinstance(v, bytes) else v
    return [(text(r[1]), text(r[4])) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def layout_of(info: list[tuple[str, Any]], key: str, omit: set[str] | frozenset[str]
              ) -> Layout:
    """:func:`layout` from the table's :func:`table_info`."""
    return tuple(n for n, _ in info if n != key and n not in omit)


def packs(info: list[tuple[str, Any]], cols: Layout,
          json_cols: set[str] | frozenset[str]) -> Packs:
    """Per column of ``cols``, its declared default (from the table's :func:`table_info`)
    when that is a string with a packed character (not a JSON column: its value is
    nested as JSON, not as a string)."""
    defaults = {}
    for name, default in info:
        if (isinstance(default, str) and len(default) >= 2 and default[0] == default[-1]
                == "'" and "'" not in default[1:-1]):
            defaults[name] = default[1:-1]
    return tuple(defaults.get(c) if c not in json_cols and defaults.get(c) in _CHAR_OF
                 else None for c in cols)


def expand(value: Any) -> Any:
    """An image as stored, read back as its logical text (its packed values written
    out); text stays text, bytes stay bytes, anything else (None) as it is."""
    how = _EXPANSIONS.get(value.__class__)
    if how is None:
        return value
    # Each character looked for on its own (a memchr each): quicker than one pattern
    # search for any of them (~0.5 against ~3 us on an image), and the same object comes
    # back when none is there.
    for char, text in how:
        if char in value:
            value = value.replace(char, text)
    return value


def sql_expand(expr: str) -> str:
    """SQL giving :func:`expand` of the image text ``expr``."""
    for char, text in PACKED.items():
        expr = f"replace({expr}, char({ord(char)}), '{text}')"
    return expr


# The character a mark is packed as.
MARK_CHAR = "\x01"
# How :func:`sql_packed` writes a column's plain value (:func:`value_plan`): test for an
# integer and a NULL, for a NULL only, or neither (``json_quote`` always).
_INTEGER, _NULLABLE = "integer", "nullable"
Plan = tuple[str, ...]


def sql_char(char: str) -> str:
    """A packed character as an SQL string literal. The character itself is in the
    literal (SQLite takes any character but the quote there): a constant, where
    ``char(n)`` is a function call per row whose result ``format()`` copies again to
    end it with a NUL."""
    if char not in PACKED:
        raise ValueError("not a packed character")
    return f"'{char}'"


def value_plan(conn: sqlite3.Connection, table: str, cols: Layout) -> Plan:
    """Per column of ``cols``, how :func:`sql_packed` writes its plain values, from the
    table's declared types: a column of integer affinity (its type names ``INT``, as
    SQLite decides it) is tested for an integer and a NULL, another column that may hold
    NULL for a NULL; the others always go through ``json_quote``."""
    declared = {_text(r[1]): (str(_text(r[2]) or ""), bool(r[3]))
                for r in conn.execute(f'PRAGMA table_info("{table}")')}
    plan = []
    for c in cols:
        kind, not_null = declared.get(c, ("", False))
        plan.append(_INTEGER if "INT" in kind.upper() else "" if not_null else _NULLABLE)
    return tuple(plan)


def _text(v: Any) -> Any:
    """A value read in bytes mode as text."""
    return v.decode("utf-8") if isinstance(v, bytes) else v


def encode(image: Mapping[str, Any], key: str, cols: Layout, at: str | None = None,
           quote: Quote | None = None, packs: Packs | None = None) -> str:
    """The array text of ``image``; the object text when it is not one row of the layout
    (an image with other columns: then the old format says exactly what it holds).

    Only on a file of schema 15 or later: with ``at`` (the entry's time) a time column
    equal to it is stored as a mark; with ``quote`` (:func:`quote_of` the text the
    image's marks will be read against) the quote columns are marks when all three
    equal it. A boolean in a column that may hold a mark keeps the object format, so a
    mark is never mistaken for a value. With ``packs`` (:func:`packs` of the layout, on
    a file of schema 18 or later) marks and default values are packed.
    """
    if len(image) == len(cols) + 1 and key in image:
        try:
            values = _values_of(cols)(image)
        except KeyError:
            values = None
        times, quoted = _mark_slots(cols)
        if values is not None and not any(values[i].__class__ is bool
                                          for i in times + quoted):
            if at is not None:
                for i in times:
                    v = values[i]
                    if v.__class__ is str and v == at:
                        values[i] = MARK
            if quote is not None and len(quoted) == len(QUOTE_COLUMNS) and all(
                    values[i].__class__ is str and values[i] == q
                    for i, q in zip(quoted, quote, strict=True)):
                for i in quoted:
                    values[i] = MARK
            return _packed(values, packs) if packs is not None else _array_text(values)
    return json.dumps(dict(image), ensure_ascii=False, sort_keys=True)


# One encoder for every array image (json.dumps with options builds one per call).
_ARRAY = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _array_text(values: list[Any]) -> str:
    """``_ARRAY.encode(values)``: the same text by construction, from the C encoder
    ``JSONEncoder.encode`` itself makes on each call, made once here (an import writes
    an image a file; ~9 against ~4 us for a document's). Without the check for circular
    values, which a row's values (scalars and decoded JSON) cannot be."""
    return "".join(_ARRAY_C(values, 0)) if _ARRAY_C is not None else _ARRAY.encode(values)


_ARRAY_C = None if json.encoder.c_make_encoder is None else json.encoder.c_make_encoder(
    None, _ARRAY.default, json.encoder.c_encode_basestring, None, _ARRAY.key_separator,
    _ARRAY.item_separator, _ARRAY.sort_keys, _ARRAY.skipkeys, _ARRAY.allow_nan)
# Per layout, the places of its time columns and of its quote columns (in QUOTE_COLUMNS
# order): found once, so an image looks at those few values, not at every column.
_SLOTS: dict[Layout, tuple[tuple[int, ...], tuple[int, ...]]] = {}
# Per packs, the places and defaults of the columns that have a packed default.
_DEFAULTS: dict[Packs, tuple[tuple[int, str], ...]] = {}


# Per layout, a function giving an image's values in the layout's order, as a list.
_GETTERS: dict[Layout, Callable[[Mapping[str, Any]], list[Any]]] = {}


def _values_of(cols: Layout) -> Callable[[Mapping[str, Any]], list[Any]]:
    """``[image[c] for c in cols]`` as a function of the image: one C call for the
    values where the layout has two columns or more (an import makes an image a file)."""
    get = _GETTERS.get(cols)
    if get is None:
        if len(cols) >= 2:
            getter = operator.itemgetter(*cols)

            def get(image: Mapping[str, Any]) -> list[Any]:
                return list(getter(image))
        else:
            def get(image: Mapping[str, Any]) -> list[Any]:
                return [image[c] for c in cols]
        if len(_GETTERS) < 256:  # a handful of layouts in practice; bounded all the same
            _GETTERS[cols] = get
    return get


def _mark_slots(cols: Layout) -> tuple[tuple[int, ...], tuple[int, ...]]:
    slots = _SLOTS.get(cols)
    if slots is None:
        place = {c: i for i, c in enumerate(cols)}
        slots = (tuple(i for i, c in enumerate(cols) if c in TIME_COLUMNS),
                 tuple(place[c] for c in QUOTE_COLUMNS if c in place))
        if len(_SLOTS) < 256:  # a handful of layouts in practice; bounded all the same
            _SLOTS[cols] = slots
    return slots


def _packed(values: list[Any], packs: Packs) -> str:
    """The array text of ``values`` with its marks and default values packed.

    Each is handed to the encoder as its character on its own, which it writes as that
    character's escape in quotes; those are then replaced by the bare character. The
    replacement is exact only if every such escape in the text is one of them, so the
    escapes are counted first: a value holding one of the characters (or the text of
    an escape) adds to the count, and the image is then stored unpacked.
    """
    defaults = _DEFAULTS.get(packs)
    if defaults is None:
        defaults = tuple((i, d) for i, d in enumerate(packs) if d is not None)
        if len(_DEFAULTS) < 256:
            _DEFAULTS[packs] = defaults
    out = list(values)
    used: set[str] = set()
    placed = 0
    if MARK in values:  # a scan in C; True == 1, so an integer 1 is looked at below too
        for i, v in enumerate(values[:len(packs)]):  # as far as the layout's packs go
            if v is MARK:
                out[i] = "\x01"
                placed += 1
        if placed:
            used.add("\x01")
    for i, default in defaults:
        if i < len(values):
            v = values[i]
            if v.__class__ is str and v == default:
                out[i] = _CHAR_OF[default]
                used.add(out[i])
                placed += 1
    if not placed:
        return _array_text(values)
    text = _array_text(out)
    if text.count("\\u000") != placed:
        return _array_text(values)
    for char in used:
        text = text.replace(_ESCAPED[char], char)
    return text


def decode(text: str, key: str, key_value: Any, cols: Layout, *, at: Any,
           derive: Derive | None = None) -> dict[str, Any]:
    """An image as a dict of column values, whichever format, keys sorted, a time mark
    replaced by ``at`` (the entry's time) and quote marks by what ``derive`` gives;
    ValueError if it is neither format (damaged, or an array longer than the layout),
    :class:`Underivable` if it holds quote marks ``derive`` cannot resolve."""
    text = expand(text)
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
    text = expand(text)
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
    ``text`` itself (its logical text) when it holds none. :class:`Underivable` if
    ``derive`` cannot."""
    text = expand(text)
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
             packs: Packs | None = None, exprs: Mapping[str, str] | None = None,
             json_as_stored: bool = False, blob_safe: bool = False,
             plan: Plan | None = None) -> str:
    """SQL making, from a row of the table aliased ``alias``, the image text the program
    writes for it (array or object); NULL when a JSON column is not valid JSON. With
    ``at`` (SQL for the entry's time) an array marks the time columns equal to it; with
    ``quote`` it holds quote marks (whether the row's quote is the derived one is for
    the caller to check: SQL does not read the document's text). With ``packs``
    (:func:`packs` of the layout) an array is the packed text the writer stores, its
    marks and default values as their characters (:func:`sql_packed`). ``exprs`` gives
    SQL to read some columns by instead of the stored value (an annotation's derived
    quote, ``quotes``). With ``json_as_stored`` a packed array nests a JSON column as
    its stored text, not as SQLite's ``json()`` writes it again: the same for every row
    stored without spaces (as the writer stores it since schema 20), for half the
    JSON parsing. ``plan`` (:func:`value_plan`) is :func:`sql_packed`'s. With
    ``blob_safe`` a row holding a BLOB in any column gives NULL: JSON cannot hold one,
    and SQLite stops the whole statement at it otherwise (only a change outside the
    program stores one; the caller asks for this form after that error, so a sound file
    pays nothing for it).

    Equal text means equal values: every piece is one whole JSON value, so the text
    parses back into the row's own values. Where SQLite writes a value otherwise than
    Python does (a real number's digits, a JSON column stored with other spacing), the
    texts differ and the caller compares the decoded values instead.
    """
    def ref(col: str) -> str:
        if exprs and col in exprs:
            return f"({exprs[col]})"
        return f'{alias}."{col}"'

    # Text only: SQLite 3.40's json_valid() and json() take a BLOB as the text its bytes
    # spell, so a JSON column turned into a BLOB would match its image unseen; such a
    # row goes to Python, which names the BLOB.
    valid = " AND ".join(f"({ref(c)} IS NULL OR (typeof({ref(c)}) = 'text' AND "
                         f"json_valid({ref(c)})))" for c in cols if c in json_cols) or "1"
    if blob_safe:
        valid = " AND ".join([*(f"typeof({ref(c)}) <> 'blob'" for c in (*cols, key)),
                              f"({valid})"])
    if array and packs is not None:
        if plan is not None and exprs:  # an expression is not tested (it would run again)
            plan = tuple("" if c in exprs else h for c, h in zip(cols, plan, strict=True))
        return (f"CASE WHEN {valid} THEN "
                f"{sql_packed(ref, cols, json_cols, at, quote, packs, json_as_stored, plan)}"
                " END")
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



def sql_packed(ref: Callable[[str], str], cols: Layout, json_cols: set[str] | frozenset[str],
               at: str | None, quote: bool, packs: Packs, json_as_stored: bool = False,
               plan: Plan | None = None) -> str:
    """SQL of the packed array text (:func:`_packed`) of a row, its pieces put together
    by hand: ``json_array`` would escape the characters. Each piece is what ``json_array`` writes
    for the value (``json_quote``, ``json`` for a JSON column), or a character where the
    writer packs. An image the writer stored unpacked (a value holding a character)
    differs, and is compared in Python.

    With ``json_as_stored`` a JSON column's piece is its stored text. Only inside
    :func:`sql_text`'s guard that the text is one valid JSON value: then the piece is
    one whole value like every other, so equal texts still mean equal values.

    With ``plan`` (:func:`value_plan` of the layout) a value that needs no quoting is
    handed to ``format()`` as it is (an integer as its digits, a NULL as ``null``:
    the text ``json_quote`` gives for them), where the column's declared type says it
    is usual; the test is on the value's own type, so the text is the same for any
    value, and the plan only decides where the test is worth its cost."""
    def quoted(c: str, value: str, how: str) -> str:
        # json_quote's result is copied once more by format() to end it with a NUL (a
        # reallocation per piece per row); a column value or a literal is not.
        if how == _INTEGER:
            return (f"CASE typeof({value}) WHEN 'integer' THEN {value} WHEN 'null' "
                    f"THEN 'null' ELSE json_quote({value}) END")
        if how == _NULLABLE:
            return f"CASE WHEN {value} IS NULL THEN 'null' ELSE json_quote({value}) END"
        return f"json_quote({value})"

    def piece(c: str, default: str | None, how: str) -> str:
        value = f"{ref(c)}"
        if c in json_cols:
            return (f"coalesce({value}, 'null')" if json_as_stored
                    else f"coalesce(json({value}), 'null')")
        if quote and c in QUOTE_COLUMNS:
            return sql_char(MARK_CHAR)
        if at is not None and c in TIME_COLUMNS:
            return (f"CASE WHEN {value} = {at} THEN {sql_char(MARK_CHAR)} "
                    f"ELSE {quoted(c, value, how)} END")
        if default is not None:
            literal = "'" + default.replace("'", "''") + "'"
            return (f"CASE WHEN {value} = {literal} THEN {sql_char(_CHAR_OF[default])} "
                    f"ELSE {quoted(c, value, how)} END")
        return quoted(c, value, how)
    # format() writes the text in one buffer: ~30 % faster than joining with ||.
    hows = plan if plan is not None else ("",) * len(cols)
    pieces = [piece(c, d, h) for c, d, h in zip(cols, packs, hows, strict=True)]
    if not pieces:
        return "'[]'"
    return f"format('[{','.join(['%s'] * len(pieces))}]', {', '.join(pieces)})"
