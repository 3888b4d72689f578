"""Importing many files at the speed of the disk.

Files are parsed in sandboxed worker processes with the usual limits (kept warm between
files; one at first, up to one per core when storing waits for parsing), and stored in
batched transactions of up to ``BATCH_FILES`` files or ``BATCH_SECONDS`` of parsing. A
batch gives every file what a single import gives it (its original, its document with
its own audit row, its custody row) and recognises duplicates, also within the batch,
because each file is checked inside the write that already holds the earlier ones. A
file is reported only after its batch committed, so a crash can lose parsing work but
never a file reported as imported.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import queue
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.changes import ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.core.ops.importing import (
    ImportResult,
    ParsedFile,
    check_date,
    clean_overrides,
    parse_paths,
    parsed_paths,
    prepare,
    read_paths,
    store_all_in,
    store_changes,
)
from workbench.core.project import Project

if TYPE_CHECKING:
    from workbench.core.importers.pipelined import RequestsAhead, Sent

BATCH_FILES = 200
BATCH_SECONDS = 1.0
# A batch of at least this many files is stored at once when the next file is still being
# parsed, instead of waiting to fill up: the store step (the parent's longest part) then
# starts on the first files parsed rather than on the two hundredth, and it is not left
# idle while there is something to store. When the store step is the slower side, files
# pile up while it works and the batches after the first are full ones anyway; a
# transaction has a cost of its own (~1 ms of CPU: its commit, the search index's new
# segment, the log's ends), so batches are not made smaller than this. Each early batch
# doubles the size the next one waits for (up to ``BATCH_FILES``): a store step quicker
# than parsing finds the next file not parsed every time, and stored 32 files a
# transaction all along (63 transactions for 2,000 small files instead of 10: half as
# much CPU again in the store step, taken from the parse thread).
EARLY_FILES = 32
# Files a parse thread takes at a time (small ones then share one request to a worker,
# up to ``sandbox.BATCH_MAX_FILES``).
FILES_PER_TASK = 64
# How far parsing runs ahead of the store step: groups being parsed per thread, and
# files parsed but not yet stored (their count and the bytes they hold). A batch's
# worth, so that the next batch is parsed while one is stored.
AHEAD_PER_JOB = 4
AHEAD_FILES = 2 * BATCH_FILES
AHEAD_BYTES = 64 << 20
# Parsing starts on one thread (one worker) and another joins, up to ``jobs``, each time
# the caller has waited this long in all for files still being parsed, the first group
# aside (the worker's start). Small text files cost the parent more to store than a
# worker to parse, so one worker keeps ahead of the store step; a second one and its
# thread then only took the parent's interpreter and a core from the store step (a
# fifth of the import's time on two cores). Files that are slow to parse (large ones,
# PDFs) make the caller wait, and get their threads after the first few groups.
GROW_AFTER_SECONDS = 0.05
# Parse threads (and workers) an import starts with, before any has grown; what the
# command line starts ahead of the import (``earlystart``, ``cmd_import``).
START_JOBS = 1


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
               early: bool = False, overrides: dict[str, Any] | None = None,
               ) -> Iterator[ParsedFile | None]:
    """Parse files on up to ``jobs`` threads, yielded in the order given.

    Parsing starts on ``START_JOBS`` thread(s) and another joins each time the caller
    has waited ``GROW_AFTER_SECONDS`` in all for a group, the first one aside. Each
    thread takes a few files at a time (one request to a sandboxed worker for
    small ones: :func:`parse_paths`), fewer when there are few files, so that every
    thread has some. Parsing runs ahead of the caller, also while the caller is busy
    (storing a batch): a group that ends starts the next, as long as at most
    ``AHEAD_PER_JOB`` groups per thread are being parsed and the files parsed but not
    yet taken stay under ``AHEAD_FILES`` and ``AHEAD_BYTES``. With ``tick``, None is
    yielded whenever the next file takes longer than that, so a caller can commit
    what it holds instead of waiting on a slow file; with ``early`` also each time the
    next file is found not parsed yet, before waiting for it (the caller may store what
    it holds meanwhile). With ``overrides`` (cleaned), each file's document row and
    index body are made in its parse thread too (:func:`importing.prepare`), for the
    store step to take instead of making them.
    """
    jobs = jobs or default_jobs()
    paths = list(paths)
    if sandbox:
        from workbench.core.importers.sandbox import default_pool

        pool = default_pool()
        pool.max_idle = max(pool.max_idle, jobs)  # keep every thread's worker warm
    per_task = max(1, min(FILES_PER_TASK, len(paths) // (4 * jobs)))
    ahead = _Ahead(paths, per_task, jobs, sandbox, known, overrides)
    try:
        ahead.submit()
        while True:
            head = ahead.head()
            if head is None:
                return
            if early and not head.done():
                yield None  # the caller stores what it holds, or comes back to wait
                if not head.done() and tick is not None and not ahead.wait(head, tick):
                    yield None
                    continue
            elif tick is not None and not ahead.wait(head, tick):
                yield None
                continue
            ahead.wait(head, None)
            files = head.result()
            ahead.taken(files)
            yield from files
    finally:
        ahead.close()


_Group = tuple[cf.Future[list[ParsedFile]], list[Path]]  # a group's result, its files


class _Ahead:
    """The groups of files being parsed for :func:`parse_many`, in order, and how far
    ahead of the caller they may run. Groups are started by the caller taking one and
    by a group ending (in its parse thread), so parsing goes on while the caller is
    busy; a lock keeps the counts. Parsing starts on one thread and grows to ``jobs``
    threads when the caller waits for it (:meth:`wait`, ``GROW_AFTER_SECONDS``)."""

    def __init__(self, paths: list[Path], per_task: int, jobs: int, sandbox: bool,
                 known: frozenset[str], overrides: dict[str, Any] | None = None) -> None:
        self.paths, self.per_task, self.sandbox, self.known = paths, per_task, sandbox, known
        self.overrides = overrides
        self.groups = iter(range(0, len(paths), per_task))
        self.jobs = jobs
        self.pending: deque[cf.Future[list[ParsedFile]]] = deque()
        self.running = 0  # groups submitted and not ended
        self.files = 0  # files in ended groups not yet taken
        self.bytes = 0  # their bytes held in memory
        self.closed = False
        self.lock = threading.RLock()  # a callback may run at once, in the submitting thread
        # Groups wait in one queue that every parse thread takes from, so a thread that
        # joins takes the next group whatever was queued before it (an executor's pool
        # would start a second thread as soon as two groups are queued: what is put off).
        self.todo: queue.SimpleQueue[_Group | None] = queue.SimpleQueue()
        self.threads: list[threading.Thread] = []
        self.taken_any = False
        self.waited = 0.0  # the caller's wait for parsing since the last thread joined
        for _ in range(START_JOBS):
            self.grow()

    def grow(self) -> None:
        """One more parse thread (up to ``jobs``), and the groups it makes room for."""
        with self.lock:
            if self.closed or len(self.threads) >= self.jobs:
                return
            thread = threading.Thread(target=self._run, daemon=True,
                                      name=f"import-parse-{len(self.threads)}")
            self.threads.append(thread)
            self.waited = 0.0
        thread.start()
        self.submit()

    def _run(self) -> None:
        """A parse thread: groups from the queue until it hands over None."""
        if self.sandbox:
            self._run_ahead()
            return
        while (item := self.todo.get()) is not None:
            future, paths = item
            if not future.set_running_or_notify_cancel():
                continue  # cancelled by close
            try:
                files = self._parse(paths)
            except BaseException as err:  # the caller gets it from the group's result
                future.set_exception(err)
            else:
                future.set_result(files)

    def _run_ahead(self) -> None:
        """A parse thread whose worker parses one group while the thread reads the next
        and takes in the one before: each group is sent before the one ahead of it is
        collected (:class:`RequestsAhead`), when the next group is already queued."""
        from workbench.core.importers.pipelined import RequestsAhead

        stream = RequestsAhead()
        held: tuple[cf.Future[list[ParsedFile]], _Sending] | None = None
        try:
            while True:
                if held is None:
                    item = self.todo.get()
                else:
                    try:
                        item = self.todo.get_nowait()
                    except queue.Empty:  # nothing to send meanwhile: the caller may wait
                        self._collect(stream, *held)
                        held = None
                        continue
                if item is None:
                    break
                future, paths = item
                if not future.set_running_or_notify_cancel():
                    continue  # cancelled by close
                try:
                    sending = self._send(stream, paths)
                except BaseException as err:  # the caller gets it from the group's result
                    future.set_exception(err)
                    continue
                if held is not None:
                    self._collect(stream, *held)
                held = (future, sending)
        finally:
            if held is not None:
                self._collect(stream, *held)
            stream.close()

    def _send(self, stream: RequestsAhead, paths: list[Path]) -> _Sending:
        """A group's files read and hashed, and sent to the worker when they can be (a
        group of one file too goes through ``stream``, which parses it when collected
        on the worker it holds, not on a second one)."""
        parsed, todo = read_paths(paths, self.known.__contains__)
        sent = stream.send([(data, paths[i].name) for i, data, _d in todo])
        return _Sending(paths, parsed, todo, sent)

    def _collect(self, stream: RequestsAhead, future: cf.Future[list[ParsedFile]],
                 sending: _Sending) -> None:
        """A group sent by :meth:`_send` parsed and prepared, as :meth:`_parse` gives it."""
        try:
            outcomes = stream.collect(sending.sent)
            files = self._prepared(parsed_paths(sending.paths, sending.parsed,
                                                sending.todo, outcomes))
        except BaseException as err:  # the caller gets it from the group's result
            future.set_exception(err)
        else:
            future.set_result(files)

    def wait(self, head: cf.Future[list[ParsedFile]], timeout: float | None) -> bool:
        """Wait up to ``timeout`` for the head group (None: until it ends); whether it
        ended. Waiting for parsing, the first group aside, adds a parse thread once it
        adds up to ``GROW_AFTER_SECONDS``."""
        if head.done():
            return True
        started = time.monotonic()
        done = bool(cf.wait([head], timeout=timeout).done)
        if self.taken_any:
            self.waited += time.monotonic() - started
            if self.waited >= GROW_AFTER_SECONDS:
                self.grow()
        return done

    def submit(self) -> None:
        """Start groups while there is room."""
        with self.lock:
            while (not self.closed and self.running < AHEAD_PER_JOB * len(self.threads)
                   and self.files < AHEAD_FILES and self.bytes < AHEAD_BYTES):
                start = next(self.groups, None)
                if start is None:
                    return
                future: cf.Future[list[ParsedFile]] = cf.Future()
                future.add_done_callback(self._ended)
                self.running += 1
                self.pending.append(future)
                self.todo.put((future, self.paths[start : start + self.per_task]))

    def _parse(self, paths: list[Path]) -> list[ParsedFile]:
        """A group parsed (in a parse thread), each file prepared for the store step."""
        return self._prepared(parse_paths(paths, sandbox=self.sandbox,
                                          known=self.known.__contains__))

    def _prepared(self, files: list[ParsedFile]) -> list[ParsedFile]:
        """Parsed files made ready for the store step (the user's overrides applied)."""
        if self.overrides is None:
            return files
        return [prepare(p, self.overrides) for p in files]

    def _ended(self, future: cf.Future[list[ParsedFile]]) -> None:
        with self.lock:
            self.running -= 1
            if not future.cancelled() and future.exception() is None:
                files = future.result()
                self.files += len(files)
                self.bytes += _held(files)
            self.submit()

    def head(self) -> cf.Future[list[ParsedFile]] | None:
        """The next group in order, None when every group was taken."""
        with self.lock:
            return self.pending[0] if self.pending else None

    def taken(self, files: list[ParsedFile]) -> None:
        """The caller took the head group: make room for more."""
        with self.lock:
            self.taken_any = True
            self.pending.popleft()
            self.files -= len(files)
            self.bytes -= _held(files)
            self.submit()

    def close(self) -> None:
        """Groups not started are dropped; the threads end once their group has."""
        with self.lock:
            self.closed = True
            for future in self.pending:
                future.cancel()  # only those not started yet
            threads = list(self.threads)
        for _thread in threads:
            self.todo.put(None)
        for thread in threads:
            thread.join()


@dataclass
class _Sending:
    """A group between :meth:`_Ahead._send` and :meth:`_Ahead._collect`: its files read
    (``read_paths``) and its request."""

    paths: list[Path]
    parsed: list[ParsedFile | None]
    todo: list[tuple[int, bytes, str]]
    sent: Sent


def _held(files: list[ParsedFile]) -> int:
    """Bytes of these parsed files held in memory (a big file's stay on disk)."""
    return sum(len(p.data) for p in files if isinstance(p.data, bytes))


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
                batch_seconds: float = BATCH_SECONDS, early_files: int = EARLY_FILES,
                store: Callable[[list[ParsedFile]], list[ImportResult]] | None = None,
                ) -> Iterator[list[ImportResult]]:
    """Import files, yielding each batch's results once the batch is committed.

    A batch is stored when it holds ``batch_files`` files, when its first file waited
    ``batch_seconds``, or when it holds ``early_files`` and the next file is not parsed
    yet (:data:`EARLY_FILES`); after each such early batch the next one waits for twice
    as many files, up to ``batch_files``."""
    store = store or (lambda batch: store_batch(project, batch, overrides))
    clean = clean_overrides(overrides)
    check_date(clean.get("published"))
    batch: list[ParsedFile] = []
    started = time.monotonic()
    early = early_files
    # Each file's document row is made in its parse thread, not by the store step: the
    # store step is the import's slower side, the parse side has time to spare.
    for parsed in parse_many(paths, jobs=jobs, sandbox=sandbox,
                             known=known_originals(project), tick=batch_seconds / 4,
                             early=True, overrides=clean):
        if parsed is not None:
            if not batch:
                started = time.monotonic()
            batch.append(parsed)
        if batch and (len(batch) >= batch_files
                      or time.monotonic() - started >= batch_seconds):
            yield store(batch)
            batch = []
        elif parsed is None and len(batch) >= early:
            yield store(batch)
            batch = []
            early = min(batch_files, 2 * early)
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
