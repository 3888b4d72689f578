"""The annotation table's project-wide listing as SQL: a count, pages, and a row's place.

``query.annotations`` reads and decodes every matching row; across a project of a
million annotations that is minutes and gigabytes, for a table that shows thirty rows.
Here the same filter (``query.AnnotationFilter``, plus the incident's member ids and the
search's documents) becomes one WHERE clause; the table asks for ``count``, for the
``page`` it is painting, and for ``position`` of a selected annotation. Sorting is an
ORDER BY on the same key the in-memory table sorts by (a column's text, case-folded:
the key fields with an actor record's current name, as the cell shows it, not its id),
so the two scopes order rows alike; ties go by rowid (write order) here, a cheaper sort
than the in-memory table's tie-break on the id's text.

The text and period filters keep ``query``'s exact rules by running them as SQL
functions (``wb_text``, ``wb_period``): Python per row, but only over rows SQLite has
already narrowed by the indexed filters, and without building a dict for rows that fail.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from workbench.core import quotes, summary
from workbench.core.actor_names import RecordNames
from workbench.core.codebook import Codebook, KindSpec
from workbench.core.detached import DetachedRead
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, kind_interval, text_matches, text_needle
from workbench.core.repo import (
    _decode,  # the same decoding as every repo row
    status_index_terms,
)

if TYPE_CHECKING:
    # numpy is imported by the one read that needs it (a column sort): the window's first
    # paint lists a document in its order and need not wait ~0.3 s for it.
    import numpy as np

Row = dict[str, Any]
# Sort keys by the table's column names (``gui/models/annotation_table_model.COLUMNS``).
SORT_KEYS = ("kind", "text", "key", "status", "date", "coder", "document")
# The quote as the table shows it (a derived one read through wb_quote: ``quotes``).
_EXACT = quotes.sql("a", "exact")
DOCUMENT_ORDER = ('a.doc_id', 'a.start', 'a."end"', 'a.created_at', 'a.id')


@dataclass(frozen=True)
class Listing:
    """What the table lists: the filter, optional id and document restrictions (an
    incident's members, a search's documents) and the order (None: document order)."""

    flt: AnnotationFilter
    ids: frozenset[str] | None = None
    doc_ids: frozenset[int] | None = None
    sort: str | None = None  # one of SORT_KEYS
    descending: bool = False


def _values(fields: str) -> Iterator[Any]:
    # Parsed only when iterated: most rows are settled by their quote and memo.
    yield from json.loads(fields).values()


def _register(project: Project) -> None:
    """The Python filters and sort keys as SQL functions, once per connection."""
    conn = project.repo.conn
    if getattr(project, "_ann_pages_conn", None) is conn:
        return
    _functions(conn, lambda: project.codebook, lambda: _names_of(project))
    project._ann_pages_conn = conn  # type: ignore[attr-defined]


def _names_of(project: Project) -> RecordNames | None:
    # Set by _sort_key before each statement that sorts by the key fields.
    return getattr(project, "_ann_pages_names", None)


def sort_fold(text: Any) -> str:
    """A cell's words as a column sorts them: spaces made one, the first 200 characters,
    case folded."""
    return "" if text is None else " ".join(str(text).split())[:200].casefold()


def _functions(conn: Any, codebook: Callable[[], Codebook],
               names: Callable[[], RecordNames | None] = lambda: None) -> None:
    def text_match(exact: str, memo: str, fields: str, needle: str) -> int:
        # query.annotations' rule: the quote, the memo, or any field value, folded.
        return int(text_matches(needle, exact, memo, _values(fields)))

    def spec(kind: str) -> KindSpec | None:
        cb = codebook()
        return cb.kind(kind) if kind in cb else None

    def period(kind: str, fields: str, lo: str, hi: str) -> int:
        span = kind_interval(spec(kind), json.loads(fields))
        return int(bool(span and span[0] <= dt.date.fromisoformat(hi)
                        and span[1] >= dt.date.fromisoformat(lo)))

    def key_text(kind: str, fields: str) -> str:
        # An actor record by its name, as the cell shows it (names: None when no
        # kind's key fields show a record).
        return summary.key_summary(spec(kind), json.loads(fields), names()).casefold()

    for name, n, fn in (("wb_text", 4, text_match), ("wb_period", 4, period),
                        ("wb_key", 2, key_text), ("wb_fold", 1, sort_fold)):
        conn.create_function(name, n, fn, deterministic=True)


def _where(listing: Listing) -> tuple[str, list[Any]]:
    flt = listing.flt
    where = ["a.deleted_at IS NULL",
             "a.doc_id NOT IN (SELECT id FROM documents WHERE deleted_at IS NOT NULL)"]
    params: list[Any] = []
    if flt.doc_id is not None:
        where.append("a.doc_id = ?")
        params.append(flt.doc_id)
    for col, values in (("a.kind", flt.kinds), ("a.status", flt.statuses),
                        ("a.id", listing.ids), ("a.doc_id", listing.doc_ids)):
        if values is not None:
            values = list(values)
            where.append(f"{col} IN ({','.join('?' * len(values))})" if values else "0")
            params.extend(values)
    where.extend(status_index_terms(flt.statuses))
    if flt.coder is not None:
        where.append("a.coder = ?")
        params.append(flt.coder)
    if flt.text:
        where.append(f"wb_text({_EXACT}, a.memo, a.fields, ?)")
        params.append(text_needle(flt.text))
    if flt.date_from or flt.date_to:
        where.append("wb_period(a.kind, a.fields, ?, ?)")
        params += [flt.date_from or dt.date.min.isoformat(),
                   flt.date_to or dt.date.max.isoformat()]
    return " AND ".join(where), params


def _sort_key(project: Project, key: str) -> tuple[str, list[Any]]:
    """The SQL of a column's sort key, as the table displays it, case-folded."""
    if key == "key":
        # The records' names as they are now, read before the statement runs (a rename
        # since the last sort reorders the rows); none when no kind shows its record.
        project._ann_pages_names = _record_names(project)  # type: ignore[attr-defined]
    return _key_sql(project.codebook, project.repo.document_titles, key)


