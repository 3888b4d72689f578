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
    groups = [p for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "common.py")]
    assert {p.stem for p in groups} == {g.__name__.rsplit(".", 1)[1] for g in cli.GROUPS}
    bad = {p.name: sorted(_cli_imports(p) - SHARED) for p in groups}
    assert {k: v for k, v in bad.items() if v} == {}
    assert _cli_imports(PACKAGE / "common.py") == set()


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
