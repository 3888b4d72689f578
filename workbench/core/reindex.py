"""Rebuild the derived indexes (the search index and the timeline's table) from the stored
documents, annotations and codebook.

Both are derived data: nothing in them is evidence, so a rebuild loses nothing, and
``verify`` names any drift between them and their sources (a change made outside the
program, a damaged page). This is the repair it points to. The rebuild is one write
transaction: a crash or a full disk leaves the old indexes as they were.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core import dbapi, searchindex, timeline_index
from workbench.core.errors import StorageError
from workbench.core.project import Project


@dataclass(frozen=True)
class ReindexResult:
    documents: int
    annotations: int
    timeline_entries: int


def rebuild_indexes(project: Project) -> ReindexResult:
    """Make the search index and the timeline table anew, in one transaction."""
    if project.repo.read_only:
        raise StorageError("The project is read-only: the indexes were not rebuilt. Copy it "
                           "somewhere writable to rebuild them.")
    # The rebuild writes outside ``Project.write``: a file moved or deleted while open
    # must refuse it as every other write does (it went through the open handle).
    project.check_in_place()
    conn = project.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            searchindex.rebuild(conn)
            entries = timeline_index.rebuild(conn)
            documents = conn.execute(
                "SELECT count(*) FROM documents WHERE deleted_at IS NULL").fetchone()[0]
            annotations = conn.execute(
                "SELECT count(*) FROM annotations WHERE deleted_at IS NULL").fetchone()[0]
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except dbapi.OperationalError as err:
        raise StorageError(f"The indexes could not be rebuilt ({err}); the project is as "
                           "it was.") from err
    finally:
        project.repo.forget_cached()
    return ReindexResult(documents, annotations, entries)
