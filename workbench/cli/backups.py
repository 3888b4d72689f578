"""Commands about backups: make one, list them with their check, put one back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import (
    Add,
    acting_coder,
    add_passphrase_file,
    add_project,
    open_project,
    passphrase,
    say,
)


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up a project with SQLite's online backup API."""
    from workbench.core import backup

    notices: list[str] = []
    with open_project(args.project, args.passphrase_file) as project:
        if args.dest:
            made = backup.copy(project.conn, project.path, Path(args.dest), notices)
        else:
            made = backup.make(project.conn, project.path)
    for notice in notices:
        say(notice)
    say(f"Backed up {args.project} to {made}.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    """List a project's backups, newest first, each with its quick check."""
    from workbench.core import backup
    from workbench.core.crypto import is_encrypted

    path = Path(args.project)
    found = backup.listed(path)
    if not found:
        say(f"{path.name} has no backups in {backup.default_folder(path)}.")
        return 0
    key = passphrase(path.name, args.passphrase_file) if any(map(is_encrypted, found)) else None
    bad = 0
    for number, item in enumerate(found, 1):
        result = backup.check(item, key)
        bad += not result.ok
        kind = "  (the file a restore replaced)" if item.name.endswith("-replaced.wbproj") else ""
        say(f"{number:>2}  {item.parent.name}/{item.name}  {item.stat().st_size:,} bytes  "
            f"{'intact' if result.ok else 'NOT usable: ' + result.detail}{kind}")
    return 1 if bad else 0


def cmd_restore_backup(args: argparse.Namespace) -> int:
    """Replace a project with one of its backups, keeping the replaced file."""
    from workbench.core import backup
    from workbench.core.crypto import is_encrypted
    from workbench.core.errors import NotFoundError

    path = Path(args.project)
    try:
        chosen = backup.resolve(path, args.backup)
    except NotFoundError as exc:
        say(f"workbench: {exc}", err=True)
        return 1
    key = passphrase(chosen.name, args.passphrase_file) if is_encrypted(chosen) else None
    notices: list[str] = []

    def show(step: int, of: int, stage: str) -> None:
        # On a terminal only, as verify's: a log or a pipe gets the result alone.
        doing = stage if step == 1 else f"checking the {stage}"
        end = "\n" if step == of else ""
        sys.stderr.write(f"\rrestore-backup: {step}/{of} {doing}…\033[K{end}")
        sys.stderr.flush()

    kept = backup.restore(path, chosen, key, force=args.force, notices=notices,
                          coder=acting_coder(), progress=show if sys.stderr.isatty() else None)
    for notice in notices:
        say(notice)
    say(f"Restored {path.name} from {chosen.name}."
        + (f" The file it replaced is kept as {kept}." if kept else ""))
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("backup", cmd_backup, "Back up a project (into NAME.wbproj.backups/, keeping the "
             "newest 10, or to DEST).")
    add_project(sp)
    sp.add_argument("dest", nargs="?", metavar="DEST",
                    help="a new file or a folder (default: the backups "
                    "folder beside the project); the copy is written as .NAME.PID.partial "
                    "first, and one a stopped backup to the same file or folder left is "
                    "deleted, saying so")
    add_passphrase_file(sp)

    sp = add("backups", cmd_backups, "List a project's backups, numbered from the newest, "
             "with their check (header, integrity, schema); non-zero if one is not usable.")
    add_project(sp)
    add_passphrase_file(sp)

    sp = add("restore-backup", cmd_restore_backup, "Replace a project with one of its backups; "
             "the backup is verified first (refused if it is not what the project wrote), "
             "and the replaced file is kept in the backups folder.")
    add_project(sp)
    sp.add_argument("backup", metavar="BACKUP",
                    help="which backup: its number or its name as `workbench "
                    "backups PROJECT` lists them (1 is the newest), or a backup file's path")
    sp.add_argument("--force", action="store_true", help="restore a backup even though "
                    "verify finds it changed (its custody log then records that)")
    add_passphrase_file(sp)
