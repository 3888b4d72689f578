"""The importers' name for ``core.direction`` (writing direction of a text).

The rule lives outside the importers package so that the viewer, which asks it of
every document it shows, does not load every importer before the window's first paint.
"""

from workbench.core.direction import (
    _MAYBE_RTL,
    SAMPLE_CHARS,
    Direction,
    detect_direction,
    has_both_directions,
    paragraph_directions,
)

__all__ = [
    "SAMPLE_CHARS",
    "_MAYBE_RTL",
    "Direction",
    "detect_direction",
    "has_both_directions",
    "paragraph_directions",
]
