"""Commands about what can be coded: codebook (kinds and fields) and actors."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli.common import (
    ActionOption,
    Add,
    add_action_word,
    add_project,
    open_project,
    print_json,
    say,
)
from workbench.core.codebook import FIELD_TYPES, SYMBOLS
from workbench.core.errors import WorkbenchError

_NEEDS = {"add-kind": ("name", "key"), "add-field": ("kind", "name"),
          "set-key": ("kind", "key"), "set-role": ("kind",), "set-label": ("kind",),
          "add-choice": ("kind", "field", "choice"),
          "rename-choice": ("kind", "field", "choice", "to"),
          "remove-choice": ("kind", "field", "choice"), "retire": ("kind",),
          "restore": ("kind",)}
_EXAMPLE = {"add-kind": "--name protest --key P", "add-field": "--kind casualty --name weapon",
            "set-key": "--kind casualty --key X", "set-role": "--kind protest --role "
            "count_low --field crowd_size", "set-label": '--kind event --label "Incident"',
            "add-choice": "--kind claim --field status --choice disputed",
            "rename-choice": "--kind claim --field status --choice contested --to disputed",
            "remove-choice": "--kind claim --field status --choice disputed",
            "retire": "--kind casualty --field reported_by",
            "restore": "--kind casualty --field reported_by"}


def cmd_codebook(args: argparse.Namespace) -> int:
    """Apply the action, if any, then print the codebook."""
    from workbench.core.ops import codebook as cb_ops

    # Each action's options it cannot do without: left out, they reached the core as
    # None and ended in a traceback instead of a sentence.
    missing = [f"--{o}" for o in _NEEDS.get(args.action, ()) if getattr(args, o) is None]
    if missing:
        raise WorkbenchError(f"codebook {args.action} needs {' and '.join(missing)}, e.g. "
                             f"{_EXAMPLE[args.action]}.")
    with open_project(args.project) as project:
        if args.action == "add-kind":
            cb_ops.add_kind(project, args.name, args.label or "", args.key)
        elif args.action == "add-field":
            choices = tuple(c.strip() for c in (args.choices or "").split(",") if c.strip())
            cb_ops.add_field(project, args.kind, args.name, args.type, label=args.label or "",
                             choices=choices, minimum=args.min, maximum=args.max)
        elif args.action == "set-key":
            cb_ops.set_key(project, args.kind, args.key)
        elif args.action == "set-role":
            roles = {r: v for r in ("symbol", "summary", "actors", "tagging")
                     if (v := getattr(args, r)) is not None}
            if args.role:
                if args.field is None:
                    raise WorkbenchError("--role needs --field NAME (--field '' clears it).")
                roles[args.role] = args.field
            cb_ops.set_roles(project, args.kind, **roles)
        elif args.action in _EDITS:
            _edit(project, args)
        kinds = project.codebook.kinds()
    if args.json:
        print_json([k.to_dict() for k in kinds])
        return 0
    for k in kinds:
        gone = "  (retired)" if k.retired else ""
        say(f"[{k.key}] {k.name} — {k.label}{gone}")
        for f in k.fields:
            extra = f" ({', '.join(f.choices)})" if f.choices else ""
            gone = "  (retired)" if f.retired else ""
            say(f"      {f.name}: {f.type}{extra} — {f.label or f.name}{gone}")
        roles = {"date": k.date_field, "precision": k.precision_field, **k.roles.to_dict()}
        shown = [f"{r}={','.join(v) if isinstance(v, list) else v}"
                 for r, v in roles.items() if v not in (None, [], False)]
        say(f"      roles: {', '.join(shown)}")
    return 0


_EDITS = ("set-label", "add-choice", "rename-choice", "remove-choice", "retire", "restore")


def _edit(project: Any, args: argparse.Namespace) -> None:
    """The editing actions; what changed beyond the codebook goes to stderr."""
    from workbench.core.ops import codebook as cb_ops
    from workbench.core.wording import counted

    kind, field = args.kind, args.field
    if args.action == "set-label":
        if args.label is None and args.help_text is None:
            raise WorkbenchError("set-label needs --label or --help-text.")
        if field:
            cb_ops.edit_field(project, kind, field, label=args.label, help=args.help_text)
        elif args.help_text is not None:
            raise WorkbenchError("--help-text belongs to a field: say which with --field.")
        else:
            cb_ops.set_kind_label(project, kind, args.label)
    elif args.action == "add-choice":
        cb_ops.add_choice(project, kind, field, args.choice)
    elif args.action == "rename-choice":
        cs = cb_ops.rename_choice(project, kind, field, args.choice, args.to)
        say(f"Renamed the choice {args.choice!r} to {args.to!r}; "
            f"{counted(cs.result, 'annotation')} now {'holds' if cs.result == 1 else 'hold'} "
            "it.", err=True)
    elif args.action == "remove-choice":
        cb_ops.remove_choice(project, kind, field, args.choice)
    elif field:
        cb_ops.retire_field(project, kind, field, retired=args.action == "retire")
    else:
        cb_ops.retire_kind(project, kind, retired=args.action == "retire")


def cmd_actors(args: argparse.Namespace) -> int:
    """Apply the action, if any, then print the actors; match exits 1 when none matches."""
    from workbench.core.actor_names import merged_label
    from workbench.core.actor_refs import merged_into
    from workbench.core.ops import actors as actor_ops

    with open_project(args.project) as project:
        if args.action == "add":
            if not args.name:
                raise WorkbenchError("Give the actor's name with --name.")
            cs = actor_ops.add_actor(project, args.name, args.alias, args.type)
            say(f"Added actor {cs.result}: {args.name}", err=True)
        elif args.action == "alias":
            if not args.id:
                raise WorkbenchError("Say which actor with --id.")
            actor_ops.update_actor(project, args.id, name=args.name, add_aliases=args.alias,
                                   remove_aliases=args.remove)
        elif args.action == "edit":
            _edit_actor(project, args)
        elif args.action in ("merge", "trash", "restore"):
            _change_record(project, args)
        elif args.action == "match":
            found = actor_ops.match_actor(project, args.name or "")
            if args.json:
                print_json(found)
            else:
                say(f"{found['id']}  {found['name']}" if found else "No matching actor.")
            return 0 if found else 1
        rows = project.repo.actors(trashed=args.trashed)
        for r in rows:
            r["merged_into"] = merged_into(r) if r["deleted_at"] else None
        kept = {r["id"]: merged_label(project, r) for r in rows if r["merged_into"]}
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        kind = f"  [{r['actor_type']}]" if r["actor_type"] else ""
        aliases = f"  (also: {'; '.join(r['aliases'])})" if r["aliases"] else ""
        if r["merged_into"]:
            # The kept record's name now (renamed since, or itself merged on), not the
            # name the memo line wrote down on the day.
            gone = (f"  (merged into {r['merged_into']}, {kept[r['id']]}, on "
                    f"{r['deleted_at'][:10]})")
        else:
            gone = f"  (trashed {r['deleted_at']})" if r["deleted_at"] else ""
        say(f"{r['id']}  {r['name']}{kind}{aliases}{gone}")
    return 0


def _edit_actor(project: Any, args: argparse.Namespace) -> None:
    """Set the name, aliases or type of the record --id; what changed goes to stderr."""
    from workbench.core.ops import actors as actor_ops

    if not args.id:
        raise WorkbenchError("Say which actor to edit with --id.")
    if args.name is None and not args.alias and args.type is None:
        raise WorkbenchError("Say what to change with --name, --alias or --type.")
    before = actor_ops.get_actor(project, args.id)
    cs = actor_ops.update_actor(project, args.id, name=args.name,
                                aliases=args.alias or None, actor_type=args.type)
    if not cs.touches("actor"):
        say(f"{before['name']} already reads so; nothing changed.", err=True)
        return
    after = actor_ops.get_actor(project, args.id)
    said = [f"{label} {after[key] or 'none'}" if after[key] != before[key] else ""
            for key, label in (("name", "named"), ("actor_type", "of type"))]
    if after["aliases"] != before["aliases"]:
        said.append("also known as " + ("; ".join(after["aliases"]) or "nothing else"))
    say(f"{before['name']} is now {', '.join(s for s in said if s)}.", err=True)


def _change_record(project: Any, args: argparse.Namespace) -> None:
    """merge, trash or restore the record --id; what happened goes to stderr."""
    from workbench.core import actor_refs
    from workbench.core.actor_unmerge import merged_sentence, restored_sentence
    from workbench.core.ops import actors as actor_ops

    if not args.id:
        raise WorkbenchError(f"Say which actor to {args.action} with --id.")
    row = project.repo.get("actor", args.id)
    name = row["name"] if row else args.id
    if args.action == "merge":
        if not args.into:
            raise WorkbenchError("Say which actor record to keep with --into.")
        cs = actor_ops.merge_actors(project, args.id, args.into)
        kept = actor_ops.get_actor(project, args.into)["name"]
        say(f"{merged_sentence(name, kept, cs.result)} {name} is in the trash.", err=True)
    elif args.action == "trash":
        cs = actor_ops.trash_actor(project, args.id)
        said = actor_refs.describe(cs.result)
        say(f"Moved {name} to the trash." + (f" {said}" if said else ""), err=True)
    else:
        cs = actor_ops.restore_actor(project, args.id)
        name = actor_ops.get_actor(project, args.id)["name"]
        say(restored_sentence(name, cs.result), err=True)


_CODEBOOK_HELP = {
    "show": "Print the codebook: each kind with its key, fields and roles.",
    "add-kind": "Add an annotation kind with its one-letter key, then print the codebook.",
    "add-field": "Add a field to a kind (text, number, date, enum with --choices, ...), "
                 "then print the codebook.",
    "set-key": "Give a kind another one-letter key, then print the codebook.",
    "set-label": "Rename a kind (--label) or a field (--field, --label, --help-text) as "
                 "the window, the table and the exports' labels show it; names stay fixed. "
                 "Then print the codebook.",
    "add-choice": "Add a choice to a choice field, then print the codebook.",
    "rename-choice": "Rename a choice of a choice field, and every annotation holding it, "
                     "in one step (undone together); then print the codebook.",
    "remove-choice": "Take a choice no annotation holds off a choice field (one in use is "
                     "refused, with how many annotations hold it); then print the codebook.",
    "retire": "Retire a kind, or a field with --field: no new annotation gets it, existing "
              "values stay, shown and exported. Kinds the suggestion engines write and "
              "fields that play a role cannot be retired. Then print the codebook.",
    "restore": "Bring back a retired kind, or a retired field with --field; then print "
               "the codebook.",
    "set-role": "Say which field of a kind plays a role (its low count, end date, ...), "
                "or set its timeline symbol, key-fields column, actor fields or tagging, "
                "then print the codebook.",
}
_CODEBOOK_OPTIONS: tuple[ActionOption, ...] = (
    ("--kind", {"help": "the kind to change"},
     ("add-field", "set-key", "set-role", *_EDITS)),
    ("--name", {"help": "name of the new kind or field"}, ("add-kind", "add-field")),
    ("--label", {"help": "the name shown in the window for the kind or field"},
     ("add-kind", "add-field", "set-label")),
    ("--help-text", {"help": "set-label: the help text shown with a field ('' clears it)"},
     ("set-label",)),
    ("--key", {"help": "one-letter key for a kind"}, ("add-kind", "set-key")),
    ("--type", {"default": "text", "help": "field type (default: text): " + ", ".join(FIELD_TYPES)},
     ("add-field",)),
    ("--choices", {"help": "comma-separated choices for an enum field"}, ("add-field",)),
    ("--min", {"type": float, "help": "smallest value of a new number field"},
     ("add-field",)),
    ("--max", {"type": float, "help": "largest value of a new number field"},
     ("add-field",)),
    ("--role", {"help": "set-role: the role a field plays, e.g. count_low, count_high, "
                "end_date, date, qualifier, group (docs/design.md)"}, ("set-role",)),
    ("--field", {"help": "the field to change; set-role: the field that plays --role ('' "
                 "clears it)"},
     ("set-role", *_EDITS)),
    ("--choice", {"help": "the choice to add, rename or remove"},
     ("add-choice", "rename-choice", "remove-choice")),
    ("--to", {"help": "rename-choice: the choice's new wording"}, ("rename-choice",)),
    ("--symbol", {"help": "set-role: the kind's timeline symbol (" + ", ".join(SYMBOLS)
                  + ")"}, ("set-role",)),
    ("--summary", {"help": "set-role: comma-separated fields for the key-fields column"},
     ("set-role",)),
    ("--actors", {"help": "set-role: comma-separated fields naming actors"}, ("set-role",)),
    ("--tagging", {"choices": ("yes", "no"), "help": "set-role: the kind tags entities"},
     ("set-role",)),
)
_ACTOR_HELP = {
    "list": "Print the actor records with their aliases.",
    "add": "Add an actor record with its aliases and type, then print the actors.",
    "alias": "Rename an actor (--name) or add and remove its aliases, then print the "
             "actors.",
    "edit": "Set the record --id's name (the old one becomes an alias), its aliases "
            "(every --alias given replaces the list; --alias '' empties it) or its type "
            "(--type '' clears it), then print the actors. A name or alias another live "
            "record has is refused.",
    "match": "Print the actor record a spelling matches; exit status 1 when none does.",
    "merge": "Merge the record --id into the record --into: the kept record takes its name "
             "and aliases as aliases, every annotation and incident naming it names the "
             "kept one, and it goes to the trash (restoring it takes the merge back). Then "
             "print the actors.",
    "trash": "Move the record --id to the trash, saying how many annotations and incidents "
             "name it (they keep its id and are whole again when it is restored), then "
             "print the actors.",
    "restore": "Bring the record --id back from the trash; a record merged into another "
               "takes the merge back (what it moved names it again, unless changed "
               "since). Then print the actors.",
}
_ACTOR_OPTIONS: tuple[ActionOption, ...] = (
    ("--name", {"help": "actor name (add), new name (alias, edit) or spelling (match)"},
     ("add", "alias", "edit", "match")),
    ("--alias", {"action": "append", "default": [],
                 "help": "an alias (repeatable; edit: the whole new list)"},
     ("add", "alias", "edit")),
    ("--remove", {"action": "append", "default": [], "help": "alias to remove"},
     ("alias",)),
    ("--type", {"help": "actor type, one of the codebook's: state_force, armed_group, "
                "civilian, official, organisation, media, other ('' clears it: edit)"},
     ("add", "edit")),
    ("--id", {"help": "the actor to change (alias, edit), merge away (merge), trash or "
              "restore"},
     ("alias", "edit", "merge", "trash", "restore")),
    ("--into", {"help": "the actor record to keep, which takes in --id (merge)"},
     ("merge",)),
    ("--trashed", {"action": "store_true",
                   "help": "list the records in the trash instead (their ids for restore)"},
     ("list",)),
)


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("codebook", cmd_codebook,
             "Show or extend the codebook (annotation kinds, their fields and roles).")
    add_project(sp)
    add_action_word(sp, "codebook", _CODEBOOK_HELP, "show", _CODEBOOK_OPTIONS)

    sp = add("actors", cmd_actors,
             "List actors, add one with its aliases, edit one (name, aliases, type), "
             "match a spelling, merge two records, or trash and restore one.")
    add_project(sp)
    add_action_word(sp, "actors", _ACTOR_HELP, "list", _ACTOR_OPTIONS)