def _record_names(project: Project) -> RecordNames | None:
    if not any(summary.shows_record(k) for k in project.codebook.kinds()):
        return None
    return RecordNames(project).read()


def _key_sql(cb: Codebook, document_titles: Callable[[], dict[int, str]], key: str
             ) -> tuple[str, list[Any]]:
    if key == "kind":
        cases = [(k.name, k.label.casefold()) for k in cb.kinds()]
        whens = " ".join("WHEN ? THEN ?" for _ in cases)
        return (f"CASE a.kind {whens} ELSE wb_fold(a.kind) END" if cases
                else "wb_fold(a.kind)", [v for pair in cases for v in pair])
    if key == "text":
        return f"wb_fold({_EXACT})", []
    if key == "key":
        return "wb_key(a.kind, a.fields)", []
    if key == "status":
        return "a.status", []
    # Below, SQLite's own functions where they give the same order, as a Python function
    # per row costs about a second per 100,000 rows in a sort.
    if key == "date":  # dates are ASCII: lower() folds them as casefold() does
        dated = [(k.name, "$." + json.dumps(k.date_field)) for k in cb.kinds() if k.date_field]
        whens = " ".join("WHEN ? THEN a.fields ->> ?" for _ in dated)
        sql = f"CASE a.kind {whens} END" if dated else "NULL"
        return f"coalesce(lower(trim({sql})), '')", [v for pair in dated for v in pair]
    if key == "coder":  # ASCII folding only: coder names are short login-like names
        return "lower(a.coder)", []
    if key == "document":
        # Documents are few: rank their folded titles here, and sort on the rank.
        titles = document_titles()
        ranked = sorted(titles, key=lambda d: (titles[d].casefold(), d))
        if not ranked:
            return "a.doc_id", []
        whens = " ".join("WHEN ? THEN ?" for _ in ranked)
        return (f"CASE a.doc_id {whens} ELSE a.doc_id + {len(ranked)} END",
                [v for pos, d in enumerate(ranked) for v in (d, pos)])
    raise ValueError(f"no sort key {key!r}")


