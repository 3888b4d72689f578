"""Importers: one module per format, chosen through the registry.

``parse_file`` is the entry point for untrusted files (worker process, time and
memory limits); ``parse_bytes`` parses in the current process and is what the
worker itself runs. See docs/importing.md.

A format's module is imported when its first file is parsed (:class:`LazyImporter`),
and the sandbox when first used: a worker starts without the code of formats it is
never given, and every worker imports this package before anything else.
"""

from __future__ import annotations

from workbench.core.importers import signatures
from workbench.core.importers.base import ImportedDocument, Importer, ImportRejected
from workbench.core.importers.direction import detect_direction, paragraph_directions
from workbench.core.importers.language import detect_language
from workbench.core.importers.limits import (
    MAX_FILE_BYTES,
    MEMORY_LIMIT_MB,
    TIME_LIMIT_S,
    ImportTimedOut,
    WorkerCrashed,
)
from workbench.core.importers.registry import (
    LazyImporter,
    find_importer,
    importers,
    parse_bytes,
    register,
    supported_extensions,
)
from workbench.core.importers.text import TextImporter

TYPE_CHECKING = False  # every worker imports this package first: no ``typing`` there
if TYPE_CHECKING:
    from typing import Any

_PACKAGE = __name__
# Order matters only for content guessing (files with an unknown extension).
for _imp in (
    LazyImporter(f"{_PACKAGE}.pdf", "PdfImporter", "pdf", (".pdf",), sniff=signatures.is_pdf),
    LazyImporter(f"{_PACKAGE}.docx", "DocxImporter", "docx", (".docx",),
                 sniff=signatures.is_docx),
    LazyImporter(f"{_PACKAGE}.mhtml", "MhtmlImporter", "mhtml", (".mht", ".mhtml"),
                 guess=signatures.looks_like_mhtml),
    LazyImporter(f"{_PACKAGE}.eml", "EmlImporter", "eml", (".eml",),
                 guess=signatures.looks_like_email),
    LazyImporter(f"{_PACKAGE}.html", "HtmlImporter", "html", (".html", ".htm", ".xhtml"),
                 guess=signatures.looks_like_html),
    TextImporter(),
):
    register(_imp)
del _imp

SUPPORTED_EXTENSIONS: tuple[str, ...] = supported_extensions()

# Names of the sandbox, imported on first use (it loads subprocess, threading and more,
# which a worker never needs).
_SANDBOX = ("WorkerPool", "parse_file", "parse_files", "prewarm", "shutdown")


def __getattr__(name: str) -> Any:
    if name in _SANDBOX:
        from workbench.core.importers import sandbox

        return getattr(sandbox, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_FILE_BYTES",
    "MEMORY_LIMIT_MB",
    "SUPPORTED_EXTENSIONS",
    "TIME_LIMIT_S",
    "ImportRejected",
    "ImportTimedOut",
    "ImportedDocument",
    "Importer",
    "LazyImporter",
    "WorkerCrashed",
    "WorkerPool",
    "detect_direction",
    "detect_language",
    "find_importer",
    "importers",
    "paragraph_directions",
    "parse_bytes",
    "parse_file",
    "parse_files",
    "prewarm",
    "register",
    "shutdown",
]
