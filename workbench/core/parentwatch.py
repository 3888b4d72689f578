"""A worker process that ends when the process that started it is gone.

Its own module, apart from the importer worker that first needed it, so that
``verify``'s second process starts without importing every importer (about 70 ms of
the check on each run).
"""

from __future__ import annotations

import os

# How often the worker checks that its parent is still there.
PARENT_POLL_S = 0.1
# The pid of the process that started the worker. The worker cannot learn it from
# getppid() alone: a parent killed while the worker is still importing its libraries
# would leave it re-parented before it looks, and it would watch the wrong process.
PARENT_ENV = "WORKBENCH_WORKER_PARENT"


def die_with_parent() -> None:
    """End this worker within ``PARENT_POLL_S`` once the process that started it is gone.

    A parent killed mid-import (kill -9, a crash) cannot close anything, and the worker
    would parse on for seconds. A thread watches for the worker being re-parented
    (``getppid`` changes) and exits at once. Linux's ``PR_SET_PDEATHSIG`` was not used:
    it fires when the parent's *thread* that started the worker ends, and the pool hands
    workers from thread to thread (the window imports in a QThread), so a worker would
    be killed under another thread's import. Without POSIX (Windows) the end of stdin,
    read between files, ends the worker.
    """
    if os.name != "posix":
        return
    import threading
    import time

    parent = int(os.environ.get(PARENT_ENV) or os.getppid())
    if os.getppid() != parent:
        os._exit(1)  # the parent went away while this worker was still starting

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
