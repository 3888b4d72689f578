"""Zip containers (DOCX) are checked from their directory before anything is inflated.

Declared sizes come from the central directory; Python's zipfile never inflates
a member past its declared size (a lying size fails the CRC check), so limits on
declared sizes bound the real work. XML parts must not carry a DOCTYPE: Office
files never need one, and entity declarations are how "billion laughs" attacks
work.
"""

from __future__ import annotations

import io
import struct
import zipfile

from workbench.core.importers import limits

_EOCD = b"PK\x05\x06"
_EOCD_STRUCT = struct.Struct("<4s4H2LH")
_ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_DTD_MARKERS = (b"<!doctype", b"<!entity")
_SCAN_CHUNK = 1024 * 1024


def _check_end_record(data: bytes, filename: str, kind: str) -> None:
    """Member count and directory size from the end record, before zipfile builds
    one object per member (a crafted directory could list millions)."""
    pos = data.rfind(_EOCD, max(0, len(data) - 22 - 65535))
    if pos < 0 or len(data) - pos < _EOCD_STRUCT.size:
        raise limits.rejected(
            filename, f"the {kind} is damaged or incomplete (its zip directory is missing)"
        )
    _, _, _, _, entries, cd_size, _, _ = _EOCD_STRUCT.unpack_from(data, pos)
    if entries != 0xFFFF and entries > limits.ZIP_MAX_MEMBERS:
        raise limits.rejected(
            filename,
            f"the {kind} lists {entries} parts, more than the "
            f"{limits.ZIP_MAX_MEMBERS} allowed, so it was not opened",
        )
    if cd_size != 0xFFFFFFFF and cd_size > limits.ZIP_MAX_CENTRAL_DIR_BYTES:
        raise limits.rejected(
            filename, f"the {kind}'s zip directory is implausibly large, so it was not opened"
        )


def _bomb(filename: str, detail: str) -> Exception:
    return limits.rejected(
        filename, f"the archive {detail}, which looks like a decompression bomb; it was not opened"
    )


def open_checked_zip(
    data: bytes, filename: str, *, kind: str = "document", required: tuple[str, ...] = ()
) -> zipfile.ZipFile:
    """A ZipFile whose directory passed every limit, or ImportRejected."""
    _check_end_record(data, filename, kind)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        struct.error,
        NotImplementedError,
    ):
        raise limits.rejected(
            filename, f"the {kind} is damaged (its zip archive cannot be read)"
        ) from None
    if len(infos) > limits.ZIP_MAX_MEMBERS:
        raise limits.rejected(
            filename,
            f"the {kind} has {len(infos)} parts, more than the "
            f"{limits.ZIP_MAX_MEMBERS} allowed, so it was not opened",
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise limits.rejected(filename, f"the {kind} is encrypted, so it cannot be read")
        if info.compress_type not in _ZIP_METHODS:
            raise limits.rejected(
                filename,
                f"the {kind} uses an unsupported zip compression method, so it cannot be read",
            )
        size = info.file_size
        total += size
        if size > limits.ZIP_RATIO_MIN_BYTES and size > limits.ZIP_MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _bomb(
                filename,
                f"member {info.filename[:60]!r} expands "
                f"{size // max(info.compress_size, 1)} times to "
                f"{limits.megabytes(size)}",
            )
        if total > limits.ZIP_MAX_TOTAL_BYTES:
            raise _bomb(
                filename, f"expands to more than {limits.megabytes(limits.ZIP_MAX_TOTAL_BYTES)}"
            )
    names = {info.filename for info in infos}
    for name in required:
        if name not in names:
            raise limits.rejected(
                filename, f"the file is a zip archive but not a {kind} (it has no {name})"
            )
    return zf


def reject_dtds(zf: zipfile.ZipFile, filename: str, kind: str = "document") -> None:
    """Refuse any XML part that declares a DOCTYPE or entities (billion laughs, XXE)."""
    for info in zf.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        tail = b""
        with zf.open(info) as fh:
            while chunk := fh.read(_SCAN_CHUNK):
                # Dropping NULs lets one search cover UTF-8 and UTF-16 parts.
                window = tail + chunk.replace(b"\x00", b"").lower()
                if any(marker in window for marker in _DTD_MARKERS):
                    raise limits.rejected(
                        filename,
                        f"the {kind} contains an XML DOCTYPE or entity declaration, which "
                        "Office files never need; it was not opened to avoid "
                        "entity-expansion attacks",
                    )
                tail = window[-16:]
