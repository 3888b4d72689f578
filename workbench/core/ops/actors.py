"""Actors: canonical names with their aliases, and matching a mention to one.

The same militia is spelled five ways across sources; an actor record gathers
the spellings, and an actor mention annotated without a record is attached to the
record one of them matches (the timeline's actor lanes are the names as written).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from workbench.core import actor_refs, clock
from workbench.core.actor_lanes import spelling_key
from workbench.core.changes import ChangeSet
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.textnorm import normalise

# Spelling variants ("Harouni" for "Harun") score in the high 80s; unrelated names far lower.
MATCH_SCORE = 88.0
# Two records scoring within this of each other for one mention: neither is chosen.
TIE_MARGIN = 2.0


def get_actor(project: Project, actor_id: str) -> dict[str, Any]:
    """The live actor record; NotFoundError if it is missing or in the trash (said so:
    "there is no actor" sent a researcher looking for a typo in an id the trash lists)."""
    row = project.repo.get("actor", actor_id)
    if row is None:
        raise NotFoundError(f"There is no actor with id {actor_id}.")
    if row["deleted_at"]:
        raise NotFoundError(f"The actor record {row['name']} is in the trash: restore it "
                            "first to change it, merge it or merge into it.")
    return row


def one_line(text: str) -> str:
    """``text`` with its runs of white space (tabs, line breaks) as one space, trimmed: a
    name is one line in every list, and a line break in it would start a line of its own
    in a merged record's memo (``actor_refs.merged_note``)."""
    return " ".join(text.split())


def clean_aliases(name: str, aliases: list[str]) -> list[str]:
    """``aliases`` on one line each, each spelling once (folded), none equal to ``name``."""
    seen = {normalise(name)}
    out = []
    for alias in aliases:
        alias = one_line(alias)
        if alias and normalise(alias) not in seen:
            seen.add(normalise(alias))
            out.append(alias)
    return out


def add_actor(
    project: Project, name: str, aliases: list[str] | None = None, actor_type: str | None = None
) -> ChangeSet:
    """Create an actor record; ``cs.result`` is its id. Refused in a sentence for an
    empty name, a type the codebook does not offer, and a name or alias that would
    clash with another live record's (``check_spellings``)."""
    name = one_line(name)
    if not name:
        raise ValidationError("An actor needs a name.")
    actor_type = _actor_type(project, actor_type)
    with project.write("actor") as tx:
        check_spellings(project, None, name, clean_aliases(name, aliases or []))
        actor_id = _insert_actor(tx, name, aliases, actor_type)
    tx.changeset.result = actor_id
    return tx.changeset


# The field of the codebook whose choices are the types an actor record may have.
ACTOR_TYPE_FIELD = ("actor", "actor_type")


def actor_types(project: Project) -> tuple[str, ...]:
    """The types a record may have: the choices of the actor kind's type field."""
    kind, name = ACTOR_TYPE_FIELD
    return tuple(project.codebook.kind(kind).field(name).choices)


def _actor_type(project: Project, value: str | None) -> str | None:
    """``value`` as the codebook's actor type field takes it (blank: none)."""
    if value is None:
        return None
    kind, name = ACTOR_TYPE_FIELD
    return project.codebook.kind(kind).field(name).coerce(value)  # type: ignore[no-any-return]


def spelling_clash(project: Project, actor_id: str | None, name: str | None,
                   aliases: list[str]) -> str | None:
    """What clashes, as a clause, when a record (``actor_id``, None for a new one) would
    bear a name another live record already has as its name or an alias, or an alias
    that is another live record's name; None when nothing does. Matching a mention then
    finds two records that fit alike and attaches it to neither, and two rows of one
    name cannot be told apart in a list. Two records sharing an alias is allowed ("the
    army" may be either of two armies, and matching rightly chooses neither). ``name``
    None: only the aliases are checked."""
    key = spelling_key(name) if name is not None else None
    alias_keys = {spelling_key(a): a for a in aliases}
    for other in project.repo.actors():
        if other["id"] == actor_id:
            continue
        if spelling_key(other["name"]) == key:
            return f"another actor record is already named {other['name']}"
        if any(spelling_key(s) == key for s in other["aliases"]):
            return f"{name} is already an alias of the actor record {other['name']}"
        clash = alias_keys.get(spelling_key(other["name"]))
        if clash is not None:
            return f"the alias {clash} is the name of another actor record"
    return None


def check_spellings(project: Project, actor_id: str | None, name: str | None,
                    aliases: list[str]) -> None:
    """Refuse (ValidationError, one sentence) what :func:`spelling_clash` finds."""
    clash = spelling_clash(project, actor_id, name, aliases)
    if clash:
        raise ValidationError(f"{clash[0].upper()}{clash[1:]}: choose another spelling, or "
                              "merge the two records.")


