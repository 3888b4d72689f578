"""The engines' compiled patterns are the same text whatever the interpreter's hash seed.

An alternation built by iterating a set follows the set's hash order, which changes from
run to run; the match is the same only as long as no two alternatives can match at one
place, so the text must not depend on it: a run's behaviour has to be reproducible."""

from __future__ import annotations

import os
import subprocess
import sys

_LIST_PATTERNS = r"""
import hashlib, importlib, pkgutil, re
import workbench.core.extract as X
for info in pkgutil.walk_packages(X.__path__, X.__name__ + "."):
    module = importlib.import_module(info.name)
    texts = sorted((name, str(value.pattern)) for name, value in vars(module).items()
                   if isinstance(value, re.Pattern))
    print(info.name, hashlib.sha256(repr(texts).encode()).hexdigest())
"""


def _pattern_digests(seed: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _LIST_PATTERNS], env=env, check=True,
                         capture_output=True, text=True).stdout
    return dict(line.split() for line in out.splitlines())


def test_compiled_patterns_do_not_depend_on_the_hash_seed() -> None:
    first, second = _pattern_digests("1"), _pattern_digests("2")
    assert "workbench.core.extract.ar.dates" in first
    assert {m for m in first if first[m] != second.get(m)} == set()