def _order(project: Project, listing: Listing) -> tuple[list[str], list[Any]]:
    """The ORDER BY terms (the last one the id, so the order is total)."""
    if listing.sort is None:
        return list(DOCUMENT_ORDER), []
    sql, params = _sort_key(project, listing.sort)
    # Ties in the order rows were written (rowid): a cheaper sort than by the id's text.
    return [sql, "a.rowid"], params


@dataclass(frozen=True)
class Snapshot:
    """A listing as counted once, so that each page is a cheap read.

    In document order: the rows per document (an index-only count), so a page is
    read from its document by (doc_id, start) on the index, not after skipping every
    row before it (OFFSET walks the table: 1 s at row 50,000). Sorted by a column:
    the rowids in order (8 bytes a row), read in one sorted pass, so a page is a read
    by rowid and a row's place a search in the array."""

    listing: Listing
    count: int
    per_doc: tuple[tuple[int, int], ...] = ()  # (doc_id, rows) in document order
    order: np.ndarray | None = None  # rowids, for a column sort


def snapshot(project: Project, listing: Listing) -> Snapshot:
    _register(project)
    doc_id = _whole_document(listing)
    if doc_id is not None:
        # One document's annotations in document order (the table beside the viewer):
        # the count the viewer asked for when it showed the document, not another
        # count of its index entries (5,000 at 1M). A trashed document lists nothing.
        doc = project.repo.conn.execute(
            "SELECT deleted_at IS NULL FROM documents WHERE id = ?", (doc_id,)).fetchone()
        n = project.repo.live_annotation_count(doc_id) if doc is not None and doc[0] else 0
        return Snapshot(listing, n, per_doc=((doc_id, n),) if n else ())
    return _snapshot_on(project.repo.conn, listing, lambda: _order(project, listing))


def _whole_document(listing: Listing) -> int | None:
    """The document a listing shows every live annotation of, in document order; None
    when it filters, restricts or sorts them."""
    flt = listing.flt
    if (flt.doc_id is None or listing.sort is not None or listing.ids is not None
            or listing.doc_ids is not None):
        return None
    return flt.doc_id if replace(flt, doc_id=None) == AnnotationFilter() else None


def _snapshot_on(conn: Any, listing: Listing,
                 order: Callable[[], tuple[list[str], list[Any]]]) -> Snapshot:
    where, params = _where(listing)
    if listing.sort is None:
        per_doc = tuple((int(d), int(n)) for d, n in conn.execute(
            f"SELECT a.doc_id, count(*) FROM annotations a WHERE {where} "
            "GROUP BY a.doc_id ORDER BY a.doc_id", params))
        return Snapshot(listing, sum(n for _d, n in per_doc), per_doc=per_doc)
    terms, oparams = order()
    way = " DESC" if listing.descending else ""
    cur = conn.execute(f"SELECT a.rowid FROM annotations a WHERE {where} "
                       f"ORDER BY {', '.join(t + way for t in terms)}", [*params, *oparams])
    import numpy as np

    rowids = np.fromiter((r[0] for r in cur), dtype=np.int64)
    return Snapshot(listing, len(rowids), order=rowids)


class DetachedSnapshot(DetachedRead[Snapshot]):
    """A :func:`snapshot` worked out on a connection of its own, so that another thread
    can run it: sorting a million annotations by a column takes seconds, and the window
    must not freeze for them. The codebook and document titles are taken when it is
    made; :meth:`run` reads the project as it is then (writes made meanwhile are placed
    afterwards with :func:`refresh`)."""

    failure = "The table could not be sorted"

    def __init__(self, project: Project, listing: Listing) -> None:
        super().__init__(project)
        self.listing = listing
        self._codebook = project.codebook
        # Read here, on the window's connection: the thread has only its own.
        self._names = _record_names(project) if listing.sort == "key" else None
        titles = project.repo.document_titles()
        self._order = _key_sql(self._codebook, lambda: titles, listing.sort) \
            if listing.sort else None

    def read(self, conn: Any) -> Snapshot:
        _functions(conn, lambda: self._codebook, lambda: self._names)
        terms = ([self._order[0], "a.rowid"], self._order[1]) if self._order else None
        return _snapshot_on(conn, self.listing, lambda: terms or ([], []))


