"""`workbench COMMAND ACTION --help` shows the action's help, for every command with
actions of its own; the project comes before the action when a command runs."""

from __future__ import annotations

import argparse
import re

import pytest

from workbench.cli import build_parser, main
from workbench.cli.examples import EXAMPLES


def _nested(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _actions() -> list[tuple[str, str]]:
    commands = _nested(build_parser())
    return [(c, a) for c, sp in commands.items() for a in _nested(sp)]


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as ended:
        main(list(argv))
    assert ended.value.code == 0
    return capsys.readouterr().out


def test_incident_has_its_actions():
    assert {("incident", "suggest"), ("incident", "create")} <= set(_actions())


@pytest.mark.parametrize(("command", "action"), _actions())
def test_an_action_named_first_shows_its_own_help(capsys, command, action):
    out = _help(capsys, command, action, "--help")
    assert out.startswith(f"usage: workbench {command} PROJECT {action} ")
    for line in EXAMPLES[f"{command} {action}"]:
        assert f"  {line}" in out
    # the same help as after a project, as it was asked for before
    assert out == _help(capsys, command, "notes.wbproj", action, "-h")


def test_the_programs_own_options_may_come_first(capsys):
    out = _help(capsys, "--coder", "amal", "incident", "suggest", "--help")
    assert out.startswith("usage: workbench incident PROJECT suggest ")


def test_the_command_help_names_the_project_in_capitals(capsys):
    out = _help(capsys, "incident", "--help")
    assert "PROJECT ACTION" in out
    assert not re.search(r"^\s+project\s", out, re.M)  # the argument's own line too
    assert "PROJECT" in _help(capsys, "docs", "--help").splitlines()[1]


def test_a_project_named_like_an_action_still_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "suggest"]) == 0
    assert main(["incident", "suggest", "suggest"]) == 0
    assert "Suggested 0 incidents" in capsys.readouterr().out
