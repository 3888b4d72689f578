import os

# Tests never need a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKBENCH_CODER", "tester")

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from workbench.core import store

# Every keyed connection derives its key afresh (store.KDF_ITER rounds of PBKDF2, ~0.1 s
# on an idle core and far more beside a busy one), and the suite opens encrypted projects
# hundreds of times. Its projects are thrown away, so it keys them with a cheaper
# derivation; the cipher, the pages and every refusal are the same. A test that hands a
# project to another process, or checks the product's own rounds, is marked
# ``real_kdf`` and runs with the product's value.
REAL_KDF_ITER = store.KDF_ITER
store.KDF_ITER = 1_000


@pytest.fixture(autouse=True)
def _kdf_rounds(request):
    # Every test runs this; only a marked one asks for monkeypatch, so the other tens of
    # thousands skip its set-up and undo.
    if request.node.get_closest_marker("real_kdf") is not None:
        monkeypatch = request.getfixturevalue("monkeypatch")
        monkeypatch.setattr(store, "KDF_ITER", REAL_KDF_ITER)

# The demo project (workbench/core/demo.py: eight documents imported, read by the engines
# and annotated, about a second of CPU) is built once per worker process; a test that reads
# or changes it takes a private copy of the closed file. Only the tests of the build itself
# build it again.
@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workbench.core.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.wbproj")


@pytest.fixture
def demo_project(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo, ``demo.wbproj`` in the test's own folder: tests may
    write to it."""
    copy = tmp_path / "demo.wbproj"
    copy.write_bytes(demo_file.read_bytes())
    return copy


# The suite runs two workers on two cores beside whatever else the machine does; a
# generated example that is slow to draw then says nothing about the code under test, so
# the speed checks of generation and of single examples are off for every property test.
# Under CI (the environment variable CI set) every property test draws the same examples
# on every run, so that a run passes or fails by the code alone; elsewhere each run draws
# afresh and goes on searching.
settings.register_profile(
    "workbench", deadline=None, suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("workbench")


def pytest_collection_modifyitems(config, items):
    # The packaging build is the longest single piece of the suite; run in parallel
    # workers (pyproject's addopts), it starts first so the other worker takes the rest
    # beside it instead of leaving it alone at the end. The sort is stable and the same in
    # every worker, as the parallel scheduler needs.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