REFRESH_MOST = 500  # more written rows than this: counting the listing again is cheaper


def refresh(project: Project, snap: Snapshot, ann_ids: Iterable[str]) -> Snapshot:
    """``snap`` after the annotations ``ann_ids`` were written (created, edited, trashed,
    restored), equal to a new :func:`snapshot` of its listing.

    A new snapshot sorts or counts the whole listing again: seconds at a million
    annotations, after every accepted suggestion. Here only the written rows are looked
    at: in document order their documents are counted again; sorted by a column their
    rowids leave the order and, if still listed, go back in where a binary search over
    the sorted rowids (each probe a comparison in SQL, so SQLite's own ordering decides)
    puts them. Rows that are gone for good, or too many, mean a new snapshot."""
    wanted = list(dict.fromkeys(ann_ids))
    if not wanted:
        return snap
    if len(wanted) > REFRESH_MOST:
        return snapshot(project, snap.listing)
    _register(project)
    where, params = _where(snap.listing)
    conn = project.repo.conn
    written = conn.execute(
        f"SELECT a.rowid, a.doc_id, ({where}) FROM annotations a "
        f"WHERE a.id IN ({','.join('?' * len(wanted))})", [*params, *wanted]).fetchall()
    if len(written) != len(wanted):
        return snapshot(project, snap.listing)  # purged: its place is unknown
    if snap.order is None:
        return _recount(project, snap, {int(r[1]) for r in written})
    return _resort(project, snap, [int(r[0]) for r in written if r[2]],
                   [int(r[0]) for r in written])


def _recount(project: Project, snap: Snapshot, docs: set[int]) -> Snapshot:
    where, params = _where(snap.listing)
    marks = ",".join("?" * len(docs))
    fresh = dict(project.repo.conn.execute(
        f"SELECT a.doc_id, count(*) FROM annotations a WHERE {where} AND a.doc_id IN "
        f"({marks}) GROUP BY a.doc_id", [*params, *docs]).fetchall())
    per_doc = {d: n for d, n in snap.per_doc if d not in docs}
    per_doc.update((int(d), int(n)) for d, n in fresh.items())
    ordered = tuple(sorted(per_doc.items()))
    return Snapshot(snap.listing, sum(n for _d, n in ordered), per_doc=ordered)


def _resort(project: Project, snap: Snapshot, listed: list[int], written: list[int]
            ) -> Snapshot:
    import numpy as np

    assert snap.order is not None
    order = snap.order[~np.isin(snap.order, np.array(written, dtype=np.int64))]
    if listed:
        key_sql, key_params = _sort_key(project, snap.listing.sort or "kind")
        conn = project.repo.conn
        keys = dict(conn.execute(
            f"SELECT a.rowid, {key_sql} FROM annotations a "
            f"WHERE a.rowid IN ({','.join('?' * len(listed))})", [*key_params, *listed]))
        # The listing's order is (key, rowid), both descending or both ascending: the
        # probe asks whether the row at a place comes before the one being placed.
        before = ">" if snap.listing.descending else "<"
        probe = (f"SELECT ({key_sql}, a.rowid) {before} (?, ?) FROM annotations a "
                 "WHERE a.rowid = ?")
        for rowid in sorted(listed):
            lo, hi = 0, len(order)
            while lo < hi:
                mid = (lo + hi) // 2
                ahead = conn.execute(probe, [*key_params, keys[rowid], rowid,
                                             int(order[mid])]).fetchone()
                if ahead is not None and ahead[0]:
                    lo = mid + 1
                else:
                    hi = mid
            order = np.insert(order, lo, rowid)
    return Snapshot(snap.listing, len(order), order=order)


def count(project: Project, listing: Listing) -> int:
    """How many annotations the listing has (one SQL count)."""
    _register(project)
    where, params = _where(listing)
    return int(project.repo.conn.execute(
        f"SELECT count(*) FROM annotations a WHERE {where}", params).fetchone()[0])


