"""What the tests of the perturbation benches (``bench/blind/perturb*.py``) share: a bench
loaded as a module, a gold casualty entry, a fictional document and a set written for a
bench's command line to score."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BLIND = Path(__file__).resolve().parents[1] / "bench" / "blind"


def load(name: str) -> ModuleType:
    """``bench/blind/<name>.py`` as a module. It is registered in ``sys.modules`` before it
    runs, since its dataclasses look their module up there."""
    spec = importlib.util.spec_from_file_location(f"workbench_bench_{name}", BLIND / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def casualty(evidence: str, outcome: str, low: int, qualifier: str = "exact",
          high: int | None = None, group: str | None = None) -> dict[str, Any]:
    return {"evidence": evidence, "outcome": outcome, "count_low": low, "count_high": high,
            "qualifier": qualifier, "group": group}


def fiction_doc(text: str, *entries: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """A fictional document holding only casualty entries."""
    return {"doc_id": doc_id, "source": "fiction", "published": None, "text": text,
            "casualties": list(entries), "dates": [], "statements": []}


def write_set(path: Path, *docs: dict[str, Any]) -> Path:
    """The documents as a gold JSONL set at ``path``."""
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def assert_carried(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Every gold entry of ``after`` has its evidence in its new text and keeps every other
    field of its entry in ``before``."""
    for kind in ("casualties", "dates", "statements"):
        for old, new in zip(before[kind], after[kind], strict=True):
            assert new["evidence"] in after["text"]
            assert {k: v for k, v in new.items() if k != "evidence"} == \
                {k: v for k, v in old.items() if k != "evidence"}
