"""Files a written export, exchange file, report or log must never take the place of:
the files the project's documents were imported from, and the project's own files.

The project keeps its copy of every original, but the file on the user's disk is theirs
(often the only copy outside the project, the one its SHA-256 was first taken of), and
an export named like it replaced it without a word. A file is known as a source by
where the custody log says it was imported from (recorded in full; a project an older
version wrote may hold names relative to a folder it did not say), compared as a file,
whatever the spelling, and by its bytes (the SHA-256 of an original the project
keeps), which finds it wherever it was imported from, moved or renamed since.
"""

from __future__ import annotations

import hashlib
import ntpath
import os
import posixpath
import re
import unicodedata
from pathlib import Path

from workbench.core import outfile
from workbench.core.errors import OutputError
from workbench.core.importers.limits import MAX_FILE_BYTES
from workbench.core.project import Project

_CHUNK = 1024 * 1024
# ``NAME.before-upgrade-vN`` (``.2`` and on when several were kept): ``store._backup``.
_UPGRADE_COPY = re.compile(r"\.before-upgrade-v\d+(\.\d+)?$")


def refuse_source(project: Project, path: Path) -> None:
    """OutputError, one sentence naming the document, if writing ``path`` would replace
    a file one of ``project``'s documents was imported from, the project's own file, or
    the copy kept from before an upgrade (an encrypted one has neither the SQLite header
    nor the name by which ``outfile`` knows a project)."""
    path = Path(path)
    outfile.refuse_project(path)  # a project known by its header or name: said there
    try:
        if not path.is_file():
            return  # nothing there to replace (a folder, a device: the write refuses)
    except OSError:
        return  # a name the write itself will report on (too long, say)
    if _same(path, project.path):
        raise OutputError(f"{path} is the project's own file; an export never replaces "
                          "it, so choose another name.")
    if _is_upgrade_copy(path, project.path):
        raise OutputError(f"{path} is the copy of {project.path.name} kept from before an "
                          "upgrade; an export never replaces it, so choose another name.")
    repo = project.repo
    there = _imported_there(repo.imported_from(), path)
    if there:
        _refuse(project, path, there)
    digest = _digest(path)
    made = repo.documents_made_from(digest) if digest is not None else None
    if made is not None:
        _refuse(project, path, made)


def _imported_there(imported: list[tuple[int, str]], path: Path) -> list[int]:
    """The documents the custody log says were imported from the file at ``path``.

    Each name recorded in full is compared as a file (device and inode), which holds
    for every spelling of one file: another case on a disk that does not tell capitals
    apart, a name stored decomposed (é as e and an accent) and typed composed, ``..``,
    a link. Only names that end alike, spelt either way, are looked up: a name on a
    share no longer there may take seconds to fail, and a project holds thousands; a
    file with other names (hard links) may be any of them, so then every one is. A
    recorded name whose file cannot be reached is not ``path``, which is there."""
    try:
        info = os.stat(path)
    except OSError:
        return []
    ends = {_folded(path.name), _folded(os.path.basename(os.path.realpath(path)))}
    every = info.st_nlink > 1
    found: set[int] = set()
    for doc_id, name in imported:
        if not os.path.isabs(name) or doc_id in found:
            continue
        if not every and _folded(os.path.basename(name)) not in ends:
            continue
        try:
            other = os.stat(name)
        except (OSError, ValueError):  # gone, unreachable, or a name this system refuses
            continue
        if _one_file(name, other, os.fspath(path), info):
            found.add(doc_id)
    return sorted(found)


def _folded(name: str) -> str:
    """A file name as file systems that fold names compare it (case, composed form)."""
    return unicodedata.normalize("NFC", name).casefold()


def relative_names(custody: list[dict]) -> int:
    """How many import and re-import entries of a custody log name their file by a
    relative name, which says nothing of the folder it was in. Versions before this one
    recorded a name typed on the command line as it was typed; the log is evidence and
    keeps them, and such a file is known as a source by its unchanged bytes only."""
    return sum(1 for r in custody if r.get("action") in ("import", "reimport")
               and r.get("filename") and not _in_full(str(r["filename"])))


def _in_full(name: str) -> bool:
    # A merged project may come from the other kind of system (C:\reports\a.txt).
    return posixpath.isabs(name) or ntpath.isabs(name)


def _is_upgrade_copy(path: Path, project: Path) -> bool:
    """Whether ``path`` is a copy of ``project`` kept from before an upgrade: the file
    itself, found among the copies beside the project, not its name as spelt (a disk
    that does not tell capitals apart reaches it by other spellings too)."""
    if not (path.parent.exists() and _same(path.parent, project.parent)):
        return False
    try:
        kept = [e.path for e in os.scandir(project.parent) if e.name.startswith(project.name)
                and _UPGRADE_COPY.search(e.name[len(project.name):])]
    except OSError:
        return False
    return any(_same(path, Path(k)) for k in kept)


def _refuse(project: Project, path: Path, doc_ids: list[int]) -> None:
    if not doc_ids:  # an original whose documents were all merged away or never made
        raise OutputError(f"{path} is a file the project imported (it keeps its bytes as "
                          "an original); an export never replaces a source file, so "
                          "choose another name.")
    titles = project.repo.document_titles_of(doc_ids[:1])
    doc = doc_ids[0]
    title = titles.get(doc) or ""
    named = f"document {doc} ({title})" if title else f"document {doc}"
    more = len(doc_ids) - 1
    others = f" and {more} other{'s' if more > 1 else ''}" if more else ""
    raise OutputError(f"{path} is the file {named}{others} was imported from; an export "
                      "never replaces a source file, so choose another name.")


def _same(a: Path, b: Path) -> bool:
    try:
        return _one_file(os.fspath(a), os.stat(a), os.fspath(b), os.stat(b))
    except (OSError, ValueError):
        return False


def _one_file(a: str, a_info: os.stat_result, b: str, b_info: os.stat_result) -> bool:
    """Whether two names reached are one file: by device and inode where the file
    system gives an inode; by the names resolved where it gives 0 (some network shares
    and drivers of FAT disks on Windows), as device and inode would make every file on
    such a disk every other, and refuse every export there that ends like a source."""
    if a_info.st_ino == 0 or b_info.st_ino == 0:
        return _resolved(a) == _resolved(b)
    return (a_info.st_dev, a_info.st_ino) == (b_info.st_dev, b_info.st_ino)


def _resolved(name: str) -> str:
    return unicodedata.normalize("NFC", os.path.normcase(os.path.realpath(name)))


def _digest(path: Path) -> str | None:
    """The SHA-256 of ``path``, or None for a file no import could have kept (past the
    import limit) or that cannot be read (the write itself says what is wrong)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        sha = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                sha.update(chunk)
    except OSError:
        return None
    return sha.hexdigest()
