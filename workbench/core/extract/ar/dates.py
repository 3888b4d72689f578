from __future__ import annotations
from typing import Any
def find_dates_ar(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return []
