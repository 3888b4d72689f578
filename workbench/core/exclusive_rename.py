"""A rename that refuses a name already taken, in one step, where the platform has one.

A new file given its name this way is never seen half-made and never replaces a file
that appeared at the name meanwhile; nothing stands at the name before the rename
either (a name first taken by an empty file stayed empty after a power cut).
Linux has ``renameat2(..., RENAME_NOREPLACE)`` and macOS ``renamex_np(..., RENAME_EXCL)``
(both through the C library, which Python does not wrap); on Windows ``os.rename``
itself refuses a name that is taken.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

# Linux <fcntl.h> / <linux/fs.h>, macOS <stdio.h>.
_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
_RENAME_EXCL = 0x4

RenameCall = Callable[[bytes, bytes], None]


def _raise_errno(src: bytes, dst: bytes) -> None:
    import ctypes

    code = ctypes.get_errno()
    raise OSError(code, os.strerror(code), os.fsdecode(src), None, os.fsdecode(dst))


@cache
def _platform_call() -> RenameCall | None:
    """The C library's exclusive rename, or None where there is none (an older C
    library, another system). Looked up once, on first use: loading ctypes' view of the
    C library is not worth its time at start-up (ctypes alone takes over a ms)."""
    if sys.platform not in ("linux", "darwin"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        name = "renameat2" if sys.platform == "linux" else "renamex_np"
        fn = getattr(libc, name)
    except (OSError, AttributeError):
        return None  # glibc before 2.28, some musl builds: the next ways still work
    fn.restype = ctypes.c_int
    if sys.platform == "linux":
        fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                       ctypes.c_uint]

        def call(src: bytes, dst: bytes) -> None:
            if fn(_AT_FDCWD, src, _AT_FDCWD, dst, _RENAME_NOREPLACE) != 0:
                _raise_errno(src, dst)
    else:  # pragma: no cover - macOS only
        fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]

        def call(src: bytes, dst: bytes) -> None:
            if fn(src, dst, _RENAME_EXCL) != 0:
                _raise_errno(src, dst)
    return call


def rename_no_replace(src: Path, dst: Path) -> bool:
    """Rename ``src`` to ``dst`` if no file is at ``dst``, in one step.

    True when renamed; FileExistsError when a file is at ``dst`` (nothing moved);
    False when this platform or file system cannot do it, so the caller takes another
    way. Any other refusal is also False: file systems answer EINVAL, ENOSYS or
    EOPNOTSUPP, and a sandbox that filters the system call EPERM; nothing was moved,
    and the next way says its own sentence if the name truly cannot be written."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            os.rename(src, dst)
        except FileExistsError:
            raise
        except OSError:
            return False
        return True
    call = _platform_call()
    if call is None:
        return False
    src_b, dst_b = os.fsencode(src), os.fsencode(dst)
    if b"\0" in src_b or b"\0" in dst_b:
        return False  # C would cut the name at the NUL: a rename to another name
    # Seen by audit hooks as every other rename is (os.rename raises the same event).
    sys.audit("os.rename", src, dst, -1, -1)
    try:
        call(src_b, dst_b)
    except FileExistsError:
        raise
    except OSError:
        return False
    return True
