"""Exporters: one module per format, each writing text to a stream."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from workbench.core.exporters import csv_export, incident_export, json_export, w3c_export
from workbench.core.project import Project

FORMATS = {
    "json": json_export.write,
    "csv": csv_export.write,
    "w3c": w3c_export.write,
    # One row per incident (open, confirmed and disputed; suggestions left out).
    "acled": incident_export.write_acled,
    "ucdp": incident_export.write_ucdp,
    "incidents": incident_export.write_incidents,
}


def export(project: Project, fmt: str, out: TextIO, **options: Any) -> int:
    """Write the project in ``fmt``; returns the number of rows (annotations or incidents)."""
    return FORMATS[fmt](project, out, **options)


def export_file(project: Project, fmt: str, path: Path, **options: Any) -> int:
    """Write atomically: a half-written export must never replace a good one."""
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            n = export(project, fmt, fh, **options)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return n
