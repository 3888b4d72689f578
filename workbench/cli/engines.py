"""Commands of the suggestion engines: extract, suggest and eval."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import (
    Add,
    add_json,
    add_project,
    add_published,
    open_project,
    print_json,
    say,
    whole,
)
from workbench.core.errors import WorkbenchError


def cmd_extract(args: argparse.Namespace) -> int:
    """Print suggestions for one file, or one result per line of a JSONL file."""
    from workbench.core.extract import extract, extract_jsonl

    if args.jsonl:
        if Path(args.file).is_dir():  # else the OS error's "[Errno 21] Is a directory"
            raise WorkbenchError(f"{args.file}: this is a folder, not a file.")
        try:
            with open(args.file, encoding="utf-8") as fh:
                for line in extract_jsonl(fh):
                    sys.stdout.write(line + "\n")
        except BrokenPipeError:
            raise  # the reader stopped (`| head`): not the input's fault; run() ends quietly
        except (OSError, UnicodeDecodeError) as err:
            raise WorkbenchError(f"{args.file}: the file could not be read ({err}).") from None
        except ValueError as err:
            raise WorkbenchError(f"{args.file}: {err}.") from None
        return 0
    from workbench.core.encodedtext import as_str
    from workbench.core.importers import parse_file
    from workbench.core.ops.documents import check_date, date_or_none, read_file

    doc = parse_file(read_file(Path(args.file)), Path(args.file).name)
    published = check_date(args.published) or date_or_none(doc.published)
    print_json(extract(as_str(doc.text), published))
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    """Store suggestions for the given documents (default: all)."""
    from workbench.core.suggest import rules_read, suggest_documents

    with open_project(args.project) as project:
        from workbench.core.ops.documents import get_document

        ids = args.doc_ids or None
        for doc_id in ids or []:
            get_document(project, doc_id)
        cs = suggest_documents(project, ids)
        kinds: dict[str, int] = {}
        for c in cs.changes:
            if c.entity == "annotation" and c.after:
                kinds[c.after["kind"]] = kinds.get(c.after["kind"], 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "nothing new"
    say(f"Stored {sum(kinds.values())} suggestions: {summary}.")
    if cs.result:
        say(rules_read(cs.result))
    return 0


def _not_gold(path: Path, err: ValueError | KeyError) -> WorkbenchError:
    """The sentence for a file eval cannot read as gold: the line and what is wrong, the
    file named once ("g.jsonl: ... ('text')" named a missing key by its repr alone)."""
    if isinstance(err, KeyError):
        detail = f"a document has no {err.args[0]!r} field"
    else:
        detail = str(err).removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")
    return WorkbenchError(f"{path} is not a gold file in the expected format "
                          f"(docs/suggestions.md, \"Gold format\"): {detail}.")


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the engines against a gold file."""
    from workbench.core.extract.evaluate import evaluate, format_report

    path = Path(args.gold)
    if not path.is_file():
        what = "a folder, not a gold file" if path.is_dir() else "no such gold file"
        raise WorkbenchError(f"{path}: {what}.")
    if args.folds:
        from workbench.core.extract.crossval import cross_validate, format_folds

        try:
            summary = cross_validate(path, args.folds)
        except (ValueError, KeyError) as err:
            raise _not_gold(path, err) from None
        if args.json:
            print_json(summary)
        else:
            for line in format_folds(summary).split("\n"):
                say(line)
        return 0
    try:
        result = evaluate(path)
    except (ValueError, KeyError) as err:
        raise _not_gold(path, err) from None
    if args.json:
        print_json(result)
    else:
        for line in format_report(result).split("\n"):
            say(line)
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("extract", cmd_extract,
             "Print suggested casualty figures, dates, statements and claims for a file as JSON.")
    sp.add_argument("file", metavar="FILE",
                    help="a document file, or with --jsonl a JSONL file of documents")
    add_published(sp, "publication date YYYY-MM-DD for resolving dates")
    sp.add_argument("--jsonl", action="store_true",
                    help='read lines {"doc_id","text","published"}; write one result per line')

    sp = add("suggest", cmd_suggest,
             "Store suggestions in a project (never duplicates, never revives rejected ones).")
    add_project(sp)
    sp.add_argument("doc_ids", nargs="*", type=whole(1), metavar="DOC_ID",
                    help="documents to scan (default: all)")

    sp = add("eval", cmd_eval,
             "Measure the suggestions against hand-checked annotations: precision, recall "
             "and F1 per kind (casualty figures, dates, statements).")
    sp.add_argument("gold", metavar="GOLD.jsonl",
                    help="one document per line with the annotations it should get "
                         "(the gold format in docs/suggestions.md)")
    sp.add_argument("--folds", type=whole(0), default=0, metavar="K",
                    help="k-fold cross-validation: F1 per kind on each held-out fold "
                         "(same-event documents kept together), with mean, stdev and min")
    add_json(sp)
