"""The importer worker: a separate process that parses untrusted bytes.

It is started by :mod:`workbench.core.importers.sandbox` as
``python -m workbench.core.importers.worker --serve MEMORY_MB [MODULE...]``
(or, in a frozen application, through multiprocessing's "spawn" context),
applies its own limits first (address space, no core dumps, no network), then
answers requests until its input closes.

Protocol (length-prefixed frames): the parent sends a JSON
header ``{"op": "parse", "filename": ...}`` followed by the raw file bytes,
``{"op": "parse_many", "filenames": [...]}`` followed by each file's bytes in a frame
of its own, or ``{"op": "stats"}``. The worker answers each file with one JSON object:
``{"ok": {...}}`` (the ImportedDocument fields; the text in a frame of its own after
it, flagged ``text_follows``, or flagged ``text_is_input`` when it is exactly the file's
bytes, which the parent has) or ``{"error": kind, "message": ...,
"detail": ...}`` with kind "rejected", "memory" or "crash". JSON, not pickle, so a worker
subverted by a crafted file cannot make the parent run code when it unpickles.

A ``parse_many`` header may say ``"group": SECONDS``: the worker then sends the answers
of several files in one frame, a JSON array of them (the texts that follow, in a frame
each, after it), whenever ``SECONDS`` have passed since its last such frame, at the last
file, and at once after an answer that ends its use ("memory", "crash"), after which it
parses no more of the request. One frame and one wake of the parent for many small
files instead of one each; the parent falls back to the answer-a-frame way when a
grouped request fails without saying which file failed (``sandbox``).

``python -m workbench.core.importers.worker FILE...`` parses files in this
process with the same limits and prints the result: handy to reproduce a fuzz
finding under a debugger.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import struct
import sys
import time

from workbench.core.errors import ImportRejected

# Only the modules the worker needs, never the package itself: the package
# imports the sandbox, which imports this module. The built-in importers are
# registered all the same, because Python runs the package ``__init__`` before
# any of its modules, this one included.
from workbench.core.importers import limits
from workbench.core.importers.registry import parse_bytes

# PARENT_ENV is named here by the sandbox that starts this worker.
from workbench.core.parentwatch import PARENT_ENV, die_with_parent  # noqa: F401

TYPE_CHECKING = False  # the worker starts without ``typing`` (~9 M instructions)
if TYPE_CHECKING:
    from typing import Any, BinaryIO

# The parent's sys.path, so a worker sees the same modules (source checkouts, tests).
SYS_PATH_ENV = "WORKBENCH_IMPORTER_SYS_PATH"
# Files at least this large are followed by a full garbage collection in the worker.
GC_AFTER_BYTES = 1 << 20


def apply_limits(memory_limit_mb: int | None) -> None:
    """Cap this process's address space and switch off core dumps (POSIX only)."""
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout is the only limit
        return
    # try/except rather than ``contextlib.suppress``: the worker starts without contextlib
    try:  # noqa: SIM105
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
    if memory_limit_mb:
        limit = int(memory_limit_mb) * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY and hard < limit:
            limit = hard
        # Some platforms refuse RLIMIT_AS (macOS); the parent's timeout still applies.
        try:  # noqa: SIM105
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):
            pass


NO_NETWORK = "network access is disabled while importing files"
# The audit events the socket module raises before it connects or looks a name up (also
# when a library calls ``_socket`` itself).
NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                            "socket.gethostbyaddr", "socket.getnameinfo"})


def block_network() -> None:
    """Make any socket connection or DNS lookup fail inside the worker.

    The importers never ask for the network; this guards against a library
    deciding to fetch something named inside a document.
    """
    if "socket" not in sys.modules:
        # A worker has not loaded ``socket`` (~17 M instructions, a seventh of its
        # start, for a guard): an audit hook refuses every connection and look-up,
        # whenever something loads it.
        sys.addaudithook(_refuse_network)
        return
    import socket

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(NO_NETWORK)

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]


def _refuse_network(event: str, _args: tuple[Any, ...]) -> None:
    if event in NETWORK_EVENTS:
        raise OSError(NO_NETWORK)


def _peak_rss_kb() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss  # macOS reports bytes


def handle(data: bytes, filename: str) -> dict[str, Any]:
    """Parse one file and describe the outcome as a JSON-able dict."""
    try:
        doc = parse_bytes(data, filename)
        return {"ok": doc.to_dict()}
    except limits.MemoryLimitExceeded as err:
        return {"error": "memory", "message": str(err)}
    except ImportRejected as err:
        return {"error": "rejected", "message": str(err), "detail": getattr(err, "detail", None)}
    except MemoryError:
        return {"error": "memory"}
    except BaseException as err:  # reported to the parent, which decides what the user sees
        if isinstance(err, KeyboardInterrupt):
            raise
        return {"error": "crash", "detail": _crash_detail(err)}


