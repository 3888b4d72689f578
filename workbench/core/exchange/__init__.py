"""Exchange with other qualitative-analysis programs through the REFI-QDA standard.

``.qdpx`` is a zip of ``project.qde`` (the project as QDA-XML) and ``sources/`` (the
documents' plain text); ``.qdc`` is the codebook alone. Both are binary files written
whole, unlike the text exporters that write to a stream, so they have their own door.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.outfile import written_whole
from workbench.core.project import Project
from workbench.core.rawread import one_snapshot
from workbench.core.sourcefiles import refuse_source

# Formats `workbench export` hands to this package rather than to the exporters.
FORMATS = ("qdpx", "qdc")


def write_file(project: Project, fmt: str, path: Path,
               notices: list[str] | None = None) -> int:
    """Write ``project`` as ``fmt`` to ``path`` atomically; returns how many codings
    (qdpx) or codes (qdc) were written."""
    from workbench.core.exchange.qdpx import write_qdc, write_qdpx

    writer = {"qdpx": write_qdpx, "qdc": write_qdc}[fmt]
    # One state of the project: a document another program trashed between the read
    # of the sources and that of the codings was a source without its codings.
    with one_snapshot(project.conn), \
            written_whole(path, notices, lambda p: refuse_source(project, p)) as tmp:
        return writer(project, tmp)
