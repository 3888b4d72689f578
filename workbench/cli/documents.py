"""Commands about documents: import, reimport, grade, docs and show."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import (
    Add,
    add_doc_id,
    add_document_metadata,
    add_json,
    add_project,
    document_metadata,
    open_project,
    print_json,
    say,
    whole,
)
from workbench.core.codebook import CREDIBILITY, RELIABILITY
from workbench.core.wording import agrees, counted

if TYPE_CHECKING:
    from workbench.core.ops.importing import ImportResult


def cmd_import(args: argparse.Namespace) -> int:
    """Import files (parsed in parallel, stored in batches); exit 1 if any was rejected."""
    # What is loaded by now outlives the import, so the garbage collector need not walk
    # it during the import (a full collection in the middle of 2,000 small files cost
    # 20-30 ms, with the store step waiting); it is handed back afterwards.
    gc.freeze()
    try:
        return _import(args)
    finally:
        gc.unfreeze()


def _import(args: argparse.Namespace) -> int:
    from workbench.core.ops.batch_import import START_JOBS, Progress, import_many
    from workbench.core.ops.importing import expand_paths

    overrides = document_metadata(args)
    if args.recursive or len(args.files) > 1:
        from workbench.core.importers import prewarm

        # Many files: the parsing worker starts while the files are listed and the
        # project is opened, not after (a worker takes a few tenths of a second to start).
        # Parsing starts on START_JOBS workers and grows only when the store step waits
        # for it, so the others start then: a worker started now and left idle took a
        # core from the start of the import.
        prewarm(START_JOBS)
    files = expand_paths(args.files, args.recursive)
    results = []
    # Progress only for a person watching: never in a pipe or a log file.
    progress = Progress(len(files)) if len(files) > 1 and sys.stderr.isatty() else None
    with open_project(args.project) as project:
        for batch in import_many(project, files, overrides, jobs=args.jobs):
            if progress:
                print("\r\033[K", end="", file=sys.stderr)  # the progress line gives way
            for res in batch:  # reported only now: the batch is committed
                results.append(res)
                if not args.json:
                    _say_result(res)
            if progress:
                progress.advance(len(batch))
                print(progress.text(), end="", file=sys.stderr, flush=True)
        if progress:
            print("\r\033[K", end="", file=sys.stderr)
        if args.suggest:
            from workbench.core.suggest import suggest_documents

            suggest_documents(project, [r.doc_id for r in results if r.status == "imported"])
    if args.json:
        print_json([r.to_json() for r in results])
    counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "rejected")}
    if len(results) > 1 and not args.json:
        say(f"{counts['imported']} imported, {counts['duplicate']} duplicate, "
            f"{counts['rejected']} rejected")
    return 1 if counts["rejected"] else 0


def _say_result(res: ImportResult) -> None:
    path = Path(res.path)
    if res.status == "imported":
        say(f"imported   {path} -> document {res.doc_id}")
    elif res.status == "duplicate":
        say(f"duplicate  {path} (already document {res.doc_id})")
    elif path.is_dir():
        say(f"{res.message} Use --recursive to import the files in it.", err=True)
    else:
        say(res.message, err=True)


def cmd_reimport(args: argparse.Namespace) -> int:
    """Replace a document's text and report how its annotations re-anchored."""
    from workbench.core.ops.documents import reimport

    with open_project(args.project) as project:
        report = reimport(project, args.doc_id, args.file, suggest=args.suggest).result
    say(report.sentence())
    if report.review:
        n = len(report.review)
        say(f"{counted(n, 'annotation')} re-anchored onto changed words "
            f"{agrees(n, 'keeps its', 'keep their')} values and "
            f"{agrees(n, 'waits', 'wait')} for review: {', '.join(report.review)}.")
    if report.cut:
        n = len(report.cut)
        say(f"{counted(n, 'annotation')} whose words the new version cut "
            f"{agrees(n, 'keeps its', 'keep their')} values and "
            f"{agrees(n, 'waits', 'wait')} for review (a cut sentence may be a "
            f"retraction; {agrees(n, 'it is', 'they are')} not counted until accepted "
            f"again): {', '.join(report.cut)}.")
    if report.lookalikes:
        say(f"{counted(report.lookalikes, 'orphaned annotation')} "
            f"{agrees(report.lookalikes, 'was', 'were')} not moved onto a passage that "
            "only reads alike (a neighbour or another copy of the same words): a wrong "
            "anchor is worse than an orphan.")
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    """Set a document's Admiralty grade."""
    from workbench.core.ops.documents import get_document, grade_source

    with open_project(args.project) as project:
        row = get_document(project, args.doc_id)
        # An option left out keeps its value: `grade P 1` (to look) or `grade P 1
        # --reliability B` once erased the whole grade without a word.
        reliability = args.reliability or row["reliability"]
        credibility = args.credibility or row["credibility"]
        if args.reliability is None and args.credibility is None:
            say(f"Document {args.doc_id} is graded {reliability or '-'}{credibility or '-'}; "
                "change it with --reliability A-F and --credibility 1-6.")
            return 0
        grade_source(project, args.doc_id, reliability, credibility)
    say(f"Graded document {args.doc_id}: {reliability or '-'}{credibility or '-'}")
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    """List the documents."""
    from workbench.core.shapes import document_json

    with open_project(args.project) as project:
        rows = [document_json(r) for r in project.repo.documents()]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        grade = (r["reliability"] or "") + (str(r["credibility"] or ""))
        say(f"{r['id']:>4}  {r['published'] or '----------'}  {r['annotations']:>5} ann  "
            f"{grade:<3} {r['title'] or ''}" + (f" — {r['publisher']}" if r["publisher"] else ""))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one document's text, or its record with --json."""
    from workbench.core.ops.documents import get_document
    from workbench.core.shapes import document_json

    with open_project(args.project) as project:
        doc = get_document(project, args.doc_id)
    if args.json:
        print_json({**document_json(doc), "text": doc["text"]})
    else:
        print(doc["text"])
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("import", cmd_import, "Import text, Markdown, HTML, PDF, DOCX, MHTML or e-mail files.")
    add_project(sp)
    sp.add_argument("files", nargs="+", metavar="FILE", help="files (or folders with --recursive)")
    add_document_metadata(sp)
    sp.add_argument("-r", "--recursive", action="store_true", help="import folders recursively")
    sp.add_argument("--suggest", action="store_true", help="store suggestions for new documents")
    sp.add_argument("--jobs", type=whole(1),
                    help="files parsed at once, at most (default: one per core; parsing "
                         "starts on one and grows when storing waits for it)")
    add_json(sp, "print one result object per file")

    sp = add("reimport", cmd_reimport,
             "Replace a document's text with a new version of its file; annotations re-anchor.")
    add_project(sp)
    add_doc_id(sp)
    sp.add_argument("file", metavar="FILE", help="the new version of the document's file")
    sp.add_argument("--suggest", action="store_true",
                    help="also store the engines' suggestions for the new text (a revised "
                    "toll in a corrected copy), in the same undo step; none over an "
                    "annotation of its kind, none where one was rejected")

    sp = add("grade", cmd_grade, "Grade a document's source (reliability A–F, credibility 1–6).")
    add_project(sp)
    add_doc_id(sp)
    sp.add_argument("--reliability", choices=RELIABILITY,
                    help="how reliable the source is, A (completely) to F (cannot be judged)")
    sp.add_argument("--credibility", type=int, choices=CREDIBILITY,
                    help="how credible the report is, 1 (confirmed) to 6 (cannot be judged); "
                    "an option left out keeps its value")

    sp = add("docs", cmd_docs, "List the project's documents.")
    add_project(sp)
    add_json(sp)

    sp = add("show", cmd_show, "Print a document's text (or its record with --json).")
    add_project(sp)
    add_doc_id(sp)
    add_json(sp)
