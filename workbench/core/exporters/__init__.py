"""Exporters: one module per format, each writing text to a stream."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from workbench.core.exporters import csv_export, incident_export, json_export, w3c_export
from workbench.core.exporters.csvtext import CsvText
from workbench.core.outfile import written_whole
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter
from workbench.core.rawread import one_snapshot
from workbench.core.sourcefiles import refuse_source

FORMATS = {
    "json": json_export.write,
    "csv": csv_export.write,
    "w3c": w3c_export.write,
    # One row per incident (open, confirmed and disputed; suggestions left out).
    "acled": incident_export.write_acled,
    "ucdp": incident_export.write_ucdp,
    "incidents": incident_export.write_incidents,
}


def export(project: Project, fmt: str, out: TextIO, flt: AnnotationFilter | None = None,
           *, bom: bool = False, **options: Any) -> int:
    """Write the project in ``fmt``; returns the number of rows (annotations or incidents).

    ``flt`` narrows an annotation format to the annotations it lists (what a table shows);
    ``options`` are the incident formats' (``statuses``, ``ids``). A CSV format is
    written with no NUL character, and ``bom`` begins it with a byte-order mark, for
    spreadsheets (``csvtext``).
    """
    from workbench.core.errors import ValidationError
    from workbench.core.exporters.formats import CSV_FORMATS, FILTERABLE

    if fmt in CSV_FORMATS:
        out = CsvText(out, bom=bom)  # type: ignore[assignment]
    elif bom:
        raise ValidationError(f"The byte-order mark is for the CSV formats "
                              f"({', '.join(CSV_FORMATS)}); {fmt} is not one.")
    if flt is not None and fmt not in FILTERABLE:
        raise ValidationError(f"The {fmt} export is one row per incident; it cannot be "
                              f"limited to listed annotations (use {', '.join(FILTERABLE)}).")
    # Read in many statements: another program's commit between two of them gave a
    # file with half of it (a trashed document listed without its annotations).
    with one_snapshot(project.conn):
        if flt is None:
            return FORMATS[fmt](project, out, **options)
        return FORMATS[fmt](project, out, flt, **options)


def export_file(project: Project, fmt: str, path: Path,
                flt: AnnotationFilter | None = None, notices: list[str] | None = None,
                *, bom: bool = False, **options: Any) -> int:
    """Write atomically: a half-written export must never replace a good one. What a
    killed export left is cleared or named in ``notices``. A file a document was
    imported from, or the project's own, is refused (``sourcefiles``), and so is one
    that appears at ``path`` while the export is written (``written_whole``)."""
    with written_whole(path, notices, lambda p: refuse_source(project, p)) as tmp, \
            tmp.open("w", encoding="utf-8", newline="") as fh:
        return export(project, fmt, fh, flt, bom=bom, **options)
