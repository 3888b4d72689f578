"""What a worker loads to start and to parse a small text file: its start is inside every
import of a folder, before the first file can be stored."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.importers import sandbox

ROOT = Path(__file__).resolve().parents[3]

# Loaded by the worker only when a file needs them: OpenSSL's hashes (the parent hashes),
# dates (most files carry none), paths (a refusal's message), and ``site`` not at all;
# ``dataclasses`` (with ``inspect``, ``ast`` and ``dis``) and ``typing`` never,
# ``traceback`` (with ``linecache`` and ``tokenize``) only for a parser that crashed,
# ``socket`` only for a library that asks for it (and then finds no network).
NOT_AT_START = ("hashlib", "_hashlib", "datetime", "pathlib", "site", "dataclasses", "inspect",
                "traceback", "linecache", "tokenize", "typing", "socket", "contextlib")

_PROBE = """
import json, sys
import workbench.core.importers.worker as worker
from workbench.core.importers.registry import parse_bytes
worker.block_network()
doc = parse_bytes(b"The council met on Tuesday and spoke of the roads.\\n", "note.txt")
print(json.dumps({"text": doc.text, "modules": sorted(sys.modules)}))
"""


def test_a_worker_parses_a_text_file_without_hashes_dates_paths_or_site():
    # Started as the sandbox starts it: ``-S``, the package found on PYTHONPATH.
    out = subprocess.run([sys.executable, "-S", "-c", _PROBE], capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    found = json.loads(out)
    assert found["text"].startswith("The council met")
    assert [m for m in NOT_AT_START if m in found["modules"]] == []


def test_the_sandbox_starts_its_workers_without_site(monkeypatch):
    started: list[list[str]] = []
    real = subprocess.Popen

    def spy(args, *a, **kw):
        started.append(list(args))
        return real(args, *a, **kw)

    monkeypatch.setattr(sandbox.subprocess, "Popen", spy)
    pool = sandbox.WorkerPool()
    try:
        doc = sandbox.parse_file(b"Two families left the village after the shelling.\n",
                                 "a.txt", pool=pool)
    finally:
        pool.shutdown()
    assert doc.text.startswith("Two families")  # the worker found its modules all the same
    assert started and all(cmd[1:4] == ["-S", "-m", "workbench.core.importers.worker"]
                           for cmd in started)


def test_an_imported_document_behaves_as_the_dataclass_it_was():
    import dataclasses

    from workbench.core.importers import base

    @dataclasses.dataclass
    class ImportedDocument:  # the class as it was declared before
        text: str
        importer: str
        importer_version: str
        media_type: str
        title: str | None = None
        author: str | None = None
        publisher: str | None = None
        url: str | None = None
        published: str | None = None
        language: str | None = None
        encoding: str | None = None
        page_starts: list[int] = dataclasses.field(default_factory=list)
        extra: dict = dataclasses.field(default_factory=dict)

    assert tuple(f.name for f in dataclasses.fields(ImportedDocument)) == base.FIELDS
    calls = [
        (("t", "text", "4", "text/plain"), {}),
        (("t", "text", "4", "text/plain", "Title", None, "P"), {"language": "ar"}),
        ((), {"text": "t", "importer": "pdf", "importer_version": "2",
              "media_type": "application/pdf", "page_starts": [0, 9], "extra": {"a": 1}}),
        (("t", "x", "1", "m"), {"page_starts": None, "extra": None}),  # kept as given
    ]
    for args, kwargs in calls:
        new, old = base.ImportedDocument(*args, **kwargs), ImportedDocument(*args, **kwargs)
        assert new.to_dict() == dataclasses.asdict(old)
        # (this one is declared in a function, so its name in the repr is longer)
        assert repr(new) == repr(old).replace(type(old).__qualname__, "ImportedDocument", 1)
        assert new == base.ImportedDocument(*args, **kwargs)
        assert base.ImportedDocument.from_dict(new.to_dict()) == new
    one, two = base.ImportedDocument("t", "a", "1", "m"), base.ImportedDocument("t", "a", "1", "m")
    one.page_starts.append(3)  # each its own list, as default_factory gave
    assert two.page_starts == [] and one != two
    assert one != ImportedDocument("t", "a", "1", "m")  # another class is never equal
    too_many = ("t", "a", "1", "m", None, None, None, None, None, None, None, [], {}, 1)
    for wrong in [("t",), too_many]:
        for cls in (base.ImportedDocument, ImportedDocument):
            with pytest.raises(TypeError):
                cls(*wrong)
    with pytest.raises(TypeError):
        hash(one)
    assert base.ImportedDocument.__match_args__ == ImportedDocument.__match_args__


def test_a_crashed_parser_still_reports_its_traceback(monkeypatch):
    # ``traceback`` is loaded only when a parser crashes; the reply still carries it.
    from workbench.core.importers import worker

    def broken(data, filename):
        raise ZeroDivisionError("a parser's own bug")

    monkeypatch.setattr(worker, "parse_bytes", broken)
    reply = worker.handle(b"A plain note.", "a.txt")
    assert reply["error"] == "crash"
    assert reply["detail"].startswith("Traceback (most recent call last):")
    assert "in broken" in reply["detail"]
    assert reply["detail"].rstrip().endswith("ZeroDivisionError: a parser's own bug")


_NETWORK_PROBE = """
import sys
import workbench.core.importers.worker as worker
worker.block_network()
assert "socket" not in sys.modules
import socket, _socket
tries = (lambda: socket.create_connection(("127.0.0.1", 9), timeout=2),
         lambda: socket.getaddrinfo("example.org", 80),
         lambda: socket.socket().connect_ex(("127.0.0.1", 9)),
         lambda: socket.gethostbyname("example.org"),
         lambda: _socket.socket().connect(("127.0.0.1", 9)))
for attempt in tries:
    try:
        attempt()
    except OSError as err:
        print(err)
    else:
        print("reached the network")
"""


def test_a_worker_without_socket_loaded_still_has_no_network():
    # The worker's start does not load ``socket`` to guard it: whatever loads it later
    # (a library, or ``_socket`` itself) finds every connection and look-up refused.
    out = subprocess.run([sys.executable, "-S", "-c", _NETWORK_PROBE], capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    assert out.splitlines() == ["network access is disabled while importing files"] * 5
