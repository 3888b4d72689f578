"""Timestamps and ids, in one place so tests can reason about them."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import uuid

from workbench.core import ids


def now() -> str:
    """UTC time, ISO 8601 with milliseconds and a Z."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def stamp_of(value: str | None) -> str | None:
    """A time another program wrote (ISO 8601, any zone) as this program writes times
    (:func:`now`); None when it is not one, or later than now. Times are compared as
    text (the newer version wins a merge), so one kept as written ("yesterday", or
    "+02:00" beside "Z") would sort wrongly for good."""
    try:
        when = dt.datetime.fromisoformat((value or "").strip())
    except ValueError:
        return None
    if when.tzinfo is None:  # no zone given: read as UTC, as QDA-XML's examples are
        when = when.replace(tzinfo=dt.UTC)
    stamp = when.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return stamp if stamp <= now() else None


def new_id() -> str:
    """A new entity's id: compact (core/ids.py); projects made before hold UUIDs too."""
    return ids.new_id()


def new_uuid() -> str:
    """A random UUID, for a document's identifier across projects and exchange formats."""
    return str(uuid.uuid4())


def new_uuids(n: int) -> list[str]:
    """``n`` document uuids as :func:`new_uuid` makes them (random version 4), from one read of
    the system's random source: each read lets the other threads run, and waiting to get
    the interpreter back cost an import of 2,000 files ~0.2 s when made one at a time."""
    return uuids_of(os.urandom(16 * n))


def uuids_of(raw: bytes) -> list[str]:
    """The version-4 UUIDs ``uuid.UUID(bytes=..., version=4)`` makes of each 16 bytes of
    ``raw``, as text: the version and variant bits set in place and the hex cut up here
    (~1.4 against ~8 us a uuid; a batch of imported files makes one each)."""
    data = bytearray(raw)
    out = []
    for i in range(0, len(data) - len(data) % 16, 16):
        data[i + 6] = (data[i + 6] & 0x0F) | 0x40  # version 4
        data[i + 8] = (data[i + 8] & 0x3F) | 0x80  # the RFC 4122 variant
        h = data[i : i + 16].hex()
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def login_name() -> str:
    """The operating system's login name, or "unknown" where there is none."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return "unknown"


def resolve_coder(explicit: str | None = None, saved: str | None = None) -> str:
    """The coder name writes are recorded under.

    Precedence: the name given for this run (``--coder``), then $WORKBENCH_CODER, then
    the name kept in the window's settings (``saved``), then the login name. The login
    is last because several coders often share one field laptop account.
    """
    for name in (explicit, os.environ.get("WORKBENCH_CODER"), saved):
        if name and name.strip():
            return name.strip()
    return login_name()


def default_coder() -> str:
    """The coder name when none is given: $WORKBENCH_CODER, else the login name."""
    return resolve_coder()
