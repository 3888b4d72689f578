"""tools/dump_first_sight.py: which commit each English blind set was first measured with,
read from the sets' README sections. The sections quoted here are written for the test."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def tool() -> types.ModuleType:
    path = ROOT / "tools" / "dump_first_sight.py"
    spec = importlib.util.spec_from_file_location("workbench_tools_dump_first_sight", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_engines_commit_is_not_the_files(tool: types.ModuleType) -> None:
    text = ("`workbench eval bench/blind/en-9.jsonl`, run on the file as committed "
            "(`aaaa1111`) with the engines of `bbbb2222` (after a round):")
    assert tool.engine_commit(text) == "bbbb2222"
    table = ("| gold | casualties |\n|---|---|\n| as written (`cccc3333`) | 5/1/2 0.8 |\n"
             "| `dddd4444` (a round) | 6/1/1 0.9 |")
    assert tool.engine_commit(table) == "dddd4444"
    assert tool.engine_commit("Measured once, with the engines of main.") is None


@pytest.mark.parametrize(("text", "figures"), [
    ("```\nkind            tp    fp    fn      P      R     F1\n"
     "casualties      81     1    15  0.988  0.844  0.910\n```", (81, 1, 15)),
    ("| kind | tp | fp | fn |\n|---|---|---|---|\n| casualties | 65 | 3 | 8 |", (65, 3, 8)),
    ("| engines | casualties | dates |\n|---|---|---|\n"
     "| `eeee5555` (first measurement) | 89/2/9 0.942 | 75/1/1 0.987 |", (89, 2, 9)),
])
def test_the_first_casualty_figures_are_read_in_every_layout(
        tool: types.ModuleType, text: str, figures: tuple[int, int, int]) -> None:
    assert tool.readme_casualties(text) == figures


def test_every_dumped_set_has_a_commit_and_the_held_out_set_none(
        tool: types.ModuleType) -> None:
    plan = tool.plan()
    assert "en-36" not in plan
    assert all(commit for commit, _ in plan.values())
    dumped = {p.stem for p in (ROOT / "bench" / "casualty_stage").glob("en-*.json")}
    assert "en-36" not in dumped and dumped <= set(plan)


def test_the_tool_has_help(tool: types.ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        tool.main(["--help"])
    assert stop.value.code == 0
    assert "--check" in capsys.readouterr().out
