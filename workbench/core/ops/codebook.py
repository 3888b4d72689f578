"""Extend the project's codebook: new kinds, new fields, other keys, fields' roles."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.codebook import FIELD_TYPES, FieldSpec, KindSpec, validate_kind_name
from workbench.core.errors import ValidationError
from workbench.core.project import Project

_PALETTE = ("#5d6d7e", "#a04000", "#1e8449", "#6c3483", "#b7950b", "#117a65")


def _check_key(project: Project, key: str, kind: str) -> str:
    key = key.strip().upper()
    if len(key) != 1 or not key.isalnum():
        raise ValidationError(f"A key must be one letter or digit; got {key!r}.")
    other = project.codebook.by_key(key)
    if other is not None and other.name != kind:
        raise ValidationError(f"The key {key} is already used by {other.label}.")
    return key


def add_kind(
    project: Project, name: str, label: str, key: str, color: str | None = None
) -> ChangeSet:
    """Add a kind with no fields and no roles yet, under its own one-letter key."""
    validate_kind_name(name)
    with project.write("codebook") as tx:  # the codebook is read inside the write
        if name in project.codebook:
            raise ValidationError(f"The codebook already has a kind named {name!r}.")
        position = len(project.codebook.kinds())
        spec = KindSpec(
            name=name,
            label=label or name.replace("_", " ").capitalize(),
            key=_check_key(project, key, name),
            color=color or _PALETTE[position % len(_PALETTE)],
            marker="solid",
        )
        tx.insert("codebook", {"name": name, "position": position, "spec": spec.to_dict()})
    return tx.changeset


def add_field(
    project: Project,
    kind: str,
    name: str,
    type_: str,
    *,
    label: str = "",
    choices: tuple[str, ...] = (),
    minimum: float | None = None,
    maximum: float | None = None,
) -> ChangeSet:
    """Add a typed field to a kind (built-in or not); ``choices`` are needed for an enum."""
    validate_kind_name(name)
    if type_ not in FIELD_TYPES:
        raise ValidationError(f"Field type must be one of {', '.join(FIELD_TYPES)}; got {type_!r}.")
    if type_ == "enum" and not choices:
        raise ValidationError("A choice field needs at least one choice.")
    _check_choices(choices)
    _check_bounds(type_, minimum, maximum)
    new_field = FieldSpec(name, type_, label or name.replace("_", " ").capitalize(),
                          tuple(choices), minimum, maximum)

    def change(spec: KindSpec) -> KindSpec:
        if any(f.name == name for f in spec.fields):
            raise ValidationError(f"{spec.label} already has a field named {name!r}.")
        return replace(spec, fields=(*spec.fields, new_field))

    return _save(project, kind, change)


def _check_choices(choices: tuple[str, ...]) -> None:
    seen: set[str] = set()
    for choice in choices:
        if not str(choice).strip():
            raise ValidationError("A choice cannot be empty.")
        if choice in seen:
            raise ValidationError(f"The choice {choice!r} is given twice.")
        seen.add(choice)


def _check_bounds(type_: str, minimum: float | None, maximum: float | None) -> None:
    """A field is added for good (the codebook has no removal): bounds no value meets,
    or that cannot be stored (NaN and infinity stopped the write with a traceback), would
    leave a field nothing can ever be entered in."""
    if minimum is None and maximum is None:
        return
    if type_ not in ("int", "float"):
        raise ValidationError(f"Only number fields (int, float) take a smallest or largest "
                              f"value; this field is {type_}.")
    for what, bound in (("smallest", minimum), ("largest", maximum)):
        if bound is not None and not math.isfinite(bound):
            raise ValidationError(f"The {what} value must be a finite number; got {bound}.")
    if minimum is not None and maximum is not None and minimum > maximum:
        raise ValidationError(f"The smallest value ({minimum:g}) is above the largest "
                              f"({maximum:g}): no value could be entered.")


def set_key(project: Project, kind: str, key: str) -> ChangeSet:
    """Give a kind another one-letter key, refused if another kind uses it."""
    return _save(project, kind, lambda spec: replace(spec, key=_check_key(project, key, kind)))


def set_roles(project: Project, kind: str, **roles: Any) -> ChangeSet:
    """Say which of a kind's fields play which roles (see ``codebook.Roles``).

    Field roles name a field of the kind, of a type the role can use (counts are numbers,
    dates are dates); ``actors`` and ``summary`` take several names; ``symbol`` is one of
    ``codebook.SYMBOLS``; ``date`` and ``precision`` set the date the timeline plots. An
    empty value clears a role. Nothing is stored unless every role is valid.
    """
    if not roles:
        raise ValidationError("Name at least one role to set.")
    return _save(project, kind, lambda spec: spec.with_roles(**roles))


def _save(project: Project, kind: str, change: Callable[[KindSpec], KindSpec]) -> ChangeSet:
    """Read the kind, change it and store it in one write, so that two processes
    adding fields at once both keep theirs."""
    with project.write("codebook") as tx:
        spec = change(project.codebook.kind(kind))
        tx.update("codebook", spec.name, {"spec": spec.to_dict()})
    return tx.changeset
