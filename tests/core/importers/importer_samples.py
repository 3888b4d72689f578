"""Sample files for the importer tests, built by the same code the fuzzer uses."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from workbench.core.importers.limits import display_name

ROOT = Path(__file__).resolve().parents[3]


def load_fuzzer():
    """tools/fuzz_importers.py as a module (tools/ is not a package)."""
    name = "workbench_tools_fuzz_importers"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "fuzz_importers.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fuzz = load_fuzzer()
make_pdf = fuzz.make_pdf
make_docx = fuzz.make_docx
rewrite_zip = fuzz.rewrite_zip
is_clear_message = fuzz.is_clear_message


def assert_one_sentence(message: str, filename: str) -> None:
    """The rejection contract: one sentence that starts with the file's name."""
    assert is_clear_message(message, filename), message
    assert message.startswith(display_name(filename) + ": ")
