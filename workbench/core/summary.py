"""One short line that says what an annotation holds, written as a researcher writes it.

The annotation table's key-fields column shows it. Everything is read through the kind's
roles, so a kind a user adds reads the same way as a built-in one once its roles are set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.core.codebook import KindSpec

SEPARATOR = " · "


def key_summary(spec: KindSpec | None, fields: dict[str, Any],
                record_name: Callable[[Any], str] | None = None) -> str:
    """The key fields of an annotation of kind ``spec`` in one cell ("≥ 8 killed · civilians").

    ``record_name`` (``actor_names.RecordNames``) turns the actor-record field's id into
    the record's name where the kind shows that field; without it the id is shown."""
    if spec is None:
        return ""
    roles = spec.roles
    parts: list[str] = []
    if roles.has_counts:
        figure = count_text(spec, fields)
        parts.append(figure)
        group = value_text(spec.value(fields, "group"))
        if group and group.casefold() not in figure.casefold():
            parts.append(group)
    names = _named_fields(spec)
    record = roles.actor_record if record_name is not None else None
    parts += [record_name(fields[n]) if n == record and fields.get(n) and record_name
              else value_text(fields.get(n)) for n in names]
    return SEPARATOR.join(p for p in parts if p)


def _named_fields(spec: KindSpec) -> tuple[str, ...]:
    """The fields shown by name after a kind's figure (if it has counts)."""
    roles = spec.roles
    if roles.has_counts:
        used = {roles.count_low, roles.count_best, roles.count_high, roles.outcome,
                roles.qualifier, roles.group, roles.raw}
        return tuple(n for n in roles.summary if n not in used)
    return roles.summary or tuple(
        f.name for f in spec.fields if f.type in ("text", "enum"))[:2]


def shows_record(spec: KindSpec) -> bool:
    """Whether the kind's key fields show its actor-record field (as the record's name)."""
    return bool(spec.roles.actor_record) and spec.roles.actor_record in _named_fields(spec)


def count_text(spec: KindSpec, fields: dict[str, Any]) -> str:
    """A count with its qualifier and outcome: "8 killed", "≥ 8", "8–12 wounded", "~30"."""
    low, best, high = (_number(spec.value(fields, r))
                       for r in ("count_low", "count_best", "count_high"))
    qualifier = spec.value(fields, "qualifier")
    raw = value_text(spec.value(fields, "raw"))
    figure = None if qualifier == "vague" and raw else _figure(qualifier, low, best, high)
    if figure is None:
        return raw or value_text(spec.value(fields, "outcome"))
    return " ".join(p for p in (figure, value_text(spec.value(fields, "outcome"))) if p)


def _figure(qualifier: str | None, low: str | None, best: str | None,
            high: str | None) -> str | None:
    def first(*values: str | None) -> str | None:
        return next((v for v in values if v is not None), None)

    if qualifier in ("at_least", "vague"):
        n = first(low, best, high)
        return None if n is None else f"≥ {n}"
    if qualifier == "more_than":
        n = first(low, best, high)
        return None if n is None else f"> {n}"
    if qualifier == "up_to":
        n = first(high, best, low)
        return None if n is None else f"≤ {n}"
    if qualifier == "about":
        n = first(best, low, high)
        return None if n is None else f"~{n}"
    if qualifier == "range" or (qualifier is None and best is None):
        if low is not None and high is not None and low != high:
            return f"{low}–{high}"
        if qualifier == "range" and (low is None) != (high is None):
            return f"≥ {low}" if low is not None else f"≤ {high}"
    return first(best, low, high)


def _number(value: Any) -> str | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,g}"
    return str(value)


def value_text(value: Any) -> str:
    """A field value as it reads in a cell: lists joined, yes/no for booleans, "" for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v not in (None, ""))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