def page(project: Project, listing: Listing | Snapshot, offset: int, limit: int) -> list[Row]:
    """Rows ``offset`` to ``offset + limit`` of the listing, decoded like ``repo`` rows."""
    snap = listing if isinstance(listing, Snapshot) else snapshot(project, listing)
    _register(project)
    if snap.order is not None:
        return _by_rowid(project, snap.order[offset:offset + limit].tolist())
    where, params = _where(snap.listing)
    within = ", ".join(DOCUMENT_ORDER[1:])
    rows: list[Row] = []
    before = 0
    for doc_id, n in snap.per_doc:
        if len(rows) >= limit:
            break
        if offset >= before + n:
            before += n
            continue
        skip = max(offset - before, 0)
        cur = project.repo.conn.execute(
            f"SELECT a.* FROM annotations a WHERE {where} AND a.doc_id = ? "
            f"ORDER BY {within} LIMIT ? OFFSET ?", [*params, doc_id, limit - len(rows), skip])
        rows += project.repo.fill_quotes(map(_decode, cur))  # type: ignore[arg-type]
        before += n
    return rows


def _by_rowid(project: Project, rowids: list[int]) -> list[Row]:
    if not rowids:
        return []
    cur = project.repo.conn.execute(
        f"SELECT a.rowid AS wb_rowid, a.* FROM annotations a "
        f"WHERE a.rowid IN ({','.join('?' * len(rowids))})", rowids)
    found = {}
    for row in project.repo.fill_quotes(map(_decode, cur)):  # type: ignore[arg-type]
        found[row.pop("wb_rowid")] = row
    return [found[i] for i in rowids if i in found]  # a row trashed since: left out


def position(project: Project, listing: Listing | Snapshot, ann_id: str) -> int | None:
    """Where ``ann_id`` is in the listing (its row number), None if it is not listed."""
    snap = listing if isinstance(listing, Snapshot) else snapshot(project, listing)
    _register(project)
    where, params = _where(snap.listing)
    conn = project.repo.conn
    if snap.order is not None:
        found = conn.execute(f"SELECT a.rowid FROM annotations a WHERE a.id = ? AND {where}",
                             [ann_id, *params]).fetchone()
        at = (snap.order == found[0]).nonzero()[0] if found else ()
        return int(at[0]) if len(at) else None
    terms = list(DOCUMENT_ORDER)
    found = conn.execute(f"SELECT {', '.join(terms)} FROM annotations a "
                         f"WHERE a.id = ? AND {where}", [ann_id, *params]).fetchone()
    if found is None:
        return None
    # Rows of the documents before its own (counted already), then rows before it in
    # its document: a row-value comparison on the index's order.
    before = sum(n for d, n in snap.per_doc if d < found[0])
    sql = (f"SELECT count(*) FROM annotations a WHERE {where} AND a.doc_id = ? "
           f"AND ({', '.join(terms[1:])}) < ({', '.join('?' * (len(terms) - 1))})")
    return before + int(conn.execute(sql, [*params, found[0], *tuple(found)[1:]]).fetchone()[0])


def ids(project: Project, listing: Listing) -> list[str]:
    """Every listed id in order (exports of what the table lists, tests)."""
    _register(project)
    where, params = _where(listing)
    terms, oparams = _order(project, listing)
    way = " DESC" if listing.descending else ""
    sql = (f"SELECT a.id FROM annotations a WHERE {where} "
           f"ORDER BY {', '.join(t + way for t in terms)}")
    return [r[0] for r in project.repo.conn.execute(sql, [*params, *oparams])]


def ids_by_kind(project: Project, listing: Listing, *,
                skip_orphans: bool = False) -> dict[str, list[str]]:
    """The listed ids per kind (kinds in order of first appearance), without decoding rows.

    ``skip_orphans``: leave out annotations a re-import orphaned, for accepting in bulk.
    Their words are not in the document any more; "Accept all" took them with the rest,
    and a figure the corrected source no longer gives then counted in the tally.
    """
    _register(project)
    where, params = _where(listing)
    if skip_orphans:
        where += " AND a.anchor != 'orphaned'"
    out: dict[str, list[str]] = {}
    for kind, ann_id in project.repo.conn.execute(
            f"SELECT a.kind, a.id FROM annotations a WHERE {where} "
            f"ORDER BY {', '.join(DOCUMENT_ORDER)}", params):
        out.setdefault(kind, []).append(ann_id)
    return out
