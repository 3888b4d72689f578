"""Peak memory of the main process while importing one big text file.

Writes a text file of the given size (realistic paragraphs, some Arabic), imports it
through the sandboxed worker in a fresh subprocess, and prints that process's peak RSS
(``resource.getrusage``) beside the file size. Not a test: it asserts nothing.

    python bench/big_import_bench.py [--mb 100]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import resource, sys, time
from workbench.core.ops.importing import import_file
from workbench.core.project import Project
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
with Project.create(sys.argv[1]) as project:
    res = import_file(project, sys.argv[2])
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(res.status, res.message, start // 1024, peak // 1024, round(seconds, 1))
"""

PARAGRAPH = ("Artillery fire wounded four troops and killed at least 12 civilians near the "
             "market on Sunday, a provincial official said. قال المتحدث إن ثلاثة مدنيين "
             "قتلوا في القصف. The Crescent Brigade claimed responsibility.\n\n")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, default=100,
                   help="size of the text file imported (MB, default 100)")
    ns = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bigimport-") as tmp:
        src = Path(tmp) / "big.txt"
        size = int(ns.mb * 1024 * 1024)
        unit = PARAGRAPH.encode("utf-8")
        with src.open("wb") as fh:
            for i in range(size // len(unit)):
                fh.write(f"{i} ".encode() + unit)
        file_mb = src.stat().st_size / 1024 / 1024
        out = subprocess.run([sys.executable, "-c", CHILD, str(Path(tmp) / "big.wbproj"),
                              str(src)], capture_output=True, text=True, check=False)
        if out.returncode:
            print(out.stderr[-2000:])
            return 1
        status, *rest = out.stdout.split()
        start_mb, peak_mb, seconds = (float(x) for x in rest[-3:])
        print(f"file {file_mb:.0f} MB: {status}; main process peak RSS {peak_mb:.0f} MB "
              f"(at start {start_mb:.0f} MB), {peak_mb / file_mb:.1f}x the file; "
              f"{seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
