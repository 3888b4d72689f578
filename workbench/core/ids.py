"""Compact ids: 20 characters instead of a 36-character UUID, and their GUID form.

An annotation's id is stored about five times (its row, the primary key's index, the
marks index, the audit entry and the audit's index), so every character costs about
five bytes an annotation. A compact id is 100 bits written in Crockford's base32 in
lower case (digits, then letters without i, l, o, u), an alphabet whose ASCII order is
its numeric order, so ids sort by value:

- 30 bits: seconds since 2024-01-01 UTC, modulo 2**30 (34 years). New ids land at the
  end of the indexes ordered by id instead of at random places, so those B-trees fill
  their pages instead of splitting them half empty. After 2058 the count starts again
  from zero: ids still never repeat (the random part does that), they only stop
  sorting by age.
- 70 bits from the operating system's random source. Two ids can only collide when
  made in the same second. Even if a billion ids (a thousand projects of a million
  annotations, merged into one) were made in bursts of 100,000 in a second, the chance
  that any two share an id is about T * k / 2**71 = 1e9 * 1e5 / 2.4e21, 4e-8. Within
  one project a collision would be refused by the primary key, never merged silently.

Projects made before keep their UUIDs and every reader takes both forms: an id is an
opaque text everywhere. A UUID has 36 characters with hyphens, a compact id 20 without,
so the two forms never meet.

Exchange formats want GUIDs (QDA-XML) or UUID URNs (W3C annotations). A compact id
is written there as a version 8 UUID that carries its 100 bits behind a fixed 22-bit
mark, and read back to the same compact id: the export is deterministic and a round
trip gives the project's own ids back. A UUID id is written as itself.
"""

from __future__ import annotations

import secrets
import time
import uuid

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
LENGTH = 20
_TIME_BITS, _RANDOM_BITS = 30, 70
_EPOCH = 1_704_067_200  # 2024-01-01T00:00:00Z
_DIGITS = {c: i for i, c in enumerate(ALPHABET)}

# The 22 bits that mark a GUID as a compact id's; never change them, or exported GUIDs
# stop reading back. A random version 4 GUID never matches (its version differs).
_GUID_MARK = 0x2B_57_42  # "+WB"
_MARK_BITS = 22


def _encode(value: int) -> str:
    out = []
    for _ in range(LENGTH):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def _decode(text: str) -> int:
    value = 0
    for c in text:
        value = value * 32 + _DIGITS[c]
    return value


def new_id(at: float | None = None) -> str:
    """A new compact id; ``at`` (seconds since 1970) only for tests of the order."""
    seconds = (int(time.time() if at is None else at) - _EPOCH) % (1 << _TIME_BITS)
    return _encode(seconds << _RANDOM_BITS | secrets.randbits(_RANDOM_BITS))


def is_compact(text: str) -> bool:
    return len(text) == LENGTH and all(c in _DIGITS for c in text)


def short(ident: str) -> str:
    """Eight characters to tell ids apart in a listing.

    A compact id's first characters are its second of creation, shared by everything
    made together, so its random end is shown; a UUID's start is random.
    """
    return ident[-8:] if is_compact(ident) else ident[:8]


def as_guid(ident: str) -> str:
    """The GUID an id is exported as: a UUID as itself, a compact id as a version 8 UUID."""
    if not is_compact(ident):
        return ident
    # 122 free bits: the mark in the top 22, the id's 100 below; then version and variant.
    bits = _GUID_MARK << (LENGTH * 5) | _decode(ident)
    high, low = bits >> 62, bits & ((1 << 62) - 1)  # 60 bits around the version, 62 after
    value = (high >> 12) << 80 | 0x8 << 76 | (high & 0xFFF) << 64 | 0b10 << 62 | low
    return str(uuid.UUID(int=value))


def from_guid(guid: str) -> str:
    """The id a GUID stands for: a compact id's GUID gives it back, any other GUID itself."""
    try:
        value = uuid.UUID(guid).int
    except ValueError:
        return guid
    if (value >> 76) & 0xF != 0x8 or (value >> 62) & 0b11 != 0b10:
        return guid
    high = (value >> 80) << 12 | (value >> 64) & 0xFFF
    bits = high << 62 | value & ((1 << 62) - 1)
    if bits >> (LENGTH * 5) != _GUID_MARK:
        return guid
    return _encode(bits & ((1 << (LENGTH * 5)) - 1))
