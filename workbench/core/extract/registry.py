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

from .rejoin import Rejoined

Engine = Callable[..., list[dict[str, Any]]]
KINDS = ("casualties", "dates", "statements", "claims")
DEFAULT_LANGUAGE = "en"
# Kinds whose engine also takes the publication date.
DATED_KINDS = frozenset({"dates"})

_ENGINES: dict[str, dict[str, Engine]] = {}
# A language's reading of the text before its engines run: the prepared text with
# where each of its characters stands in the original, or None when it leaves it alone.
Prepare = Callable[[str], Rejoined | None]
_PREPARE: dict[str, Prepare] = {}
_loaded = False


def register(language: str, kind: str, fn: Engine) -> Engine:
    """Add (or replace) the ``kind`` engine of ``language``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    _ENGINES.setdefault(language.lower(), {})[kind] = fn
    return fn


def register_preparation(language: str, fn: Prepare) -> Prepare:
    """Add (or replace) what ``language``'s engines read the text through first."""
    _PREPARE[language.lower()] = fn
    return fn


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from .casualty_stage import rules_then_stage
    from .claims import find_claims
    from .dates import find_dates
    from .statements import find_statements

    for kind, fn in (("casualties", rules_then_stage), ("dates", find_dates),
                     ("statements", find_statements), ("claims", find_claims)):
        _ENGINES.setdefault("en", {}).setdefault(kind, fn)
    # "kill-\ned": the English engines read a word broken at a line break whole, and
    # spacing that only the copy put there (no-break spaces, hard wraps) as a space.
    from .surface import prepare

    _PREPARE.setdefault("en", prepare)
    from .lang import load_optional

    load_optional(register)


def languages() -> list[str]:
    _ensure_loaded()
    return sorted(_ENGINES)


def _resolve(language: str | None) -> str | None:
    """The registry entry ``language`` uses: its own, or English, or none (Arabic
    without engines of its own)."""
    code = (language or DEFAULT_LANGUAGE).lower().split("-")[0]
    if code in _ENGINES:
        return code
    if code == "ar":
        return None
    return DEFAULT_LANGUAGE


def preparation_for(language: str | None) -> Prepare | None:
    """What the engines ``engines_for(language)`` gives read the text through, if
    anything: resolved the same way, so a language that falls back to the English
    engines ("en-GB", an undetected one) also gets English's preparation."""
    _ensure_loaded()
    code = _resolve(language)
    return None if code is None else _PREPARE.get(code)


def engines_for(language: str | None) -> dict[str, Engine]:
    """Engines by kind for ``language``; unknown or None means English.

    A language with its own registry entry gets only its own engines (a kind it
    lacks is simply not suggested): English rules on Arabic text would only
    produce noise.
    """
    _ensure_loaded()
    code = _resolve(language)
    return {} if code is None else dict(_ENGINES[code])
