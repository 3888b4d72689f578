"""A big imported file's bytes left on disk until the store step writes them.

The parse step must read a file whole to hash it and hand it to the sandboxed
importer; after that, holding a 100 MB original in memory while its text is stored
would double what an import costs. :class:`FileBytes` stands for those bytes: the
store step reads them back a piece at a time into the project and checks they are
still the bytes that were parsed (a file changed in between is refused, not stored).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import ImportRejected

# Files at least this big are read back when stored instead of being kept in memory.
STREAM_MIN = 8 << 20
CHUNK = 1 << 20


@dataclass(frozen=True)
class FileBytes:
    """The bytes of ``path``: ``size`` of them, with this SHA-256, when they were parsed."""

    path: Path
    size: int
    sha256: str

    def __len__(self) -> int:
        return self.size

    def chunks(self, chunk: int = CHUNK) -> Iterator[bytes]:
        """The file's bytes a piece at a time; ImportRejected (after the last piece) when
        they are not the bytes that were parsed."""
        digest = hashlib.sha256()
        total = 0
        try:
            with self.path.open("rb") as fh:
                while piece := fh.read(chunk):
                    digest.update(piece)
                    total += len(piece)
                    if total > self.size:
                        break
                    yield piece
        except OSError:
            raise self._changed("could no longer be read") from None
        if total != self.size or digest.hexdigest() != self.sha256:
            raise self._changed("changed while it was being imported")

    def read(self) -> bytes:
        """All of it at once (for a store path that cannot write in pieces)."""
        return b"".join(self.chunks())

    def _changed(self, what: str) -> ImportRejected:
        return ImportRejected(f"{self.path.name}: the file {what}, so it was not imported; "
                              "import it again.")
