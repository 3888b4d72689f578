"""Fields a new annotation starts with, read from the words it was made on.

Pressing K on "at least eight people were killed" should not leave the researcher to
type 8, "at least" and "killed" again: the same parsers that make suggestions read the
selected words. Which fields are filled is decided by the kind's roles (a kind a user
adds with count roles is prefilled like the built-in casualty kind), never its name.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.core.codebook import KindSpec
from workbench.core.errors import ValidationError
from workbench.core.extract.case_outliers import fold_case_outliers
from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.dates import find_dates
from workbench.core.extract.numbers import COUNT_RE, parse_count
from workbench.core.project import Project

# Words left after the count that say nothing about who the victims were.
_FILLER = re.compile(r"^(?:of\s+)?(?:the\s+)?|[\s,.;:]+$", re.I)


def prefill_fields(project: Project, kind: str, text: str, doc_id: int | None) -> dict[str, Any]:
    """Field values for a ``kind`` annotation made on ``text`` in document ``doc_id``.

    Only values the kind's fields accept are returned; the caller lets values the user
    gave explicitly win over these.
    """
    spec = project.codebook.kind(kind)
    by_role: dict[str, Any] = {}
    if spec.roles.has_counts and text.strip():
        by_role.update(_casualty_roles(text))
    out = {getattr(spec.roles, role): v for role, v in by_role.items()
           if getattr(spec.roles, role, None) and v is not None}
    if spec.date_field:
        out.update(_date_fields(spec, text, _published(project, doc_id)))
    return _valid(spec, out)


def _casualty_roles(text: str) -> dict[str, Any]:
    """outcome, counts, qualifier, group and raw words by role, from one selection."""
    words = " ".join(text.split())
    roles: dict[str, Any] = {"raw": words}
    found = find_casualties(fold_case_outliers(words))
    if found:
        # The figure covering most of the selection is the one the researcher meant.
        best = max(found, key=lambda f: (int(f["end"]) - int(f["start"]), -int(f["start"])))
        roles.update(outcome=best.get("outcome"), count_low=best.get("count_low"),
                     count_high=best.get("count_high"), qualifier=best.get("qualifier"),
                     group=best.get("group"))
        return roles
    # The parser wants a verb ("killed", "wounded"); a selection like "two suicide
    # bombers" has none, but its count and its group are still plain to read.
    m = COUNT_RE.search(words)
    parsed = parse_count(m) if m else None
    if m is None or parsed is None:
        return roles
    low, high, qualifier = parsed
    group = _FILLER.sub("", words[m.end():].strip()).strip()
    roles.update(count_low=low, count_high=high, qualifier=qualifier, group=group or None)
    return roles


def _date_fields(spec: KindSpec, text: str, published: str | None) -> dict[str, Any]:
    dates = [d for d in find_dates(fold_case_outliers(text), published) if d.get("value")]
    if not dates:
        return {}
    first = dates[0]
    out: dict[str, Any] = {spec.date_field: first["value"]}  # type: ignore[dict-item]
    if spec.precision_field and first.get("precision"):
        out[spec.precision_field] = first["precision"]
    return out


def _published(project: Project, doc_id: int | None) -> str | None:
    if doc_id is None:
        return None
    row = project.repo.get("document", doc_id)
    return row["published"] if row else None


def _valid(spec: KindSpec, values: dict[str, Any]) -> dict[str, Any]:
    """Keep each value its field accepts: a guess must never block making the annotation."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        try:
            out[name] = spec.field(name).coerce(value)
        except ValidationError:
            continue
    try:
        spec.check_consistency(out)
    except ValidationError:
        for name in spec.roles.counts:
            out.pop(name, None)  # type: ignore[arg-type]
    return out
