"""The trash, shared by documents, annotations and incidents: trash, list and restore.

An id made only of digits is a document number; other text is an annotation's id, else
an incident's (whole, or the start or end of it `incidents` shows). The listing and
the restore are the window's (``core.trash``, ``core.ops.trash.restore_items``): the
same items, facts and sentences.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.cli.common import Add, Handler, add_json, add_project, open_project, print_json, say
from workbench.core.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.core.project import Project
    from workbench.core.trash import TrashItem

# "--sort" keys in the window's column order (core.trash.SORT_KEYS).
# core.trash.SORT_KEYS, copied so that starting a command does not load the listing
# (a test keeps the two equal).
SORTS = ("what", "words", "document", "details", "trashed", "by")
WORDS_SHOWN = 60


def _answered_in_json(command: Callable[[argparse.Namespace], int]) -> Handler:
    """With --json, a mistake is also printed as ``{"error": sentence}`` on stdout, so
    a script reading the answer gets JSON either way; the sentence still goes to stderr
    and the exit status is 1, as for every command."""
    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except WorkbenchError as err:
            if args.json:
                from workbench.core.damage import translate

                print_json({"error": translate(err, args.project) or str(err)})
            raise
    return run


@_answered_in_json
def cmd_trash(args: argparse.Namespace) -> int:
    """Move documents, annotations or incidents to the trash, or list it with --list."""
    with open_project(args.project) as project:
        if args.list:
            if args.ids:
                raise WorkbenchError("--list shows the trash; it takes no ids (leave "
                                     "them out, or --list out to trash them).")
            return _list(project, args)
        if option := _listing_options(args):
            raise WorkbenchError(f"{option} narrows or orders the listing: "
                                 "give it with --list.")
        if not args.ids:
            # It did nothing and said nothing: a reader took that for a trashed project.
            raise WorkbenchError("Name the annotation ids or document numbers to move to the "
                                 "trash, or give --list to see what is in it.")
        _trash(project, args.ids, args.json)
    return 0


def _listing_options(args: argparse.Namespace) -> str:
    """The first option given that only a listing reads ("" for none)."""
    for option, value in (("--kind", args.kind), ("--text", args.text),
                          ("--sort", args.sort), ("--reverse", args.reverse)):
        if value:
            return option
    return ""


def _trash(project: Project, refs: list[str], as_json: bool) -> None:
    from workbench.core import trash
    from workbench.core.ops.trash import result_json, trash_items

    # Every id looked up, then all moved in one write: a mistyped last id trashed the
    # ones before it.
    result = trash_items(project, [trash.key_of(project, ref) for ref in refs]).result
    if as_json:
        print_json(result_json(project, result))
    else:
        say(result.sentence())


def _list(project: Project, args: argparse.Namespace) -> int:
    from workbench.core import trash
    from workbench.core.trash import TrashListing

    what = trash.part_named(project, args.kind or "")
    sort = args.sort or "trashed"
    # Newest first unless a column is chosen: then A to Z, oldest or fewest first.
    descending = (args.sort is None) != bool(args.reverse)
    listing = TrashListing(what=what, text=(args.text or "").strip(), sort=sort,
                           descending=descending)
    items = trash.listed(project, listing)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    for item in items:
        say(_line(item))
    if not items:
        narrowed = what is not None or listing.text
        say("Nothing in the trash matches." if narrowed else "The trash is empty.",
            err=True)
    return 0


def _line(item: TrashItem) -> str:
    """One listed item: the id `restore` takes, what it is, its words, and the rest."""
    words = " ".join(item.words.split())
    if len(words) > WORDS_SHOWN:
        words = words[:WORDS_SHOWN - 1] + "…"
    parts = [str(item.id), item.what, f"“{words}”"]
    if item.details:
        parts.append(item.details)
    if item.entity == "annotation" and item.doc_id is not None:
        title = f" ({item.document})" if item.document else ""
        parts.append(f"on document {item.doc_id}{title}"
                     + (", which is in the trash too" if item.document_trashed else ""))
    by = f" by {item.trashed_by}" if item.trashed_by else ""
    parts.append(f"trashed {item.trashed_minute} UTC{by}")
    return "  ".join(parts)


@_answered_in_json
def cmd_restore(args: argparse.Namespace) -> int:
    """Bring documents, annotations or incidents back from the trash, in one step."""
    from workbench.core import trash
    from workbench.core.ops.trash import restore_items, result_json

    with open_project(args.project) as project:
        keys = [trash.key_of(project, ref) for ref in args.ids]
        result = restore_items(project, keys).result
        if args.json:
            print_json(result_json(project, result))
            return 0
    say(result.sentence())
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("trash", cmd_trash,
             "Move annotations (by id), documents (by number) or incidents to the trash, "
             "all in one write (an id that names nothing trashes none of them), or list "
             "it (--list): every item with when and by whom it was trashed, as the "
             "window's Trash lists it.")
    add_project(sp)
    sp.add_argument("ids", nargs="*", metavar="ID", help="annotation ids, document "
                    "numbers or incident ids to move to the trash (none: with --list, show "
                    "the trash)")
    sp.add_argument("--list", action="store_true",
                    help="list what is in the trash: documents, annotations and incidents, "
                    "newest first, each line starting with the id `restore` takes (a "
                    "rejected incident proposal is not listed: `incidents PROJECT --status "
                    "rejected` lists those)")
    sp.add_argument("--kind", metavar="WHAT",
                    help="with --list: only documents, annotations, incidents, or the "
                    "annotations of one kind (casualty, statement, ...)")
    sp.add_argument("--text", "--search", dest="text", metavar="WORDS",
                    help="with --list: only the items whose title, quoted words, memo or "
                    "a field holds WORDS (case and Arabic harakat folded)")
    sp.add_argument("--sort", choices=SORTS,
                    help="with --list: order by what it is, its words, its document, its "
                    "key fields, when it was trashed or by whom (A to Z, oldest first)")
    sp.add_argument("--reverse", action="store_true",
                    help="with --list: the other way round")
    add_json(sp, "print JSON: with --list the items, else what was moved (keys in the "
             "README); a mistake is an object with its sentence under \"error\"")

    sp = add("restore", cmd_restore,
             "Bring annotations, documents or incidents back from the trash, all in one "
             "write: an id that names nothing restores none of them.")
    add_project(sp)
    sp.add_argument("ids", nargs="+", metavar="ID", help="annotation ids, document "
                    "numbers or incident ids (or the start or end of one that `incidents` "
                    "shows), as `trash --list` lists them")
    add_json(sp, "print what was restored as JSON (keys in the README); a mistake is an "
             "object with its sentence under \"error\"")
