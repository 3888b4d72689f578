"""The hash chain over the audit and custody logs, computed in this one place.

Each log row's hash is SHA-256 over the previous row's hash and the row's own canonical
content, so changing, removing or inserting a row breaks the link at that row (or at the
next one, if the forger also recomputed that row's hash). Pure functions, no SQL: the
repo, the migration that back-fills old rows, ``verify`` and the exported log all call
these, and a third party can re-implement them from this docstring:

- canonical content: JSON of every column except ``hash``, keys sorted, no spaces,
  non-ASCII kept as UTF-8, NULL columns left out (so a nullable column added later
  leaves the hashes of older rows valid);
- ``hash = sha256(prev_hash + "\\n" + canonical)`` as lowercase hex, where ``prev_hash``
  is the hash of the row before in ``seq`` order, or ``GENESIS`` for the first row.

The chain hashes the stored column values whatever they hold: an audit row's
``before`` and ``after`` are JSON text, an object of the row's columns (rows written
before schema 14) or an array of its values in its table's column order (from schema
14; ``auditimage.py`` says which columns, and from schema 15 which values it stores
as marks), and both are hashed as the text they are. A row's ``op``, ``entity`` and
``hash`` are hashed and chained as text even where the file stores them compactly
(codes and a 32-byte digest, ``logcodes.py``), and an image as its logical text even
where the file stores some of its values as single characters (schema 18 on,
``auditimage.expand``): readers turn them back first.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from workbench.core import jsonbytes

GENESIS = ""
# Audit and custody rows are chained separately: each log has its own head.
LOGS = ("audit", "custody")


def canonical(row: Mapping[str, Any]) -> bytes:
    """The row's content as hashed: every non-NULL column but ``hash``, as sorted JSON."""
    content = {k: v for k, v in row.items() if k != "hash" and v is not None}
    return _CANONICAL.encode(content).encode("utf-8")


# json.dumps with these options builds an encoder per call; every log row is hashed once
# when written (two a file of an import) and again by verify.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False)


def row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    """The hash of ``row`` following a row whose hash is ``prev_hash``."""
    digest = hashlib.sha256(prev_hash.encode("ascii") + b"\n")
    digest.update(canonical(row))
    return digest.hexdigest()


def hash_text(prev_hash: str, canonical_text: str) -> str:
    """:func:`row_hash` from the previous hash and the row's canonical text (as str)."""
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n"
                          + canonical_text.encode("utf-8")).hexdigest()


def content_columns(names: Iterable[str]) -> list[str]:
    """The columns a row's hash covers, in the order :func:`canonical` writes them."""
    return sorted(n for n in names if n != "hash")


def content_keys(columns: Sequence[str]) -> list[bytes]:
    """Each column's ``"name":`` as :func:`canonical_values` writes it."""
    return [jsonbytes.key(c) + b":" for c in columns]


def canonical_values(keys: Sequence[bytes], values: Sequence[Any]) -> bytes | None:
    """:func:`canonical` of a row given as its values in ``content_columns`` order.

    Values as a cursor returns them (text as UTF-8 bytes or str): the same bytes as
    :func:`canonical` without building a dict or decoding each value (verify hashes
    every log row). None when only the exact way can say (damaged bytes, a value
    ``json`` would refuse): the caller then decodes the row and calls :func:`row_hash`.
    """
    try:
        body = b",".join([k + (jsonbytes.string(v) if v.__class__ is bytes  # most are
                               else jsonbytes.value(v))
                          for k, v in zip(keys, values, strict=True) if v is not None])
    except jsonbytes.NotFast:
        return None
    return b"{" + body + b"}"


class _NotFast(Exception):
    """A value :func:`canonical_text` leaves to the exact way."""


def _number(v: Any) -> str:
    # json writes an int and a finite float by their repr; anything else (a blob, an
    # infinity) is not decided here.
    kind = v.__class__
    if kind is int or (kind is float and math.isfinite(v)):
        return repr(v)
    raise _NotFast


def text_keys(columns: Sequence[str]) -> list[str]:
    """Each column's ``"name":`` as :func:`canonical_text` writes it."""
    return [encode_basestring(c) + ":" for c in columns]


def canonical_text(keys: Sequence[str], values: Sequence[Any]) -> str | None:
    """:func:`canonical` as text, of a row read with text as ``str``, its values in
    ``content_columns`` order (``keys`` from :func:`text_keys`).

    SQLite has decoded the text already, so each value costs one C call (``json``'s
    own string encoder, the one ``dumps`` uses: the same escapes by construction) and
    no dict is built. None for a value only the exact way decides (a blob, an
    infinity): the caller then checks the row with :func:`canonical`.
    """
    try:
        return "{" + ",".join([k + (encode_basestring(v) if v.__class__ is str
                                    else repr(v) if v.__class__ is int else _number(v))
                               for k, v in zip(keys, values, strict=True)
                               if v is not None]) + "}"
    except _NotFast:
        return None


def hash_of(prev_hash: bytes, canonical_text: bytes) -> bytes:
    """:func:`row_hash` from the previous hash and canonical text, as ASCII bytes."""
    return hashlib.sha256(prev_hash + b"\n" + canonical_text).hexdigest().encode("ascii")


def link_breaks(rows: Iterable[Mapping[str, Any]], prev_hash: str = GENESIS
                ) -> Iterator[tuple[Mapping[str, Any], str]]:
    """Each row (in order) whose stored hash does not follow from the one before it.

    Checked link by link against the previous row's *stored* hash, so one edited or
    removed row is named once instead of breaking every row after it. Yields the row
    and the hash it should have had.
    """
    for row in rows:
        expected = row_hash(prev_hash, row)
        if row.get("hash") != expected:
            yield row, expected
        prev_hash = str(row.get("hash") or "")
