from __future__ import annotations

from typing import Any


def find_claims_ar(text: str) -> list[dict[str, Any]]:
    return []
