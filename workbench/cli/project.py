"""Commands about a project file as a whole: new, verify, reindex, log and demo."""

from __future__ import annotations

import argparse
import json
import sys

from workbench.cli.common import (
    Add,
    add_json,
    add_passphrase_file,
    add_project,
    create_project,
    open_project,
    passphrase,
    print_json,
    say,
    whole,
)
from workbench.core.errors import WorkbenchError


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty project file."""
    from workbench.core.crypto import check_new_passphrase
    from workbench.core.outfile import typed_path

    typed_path(args.project)  # before the passphrase is asked for
    key = None
    if args.encrypt:
        key = check_new_passphrase(passphrase(args.project, args.passphrase_file, confirm=True))
    with create_project(args.project, key) as project:
        for notice in project.notices:  # an earlier making of it stopped part-way
            say(f"workbench: {notice}", err=True)
    say(f"Created {args.project}" + (" (encrypted)" if key else ""))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check integrity and re-hash the originals; exit 1 on any problem."""
    from workbench.core.verify import verify

    def show(step: int, of: int, stage: str) -> None:
        # On a terminal only: a log or a pipe gets the result, not the running commentary.
        end = "\n" if step == of else ""
        sys.stderr.write(f"\rverify: {step}/{of} {stage}…\033[K{end}")
        sys.stderr.flush()

    with open_project(args.project) as project:
        report = verify(project, show if sys.stderr.isatty() else None)
    for p in report.problems:
        say(p, err=True)
    say(report.summary())
    return 0 if report.ok else 1


def cmd_reindex(args: argparse.Namespace) -> int:
    """Rebuild the search index and the timeline table from the stored texts."""
    from workbench.core.reindex import rebuild_indexes

    with open_project(args.project) as project:
        result = rebuild_indexes(project)
    say(f"Rebuilt the search index ({result.documents} documents, {result.annotations} "
        f"annotations) and the timeline table ({result.timeline_entries} entries).")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    """Print the audit log or, with --custody, the custody log; --export writes both."""
    from workbench.core.merge.undone import undone_custody, undone_merges
    from workbench.core.sourcefiles import relative_names

    if args.export:
        return _export_log(args)
    undone: set[int] = set()
    with open_project(args.project) as project:
        if args.custody:
            # --id was left out here: `log --custody --id 3` listed every import.
            if args.id is not None and not args.id.isdigit():
                raise WorkbenchError(f"The custody log is about documents: --id takes a "
                                     f"document number with --custody; got {args.id!r}.")
            rows = project.repo.custody(doc_id=int(args.id) if args.id else None)
            # The newest, as for the audit log, kept in the order they were written. The
            # custody log was printed whole before: a cut one says so, or a document
            # imported earlier reads as one with no custody entry.
            if len(rows) > args.limit:
                say(f"The newest {args.limit:,} of {len(rows):,} custody log entries are "
                    f"shown; --limit {len(rows)} shows them all.", err=True)
            rows = rows[-args.limit:]
            relative = relative_names(rows)
            if relative:
                say(f"{relative:,} of these entries name their file by a relative name, as "
                    "versions before this one recorded a name typed on the command line: "
                    "the folder it was in was not recorded.", err=True)
            # Merged, undone and merged again, a coder's import is listed twice.
            undone = undone_custody(project.repo, undone_merges(project.repo))
        else:
            rows = project.repo.audit(entity_id=args.id, limit=args.limit)
            undone = undone_merges(project.repo)
    if args.json:
        print_json(rows)
        return 0
    if not rows and args.id:  # an empty answer read as a hang or a crash
        say(f"No {'custody' if args.custody else 'audit'} log entries about {args.id}.",
            err=True)
    for r in rows:
        if args.custody:
            # The detail says what the entry is ("copied from ben.wbproj …", "taken out
            # of the project by undoing the merge"): without it an undo read as nothing.
            detail = f"  {r['detail']}" if r.get("detail") else ""
            say(f"{r['at']}  {r['coder']}  {r['action']}  doc {r['doc_id']}  {r['filename']}  "
                f"sha256 {r['sha256']}  {r['importer']} {r['importer_version']}{detail}"
                f"{_provenance(r, r['seq'] in undone)}")
        else:
            say(f"{r['at']}  txn {r['txn']}  {r['coder']}  {r['op']}  {r['entity']} "
                f"{r['entity_id']}{_provenance(r, r['txn'] in undone)}")
    return 0


def _provenance(row: dict, undone: bool) -> str:
    """Where a log entry came from, when not from this project's own work: an entry a
    merge carried names the file it came from, and one of a merge ``undone`` since says
    so (merged again, a coder's edit is listed twice, and read as two edits)."""
    said = ""
    if row.get("merged_from"):
        try:
            name = json.loads(row["merged_from"]).get("name") or "another project"
        except (ValueError, AttributeError):
            name = "another project"
        said = f"carried from {name}"
    if undone:
        said = f"{said}, by a merge undone since" if said else "merge undone since"
    return f"  {said}" if said else ""


