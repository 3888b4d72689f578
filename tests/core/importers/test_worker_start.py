"""What a worker loads to start and to parse a small text file: its start is inside every
import of a folder, before the first file can be stored."""

import json
import os
import subprocess
import sys
from pathlib import Path

from workbench.core.importers import sandbox

ROOT = Path(__file__).resolve().parents[3]

# Loaded by the worker only when a file needs them: OpenSSL's hashes (the parent hashes),
# dates (most files carry none), paths (a refusal's message), and ``site`` not at all.
NOT_AT_START = ("hashlib", "_hashlib", "datetime", "pathlib", "site")

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
