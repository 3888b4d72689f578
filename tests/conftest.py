import os

# Tests never need a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKBENCH_CODER", "tester")

from hypothesis import HealthCheck, settings

# The suite runs two workers on two cores beside whatever else the machine does; a
# generated example that is slow to draw then says nothing about the code under test, so
# the speed checks of generation and of single examples are off for every property test.
settings.register_profile(
    "workbench", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("workbench")


def pytest_collection_modifyitems(config, items):
    # The packaging build is the longest single piece of the suite; run in parallel
    # workers (pyproject's addopts), it starts first so the other worker takes the rest
    # beside it instead of leaving it alone at the end. The sort is stable and the same in
    # every worker, as the parallel scheduler needs.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
