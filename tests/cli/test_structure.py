"""The command-line package's shape: groups independent, choices from the codebook."""

import argparse
import ast
from pathlib import Path

import pytest

import workbench.cli as cli
from workbench.core import codebook
from workbench.core.exporters import FORMATS

PACKAGE = Path(cli.__file__).parent
SHARED = {"workbench.cli", "workbench.cli.common"}


def _cli_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [f"{node.module}.{a.name}" for a in node.names]
            found |= {node.module, *names} if node.module == "workbench.cli" else {node.module}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {m for m in found if m.startswith("workbench.cli")}


def _option(command: str, dest: str) -> argparse.Action:
    sub = cli.build_parser()._subparsers._group_actions[0].choices[command]
    return next(a for a in sub._actions if a.dest == dest)


def test_group_modules_import_only_the_shared_module():
    # examples.py is the table of --help examples the parser builder attaches.
    groups = [p for p in PACKAGE.glob("*.py")
              if p.name not in ("__init__.py", "common.py", "examples.py")]
    assert {p.stem for p in groups} == {g.__name__.rsplit(".", 1)[1] for g in cli.GROUPS}
    bad = {p.name: sorted(_cli_imports(p) - SHARED) for p in groups}
    assert {k: v for k, v in bad.items() if v} == {}
    assert _cli_imports(PACKAGE / "common.py") == set()
    assert _cli_imports(PACKAGE / "examples.py") == set()


@pytest.mark.parametrize(("command", "dest", "constant"), [
    ("annotate", "status", codebook.STATUSES),
    ("edit", "status", codebook.STATUSES),
    ("annotations", "status", codebook.STATUSES),
    ("link", "type", codebook.LINK_TYPES),
    ("grade", "reliability", codebook.RELIABILITY),
    ("grade", "credibility", codebook.CREDIBILITY),
])
def test_choices_are_the_codebooks_constants(command, dest, constant):
    assert _option(command, dest).choices is constant


def test_field_type_help_lists_the_codebooks_field_types():
    assert _option("codebook", "type").help.endswith(", ".join(codebook.FIELD_TYPES))


def test_export_formats_are_the_exporters():
    from workbench.core.exchange import FORMATS as EXCHANGE

    assert _option("export", "format").choices == (*FORMATS, *EXCHANGE)


def test_help_lists_commands_in_help_order_then_the_rest(monkeypatch):
    class Extra:
        @staticmethod
        def register(add):
            add("zz-extra", lambda args: 0, "A command the order does not name.")
            add("aa-extra", lambda args: 0, "Another one.")

    monkeypatch.setattr(cli, "GROUPS", (*cli.GROUPS, Extra))
    names = list(cli.build_parser()._subparsers._group_actions[0].choices)
    assert names == [*cli.HELP_ORDER, "zz-extra", "aa-extra"]


def test_two_commands_of_one_name_are_refused(monkeypatch):
    class Twice:
        @staticmethod
        def register(add):
            add("docs", lambda args: 0, "A second docs.")

    monkeypatch.setattr(cli, "GROUPS", (*cli.GROUPS, Twice))
    with pytest.raises(ValueError, match="docs"):
        cli.build_parser()


def _shape(parser: argparse.ArgumentParser) -> list:
    """Everything a parser parses and says: each action's options, destination, count,
    default, type, choices and help, nested commands' parsers included, and its help."""
    out: list = [parser.prog, parser.format_help()]
    for a in parser._actions:
        out.append((type(a).__name__, a.option_strings, a.dest, a.nargs, repr(a.default),
                    getattr(a.type, "__name__", repr(a.type)), a.required, a.help,
                    a.metavar, a.const))
        if isinstance(a, argparse._SubParsersAction):
            out.extend((name, _shape(p)) for name, p in a.choices.items())
    return out


def test_a_named_commands_parser_is_the_one_the_whole_command_line_builds():
    whole = cli.build_parser()
    commands = whole._subparsers._group_actions[0].choices
    assert len(commands) > 30
    top = [(a.option_strings, a.dest) for a in whole._actions
           if not isinstance(a, argparse._SubParsersAction)]
    for name, sub in commands.items():
        narrow = cli.build_parser(name)
        assert list(narrow._subparsers._group_actions[0].choices) == [name]
        assert _shape(narrow._subparsers._group_actions[0].choices[name]) == _shape(sub), name
        assert [(a.option_strings, a.dest) for a in narrow._actions
                if not isinstance(a, argparse._SubParsersAction)] == top
    # A name that is no command: the whole command line, for its error and its help.
    assert list(cli.build_parser("imprt")._subparsers._group_actions[0].choices) == \
        list(commands)


@pytest.mark.parametrize("argv", [
    ["import", "p.wbproj", "a.txt", "b.txt", "--recursive", "--json", "--jobs", "3",
     "--title", "T", "--coder", "ana"],
    ["incident", "p.wbproj", "create", "--title", "Strike", "--start", "2024-01-02"],
    ["export", "p.wbproj", "--format", "csv", "-o", "out.csv"],
    ["search", "p.wbproj", "word", "--json"],
])
def test_a_command_parses_the_same_with_its_parser_alone(argv):
    def parsed(parser: argparse.ArgumentParser) -> dict:
        try:
            return vars(parser.parse_args(argv))
        except SystemExit as exit_:
            return {"exit": exit_.code}

    assert parsed(cli.build_parser(argv[0])) == parsed(cli.build_parser())


def test_main_builds_only_the_named_commands_parser(monkeypatch):
    built = []
    real = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda command=None: (built.append(command),
                                                                     real(command))[1])
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert built == ["import", None]
