"""What each export format is called and which file it makes, for file dialogs and help.

Kept beside the registry (``FORMATS`` in this package) rather than in it, so a format
added there is offered at once, under its own name, before anyone writes a label here.
"""

from __future__ import annotations

# format -> (label, file extension)
LABELS: dict[str, tuple[str, str]] = {
    "csv": ("CSV, event-data style", "csv"),
    "json": ("JSON", "json"),
    "w3c": ("W3C Web Annotation", "jsonld"),
    "acled": ("ACLED-style incidents (CSV)", "csv"),
    "ucdp": ("UCDP GED-style incidents (CSV)", "csv"),
    "incidents": ("Incidents with their tallies (CSV)", "csv"),
}
# Formats written one row per annotation: only these can be narrowed to the annotations
# a filter lists (incident formats are written one row per incident).
FILTERABLE = ("json", "csv", "w3c")
# Formats written as CSV: no NUL in them, and a byte-order mark when asked (``csvtext``).
CSV_FORMATS = ("csv", "acled", "ucdp", "incidents")


def formats() -> list[str]:
    """Every registered format, the annotation formats first, as the registry lists them."""
    from workbench.core.exporters import FORMATS

    return sorted(FORMATS, key=lambda f: (f not in FILTERABLE, list(FORMATS).index(f)))


def label(fmt: str) -> str:
    return LABELS.get(fmt, (fmt.upper(), fmt))[0]


def extension(fmt: str) -> str:
    return LABELS.get(fmt, (fmt, "txt"))[1]
