"""What the README and docs/ point a reader to exists: every relative link and its anchor,
and every file of the repository a doc names in backticks (`tests/cli/test_docs.py`,
`core/searchindex.py`, `tests/x.py::test_name`).

A renamed or deleted file left its name in a doc: docs/performance.md sent the reader to
`tests/core/test_verify_index_content.py` after a later change removed it.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", ROOT / "packaging" / "README.md",
        *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"```.*?```", re.S)
LINK = re.compile(r"\]\(([^)\s]+)\)")
TICKED = re.compile(r"`([^`\n]+)`")
# A repository path inside backticks; a module path may leave out `workbench/`.
PATH = re.compile(r"(?:^|[\s(])((?:workbench|tests|tools|bench|resources|packaging|docs|core|"
                  r"gui|cli)/[\w./-]*\w)(?:::(\w+))?")
# A word in capitals (FILE, N, NAME) or a wildcard stands for whatever the reader has.
PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?!README)[A-Z]+(?![a-z])|[*<…]")


def _prose(doc: Path) -> str:
    return FENCE.sub("", doc.read_text(encoding="utf-8"))


def _slug(heading: str) -> str:
    """The anchor a Markdown renderer gives a heading, as GitHub makes it."""
    text = re.sub(r"[^\w\- ]", "", heading.replace("`", "").strip().lower())
    return text.replace(" ", "-")


@cache
def _anchors(doc: Path) -> frozenset[str]:
    seen: dict[str, int] = {}
    found = set(re.findall(r'<a (?:name|id)="([^"]+)"', _prose(doc)))
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*$", _prose(doc), re.M):
        slug = _slug(heading)
        found.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
        seen[slug] = seen.get(slug, 0) + 1
    return frozenset(found)


@cache
def _defined(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(node.name for node in ast.walk(tree) if isinstance(
        node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef))


def _target(name: str) -> Path | None:
    for base in (ROOT, ROOT / "workbench", ROOT / "workbench" / "core",
                 ROOT / "workbench" / "gui", ROOT / "tests"):
        if (base / name).exists():
            return base / name
    return None


def _named(name: str, function: str) -> tuple[str, str]:
    """``core/trash.listed`` names the function ``listed`` of ``core/trash.py``."""
    stem, dot, last = name.rpartition(".")
    if dot and "/" not in last and not _target(name) and _target(stem + ".py"):
        return stem + ".py", last
    return name, function


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: str(d.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(doc):
    broken = []
    for link in LINK.findall(_prose(doc)):
        if re.match(r"[a-z][a-z+.-]*:", link):
            continue  # a web address: not this repository's to keep
        path, _, anchor = link.partition("#")
        target = (doc.parent / path).resolve() if path else doc
        unknown = (target.exists() and anchor and target.suffix == ".md"
                   and anchor not in _anchors(target))
        if not target.exists() or unknown:
            broken.append(link)
    assert broken == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: str(d.relative_to(ROOT)))
def test_every_file_and_test_a_doc_names_exists(doc):
    missing, checked = [], 0
    for ticked in TICKED.findall(doc.read_text(encoding="utf-8")):
        for name, function in PATH.findall(ticked):
            if PLACEHOLDER.search(name.rsplit("/", 1)[-1]) or name.endswith("/"):
                continue
            checked += 1
            name, function = _named(name, function)
            target = _target(name)
            if target is None:
                missing.append(name)
            elif function and target.suffix == ".py" and function not in _defined(target):
                missing.append(f"{name}::{function}")
    assert missing == []
    if doc.name in ("README.md", "integrity.md", "performance.md"):
        assert checked >= 5  # a broken pattern would find nothing and pass
