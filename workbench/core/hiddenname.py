"""The hidden names the program gives its own copies beside a file (``.NAME.PID.part``,
``.NAME.PID.converting``, ...), kept within the file system's limit on a name's length.

A name the file system accepts (255 bytes on most; an Arabic letter takes two) left no
room for the dot, the pid and the kind around it, so a write to a long name failed with
"File name too long" for a file the user never sees. For such a name the copies are
named after its start, cut on a character boundary, and a digest of the whole name: two
long names that share their start never share a copy, and the next run finds a killed
run's copy under the same short name."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Room a hidden name keeps for SQLite's "-journal" beside it (a copy is a database).
_SIDE_ROOM = len("-journal")
# Room a shortened NAME leaves for what follows it: ".PID.kind", and a second
# ".PID.kind" when a copy is itself copied (a restore re-keying its copy).
_TAIL_ROOM = 64
_DIGEST_CHARS = 12
_FALLBACK_NAME_MAX = 255  # where the file system cannot be asked


def name_max(folder: Path) -> int:
    """The longest name, in bytes, the file system holding ``folder`` accepts."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # no such folder, or no pathconf
        return _FALLBACK_NAME_MAX


def _bytes(text: str) -> int:
    return len(os.fsencode(text))


def short_stem(path: Path) -> str:
    """What stands for a long ``path.name`` in its hidden copies' names: its start, cut
    on a character boundary, then ``~`` and a digest of the whole name. It depends on
    the name alone, so the next run finds a killed run's copy under it."""
    name = path.name
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:_DIGEST_CHARS]
    budget = max(name_max(path.parent) - _TAIL_ROOM - _SIDE_ROOM - len(digest) - 2, 1)
    start, used = [], 0
    for ch in name:  # whole characters only: never half of a UTF-8 sequence
        size = _bytes(ch)
        if used + size > budget:
            break
        start.append(ch)
        used += size
    return f"{''.join(start)}~{digest}"


def hidden_copy(path: Path, kind: str) -> Path:
    """``.NAME.PID.kind`` beside ``path`` (``kind`` without its dot), as
    :func:`hidden_beside` names it."""
    return hidden_beside(path, f".{os.getpid()}.{kind}")


def hidden_beside(path: Path, tail: str) -> Path:
    """``.NAME`` and ``tail`` beside ``path``; NAME is the :func:`short_stem` when the
    whole name leaves no room for the rest (and for a "-journal" or ".tmp" after it)."""
    whole = path.with_name(f".{path.name}{tail}")
    return whole if fits(whole) else path.with_name(f".{short_stem(path)}{tail}")


def fits(path: Path) -> bool:
    """Whether the file system takes ``path``'s name, with room for SQLite's
    "-journal" after it."""
    return _bytes(path.name) + _SIDE_ROOM <= name_max(path.parent)


def stems(path: Path) -> list[str]:
    """Every NAME a hidden copy of ``path`` may carry: the whole name, and the short
    one it is given when the whole one leaves no room."""
    return [path.name, short_stem(path)]
