"""Where the files in resources/ are: beside the package in a checkout, or in a build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    for c in candidates:
        if (c / "demo").is_dir():
            return c
    raise FileNotFoundError("The application's resources folder is missing.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
