"""One row per annotation, fields spread into columns (event-data style)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, TextIO

from workbench.core.exporters.csvline import (
    FLUSH_EVERY,
    Lines,
    RowWriter,
    is_plain,
    joined,
    quoted,
    special,
)
from workbench.core.exporters.csvsafe import TRIGGERS, SafeWriter, protected
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, iter_annotations
from workbench.core.repo import loads

BASE = ["annotation_id", "doc_id", "doc_title", "publisher", "published", "source_reliability",
        "source_credibility", "kind", "status", "start", "end", "exact", "coder", "memo",
        "created_at", "modified_at"]

# The annotation columns of BASE in its order (the document's come from a dict), then the
# fields' JSON. Read as tuples rather than decoded rows: see _fast_write.
# The quote as stored: a derived one (``quotes``, an empty blob) is cut from its
# document's text in Python (a tenth of the time of SQL calling wb_quote per row).
_COLUMNS = ('a.id, a.doc_id, a.kind, a.status, a.start, a."end", a.exact, a.coder, a.memo, '
            'a.created_at, a.modified_at, a.fields')
# What a cell may start with to need protecting, for a derived quote, checked in Python
# (it is no stored text for _FLAG's GLOB to look at).
_STARTS = frozenset(TRIGGERS)
# 1 where some text column's text starts with a character that can start a formula:
# SQLite looks at the first character of each in C, and only those rows (few or none)
# have their cells checked one by one in Python. GLOB rather than unicode() IN (...): a
# third cheaper a row. A "-" first in a GLOB class is itself.
_TRIGGER_GLOB = "('[-=+@' || char(9, 13) || ']*')"
assert set(TRIGGERS) == {"=", "+", "-", "@", "\t", "\r"}  # what _TRIGGER_GLOB spells out
_FLAG = " OR ".join(
    f"{c} GLOB {_TRIGGER_GLOB}"
    for c in ("a.id", "a.kind", "a.status", "a.exact", "a.coder", "a.memo", "a.created_at",
              "a.modified_at"))
# The integer columns (doc_id, start, end) need a look only when they hold text (a number
# is never protected): that is checked on the tuple in Python. In SQL it cost more than
# the eight GLOBs together, SQLite evaluating both sides of each AND and turning every
# integer into text for its GLOB.
# A field value (or a list's first item) that starts with a trigger shows in the JSON as
# a quote then that character; an escape after a quote (\t, \r, \u...) is flagged too
# rather than decoded. Keys match as well: a false alarm only costs the exact check.
_FIELD_FLAG = re.compile(r'"[=+\-@\t\r\\]').search


def write(project: Project, out: TextIO, flt: AnnotationFilter | None = None, *,
          raw: bool = False) -> int:
    """One row per live annotation (those ``flt`` lists); ``raw`` writes formula-like
    cells unprotected."""
    field_names: list[str] = []
    for kind in project.codebook.kinds():
        for f in kind.fields:
            if f.name not in field_names:
                field_names.append(f.name)
    writer = SafeWriter(out, raw=raw)
    # A field named like a base column (a claim's own "status") gets a prefix, so no two
    # columns share a name and review status is never confused with it.
    writer.writerow(BASE + [f"field_{n}" if n in BASE else n for n in field_names])
    if flt is None or not (flt.text or flt.date_from or flt.date_to):
        return _fast_write(project, out, field_names, flt or AnnotationFilter(), raw)
    # Text and date filters look at decoded rows: the rows as query.iter_annotations
    # gives them.
    docs = {d["id"]: d for d in project.repo.documents()}
    count = 0

    def rows() -> Iterator[list[Any]]:
        # One row at a time from the cursor to the file: memory stays flat however many.
        nonlocal count
        for r in iter_annotations(project, flt):
            count += 1
            d = docs.get(r["doc_id"], {})
            fields = r["fields"]
            yield [r["id"], r["doc_id"], d.get("title"), d.get("publisher"),
                   d.get("published"), d.get("reliability"), d.get("credibility"), r["kind"],
                   r["status"], r["start"], r["end"], r["exact"], r["coder"], r["memo"],
                   r["created_at"], r["modified_at"],
                   *[("; ".join(v) if isinstance(v, list) else v)
                     for v in map(fields.get, field_names)]]

    writer.writerows(rows())
    return count


_NO_DOC: tuple[Any, ...] = (None,) * 5
# How many distinct fields texts keep their spread cells (about 1 KB each, so ~16 MB at
# most): room for the places, dates and sources a project repeats beside thousands of
# one-off values (casualty counts); emptied when full, so memory stays flat however many
# distinct texts a project holds. At 4,096 the one-off texts of 100,000 bench rows
# emptied it seven times, and the repeated ones were decoded again after each.
SPREAD_CACHE = 16384


def _fast_write(project: Project, out: TextIO, field_names: list[str],
                flt: AnnotationFilter, raw: bool) -> int:
    """The rows :func:`write` writes for a filter SQL can apply whole, written straight
    from a cursor of tuples: a 1M-row export was 2.5 times the plain SELECT-to-csv.writer
    loop, its time in building dicts, decoding rows and checking every cell.

    A row no cell of which needs protecting is formatted as one line, quoted where
    ``csv.writer`` quotes (``csvline``: the writer's check of every character was most
    of the export's time); the others, and any holding a carriage return, go through
    ``csv.writer`` as before, into the same lines.
    """
    # A document's cells, whether they may need protecting, and their text in a line
    # (None: left to csv.writer), made once per document rather than once per row.
    docs: dict[int, tuple[tuple[Any, ...], bool, str | None]] = {}
    for d in project.repo.documents(lengths=False):
        cols = (d["title"], d["publisher"], d["published"], d["reliability"],
                d["credibility"])
        docs[d["id"]] = (cols, not raw and protected(cols) != list(cols), joined(cols))
    no_doc = (_NO_DOC, False, joined(_NO_DOC))
    # A fields text's cells (its values in field_names' order, lists joined), whether
    # they may need protecting, and their text in a line, by the text: the same JSON
    # always spreads the same way, and an annotation's fields often repeat another's (a
    # place, a date, a claimant), so those rows skip the decode, the spread and the flag.
    spread: dict[str, tuple[tuple[Any, ...], bool, str | None]] = {}

    def spread_of(text: str) -> tuple[tuple[Any, ...], bool, str | None]:
        fields = loads(text)
        values = map(fields.get, field_names)
        if "[" in text:  # no list value without a bracket in its JSON
            values = (("; ".join(v) if isinstance(v, list) else v) for v in values)
        cells = tuple(values)
        got = (cells, not raw and _FIELD_FLAG(text) is not None, joined(cells))
        if len(spread) >= SPREAD_CACHE:
            spread.clear()
        spread[text] = got
        return got

    lines = Lines(out)
    add, held = lines.write, lines.lines
    slow = RowWriter(lines).writerow  # SafeWriter's dialect and its carriage returns
    flag = "0" if raw else _FLAG
    check = not raw  # the integer columns' text (see _FLAG)
    known = spread.get
    source = project.repo.quote_texts
    count = 0
    # The rows come a document at a time (ORDER BY doc_id first): the document's cells,
    # flag and text are looked up when the document changes, not per row.
    doc_id: Any = _NO_DOC  # no document's id: the first row reads its document
    doc, doc_flag, doc_line = no_doc
    text = ""  # the document's text, read for its first derived row
    size = -1  # not read yet
    for r in project.repo.iter_annotation_tuples(
            f"{_COLUMNS}, {flag}", doc_id=flt.doc_id, kinds=flt.kinds,
            statuses=flt.statuses, coder=flt.coder):
        count += 1
        values, field_flag, field_line = known(r[11]) or spread_of(r[11])
        if r[1] != doc_id:
            doc_id = r[1]
            doc, doc_flag, doc_line = docs.get(doc_id, no_doc)
            size = -1
        exact = r[6]
        suspect = bool(r[12] or doc_flag or field_flag) or (check and (
            r[1].__class__ is str or r[4].__class__ is str or r[5].__class__ is str))
        if exact.__class__ is bytes and not exact:  # derived (``quotes``)
            if size < 0:
                text = source.current(doc_id) or ""
                size = len(text)
            start, end = r[4], r[5]
            # auditimage.quote_of's test: a span outside the text derives nothing.
            exact = (text[start:end] if start.__class__ is int and end.__class__ is int
                     and 0 <= start <= end <= size else "")
            suspect = suspect or (check and exact[:1] in _STARTS)
        if not suspect and doc_line is not None and field_line is not None and is_plain(
                f"{r[0]},{r[1]},{r[2]},{r[3]},{r[4]},{r[5]},{r[7]},{r[9]},{r[10]}", 8):
            # The free texts (the quote and the memo) are the cells that need quoting.
            e, m = exact, r[8]
            if e.__class__ is str and m.__class__ is str:
                if special(e) is not None:
                    e = quoted(e)
                if m and special(m) is not None:  # most memos are empty
                    m = quoted(m)
                if e is not None and m is not None:  # else a carriage return
                    add(f"{r[0]},{r[1]}{doc_line},{r[2]},{r[3]},{r[4]},{r[5]},{e},{r[7]},"
                        f"{m},{r[9]},{r[10]}{field_line}\n")
                    if len(held) >= FLUSH_EVERY:
                        lines.flush()
                    continue
        row = (*r[:2], *doc, *r[2:6], exact, *r[7:11], *values)
        slow(protected(row) if suspect else row)
        if len(held) >= FLUSH_EVERY:
            lines.flush()
    lines.flush()
    return count