def _export_log(args: argparse.Namespace) -> int:
    from workbench.core.logchain import export_log
    from workbench.core.outfile import typed_path
    from workbench.core.sourcefiles import refuse_source
    from workbench.core.wording import counted

    out = typed_path(args.export)
    notices: list[str] = []
    with open_project(args.project) as project:
        heads = export_log(project.conn, out, project.path.name, notices,
                           lambda p: refuse_source(project, p))
    for notice in notices:
        say(notice, err=True)
    say(f"Wrote the audit and custody logs to {args.export}.")
    for log, head in heads.items():
        # Printed so the head can be kept apart from the file (a message, a notebook).
        say(f"{log}: {counted(head.count, 'entry', 'entries')}, head {head.hash or '(empty)'}")
    return 0


def cmd_verify_log(args: argparse.Namespace) -> int:
    """Check an exported log's chains and, with --project, that the project extends them."""
    from pathlib import Path

    from workbench.core.logchain import check_export
    from workbench.core.wording import counted

    if not Path(args.file).is_file():
        # Otherwise two lines, one quoting the OS error and one counting the problem.
        what = ("is a folder, not a file" if Path(args.file).is_dir() else "no such file")
        raise WorkbenchError(f"{args.file}: {what} (write one with `workbench log "
                             "PROJECT --export FILE`).")
    if args.project:
        with open_project(args.project) as project:
            heads, problems = check_export(Path(args.file), project.conn)
    else:
        heads, problems = check_export(Path(args.file))
    if not heads and len(problems) == 1:
        # Not a log at all (a wrong file, cut or garbled bytes): its one sentence, not
        # the sentence on stderr and "no entries checked: 1 problem found." on stdout.
        raise WorkbenchError(problems[0])
    if args.head and heads.get("audit") and heads["audit"].hash != args.head:
        problems.append("audit log: the exported head is not the head you gave "
                        "(the file was rewritten after it was handed over).")
    for p in problems:
        say(p, err=True)
    counts = ", ".join(counted(h.count, f"{log} entry", f"{log} entries")
                       for log, h in heads.items())
    verdict = ("the chains are unbroken" if not problems else
               counted(len(problems), "problem") + " found")
    extends = " and the project extends them" if args.project and not problems else ""
    say(f"{counts or 'no entries'} checked: {verdict}{extends}.")
    return 0 if not problems else 1


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the demo project."""
    from workbench.core.demo import build_demo
    from workbench.core.outfile import typed_path

    path = build_demo(typed_path(args.path))
    say(f"Wrote the demo project to {path}")
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("new", cmd_new, "Create a new, empty project file.")
    add_project(sp, help="path of the project file to create (e.g. notes.wbproj)")
    sp.add_argument("--encrypt", action="store_true",
                    help="encrypt the project with a passphrase (SQLCipher)")
    add_passphrase_file(sp)

    sp = add("verify", cmd_verify,
             "Check the project's integrity, re-hash every stored original and check the "
             "history for tampering; non-zero on damage or tampering.")
    add_project(sp)

    sp = add("reindex", cmd_reindex,
             "Rebuild the search index and the timeline table from the stored documents "
             "and annotations (derived data: nothing is lost), as verify advises when "
             "they differ from their sources.")
    add_project(sp)

    sp = add("log", cmd_log, "Show the audit log (every change) or the custody log (where each "
             "file came from: imports, merges, undos and redos).")
    add_project(sp)
    sp.add_argument("--custody", action="store_true", help="show the custody log instead")
    sp.add_argument("--id", help="only entries about this document or annotation id "
                    "(with --custody, a document number)")
    sp.add_argument("--limit", type=whole(1), default=200,
                    help="newest entries to show (default 200; with --custody too)")
    sp.add_argument("--export", metavar="FILE",
                    help="write both logs with each entry's hash and the chain heads to FILE "
                         "(JSON lines), for someone else to check with verify-log")
    add_json(sp)

    sp = add("verify-log", cmd_verify_log,
             "Check an exported log's hash chains and, with --project, that the project's "
             "history still begins with it; non-zero on any break.")
    sp.add_argument("file", metavar="FILE",
                    help="a log written by `workbench log PROJECT --export FILE`")
    sp.add_argument("--project", help="a project that should extend the exported log")
    sp.add_argument("--head", help="the audit head printed at export, kept apart from the file")

    sp = add("demo", cmd_demo, "Write the demo project (fictional reports, annotated) to PATH.")
    sp.add_argument("path", metavar="PATH", help="the project file to create, e.g. demo.wbproj")
