"""PySide6 6.12.0 on CPython 3.11 aborts the interpreter; the spec must not allow it."""

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _pyside_requirements():
    deps = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    return [Requirement(d) for d in deps if d.lower().startswith("pyside6")]


def _allowed(version: str, python: str) -> bool:
    env = {"python_version": python, "python_full_version": python + ".0"}
    reqs = [r for r in _pyside_requirements() if r.marker is None or r.marker.evaluate(env)]
    assert reqs, f"no PySide6 requirement applies to Python {python}"
    return all(r.specifier.contains(version, prereleases=True) for r in reqs)


def test_pyside_6_12_0_is_excluded_on_python_3_11():
    assert not _allowed("6.12.0", "3.11")
    assert _allowed("6.11.3", "3.11")


def test_newer_pythons_may_use_6_12_0():
    assert _allowed("6.12.0", "3.12")
    assert _allowed("6.12.0", "3.13")


def test_essentials_not_the_full_addons():
    assert {r.name for r in _pyside_requirements()} == {"PySide6-Essentials"}


def test_sqlcipher3_is_a_dependency_and_in_the_build():
    deps = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    (req,) = [Requirement(d) for d in deps if d.startswith("sqlcipher3")]
    assert req.marker is None  # wheels exist for every packaged platform
    spec = (PYPROJECT.parent / "packaging" / "workbench.spec").read_text()
    assert '"sqlcipher3._sqlite3"' in spec
