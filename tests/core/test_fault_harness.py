"""A short run of the fault harness: writers killed at random lose no acknowledged write."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def test_five_kills_lose_no_acknowledged_write():
    path = Path(__file__).resolve().parents[2] / "tools" / "fault_harness.py"
    spec = importlib.util.spec_from_file_location("workbench_tools_fault_harness", path)
    assert spec is not None and spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = harness  # dataclasses look their module up
    spec.loader.exec_module(harness)  # tools/ is not a package

    result = harness.run(5, seed=3, life=(0.1, 0.6), after_first_write=True)
    assert result.kills == 5
    assert result.acknowledged > 0, "the writer never got to write"
    assert result.lost == [], result.line()
    assert result.problems == [], result.problems
    assert result.stored >= result.acknowledged
