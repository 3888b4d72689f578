"""Timestamps and ids, in one place so tests can reason about them."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import uuid


def now() -> str:
    """UTC time, ISO 8601 with milliseconds and a Z."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


def default_coder() -> str:
    """The coder name: $WORKBENCH_CODER, else the login name."""
    name = os.environ.get("WORKBENCH_CODER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return "unknown"
