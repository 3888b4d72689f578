"""How the editor lays out a kind's fields: which share a row, which wait behind
"More fields".

Read from the kind's roles, never its name, so a kind a user adds with count roles
gets the same compact form as the built-in casualty figure. The plan is plain data
(no Qt) so it can be tested on its own; the editor turns it into widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.codebook import KindSpec

# A kind with more fields than this shows only its key fields at first: on a 768 px
# screen the editor has room for about eight rows besides status, memo and links.
MORE_AFTER = 8
COUNT_LABEL = "Count"


@dataclass(frozen=True)
class FormRow:
    label: str
    names: tuple[str, ...]  # the fields on this row, left to right
    more: bool = False  # behind the "More fields" disclosure
    # A retired field: shown only on an annotation that holds a value in it.
    retired: bool = False


def plan_rows(spec: KindSpec) -> list[FormRow]:
    """The editor's rows for ``spec``, in field order, key rows before the rest."""
    roles = spec.roles
    counts = tuple(n for n in roles.counts if n and _has(spec, n))
    qualifier = roles.qualifier if roles.qualifier and _has(spec, roles.qualifier) else None
    # A figure is read as "low–best–high, qualified": one row, as researchers write it.
    count_row = (*counts, qualifier) if counts and qualifier else counts
    precision = spec.precision_field if spec.date_field and _has(spec, spec.date_field) else None
    key = {*roles.summary, *count_row, spec.date_field, precision, roles.end_date}
    hide = len(spec.active_fields()) > MORE_AFTER
    rows: list[FormRow] = []
    placed: set[str] = set()
    for fs in spec.fields:
        if fs.name in placed:
            continue
        if fs.retired:  # no role can name it (retiring one is refused): a row of its own
            placed.add(fs.name)
            rows.append(FormRow(f"{fs.label or fs.name} (retired)", (fs.name,),
                                retired=True))
            continue
        if fs.name in count_row and len(count_row) > 1:
            names: tuple[str, ...] = count_row
            label = COUNT_LABEL
        elif fs.name == spec.date_field and precision and _has(spec, precision):
            names, label = (fs.name, precision), fs.label or fs.name
        else:
            names, label = (fs.name,), fs.label or fs.name
        if precision and fs.name == precision and spec.date_field not in placed:
            continue  # placed with its date, which comes later in the field order
        placed.update(names)
        rows.append(FormRow(label, names, more=hide and not (set(names) & key)))
    return [r for r in rows if not r.more] + [r for r in rows if r.more]


def _has(spec: KindSpec, name: str) -> bool:
    return any(f.name == name for f in spec.fields)
