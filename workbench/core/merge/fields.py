"""A kind's fields in a merge: added where only a source has them, and each field's
label, help, bounds, retirement and choices taken from whichever side changed them
since the two projects shared the kind.

The common version of a field is the one the kind had in the latest version of it
that both projects' audit logs hold (the logs include what earlier merges carried).
Against it, a side that changed a setting and a side that did not: the change travels.
Both changed it differently: the target's stays and the report names a conflict. A
choice renamed on one side (the same place in the list now holds another word) is
renamed on the other, with the annotations holding it, in the merge's own write; renamed
differently on both sides it is a conflict, and the source's annotations holding its
wording keep it in their memo (``items._fit``). A choice one side removed is removed
from the other only where no annotation there holds it.
Without a common version (kinds made apart under the same name), the target's settings
stay and the source's new choices are added, as before.

A source's choice that reads as one of the target's (it differs in case, harakat,
Arabic letter forms or spacing: "disputed" beside "Disputed") is never added beside it,
which the codebook editor refuses too (every list and menu would show one word twice):
it is taken as the target's choice, the source's annotations and actor records holding
it hold the target's wording (:func:`spelled_here`), and the report's notes say so. A
rename onto such a wording is not made here: the target's choice stays and the report
names a conflict, since making it would fuse two of the target's choices.
"""

from __future__ import annotations

from typing import Any

from workbench.core.codebook import FieldSpec
from workbench.core.merge.context import Context
from workbench.core.merge.report import Conflict
from workbench.core.ops.codebook import alike, holders, rename_held
from workbench.core.wording import agrees, counted

# A field's settings besides its name, type and choices: one value each.
SETTINGS = ("label", "help", "retired", "minimum", "maximum")


def merge_fields(ctx: Context, name: str, kind: str, mine: dict, theirs: dict,
                 base: dict | None) -> tuple[dict, list[str]]:
    """The target's kind ``mine`` with the source's fields merged in; the names of the
    fields whose type differs (a conflict the caller reports). ``base`` is the kind's
    common version, None when the projects share none."""
    fields = [dict(f) for f in mine.get("fields", [])]
    by_name = {f["name"]: f for f in fields}
    common = {f["name"]: f for f in (base or {}).get("fields", [])}
    clashes = []
    for f in theirs.get("fields", []):
        own = by_name.get(f["name"])
        if own is None:
            fields.append(dict(f))
        elif own["type"] != f["type"]:
            clashes.append(f["name"])
        elif own != f:
            _merge_field(ctx, name, kind, own, f, common.get(f["name"]))
    return {**mine, "fields": fields}, clashes


def _merge_field(ctx: Context, name: str, kind: str, own: dict, theirs: dict,
                 base: dict | None) -> None:
    """Change ``own`` (the target's field, in place) by what the source changed."""
    where = f"{kind}.{own['name']}"
    for key in SETTINGS:
        mine_v, theirs_v = own.get(key), theirs.get(key)
        if mine_v == theirs_v or base is None:
            continue
        if mine_v == base.get(key):
            if theirs_v is None or theirs_v is False:
                own.pop(key, None)  # stored as a field never retired is: without it
            else:
                own[key] = theirs_v
        elif theirs_v != base.get(key):
            _conflict(ctx, name, where, f"its {key} is {_said(theirs_v)} there and "
                                        f"{_said(mine_v)} here")
    own["choices"] = _choices(ctx, name, kind, own, theirs, base)


