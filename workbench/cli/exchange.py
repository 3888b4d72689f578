"""Getting annotations out of a project: export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import Add, add_project, open_project
from workbench.core.errors import WorkbenchError
from workbench.core.incidents.model import ALL_STATUSES as INCIDENT_STATUSES

# Written out rather than read from the exporters so `--help` does not load them.
EXPORT_FORMATS = ("json", "csv", "w3c", "acled", "ucdp", "incidents")
# Formats with one row per incident rather than per annotation.
INCIDENT_FORMATS = ("acled", "ucdp", "incidents")
# Formats written as CSV, whose formula-like cells are protected unless --raw.
CSV_FORMATS = ("csv", *INCIDENT_FORMATS)


def cmd_export(args: argparse.Namespace) -> int:
    """Export to a file (atomically) or to standard output."""
    from workbench.core.exporters import export, export_file

    options = {}
    if args.format in INCIDENT_FORMATS:
        options = {"statuses": args.status or None, "ids": args.incident or None}
    elif args.status or args.incident:
        raise WorkbenchError("--status and --incident apply to the incident formats "
                             f"({', '.join(INCIDENT_FORMATS)}).")
    if args.raw:
        if args.format not in CSV_FORMATS:
            raise WorkbenchError(f"--raw applies to the CSV formats ({', '.join(CSV_FORMATS)}).")
        options["raw"] = True
    what = "incidents" if args.format in INCIDENT_FORMATS else "annotations"
    with open_project(args.project) as project:
        if args.incident:
            from workbench.core.incidents.model import resolve_incident

            options["ids"] = [resolve_incident(project, ref) for ref in args.incident]
        if args.output:
            try:
                n = export_file(project, args.format, Path(args.output), **options)
            except OSError as err:
                raise WorkbenchError(f"{args.output}: could not write ({err.strerror}).") from None
            print(f"Wrote {n} {what} to {args.output}", file=sys.stderr)
        else:
            export(project, args.format, sys.stdout, **options)
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("export", cmd_export, "Export annotations as JSON, CSV or W3C Web Annotation, or "
             "incidents as ACLED- or UCDP-shaped CSV (one row per incident).")
    add_project(sp)
    sp.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    sp.add_argument("--status", action="append", choices=INCIDENT_STATUSES,
                    help="incident formats: only incidents with this status (repeatable; "
                    "default open, confirmed and disputed)")
    sp.add_argument("--incident", action="append", metavar="ID",
                    help="incident formats: only this incident (repeatable)")
    sp.add_argument("--raw", action="store_true",
                    help="CSV formats: write cells starting with = + - @ as they are, without "
                    "the protective leading quote (only for programs that are not spreadsheets)")
    sp.add_argument("-o", "--output", help="file to write (default: standard output)")
