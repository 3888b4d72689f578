"""The importers package imports in one direction: no module needs one that needs it back."""

import ast
from pathlib import Path

import workbench.core.importers as package

PKG = package.__name__
ROOT = Path(package.__file__).parent


def _modules() -> dict[str, Path]:
    return {PKG if p.stem == "__init__" else f"{PKG}.{p.stem}": p for p in ROOT.glob("*.py")}


def import_graph() -> dict[str, set[str]]:
    """Edges between the package's modules, from every import statement (also in functions).

    ``from workbench.core.importers import limits`` is an edge to ``limits``, not
    to the package: naming a module of the package does not need its ``__init__``
    to have finished.
    """
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    edges.add(sub if sub in modules else node.module)
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle as a list of modules (first repeated at the end), or [] when acyclic."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_find_cycle_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_the_graph_reads_the_real_imports():
    graph = import_graph()
    assert f"{PKG}.sandbox" in graph[PKG]
    assert f"{PKG}.worker" in graph[f"{PKG}.sandbox"]


def test_no_import_cycle_among_importer_modules():
    assert find_cycle(import_graph()) == []
