"""Commands for incidents: list, create and edit them, tally their figures, suggest them.

Parse, call the core, print: the rules live in ``workbench.core.incidents``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from workbench.cli.common import (
    add_doc_id,
    add_json,
    add_project,
    open_project,
    plain,
    print_json,
    say,
    whole,
)
from workbench.core import ids
from workbench.core.codebook import STATUSES as ANNOTATION_STATUSES
from workbench.core.errors import WorkbenchError
from workbench.core.wording import counted


def _fields(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise WorkbenchError(f"--field takes NAME=VALUE; got {pair!r}.")
        out[name.strip()] = value
    return out


def _actors(pairs: list[str]) -> list[dict[str, str]]:
    out = []
    for pair in pairs or ():
        role, sep, name = pair.partition("=")
        if not sep or not name.strip():
            raise WorkbenchError(f"--actor takes ROLE=NAME, e.g. perpetrator=Crescent Brigade; "
                                 f"got {pair!r}.")
        out.append({"role": role.strip(), "name": name.strip()})
    return out


def _date(row: dict[str, Any]) -> str:
    start, end = row.get("start_date") or "", row.get("end_date") or ""
    return f"{start}..{end}" if end and end != start else start


def cmd_incidents(args: argparse.Namespace) -> int:
    from workbench.core.incidents.model import (
        STATUSES,
        list_incidents,
        listing_key,
        rejected_proposals,
    )
    from workbench.core.incidents.tally import tally
    from workbench.core.rawread import one_snapshot

    statuses = tuple(args.status) if args.status else STATUSES
    live = tuple(s for s in statuses if s != "rejected")
    # One state of the project: an incident another program trashed between the list
    # and its tally stopped the listing with "There is no incident with id ...".
    with open_project(args.project) as project, one_snapshot(project.conn):
        rows = list_incidents(project, live) if live else []
        lines = {r["id"]: tally(project, r["id"]).describe() for r in rows}
        if "rejected" in statuses:
            # A rejected proposal is kept in the trash, which does not list it: its
            # figures were freed, so it has no tally, only what it held.
            refused = rejected_proposals(project)
            lines.update({r["id"]: _rejected_line(r) for r in refused})
            rows = sorted(rows + refused, key=listing_key)
    if args.json:
        print_json([{**r, "tally": lines[r["id"]]} for r in rows])
        return 0
    for r in rows:
        say(f"{ids.short(r['id'])}  {_date(r) or '-':<10}  {r['status']:<9}  {r['title']}"
            f"  [{r['place_name'] or '-'}]  {lines[r['id']]}")
    if not rows:
        say("No incidents.")
    return 0


def _rejected_line(row: dict[str, Any]) -> str:
    return (f"rejected proposal of {counted(row['members'], 'figure')}; `workbench restore "
            f"PROJECT {ids.short(row['id'])}` brings it back to review")


def _create(project: Any, args: argparse.Namespace) -> str:
    from workbench.core.incidents import ops

    fields = {"start_date": args.start, "end_date": args.end, "date_precision": args.precision,
              "place_name": args.place, "country": args.country, "admin1": args.admin1,
              "incident_type": args.type, "status": args.status, "memo": args.memo}
    fields = {k: v for k, v in fields.items() if v is not None}
    if args.actor:
        fields["actors"] = _actors(args.actor)
    cs = ops.create_incident(project, args.title, members=args.member, **fields)
    return f"Created incident {cs.result}"


def cmd_incident(args: argparse.Namespace) -> int:
    from workbench.core.incidents import model, ops, suggest

    with open_project(args.project) as project:
        def ref(value: str) -> str:
            return model.resolve_incident(project, value)

        action = args.action
        if action == "create":
            message = _create(project, args)
        elif action == "add":
            ops.add_members(project, ref(args.id), args.annotations)
            message = f"Added {counted(len(args.annotations), 'figure')}."
        elif action == "remove":
            ops.remove_members(project, ref(args.id), args.annotations)
            message = f"Removed {counted(len(args.annotations), 'figure')}."
        elif action == "move":
            ops.move_members(project, ref(args.src), ref(args.dst), args.annotations)
            message = f"Moved {counted(len(args.annotations), 'figure')}."
        elif action == "merge":
            keep = ref(args.keep)
            ops.merge_incidents(project, keep, ref(args.absorb))
            message = f"Merged into {keep}."
        elif action == "set-best":
            ops.set_best(project, ref(args.id), args.outcome, args.value, args.memo,
                         category=args.category)
            message = "Best figure set." if args.value is not None else "Override removed."
        elif action == "edit":
            fields: dict[str, Any] = _fields(args.field)
            if args.actor:
                fields["actors"] = _actors(args.actor)
            if not fields:  # "Saved." was said of nothing
                raise WorkbenchError("Nothing to change: give --field NAME=VALUE or "
                                     "--actor ROLE=NAME.")
            ops.update_incident(project, ref(args.id), **fields)
            message = "Saved."
        elif action == "include":
            ops.include_source(project, ref(args.id), args.doc_id, not args.exclude)
            message = "Saved."
        elif action in ("trash", "restore"):
            # As `workbench trash` and `restore` say it: an incident already in the
            # trash, or not in it, is named and left as it was ("Restored." was printed
            # for one not in the trash). A rejected proposal comes back to be reviewed
            # again, and figures kept elsewhere since are named: the core says so.
            from workbench.core.ops.trash import restore_items, trash_items

            write = trash_items if action == "trash" else restore_items
            message = write(project, [("incident", ref(args.id))]).result.sentence()
        elif action == "types":
            if args.add:
                ops.add_incident_type(project, args.add, args.label)
            message = "\n".join(plain(f"{t['name']:<16} {t['label']}")
                                for t in model.incident_types(project))
        elif action == "suggest":
            cs = suggest.store_suggestions(project)
            message = f"Suggested {counted(len(cs.result or []), 'incident')} for review."
        elif action in ("accept", "reject"):
            incident = ref(args.id)
            getattr(suggest, f"{action}_suggestion")(project, incident)
            short = ids.short(incident)
            message = (f"Accepted incident {short}." if action == "accept" else
                       f"Rejected incident {short}; `workbench incidents PROJECT --status "
                       f"rejected` lists it, `workbench restore PROJECT {short}` brings it "
                       "back to review.")
        else:  # pragma: no cover - argparse refuses unknown actions
            raise WorkbenchError(f"Unknown action {action!r}.")
    for line in message.split("\n"):  # the types listing: a line each, escaped already
        say(line)
    return 0


def cmd_tally(args: argparse.Namespace) -> int:
    from workbench.core.incidents.model import STATUSES, list_incidents, live_incident
    from workbench.core.incidents.tally import published_note, range_text, tally
    from workbench.core.rawread import one_snapshot
    from workbench.core.rewording import CUT_REASON, REASON

    # Without --status, every figure not rejected (the window's working view); with it,
    # the figures `report --status` and `export --status` would count, and their line.
    statuses = tuple(args.status) if args.status else None
    with open_project(args.project) as project, one_snapshot(project.conn):
        # Not named ``ids``: that is the module that shortens them for the listing below.
        wanted = ([live_incident(project, args.incident)] if args.incident
                  else [r["id"] for r in list_incidents(project, STATUSES)])
        tallies = [tally(project, i, statuses) for i in wanted]
        notes = {t.incident_id: published_note(project, t) for t in tallies}
        titles = {r["id"]: r["title"] for r in list_incidents(project)}
    if args.json:
        print_json([{**t.to_dict(), "note": notes[t.incident_id]} for t in tallies])
        return 0
    if not tallies:
        # An empty output read as a crash or a hang to someone following the README.
        say("No incidents to tally: make one with `workbench incident PROJECT create` "
            "or propose some with `workbench incident PROJECT suggest`.")
    for t in tallies:
        say(f"{ids.short(t.incident_id)}  {titles.get(t.incident_id, '')}: {t.describe()}")
        if notes[t.incident_id]:
            say(f"    {notes[t.incident_id]}")
        for line in t.notes:  # a part_of loop: which figure was taken as the whole
            say(f"    {line}")
        for (outcome, category), cell in t.cells.items():
            if category == "all":
                continue
            flags = [w for w, on in (("conflict", cell.conflict), ("vague", cell.vague),
                                     ("approximate", cell.approximate),
                                     ("no number in a report", bool(cell.no_number))) if on]
            say(f"    {outcome:<9} {category:<10} {_cell_counts(cell)}"
                f"{'  ' + ', '.join(flags) if flags else ''}")
            for s in cell.sources:
                mark = (f"  (left out: {s.reason})" if not s.included else
                        f"  (superseded by document {s.superseded_by}'s revised toll)"
                        if s.superseded_by is not None else "")
                counts = ("no number" if s.no_number and s.low is None and s.high is None
                          else range_text(s.low, s.high))
                say(f"        doc {s.doc_id} {s.published or '?'} {s.title[:40]!r} "
                    f"{counts}{mark}")
                for f in s.figures:
                    if f.used and s.included and f.unreviewed:
                        say(f"            unreviewed: {f.quote[:40]!r} ({f.status}, left "
                            f"out of the report and exports; annotation {f.annotation_id})")
                    if f.note in (REASON, CUT_REASON):
                        say(f"            not counted: {f.quote[:40]!r} ({f.note}, "
                            f"annotation {f.annotation_id})")
    return 0


def _cell_counts(cell: Any) -> str:
    """"low 7 best 9 high 9"; a count no figure gives is "-" ("low None" was printed),
    and a cell with none at all (its figures not counted under --status) "no count"."""
    if cell.low is None and cell.high is None and cell.best is None:
        return "no count"
    # An open high with no figure above the floor is the floor "or more", as describe() has.
    high = cell.low if cell.high is None and cell.high_open else cell.high
    high = "-" if high is None else f"{high} or more" if cell.high_open else high
    return (f"low {'-' if cell.low is None else cell.low} "
            f"best {'-' if cell.best is None else cell.best} high {high}")


def _id_args(sp: argparse.ArgumentParser, *names: str) -> None:
    for name in names:
        # In capitals, as the descriptions ("ABSORB into KEEP") and examples name them.
        sp.add_argument(name, metavar="INCIDENT_ID" if name == "id" else name.upper(),
                        help="an incident id, or the short id a listing shows "
                        "(its first or last characters, at least four)")


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    sp = add("incidents", cmd_incidents,
             "List incidents with their date, place, status and tally line.")
    add_project(sp)
    sp.add_argument("--status", action="append",
                    choices=("open", "confirmed", "disputed", "suggested", "rejected"),
                    help="only incidents with this status (repeatable; default: open, "
                         "confirmed and disputed); rejected lists the proposals rejected, "
                         "which the trash keeps without listing them, with the figures "
                         "each held")
    add_json(sp)

    sp = add("incident", cmd_incident, "Create, edit, merge, trash or suggest incidents.")
    add_project(sp)
    acts = sp.add_subparsers(dest="action", metavar="ACTION", required=True,
                             help="what to do, named after the project; `workbench "
                             "incident ACTION --help` shows one action's help")

    a = acts.add_parser("create", help="create an incident",
                        description="Create an incident: one event, with the figures and "
                        "events of any number of documents about it.")
    a.add_argument("--title", required=True, help="a short name for the incident")
    a.add_argument("--start", help="start date YYYY[-MM[-DD]]")
    a.add_argument("--end", help="end date YYYY[-MM[-DD]]")
    a.add_argument("--precision", help="date precision: day, week, month or year")
    a.add_argument("--place", help="where it happened")
    a.add_argument("--country", help="the country it happened in")
    a.add_argument("--admin1", help="region or province")
    a.add_argument("--type", help="incident type (see: incident PROJECT types)")
    a.add_argument("--status", help="open (default), confirmed or disputed")
    a.add_argument("--memo", help="a note about the incident")
    a.add_argument("--actor", action="append", help="ROLE=NAME; role perpetrator, target, "
                   "side_a or side_b (repeatable)")
    a.add_argument("--member", action="append", default=[], metavar="ANN_ID",
                   help="a figure or event annotation to include (repeatable)")

    for name, text in (("add", "add figures to an incident"),
                       ("remove", "take figures out of an incident")):
        a = acts.add_parser(name, help=text, description=text.capitalize() + ".")
        _id_args(a, "id")
        a.add_argument("annotations", nargs="+", metavar="ANN_ID",
                       help="ids of figure or event annotations")
    a = acts.add_parser("move", help="move figures from one incident to another",
                        description="Move figures from incident SRC to incident DST.")
    _id_args(a, "src", "dst")
    a.add_argument("annotations", nargs="+", metavar="ANN_ID",
                   help="ids of the figures to move")
    a = acts.add_parser("merge", help="merge ABSORB into KEEP",
                        description="Move every figure of ABSORB into KEEP and trash ABSORB.")
    _id_args(a, "keep", "absorb")
    a = acts.add_parser("set-best", help="override the best figure, saying why",
                        description="Override an incident's best figure; a memo is required.")
    _id_args(a, "id")
    a.add_argument("--outcome", required=True, help="killed, wounded, missing, captured, "
                   "arrested or displaced")
    a.add_argument("--category", default="all",
                   help="civilians, combatants, unknown or all (default: all)")
    a.add_argument("--value", type=whole(0), help="the best figure (omit to remove the override)")
    a.add_argument("--memo", required=True, help="why this figure")
    a = acts.add_parser("edit", help="change an incident's fields",
                        description="Change fields, e.g. --field place_name=Port Halden.")
    _id_args(a, "id")
    a.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                   help="set a field, e.g. title=..., place_name=..., status=confirmed "
                   "(repeatable)")
    a.add_argument("--actor", action="append", help="ROLE=NAME; replaces the actor list")
    a = acts.add_parser("include", help="count a poorly graded source in the tally",
                        description="Count a source graded E/F or 5/6 in this incident.")
    _id_args(a, "id")
    add_doc_id(a)
    a.add_argument("--exclude", action="store_true", help="stop counting it again")
    for name, text in (("trash", "move an incident to the trash"),
                       ("restore", "bring an incident back from the trash"),
                       ("accept", "accept a suggested incident"),
                       ("reject", "reject a suggested incident")):
        a = acts.add_parser(name, help=text, description=text.capitalize() + ".")
        _id_args(a, "id")
    a = acts.add_parser("types", help="list incident types or add one",
                        description="List incident types, or add one with --add.")
    a.add_argument("--add", metavar="NAME", help="add an incident type with this name")
    a.add_argument("--label", help="the name shown for the added type")
    acts.add_parser("suggest", help="propose incidents from figures not yet in one",
                    description="Group figures not yet in an incident into suggested "
                                "incidents for review.")

    sp = add("tally", cmd_tally, "Tally incidents: low, best and high per outcome and victim "
             "category, with each source's figures.")
    add_project(sp)
    sp.add_argument("--incident", metavar="ID",
                    help="only this incident (an id or the short id a listing shows)")
    sp.add_argument("--status", action="append", choices=ANNOTATION_STATUSES,
                    help="count only figures of this review status (repeatable), as "
                    "report and export --status do; default: every figure not rejected, "
                    "as the window shows them, with a line on what the report leaves out")
    add_json(sp)
