"""Extend and edit the project's codebook: new kinds and fields, other keys, fields'
roles, labels, help texts and choices, and kinds and fields retired or restored.

Names stay fixed once given: an annotation's kind and its field values are stored
under them, and so are the roles, the timeline's index, the exports' columns, the
agreement report's units and the team merge's matching of a teammate's kinds, fields and
their history, which a renamed copy in another project could not follow. The label is
the name people read (the window, the table, the timeline, the report), so that is what
a user renames; choices are values, not names, and are renamed with the annotations
holding them (``rename_choice``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.codebook import (
    FIELD_TYPES,
    OUTCOMES,
    SUGGESTED_KINDS,
    FieldSpec,
    KindSpec,
    is_blank,
    validate_kind_name,
)
from workbench.core.errors import ValidationError
from workbench.core.ops.actors import ACTOR_TYPE_FIELD
from workbench.core.project import Project
from workbench.core.repo import Repo, Transaction
from workbench.core.textnorm import normalise
from workbench.core.wording import counted

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
    choices = tuple(_choice(c) for c in choices)
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
        if _folded(choice) in seen:
            raise ValidationError(f"The choice {choice!r} is given twice.")
        seen.add(_folded(choice))


def _folded(text: str) -> str:
    """``text`` as a reader tells two words apart: case, harakat, Arabic letter variants
    and runs of spaces folded as search folds them. "Refuted" beside "refuted", or
    "حَدَث" beside "حدث", would read as one word twice in every list and menu."""
    return normalise(" ".join(text.split()))


def alike(words: tuple[str, ...] | list[str], word: str) -> str | None:
    """The one of ``words`` that reads as ``word`` (``_folded``), if any: a choice the
    editor refuses beside it, and a merge maps onto it (``merge/fields.py``)."""
    return next((w for w in words if _folded(w) == _folded(word)), None)


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


# ------------------------------------------------------------------ editing
def _label(text: str | None, what: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError(f"The {what} cannot be empty.")
    return text


def set_kind_label(project: Project, kind: str, label: str) -> ChangeSet:
    """Rename a kind as people read it (the menu, the table, the timeline); refused
    when empty or when another kind reads the same."""
    label = _label(label, "label of a kind")

    def change(spec: KindSpec) -> KindSpec:
        for other in project.codebook.kinds():
            if other.name != spec.name and _folded(other.label) == _folded(label):
                raise ValidationError(f"The kind {other.name} is already labelled "
                                      f"{other.label}.")
        return replace(spec, label=label)

    return _save(project, kind, change)


def edit_field(project: Project, kind: str, name: str, *, label: str | None = None,
               help: str | None = None) -> ChangeSet:
    """Change a field's label (refused empty, or the same as another field's of the
    kind) and its help text (may be empty)."""
    if label is None and help is None:
        raise ValidationError("Give the field a new label or help text.")

    def change(spec: KindSpec) -> KindSpec:
        f = spec.field(name)
        new = f
        if label is not None:
            text = _label(label, "label of a field")
            for other in spec.fields:
                if other.name != name and _folded(other.label or other.name) == \
                        _folded(text):
                    raise ValidationError(f"{spec.label} already has a field labelled "
                                          f"{other.label or other.name} ({other.name}).")
            new = replace(new, label=text)
        if help is not None:
            new = replace(new, help=help.strip())
        return _with_field(spec, new)

    return _save(project, kind, change)


def add_choice(project: Project, kind: str, name: str, choice: str) -> ChangeSet:
    """Add a choice at the end of a choice field's list."""
    choice = _choice(choice)

    def change(spec: KindSpec) -> KindSpec:
        f = _enum(spec, name)
        if (same := alike(f.choices, choice)) is not None:
            raise ValidationError(f"{f.label or name} already has the choice {same!r}.")
        new = _with_field(spec, replace(f, choices=(*f.choices, choice)))
        new.check_roles()  # a qualifier or precision takes only the words it knows
        return new

    return _save(project, kind, change)


def rename_choice(project: Project, kind: str, name: str, old: str, new: str) -> ChangeSet:
    """Rename a choice in place, and every annotation holding it (trashed ones too, so a
    restored one is still valid), in one write: one undo step takes both back.
    ``result``: how many annotations were rewritten."""
    new = _choice(new)
    with project.write("codebook") as tx:
        spec = project.codebook.kind(kind)
        f = _enum(spec, name)
        if old not in f.choices:
            raise ValidationError(f"{f.label or name} has no choice {old!r} "
                                  f"(choices: {', '.join(f.choices)}).")
        if new == old:
            raise ValidationError(f"The choice {old!r} already reads so.")
        if (same := alike(tuple(c for c in f.choices if c != old), new)) is not None:
            raise ValidationError(f"{f.label or name} already has the choice {same!r}.")
        _keep_counted_outcome(spec, f, old, "renamed")
        changed = _with_field(spec, replace(
            f, choices=tuple(new if c == old else c for c in f.choices)))
        changed.check_roles()
        tx.update("codebook", kind, {"spec": changed.to_dict()})
        count = rename_held(project.repo, tx, kind, name, old, new)
    tx.changeset.result = count
    return tx.changeset


def _types_records(kind: str, name: str) -> bool:
    # The actor kind's type field lists the types an actor record may have (the
    # records' own column, not an annotation's field): a choice renamed or removed
    # there is renamed or counted on the records too.
    return (kind, name) == ACTOR_TYPE_FIELD


