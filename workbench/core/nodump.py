"""Keeping an encrypted project's words out of core dumps.

A process that dies of a fault (a crash in a native library, an abort, Ctrl+\\ in a
terminal) may have its whole memory written to disk: a ``core`` file in the working
folder, or a copy kept by the system's crash collector. While an encrypted project is
open its process holds document texts and the passphrase itself in plaintext, so such a
file would give the project away to whoever reads the disk. Once a passphrase is used
the process gives up being dumped, as key agents and password managers do. The
importer workers already start without core dumps (``importers.worker``).
"""

from __future__ import annotations

import contextlib
import sys

# From <linux/prctl.h>.
_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4

_forbidden = False


def forbid() -> None:
    """No core dump of this process from now on (POSIX; Linux also for the crash
    collectors a core size limit does not stop). Cannot be undone; idempotent."""
    global _forbidden
    if _forbidden:
        return
    try:
        import resource
    except ImportError:  # Windows: no core files; its crash reports are the system's
        pass
    else:
        # Soft and hard: nothing later in this process (or a child) can raise it again.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        # A core pattern that pipes to a collector (systemd-coredump, apport) is run
        # whatever the size limit says; a process that is not dumpable is never dumped.
        _prctl(_PR_SET_DUMPABLE, 0)
    _forbidden = True


def dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    answer = _prctl(_PR_GET_DUMPABLE, 0)
    return None if answer is None or answer < 0 else bool(answer)


def _prctl(option: int, value: int) -> int | None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(option, value, 0, 0, 0))
    except (OSError, AttributeError):  # no C library to ask: the size limit still holds
        return None
