"""JSON text of stored values built straight from the bytes SQLite hands back.

``verify`` re-derives two kinds of JSON per row: the canonical content a log row's hash
covers (``chain.canonical``) and the after-image the audit log keeps of a table row
(``repo`` dumps it). Decoding every value into a dict and dumping or parsing it is most
of the check's time, so these helpers build the same text from a row's values as they
come from the cursor, and say when they cannot be sure (:class:`NotFast`), so the
caller takes the exact, slower way for that one row.

Equivalence with ``json.dumps(..., ensure_ascii=False)``: strings go through ``json``'s
own C string encoder (the one ``dumps`` calls), so escaping is the same by construction;
integers and finite floats are written as ``json`` writes them; anything else
(infinities, damaged UTF-8, blobs from another program) raises :class:`NotFast`.
(Escaping by ``bytes.replace`` plus a check for control characters was measured: no
faster, and not exact by construction.)
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any


class NotFast(Exception):
    """A value these helpers do not write: the caller checks the row the exact way."""


def string(v: bytes) -> bytes:
    """A stored text, as UTF-8 bytes, as a JSON string; NotFast if it is not UTF-8."""
    try:
        return encode_basestring(v.decode("utf-8")).encode("utf-8")  # type: ignore[no-any-return]
    except UnicodeDecodeError:
        raise NotFast from None


def value(v: Any) -> bytes:
    """One column's value as JSON (NULL as ``null``); NotFast for what is left to json."""
    kind = v.__class__
    if kind is bytes:
        return string(v)
    if kind is int:
        return b"%d" % v
    if v is None:
        return b"null"
    if kind is str:  # a connection outside bytes mode (the migrations' baseline)
        try:
            return encode_basestring(v).encode("utf-8")  # type: ignore[no-any-return]
        except UnicodeEncodeError:
            raise NotFast from None
    if kind is float and math.isfinite(v):
        return repr(v).encode("ascii")
    raise NotFast


def key(name: str) -> bytes:
    """A column name as a JSON object key, without the separator."""
    return encode_basestring(name).encode("utf-8")  # type: ignore[no-any-return]