def _insert_actor(tx: Transaction, name: str, aliases: list[str] | None,
                  actor_type: str | None) -> str:
    now = tx.time()  # the audit entry's own time: its image marks it (auditimage)
    row = {
        "id": clock.new_id(),
        "name": name,
        "aliases": clean_aliases(name, aliases or []),
        "actor_type": actor_type,
        "created_at": now,
        "modified_at": now,
    }
    tx.insert("actor", row)
    return str(row["id"])


def add_actor_for(project: Project, ann_id: str, name: str | None = None) -> ChangeSet:
    """Create an actor record and make the annotation ``ann_id`` name it: one write, so
    one undo step takes both back (a record left behind by undoing only the naming
    would be a stray the researcher never meant to keep). The record is named ``name``,
    else the annotation's quoted words, and takes the annotation's actor type; the
    annotation's empty name field takes the record's name, as matching a mention does.
    Refused like ``add_actor`` for a name another live record has.
    ``cs.result`` is the record's id."""
    from workbench.core.ops.annotations import apply_update, get_annotation

    with project.write("actor:attach") as tx:
        ann = get_annotation(project, ann_id)
        spec = project.codebook.kind(ann["kind"])
        field = spec.roles.actor_record
        if not field:
            raise ValidationError(f"A {spec.label} annotation names no actor record.")
        if ann["deleted_at"]:
            raise ValidationError("The annotation is in the trash; restore it before "
                                  "giving it an actor record.")
        chosen = one_line(name or ann["exact"])
        if not chosen:
            raise ValidationError("An actor needs a name.")
        check_spellings(project, None, chosen, [])
        actor_id = _insert_actor(tx, chosen, [], _type_of(project, ann["fields"]))
        changes: dict[str, Any] = {field: actor_id}
        name_field = spec.roles.actor_name
        if name_field and not ann["fields"].get(name_field):
            changes[name_field] = chosen
        apply_update(project, tx, ann_id, fields=changes)
    tx.changeset.result = actor_id
    return tx.changeset


def _type_of(project: Project, fields: dict[str, Any]) -> str | None:
    """The annotation's actor type (its ``actor_type`` field) when the records' type
    field offers it, else None: a record made from a mention coded "armed_group" is an
    armed group (it was made with no type, and no window could give it one)."""
    try:
        return _actor_type(project, fields.get("actor_type"))
    except ValidationError:
        return None  # a kind of the user's whose actor_type means something else


def update_actor(
    project: Project,
    actor_id: str,
    *,
    name: str | None = None,
    aliases: list[str] | None = None,
    add_aliases: list[str] | None = None,
    remove_aliases: list[str] | None = None,
    actor_type: str | None = None,
) -> ChangeSet:
    """Edit a live actor record: rename it (the replaced name becomes an alias, so the
    old spelling still finds it), give it the list ``aliases`` in place of its own, add
    and remove aliases, set its type (``actor_type``: one of the codebook's actor
    types; "" clears it; None keeps it). One write, one audit row, one undo step;
    nothing is written when nothing changes. Refused in one sentence for an empty name,
    an unknown type, and spellings that clash with another live record's
    (``check_spellings``)."""
    if name is not None and not one_line(name):
        # "   " was stored as a name of nothing (the old name moved to the aliases),
        # which add_actor refuses; "" was ignored without a word.
        raise ValidationError("An actor needs a name.")
    with project.write("actor") as tx:  # read and merge the aliases inside the write
        row = get_actor(project, actor_id)
        # The type the record has passes as it is, offered or not (a type the codebook
        # no longer lists, or a teammate's): the window sends it with every save, and
        # refusing it left the record's name and aliases uneditable there.
        new_type = row["actor_type"] if actor_type == row["actor_type"] else \
            _actor_type(project, actor_type)
        new_name = one_line(name) if name is not None else row["name"]
        drop = {normalise(a) for a in remove_aliases or []}
        kept = row["aliases"] if aliases is None else aliases
        new_aliases = ([a for a in kept if normalise(a) not in drop]
                       + list(add_aliases or []))
        if row["name"] != new_name:
            new_aliases.append(row["name"])  # the old name stays findable
        values: dict[str, Any] = {"name": new_name,
                                  "aliases": clean_aliases(new_name, new_aliases)}
        if actor_type is not None:
            values["actor_type"] = new_type
        changed = {k: v for k, v in values.items() if row[k] != v}
        if changed:
            # Only what is new is checked: a record that already shares a spelling (two
            # coders' records of one name, brought by a team merge) can still be retyped
            # or renamed out of the clash.
            had = {normalise(a) for a in [row["name"], *row["aliases"]]}
            check_spellings(project, actor_id, new_name if "name" in changed else None,
                            [a for a in values["aliases"] if normalise(a) not in had])
            tx.update("actor", actor_id, {**changed, "modified_at": tx.time()})
    return tx.changeset


