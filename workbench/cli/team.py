"""Working as a team: agreement between coders, REFI-QDA import, read-only sharing."""

from __future__ import annotations

import argparse
import json
from typing import Any

from workbench.cli.common import (
    Add,
    add_json,
    add_kind,
    add_project,
    open_project,
    print_json,
    say,
    whole,
)
from workbench.core.errors import WorkbenchError
from workbench.core.wording import counted


def _alpha(value: float | None) -> str:
    # None: every unit had the same value, so alpha is 0/0 and not reported.
    return "—" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _said(d: Any, coder: str, ann_id: str | None) -> str:
    """What one coder did at a disagreement: their value (or nothing) and annotation id."""
    if ann_id is None:
        return f"{coder}: nothing"
    value = d.values.get(coder)
    shown = "" if d.what == "missing" else "=" + (
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return f"{coder}{shown} [{ann_id}]"


def print_report(report: Any) -> None:
    """The agreement table and the disagreements, for people."""
    # Coder names, kinds and values come from other people's projects: each line is
    # said (escaped), so none of them can start a line of its own.
    say(f"Coders: {', '.join(report.coders)}; {counted(len(report.documents), 'document')} "
        "finished by at least two of them.")
    left_out = report.left_out()
    if left_out:
        say(left_out)
    reason = report.nothing_to_compare()
    if reason:  # a bare table header and "Disagreements: 0" read as perfect agreement
        say(reason)
        return
    rows = [("kind", "measure", "level", "alpha", "agreement", "units")]
    rows += [(m.kind, "annotated or not" if m.measure == "presence" else m.measure, m.level,
              _alpha(m.alpha), _percent(m.agreement), str(m.units)) for m in report.measures]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    say("")
    say(f"Disagreements: {len(report.disagreements)}")
    for d in report.disagreements:
        who = "; ".join(_said(d, c, a) for c, a in d.annotations.items())
        say(f"doc {d.doc_id} {d.start}-{d.end} {d.kind} {d.what}: {who}")


def cmd_agreement(args: argparse.Namespace) -> int:
    """Krippendorff's alpha per kind and per coded field, and the disagreements."""
    from workbench.core.agreement import agreement_report

    coders = ([c.strip() for c in args.coders.split(",") if c.strip()]
              if args.coders is not None else None)
    if coders == []:  # "--coders ," compared everyone, as no --coders does
        raise WorkbenchError("--coders names no coder; give their names separated by "
                             "commas (amal,ben), or leave it out to compare everyone.")
    with open_project(args.project) as project:
        report = agreement_report(project, coders=coders, kinds=args.kind or None,
                                  doc_ids=args.doc or None)
    if args.json:
        print_json(report.to_json())
    else:
        print_report(report)
    return 0


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    """Import a REFI-QDA project: its text sources, codes and codings."""
    from workbench.core.exchange.qdpx_read import read_qdpx

    with open_project(args.project) as project:
        summary = read_qdpx(project, args.file).result
    for line in summary.skipped:  # names from the file: escaped
        say(f"workbench: skipped: {line}", err=True)
    for line in summary.new_uuids:
        say(f"workbench: {line}", err=True)
    say(f"Imported {counted(summary.documents, 'document')} ({summary.duplicates} already "
        f"in the project), {counted(summary.annotations, 'annotation')}, "
        f"{counted(len(summary.kinds), 'new kind')}.")
    return 0


def cmd_datasette_metadata(args: argparse.Namespace) -> int:
    """Write a Datasette metadata file describing every table and column."""
    from workbench.core.datasette import metadata
    from workbench.core.outfile import typed_path, written_whole
    from workbench.core.sourcefiles import refuse_source

    out = typed_path(args.output) if args.output else None
    notices: list[str] = []
    with open_project(args.project) as project:
        data = metadata(project)
        if out is None:
            print_json(data)
            return 0
        # Written as an export is: never over the project itself (written in place, it
        # replaced the project with this JSON) nor over a file a document came from.
        with written_whole(out, notices,
                           lambda p: refuse_source(project, p)) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    for notice in notices:
        say(notice, err=True)
    say(f"Wrote {args.output}", err=True)
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("agreement", cmd_agreement, "Agreement between coders: Krippendorff's alpha for "
             "where each kind was annotated (per token) and for the fields of matched "
             "annotations, with percent agreement, units and every disagreement.")
    add_project(sp)
    sp.add_argument("--coders", metavar="A,B", help="coders to compare (default: everyone "
                    "with accepted or hand-made annotations)")
    add_kind(sp, "only this kind (repeatable)", action="append")
    sp.add_argument("--doc", type=whole(1), action="append", metavar="ID",
                    help="only this document (repeatable)")
    add_json(sp)
    sp = add("import-qdpx", cmd_import_qdpx, "Import a REFI-QDA project (.qdpx) from another "
             "qualitative-analysis program: text sources, codes as kinds, codings as "
             "annotations with their coders.")
    add_project(sp)
    sp.add_argument("file", metavar="FILE.qdpx", help="the REFI-QDA project file to read")
    sp = add("datasette-metadata", cmd_datasette_metadata, "Write a Datasette metadata file "
             "describing every table and column, to share the project read-only in a browser.")
    add_project(sp)
    sp.add_argument("-o", "--output", metavar="FILE", help="file to write (default: "
                    "standard output)")
