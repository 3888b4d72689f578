"""Getting annotations out of a project: export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import Add, add_project, open_project
from workbench.core.errors import WorkbenchError

# Written out rather than read from the exporters so `--help` does not load them.
EXPORT_FORMATS = ("json", "csv", "w3c")


def cmd_export(args: argparse.Namespace) -> int:
    """Export to a file (atomically) or to standard output."""
    from workbench.core.exporters import export, export_file

    with open_project(args.project) as project:
        if args.output:
            try:
                n = export_file(project, args.format, Path(args.output))
            except OSError as err:
                raise WorkbenchError(f"{args.output}: could not write ({err.strerror}).") from None
            print(f"Wrote {n} annotations to {args.output}", file=sys.stderr)
        else:
            export(project, args.format, sys.stdout)
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("export", cmd_export, "Export annotations as JSON, CSV or W3C Web Annotation.")
    add_project(sp)
    sp.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    sp.add_argument("-o", "--output", help="file to write (default: standard output)")
