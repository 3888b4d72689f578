"""Exporters: one module per format, each writing text to a stream."""

from __future__ import annotations

from typing import TextIO

from workbench.core.exporters import csv_export, json_export, w3c_export
from workbench.core.project import Project

FORMATS = {
    "json": json_export.write,
    "csv": csv_export.write,
    "w3c": w3c_export.write,
}


def export(project: Project, fmt: str, out: TextIO) -> int:
    """Write the project in ``fmt``; returns the number of annotations written."""
    return FORMATS[fmt](project, out)
