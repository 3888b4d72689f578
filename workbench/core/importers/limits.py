"""Limits applied to every import, and the one-sentence messages that enforce them.

The numbers are module attributes so a caller (or a test) can adjust them; they
are read at call time, never copied at import time.
"""

from __future__ import annotations

import re

from workbench.core.errors import ImportRejected

# Whole-file limits, checked before any parser sees the bytes.
MAX_FILE_BYTES = 200 * 1024 * 1024
# Worker limits: wall-clock time per file and address space of the worker process.
TIME_LIMIT_S: float = 60.0
MEMORY_LIMIT_MB: int = 1024

# Zip containers (DOCX): checked from the central directory before anything is inflated.
ZIP_MAX_MEMBERS = 5000
ZIP_MAX_TOTAL_BYTES = 200 * 1024 * 1024
ZIP_MAX_RATIO = 100  # uncompressed:compressed, only for members above ZIP_RATIO_MIN_BYTES
ZIP_RATIO_MIN_BYTES = 10 * 1024 * 1024
ZIP_MAX_CENTRAL_DIR_BYTES = 16 * 1024 * 1024

# PDF: a page count far beyond any report is a sign of a crafted file.
PDF_MAX_PAGES = 20000

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]+")


class ImportTimedOut(ImportRejected):
    """The worker did not finish within the time limit and was killed."""


class MemoryLimitExceeded(ImportRejected):
    """The parser ran out of memory (MemoryError under the worker's address-space cap)."""


# Set inside a worker process to its memory cap, so messages can name the figure.
ACTIVE_MEMORY_LIMIT_MB: int | None = None


def memory_problem(memory_limit_mb: int | None = None) -> str:
    limit = memory_limit_mb or ACTIVE_MEMORY_LIMIT_MB
    if limit:
        return f"reading it needed more than {limit} MB of memory, so it was stopped"
    return "reading it needed more memory than was available, so it was stopped"


class WorkerCrashed(ImportRejected):
    """The worker process died (signal, out of memory) instead of answering."""


def display_name(filename: str) -> str:
    """The base name of a file, safe to put in a one-line message."""
    # Loaded here, not with the module: only a refusal needs it, and the import worker
    # (which loads this module) starts faster without pathlib.
    from pathlib import PurePath

    name = PurePath(str(filename).replace("\\", "/")).name or str(filename) or "file"
    name = _UNSAFE_NAME.sub(" ", name).strip() or "file"
    return name if len(name) <= 120 else name[:117] + "..."


def rejected(
    filename: str, problem: str, cls: type[ImportRejected] = ImportRejected
) -> ImportRejected:
    """Build the exception: '<name>: <problem>' where problem is one sentence."""
    problem = problem.strip()
    if not problem.endswith("."):
        problem += "."
    return cls(f"{display_name(filename)}: {problem}")


def megabytes(n: float) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def too_large(filename: str, size: int) -> ImportRejected:
    """The refusal of a file above :data:`MAX_FILE_BYTES`."""
    return rejected(
        filename,
        f"the file is {megabytes(size)}, larger than the "
        f"{megabytes(MAX_FILE_BYTES)} limit, so it was not opened",
    )


def check_size(data: bytes, filename: str) -> None:
    """Reject empty and oversized files before anything else happens."""
    if not data:
        raise rejected(filename, "the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise too_large(filename, len(data))
