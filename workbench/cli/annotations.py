"""Commands about annotations: annotate, edit, link, annotations and search."""

from __future__ import annotations

import argparse

from workbench.cli.common import (
    Add,
    add_doc_id,
    add_fields,
    add_json,
    add_kind,
    add_project,
    add_status,
    open_project,
    parse_fields,
    print_json,
    say,
    whole,
)
from workbench.core.codebook import LINK_TYPES
from workbench.core.errors import AmbiguousQuote, WorkbenchError


def cmd_annotate(args: argparse.Namespace) -> int:
    """Annotate a quote, or a span given by code-point offsets."""
    from workbench.core.anchoring import find_quote
    from workbench.core.ops.annotations import create_annotation
    from workbench.core.ops.documents import get_document
    from workbench.core.prefill import prefill_fields

    given = parse_fields(args.field)
    with open_project(args.project) as project:
        text = get_document(project, args.doc_id)["text"]
        if args.quote is not None:
            try:
                start, end = find_quote(text, args.quote, args.occurrence)
            except AmbiguousQuote as err:
                # One sentence in the command line's own words (the core's asks to
                # "say which", then this added a second sentence saying how).
                raise WorkbenchError(f"The quote {args.quote!r} occurs {err.count} times; "
                                     f"choose one with --occurrence N (1 to {err.count})."
                                     ) from None
        elif args.start is not None and args.end is not None:
            start, end = args.start, args.end
        else:
            raise WorkbenchError("Say what to annotate with --quote TEXT or --start N --end N.")
        # What the quoted words say (counts, outcome, a date) fills the fields no
        # --field gave; a value given on the command line always wins.
        words = text[start:end] if 0 <= start <= end <= len(text) else ""
        fields = {**prefill_fields(project, args.kind, words, args.doc_id), **given}
        cs = create_annotation(project, args.doc_id, args.kind, start, end, fields,
                               status=args.status, memo=args.memo)
        row = project.repo.get("annotation", cs.result)
    if args.json:
        from workbench.core.shapes import annotation_json

        print_json(annotation_json(row))
    else:
        say(f"{cs.result}  {row['kind']} {row['start']}–{row['end']}: {row['exact']}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    """Change an annotation's fields, status or memo."""
    from workbench.core.ops.annotations import update_annotation

    with open_project(args.project) as project:
        fields = parse_fields(args.field) or None
        cs = update_annotation(project, args.annotation_id, fields=fields,
                               status=args.status, memo=args.memo)
    say(f"Updated {args.annotation_id}" if cs else "Nothing changed.")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    """Link two annotations."""
    from workbench.core.ops.annotations import add_link

    with open_project(args.project) as project:
        cs = add_link(project, args.source, args.target, args.type)
    say(f"Link {cs.result}: {args.source} {args.type} {args.target}")
    return 0


def cmd_annotations(args: argparse.Namespace) -> int:
    """List annotations matching the filters."""
    from workbench.core import rewording
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
        review = f"  ({why})" if (why := rewording.review_reason(r)) else ""
        if r.get("anchor") == "orphaned":
            # Its offsets are a point and its quote the old text's: said, as the window
            # says it, or "12–12" read as an annotation of nothing.
            review += "  (orphaned: not found in the current text since a re-import)"
        say(f"{r['id']}  doc {r['doc_id']}  {r['kind']:<9} {r['status']:<9} "
            f"{r['start']}–{r['end']}  {r['exact'][:60]!r}  {fields}{review}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search of document text and annotation fields."""
    from workbench.core.search import search, unsearchable

    with open_project(args.project) as project:
        offset = args.offset if args.page is None else (max(1, args.page) - 1) * args.limit
        hits = search(project, args.query, limit=args.limit, offset=offset)
        # A page past the last: "No matches." was untrue of a query that has some.
        earlier = not hits and offset > 0 and bool(search(project, args.query, limit=1))
    if args.json:
        print_json([h.to_json() for h in hits])
        return 0
    for h in hits:
        where = f"annotation {h.annotation_id}" if h.annotation_id else "text"
        say(f"doc {h.doc_id} ({h.title}) {where}: {h.snippet}")
    if earlier:
        shown = f"page {args.page}" if args.page is not None else f"offset {offset}"
        say(f"No more matches: the matches end before {shown}.", err=True)
    elif not hits:
        # "No matches." is untrue of a sign the index cannot hold (an emoji, "-").
        say(unsearchable(args.query) or "No matches.", err=True)
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("annotate", cmd_annotate, "Add an annotation by quoting the document's text.")
    add_project(sp)
    add_doc_id(sp)
    add_kind(sp, "statement, claim, casualty, event, date, ...", required=True)
    sp.add_argument("--quote", help="the exact words to annotate")
    sp.add_argument("--occurrence", type=whole(1), help="which occurrence of the quote (from 1)")
    sp.add_argument("--start", type=whole(0),
                    help="start offset in code points (instead of --quote)")
    sp.add_argument("--end", type=whole(0), help="end offset in code points")
    add_fields(sp)
    add_status(sp, default="accepted", help="review status (default: accepted)")
    sp.add_argument("--memo", default="", help="a note: why you coded it this way")
    add_json(sp)

    sp = add("edit", cmd_edit, "Change an annotation's fields, status or memo.")
    add_project(sp)
    sp.add_argument("annotation_id", metavar="ANNOTATION_ID",
                    help="the annotation's id, as `workbench annotations` "
                    "lists it")
    add_fields(sp)
    add_status(sp)
    sp.add_argument("--memo", help="replace the annotation's note")

    sp = add("link", cmd_link, "Link two annotations (e.g. a statement attributed_to an actor).")
    add_project(sp)
    sp.add_argument("source", metavar="SOURCE_ID",
                    help="the id of the annotation the link starts from")
    sp.add_argument("type", choices=LINK_TYPES, metavar="TYPE", help="what the link says: "
                    + ", ".join(LINK_TYPES))
    sp.add_argument("target", metavar="TARGET_ID",
                    help="the id of the annotation the link points to")

    sp = add("annotations", cmd_annotations, "List annotations, optionally filtered.")
    add_project(sp)
    sp.add_argument("--doc", type=whole(1), help="only this document")
    add_kind(sp, "only this kind (repeatable)", action="append")
    add_status(sp, action="append", help="only this review status (repeatable)")
    sp.add_argument("--coder", help="only annotations by this coder")
    sp.add_argument("--text", help="only annotations whose text, fields or memo contain this")
    add_json(sp)

    sp = add("search", cmd_search,
             "Search document text and annotation fields (diacritics and case ignored).")
    add_project(sp)
    sp.add_argument("query", metavar="QUERY",
                    help="words to find; \"quoted words\" as a phrase, word* as a "
                    "prefix; words that begin with - go after -- (search P -- \"-5\")")
    sp.add_argument("--limit", type=whole(1), default=200, help="hits per page (default 200)")
    page = sp.add_mutually_exclusive_group()
    page.add_argument("--offset", type=whole(0), default=0, help="skip this many hits first")
    page.add_argument("--page", type=whole(1), help="page number from 1, --limit hits a page")
    add_json(sp)