def trash_actor(project: Project, actor_id: str) -> ChangeSet:
    """Put an actor record in the trash. What names it keeps its id (restoring the
    record makes it whole again); ``cs.result`` is (annotations, incidents) outside the
    trash that name it, which ``actor_refs.describe`` puts in a sentence."""
    with project.write("actor:trash") as tx:
        row = project.repo.get("actor", actor_id)
        if row is not None and row["deleted_at"]:
            raise ValidationError(f"The actor record {row['name']} is in the trash already.")
        get_actor(project, actor_id)
        tx.update("actor", actor_id, {"deleted_at": tx.time()})
    tx.changeset.result = actor_refs.references(project, [actor_id]).live()
    return tx.changeset


def restore_actor(project: Project, actor_id: str) -> ChangeSet:
    """Bring an actor record back from the trash.

    A record merged into another comes back with the merge taken back as far as it
    still stands (``actor_unmerge``): what it moved and nothing has changed since names
    the restored record again, and the kept record loses its spellings. ``cs.result``
    is then (rows naming it again, rows left as changed since); None for a plain restore.
    """
    from workbench.core.actor_unmerge import unmerge

    with project.write("actor:restore") as tx:
        row = project.repo.get("actor", actor_id)
        if row is None:
            raise NotFoundError(f"There is no actor with id {actor_id}.")
        if not row["deleted_at"]:
            raise ValidationError(f"The actor {row['name']} is not in the trash.")
        into = actor_refs.merged_into(row)
        if into is None:
            clash = spelling_clash(project, actor_id, row["name"], row["aliases"])
            if clash:  # a record added meanwhile took its name
                raise ValidationError(f"{row['name']} cannot come back while {clash}: "
                                      "rename that record first.")
            tx.update("actor", actor_id, {"deleted_at": None})
            result = None
        else:
            result = unmerge(project, tx, row, into)
    tx.changeset.result = result
    return tx.changeset


def merge_actors(project: Project, merged_id: str, into_id: str) -> ChangeSet:
    """Merge the record ``merged_id`` into ``into_id``, in one step (one undo).

    The kept record takes the other's name and aliases as aliases (and its type if it
    has none); every annotation and incident naming the merged record names the kept one
    (``actor_refs.repoint``); the merged record goes to the trash with a memo line
    saying where it went (restoring it takes the merge back: ``restore_actor``).
    ``cs.result`` is how many annotations and incidents were rewritten.
    """
    if merged_id == into_id:
        raise ValidationError("An actor record cannot be merged into itself.")
    with project.write("actor:merge") as tx:  # both read and merged inside the write
        gone, kept = get_actor(project, merged_id), get_actor(project, into_id)
        now = tx.time()
        values: dict[str, Any] = {
            "aliases": clean_aliases(kept["name"], [*kept["aliases"], gone["name"],
                                                     *gone["aliases"]]),
            "memo": actor_refs.add_line(
                kept["memo"], f"Took in actor {merged_id} ({gone['name']}) on {now[:10]}."),
            "modified_at": now,
        }
        if not kept["actor_type"] and gone["actor_type"]:
            values["actor_type"] = gone["actor_type"]
        kept = tx.update("actor", into_id, values)
        moved = actor_refs.repoint(project, tx, {merged_id: kept}, now)
        tx.update("actor", merged_id, {
            "deleted_at": now, "modified_at": now,
            "memo": actor_refs.add_line(
                gone["memo"], actor_refs.merged_note(into_id, kept["name"], now[:10])),
        })
    tx.changeset.result = moved
    return tx.changeset


# One folding for matching and for the timeline's lanes by record.
_key = spelling_key


def match_actor(project: Project, mention: str) -> dict[str, Any] | None:
    """The actor whose name or an alias matches ``mention`` best, if close enough and
    no other actor matches about as well.

    A mention that is a piece of a longer name ("East", "Brigade", "army") is no match
    of it: the partial matching that lets "the Eastern Brigade" find "Eastern Brigade"
    gave such pieces 90 too, so "army" went to whichever army came first. And a mention
    two records fit alike is attached to neither: a wrong record is worse than none.
    """
    key = _key(mention)
    if not key:
        return None
    choices: dict[tuple[str, int], str] = {}
    actors = project.repo.actors()
    for i, actor in enumerate(actors):
        for j, spelling in enumerate([actor["name"], *actor["aliases"]]):
            choices[(actor["id"], i * 1000 + j)] = _key(spelling)
    best: dict[str, float] = {}
    for spelling, score, (actor_id, _) in process.extract(
            key, choices, scorer=fuzz.WRatio, score_cutoff=MATCH_SCORE, limit=None):
        if len(key) < len(spelling) and fuzz.ratio(key, spelling) < MATCH_SCORE:
            continue  # the mention is a fragment of this spelling
        best[actor_id] = max(best.get(actor_id, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.values(), reverse=True)
    if len(ranked) > 1 and (ranked[1] == 100 or (ranked[0] < 100
                                                 and ranked[1] >= ranked[0] - TIE_MARGIN)):
        return None  # two records fit about as well: which one is for the researcher
    actor_id = max(best, key=lambda a: best[a])
    return next(a for a in actors if a["id"] == actor_id)