def _choices(ctx: Context, name: str, kind: str, own: dict, theirs: dict,
             base: dict | None) -> list[str]:
    mine_c, theirs_c = list(own.get("choices") or []), list(theirs.get("choices") or [])
    if base is None:  # nothing to tell a rename from an addition by: the union
        return _joined(ctx, kind, own, mine_c, theirs_c)
    base_c = list(base.get("choices") or [])
    ours, other = _renames(base_c, mine_c), _renames(base_c, theirs_c)
    out = list(mine_c)
    for old, new in other.items():
        if new is None:  # removed there
            if old in out and old not in ours and not _holding(ctx, kind, own, old):
                out.remove(old)
            continue
        if old in ours:
            if ours[old] != new:
                _conflict(ctx, name, f"{kind}.{own['name']}",
                          f"the choice {old!r} was renamed {new!r} there and "
                          f"{ours[old]!r} here")
            continue
        if old in out and (same := alike([c for c in out if c != old], new)) is not None:
            _conflict(ctx, name, f"{kind}.{own['name']}",
                      f"the choice {old!r} was renamed {new!r} there, which reads as "
                      f"{same!r} here; not renamed here")
            _map(ctx, kind, own["name"], new, same)
            continue
        if old in out:
            _rename_in_target(ctx, kind, own["name"], old, new)
            out = [new if c == old else c for c in out if c != new or c == old]
    renamed_to = {n for n in other.values() if n}
    added = [c for c in theirs_c if c not in base_c and c not in renamed_to]
    return _joined(ctx, kind, own, out, added)


def _joined(ctx: Context, kind: str, own: dict, out: list[str],
            theirs: list[str]) -> list[str]:
    """``out`` with the choices of ``theirs`` it lacks, but for one that reads as one
    it has: that one is the target's wording of it (:func:`spelled_here`)."""
    out = list(out)
    for choice in theirs:
        if choice in out:
            continue
        if (same := alike(out, choice)) is not None:
            _map(ctx, kind, own["name"], choice, same)
        else:
            out.append(choice)
    return out


def _map(ctx: Context, kind: str, field: str, theirs: str, ours: str) -> None:
    """Note that the source's choice ``theirs`` is taken as the target's ``ours``."""
    ctx.alike_choices.setdefault((kind, field, theirs, ours), [0, 0])


def spelled_here(ctx: Context, kind: str, field: FieldSpec, value: Any,
                 record: bool = False) -> Any:
    """A source's ``value`` of a choice field as the target spells it: the target's
    choice that reads as it when the target lacks it as written (counted for the
    report's notes; ``record``: an actor record's type, else an annotation's value)."""
    if field.type != "enum" or not isinstance(value, str) or value.strip() in field.choices:
        return value
    same = alike(field.choices, value)
    if same is None:
        return value
    held = ctx.alike_choices.setdefault((kind, field.name, value, same), [0, 0])
    held[1 if record else 0] += 1
    return same


def note_alike_choices(ctx: Context, name: str) -> None:
    """The report's notes on the choices of source ``name`` taken as the target's."""
    for (kind, field, theirs, ours), (anns, records) in ctx.alike_choices.items():
        holding = [counted(n, what) for n, what in ((anns, "annotation"),
                                                     (records, "actor record")) if n]
        held = (f"the {' and '.join(holding)} holding it {agrees(anns + records, 'holds', 'hold')} "
                f"{ours!r} here" if holding else "nothing merged held it")
        ctx.report.notes.append(
            f"{name}: the choice {theirs!r} of {kind}.{field} reads as {ours!r} here, so "
            f"it was taken as that choice, not added beside it; {held}.")
    ctx.alike_choices.clear()


def _renames(base: list[str], now: list[str]) -> dict[str, str | None]:
    """Each choice of ``base`` gone from ``now``: its new wording where ``now`` holds, in
    its place, a word ``base`` did not have (a rename keeps a choice's place), else None
    (removed)."""
    out: dict[str, str | None] = {}
    for i, choice in enumerate(base):
        if choice in now:
            continue
        there = now[i] if i < len(now) else None
        out[choice] = there if there is not None and there not in base else None
    return out


def _holding(ctx: Context, kind: str, field: dict, choice: str) -> bool:
    return any(holders(ctx.target.repo, kind, field["name"], choice))


def _rename_in_target(ctx: Context, kind: str, field: str, old: str, new: str) -> None:
    """The target's annotations (and actor records) holding ``old`` hold ``new``, as
    the source's do."""
    rename_held(ctx.target.repo, ctx.tx, kind, field, old, new)


def _conflict(ctx: Context, name: str, where: str, what: str) -> None:
    ctx.report.conflict(Conflict("codebook", where, name, what,
                                 kept=ctx.target.path.name, other=name))


def _said(value: Any) -> str:
    if value is None or value is False:
        return "not set" if value is None else "no"
    return "yes" if value is True else repr(value)
