"""Suggestion engines per language, like the importers' registry.

``register(language, kind, fn)`` adds an engine; ``engines_for(language)``
returns the engines of one language by kind. Language codes are those the
importers detect (``workbench.core.importers.language``): "en", "ar", ...;
None or a language without engines means English, except Arabic: English
rules never run over Arabic text, even before Arabic engines are registered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Engine = Callable[..., list[dict[str, Any]]]
KINDS = ("casualties", "dates", "statements", "claims")
DEFAULT_LANGUAGE = "en"
# Kinds whose engine also takes the publication date.
DATED_KINDS = frozenset({"dates"})

_ENGINES: dict[str, dict[str, Engine]] = {}
_loaded = False


def register(language: str, kind: str, fn: Engine) -> Engine:
    """Add (or replace) the ``kind`` engine of ``language``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    _ENGINES.setdefault(language.lower(), {})[kind] = fn
    return fn


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from .casualties import find_casualties
    from .claims import find_claims
    from .dates import find_dates
    from .statements import find_statements

    for kind, fn in (("casualties", find_casualties), ("dates", find_dates),
                     ("statements", find_statements), ("claims", find_claims)):
        _ENGINES.setdefault("en", {}).setdefault(kind, fn)
    from .lang import load_optional

    load_optional(register)


def languages() -> list[str]:
    _ensure_loaded()
    return sorted(_ENGINES)


def engines_for(language: str | None) -> dict[str, Engine]:
    """Engines by kind for ``language``; unknown or None means English.

    A language with its own registry entry gets only its own engines (a kind it
    lacks is simply not suggested): English rules on Arabic text would only
    produce noise.
    """
    _ensure_loaded()
    code = (language or DEFAULT_LANGUAGE).lower().split("-")[0]
    if code in _ENGINES:
        return dict(_ENGINES[code])
    if code == "ar":
        return {}
    return dict(_ENGINES[DEFAULT_LANGUAGE])
