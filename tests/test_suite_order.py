"""The order the parallel workers are handed files in (tests/conftest.py, pyproject's
addopts): the slowest files first, so that no worker is left alone with a long file at
the end of the run."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.conftest import SLOW_FILES, pytest_collection_modifyitems

ROOT = Path(__file__).resolve().parents[1]


def test_every_listed_slow_file_exists_once():
    assert len(set(SLOW_FILES)) == len(SLOW_FILES)
    missing = [name for name in SLOW_FILES if not (ROOT / name).is_file()]
    assert not missing, f"listed as slow but gone (update tests/conftest.py): {missing}"


def test_xdist_keeps_the_collection_order():
    # Without it xdist sorts files by their number of tests, and the listed files, few
    # tests each, go last.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    addopts = config["tool"]["pytest"]["ini_options"]["addopts"].split()
    assert "--no-loadscope-reorder" in addopts and "loadfile" in addopts


class _Item:
    def __init__(self, nodeid: str):
        self.nodeid = nodeid


def test_listed_files_come_first_slowest_first_and_files_keep_their_order():
    # The rest: most tests first (xdist's own order), ties in collection order.
    names = ["tests/b.py::Case::t", "tests/a/test_x.py::t1", f"{SLOW_FILES[1]}::s1",
             "tests/a/test_x.py::t2", f"{SLOW_FILES[0]}::p1", f"{SLOW_FILES[1]}::s2[1]",
             "tests/c.py::t", f"{SLOW_FILES[0]}::p2"]
    items = [_Item(n) for n in names]
    pytest_collection_modifyitems(None, items)
    assert [i.nodeid for i in items] == [
        f"{SLOW_FILES[0]}::p1", f"{SLOW_FILES[0]}::p2", f"{SLOW_FILES[1]}::s1",
        f"{SLOW_FILES[1]}::s2[1]", "tests/a/test_x.py::t1", "tests/a/test_x.py::t2",
        "tests/b.py::Case::t", "tests/c.py::t"]
