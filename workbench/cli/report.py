"""The incident report: report.

Qt is loaded only when the command runs (the chart and the PDF need it), so
``workbench --help`` and the other commands start without PySide6.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import Add, add_project, open_project, say
from workbench.core.codebook import STATUSES
from workbench.core.errors import WorkbenchError


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report as HTML or PDF, by the output's extension."""
    out = Path(args.output)
    if out.suffix.lower() not in (".html", ".htm", ".pdf"):
        raise WorkbenchError(f"-o takes a .html or .pdf file; got {args.output!r}.")
    from workbench.core.incidents.model import live_incident
    from workbench.gui.report_render import write_report

    with open_project(args.project) as project:
        # The short ids the listings show work here as in tally and export.
        wanted = [live_incident(project, ref) for ref in args.incident]
        notices: list[str] = []
        try:
            path = write_report(project, out, wanted or None,
                                tuple(args.status or ("accepted",)), notices)
        except OSError as err:
            raise WorkbenchError(f"{args.output}: could not write ({err.strerror}).") from None
    for notice in notices:
        say(notice, err=True)
    say(f"Wrote {path}")
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("report", cmd_report,
             "Write an incident report (HTML or PDF): each source's words, grading and hash, "
             "the tally and a timeline chart.")
    add_project(sp)
    sp.add_argument("--incident", action="append", metavar="ID", default=[],
                    help="incident to report, by id or the short id a listing shows "
                    "(repeatable; default: every open, confirmed and disputed incident)")
    sp.add_argument("--status", action="append", choices=STATUSES,
                    help="review status of the figures the tallies count (repeatable; "
                    "default: accepted, as the exports)")
    sp.add_argument("-o", "--output", required=True, metavar="report.html|report.pdf",
                    help="the file to write; its extension chooses HTML or PDF")
