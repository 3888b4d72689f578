"""parse_file's worker: limits, timeouts, crashes, and nothing but ImportRejected escaping."""

from __future__ import annotations

import importlib
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.importers.importer_samples import assert_one_sentence
from workbench.core.importers import (
    SUPPORTED_EXTENSIONS,
    ImportRejected,
    ImportTimedOut,
    WorkerCrashed,
    WorkerPool,
    limits,
    parse_bytes,
    parse_file,
    registry,
    sandbox,
)

PLUGIN = '''
"""Test-only importers, loaded into workers with WorkerPool(preload=...)."""
import os
import signal
import time

from workbench.core.importers import register
from workbench.core.importers.base import ImportedDocument


class _Base:
    version = "0"
    damaged = "the test file is damaged"

    def sniff(self, data, filename):
        return False


class Slow(_Base):
    name, extensions = "slowtest", (".slowtest",)

    def parse(self, data, filename):
        time.sleep(60)


class Hog(_Base):
    name, extensions = "hogtest", (".hogtest",)

    def parse(self, data, filename):
        blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB
        return blocks


class Crash(_Base):
    name, extensions = "crashtest", (".crashtest",)

    def parse(self, data, filename):
        os.kill(os.getpid(), signal.SIGSEGV)


class Boom(_Base):
    name, extensions = "boomtest", (".boomtest",)

    def parse(self, data, filename):
        raise KeyError("internal detail that must not reach the user")


class Echo(_Base):
    name, extensions = "echotest", (".echotest",)

    def parse(self, data, filename):
        return ImportedDocument(text=data.decode(), importer="echo", importer_version="0",
                                media_type="text/plain", extra={"pid": os.getpid()})


class Surrogate(_Base):
    name, extensions = "surrtest", (".surrtest",)

    def parse(self, data, filename):  # a text that cannot travel back as UTF-8
        return ImportedDocument(text="half \\ud800 a pair", importer="surr",
                                importer_version="0", media_type="text/plain")


IMPORTERS = [Slow(), Hog(), Crash(), Boom(), Echo(), Surrogate()]
for _imp in IMPORTERS:
    register(_imp)
'''


def pool_with_plugin(tmp_path_factory: pytest.TempPathFactory,
                     module: str) -> Iterator[WorkerPool]:
    """A private pool whose workers also load the test-only importers of ``PLUGIN``,
    written as ``module`` (a test file's own name registers them in its process too);
    the registry, ``sys.path`` and ``sys.modules`` are put back afterwards."""
    folder = tmp_path_factory.mktemp("plugin")
    (folder / f"{module}.py").write_text(textwrap.dedent(PLUGIN))
    sys.path.insert(0, str(folder))  # workers inherit the parent's sys.path
    saved = list(registry._IMPORTERS)
    importlib.import_module(module)  # registers in this process too (the parent's check)
    pool = WorkerPool(preload=[module])
    yield pool
    pool.shutdown()
    registry._IMPORTERS[:] = saved
    sys.path.remove(str(folder))
    sys.modules.pop(module, None)


@pytest.fixture(scope="module")
def plugin_pool(tmp_path_factory: pytest.TempPathFactory):
    yield from pool_with_plugin(tmp_path_factory, "wb_importer_test_plugin")


