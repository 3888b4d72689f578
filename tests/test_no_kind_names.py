"""A kind says what it is: no code outside the codebook tests a kind by its name.

Behaviour hangs on a kind's roles (``codebook.Roles``), so a kind a user adds behaves like
a built-in one once its roles are set. The suggestion engines (``core/extract``, and
``core/suggest.py`` which files their output) and the demo produce built-in kinds by
design; they may name them, but nothing may *test* for one.
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from workbench.core.codebook import BUILTIN_KINDS

ROOT = Path(__file__).resolve().parents[1] / "workbench"
KIND_NAMES = frozenset(k.name for k in BUILTIN_KINDS)
# A dict keyed by two or more kind names is a table of kinds. One such key proves nothing:
# "date" is also a field type, "actor" an entity of the store and a lane mode.
TABLE_KEYS = 2
EXEMPT = ("core/codebook.py", "core/demo.py", "core/extract/")


def _names(node: ast.AST | None) -> set[str]:
    """The string constants a node is, or holds as a tuple, list or set literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return {n for e in node.elts for n in _names(e)}
    return set()


def _kindish(node: ast.AST) -> bool:
    text = ast.unparse(node).lower()
    return "kind" in text or "spec.name" in text


def kind_name_tests(source: str, *, lookups: bool) -> list[str]:
    """Each place ``source`` tests a value against a built-in kind name, as "line: code".

    Comparisons (``kind == "casualty"``, ``row["kind"] in ("actor", "date")``), ``match``
    cases on a kind, and dicts keyed by several kind names count; with ``lookups``, so do calls
    like ``codebook.kind("event")``.
    """
    hits = []
    for node in ast.walk(ast.parse(source)):
        bad = False
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            bad = any(
                (_names(a) & KIND_NAMES and _kindish(b)) or (_names(b) & KIND_NAMES and _kindish(a))
                for a, b in itertools.pairwise(operands)
            )
        elif isinstance(node, ast.Dict):
            bad = len({n for k in node.keys for n in _names(k)} & KIND_NAMES) >= TABLE_KEYS
        elif isinstance(node, ast.Match) and _kindish(node.subject):
            bad = any(isinstance(p, ast.MatchValue) and _names(p.value) & KIND_NAMES
                      for c in node.cases for p in ast.walk(c.pattern))
        elif lookups and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            bad = node.func.attr == "kind" and any(_names(a) & KIND_NAMES for a in node.args)
        if bad:
            hits.append(f"{node.lineno}: {ast.unparse(node)[:80]}")
    return hits


def _modules(under: str) -> list[Path]:
    return [p for p in sorted(ROOT.joinpath(under).rglob("*.py"))
            if not str(p.relative_to(ROOT)).startswith(EXEMPT)]


def test_the_checker_finds_the_old_kind_tests_and_spares_field_types():
    old = '''
SYMBOLS = {"statement": "o", "claim": "d", "casualty": "o", "event": "s", "date": "t"}
if kind == "casualty": pass
if row["kind"] in ("actor", "location", "date"): pass
size = 2 if it.kind == "casualty" else 1
spec = codebook.kind("event")
match spec.name:
    case "claim": pass
'''
    assert len(kind_name_tests(old, lookups=True)) == 6
    fine = '''
if t == "date": pass
if self.spec.type == "date": pass
combo.addItem("Lanes per actor", "actor")
if mode == "actor": pass
widgets = {"date": 1, "text": 2}
tables = {"actor": ("actors", "id"), "link": ("links", "id")}
'''
    assert kind_name_tests(fine, lookups=True) == []


@pytest.mark.parametrize("path", _modules("gui"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_gui_never_names_a_kind(path):
    assert kind_name_tests(path.read_text(encoding="utf-8"), lookups=True) == []


@pytest.mark.parametrize(
    "path", [*_modules("core"), *sorted(ROOT.glob("cli*.py")), *sorted(ROOT.glob("cli/*.py"))],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_core_and_the_command_line_never_test_a_kind_by_name(path):
    assert kind_name_tests(path.read_text(encoding="utf-8"), lookups=False) == []
