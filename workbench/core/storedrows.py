"""A row as SQLite will give it back, worked out without reading it back.

A write records each row's after image as stored: the columns it did not name hold
their defaults, and SQLite's type affinity may have changed a value (an integer bound
to a TEXT column comes back as text). Reading the rows back after an insert gives that
image for certain; for a batch of imported documents the read cost as much as the
insert. :func:`maker` gives the same image from the row bound and the table's columns,
and gives up (None) wherever the two could differ, so the caller reads back.

A value is taken as stored only when SQLite keeps it unchanged: text in a TEXT column,
an integer in an INTEGER one, a float in a REAL one, anything but a bool in a column of
no type (BLOB affinity), NULL anywhere. A default must be a literal (NULL, a number, a
quoted string) whose value passes the same test; any other (an expression, a time)
sends the caller to the read.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# A DEFAULT clause that is a plain literal: its value is the same for every row.
_LITERAL = re.compile(r"(?is)\s*(null|[-+]?\d+(\.\d*)?([eE][-+]?\d+)?|'([^']|'')*')\s*")


def affinity(declared: str | None) -> str:
    """SQLite's type affinity for a declared column type (its documented rules, in order)."""
    t = (declared or "").upper()
    if "INT" in t:
        return "INTEGER"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "TEXT"
    if not t or "BLOB" in t:
        return "BLOB"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "REAL"
    return "NUMERIC"


# The types (exactly: not subclasses) SQLite gives back unchanged, by affinity.
_KEPT = {"TEXT": (str,), "INTEGER": (int,), "REAL": (float,),
         "BLOB": (str, int, float, bytes), "NUMERIC": ()}


def kept_as_is(value: Any, column_affinity: str) -> bool:
    """Whether SQLite stores ``value`` in a column of this affinity and gives the same
    value, of the same type, back (NUMERIC may make a number of text that looks like
    one; a bool comes back as an integer)."""
    return value is None or value.__class__ in _KEPT[column_affinity]


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, affinity and default (``None`` for no default;
    ``unknown`` when the default is not a literal that is stored as it reads)."""

    name: str
    affinity: str
    default: Any
    unknown: bool


def columns(conn: sqlite3.Connection, table: str) -> dict[str, Column]:
    """The columns of ``table`` by name, in their order, as :func:`as_stored` needs them."""
    out: dict[str, Column] = {}
    # The defaults are read from the literals themselves: no statement per column.
    for _cid, name, declared, _notnull, dflt, _pk in conn.execute(
            f"PRAGMA table_info({table})"):
        kind = affinity(declared)
        default, unknown = None, False
        if dflt is not None:
            literal = _LITERAL.fullmatch(dflt)
            if literal:
                default = _literal_value(literal.group(1))
                unknown = not kept_as_is(default, kind)
            else:
                unknown = True
        out[name] = Column(name, kind, default, unknown)
    return out


def _literal_value(text: str) -> Any:
    """The value of a literal that :data:`_LITERAL` matched, as SQLite reads it."""
    if text.upper() == "NULL":
        return None
    if text.startswith("'"):
        return text[1:-1].replace("''", "'")
    if any(c in text for c in ".eE"):
        return float(text)
    return int(text)


def maker(cols: dict[str, Column], names: Sequence[str], given: Iterable[str],
          decode: dict[str, Callable[[Any], Any]], by_place: bool = False,
          ) -> Callable[[Any], dict[str, Any] | None] | None:
    """A function giving a row bound with the columns ``given`` as a read of the columns
    ``names`` would return it (None for a row that might differ), or None when no such
    row can be worked out (a default that is not a literal kept as it reads, a column
    the table lacks). ``decode`` turns a column's stored value into what the reader
    makes of it (JSON text into a value). Worked out once for many rows of one shape.

    ``by_place``: the function takes the row as the sequence of values bound, in the
    order of ``given`` (a batch's insert parameters), instead of a dict by column."""
    if by_place:
        return _place_maker(cols, names, list(given), decode)
    given = set(given)
    bound: list[tuple[str, tuple[type, ...], Callable[[Any], Any] | None]] = []
    defaults: dict[str, Any] = {}
    for name in names:
        col = cols.get(name)
        if col is None:
            return None
        if name in given:
            bound.append((name, _KEPT[col.affinity], decode.get(name)))
        elif col.unknown:
            return None
        else:
            value = col.default
            defaults[name] = decode[name](value) if name in decode and isinstance(
                value, str) else value
    order = list(names)

    def make(row: dict[str, Any]) -> dict[str, Any] | None:
        out = dict(defaults)
        for name, kept, dec in bound:
            value = row[name]
            if value is not None:
                if value.__class__ not in kept:
                    return None
                if dec is not None and value.__class__ is str:
                    value = dec(value)
            out[name] = value
        return {name: out[name] for name in order}

    return make


def _place_maker(cols: dict[str, Column], names: Sequence[str], given: list[str],
                 decode: dict[str, Callable[[Any], Any]]
                 ) -> Callable[[Sequence[Any]], dict[str, Any] | None] | None:
    """:func:`maker` for rows given as their values in the order of ``given``: one pass
    over ``names``, each column's place (or default) worked out once, so a batch's image
    is made from its insert parameters without a dict of them first."""
    place = {name: i for i, name in enumerate(given)}
    plan: list[tuple[str, int, tuple[type, ...], Callable[[Any], Any] | None, Any]] = []
    for name in names:
        col = cols.get(name)
        if col is None:
            return None
        if name in place:
            plan.append((name, place[name], _KEPT[col.affinity], decode.get(name), None))
        elif col.unknown:
            return None
        else:
            value = col.default
            plan.append((name, -1, (), None, decode[name](value) if name in decode
                         and isinstance(value, str) else value))

    def make(values: Sequence[Any]) -> dict[str, Any] | None:
        out: dict[str, Any] = {}
        for name, at, kept, dec, default in plan:
            if at < 0:
                out[name] = default
                continue
            value = values[at]
            if value is not None:
                if value.__class__ not in kept:
                    return None
                if dec is not None and value.__class__ is str:
                    value = dec(value)
            out[name] = value
        return out

    return make


def as_stored(cols: dict[str, Column], bound: dict[str, Any], names: Sequence[str],
              decode: dict[str, Callable[[Any], Any]]) -> dict[str, Any] | None:
    """The row ``bound`` (the values given to the INSERT, by column) as a read of the
    columns ``names`` would return it, or None if it might differ (see :func:`maker`)."""
    make = maker(cols, names, bound, decode)
    return make(bound) if make is not None else None
