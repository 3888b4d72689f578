"""The trash, shared by documents and annotations: trash and restore.

An id made only of digits is a document number; anything else is an annotation id.
"""

from __future__ import annotations

import argparse

from workbench.cli.common import Add, add_json, add_project, open_project, print_json, say
from workbench.core.errors import WorkbenchError


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
                gone = {d["id"] for d in docs}
                for r in rows:
                    say(f"{r['id']}  {r['kind']}: {r['exact'][:60]}  (trashed {r['deleted_at']})"
                        + (_on_trashed(r["doc_id"]) if r["doc_id"] in gone else ""))
            return 0
        if not args.ids:
            # It did nothing and said nothing: a reader took that for a trashed project.
            raise WorkbenchError("Name the annotation ids or document numbers to move to the "
                                 "trash, or give --list to see what is in it.")
        for item in args.ids:
            if item.isdigit():
                doc_ops.trash_document(project, int(item))
            else:
                ann_ops.trash_annotations(project, [item])
            say(f"Moved {_named(item)} to the trash.")
    return 0


def _on_trashed(doc_id: int) -> str:
    """What a listed annotation adds when its document is in the trash as well."""
    return f"  on document {doc_id}, in the trash too"


def _named(item: str) -> str:
    """"document 3" or "annotation 2qwn…": "Moved 3 to the trash." said neither."""
    return f"document {item}" if item.isdigit() else f"annotation {item}"


def cmd_restore(args: argparse.Namespace) -> int:
    """Bring documents or annotations back from the trash."""
    from workbench.core.ops import annotations as ann_ops
    from workbench.core.ops import documents as doc_ops

    with open_project(args.project) as project:
        for item in args.ids:
            kind, key = ("document", int(item)) if item.isdigit() else ("annotation", item)
            row = project.repo.get(kind, key)
            if row is not None and row["deleted_at"] is None:
                # "Restored 2." was said of a document that had never left.
                say(f"{_named(item).capitalize()} is not in the trash; nothing to restore.")
                continue
            if kind == "document":
                doc_ops.restore_document(project, key)
            else:
                ann_ops.restore_annotations(project, [item])
                doc = None if row is None else project.repo.get("document", row["doc_id"])
                if doc is not None and doc["deleted_at"]:
                    # Restored, it stayed out of sight behind its document, unsaid.
                    say(f"Restored {_named(item)}; it is on document {doc['id']}, which is "
                        f"still in the trash: restore that too to see it (`workbench "
                        f"restore {project.path.name} {doc['id']}`).")
                    continue
            say(f"Restored {_named(item)}.")
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