def test_timeout_kills_the_worker(plugin_pool: WorkerPool) -> None:
    start = time.monotonic()
    with pytest.raises(ImportTimedOut) as info:
        parse_file(b"x", "slow.slowtest", timeout=1, pool=plugin_pool)
    assert time.monotonic() - start < 5
    assert str(info.value) == (
        "slow.slowtest: the file took longer than 1 s to read and was stopped."
    )
    # The next file gets a fresh worker and works.
    assert parse_file(b"fine", "ok.echotest", pool=plugin_pool).text == "fine"


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_memory_limit(plugin_pool: WorkerPool) -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(b"x", "hog.hogtest", memory_limit_mb=512, pool=plugin_pool)
    assert str(info.value) == (
        "hog.hogtest: reading it needed more than 512 MB of memory, so it was stopped."
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_crashing_worker(plugin_pool: WorkerPool) -> None:
    with pytest.raises(WorkerCrashed) as info:
        parse_file(b"x", "bad.crashtest", pool=plugin_pool)
    assert_one_sentence(str(info.value), "bad.crashtest")
    assert "crashed" in str(info.value)
    assert parse_file(b"after", "ok.echotest", pool=plugin_pool).text == "after"


def test_unexpected_exception_becomes_one_sentence(plugin_pool: WorkerPool) -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(b"x", "odd.boomtest", pool=plugin_pool)
    assert str(info.value) == "odd.boomtest: the test file is damaged."
    assert "KeyError" in info.value.detail  # kept for logs, not shown to users
    # In-process, the same wrapping applies.
    with pytest.raises(ImportRejected) as info:
        parse_bytes(b"x", "odd.boomtest")
    assert str(info.value) == "odd.boomtest: the test file is damaged."


def test_workers_are_reused(plugin_pool: WorkerPool) -> None:
    pids = {parse_file(b"a", f"{i}.echotest", pool=plugin_pool).extra["pid"] for i in range(5)}
    assert len(pids) == 1


def test_rejections_before_any_worker() -> None:
    pool = WorkerPool()
    for data, name, words in [
        (b"", "empty.txt", "empty"),
        (b"\x00" * 100, "data.xyz", "cannot be imported"),
        (b"MZ\x90\x00", "setup.exe", "cannot be imported"),
    ]:
        with pytest.raises(ImportRejected) as info:
            parse_file(data, name, pool=pool)
        assert_one_sentence(str(info.value), name)
        assert words in str(info.value)
    assert pool.started == 0


def test_oversized_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"a" * (limits.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRejected) as info:
        parse_file(data, "huge.txt")
    assert str(info.value) == (
        "huge.txt: the file is 200 MB, larger than the 200 MB limit, so it was not opened."
    )


def test_name_in_messages_is_the_base_name() -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(b"", "/home/me/Reports/\nodd.txt")
    assert str(info.value) == "odd.txt: the file is empty."


def _bare_interpreter_start() -> float:
    """Wall seconds to start and end a Python without ``site``, as the worker starts."""
    import subprocess

    start = time.monotonic()
    subprocess.run([sys.executable, "-S", "-c", "pass"], check=True)
    return time.monotonic() - start


def test_small_text_file_is_fast_even_with_a_fresh_worker() -> None:
    # A fresh worker's first answer costs about six bare interpreter starts (130 ms
    # against 21 ms on a quiet machine). A fixed 1.5 s was once exceeded on a machine
    # loaded by other test runs, where every start is slower alike, so the bound is also
    # measured here: 25 starts, taken around the parse, and never below 1.5 s. A worker
    # that imported something heavy or waited for nothing still goes past both.
    pool = WorkerPool()
    try:
        before = _bare_interpreter_start()
        start = time.monotonic()
        doc = parse_file(b"A short note.", "note.txt", pool=pool)
        took = time.monotonic() - start
        baseline = (before + _bare_interpreter_start()) / 2
        assert took < max(1.5, 25 * baseline), (took, baseline)
        assert doc.text == "A short note."
    finally:
        pool.shutdown()


def test_sandbox_false_parses_in_process() -> None:
    doc = parse_file(b"Trusted bytes.", "t.txt", sandbox=False)
    assert doc.text == "Trusted bytes."
    assert "import_seconds" not in doc.extra


def test_supported_extensions() -> None:
    for ext in (".pdf", ".docx", ".html", ".htm", ".mht", ".mhtml", ".eml", ".txt", ".md"):
        assert ext in SUPPORTED_EXTENSIONS


def test_worker_command_line(tmp_path: Path) -> None:
    import subprocess

    path = tmp_path / "cli.txt"
    path.write_text("Command line check.")
    out = subprocess.run(
        [sys.executable, "-m", "workbench.core.importers.worker", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert '"text": "Command line check."' in out


def test_files_sent_in_one_request_keep_their_own_outcomes(plugin_pool: WorkerPool) -> None:
    parse_file(b"warm", "warm.echotest", pool=plugin_pool)  # the request starts on a warm worker
    files = [(b"one", "1.echotest"), (b"x", "slow.slowtest"), (b"two", "2.echotest"),
             (b"x", "odd.boomtest"), (b"three", "3.echotest")]
    if sys.platform != "win32":
        files += [(b"x", "bad.crashtest"), (b"four", "4.echotest")]
    out = plugin_pool.parse_many(files, timeout=4, memory_limit_mb=limits.MEMORY_LIMIT_MB)
    assert len(out) == len(files)
    assert [o.text for o in out[0:5:2]] == ["one", "two", "three"]  # type: ignore[union-attr]
    assert isinstance(out[1], ImportTimedOut)
    assert str(out[1]) == "slow.slowtest: the file took longer than 4 s to read and was stopped."
    assert str(out[3]) == "odd.boomtest: the test file is damaged."
    # The file after the one that timed out went to a fresh worker; a rejection keeps it.
    pids = [o.extra["pid"] for o in out[0:5:2]]  # type: ignore[union-attr]
    assert pids[0] != pids[1] == pids[2]
    if sys.platform != "win32":
        assert isinstance(out[5], WorkerCrashed)
        assert_one_sentence(str(out[5]), "bad.crashtest")
        assert out[6].text == "four"  # type: ignore[union-attr]
        assert out[6].extra["pid"] != pids[2]  # type: ignore[union-attr]


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_a_file_over_the_memory_limit_fails_alone_in_its_request(plugin_pool: WorkerPool) -> None:
    out = plugin_pool.parse_many([(b"a", "a.echotest"), (b"x", "hog.hogtest"),
                                  (b"b", "b.echotest")], timeout=30, memory_limit_mb=512)
    assert str(out[1]) == (
        "hog.hogtest: reading it needed more than 512 MB of memory, so it was stopped."
    )
    assert out[0].text == "a" and out[2].text == "b"  # type: ignore[union-attr]
    assert out[0].extra["pid"] != out[2].extra["pid"]  # type: ignore[union-attr]


def test_parse_files_refuses_an_oversized_file_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    pool = WorkerPool()
    try:
        out = sandbox.parse_files([(b"First note.", "a.txt"), (b"x" * 1001, "big.txt"),
                                   (b"", "empty.txt"), (b"Second note.", "b.txt")], pool=pool)
    finally:
        pool.shutdown()
    assert [getattr(o, "text", None) for o in out] == ["First note.", None, None, "Second note."]
    assert str(out[1]) == (
        "big.txt: the file is 0 MB, larger than the 0 MB limit, so it was not opened."
    )
    assert str(out[2]) == "empty.txt: the file is empty."
    assert pool.started == 1  # the two notes went in one request


def test_small_files_are_grouped_into_requests_and_big_ones_go_alone() -> None:
    small, big = b"x" * 100, b"x" * (sandbox.SMALL_FILE + 1)
    sizes = [small] * (sandbox.BATCH_MAX_FILES + 4) + [big] + [small] * 3
    groups = sandbox._requests([(i, data, f"{i}.txt") for i, data in enumerate(sizes)])
    assert [len(g) for g in groups] == [sandbox.BATCH_MAX_FILES, 4, 1, 3]
    assert [i for g in groups for i, _d, _n in g] == list(range(len(sizes)))
    near = b"x" * sandbox.SMALL_FILE  # 16 of these would be more than BATCH_MAX_BYTES
    groups = sandbox._requests([(i, near, f"{i}.txt") for i in range(17)])
    assert all(sum(len(d) for _i, d, _n in g) <= sandbox.BATCH_MAX_BYTES for g in groups)
    assert sum(len(g) for g in groups) == 17


def test_a_reply_the_parent_cannot_read_fails_one_file_of_a_request(
        plugin_pool: WorkerPool) -> None:
    out = plugin_pool.parse_many([(b"a", "a.echotest"), (b"x", "odd.surrtest"),
                                  (b"b", "b.echotest")], timeout=30,
                                 memory_limit_mb=limits.MEMORY_LIMIT_MB)
    assert isinstance(out[1], ImportRejected)
    assert_one_sentence(str(out[1]), "odd.surrtest")
    assert "not valid Unicode" in str(out[1])
    with pytest.raises(ImportRejected) as alone:  # the message it gets when parsed alone
        parse_file(b"x", "odd.surrtest", pool=plugin_pool)
    assert str(out[1]) == str(alone.value)
    assert out[0].text == "a" and out[2].text == "b"  # type: ignore[union-attr]
    assert out[0].extra["pid"] == out[2].extra["pid"]  # type: ignore[union-attr]


def test_prewarm_starts_as_many_idle_workers_as_asked() -> None:
    pool = WorkerPool()
    try:
        pool.prewarm(count=3)
        pool.prewarm(count=2)  # there are enough already
        assert pool.started == 3 and pool.max_idle >= 3
        out = sandbox.parse_files([(b"One note.", "a.txt"), (b"Two notes.", "b.txt")], pool=pool)
        assert [o.text for o in out] == ["One note.", "Two notes."]  # type: ignore[union-attr]
        assert pool.started == 3  # the request went to a warm worker
    finally:
        pool.shutdown()


FORMAT_MODULES = ("pdf", "docx", "eml", "html", "mhtml", "mimeutil", "zipcheck", "sandbox")


def test_a_worker_loads_a_formats_module_only_for_its_first_file() -> None:
    import subprocess

    code = textwrap.dedent(f"""
        import sys
        from workbench.core.importers import worker
        def loaded():
            return sorted(m for m in {FORMAT_MODULES!r}
                          if "workbench.core.importers." + m in sys.modules)
        print(loaded())
        print(worker.handle(b"A plain note.", "a.txt")["ok"]["importer"], loaded())
        page = b"<html><body><p>A page that says enough to be kept.</p></body></html>"
        print(worker.handle(page, "b.html")["ok"]["importer"], loaded())
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={"PYTHONPATH": ":".join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["[]", "text []", "html ['html']"]


def test_a_lazy_importer_is_its_format_once_loaded() -> None:
    from workbench.core.importers.html import HtmlImporter

    lazy = next(imp for imp in registry.importers() if imp.name == "html")
    assert isinstance(lazy, registry.LazyImporter)
    real = HtmlImporter()
    assert (lazy.version, lazy.damaged, lazy.extensions) == \
        (real.version, real.damaged, real.extensions)
    page = b"<!doctype html><title>T</title><p>Shops reopened in Veltra.</p>"
    assert registry.find_importer(page, "saved-page") is lazy  # guessed from the markup
    assert parse_bytes(page, "saved-page").text == real.parse(page, "saved-page").text


def test_a_request_of_many_files_is_flushed_to_the_worker_once() -> None:
    import io

    from workbench.core.importers.worker import StreamConnection

    class Pipe(io.BytesIO):
        flushes = 0

        def flush(self) -> None:
            Pipe.flushes += 1

    out = Pipe()
    frames = [b'{"op": "parse_many"}', b"first file", b"", b"third file"]
    StreamConnection(io.BytesIO(), out).send_many(frames)  # type: ignore[arg-type]
    assert Pipe.flushes == 1
    back = StreamConnection(io.BytesIO(out.getvalue()), io.BytesIO())
    assert [bytes(back.recv_bytes()) for _ in frames] == frames


def test_a_request_of_small_files_is_answered_a_group_at_a_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    frames = []
    recv = sandbox._SubprocessChannel.recv

    def counted(self, timeout):
        frame = recv(self, timeout)
        frames.append(frame)
        return frame

    monkeypatch.setattr(sandbox._SubprocessChannel, "recv", counted)
    notes = [(f"Note {n}: a convoy passed the bridge.".encode(), f"{n}.txt") for n in range(16)]
    notes[5] = ("Café ünïcode note\r\n".encode(), "5.txt")  # a cleaned text: sent back
    pool = WorkerPool()
    try:
        parse_file(b"warm", "warm.txt", pool=pool)  # the text importer loaded
        frames.clear()
        out = pool.parse_many(notes, timeout=30, memory_limit_mb=limits.MEMORY_LIMIT_MB)
        answered = list(frames)  # not the statistics asked for on shutting down
    finally:
        pool.shutdown()
    assert [o.text for o in out] == [parse_bytes(d, n).text for d, n in notes]  # type: ignore[union-attr]
    assert all(o.extra["import_seconds"] >= 0 for o in out)  # type: ignore[union-attr]
    # One frame for the group, plus the one text that is not the file's bytes; a group
    # ends every GROUP_SECONDS, so a slow machine may send a few (16 files: 17 frames
    # answered a file at a time, as before).
    assert 2 <= len(answered) <= 5
    assert all(f is not None and f[:1] in (b"[", b"C") for f in answered)


def test_a_grouped_request_that_fails_unplaced_is_asked_again_a_file_at_a_time(
        plugin_pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    # The worker's group held "one" when "slow" stopped it: the group cannot say which
    # file failed, so the files are sent again, each answered alone, as before groups.
    asked = []
    one_by_one = WorkerPool._parse_on_one_worker

    def spy(self, files, timeout, memory_limit_mb):
        asked.append([name for _d, name in files])
        return one_by_one(self, files, timeout, memory_limit_mb)

    monkeypatch.setattr(WorkerPool, "_parse_on_one_worker", spy)
    monkeypatch.setattr(sandbox, "GROUP_SECONDS", 5.0)  # "one" is surely held
    out = plugin_pool.parse_many([(b"one", "1.echotest"), (b"x", "slow.slowtest"),
                                  (b"two", "2.echotest"), (b"three", "3.echotest")],
                                 timeout=2, memory_limit_mb=limits.MEMORY_LIMIT_MB)
    assert asked == [["1.echotest", "slow.slowtest", "2.echotest", "3.echotest"]]
    assert out[0].text == "one"  # type: ignore[union-attr]
    assert str(out[1]) == "slow.slowtest: the file took longer than 2 s to read and was stopped."
    assert [o.text for o in out[2:]] == ["two", "three"]  # type: ignore[union-attr]
    # After the failure was placed, the rest went grouped again, to one fresh worker.
    assert out[2].extra["pid"] == out[3].extra["pid"] != out[0].extra["pid"]  # type: ignore[union-attr]


def test_the_registry_reads_a_files_extension_as_a_path_does() -> None:
    from pathlib import PurePath, PureWindowsPath

    names = ["a.txt", "A.TXT", "notes.", ".rc", "..", ".", "", "a.b.c", "archive.tar.gz",
             "dir/x.md", "dir\\x.html", "C:x.pdf", "x.txt/", "a..b", "tab\t.txt", "ü.htm"]
    for name in names:
        assert registry._suffix(name) == PurePath(name).suffix, name
        if "/" not in name and "\\" not in name:  # Windows reads a plain name alike
            assert registry._suffix(name) == PureWindowsPath(name).suffix, name
