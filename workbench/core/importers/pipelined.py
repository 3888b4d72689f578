"""Requests of small files sent to one worker ahead of reading the replies before them.

:func:`sandbox.parse_files` sends a request and waits for its replies: the parent's
thread idles while the worker parses, and the worker idles while the parent reads the
next files, hashes them and takes in the replies. :class:`RequestsAhead` keeps one
worker for a thread and lets it send the next request first (:meth:`RequestsAhead.send`)
and collect the one before after (:meth:`RequestsAhead.collect`), so both run at once.

Every file keeps what :func:`sandbox.parse_files` gives it: its limits, its own outcome
and message. A request is sent ahead only when it fits in the worker's request pipe
(the write then never waits for a worker busy on an earlier file, so a worker that hangs
is still stopped by the wait for its replies) and at most one request waits behind the
one being parsed. When a request's replies fail (a timeout, a crash, a reply after which
the worker is not reused), the worker is stopped and that request's files, and those of
a request sent behind it, are parsed again as :func:`sandbox.parse_files` parses them
(the failure pinned on its file). Where the pipe's size is not known (not Linux, a
frozen build), for a request of one file (a big file goes alone) and for one larger than
the pipe, the files are parsed when collected, as before, on the worker held here once
the requests ahead are collected (given back to the pool for them: a second worker
started for them would cost as much as parsing a few hundred small files).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from workbench.core.importers import sandbox
from workbench.core.importers.base import ImportedDocument, ImportRejected

Outcome = ImportedDocument | ImportRejected
# Requests sent and not collected, at most: one parsed, one waiting in the pipe.
IN_FLIGHT = 2
_FRAME_HEADER = 4  # bytes before each frame (``worker.StreamConnection``)


@dataclass
class Sent:
    """One request's files, as given to :meth:`RequestsAhead.send`."""

    files: list[tuple[bytes, str]]
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    ready: list[tuple[int, bytes, str]] = field(default_factory=list)
    worker: sandbox._Worker | None = None  # the worker it was sent to, if sent ahead


class RequestsAhead:
    """One thread's requests to one worker, sent before the replies ahead of them are
    read. Not thread-safe: one per thread, collected in the order sent."""

    def __init__(self, pool: sandbox.WorkerPool | None = None, *,
                 timeout: float | None = None, memory_limit_mb: int | None = None) -> None:
        self.pool = pool or sandbox.default_pool()
        self.limit = sandbox._limits(timeout, memory_limit_mb)
        self.worker: sandbox._Worker | None = None
        self.in_flight: list[Sent] = []
        self.unsent = 0  # requests to be parsed when collected, not collected yet

    def send(self, files: list[tuple[bytes, str]]) -> Sent:
        """Start parsing ``files`` (bytes, name): sent now when they make one request
        that fits the pipe, else parsed when collected."""
        sent = Sent(files)
        sent.outcomes, sent.ready = sandbox._checked(files)
        if sent.ready and not self._send_ahead(sent):
            # Parsed when collected, on the worker held here once it is given back (the
            # requests before it collected first), so no second worker is started.
            self.unsent += 1
        return sent

    def _send_ahead(self, sent: Sent) -> bool:
        """Whether ``sent`` went to the worker now (see the module's docstring)."""
        if self.unsent or len(self.in_flight) >= IN_FLIGHT:
            return False
        if len(sent.ready) < 2 or len(sandbox._requests(sent.ready)) != 1:
            return False  # a file alone (a big one goes alone), or more than one request
        header = json.dumps({"op": "parse_many", "filenames": [n for _i, _d, n in sent.ready],
                             "group": sandbox.GROUP_SECONDS}).encode()
        frames = [data for _i, data, _n in sent.ready]
        size = len(header) + sum(map(len, frames)) + _FRAME_HEADER * (1 + len(frames))
        worker = self._worker()
        if worker is None or size > worker.channel.pipe_bytes():
            return False
        try:
            worker.channel.send_many([header, *frames])
        except (OSError, EOFError, ValueError):  # an idle worker had died
            self._drop()
            return False
        worker.jobs += 1
        sent.worker = worker
        self.in_flight.append(sent)
        return True

    def collect(self, sent: Sent) -> list[Outcome]:
        """The outcomes of a request, one per file, in order (requests are collected in
        the order they were sent)."""
        if sent.worker is not None:
            assert self.in_flight and self.in_flight[0] is sent, "collected out of order"
            self.in_flight.pop(0)
            if sent.worker is self.worker:
                done = self._replies(sent)
                grouped = done is not None  # a failure not pinned on a file: a reply a file
            else:  # sent behind a request whose worker was stopped: never parsed
                done, grouped = [], True
            rest = sent.ready[len(done or []):]
            sent.outcomes.update(zip((i for i, _d, _n in sent.ready), done or [],
                                     strict=False))
        else:
            rest, grouped = sent.ready, True
            if rest:
                self.unsent -= 1
                if not self.in_flight:
                    self._give_back()
        if rest:
            sent.outcomes.update(sandbox._parse_ready(rest, self.pool, self.limit, grouped))
        return [sent.outcomes[i] for i in range(len(sent.files))]

    def _replies(self, sent: Sent) -> list[Outcome] | None:
        """The replies of a request sent ahead: all of them, those up to one after which
        the worker is not reused (it is stopped), or None when the worker timed out,
        died or sent what it should not (it is stopped)."""
        assert sent.worker is not None
        names = [n for _i, _d, n in sent.ready]
        outcomes: list[Outcome] | None = None
        try:
            outcomes = self.pool._grouped_replies(
                sent.worker, names, [d for _i, d, _n in sent.ready], self.limit["timeout"],
                self.limit["memory_limit_mb"])
        finally:
            if outcomes is None or len(outcomes) < len(names):
                self._drop()  # killed there: forgotten here
        return outcomes

    def _worker(self) -> sandbox._Worker | None:
        """The worker requests are sent to: the one held, a new one once it has served
        its requests (when nothing is in flight), None when none could be had."""
        if self.worker is not None and self.worker.jobs >= sandbox.MAX_JOBS_PER_WORKER - 1:
            if self.in_flight:
                return None
            self.pool._release(self.worker, True)  # retired there
            self.worker = None
        if self.worker is None:
            try:
                self.worker = self.pool._acquire(self.limit["memory_limit_mb"])
            except Exception:  # the files are then parsed as before, and say why
                return None
        return self.worker

    def _drop(self) -> None:
        """Stop the worker held: requests sent to it are parsed again when collected."""
        if self.worker is not None:
            self.worker.kill()
            self.worker = None

    def _give_back(self) -> None:
        """The worker held, idle, back to the pool (which reuses or retires it)."""
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.jobs -= 1  # counted again by the pool
            self.pool._release(worker, True)

    def close(self) -> None:
        """Give the worker back to the pool (stopped if requests were left in flight)."""
        if self.in_flight:
            self._drop()
            self.in_flight.clear()
        self._give_back()