def holders(repo: Repo, kind: str, name: str, choice: str) -> tuple[int, int]:
    """How many annotations, and actor records, hold ``choice`` of the field ``name``
    of ``kind``, trashed ones included."""
    records = len(repo.actors_typed([choice])) if _types_records(kind, name) else 0
    return len(repo.annotations_holding(kind, name, [choice])), records


def rename_held(repo: Repo, tx: Transaction, kind: str, name: str, old: str,
                new: str) -> int:
    """In the write ``tx``: every annotation holding the choice ``old`` of the field
    ``name`` of ``kind`` (trashed ones too, so a restored one is still valid) holds
    ``new``, and so does every actor record typed ``old`` when that field lists the
    records' types. Returns how many annotations were rewritten."""
    now = tx.time()
    rows = repo.annotations_holding(kind, name, [old])
    for ann in rows:
        tx.update("annotation", ann["id"],
                  {"fields": {**ann["fields"], name: new}, "modified_at": now})
    if _types_records(kind, name):
        for record in repo.actors_typed([old]):
            tx.update("actor", record["id"], {"actor_type": new, "modified_at": now})
    return len(rows)


def remove_choice(project: Project, kind: str, name: str, choice: str) -> ChangeSet:
    """Take an unused choice off a field; a choice in use is refused (rename it, or
    change those annotations first), and so is a field's last choice."""
    with project.write("codebook") as tx:
        spec = project.codebook.kind(kind)
        f = _enum(spec, name)
        if choice not in f.choices:
            raise ValidationError(f"{f.label or name} has no choice {choice!r}.")
        used, records = holders(project.repo, kind, name, choice)
        if used:
            raise ValidationError(
                f"{counted(used, 'annotation')} of {spec.label} "
                f"{'uses' if used == 1 else 'use'} the choice {choice!r} of "
                f"{f.label or name} (trashed ones included), so it cannot be removed; "
                "rename it instead, or change those annotations first.")
        if records:
            raise ValidationError(
                f"{counted(records, 'actor record')} {'has' if records == 1 else 'have'} "
                f"the type {choice!r} (trashed ones included), so it cannot be removed; "
                "rename it instead, or change those records' type first.")
        _keep_counted_outcome(spec, f, choice, "removed")
        if len(f.choices) == 1:
            raise ValidationError(f"{choice!r} is the only choice of {f.label or name}; a "
                                  "choice field needs at least one.")
        changed = _with_field(spec, replace(f, choices=tuple(c for c in f.choices
                                                             if c != choice)))
        tx.update("codebook", kind, {"spec": changed.to_dict()})
    return tx.changeset


def retire_field(project: Project, kind: str, name: str, retired: bool = True) -> ChangeSet:
    """Retire a field (new annotations and the editor's empty rows leave it out; the
    values stay, shown and exported), or restore it with ``retired`` False. A field
    playing a role is refused: the timeline, the table or the validation reads it."""

    def change(spec: KindSpec) -> KindSpec:
        f = spec.field(name)
        if f.retired == retired:
            raise ValidationError(f"{f.label or name} of {spec.label} is "
                                  f"{'already' if retired else 'not'} retired.")
        role = spec.role_of(name) if retired else None
        if role:
            raise ValidationError(
                f"{f.label or name} is the {role} of {spec.label}, which the timeline, "
                "the table or the checks read; give the role to another field or clear "
                "it first.")
        return _with_field(spec, replace(f, retired=retired))

    return _save(project, kind, change)


def retire_kind(project: Project, kind: str, retired: bool = True) -> ChangeSet:
    """Retire a kind (gone from the Annotate menu, its key and new annotations; its
    annotations stay, shown and exported), or restore it with ``retired`` False."""

    def change(spec: KindSpec) -> KindSpec:
        if spec.retired == retired:
            raise ValidationError(f"{spec.label} is {'already' if retired else 'not'} "
                                  "retired.")
        if retired and spec.builtin and spec.name in SUGGESTED_KINDS:
            raise ValidationError(
                f"{spec.label} cannot be retired: the suggestion engines write it, and "
                "incidents tally and date what they find.")
        return replace(spec, retired=retired)

    return _save(project, kind, change)


def _keep_counted_outcome(spec: KindSpec, f: FieldSpec, choice: str, done: str) -> None:
    """The incidents' tallies count a figure only under an outcome they know, and the
    suggestion engines write those words: "killed" renamed took every killed figure out
    of every incident's tally without a word. A choice of one's own can be renamed."""
    if spec.roles.outcome == f.name and choice in OUTCOMES:
        raise ValidationError(
            f"{choice!r} is an outcome the incidents' tallies count and the suggestion "
            f"engines write, so it cannot be {done}; add a choice of your own to "
            f"{f.label or f.name} for another outcome.")


def _choice(text: str | None) -> str:
    # One line, as a label: a tab or line break inside a choice split the CSV's cell
    # and the list it is shown in.
    choice = " ".join(str(text or "").split())
    if is_blank(choice):
        raise ValidationError("A choice cannot be empty.")
    return choice


def _enum(spec: KindSpec, name: str) -> FieldSpec:
    f = spec.field(name)
    if f.type != "enum":
        raise ValidationError(f"{f.label or name} of {spec.label} is not a choice field.")
    return f


def _with_field(spec: KindSpec, new: FieldSpec) -> KindSpec:
    return replace(spec, fields=tuple(new if f.name == new.name else f for f in spec.fields))
