"""Arabic suggestion engines: casualty figures, dates, statements, claims.

``extract_ar(text, published)`` returns the same keys and dict shapes as
``workbench.core.extract.extract``; offsets are code points into ``text``.
The rules match a folded copy of the text (``normalise.fold``) and map every
span back, so diacritics, tatweel and letter variants do not matter.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from .casualties import find_casualties_ar
from .claims import find_claims_ar
from .dates import find_dates_ar
from .normalise import is_arabic
from .statements import find_statements_ar

__all__ = ["extract_ar", "find_casualties_ar", "find_claims_ar", "find_dates_ar",
           "find_statements_ar", "is_arabic"]


_SPAN = itemgetter("start", "end")


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=_SPAN)  # itemgetter: no Python call per item


def extract_ar(text: str, published: str | None = None) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return {
        "casualties": _sorted(find_casualties_ar(text)),
        "dates": _sorted(find_dates_ar(text, published)),
        "statements": _sorted(find_statements_ar(text)),
        "claims": _sorted(find_claims_ar(text)),
    }
