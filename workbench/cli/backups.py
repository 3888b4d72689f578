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
    read_passphrase_file,
    say,
)


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up a project with SQLite's online backup API."""
    from workbench.core import backup
    from workbench.core.outfile import typed_path

    dest = typed_path(args.dest) if args.dest else None
    notices: list[str] = []
    with open_project(args.project, args.passphrase_file) as project:
        if dest:
            made = backup.copy(project.conn, project.path, dest, notices)
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
    # A backup the project's own passphrase does not open was most likely made before the
    # passphrase was changed (a change re-keys only the backups it finds): a restore with
    # --backup-passphrase-file puts it back, so it is no damaged backup.
    # None: the project could not be looked at (held, unreadable), so a backup this
    # passphrase does not open may as well be on an earlier one; it was called "NOT
    # usable" and the listing, which itself worked, exited 1.
    current = (key is not None and path.is_file() and is_encrypted(path)
               and _opens(path, key))
    bad = 0
    for number, item in enumerate(found, 1):
        result = backup.check(item, key)
        earlier = current is not False and result.wrong_key
        bad += not (result.ok or earlier)
        kind = "  (the file a restore replaced)" if item.name.endswith("-replaced.wbproj") else ""
        state = ("intact" if result.ok else EARLIER_PASSPHRASE if earlier and current
                 else PERHAPS_EARLIER if earlier else "NOT usable: " + result.detail)
        say(f"{number:>2}  {item.parent.name}/{item.name}  {item.stat().st_size:,} bytes  "
            f"{state}{kind}")
    return 1 if bad else 0


def _opens(path: Path, key: str) -> bool | None:
    """Whether ``key`` opens the project; None when SQLite cannot open it at all (on
    read-only media, a project with a ``-wal`` left beside it and no ``-shm`` cannot be
    looked at; another program may hold it alone), after saying why. The listing, wanted
    most when the project will not open, ended in a traceback; its backups are then
    listed without telling which were made under an earlier passphrase."""
    from workbench.core.crypto import opens_with
    from workbench.core.errors import WorkbenchError

    try:
        return opens_with(path, key)
    except WorkbenchError as err:
        say(f"workbench: {err} So the listing could not tell whether a backup this "
            "passphrase does not open was made under an earlier passphrase.", err=True)
        return None


EARLIER_PASSPHRASE = ("made under an earlier passphrase (the project's does not open it): "
                      "restore it with --backup-passphrase-file FILE")
PERHAPS_EARLIER = ("not opened by this passphrase, perhaps made under an earlier passphrase "
                   "(the project could not be looked at to tell): restore it with "
                   "--backup-passphrase-file FILE")


def cmd_restore_backup(args: argparse.Namespace) -> int:
    """Replace a project with one of its backups, keeping the replaced file."""
    from workbench.core import backup
    from workbench.core.crypto import is_encrypted, opens_with
    from workbench.core.errors import NotFoundError

    path = Path(args.project)
    try:
        chosen = backup.resolve(path, args.backup)
    except NotFoundError as exc:
        say(f"workbench: {exc}", err=True)
        return 1
    key, project_key = _restore_keys(path, chosen, args)
    notices: list[str] = []

    def show(step: int, of: int, stage: str) -> None:
        # On a terminal only, as verify's: a log or a pipe gets the result alone.
        doing = stage if step == 1 else f"checking the {stage}"
        end = "\n" if step == of else ""
        sys.stderr.write(f"\rrestore-backup: {step}/{of} {doing}…\033[K{end}")
        sys.stderr.flush()

    kept = backup.restore(path, chosen, key, force=args.force, notices=notices,
                          coder=acting_coder(), progress=show if sys.stderr.isatty() else None,
                          project_key=project_key)
    for notice in notices:
        say(notice)
    say(f"Restored {path.name} from {chosen.name}."
        + (f" The file it replaced is kept as {kept}." if kept else ""))
    if key and project_key is None and kept and is_encrypted(kept) and not opens_with(kept, key):
        say(f"workbench: the passphrase given opens {chosen.name} but not the file it "
            f"replaced: if {path.name} had another passphrase since the backup was made, "
            "it now opens with the backup's again. Give it the newer one with `workbench "
            f"change-passphrase {path.name}`, or restore with --backup-passphrase-file "
            "next time.", err=True)
    return 0


def _restore_keys(path: Path, chosen: Path, args: argparse.Namespace
                  ) -> tuple[str | None, str | None]:
    """The passphrase that opens the backup, and the project's when the backup has
    another (``--backup-passphrase-file``), which the restored project is given."""
    from workbench.core.crypto import is_encrypted, opens_with
    from workbench.core.errors import WorkbenchError, WrongPassphrase

    if not is_encrypted(chosen):
        return None, None
    if not args.backup_passphrase_file:
        key = passphrase(chosen.name, args.passphrase_file)
        if (is_encrypted(path) and not opens_with(chosen, key)
                and opens_with(path, key)):
            raise WorkbenchError(f"{chosen.name} was made under another passphrase than "
                                 f"{path.name} has now: give that one with "
                                 f"--backup-passphrase-file FILE ({path.name} keeps its "
                                 "own). Nothing was changed.")
        return key, None
    key = read_passphrase_file(args.backup_passphrase_file)
    if not (path.is_file() and is_encrypted(path)):
        return key, None  # a plain or missing project has no passphrase to keep
    project_key = passphrase(path.name, args.passphrase_file)
    if not opens_with(path, project_key):
        # Given to the restored file, a mistyped one would lock the project away.
        raise WrongPassphrase(f"{path.name}: the passphrase is wrong (the restored project "
                              "is given it, so it must open the project now); nothing was "
                              "changed.")
    return key, project_key


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
    sp.add_argument("--backup-passphrase-file", metavar="FILE",
                    help="for a backup made before the project's passphrase was changed: "
                    "read the backup's passphrase from FILE; the project's (from "
                    "--passphrase-file) is checked and given to the restored project, so "
                    "the older one does not come back")
