"""Merging coders' projects: ``workbench merge TARGET SOURCE...``."""

from __future__ import annotations

import argparse

from workbench.cli.common import Add, add_json, open_project, print_json


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge source projects into the target and print the merge report."""
    from workbench.core.merge import merge_projects
    from workbench.core.merge.sources import open_source

    with open_project(args.target) as project:
        # An encrypted source asks for its passphrase as the target does; sources are
        # opened to be read, never changed.
        report = merge_projects(
            project, args.sources, dry_run=args.dry_run,
            opener=lambda path: open_project(str(path), opener=open_source)).result
    if args.json:
        print_json(report.to_json())
    else:
        print(report.render())
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("merge", cmd_merge, "Merge other coders' projects into TARGET: documents matched "
             "by their original file, annotations, links, actors, incidents and kinds by id or "
             "name, deletions as trash, audit and custody logs carried over; items changed on "
             "both sides are kept twice and listed as conflicts.")
    sp.add_argument("target", metavar="TARGET",
                    help="the project to merge into; it must exist (`workbench new TARGET` "
                    "makes an empty one)")
    sp.add_argument("sources", nargs="+", metavar="SOURCE",
                    help="the coders' projects, read and never changed")
    sp.add_argument("--dry-run", action="store_true",
                    help="work the merge out and print the report, but write nothing")
    add_json(sp)
