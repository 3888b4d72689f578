"""Build a Cython-compiled copy of the English engines in a scratch tree.

A measuring aid, not a build step of the product: it compiles the plain ``.py``
modules of ``workbench/core/extract`` (the English engines, unchanged) into
extension modules placed next to them, in a tree you name, so that
``PYTHONPATH=<tree> python bench/extract_bench.py`` imports the compiled ones
(Python prefers an extension module over the ``.py`` of the same name).

Never point it at a working checkout: make a scratch copy first, e.g.

    mkdir /tmp/cmp && git archive main | tar -x -C /tmp/cmp
    python bench/build_compiled.py /tmp/cmp          # needs Cython and a C compiler

It needs ``cython`` and ``setuptools`` in the running interpreter (install them
into a separate virtual environment, not the project's).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The package's __init__ stays Python: it only re-exports, and keeping it plain
# lets the compiled modules be swapped in and out by deleting the .so files.
SKIP = {"__init__.py"}


def english_modules(tree: Path) -> list[Path]:
    """The top-level engine modules of core/extract (not lang/ or ar/)."""
    folder = tree / "workbench" / "core" / "extract"
    return sorted(p for p in folder.glob("*.py") if p.name not in SKIP)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path, help="scratch copy of the repository (not a checkout)")
    parser.add_argument(
        "--no-annotation-typing",
        action="store_true",
        help="ignore type hints (Cython otherwise turns e.g. float hints into C doubles)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="parallel C compilations")
    parser.add_argument("--only", nargs="*", help="module names (without .py) to compile")
    args = parser.parse_args(argv)

    if (args.tree / ".git").exists():
        parser.error("refusing to compile inside a git checkout; use a scratch copy")
    # Imported late so that --help works without Cython.
    from Cython.Build import cythonize
    from Cython.Compiler.Errors import CompileError
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    modules = english_modules(args.tree)
    if args.only:
        modules = [p for p in modules if p.stem in set(args.only)]
    rel = [str(p.relative_to(args.tree)) for p in modules]
    directives = {"language_level": 3, "annotation_typing": not args.no_annotation_typing}
    os.chdir(args.tree)
    # One module at a time, so that a module Cython rejects is reported and left
    # as Python instead of stopping the build.
    exts, failed = [], []
    for path in rel:
        try:
            exts += cythonize([path], compiler_directives=directives, quiet=True)
        except CompileError:
            failed.append(path)
    dist = Distribution({"ext_modules": exts})
    cmd = build_ext(dist)
    cmd.inplace = True
    cmd.parallel = args.jobs
    cmd.ensure_finalized()
    cmd.run()
    print(f"compiled {len(exts)} modules in {args.tree}", file=sys.stderr)
    for path in failed:
        print(f"left as Python (Cython rejected it): {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
