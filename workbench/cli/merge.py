"""Merging coders' projects: ``workbench merge TARGET SOURCE...``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli.common import (
    Add,
    acting_coder,
    add_json,
    given_passphrase_file,
    open_project,
    passphrase,
    print_json,
    read_passphrase_file,
    say,
)


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge source projects into the target and print the merge report."""
    from workbench.core.merge import merge_projects

    with open_project(args.target) as project:
        # Sources are opened to be read, never changed.
        keys = [read_passphrase_file(f) for f in args.source_passphrase_file or ()]
        report = merge_projects(project, args.sources, dry_run=args.dry_run,
                                opener=lambda path: _open_source(path, keys)).result
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.lines():  # names from other people's projects, escaped
            say(line)
    return 0


def _open_source(path: Path, keys: list[str]) -> Any:
    """A source project, encrypted or not: its passphrase is looked for among the
    ``--source-passphrase-file`` ones, then the project's (``--passphrase-file``, or
    its variable), then asked for on a terminal. Only the project's was tried before:
    a teammate's file on a passphrase of their own could not be merged by a run given
    a passphrase file, and the sentence blamed that passphrase without saying whose."""
    import sys

    from workbench.core.errors import PassphraseNeeded, WorkbenchError, WrongPassphrase
    from workbench.core.merge.sources import open_source

    path = Path(path)
    try:
        source = open_source(path, coder=acting_coder())
    except PassphraseNeeded:
        source = None
        given = [*keys, *_projects_key()]
        for key in given:
            try:
                source = open_source(path, coder=acting_coder(), passphrase=key)
                break
            except WrongPassphrase:
                continue
        if source is None and sys.stdin.isatty():
            source = open_source(path, coder=acting_coder(),
                                 passphrase=passphrase(path.name, env=False))
        if source is None:
            tried = (f"none of the {len(given)} passphrases given opens it" if len(given) > 1
                     else "the passphrase given does not open it" if given
                     else "no passphrase was given for it")
            raise WorkbenchError(f"{path.name} is encrypted (or is not a project), and "
                                 f"{tried}: give its own with --source-passphrase-file FILE. "
                                 "Nothing was merged.") from None
    for notice in source.notices:
        say(f"workbench: {notice}", err=True)
    return source


def _projects_key() -> list[str]:
    """The project's passphrase when a file gives it (a team often shares one)."""
    name = given_passphrase_file()
    return [read_passphrase_file(name)] if name else []


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
    sp.add_argument("--source-passphrase-file", metavar="FILE", action="append",
                    help="read an encrypted source's passphrase from FILE (repeat it for "
                    "sources on different passphrases; each is tried on each encrypted "
                    "source, then the target's, then a prompt on a terminal)")
    sp.add_argument("--dry-run", action="store_true",
                    help="work the merge out and print the report, but write nothing")
    add_json(sp)
