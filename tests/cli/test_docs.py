"""The README's command table and each command's --help keep up with the parser."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import build_parser, main

README = Path(__file__).resolve().parents[2] / "README.md"
# A row of the command table starts with the backticked command, e.g. | `workbench docs ...`
ROW = re.compile(r"^\| `workbench (\S+?)[` ]", re.MULTILINE)


def commands() -> dict:
    parser = build_parser()
    return parser._subparsers._group_actions[0].choices


def readme_table() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("| command | what it does |")
    end = text.index("\n\n", start)
    return text[start:end]


def test_every_command_has_a_row_in_the_readme_table():
    listed = set(ROW.findall(readme_table()))
    assert set(commands()) - listed == set()


def test_the_readme_table_names_no_command_that_does_not_exist():
    listed = set(ROW.findall(readme_table()))
    assert listed - set(commands()) == set()


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_help_exits_0_and_describes_it(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    description = commands()[name].description
    assert description and len(description) > 10
    # argparse wraps long text, even inside hyphenated words, so ignore whitespace.
    assert "".join(description.split()) == "".join(out.split("\n\n")[1].split())


def test_python_dash_m_workbench_offers_the_commands():
    res = subprocess.run([sys.executable, "-m", "workbench", "--help"], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert all(name in res.stdout for name in commands())


def test_nested_actions_name_the_program_in_their_usage(capsys):
    import pytest

    with pytest.raises(SystemExit) as ended:
        main(["incident", "p.wbproj", "types", "--help"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.startswith("usage: workbench incident ")


def _options(parser, name="workbench"):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, sp in action.choices.items():
                yield from _options(sp, f"{name} {sub}")
        elif not isinstance(action, argparse._HelpAction):
            # Positional arguments (DOC_ID, QUERY, ...) are named by their dest.
            yield f"{name} {(action.option_strings or [action.dest])[-1]}", action.help


def test_every_option_says_what_it_does():
    # --format, --field, --memo, --title... once appeared in --help with no word about them,
    # and so did DOC_ID, QUERY, ID and the other positional arguments.
    bare = [name for name, help_ in _options(build_parser()) if not help_ or len(help_) < 8]
    assert bare == []


def _defaults(parser, name="workbench"):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, sp in action.choices.items():
                yield from _defaults(sp, f"{name} {sub}")
        elif action.option_strings and action.default not in (
                None, False, "", [], argparse.SUPPRESS):
            yield f"{name} {action.option_strings[-1]}", action.help or ""


def test_an_option_that_has_a_default_says_it():
    # `screenshot --size` (1600x1000), `incident set-best --category` (all) and
    # `codebook --type` (text) chose a value without saying which.
    found = dict(_defaults(build_parser()))
    assert len(found) >= 4  # annotate --status, search --limit, log --limit, ...
    assert [name for name, help_ in found.items() if "default" not in help_] == []
