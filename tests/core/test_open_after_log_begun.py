"""Opening a project whose writer was killed just after it began a new log.

A writer that starts a log writes the log's 32-byte header first and its pages after.
Killed between the two (a laptop switched off, a merge stopped with SIGKILL), it leaves
a ``-wal`` that is a header alone and a ``-shm`` whose index describes no log. The
read-only look the opener takes at a log before a writing connection folds it in was
answered "locking protocol" by SQLite every time on such a pair, and the project could
not be opened at all: "p.wbproj is held by another program ... Try again", which no
retry passed. Found by killing merges at random moments on a loaded machine (the
killed-merge test failed once in a clean-clone run); the two files below are the ones
such a kill left, taken byte for byte (the index's 120 bytes that are not zero).
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import add_doc, make_project
from workbench.core.project import Project
from workbench.core.verify import verify

# The header of a log begun and given no page: magic, format, page size 4096, salts,
# checksums.
LOG_HEADER = bytes.fromhex("377f0682002de2180000100000000000b2e483b84cda27728d6ae7c5b77a99b6")
# The start of the -shm such a writer left (the rest of its 32 KiB is zeros): an index
# marked made, holding no frame.
INDEX_START = bytes.fromhex(
    "18e22d00000000000000000001000000000000000000000000000000000000000000000000000000"
    "380718063593db0918e22d0000000000000000000100000000000000000000000000000000000000"
    "0000000000000000380718063593db09000000000000000000000000ffffffffffffffffffffffff")


def _killed_after_the_log_header(path: Path) -> None:
    Path(f"{path}-wal").write_bytes(LOG_HEADER)
    Path(f"{path}-shm").write_bytes(INDEX_START + bytes(32768 - len(INDEX_START)))


def test_a_log_holding_only_its_header_does_not_keep_the_project_shut(tmp_path):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
    path = tmp_path / "p.wbproj"
    _killed_after_the_log_header(path)
    with Project.open(path, coder="lead") as p:
        assert verify(p).ok
        assert [d["id"] for d in p.repo.documents()] == [doc]
    with Project.open(path, coder="lead") as p:  # and again, once the opener has closed it
        assert verify(p).ok
