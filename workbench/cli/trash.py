"""The trash, shared by documents and annotations: trash and restore.

An id made only of digits is a document number; anything else is an annotation id.
"""

from __future__ import annotations

import argparse

from workbench.cli.common import Add, add_json, add_project, open_project, print_json, say


def cmd_trash(args: argparse.Namespace) -> int:
    """Move documents or annotations to the trash, or list it with --list."""
    from workbench.core.ops import annotations as ann_ops
    from workbench.core.ops import documents as doc_ops

    with open_project(args.project) as project:
        if args.list:
            rows = project.repo.annotations(trashed=True)
            docs = project.repo.documents(trashed=True)
            if args.json:
                from workbench.core.shapes import annotation_json, document_json

                print_json({"documents": [document_json(d) for d in docs],
                             "annotations": [annotation_json(r) for r in rows]})
            else:
                for d in docs:
                    say(f"document {d['id']}  {d['title']}  (trashed {d['deleted_at']})")
                for r in rows:
                    say(f"{r['id']}  {r['kind']}: {r['exact'][:60]}  (trashed {r['deleted_at']})")
            return 0
        for item in args.ids:
            if item.isdigit():
                doc_ops.trash_document(project, int(item))
            else:
                ann_ops.trash_annotations(project, [item])
            say(f"Moved {item} to the trash.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Bring documents or annotations back from the trash."""
    from workbench.core.ops import annotations as ann_ops
    from workbench.core.ops import documents as doc_ops

    with open_project(args.project) as project:
        for item in args.ids:
            if item.isdigit():
                doc_ops.restore_document(project, int(item))
            else:
                ann_ops.restore_annotations(project, [item])
            say(f"Restored {item}.")
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("trash", cmd_trash,
             "Move annotations (by id) or documents (by number) to the trash, or list it.")
    add_project(sp)
    sp.add_argument("ids", nargs="*", metavar="ID", help="annotation ids or document "
                    "numbers to move to the trash (none: with --list, show the trash)")
    sp.add_argument("--list", action="store_true", help="list what is in the trash")
    add_json(sp)

    sp = add("restore", cmd_restore, "Bring annotations or documents back from the trash.")
    add_project(sp)
    sp.add_argument("ids", nargs="+", metavar="ID", help="annotation ids or document "
                    "numbers to bring back")
