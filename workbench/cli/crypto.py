"""Commands that encrypt a project, decrypt it, or change its passphrase.

A passphrase is read from ``--passphrase-file FILE``, ``$WORKBENCH_PASSPHRASE_FILE`` or
a prompt, never from the command line: argv is visible to every user of the machine.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.common import Add, add_passphrase_file, add_project, passphrase, say
from workbench.core.wording import agrees, counted


def cmd_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain project in place."""
    from workbench.core.crypto import check_new_passphrase, encrypt

    path = Path(args.project)
    key = check_new_passphrase(passphrase(path.name, args.passphrase_file, confirm=True))
    converted = encrypt(path, key)
    say(f"Encrypted {path}.")
    if converted:
        say(f"Its {counted(len(converted), 'backup')} "
            f"{agrees(len(converted), 'was', 'were')} encrypted too.")
    if warning := converted.warning():
        say(f"workbench: {warning}", err=True)
        return 1
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    """Write an encrypted project back as a plain SQLite file."""
    from workbench.core.crypto import decrypt, require_encrypted

    path = Path(args.project)
    require_encrypted(path)  # before asking: a plain project has no passphrase to give
    decrypt(path, passphrase(path.name, args.passphrase_file))
    say(f"Decrypted {path}: it is now readable without a passphrase; its backups stay "
        "encrypted.")
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    """Re-key an encrypted project (and the backups keyed like it)."""
    from workbench.core.crypto import (
        change_passphrase,
        check_new_passphrase,
        require_encrypted,
    )

    path = Path(args.project)
    require_encrypted(path)
    old = passphrase(path.name, args.passphrase_file)
    new = check_new_passphrase(passphrase(f"{path.name} (new)", args.new_passphrase_file,
                                          confirm=True, env=False))
    converted = change_passphrase(path, old, new)
    say(f"Changed the passphrase of {path} and of {counted(len(converted), 'backup')}.")
    if warning := converted.warning():
        say(f"workbench: {warning}", err=True)
        return 1
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("encrypt", cmd_encrypt,
             "Encrypt a project in place (SQLCipher); its backups are encrypted too.")
    add_project(sp)
    add_passphrase_file(sp)

    sp = add("decrypt", cmd_decrypt,
             "Write an encrypted project back as a plain, unencrypted project file.")
    add_project(sp)
    add_passphrase_file(sp)

    sp = add("change-passphrase", cmd_change_passphrase,
             "Change an encrypted project's passphrase (and its backups').")
    add_project(sp)
    add_passphrase_file(sp, new=True)
