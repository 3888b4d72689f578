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


# Files whose tests take longest (set-up included), slowest first, measured with
# `--durations=0` on a clean clone (docs/performance.md, "The test suite's time"). With
# `--dist loadfile` a worker runs a whole file, and files are handed out in the order this
# hook leaves (pyproject's `--no-loadscope-reorder`). xdist's own order, most tests first,
# sent these files of few but slow tests late: the packaging build started two thirds of
# the way through. Listed files start first, so the other worker takes the many short
# files beside them; the rest keep xdist's order (most tests first, so the run ends on
# files of one or two tests). A file missing here only costs balance; a name here that
# no longer exists fails tests/test_suite_order.py.
SLOW_FILES = (
    "tests/test_packaging_build.py",
    "tests/gui/test_outside_window.py",
    "tests/gui/test_screens.py",
    "tests/gui/test_small_screen.py",
    "tests/gui/test_incident_panel.py",
    "tests/gui/test_merge_dialog.py",
    "tests/gui/test_merge_run.py",
    "tests/core/extract/test_extract_long_inputs.py",
    "tests/gui/test_small_laptop.py",
    "tests/gui/test_reimport_window.py",
    "tests/gui/test_incident_rejected.py",
    "tests/test_architecture.py",
    "tests/core/extract/test_extract_fast_paths.py",
    "tests/core/merge/test_merge_passphrase_spellings.py",
    "tests/gui/test_keyboard_flow.py",
    "tests/gui/test_window_deferred.py",
    "tests/gui/test_agreement_dialog.py",
    "tests/core/extract/test_extract_tails.py",
    "tests/gui/test_app.py",
    "tests/gui/test_export_menu.py",
)


def pytest_collection_modifyitems(config, items):
    # The sort is stable (a file's tests keep their order) and the same in every worker,
    # as the parallel scheduler needs.
    rank = {name: i for i, name in enumerate(SLOW_FILES)}
    counts: dict[str, int] = {}
    for item in items:
        name = item.nodeid.split("::", 1)[0]
        counts[name] = counts.get(name, 0) + 1

    def order(item) -> tuple[int, int]:
        name = item.nodeid.split("::", 1)[0]
        return (rank.get(name, len(rank)), -counts[name] if name not in rank else 0)

    items.sort(key=order)
