"""One row per annotation, fields spread into columns (event-data style)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, TextIO

from workbench.core.auditimage import quote_of
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
        return _fast_write(project, writer, field_names, flt or AnnotationFilter(), raw)
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


def _fast_write(project: Project, writer: SafeWriter, field_names: list[str],
                flt: AnnotationFilter, raw: bool) -> int:
    """The rows :func:`write` writes for a filter SQL can apply whole, written straight
    from a cursor of tuples: a 1M-row export was 2.5 times the plain SELECT-to-csv.writer
    loop, its time in building dicts, decoding rows and checking every cell."""
    docs: dict[int, tuple[tuple[Any, ...], bool]] = {}
    for d in project.repo.documents(lengths=False):
        cols = (d["title"], d["publisher"], d["published"], d["reliability"],
                d["credibility"])
        # Checked once per document rather than once per annotation.
        docs[d["id"]] = (cols, not raw and protected(cols) != list(cols))
    no_doc = (_NO_DOC, False)
    count = 0
    # A fields text's cells (its values in field_names' order, lists joined) and whether
    # they may need protecting, by the text: the same JSON always spreads the same way,
    # and an annotation's fields often repeat another's (a place, a date, a claimant),
    # so those rows skip the decode, the spread and the flag's regex.
    spread: dict[str, tuple[tuple[Any, ...], bool]] = {}

    def spread_of(text: str) -> tuple[tuple[Any, ...], bool]:
        fields = loads(text)
        values = map(fields.get, field_names)
        if "[" in text:  # no list value without a bracket in its JSON
            values = (("; ".join(v) if isinstance(v, list) else v) for v in values)
        got = (tuple(values), not raw and _FIELD_FLAG(text) is not None)
        if len(spread) >= SPREAD_CACHE:
            spread.clear()
        spread[text] = got
        return got

    def rows() -> Iterator[tuple[Any, ...] | list[Any]]:
        # One row at a time from the cursor to the file: memory stays flat however many.
        nonlocal count
        flag = "0" if raw else _FLAG
        check = not raw  # the integer columns' text (see _FLAG)
        doc_of, known = docs.get, spread.get
        texts: dict[Any, str | None] = {}  # derived quotes are cut from these
        source = project.repo.quote_texts
        for r in project.repo.iter_annotation_tuples(
                f"{_COLUMNS}, {flag}", doc_id=flt.doc_id, kinds=flt.kinds,
                statuses=flt.statuses, coder=flt.coder):
            count += 1
            text = r[11]
            values, field_flag = known(text) or spread_of(text)
            doc, doc_flag = doc_of(r[1], no_doc)
            exact = r[6]
            if exact.__class__ is bytes and not exact:  # derived (``quotes``)
                if r[1] not in texts:
                    texts[r[1]] = source.current(r[1])
                quote = quote_of(texts[r[1]] or "", r[4], r[5])
                exact = quote[0] if quote else ""
                r = (*r[:6], exact, *r[7:])
                if check and exact[:1] in _STARTS:
                    yield protected(r[:2] + doc + r[2:11] + values)
                    continue
            # Tuples joined: fewer steps per row than unpacking each into a new one.
            row = r[:2] + doc + r[2:11] + values
            if r[12] or doc_flag or field_flag or (check and (
                    r[1].__class__ is str or r[4].__class__ is str
                    or r[5].__class__ is str)):
                yield protected(row)
            else:
                yield row

    writer.writerows_protected(rows())
    return count
