"""Start the importer workers before the command line loads the rest of the program.

A worker takes about a tenth of a second of CPU and more of wall time to start, and the
command line spends about as long loading its modules before ``import`` can ask for
one. For an import of several files the entry points call :func:`start` first, on a
quick look at the arguments, so the two overlap; the import then finds its workers
started (``WorkerPool.prewarm`` starts only those missing). A guess that is wrong costs
an idle worker that ends with the program, never a wrong import: the command's own
arguments are parsed as usual afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

# ``batch_import.START_JOBS``, not imported from there: this module is loaded before the
# rest of the program, and loading that one would load most of it (a test keeps the two
# equal).
START_JOBS = 1


def import_workers(argv: Sequence[str]) -> int:
    """How many workers an ``import`` command in ``argv`` will want first: one for a
    folder or several files (parsing starts on one and grows to ``--jobs`` only when
    the store step waits for it: ``batch_import.START_JOBS``), else 0 (a single file
    needs only one, started as it is parsed)."""
    args = list(argv)
    if "import" not in args:
        return 0
    rest = args[args.index("import") + 1:]
    jobs = os.cpu_count() or 1
    for i, arg in enumerate(rest):
        value = arg.split("=", 1)[1] if arg.startswith("--jobs=") else (
            rest[i + 1] if arg == "--jobs" and i + 1 < len(rest) else None)
        if value is not None:
            try:
                jobs = max(1, int(value))
            except ValueError:
                return 0  # argparse will refuse it
    several = len([a for a in rest if not a.startswith("-")]) > 2  # the project, 2 files
    recursive = "--recursive" in rest or any(
        a.startswith("-") and not a.startswith("--") and "r" in a for a in rest)
    return min(jobs, START_JOBS) if recursive or several else 0


def start(argv: Sequence[str]) -> None:
    """Start the workers an import in ``argv`` will want, if any (in the background)."""
    count = import_workers(argv)
    if count:
        from workbench.core.importers import sandbox

        sandbox.prewarm(count)
