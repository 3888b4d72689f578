"""parse_file: untrusted bytes are parsed in a worker process with hard limits.

Workers are fresh interpreters started as ``python -S -m
workbench.core.importers.worker --serve`` (no inherited state; no ``site``, since the
parent's sys.path is handed over; and unlike multiprocessing's "spawn" they never
re-import the caller's main script); in a
frozen application they are started through multiprocessing's "spawn" context
instead, which needs ``multiprocessing.freeze_support()`` in the entry point.
Starting one costs about a tenth of a second, so finished workers are kept in a small pool
and reused; a worker that timed out, crashed or ran out of memory is killed and
never reused, and every worker retires after ``MAX_JOBS_PER_WORKER`` requests.

A request carries one file, or (:func:`parse_files`) up to ``BATCH_MAX_FILES`` small
files sent together, which saves a round trip per file; the worker answers those a
group at a time (one frame for many files, ``GROUP_SECONDS``). Every file of such a
request keeps its own time limit, its own outcome and its own message: when one of them
times out or kills its worker, the files after it are sent again to a fresh worker
(first answered a file at a time, so that the failure is pinned on its file).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import multiprocessing
import os
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workbench.core.encodedtext import EncodedText
from workbench.core.importers import limits, worker
from workbench.core.importers.base import ImportedDocument, ImportRejected
from workbench.core.importers.registry import find_importer, parse_bytes

# Texts of at least this many bytes in UTF-8 are kept as bytes (:class:`EncodedText`).
ENCODED_MIN = 4 << 20

MAX_IDLE_WORKERS = 2
MAX_JOBS_PER_WORKER = 200
# Files sent to a worker in one request (parse_files): each at most SMALL_FILE bytes,
# together at most BATCH_MAX_BYTES, so a request stays small whatever it holds. Each
# request costs the parent a round trip (a send, a reader's wake, a hand-over to the
# parse thread) on the interpreter the store step needs: 64 a request instead of 16
# took a tenth off the parent's CPU for 2,000 small files, and a sixth off the worker's.
SMALL_FILE = 64 * 1024
BATCH_MAX_FILES = 64
BATCH_MAX_BYTES = 1 << 20
# How long a worker holds the replies of a request's parsed files to send them together
# (``worker`` "group"): one frame, one wake of the parent, for many small files.
GROUP_SECONDS = 0.05
_CRASH_SIGNALS = {
    getattr(signal, name): name
    for name in ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE", "SIGTRAP")
    if hasattr(signal, name)
}


class _SubprocessChannel:
    """Parent side of a ``--serve`` worker: frames on its stdin, replies read by a
    thread into a queue so waiting for a reply can time out on every platform."""

    def __init__(self, memory_limit_mb: int, preload: tuple[str, ...]) -> None:
        env = dict(os.environ)
        env[worker.SYS_PATH_ENV] = json.dumps([p for p in sys.path if p])
        env[worker.PARENT_ENV] = str(os.getpid())
        # "-m" must find this package even when it is not installed (source checkout).
        package_root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        debug = bool(os.environ.get("WORKBENCH_IMPORTER_DEBUG"))
        self.proc = subprocess.Popen(
            [
                sys.executable,
                # No ``site``: the worker takes the parent's sys.path (SYS_PATH_ENV), so the
                # site-packages scan and its .pth files (an editable install's finder loads
                # pathlib, urllib and more) were a third of a worker's start for nothing.
                "-S",
                "-m",
                "workbench.core.importers.worker",
                "--serve",
                str(memory_limit_mb),
                *preload,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if debug else subprocess.DEVNULL,  # library chatter stays out of the UI
            env=env,
            close_fds=True,
        )
        self.conn = worker.StreamConnection(self.proc.stdout, self.proc.stdin)  # type: ignore[arg-type]
        self._replies: queue.Queue[bytes | bytearray | None] = queue.Queue()
        threading.Thread(target=self._read_replies, daemon=True, name="importer-reader").start()

    def _read_replies(self) -> None:
        try:
            while True:
                self._replies.put(self.conn.recv_bytes())
        except (EOFError, OSError, ValueError, struct.error):
            self._replies.put(None)  # the worker exited

    def send_bytes(self, payload: bytes) -> None:
        self.conn.send_bytes(payload)

    def send_many(self, payloads: list[bytes]) -> None:
        self.conn.send_many(payloads)

    def recv(self, timeout: float) -> bytes | None:
        """A reply; None on timeout; EOFError when the worker died."""
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            return None
        if reply is None:
            raise EOFError("worker exited")
        return reply

    def is_alive(self) -> bool:
        return self.proc.poll() is None

    def pipe_bytes(self) -> int:
        """Bytes the worker's request pipe holds unread (0 where the system does not say):
        a request that size or smaller is written without waiting for the worker."""
        try:
            import fcntl

            return fcntl.fcntl(self.proc.stdin.fileno(), fcntl.F_GETPIPE_SZ)  # type: ignore[union-attr,attr-defined]
        except (ImportError, AttributeError, OSError, ValueError):
            return 0

    def exitcode(self, wait: float) -> int | None:
        try:
            return self.proc.wait(wait)
        except subprocess.TimeoutExpired:
            return None

    def close(self) -> None:
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError, ValueError):
                stream.close()  # type: ignore[union-attr]

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.exitcode(5)
        self.close()


class _SpawnChannel:
    """Parent side of a multiprocessing "spawn" worker: used in frozen builds,
    where ``sys.executable`` is the application rather than Python (the entry
    point must call ``multiprocessing.freeze_support()``)."""

    def __init__(self, memory_limit_mb: int, preload: tuple[str, ...]) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(
            target=worker.serve,
            args=(child_conn, memory_limit_mb, preload),
            name="workbench-importer",
            daemon=True,
        )
        self.proc.start()
        child_conn.close()

    def send_bytes(self, payload: bytes) -> None:
        self.conn.send_bytes(payload)

    def send_many(self, payloads: list[bytes]) -> None:
        for payload in payloads:
            self.conn.send_bytes(payload)

    def recv(self, timeout: float) -> bytes | None:
        if not self.conn.poll(timeout):
            return None
        return self.conn.recv_bytes()

    def is_alive(self) -> bool:
        return self.proc.is_alive()

    def pipe_bytes(self) -> int:
        return 0  # a connection's buffer is not known: requests are not sent ahead

    def exitcode(self, wait: float) -> int | None:
        self.proc.join(wait)
        return self.proc.exitcode

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.close()


class _Worker:
    """One worker process: requests, replies, and how it ends."""

    def __init__(self, memory_limit_mb: int, preload: tuple[str, ...]) -> None:
        channel = _SpawnChannel if getattr(sys, "frozen", False) else _SubprocessChannel
        self.channel = channel(memory_limit_mb, preload)
        self.memory_limit_mb = memory_limit_mb
        self.jobs = 0

    def request(self, header: dict[str, Any], data: bytes | None, timeout: float) -> dict | None:
        """Send one request; the reply, or None when the worker timed out (it is killed)."""
        self.send(header, [] if data is None else [data])
        return self.receive(timeout, data)

    def send(self, header: dict[str, Any], frames: list[bytes]) -> None:
        """A request's header, then its files' bytes, a frame each."""
        self.channel.send_many([json.dumps(header).encode(), *frames])

    def receive(self, timeout: float, sent: bytes | None = None) -> dict | None:
        """One file's reply (``sent``: the file's bytes); None when the worker timed out
        (it is killed)."""
        reply = self.channel.recv(timeout)
        if reply is None:
            self.kill()
            return None
        answer = json.loads(reply)
        del reply
        ok = answer.get("ok")
        if isinstance(ok, dict) and ok.pop("text_is_input", False) and sent is not None:
            ok["text"] = sent  # the text is the file's bytes: made a string by parse()
        elif isinstance(ok, dict) and ok.pop("text_follows", False):
            frame = self.channel.recv(timeout)  # the text, in a frame of its own
            if frame is None:
                self.kill()
                return None
            ok["text"] = frame  # made an EncodedText by parse()
        return answer

    def receive_group(self, timeout: float, sent: list[bytes]) -> list[dict] | None:
        """The replies of the next files of a grouped request (``sent``: those files'
        bytes, in order), each made as :meth:`receive` makes one; None when the worker
        sent nothing in ``timeout`` (it is killed). ValueError for a frame that is not
        an array of replies, or holds more replies than files are left."""
        frame = self.channel.recv(timeout)
        if frame is None:
            self.kill()
            return None
        answers = json.loads(frame)
        del frame
        if (not isinstance(answers, list) or not answers or len(answers) > len(sent)
                or not all(isinstance(a, dict) for a in answers)):
            raise ValueError("not a group of replies")
        for answer, data in zip(answers, sent, strict=False):
            ok = answer.get("ok")
            if isinstance(ok, dict) and ok.pop("text_is_input", False):
                ok["text"] = data  # the text is the file's bytes: made a string by parse()
            elif isinstance(ok, dict) and ok.pop("text_follows", False):
                text = self.channel.recv(timeout)  # sent right after the group's frame
                if text is None:
                    self.kill()
                    return None
                ok["text"] = text
        return answers

    def is_alive(self) -> bool:
        return self.channel.is_alive()

    def peak_rss_kb(self) -> int | None:
        try:
            reply = self.request({"op": "stats"}, None, 5)
        except (OSError, EOFError, ValueError):
            return None
        return (reply or {}).get("ok", {}).get("peak_rss_kb")

    def exitcode(self) -> int | None:
        return self.channel.exitcode(2)

    def kill(self) -> None:
        self.channel.kill()

    def close(self) -> None:
        """Ask politely (closing its input ends the worker's loop), then insist."""
        self.channel.close()
        if self.channel.exitcode(2) is None:
            self.kill()


class WorkerPool:
    """Reusable importer workers, grouped by memory limit. Thread-safe.

    ``preload`` names modules each worker imports after the built-in importers
    (they may call ``register``); tests use it for deliberately slow importers.
    """

    def __init__(self, preload: Iterable[str] = (), max_idle: int = MAX_IDLE_WORKERS) -> None:
        self.preload = tuple(preload)
        self.max_idle = max_idle
        self._idle: dict[int, list[_Worker]] = {}
        self._lock = threading.Lock()
        self.peak_rss_kb = 0  # largest worker RSS reported so far (fuzzing statistics)
        self.started = 0

    def _acquire(self, memory_limit_mb: int) -> _Worker:
        with self._lock:
            idle = self._idle.get(memory_limit_mb, [])
            while idle:
                w = idle.pop()
                if w.is_alive():
                    return w
                w.kill()
            self.started += 1
        return _Worker(memory_limit_mb, self.preload)

    def _release(self, w: _Worker, reusable: bool) -> None:
        w.jobs += 1
        if reusable and w.jobs < MAX_JOBS_PER_WORKER and w.is_alive():
            with self._lock:
                idle = self._idle.setdefault(w.memory_limit_mb, [])
                if len(idle) < self.max_idle:
                    idle.append(w)
                    return
        self._retire(w)

    def _retire(self, w: _Worker) -> None:
        if w.is_alive():
            rss = w.peak_rss_kb()
            if rss:
                self.peak_rss_kb = max(self.peak_rss_kb, rss)
            w.close()
        else:
            w.kill()

    def prewarm(self, memory_limit_mb: int | None = None, count: int = 1) -> None:
        """Start idle workers now, up to ``count``, so the first files do not wait for
        them: a worker starts in the background while the caller goes on (listing the
        files, opening the project)."""
        limit = memory_limit_mb or limits.MEMORY_LIMIT_MB
        self.max_idle = max(self.max_idle, count)
        with self._lock:
            missing = count - len(self._idle.get(limit, []))
        for _ in range(missing):
            w = _Worker(limit, self.preload)
            with self._lock:
                self.started += 1
                self._idle.setdefault(limit, []).append(w)

    def shutdown(self) -> None:
        with self._lock:
            workers = [w for ws in self._idle.values() for w in ws]
            self._idle.clear()
        for w in workers:
            self._retire(w)

    def parse(
        self, data: bytes, filename: str, *, timeout: float, memory_limit_mb: int
    ) -> ImportedDocument:
        header = {"op": "parse", "filename": filename}
        started = time.monotonic()
        for attempt in (1, 2):
            w = self._acquire(memory_limit_mb)
            try:
                reply = w.request(header, data, timeout)
            except (BrokenPipeError, ConnectionResetError, EOFError, OSError, ValueError) as err:
                code = w.exitcode()
                w.kill()
                if attempt == 1 and isinstance(err, BrokenPipeError | ConnectionResetError):
                    continue  # an idle worker had died; one retry on a fresh one
                raise self._died(filename, code, memory_limit_mb) from None
            except BaseException:
                w.kill()  # e.g. KeyboardInterrupt mid-request: never reuse a busy worker
                raise
            if reply is None:
                raise limits.rejected(
                    filename,
                    f"the file took longer than {timeout:g} s to read and was stopped",
                    limits.ImportTimedOut,
                )
            outcome = self._outcome(reply, filename, memory_limit_mb, started)
            # A worker that hit its memory limit or crashed may be in a bad state.
            self._release(w, _reusable(reply))
            if isinstance(outcome, ImportRejected):
                raise outcome
            return outcome
        raise AssertionError("unreachable")

    def parse_many(
        self, files: list[tuple[bytes, str]], *, timeout: float, memory_limit_mb: int,
        grouped: bool = True,
    ) -> list[ImportedDocument | ImportRejected]:
        """Parse small files with one request per worker instead of one per file.

        One outcome per file, in order: its document or its rejection. Each file has
        ``timeout`` seconds of its own; a file that times out, crashes its worker or
        exhausts its memory is rejected alone, and the files after it go to a fresh
        worker (a file of its own goes through :meth:`parse`, as a single file does).
        With ``grouped`` False the first request is answered a reply a file (files sent
        again after a grouped request failed without saying which file).
        """
        outcomes: list[ImportedDocument | ImportRejected] = []
        while len(outcomes) < len(files):
            todo = files[len(outcomes):]
            if len(todo) == 1:
                data, filename = todo[0]
                try:
                    outcomes.append(self.parse(data, filename, timeout=timeout,
                                               memory_limit_mb=memory_limit_mb))
                except ImportRejected as err:
                    outcomes.append(err)
                continue
            if grouped:
                done = self._parse_grouped(todo, timeout, memory_limit_mb)
                if done is None:  # failed without saying which file: a reply a file
                    grouped = False
                    continue
            else:
                done = self._parse_on_one_worker(todo, timeout, memory_limit_mb)
                grouped = True  # the failure was placed: the next files are grouped again
            outcomes.extend(done)
        return outcomes

    def _parse_grouped(
        self, files: list[tuple[bytes, str]], timeout: float, memory_limit_mb: int
    ) -> list[ImportedDocument | ImportRejected] | None:
        """Outcomes of the first files of ``files`` from one worker that sends their
        replies a group at a time (``worker`` "group"): all of them, or up to and
        including one after which the worker is not reused. None when the worker timed
        out, died or sent what it should not, which a group cannot pin on one file: the
        caller then sends the files again a reply a file (:meth:`_parse_on_one_worker`),
        so each gets the outcome and the message it gets today.

        A worker sends the replies it holds at least every ``GROUP_SECONDS``, and only
        after a file ends, so a file that started at most that long after the last group
        has its whole ``timeout`` before the wait for the next group ends.
        """
        names = [filename for _data, filename in files]
        sent = [data for data, _name in files]
        w = self._acquire(memory_limit_mb)
        try:
            w.send({"op": "parse_many", "filenames": names, "group": GROUP_SECONDS}, sent)
        except (BrokenPipeError, ConnectionResetError, EOFError, OSError, ValueError):
            w.kill()  # an idle worker had died
            return None
        except BaseException:
            w.kill()
            raise
        outcomes = self._grouped_replies(w, names, sent, timeout, memory_limit_mb)
        if outcomes is not None and len(outcomes) == len(files):
            self._release(w, True)
        return outcomes

    def _grouped_replies(
        self, w: _Worker, names: list[str], sent: list[bytes], timeout: float,
        memory_limit_mb: int,
    ) -> list[ImportedDocument | ImportRejected] | None:
        """The outcomes of a "group" request already sent to ``w`` (its files' names and
        bytes): all of them, or up to and including one after which the worker is not
        reused, or None when it timed out, died or sent what it should not. The worker
        is killed whenever fewer than all come back."""
        outcomes: list[ImportedDocument | ImportRejected] = []
        while len(outcomes) < len(names):
            started = time.monotonic()
            try:
                replies = w.receive_group(timeout + GROUP_SECONDS, sent[len(outcomes):])
            except (EOFError, OSError, ValueError):
                w.kill()
                return None
            except BaseException:
                w.kill()
                raise
            if replies is None:  # timed out: killed
                return None
            for reply in replies:
                i = len(outcomes)
                outcomes.append(self._outcome(reply, names[i], memory_limit_mb, started))
                if not _reusable(reply):
                    w.kill()  # the files after this one go to a fresh worker
                    return outcomes
        return outcomes

    def _parse_on_one_worker(
        self, files: list[tuple[bytes, str]], timeout: float, memory_limit_mb: int
    ) -> list[ImportedDocument | ImportRejected]:
        """Outcomes of the first files of ``files``: all of them, or up to and including
        the one that cost the worker its life (the caller sends the rest again)."""
        names = [filename for _data, filename in files]
        w = self._acquire(memory_limit_mb)
        try:
            w.send({"op": "parse_many", "filenames": names}, [data for data, _ in files])
        except (BrokenPipeError, ConnectionResetError, EOFError, OSError, ValueError):
            w.kill()  # an idle worker had died: the first file goes alone, to a fresh one
            return self.parse_many(files[:1], timeout=timeout, memory_limit_mb=memory_limit_mb)
        except BaseException:
            w.kill()
            raise
        outcomes: list[ImportedDocument | ImportRejected] = []
        for filename, (data, _name) in zip(names, files, strict=True):
            started = time.monotonic()
            try:
                reply = w.receive(timeout, data)
            except (EOFError, OSError, ValueError):
                code = w.exitcode()
                w.kill()
                return [*outcomes, self._died(filename, code, memory_limit_mb)]
            except BaseException:
                w.kill()
                raise
            if reply is None:  # the worker was killed
                return [*outcomes, limits.rejected(
                    filename, f"the file took longer than {timeout:g} s to read and was stopped",
                    limits.ImportTimedOut)]
            outcomes.append(self._outcome(reply, filename, memory_limit_mb, started))
            if not _reusable(reply):
                w.kill()  # the files after this one go to a fresh worker
                return outcomes
        self._release(w, True)
        return outcomes

    @staticmethod
    def _outcome(reply: dict, filename: str, memory_limit_mb: int,
                 started: float) -> ImportedDocument | ImportRejected:
        """A worker's reply about one file as its document or its rejection (returned,
        never raised: the files after it in a request still get theirs)."""
        if "ok" in reply:
            try:
                ok = reply["ok"]
                if isinstance(ok.get("text"), bytes | bytearray):
                    ok["text"] = received_text(ok["text"], filename)
                doc = ImportedDocument.from_dict(ok)
            except ImportRejected as err:  # e.g. a text that is not UTF-8
                return err
            except Exception as err:  # a reply not shaped as the protocol says
                return _not_run(filename, err)
            doc.extra.setdefault("import_seconds", round(time.monotonic() - started, 3))
            return doc
        kind = reply.get("error")
        if kind == "rejected":
            exc = ImportRejected(
                reply.get("message")
                or limits.rejected(filename, "the file could not be read").args[0]
            )
            exc.detail = reply.get("detail")  # type: ignore[attr-defined]
            return exc
        if kind == "memory":
            return ImportRejected(
                reply.get("message")
                or limits.rejected(filename, limits.memory_problem(memory_limit_mb)).args[0]
            )
        crash = limits.rejected(
            filename, "the importer failed unexpectedly while reading it", limits.WorkerCrashed
        )
        crash.detail = reply.get("detail")  # type: ignore[attr-defined]
        return crash

    @staticmethod
    def _died(filename: str, exitcode: int | None, memory_limit_mb: int) -> ImportRejected:
        if exitcode is not None and exitcode < 0 and -exitcode in _CRASH_SIGNALS:
            problem = (
                "the reader crashed on this file (it is probably damaged or crafted), "
                "so it was not imported"
            )
        else:
            # SIGKILL from the system's out-of-memory killer, or an abort on allocation.
            problem = (
                f"the reader stopped unexpectedly (the file may be damaged or need more "
                f"than {memory_limit_mb} MB of memory), so it was not imported"
            )
        exc = limits.rejected(filename, problem, limits.WorkerCrashed)
        exc.detail = f"worker exit code {exitcode}"  # type: ignore[attr-defined]
        return exc


def _reusable(reply: dict) -> bool:
    """Whether the worker that sent this reply may parse another file."""
    return worker.reusable(reply)


_default_pool: WorkerPool | None = None
_default_lock = threading.Lock()


def default_pool() -> WorkerPool:
    global _default_pool
    with _default_lock:
        if _default_pool is None:
            _default_pool = WorkerPool()
            atexit.register(_default_pool.shutdown)
        return _default_pool


def prewarm(count: int = 1) -> None:
    """Start workers in the background, up to ``count`` (e.g. when the import dialog
    opens, or as an import of many files begins)."""
    # On failure the import itself will report the problem.
    with contextlib.suppress(OSError):
        default_pool().prewarm(count=count)


def shutdown() -> None:
    """Stop idle workers (they also stop on their own when the application exits)."""
    if _default_pool is not None:
        _default_pool.shutdown()


def received_text(frame: bytes | bytearray, filename: str) -> str | EncodedText:
    """The text frame a worker sent: a big one stays UTF-8 (decoding it would cost up
    to four times the file); an ordinary one becomes a string."""
    if len(frame) >= ENCODED_MIN:
        return EncodedText(frame, filename)
    try:
        return frame.decode("utf-8")
    except UnicodeDecodeError:
        return EncodedText(frame, filename)  # raises the one-sentence refusal


def parse_file(
    data: bytes,
    filename: str,
    *,
    timeout: float | None = None,
    memory_limit_mb: int | None = None,
    sandbox: bool = True,
    pool: WorkerPool | None = None,
) -> ImportedDocument:
    """Turn a file's bytes into an ImportedDocument or raise ImportRejected.

    The bytes are untrusted: they are parsed in a worker process killed after
    ``timeout`` seconds (default ``TIME_LIMIT_S``) and limited to
    ``memory_limit_mb`` of address space (default ``MEMORY_LIMIT_MB``). Pass
    ``sandbox=False`` only for trusted bytes: parsing then happens in this
    process without time or memory limits (fast, used by tests of the core).
    Only ImportRejected ever leaves this function; its message is one sentence
    that starts with the file's name.
    """
    try:
        data = bytes(data)
        filename = str(filename or "file")
        limits.check_size(data, filename)
        if not sandbox:
            return parse_bytes(data, filename)
        find_importer(data, filename)  # unknown kinds are refused without a worker
        return (pool or default_pool()).parse(data, filename,
                                              **_limits(timeout, memory_limit_mb))
    except ImportRejected:
        raise
    except MemoryError:
        raise limits.rejected(filename, limits.memory_problem()) from None
    except Exception as err:  # e.g. the worker could not be started
        raise _not_run(filename, err) from err


def parse_files(
    files: list[tuple[bytes, str]],
    *,
    timeout: float | None = None,
    memory_limit_mb: int | None = None,
    pool: WorkerPool | None = None,
) -> list[ImportedDocument | ImportRejected]:
    """:func:`parse_file` for several files at once: one outcome per file, in order.

    Files of at most ``SMALL_FILE`` bytes are sent to a worker together, up to
    ``BATCH_MAX_FILES`` or ``BATCH_MAX_BYTES`` per request, each with the limits and the
    one-sentence rejection it would get on its own; larger files go one at a time.
    """
    outcomes, ready = _checked(files)
    limit = _limits(timeout, memory_limit_mb)
    outcomes.update(_parse_ready(ready, pool or default_pool(), limit))
    return [outcomes[i] for i in range(len(files))]


def _limits(timeout: float | None, memory_limit_mb: int | None) -> dict[str, Any]:
    return dict(timeout=float(timeout if timeout is not None else limits.TIME_LIMIT_S),
                memory_limit_mb=int(memory_limit_mb or limits.MEMORY_LIMIT_MB))


def _checked(files: list[tuple[bytes, str]]
             ) -> tuple[dict[int, ImportedDocument | ImportRejected], list[tuple[int, bytes, str]]]:
    """The files refused without a worker (too large, of no known kind) by position, and
    the others, each with its position."""
    outcomes: dict[int, ImportedDocument | ImportRejected] = {}
    ready: list[tuple[int, bytes, str]] = []
    for i, (data, filename) in enumerate(files):
        try:
            data, filename = bytes(data), str(filename or "file")
            limits.check_size(data, filename)
            find_importer(data, filename)  # unknown kinds are refused without a worker
            ready.append((i, data, filename))
        except ImportRejected as err:
            outcomes[i] = err
        except MemoryError:
            outcomes[i] = limits.rejected(filename, limits.memory_problem())
    return outcomes, ready


def _parse_ready(ready: list[tuple[int, bytes, str]], pool: WorkerPool,
                 limit: dict[str, Any], grouped: bool = True,
                 ) -> dict[int, ImportedDocument | ImportRejected]:
    """Outcomes of checked files by position, a request at a time (:func:`_requests`)."""
    outcomes: dict[int, ImportedDocument | ImportRejected] = {}
    for group in _requests(ready):
        try:
            done = pool.parse_many([(data, filename) for _i, data, filename in group],
                                   grouped=grouped, **limit)
        except Exception as err:  # e.g. no worker could be started
            done = [_not_run(filename, err) for _i, _data, filename in group]
        outcomes.update(zip((i for i, _d, _f in group), done, strict=True))
    return outcomes


def _not_run(filename: str, err: Exception) -> ImportRejected:
    """The rejection of a file the importer never got to read (``err`` kept as detail)."""
    exc = limits.rejected(filename, "the importer could not run, so the file was not read")
    exc.detail = f"{type(err).__name__}: {err}"  # type: ignore[attr-defined]
    return exc


def _requests(files: list[tuple[int, bytes, str]]) -> list[list[tuple[int, bytes, str]]]:
    """Files grouped into requests: small ones together, any other alone."""
    groups: list[list[tuple[int, bytes, str]]] = []
    small: list[tuple[int, bytes, str]] | None = None  # the group small files join
    size = 0
    for item in files:
        n = len(item[1])
        if n > SMALL_FILE:
            groups.append([item])
            small = None
            continue
        if small is None or len(small) >= BATCH_MAX_FILES or size + n > BATCH_MAX_BYTES:
            small, size = [], 0
            groups.append(small)
        small.append(item)
        size += n
    return groups