def _crash_detail(err: BaseException) -> str:
    """The end of a crashed parser's traceback, for the parent's log."""
    # ``traceback`` (with ``linecache``, ``tokenize`` and ``textwrap``) is loaded only
    # when a parser crashes: at every worker's start it was ~12 M instructions (a tenth
    # of a start), before the first file of every import could be parsed.
    try:
        import traceback

        tb = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    except MemoryError:  # the crash left too little to load it: the error alone
        tb = f"{type(err).__name__}: {err}"
    return tb[-2000:]


def _reply(conn: Any, reply: dict[str, Any], sent: bytes | None = None) -> None:
    reply, body = _prepared(reply, sent)
    try:
        payload = json.dumps(reply, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except MemoryError:
        reply.clear()
        payload, body = b'{"error": "memory"}', None
    conn.send_bytes(payload)
    if body is not None:
        conn.send_bytes(body)


def _prepared(reply: dict[str, Any], sent: bytes | None = None
              ) -> tuple[dict[str, Any], bytes | None]:
    """A reply made ready to send: the reply, and the text to send after it, if any."""
    # A document's text goes in a frame of its own, as plain UTF-8: escaping it into the
    # JSON would make the parent hold the JSON bytes, the parsed JSON and the text at once.
    # A text that is exactly the bytes ``sent`` (most UTF-8 text files) is not sent back
    # at all: the parent has those bytes already.
    text = reply["ok"].pop("text", None) if isinstance(reply.get("ok"), dict) else None
    try:
        body = text.encode("utf-8", "surrogatepass") if text is not None else None
        if body is not None and body == sent:
            reply["ok"]["text_is_input"] = True
            body = None
        elif body is not None:
            reply["ok"]["text_follows"] = True
    except MemoryError:
        return {"error": "memory"}, None
    return reply, body


def _send_group(conn: Any, ready: list[tuple[dict[str, Any], bytes | None]]) -> None:
    """The replies of several files as one frame, then their texts, a frame each."""
    try:
        payload = json.dumps([r for r, _b in ready], ensure_ascii=False).encode(
            "utf-8", "surrogatepass")
    except MemoryError:  # the parent sees the worker gone and asks again, one by one
        raise SystemExit(1) from None
    frames = [payload, *(b for _r, b in ready if b is not None)]
    if hasattr(conn, "send_many"):  # one flush for them all (StreamConnection)
        conn.send_many(frames)
    else:  # multiprocessing's connection (frozen builds)
        for frame in frames:
            conn.send_bytes(frame)


def reusable(reply: dict[str, Any]) -> bool:
    """Whether the worker that made this reply may parse another file (the parent's
    rule too: after running out of memory or crashing it may be in a bad state)."""
    return "ok" in reply or reply.get("error") == "rejected"


class StreamConnection:
    """Length-prefixed frames over two binary streams (the worker's stdin/stdout).

    Mirrors the two methods of ``multiprocessing.connection.Connection`` that
    :func:`serve` uses, so the same loop runs under either transport.
    """

    _HEADER = struct.Struct("<Q")

    def __init__(self, reader: BinaryIO, writer: BinaryIO) -> None:
        self.reader, self.writer = reader, writer

    def _read_exact(self, n: int) -> bytearray:
        # Read into one buffer of the final size: joining chunks would hold the frame twice.
        buf = bytearray(n)
        view = memoryview(buf)
        pos = 0
        while pos < n:
            got = self.reader.readinto(view[pos : pos + min(n - pos, 1 << 20)])  # type: ignore[attr-defined]
            if not got:
                raise EOFError("stream closed")
            pos += got
        view.release()
        return buf

    def recv_bytes(self) -> bytearray:
        """Read one frame (a bytearray: it is not copied once more into bytes)."""
        (size,) = self._HEADER.unpack(self._read_exact(self._HEADER.size))
        return self._read_exact(size)

    def send_bytes(self, payload: bytes) -> None:
        """Write one frame and flush it."""
        self.send_many([payload])

    def send_many(self, payloads: list[bytes]) -> None:
        """Write frames and flush once: a request of many small files is then one or a
        few writes to the pipe, not two per file."""
        for payload in payloads:
            self.writer.write(self._HEADER.pack(len(payload)))
            self.writer.write(payload)
        self.writer.flush()


def serve(conn: Any, memory_limit_mb: int | None, preload: tuple[str, ...] = ()) -> None:
    """Worker main loop: the multiprocessing target, or reached via ``--serve``."""
    die_with_parent()
    apply_limits(memory_limit_mb)
    block_network()
    limits.ACTIVE_MEMORY_LIMIT_MB = memory_limit_mb

    for module in preload:  # extra importers, e.g. from tests
        importlib.import_module(module)
    while True:
        try:
            header = json.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return  # the parent closed the pipe or went away
        op = header.get("op")
        if op == "stats":
            _reply(conn, {"ok": {"peak_rss_kb": _peak_rss_kb(), "pid": os.getpid()}})
            continue
        if op == "parse_many":
            names = [str(n or "file") for n in header.get("filenames") or []]
            try:
                # Every file is read before any reply is written: the parent, which
                # writes them all first, then never waits on a full pipe in both directions.
                files = [bytes(conn.recv_bytes()) for _ in names]
            except (EOFError, OSError, MemoryError):
                return  # the parent sees the worker gone, as after a crash
            group = header.get("group")
            if isinstance(group, int | float) and group > 0:
                _parse_grouped(conn, files, names, float(group))
                continue
            for name in names:
                _parse_next(conn, files, name)
            continue
        if op != "parse":
            return
        try:
            pending = [bytes(conn.recv_bytes())]  # importers expect bytes
        except (EOFError, OSError):
            return
        except MemoryError:
            _reply(conn, {"error": "memory"})
            continue
        _parse_next(conn, pending, str(header.get("filename") or "file"))


def _parse_next(conn: Any, pending: list[bytes], filename: str) -> None:
    """Parse the first of the files received and send its reply. The file is taken out of
    ``pending`` so that its bytes are freed before the reply is sent (a big file's bytes
    and its text are not held together with the reply)."""
    data = pending.pop(0)
    big = len(data) >= GC_AFTER_BYTES
    reply = handle(data, filename)
    if big:
        del data
        _reply(conn, reply)
    else:  # a small file's text may be its bytes: then they are not sent back
        _reply(conn, reply, data)
        del data
    del reply
    if big:
        # Give memory back before the next, possibly larger, file. Not after small
        # ones: a full collection over the loaded parsing libraries costs ~20 ms,
        # which was most of a small text file's time; reference counting frees the rest.
        gc.collect()


def _parse_grouped(conn: Any, files: list[bytes], names: list[str], wait: float) -> None:
    """Parse the files of a grouped request in order, sending their replies a group at a
    time (see the module's docstring): a group ends ``wait`` seconds after the last
    one, at the last file, or at a reply after which this worker parses no more."""
    held: list[tuple[dict[str, Any], bytes | None]] = []
    sent_at = time.monotonic()
    for name in names:
        data = files.pop(0)
        started = time.monotonic()
        reply = handle(data, name)
        ok = reply.get("ok")
        if isinstance(ok, dict) and isinstance(ok.get("extra"), dict):
            # The parent cannot time one file of a group: the worker says how long it took.
            ok["extra"].setdefault("import_seconds", round(time.monotonic() - started, 3))
        held.append(_prepared(reply, data))
        big = len(data) >= GC_AFTER_BYTES
        del data, reply
        stop = not reusable(held[-1][0])
        if stop or not files or time.monotonic() - sent_at >= wait:
            _send_group(conn, held)
            held = []
            sent_at = time.monotonic()
        if stop:
            return
        if big:
            gc.collect()  # as after a big file of a request answered a file at a time


def _serve_stdio(memory_limit_mb: int | None, preload: tuple[str, ...]) -> int:
    """``--serve``: frames on stdin/stdout. Anything a library prints would corrupt
    the protocol, so the protocol gets a private copy of fd 1 and fd 1 itself is
    pointed at stderr (this also catches C code writing to stdout)."""
    extra = os.environ.get(SYS_PATH_ENV)
    if extra:
        for entry in reversed(json.loads(extra)):
            if entry not in sys.path:
                sys.path.insert(0, entry)
    out_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    conn = StreamConnection(os.fdopen(0, "rb", buffering=0), os.fdopen(out_fd, "wb"))
    serve(conn, memory_limit_mb, preload)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line of the worker: ``--serve`` for the sandbox, or files to parse for debugging."""
    from pathlib import Path

    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--serve":
        memory = int(args[1]) if len(args) > 1 and args[1] != "0" else None
        return _serve_stdio(memory, tuple(args[2:]))
    if not args or args[0] in ("-h", "--help"):
        print(
            "usage: python -m workbench.core.importers.worker FILE...  (parses in-process "
            "with the worker's memory limit and no network)"
        )
        return 0
    apply_limits(limits.MEMORY_LIMIT_MB)
    block_network()
    for name in args:
        reply = handle(Path(name).read_bytes(), Path(name).name)
        if "ok" in reply:
            reply["ok"]["text"] = reply["ok"]["text"][:500]
        print(json.dumps(reply, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
