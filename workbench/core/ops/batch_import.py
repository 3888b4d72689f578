"""Importing many files at the speed of the disk.

Files are parsed in parallel, each in a sandboxed worker process with the usual limits
(one worker per core, kept warm between files), and stored in batched transactions of up
to ``BATCH_FILES`` files or ``BATCH_SECONDS`` of parsing. A batch gives every file what a
single import gives it (its original, its document with its own audit row, its custody
row) and recognises duplicates, also within the batch, because each file is checked
inside the write that already holds the earlier ones. A file is reported only after its
batch committed, so a crash can lose parsing work but never a file reported as imported.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.core.ops.importing import (
    ImportResult,
    ParsedFile,
    check_date,
    clean_overrides,
    parse_paths,
    store_all_in,
    store_changes,
)
from workbench.core.project import Project

BATCH_FILES = 200
BATCH_SECONDS = 1.0
# Files a parse thread takes at a time (small ones then share one request to a worker).
FILES_PER_TASK = 16
# Groups of files being parsed ahead of the store step, per thread.
AHEAD_PER_JOB = 4


def default_jobs() -> int:
    """One parsing worker per core."""
    return max(1, os.cpu_count() or 1)


def known_originals(project: Project) -> frozenset[str]:
    """SHA-256 of every live document's original, read once: parse threads cannot use the
    project's connection, and bytes already stored need not be parsed again."""
    rows = project.conn.execute(
        "SELECT original_sha256 FROM documents WHERE deleted_at IS NULL")
    return frozenset(r[0] for r in rows)


def parse_many(paths: Iterable[Path], *, jobs: int | None = None, sandbox: bool = True,
               known: frozenset[str] = frozenset(), tick: float | None = None,
               ) -> Iterator[ParsedFile | None]:
    """Parse files on ``jobs`` threads, yielded in the order given.

    Each thread takes a few files at a time (one request to a sandboxed worker for
    small ones: :func:`parse_paths`), fewer when there are few files, so that every
    thread has some. At most a few such groups per thread are in memory at once. With
    ``tick``, None is yielded whenever the next file takes longer than that, so a
    caller can commit what it holds instead of waiting on a slow file.
    """
    jobs = jobs or default_jobs()
    paths = list(paths)
    if sandbox:
        from workbench.core.importers.sandbox import default_pool

        pool = default_pool()
        pool.max_idle = max(pool.max_idle, jobs)  # keep every thread's worker warm
    per_task = max(1, min(FILES_PER_TASK, len(paths) // (4 * jobs)))
    groups = iter(range(0, len(paths), per_task))
    pending: deque[cf.Future[list[ParsedFile]]] = deque()
    executor = cf.ThreadPoolExecutor(jobs, thread_name_prefix="import-parse")

    def submit() -> None:
        start = next(groups, None)
        if start is not None:
            pending.append(executor.submit(parse_paths, paths[start : start + per_task],
                                           sandbox=sandbox, known=known.__contains__))

    try:
        for _ in range(AHEAD_PER_JOB * jobs):
            submit()
        while pending:
            head = pending[0]
            if tick is not None and not cf.wait([head], timeout=tick).done:
                yield None
                continue
            pending.popleft()
            submit()
            yield from head.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def store_batch(project: Project, batch: list[ParsedFile],
                overrides: dict[str, Any] | None = None) -> list[ImportResult]:
    """Store parsed files in one transaction; one result per file, in order.

    If the batch cannot be written (the disk is full, another program holds the file),
    nothing of it is kept and each file is tried again on its own, so one file's
    trouble becomes that file's "rejected" result and not the batch's.
    """
    overrides = clean_overrides(overrides)
    check_date(overrides.get("published"))  # a bad override refuses before any write
    try:
        with project.write("import") as tx:
            results = store_all_in(project, tx, batch, overrides)
    except (WorkbenchError, sqlite3.Error):
        return [store_changes(project, parsed).result for parsed in batch]
    tx.changeset.result = results
    for res in results:
        if res.status == "imported":
            res.changes = tx.changeset
    return results


def store_batch_changes(project: Project, batch: list[ParsedFile],
                        overrides: dict[str, Any] | None = None) -> ChangeSet:
    """:func:`store_batch` shaped for ``Session.run``: its ``result`` is the results list."""
    results = store_batch(project, batch, overrides)
    changes = next((r.changes for r in results if r.status == "imported"),
                   ChangeSet("import"))
    changes.result = results
    return changes


def import_many(project: Project, paths: Iterable[Path],
                overrides: dict[str, Any] | None = None, *, jobs: int | None = None,
                sandbox: bool = True, batch_files: int = BATCH_FILES,
                batch_seconds: float = BATCH_SECONDS,
                store: Callable[[list[ParsedFile]], list[ImportResult]] | None = None,
                ) -> Iterator[list[ImportResult]]:
    """Import files, yielding each batch's results once the batch is committed."""
    store = store or (lambda batch: store_batch(project, batch, overrides))
    clean = clean_overrides(overrides)
    check_date(clean.get("published"))
    batch: list[ParsedFile] = []
    started = time.monotonic()
    for parsed in parse_many(paths, jobs=jobs, sandbox=sandbox,
                             known=known_originals(project), tick=batch_seconds / 4):
        if parsed is not None:
            if not batch:
                started = time.monotonic()
            batch.append(parsed)
        if batch and (len(batch) >= batch_files
                      or time.monotonic() - started >= batch_seconds):
            yield store(batch)
            batch = []
    if batch:
        yield store(batch)


class Progress:
    """Files done, files per second and time left, as one line of text."""

    def __init__(self, total: int):
        self.total = total
        self.done = 0
        self.started = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def text(self) -> str:
        rate = self.rate
        left = (self.total - self.done) / rate if rate else None
        eta = "" if left is None else f", about {_duration(left)} left"
        return f"{self.done:,} of {self.total:,} files, {rate:,.0f} files/s{eta}"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"
