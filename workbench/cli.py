"""The command line: parse arguments, call the core, print. No domain rules here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.core.errors import WorkbenchError

Handler = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def open_project(path: str):
    from workbench.core.project import Project

    return Project.open(path)


def _parse_fields(pairs: Sequence[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise WorkbenchError(f"--field takes NAME=VALUE; got {pair!r}.")
        fields[name.strip()] = value
    return fields


# ---------------------------------------------------------------- commands
def cmd_new(args: argparse.Namespace) -> int:
    from workbench.core.project import Project

    with Project.create(args.project):
        pass
    print(f"Created {args.project}")
    return 0


def _expand(paths: Sequence[str], recursive: bool) -> list[Path]:
    from workbench.core.importers import importers

    extensions = {e for imp in importers() for e in imp.extensions}
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir() and recursive:
            files.extend(
                sorted(f for f in p.rglob("*") if f.is_file()
                       and f.suffix.lower() in extensions)
            )
        else:
            files.append(p)
    return files


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.core.ops.documents import import_file

    overrides = {"published": args.published, "title": args.title, "url": args.url,
                 "publisher": args.publisher, "author": args.author}
    files = _expand(args.files, args.recursive)
    results = []
    with open_project(args.project) as project:
        for path in files:
            res = import_file(project, path, overrides)
            results.append(res)
            if not args.json:
                if res.status == "imported":
                    print(f"imported   {path} -> document {res.doc_id}")
                elif res.status == "duplicate":
                    print(f"duplicate  {path} (already document {res.doc_id})")
                else:
                    print(res.message, file=sys.stderr)
        if args.suggest:
            from workbench.core.suggest import suggest_documents

            suggest_documents(project, [r.doc_id for r in results if r.status == "imported"])
    if args.json:
        print_json([r.to_json() for r in results])
    counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "rejected")}
    if len(results) > 1 and not args.json:
        print(f"{counts['imported']} imported, {counts['duplicate']} duplicate, "
              f"{counts['rejected']} rejected")
    return 1 if counts["rejected"] else 0


def cmd_reimport(args: argparse.Namespace) -> int:
    from workbench.core.ops.documents import reimport

    with open_project(args.project) as project:
        cs = reimport(project, args.doc_id, args.file)
        states = [c.after["anchor"] for c in cs.changes if c.entity == "annotation" and c.after]
    print(f"Re-imported document {args.doc_id}: {states.count('anchored')} annotations in place, "
          f"{states.count('reanchored')} re-anchored, {states.count('orphaned')} orphaned.")
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from workbench.core.ops.annotations import annotate_quote, create_annotation

    fields = _parse_fields(args.field)
    with open_project(args.project) as project:
        if args.quote is not None:
            cs = annotate_quote(project, args.doc_id, args.kind, args.quote, fields,
                                occurrence=args.occurrence, status=args.status, memo=args.memo)
        elif args.start is not None and args.end is not None:
            cs = create_annotation(project, args.doc_id, args.kind, args.start, args.end, fields,
                                   status=args.status, memo=args.memo)
        else:
            raise WorkbenchError("Say what to annotate with --quote TEXT or --start N --end N.")
        row = project.repo.get("annotation", cs.result)
    if args.json:
        from workbench.core.shapes import annotation_json

        print_json(annotation_json(row))
    else:
        print(f"{cs.result}  {row['kind']} {row['start']}–{row['end']}: {row['exact']}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from workbench.core.ops.annotations import update_annotation

    with open_project(args.project) as project:
        fields = _parse_fields(args.field) or None
        cs = update_annotation(project, args.annotation_id, fields=fields,
                               status=args.status, memo=args.memo)
    print(f"Updated {args.annotation_id}" if cs else "Nothing changed.")
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
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
                    print(f"document {d['id']}  {d['title']}  (trashed {d['deleted_at']})")
                for r in rows:
                    print(f"{r['id']}  {r['kind']}: {r['exact'][:60]}  (trashed {r['deleted_at']})")
            return 0
        for item in args.ids:
            if item.isdigit():
                doc_ops.trash_document(project, int(item))
            else:
                ann_ops.trash_annotations(project, [item])
            print(f"Moved {item} to the trash.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from workbench.core.ops import annotations as ann_ops
    from workbench.core.ops import documents as doc_ops

    with open_project(args.project) as project:
        for item in args.ids:
            if item.isdigit():
                doc_ops.restore_document(project, int(item))
            else:
                ann_ops.restore_annotations(project, [item])
            print(f"Restored {item}.")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from workbench.core.ops.annotations import add_link

    with open_project(args.project) as project:
        cs = add_link(project, args.source, args.target, args.type)
    print(f"Link {cs.result}: {args.source} {args.type} {args.target}")
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    from workbench.core.ops.documents import grade_source

    with open_project(args.project) as project:
        grade_source(project, args.doc_id, args.reliability, args.credibility)
    print(f"Graded document {args.doc_id}: {args.reliability or '-'}{args.credibility or '-'}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from workbench.core.shapes import document_json

    with open_project(args.project) as project:
        rows = [document_json(r) for r in project.repo.documents()]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        grade = (r["reliability"] or "") + (str(r["credibility"] or ""))
        print(f"{r['id']:>4}  {r['published'] or '----------'}  {r['annotations']:>5} ann  "
              f"{grade:<3} {r['title'] or ''}" + (f" — {r['publisher']}" if r["publisher"] else ""))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from workbench.core.ops.documents import get_document
    from workbench.core.shapes import document_json

    with open_project(args.project) as project:
        doc = get_document(project, args.doc_id)
    if args.json:
        print_json({**document_json(doc), "text": doc["text"]})
    else:
        print(doc["text"])
    return 0


def cmd_annotations(args: argparse.Namespace) -> int:
    from workbench.core.query import AnnotationFilter, annotations_json

    flt = AnnotationFilter(doc_id=args.doc, kinds=args.kind or None,
                           statuses=args.status or None, coder=args.coder, text=args.text or "")
    with open_project(args.project) as project:
        rows = annotations_json(project, flt)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        fields = ", ".join(f"{k}={v}" for k, v in r["fields"].items())
        print(f"{r['id']}  doc {r['doc_id']}  {r['kind']:<9} {r['status']:<9} "
              f"{r['start']}–{r['end']}  {r['exact'][:60]!r}  {fields}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from workbench.core.search import search

    with open_project(args.project) as project:
        hits = search(project, args.query, limit=args.limit)
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    for h in hits:
        where = f"annotation {h.annotation_id}" if h.annotation_id else "text"
        print(f"doc {h.doc_id} ({h.title}) {where}: {h.snippet}")
    if not hits:
        print("No matches.", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.core.exporters import export, export_file

    with open_project(args.project) as project:
        if args.output:
            try:
                n = export_file(project, args.format, Path(args.output))
            except OSError as err:
                raise WorkbenchError(f"{args.output}: could not write ({err.strerror}).") from None
            print(f"Wrote {n} annotations to {args.output}", file=sys.stderr)
        else:
            export(project, args.format, sys.stdout)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from workbench.core.verify import verify

    with open_project(args.project) as project:
        report = verify(project)
    for p in report.problems:
        print(p, file=sys.stderr)
    print(f"{report.documents} documents, {report.originals} originals, "
          f"{report.annotations} annotations checked: "
          + ("all intact." if report.ok else f"{len(report.problems)} problem(s)."))
    return 0 if report.ok else 1


def cmd_codebook(args: argparse.Namespace) -> int:
    from workbench.core.ops import codebook as cb_ops

    with open_project(args.project) as project:
        if args.action == "add-kind":
            cb_ops.add_kind(project, args.name, args.label or "", args.key)
        elif args.action == "add-field":
            choices = tuple(c.strip() for c in (args.choices or "").split(",") if c.strip())
            cb_ops.add_field(project, args.kind, args.name, args.type, label=args.label or "",
                             choices=choices, minimum=args.min, maximum=args.max)
        elif args.action == "set-key":
            cb_ops.set_key(project, args.kind, args.key)
        kinds = project.codebook.kinds()
    if args.json:
        print_json([k.to_dict() for k in kinds])
        return 0
    for k in kinds:
        print(f"[{k.key}] {k.name} — {k.label}")
        for f in k.fields:
            extra = f" ({', '.join(f.choices)})" if f.choices else ""
            print(f"      {f.name}: {f.type}{extra}")
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from workbench.core.ops import actors as actor_ops

    with open_project(args.project) as project:
        if args.action == "add":
            if not args.name:
                raise WorkbenchError("Give the actor's name with --name.")
            cs = actor_ops.add_actor(project, args.name, args.alias, args.type)
            print(f"Added actor {cs.result}: {args.name}", file=sys.stderr)
        elif args.action == "alias":
            if not args.id:
                raise WorkbenchError("Say which actor with --id.")
            actor_ops.update_actor(project, args.id, name=args.name, add_aliases=args.alias,
                                   remove_aliases=args.remove)
        elif args.action == "match":
            found = actor_ops.match_actor(project, args.name or "")
            if args.json:
                print_json(found)
            else:
                print(f"{found['id']}  {found['name']}" if found else "No matching actor.")
            return 0 if found else 1
        rows = project.repo.actors()
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        aliases = f"  (also: {'; '.join(r['aliases'])})" if r["aliases"] else ""
        print(f"{r['id']}  {r['name']}{aliases}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        rows = project.repo.custody() if args.custody else project.repo.audit(
            entity_id=args.id, limit=args.limit)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        if args.custody:
            print(f"{r['at']}  {r['coder']}  {r['action']}  doc {r['doc_id']}  {r['filename']}  "
                  f"sha256 {r['sha256']}  {r['importer']} {r['importer_version']}")
        else:
            print(f"{r['at']}  txn {r['txn']}  {r['coder']}  {r['op']}  {r['entity']} "
                  f"{r['entity_id']}")
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    from workbench.gui.app import run

    return run(getattr(args, "project", None))


# ------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="workbench",
        description="Workbench: read sources, annotate statements, claims, casualty figures "
        "and events, and see them on a timeline. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_: str, **kw: Any) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_, **kw)
        sp.set_defaults(handler=handler)
        return sp

    sp = add("new", cmd_new, "Create a new, empty project file.")
    sp.add_argument("project", help="path of the project file to create (e.g. notes.wbproj)")

    sp = add("import", cmd_import, "Import text, Markdown, HTML, PDF, DOCX, MHTML or e-mail files.")
    sp.add_argument("project")
    sp.add_argument("files", nargs="+", metavar="FILE", help="files (or folders with --recursive)")
    sp.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file's)")
    sp.add_argument("--title")
    sp.add_argument("--url")
    sp.add_argument("--publisher")
    sp.add_argument("--author")
    sp.add_argument("-r", "--recursive", action="store_true", help="import folders recursively")
    sp.add_argument("--suggest", action="store_true", help="store suggestions for new documents")
    sp.add_argument("--json", action="store_true", help="print one result object per file")

    sp = add("reimport", cmd_reimport,
             "Replace a document's text with a new version of its file; annotations re-anchor.")
    sp.add_argument("project")
    sp.add_argument("doc_id", type=int)
    sp.add_argument("file")

    sp = add("annotate", cmd_annotate, "Add an annotation by quoting the document's text.")
    sp.add_argument("project")
    sp.add_argument("doc_id", type=int)
    sp.add_argument("--kind", required=True, help="statement, claim, casualty, event, date, ...")
    sp.add_argument("--quote", help="the exact words to annotate")
    sp.add_argument("--occurrence", type=int, help="which occurrence of the quote (from 1)")
    sp.add_argument("--start", type=int, help="start offset in code points (instead of --quote)")
    sp.add_argument("--end", type=int, help="end offset in code points")
    sp.add_argument("--field", action="append", metavar="NAME=VALUE", default=[])
    sp.add_argument("--status", default="accepted", choices=("suggested", "accepted", "rejected"))
    sp.add_argument("--memo", default="")
    sp.add_argument("--json", action="store_true")

    sp = add("edit", cmd_edit, "Change an annotation's fields, status or memo.")
    sp.add_argument("project")
    sp.add_argument("annotation_id")
    sp.add_argument("--field", action="append", metavar="NAME=VALUE", default=[])
    sp.add_argument("--status", choices=("suggested", "accepted", "rejected"))
    sp.add_argument("--memo")

    sp = add("trash", cmd_trash,
             "Move annotations (by id) or documents (by number) to the trash, or list it.")
    sp.add_argument("project")
    sp.add_argument("ids", nargs="*", metavar="ID")
    sp.add_argument("--list", action="store_true", help="list what is in the trash")
    sp.add_argument("--json", action="store_true")

    sp = add("restore", cmd_restore, "Bring annotations or documents back from the trash.")
    sp.add_argument("project")
    sp.add_argument("ids", nargs="+", metavar="ID")

    sp = add("link", cmd_link, "Link two annotations (e.g. a statement attributed_to an actor).")
    sp.add_argument("project")
    sp.add_argument("source")
    sp.add_argument("type", choices=("attributed_to", "about_event", "corroborates",
                                     "contradicts", "same_as"))
    sp.add_argument("target")

    sp = add("grade", cmd_grade, "Grade a document's source (reliability A–F, credibility 1–6).")
    sp.add_argument("project")
    sp.add_argument("doc_id", type=int)
    sp.add_argument("--reliability", choices=list("ABCDEF"))
    sp.add_argument("--credibility", type=int, choices=range(1, 7))

    sp = add("docs", cmd_docs, "List the project's documents.")
    sp.add_argument("project")
    sp.add_argument("--json", action="store_true")

    sp = add("show", cmd_show, "Print a document's text (or its record with --json).")
    sp.add_argument("project")
    sp.add_argument("doc_id", type=int)
    sp.add_argument("--json", action="store_true")

    sp = add("annotations", cmd_annotations, "List annotations, optionally filtered.")
    sp.add_argument("project")
    sp.add_argument("--doc", type=int, help="only this document")
    sp.add_argument("--kind", action="append", help="only this kind (repeatable)")
    sp.add_argument("--status", action="append", choices=("suggested", "accepted", "rejected"))
    sp.add_argument("--coder")
    sp.add_argument("--text", help="only annotations whose text, fields or memo contain this")
    sp.add_argument("--json", action="store_true")

    sp = add("search", cmd_search,
             "Search document text and annotation fields (diacritics and case ignored).")
    sp.add_argument("project")
    sp.add_argument("query")
    sp.add_argument("--limit", type=int, default=200)
    sp.add_argument("--json", action="store_true")

    sp = add("export", cmd_export, "Export annotations as JSON, CSV or W3C Web Annotation.")
    sp.add_argument("project")
    sp.add_argument("--format", required=True, choices=("json", "csv", "w3c"))
    sp.add_argument("-o", "--output", help="file to write (default: standard output)")

    sp = add("verify", cmd_verify,
             "Check the project's integrity and re-hash every stored original; non-zero on damage.")
    sp.add_argument("project")

    sp = add("codebook", cmd_codebook, "Show or extend the codebook (annotation kinds and fields).")
    sp.add_argument("project")
    sp.add_argument("action", nargs="?", choices=("show", "add-kind", "add-field", "set-key"),
                    default="show")
    sp.add_argument("--kind", help="the kind to change (add-field, set-key)")
    sp.add_argument("--name", help="name of the new kind or field")
    sp.add_argument("--label")
    sp.add_argument("--key", help="one-letter key for a kind")
    sp.add_argument("--type", default="text", help="field type: text, longtext, enum, int, "
                    "float, date, list, bool")
    sp.add_argument("--choices", help="comma-separated choices for an enum field")
    sp.add_argument("--min", type=float)
    sp.add_argument("--max", type=float)
    sp.add_argument("--json", action="store_true")

    sp = add("actors", cmd_actors,
             "List actors, add one with its aliases, change aliases, or match a spelling.")
    sp.add_argument("project")
    sp.add_argument("action", nargs="?", choices=("list", "add", "alias", "match"),
                    default="list")
    sp.add_argument("--name", help="actor name (add), new name (alias) or spelling (match)")
    sp.add_argument("--alias", action="append", default=[], help="an alias (repeatable)")
    sp.add_argument("--remove", action="append", default=[], help="alias to remove")
    sp.add_argument("--type", help="actor type, e.g. armed_group, state_force, official")
    sp.add_argument("--id", help="the actor to change (alias)")
    sp.add_argument("--json", action="store_true")

    sp = add("log", cmd_log, "Show the audit log (every change) or the custody log (imports).")
    sp.add_argument("project")
    sp.add_argument("--custody", action="store_true", help="show the custody log instead")
    sp.add_argument("--id", help="only entries about this document or annotation id")
    sp.add_argument("--limit", type=int, default=200)
    sp.add_argument("--json", action="store_true")

    sp = add("gui", cmd_app, "Open the window on a project (default: the last one, or the demo).")
    sp.add_argument("project", nargs="?")

    _add_optional_commands(add)
    return p


def _add_optional_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Commands of other modules register here so this file stays a thin table."""
    from workbench import cli_engines, cli_extra, cli_incidents

    cli_engines.register(add)
    cli_extra.register(add)
    cli_incidents.register(add)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", cmd_app)
    try:
        return handler(args)
    except WorkbenchError as err:
        print(f"workbench: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
