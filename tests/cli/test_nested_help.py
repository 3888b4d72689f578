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
    assert len(out.split("\n\n")[1].split()) >= 4  # a sentence saying what it does
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


# codebook and actors take their action as an optional word after the project (a bare
# `workbench actors PROJECT` lists): `ACTION --help` showed the whole command's help.
# Read from the parser, so an action added later is checked too (a list written here
# once left out `actors edit`).
def _word_actions() -> list[tuple[str, str]]:
    found = []
    for command, sp in _nested(build_parser()).items():
        word = next((a for a in sp._actions if hasattr(a, "action_parser")), None)
        found += [(command, a) for a in (word.choices if word is not None else ())]
    return found


WORD_ACTIONS = _word_actions()


def test_the_action_words_are_found():
    assert {("codebook", "set-role"), ("codebook", "retire"), ("actors", "edit"),
            ("actors", "merge")} <= set(WORD_ACTIONS)


@pytest.mark.parametrize(("command", "action"), WORD_ACTIONS)
def test_an_action_word_shows_its_own_help(capsys, command, action):
    out = _help(capsys, command, action, "--help")
    assert len(out.split("\n\n")[1].split()) >= 4  # a sentence saying what it does
    assert out.startswith(f"usage: workbench {command} PROJECT {action} ")
    assert "Example" in out
    examples = out[out.index("Example"):].splitlines()[1:]
    assert examples and all(line.startswith(f"  workbench {command} notes.wbproj")
                            for line in examples)
    # the same help after a project, and with the program's options first
    assert out == _help(capsys, command, "notes.wbproj", action, "-h")
    assert out == _help(capsys, "--coder", "amal", command, action, "--help")


def test_an_action_word_help_names_only_its_own_options(capsys):
    alias = _help(capsys, "actors", "alias", "--help")
    assert "--id ID" in alias and "--remove" in alias and "--type" not in alias
    match = _help(capsys, "actors", "match", "--help")
    assert "--name NAME" in match and "--alias" not in match and "--id" not in match
    role = _help(capsys, "codebook", "set-role", "--help")
    assert "--role ROLE" in role and "--choices" not in role
    # The command's own help stays whole and says how to see an action's.
    whole = _help(capsys, "actors", "--help")
    assert "--id ID" in whole and "--type TYPE" in whole
    assert "workbench actors ACTION --help" in " ".join(whole.split())  # however wrapped


def test_action_words_still_run_as_before(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "p.wbproj"]) == 0
    assert main(["actors", "p.wbproj", "add", "--name", "Eastern Brigade"]) == 0
    assert main(["actors", "p.wbproj", "match", "--name", "Eastern Brigade"]) == 0
    # options before the project, and no action word at all
    assert main(["actors", "--json", "p.wbproj"]) == 0
    assert main(["codebook", "p.wbproj"]) == 0
    assert main(["codebook", "p.wbproj", "add-kind", "--name", "protest", "--key", "P"]) == 0
    assert "protest" in capsys.readouterr().out


def _positionals(parser: argparse.ArgumentParser, name: str = "workbench"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, sp in action.choices.items():
                yield from _positionals(sp, f"{name} {sub}")
        elif not action.option_strings and not isinstance(action, argparse._HelpAction):
            yield name, action.metavar or action.dest


def test_every_argument_is_named_in_capitals_as_the_readme_names_it():
    # Usage lines read "PROJECT doc_id file" and "keep absorb" while the README and the
    # descriptions said DOC_ID, FILE, "ABSORB into KEEP".
    named = list(_positionals(build_parser()))
    assert ("workbench reimport", "DOC_ID") in named
    # OUT.png, FILE.qdpx, GOLD.jsonl: the name in capitals, then the kind of file.
    assert [(c, m) for c, m in named if m.split(".")[0] != m.split(".")[0].upper()] == []
