"""Requests sent ahead to one worker keep every file's own outcome and limits."""

from __future__ import annotations

import pytest

from tests.core.importers.test_importer_sandbox import pool_with_plugin
from workbench.core.importers import ImportTimedOut, sandbox
from workbench.core.importers.pipelined import RequestsAhead
from workbench.core.importers.sandbox import WorkerPool, parse_files


@pytest.fixture(scope="module")
def plugin_pool(tmp_path_factory: pytest.TempPathFactory):
    # Under a module name of this file's own, so that it registers them here too.
    yield from pool_with_plugin(tmp_path_factory, "wb_pipelined_test_plugin")


def _ahead(pool: WorkerPool, timeout: float = 30) -> RequestsAhead:
    ahead = RequestsAhead(pool, timeout=timeout)
    worker = ahead._worker()
    if worker is None or worker.channel.pipe_bytes() == 0:
        ahead.close()
        pytest.skip("the request pipe's size is not known here: nothing is sent ahead")
    return ahead


def _texts(outcomes):
    return [getattr(o, "text", None) or str(o) for o in outcomes]


def test_the_next_request_is_sent_before_the_one_ahead_is_collected(
        plugin_pool: WorkerPool) -> None:
    first = [(f"report {i}".encode(), f"r{i}.echotest") for i in range(20)]
    second = [(b"another", "a.echotest"), (b"\x00\x01" * 40, "bin.txt"), (b"", "e.txt"),
              (b"last", "z.echotest")]
    ahead = _ahead(plugin_pool)
    try:
        one, two = ahead.send(first), ahead.send(second)
        # Both went to the worker before either was read back: it parses the second
        # while the caller takes in the first.
        assert one.worker is not None and two.worker is one.worker
        assert ahead.in_flight == [one, two]
        got_one, got_two = ahead.collect(one), ahead.collect(two)
    finally:
        ahead.close()
    assert _texts(got_one) == _texts(parse_files(first, pool=plugin_pool))
    assert _texts(got_two) == _texts(parse_files(second, pool=plugin_pool))
    assert got_two[1].args[0] == "bin.txt: the file is binary data, not text."
    assert len({o.extra["pid"] for o in [*got_one, got_two[0], got_two[3]]}) == 1


def test_a_third_request_waits_for_the_first_to_be_collected(
        plugin_pool: WorkerPool) -> None:
    ahead = _ahead(plugin_pool)
    try:
        sent = [ahead.send([(f"{n} {i}".encode(), f"{n}{i}.echotest") for i in range(3)])
                for n in "abc"]
        assert [s.worker is not None for s in sent] == [True, True, False]
        assert [_texts(ahead.collect(s)) for s in sent] == \
            [[f"{n} {i}" for i in range(3)] for n in "abc"]
    finally:
        ahead.close()


def test_a_file_that_hangs_the_worker_fails_alone_and_the_request_behind_is_parsed_again(
        plugin_pool: WorkerPool) -> None:
    ahead = _ahead(plugin_pool, timeout=2)
    try:
        one = ahead.send([(b"one", "1.echotest"), (b"x", "slow.slowtest"),
                          (b"two", "2.echotest")])
        two = ahead.send([(b"three", "3.echotest"), (b"four", "4.echotest")])
        stuck = one.worker
        assert stuck is not None and two.worker is stuck
        got_one, got_two = ahead.collect(one), ahead.collect(two)
    finally:
        ahead.close()
    assert not stuck.is_alive()
    assert isinstance(got_one[1], ImportTimedOut)
    assert str(got_one[1]) == \
        "slow.slowtest: the file took longer than 2 s to read and was stopped."
    assert _texts(got_one[0:3:2]) == ["one", "two"]
    assert _texts(got_two) == ["three", "four"]
    assert got_two[0].extra["pid"] == got_two[1].extra["pid"] != got_one[0].extra["pid"]


def test_a_request_larger_than_the_pipe_is_parsed_when_collected_on_the_same_worker(
        plugin_pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    ahead = _ahead(plugin_pool)
    files = [(b"y" * 300, f"{i}.echotest") for i in range(10)]
    try:
        worker = ahead._worker()
        pid, started = worker.channel.proc.pid, plugin_pool.started  # type: ignore[union-attr]
        monkeypatch.setattr(worker.channel, "pipe_bytes", lambda: 3000)
        sent = ahead.send(files)
        # A small request behind it is not sent ahead either: the big one's files are
        # parsed on the worker held here, given back to the pool first.
        behind = ahead.send([(b"a", "a.echotest"), (b"b", "b.echotest")])
        assert sent.worker is None and behind.worker is None and not ahead.in_flight
        got = ahead.collect(sent)
        assert _texts(got) == ["y" * 300] * 10
        assert _texts(ahead.collect(behind)) == ["a", "b"]
    finally:
        ahead.close()
    assert {o.extra["pid"] for o in got} == {pid}
    assert plugin_pool.started == started  # no second worker


def test_a_worker_held_ahead_is_retired_after_its_requests(
        plugin_pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    ahead = _ahead(plugin_pool)
    # Three more requests for the worker it holds (a pool's worker may have served some).
    monkeypatch.setattr(sandbox, "MAX_JOBS_PER_WORKER", ahead.worker.jobs + 3)  # type: ignore[union-attr]
    pids = []
    try:
        for i in range(4):
            sent = ahead.send([(b"a", f"a{i}.echotest"), (b"b", f"b{i}.echotest")])
            pids.append(ahead.collect(sent)[0].extra["pid"])
    finally:
        ahead.close()
    assert pids[0] == pids[1] != pids[2] == pids[3]
