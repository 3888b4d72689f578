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
# `--dist loadfile` a worker runs a whole file, and files are handed out in collection order
# (pyproject's `--no-loadscope-reorder`; xdist's own order, most tests first, sent these
# files of few but slow tests last, so one worker finished the packaging build alone while
# the other idled). They start first, so the other worker takes the many short files beside
# them and the run ends on short files. A file missing here only costs balance; a name
# here that no longer exists fails tests/test_suite_order.py.
SLOW_FILES = (
    "tests/test_packaging_build.py",
    "tests/gui/test_screens.py",
    "tests/gui/test_incident_panel.py",
    "tests/core/extract/test_extract_long_inputs.py",
    "tests/gui/test_small_laptop.py",
    "tests/core/extract/test_extract_tails.py",
    "tests/gui/test_main_window.py",
    "tests/gui/test_crypto_actions.py",
    "tests/core/extract/test_review46.py",
    "tests/core/test_backup.py",
    "tests/cli/test_help_examples.py",
    "tests/core/extract/test_casualty_grid_np.py",
    "tests/core/extract/test_extract_prefilters.py",
    "tests/core/test_killed_writes.py",
    "tests/gui/test_timeline.py",
    "tests/core/extract/test_casualty_opening_gates.py",
    "tests/core/merge/test_merge_rules.py",
    "tests/core/importers/test_importer_sandbox.py",
    "tests/core/merge/test_merge_passphrase_spellings.py",
    "tests/cli/test_cli_crypto.py",
    "tests/gui/test_annotation_page_model.py",
)


def pytest_collection_modifyitems(config, items):
    # The sort is stable (a file's tests keep their order) and the same in every worker,
    # as the parallel scheduler needs.
    rank = {name: i for i, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
