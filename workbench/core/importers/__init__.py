"""Importers: one module per format, chosen through the registry.

``parse_file`` is the entry point for untrusted files (worker process, time and
memory limits); ``parse_bytes`` parses in the current process and is what the
worker itself runs. See docs/importing.md.
"""

from workbench.core.importers.base import ImportedDocument, Importer, ImportRejected
from workbench.core.importers.direction import detect_direction, paragraph_directions
from workbench.core.importers.docx import DocxImporter
from workbench.core.importers.eml import EmlImporter
from workbench.core.importers.html import HtmlImporter
from workbench.core.importers.language import detect_language
from workbench.core.importers.limits import (
    MAX_FILE_BYTES,
    MEMORY_LIMIT_MB,
    TIME_LIMIT_S,
    ImportTimedOut,
    WorkerCrashed,
)
from workbench.core.importers.mhtml import MhtmlImporter
from workbench.core.importers.pdf import PdfImporter
from workbench.core.importers.registry import (
    find_importer,
    importers,
    parse_bytes,
    register,
    supported_extensions,
)
from workbench.core.importers.sandbox import (
    WorkerPool,
    parse_file,
    parse_files,
    prewarm,
    shutdown,
)
from workbench.core.importers.text import TextImporter

# Order matters only for content guessing (files with an unknown extension).
for _imp in (
    PdfImporter(),
    DocxImporter(),
    MhtmlImporter(),
    EmlImporter(),
    HtmlImporter(),
    TextImporter(),
):
    register(_imp)
del _imp

SUPPORTED_EXTENSIONS: tuple[str, ...] = supported_extensions()

__all__ = [
    "MAX_FILE_BYTES",
    "MEMORY_LIMIT_MB",
    "SUPPORTED_EXTENSIONS",
    "TIME_LIMIT_S",
    "ImportRejected",
    "ImportTimedOut",
    "ImportedDocument",
    "Importer",
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
