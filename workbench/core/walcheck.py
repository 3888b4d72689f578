"""Read-only checks of a file before SQLite opens it for writing.

Opening a file read-write lets SQLite change it at once: ``journal_mode = WAL`` rewrites
the header of another program's database, and a ``NAME-wal`` file left beside a project
is replayed into it, whichever database wrote it. So the header is read first, and a
``-wal`` is inspected without SQLite (format: sqlite.org/fileformat2.html, "WAL file").
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4's page size: an encrypted file is whole pages of it, its log too.
CIPHER_PAGE_SIZE = 4096
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24


@dataclass(frozen=True)
class Header:
    """The facts of a database header this program needs before opening it."""

    page_size: int
    user_version: int
    application_id: int
    sane: bool  # the fixed fields hold what every SQLite file has


def read_header(path: Path) -> Header | None:
    """The header of a SQLite file, or None when ``path`` is not one."""
    with path.open("rb") as fh:
        return parse_header(fh.read(100))


def may_be_encrypted(path: Path) -> bool:
    """Whether a file without a SQLite header could be an encrypted project.

    SQLCipher replaces the header with a random salt, so its bytes say nothing; but
    the file is whole pages, which a text file or a document seldom is.
    """
    size = path.stat().st_size
    return size > 0 and size % 512 == 0


def cipher_header() -> Header:
    """What is known of an encrypted project's header without its key."""
    return Header(CIPHER_PAGE_SIZE, 0, 0, True)


def parse_header(data: bytes) -> Header | None:
    """The header in the first 100 bytes of a database page 1, or None."""
    if len(data) < 100 or not data.startswith(SQLITE_HEADER):
        return None
    size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if size == 1 else size
    # Payload fractions are always 64, 32, 32; the page size is a power of two.
    sane = data[21:24] == b"\x40\x20\x20" and page_size >= 512 and not page_size & (page_size - 1)
    return Header(page_size, struct.unpack(">I", data[60:64])[0],
                  struct.unpack(">I", data[68:72])[0], sane)


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def logged_header(wal: Path, header: Header) -> Header | None:
    """The newest header page 1 has in ``wal`` (a crash can leave it only there), or None.

    Only frames carrying the log header's salts count, as SQLite would replay them.
    """
    if not wal.is_file():
        return None
    found = None
    with wal.open("rb") as fh:
        head = fh.read(WAL_HEADER)
        if len(head) < WAL_HEADER or struct.unpack(">I", head[:4])[0] not in WAL_MAGIC:
            return None
        page_size, salt1, salt2 = struct.unpack(">I4xII", head[8:24])
        if page_size != header.page_size:
            return None
        while len(frame := fh.read(FRAME_HEADER)) == FRAME_HEADER:
            number, _size, f1, f2 = struct.unpack(">4I", frame[:16])
            if (f1, f2) != (salt1, salt2):
                break
            if number == 1:
                found = parse_header(fh.read(100)) or found
                fh.seek(page_size - 100, 1)
            else:
                fh.seek(page_size, 1)
    return found


def foreign_wal(wal: Path, header: Header, application_id: int, *,
                encrypted: bool = False) -> str | None:
    """Why ``wal`` cannot belong to the database with ``header``, or None if it may.

    A WAL written by this database has its page size and a valid header checksum, and
    a frame of page 1 carrying the header's salts holds this program's application id.
    Anything else was written for another file, and replaying it would write another
    file's pages into the project. (Frame checksums are left to SQLite: computing them
    here would read a large WAL word by word in Python.) An encrypted project's log
    holds no readable page 1: a readable one belongs to a plaintext database.
    """
    with wal.open("rb") as fh:
        head = fh.read(WAL_HEADER)
        if not head:
            return None  # empty: SQLite ignores it
        if len(head) < WAL_HEADER:
            return "its header is cut short"
        magic, _version, page_size, _ckpt, salt1, salt2, c0, c1 = struct.unpack(">8I", head)
        if magic not in WAL_MAGIC:
            return "it is not a SQLite write-ahead log"
        if _checksum(head[:24], 0, 0, magic & 1 == 1) != (c0, c1):
            return "its header checksum is wrong"
        if page_size != header.page_size:
            return f"its pages are {page_size} bytes, the project's {header.page_size}"
        while True:
            frame = fh.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER:
                return None
            number, _size, f1, f2 = struct.unpack(">4I", frame[:16])
            if (f1, f2) != (salt1, salt2):
                return None  # frames of an older generation: SQLite ignores them
            if number == 1:
                page = fh.read(page_size)
                if len(page) == page_size and page.startswith(SQLITE_HEADER):
                    if encrypted:
                        return "it holds unencrypted pages and the project is encrypted"
                    if struct.unpack(">I", page[68:72])[0] != application_id:
                        return "it holds the first page of a database that is not a project"
            else:
                fh.seek(page_size, 1)
