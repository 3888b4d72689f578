"""Getting annotations out of a project: export."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import suppress
from typing import Any

from workbench.cli.common import Add, add_project, open_project, say
from workbench.core.codebook import STATUSES
from workbench.core.errors import WorkbenchError
from workbench.core.incidents.model import ALL_STATUSES as INCIDENT_STATUSES
from workbench.core.wording import counted

# Written out rather than read from the exporters so `--help` does not load them.
EXPORT_FORMATS = ("json", "csv", "w3c", "acled", "ucdp", "incidents", "qdpx", "qdc")
# REFI-QDA files: binary and written whole, so they need -o (workbench.core.exchange).
EXCHANGE_FORMATS = ("qdpx", "qdc")
# Formats with one row per incident rather than per annotation.
INCIDENT_FORMATS = ("acled", "ucdp", "incidents")
# Formats written as CSV, whose formula-like cells are protected unless --raw.
CSV_FORMATS = ("csv", *INCIDENT_FORMATS)


def cmd_export(args: argparse.Namespace) -> int:
    """Export to a file (atomically) or to standard output."""
    from workbench.core.exporters import export, export_file
    from workbench.core.outfile import typed_path

    if args.format in EXCHANGE_FORMATS:
        if args.bom:
            raise WorkbenchError(f"--bom applies to the CSV formats ({', '.join(CSV_FORMATS)}).")
        if args.status or args.incident or args.incident_status:
            raise WorkbenchError(f"--format {args.format} writes the whole project; "
                                 "it takes no --status or --incident.")
        return _export_exchange(args)
    options: dict[str, Any] = {}
    flt = None
    if args.format in INCIDENT_FORMATS:
        options = {"statuses": args.incident_status or None, "ids": args.incident or None}
        if args.status:
            options["figure_statuses"] = args.status
    elif args.incident or args.incident_status:
        raise WorkbenchError("--incident and --incident-status apply to the incident formats "
                             f"({', '.join(INCIDENT_FORMATS)}).")
    elif args.status:
        from workbench.core.query import AnnotationFilter

        flt = AnnotationFilter(statuses=args.status)
    if args.raw:
        if args.format not in CSV_FORMATS:
            raise WorkbenchError(f"--raw applies to the CSV formats ({', '.join(CSV_FORMATS)}).")
        options["raw"] = True
    if args.bom:
        if args.format not in CSV_FORMATS:
            raise WorkbenchError(f"--bom applies to the CSV formats ({', '.join(CSV_FORMATS)}).")
        options["bom"] = True
    what = "incident" if args.format in INCIDENT_FORMATS else "annotation"
    out = typed_path(args.output) if args.output else None
    with open_project(args.project) as project:
        if args.incident:
            from workbench.core.incidents.model import live_incident

            options["ids"] = [live_incident(project, ref) for ref in args.incident]
        if out:
            notices: list[str] = []
            try:
                n = export_file(project, args.format, out, flt, notices,
                                **options)
            except OSError as err:
                raise WorkbenchError(f"{args.output}: could not write ({err.strerror}).") from None
            for notice in notices:
                say(notice, err=True)
            say(f"Wrote {counted(n, what)} to {args.output}", err=True)
        else:
            _to_stdout(lambda: export(project, args.format, sys.stdout, flt, **options))
    return 0


def _to_stdout(write: Any) -> None:
    """Run ``write`` into standard output and flush it; a disk that fills up (or any
    other failing write but a closed pipe) is one sentence, as with ``-o``: it was a
    traceback, and the interpreter's last flush added another."""
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        # What is still buffered would fail again when the interpreter flushes it.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise WorkbenchError("Could not write the export to standard output "
                             f"({err.strerror or err}).") from None


def _export_exchange(args: argparse.Namespace) -> int:
    from workbench.core.exchange import write_file
    from workbench.core.outfile import typed_path

    if not args.output:
        raise WorkbenchError(f"--format {args.format} writes a file; name it with -o.")
    out = typed_path(args.output)
    notices: list[str] = []
    with open_project(args.project) as project:
        try:
            n = write_file(project, args.format, out, notices)
        except OSError as err:
            raise WorkbenchError(f"{args.output}: could not write ({err.strerror}).") from None
    for notice in notices:
        say(notice, err=True)
    what = "coding" if args.format == "qdpx" else "code"
    say(f"Wrote {counted(n, what)} to {args.output}", err=True)
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("export", cmd_export, "Export annotations as JSON, CSV or W3C Web Annotation, or "
             "incidents as ACLED- or UCDP-shaped CSV (one row per incident), or the project "
             "(qdpx) or its codebook (qdc) for other qualitative-analysis programs (REFI-QDA).")
    add_project(sp)
    sp.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                    help="json, csv or w3c: annotations; acled, ucdp or incidents: one row "
                    "per incident; qdpx: the whole project, qdc: the codebook (REFI-QDA)")
    sp.add_argument("--status", action="append", choices=STATUSES,
                    help="annotations with this review status (repeatable); for the incident "
                    "formats, the figures counted in the tallies (default: accepted)")
    sp.add_argument("--incident-status", action="append", choices=INCIDENT_STATUSES,
                    help="incident formats: only incidents with this status (repeatable; "
                    "default open, confirmed and disputed)")
    sp.add_argument("--incident", action="append", metavar="ID",
                    help="incident formats: only this incident (repeatable)")
    sp.add_argument("--raw", action="store_true",
                    help="CSV formats: write cells starting with = + - @ as they are, without "
                    "the protective leading quote (only for programs that are not spreadsheets)")
    sp.add_argument("--bom", action="store_true",
                    help="CSV formats: begin the file with a UTF-8 byte-order mark, so that "
                    "Excel reads Arabic and other non-Latin text as written (the window's "
                    "CSV exports always have one; Python reads either with utf-8-sig)")
    sp.add_argument("-o", "--output", help="file to write (default: standard output)")
