"""An import worker does not outlive the process that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="reads process states from /proc (Linux)")

SLOW = '''
import time
from workbench.core.importers import register


class Slow:
    name, extensions, version, damaged = "lifetest", (".lifetest",), "0", "damaged"

    def sniff(self, data, filename):
        return False

    def parse(self, data, filename):
        time.sleep(60)


register(Slow())
'''

# The importing process: starts a parse that takes a minute, says the worker's pid.
PARENT = '''
import sys, threading, time
sys.path.insert(0, sys.argv[1])
import wb_lifetime_plugin
from workbench.core.importers.sandbox import WorkerPool
pool = WorkerPool(preload=["wb_lifetime_plugin"])
threading.Thread(target=lambda: pool.parse(b"x", "a.lifetest", timeout=120,
                 memory_limit_mb=2048), daemon=True).start()
import glob
kids = []
while not kids:  # the worker is this process's only child
    time.sleep(0.05)
    kids = [k for f in glob.glob("/proc/self/task/*/children") for k in open(f).read().split()]
print(kids[0], flush=True)
time.sleep(120)
'''


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its parent's reaping is left


def test_the_worker_ends_soon_after_its_parent_is_killed(tmp_path):
    (tmp_path / "wb_lifetime_plugin.py").write_text(textwrap.dedent(SLOW))
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        worker_pid = int(parent.stdout.readline())
        time.sleep(0.3)  # the worker is inside its minute-long parse
        assert _alive(worker_pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(5)
        # The watch polls every 0.1 s; the margin is for a loaded two-core machine (before
        # the fix the worker lived on for 3 to 11 s, long after the parent's files closed).
        deadline = time.monotonic() + 5.0
        while _alive(worker_pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not _alive(worker_pid), "the worker outlived its parent by more than 5 s"
    finally:
        parent.kill()
