"""A timeline of one ``verify`` in both its processes: when each part starts and ends,
in wall seconds from the command's start and in CPU seconds of the thread that ran it.

Run it on each size and compare the two timelines part by part: what costs the same at
both sizes is the check's fixed part; the gap between the two processes' last parts is
where one waits for the other. The parts are the functions ``verify`` calls, wrapped
here (nothing in the product changes): this process's start and imports, the project's
opening, the worker's start (the worker is this script again, run with ``--worker`` so
that it stamps its own parts), each stage in both processes, SQLite's own check on its
thread, and the waits at the end. A second run of the same code reads the bytecode
cached by the first; take the second.

    env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=/tmp/pyc \\
        PYTHONPATH=TREE python bench/verify_timeline.py PROJECT.wbproj
"""

from __future__ import annotations

import os
import sys
import time

_LOG = "WB_TIMELINE_LOG"


def _stamp(label: str) -> None:
    if _LOG not in os.environ:  # the outer command: it only runs and shows the rest
        return
    with open(os.environ[_LOG], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\t{label}\t{time.time():.4f}\t{time.thread_time():.4f}\n")


_stamp("start")  # before the imports below: the interpreter's start is before this

import subprocess  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402


def _wrap(owner: object, name: str, label: str | None = None) -> None:
    real = getattr(owner, name)
    label = label or name

    def stamped(*args, **kwargs):
        _stamp(label + " >")
        try:
            return real(*args, **kwargs)
        finally:
            _stamp(label + " <")

    setattr(owner, name, stamped)


def worker(argv: list[str]) -> int:
    """The worker as ``verify`` starts it, its parts stamped."""
    from workbench.core import logchain, store, verifyworker
    _stamp("imported")
    _wrap(store, "open_reader", "open")
    _wrap(verifyworker, "timeline", "timeline index")
    _wrap(logchain, "audit_tail", "audit chain (its part)")
    _wrap(verifyworker, "rows", "history against the tables")
    code = verifyworker.main(argv)
    sys.stdout.flush()
    _stamp("end")
    return code


def parent(path: Path) -> None:
    from workbench.core import cutcheck, logchain, verifyworker
    from workbench.core import verify as verify_module
    from workbench.core.project import Project
    _stamp("imported")
    for name in ("_check_originals", "_check_texts", "_check_past_texts"):
        _wrap(verify_module, name, name.strip("_").replace("_", " "))
    _wrap(verify_module, "_integrity_on_own_connection", "SQLite's check (thread)")
    _wrap(verify_module._Shares, "_worker", "wait for the worker")
    _wrap(verify_module._Shares, "wait", "wait for SQLite's check")
    _wrap(cutcheck, "findings", "cut checks")
    _wrap(logchain, "walk_log", "log chain")
    _wrap(verifyworker, "index", "search index")
    real_start = verifyworker.start

    def start(project: Path, audit_after: int) -> subprocess.Popen[bytes] | None:
        # verifyworker.start's own command and environment, with this script run in
        # place of the module so that the worker stamps its parts too.
        real_popen = subprocess.Popen

        def popen(args, *rest, **kwargs):
            args = list(args)
            at = args.index("-m")
            args[at:at + 2] = [__file__, "--worker"]
            kwargs["env"] = {**kwargs["env"], _LOG: os.environ[_LOG]}
            _stamp("worker started")
            return real_popen(args, *rest, **kwargs)

        subprocess.Popen = popen  # type: ignore[misc]
        try:
            return real_start(project, audit_after)
        finally:
            subprocess.Popen = real_popen  # type: ignore[misc]

    verifyworker.start = start  # type: ignore[assignment]
    with Project.open(path, read_only=True) as project:
        _stamp("opened")
        report = verify_module.verify(project)
    _stamp("end")
    print(f"problems: {len(report.problems)}", file=sys.stderr)


def show(log: Path, started: float) -> None:
    names: dict[str, str] = {}
    rows = []
    for line in log.read_text(encoding="utf-8").splitlines():
        pid, label, wall, cpu = line.split("\t")
        who = names.setdefault(pid, ("check", "worker")[min(len(names), 1)])
        rows.append((float(wall) - started, len(rows), who, label, float(cpu)))
    print(f"{'wall s':>7}  {'process':7} {'thread CPU s':>12}  part")
    for wall, _, who, label, cpu in sorted(rows):
        print(f"{wall:7.3f}  {who:7} {cpu:12.3f}  {label}")
    # Each part's own wall and CPU seconds (summed where it ran more than once).
    opened: dict[tuple[str, str], tuple[float, float]] = {}
    spent: dict[tuple[str, str], list[float]] = {}
    for wall, _, who, label, cpu in rows:
        if label.endswith(" >"):
            opened[(who, label[:-2])] = (wall, cpu)
        elif label.endswith(" <") and (who, label[:-2]) in opened:
            wall0, cpu0 = opened.pop((who, label[:-2]))
            got = spent.setdefault((who, label[:-2]), [0.0, 0.0])
            got[0] += wall - wall0
            got[1] += cpu - cpu0
    print(f"\n{'process':7} {'part':34} {'wall s':>7} {'CPU s':>7}")
    for (who, label), (wall, cpu) in spent.items():
        print(f"{who:7} {label:34} {wall:7.3f} {cpu:7.3f}")


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        raise SystemExit(worker(sys.argv[2:]))
    if os.environ.get(_LOG):
        parent(Path(sys.argv[1]))
        return
    # The command's start: a child runs the check, so its interpreter's start is timed.
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "timeline.tsv"
        log.touch()
        started = time.time()
        env = {**os.environ, _LOG: str(log)}
        subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env, check=True)
        print(f"whole command {time.time() - started:.3f} s")
        show(log, started)


if __name__ == "__main__":
    main()
