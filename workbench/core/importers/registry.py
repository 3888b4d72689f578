"""Which importer handles a file, and the in-process parse that wraps every failure.

Choice order: a binary signature (``%PDF``, a zip holding ``word/``) wins over the
file name, because users rename files; then the extension; then a weak content
guess (HTML markup, mail headers) for files with an unknown or missing extension.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import PurePath

from workbench.core.importers import limits
from workbench.core.importers.base import ImportedDocument, Importer, ImportRejected
from workbench.core.importers.direction import detect_direction
from workbench.core.importers.language import detect_language

_IMPORTERS: list[Importer] = []


def register(importer: Importer) -> Importer:
    """Add an importer; a later registration with the same name replaces the earlier one."""
    _IMPORTERS[:] = [imp for imp in _IMPORTERS if imp.name != importer.name]
    _IMPORTERS.append(importer)
    return importer


def importers() -> list[Importer]:
    return list(_IMPORTERS)


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted({e for imp in _IMPORTERS for e in imp.extensions}))


def find_importer(data: bytes, filename: str) -> Importer:
    """The importer for these bytes, or ImportRejected naming the supported kinds."""
    for imp in _IMPORTERS:
        if imp.sniff(data, filename):
            return imp
    suffix = PurePath(filename).suffix.lower()
    for imp in _IMPORTERS:
        if suffix in imp.extensions:
            return imp
    for imp in _IMPORTERS:
        guess = getattr(imp, "guess", None)
        if guess is not None and guess(data, filename):
            return imp
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise limits.rejected(
            filename,
            "this is an old binary Office file or a password-protected document, "
            "which cannot be imported; save it as an unprotected .docx or PDF first",
        )
    raise limits.rejected(
        filename,
        f"this kind of file cannot be imported (supported: {', '.join(supported_extensions())})",
    )


def parse_bytes(data: bytes, filename: str) -> ImportedDocument:
    """Parse in this process; every failure becomes ImportRejected.

    Use :func:`workbench.core.importers.parse_file` for untrusted input: it runs
    this function in a worker process with time and memory limits.
    """
    limits.check_size(data, filename)
    imp = find_importer(data, filename)
    try:
        return finish(imp.parse(data, filename), filename)
    except ImportRejected:
        raise
    except MemoryError:
        raise limits.rejected(
            filename, limits.memory_problem(), limits.MemoryLimitExceeded
        ) from None
    except RecursionError:
        raise limits.rejected(
            filename, getattr(imp, "damaged", "the file is damaged and could not be read")
        ) from None
    except Exception as err:  # a library choked on malformed input
        problem = getattr(imp, "damaged", "the file is damaged and could not be read")
        exc = limits.rejected(filename, problem)
        exc.detail = f"{type(err).__name__}: {err}"[:300]  # type: ignore[attr-defined]
        raise exc from err


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: object) -> str | None:
    """YYYY-MM-DD from a date, datetime or ISO-like string; None when not a real date."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime | _dt.date):
        value = value.isoformat()
    m = _ISO_DATE.match(str(value).strip())
    if not m:
        return None
    try:
        day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day.isoformat() if 1000 <= day.year <= 2999 else None


def finish(doc: ImportedDocument, filename: str) -> ImportedDocument:
    """Checks and fields shared by all formats, applied after the parser."""
    if not doc.text.strip():
        raise limits.rejected(filename, "the file contains no text that could be read")
    doc.published = normalise_date(doc.published)
    n = len(doc.text)
    if doc.page_starts and (
        doc.page_starts[0] != 0
        or any(b < a for a, b in zip(doc.page_starts, doc.page_starts[1:], strict=False))
        or doc.page_starts[-1] > n
    ):
        raise AssertionError("page_starts out of order")  # an importer bug, not user input
    if not doc.language:
        doc.language = detect_language(doc.text)
    doc.extra.setdefault("direction", detect_direction(doc.text))
    return doc
