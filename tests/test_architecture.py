"""The dependency direction: gui -> core and cli -> core, never the other way."""

import ast
import functools
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "workbench"
QT = ("PySide6", "pyqtgraph", "shiboken6")


# Four checks read every module; each source is parsed once for all of them (the trees
# are only read, never changed).
@functools.cache
def _parse(source: str) -> ast.Module:
    return ast.parse(source)


def _imports(path: Path) -> set[str]:
    tree = _parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_core_and_cli_source_never_import_qt():
    files = [*ROOT.joinpath("core").rglob("*.py"), *ROOT.glob("cli*.py")]
    offenders = {
        str(f.relative_to(ROOT)): sorted(m for m in _imports(f) if m.split(".")[0] in QT)
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_and_cli_never_import_the_gui():
    files = [*ROOT.joinpath("core").rglob("*.py")]
    bad = [str(f) for f in files if any(m.startswith("workbench.gui") for m in _imports(f))]
    assert bad == []


def test_loading_every_core_module_and_the_cli_pulls_in_no_qt():
    code = (
        "import pkgutil, sys, importlib, workbench.core, workbench.cli\n"
        "for m in pkgutil.walk_packages(workbench.core.__path__, 'workbench.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "workbench.cli.build_parser()\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_gui_holds_no_sql():
    sql_words = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", ".execute(")
    hits = []
    for f in ROOT.joinpath("gui").rglob("*.py"):
        text = f.read_text(encoding="utf-8")
        hits += [f"{f.name}: {w}" for w in sql_words if w in text]
    assert hits == []


def redefined(source: str) -> list[str]:
    """Functions and classes defined twice in one module or class body, both times
    undecorated (a property's setter, or overloads and their implementation, are
    meant): the later one silently replaces the first, whose callers run the second."""
    out: list[str] = []

    def scan(body: list[ast.stmt], where: str) -> None:
        plain: set[str] = set()
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                if node.name in plain and not node.decorator_list:
                    out.append(f"{where}{node.name} (line {node.lineno})")
                if not node.decorator_list:
                    plain.add(node.name)
                if isinstance(node, ast.ClassDef):
                    scan(node.body, f"{node.name}.")

    scan(_parse(source).body, "")
    return out


def test_no_module_defines_one_name_twice():
    # The codebook and actors commands each had a helper named _edit in one module: the
    # later replaced the first, and every codebook edit read the actors' options. The
    # linter sees no redefinition when the first is called from inside a function.
    assert redefined("def _edit(a):\n    pass\n\ndef cmd():\n    _edit(1)\n\n"
                     "def _edit(b):\n    pass\n") == ["_edit (line 7)"]
    found = {str(p.relative_to(ROOT)): redefined(p.read_text(encoding="utf-8"))
             for p in ROOT.rglob("*.py")}
    assert {p: names for p, names in found.items() if names} == {}


def rebound(source: str) -> list[str]:
    """Module-level names given a value twice, the second value not built from the first:
    every function reads the later value, whatever the comment at the first says."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for node in _parse(source).body:
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(
                node.target, ast.Name):
            targets = [node.target.id]
        else:
            continue
        used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        for name in targets:
            if name in seen and name not in used:
                out.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return out


def test_no_module_binds_one_name_twice():
    # The Arabic statement engine bound _NAME_LINKS to "باسم" near its top and to the name
    # particles further down: the rule written for "المتحدث باسم" read the particles.
    assert rebound("A = {1}\n\ndef f():\n    return A\n\nA = {2}\n") == ["A (lines 1 and 6)"]
    assert rebound("A = {1}\nA = A | {2}\n") == []
    found = {str(p.relative_to(ROOT)): rebound(p.read_text(encoding="utf-8"))
             for p in ROOT.rglob("*.py")}
    assert {p: names for p, names in found.items() if names} == {}
