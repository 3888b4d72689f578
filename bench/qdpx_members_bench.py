"""What a .qdpx listing many members costs before the import can refuse it.

Builds a zip of ``--members`` empty ``sources/`` members (once, kept in ``--folder``),
then in a child process each: parses its directory with ``zipfile`` (what the import did
first, before this check) and reports seconds and the growth of peak RSS; and calls
``read_qdpx`` on a new project, which refuses it from the end record alone.

    PYTHONPATH=. python bench/qdpx_members_bench.py --members 300000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

CHILD = """
import resource, sys, time, zipfile
from pathlib import Path
path, what = Path(sys.argv[1]), sys.argv[2]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
if what == "zipfile":
    with zipfile.ZipFile(path) as zf:
        said = f"{len(zf.infolist()):,} members listed"
else:
    from workbench.core.errors import ImportRejected
    from workbench.core.exchange.qdpx_read import read_qdpx
    from workbench.core.project import Project
    project_path = path.with_suffix(".wbproj")
    project_path.unlink(missing_ok=True)
    with Project.create(project_path) as project:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        try:
            said = str(read_qdpx(project, path).result)
        except ImportRejected as err:
            said = f"refused: {err}"
seconds = time.perf_counter() - started
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024
print(f"{what:9s} {seconds:7.3f} s  peak RSS +{grown:6.1f} MB  {said}")
"""


def build(path: Path, members: int) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>')
        for i in range(members):
            zf.writestr(f"sources/{i}.txt", b"")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=300_000, help="empty members")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()),
                        help="where the zip is built and kept")
    args = parser.parse_args()
    path = args.folder / f"members-{args.members}.qdpx"
    if not path.exists():
        build(path, args.members)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
    for what in ("zipfile", "read_qdpx"):
        subprocess.run([sys.executable, "-c", CHILD, str(path), what], check=True)


if __name__ == "__main__":
    main()
