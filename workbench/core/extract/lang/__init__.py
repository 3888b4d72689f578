"""Per-language vocabulary, and the hook that wires in other languages' engines.

``en`` holds the English vocabulary as plain data; the English engines live in
the modules of ``workbench.core.extract`` and are registered in
``workbench.core.extract.registry``.

Engines for another language are found by name: a module listed in
``OPTIONAL_ENGINES`` may define ``find_casualties_<lang>(text)``,
``find_dates_<lang>(text, published)`` and ``find_statements_<lang>(text)``
(and ``find_claims_<lang>(text)``), returning the same dict shapes as the
English engines. Whatever it defines is registered; a module that does not
exist is skipped, so listing it before it lands is harmless.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# >>> Optional language engines: one (language, module) line per module. <<<
OPTIONAL_ENGINES: tuple[tuple[str, str], ...] = (
    ("ar", "workbench.core.extract.ar"),
    ("ar", "workbench.core.extract.lang.ar"),
)
KINDS = ("casualties", "dates", "statements", "claims")


def load_optional(register: Callable[[str, str, Callable[..., Any]], None],
                  modules: tuple[tuple[str, str], ...] = OPTIONAL_ENGINES) -> list[str]:
    """Register the engines of the listed modules that exist; their names are returned."""
    loaded: list[str] = []
    for language, name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise  # the module exists but one of its own imports is missing
            continue
        found = False
        for kind in KINDS:
            fn = getattr(module, f"find_{kind}_{language}", None)
            if callable(fn):
                register(language, kind, fn)
                found = True
        if found:
            loaded.append(name)
    return loaded
