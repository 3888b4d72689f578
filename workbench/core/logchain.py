"""Checking the hash chains of the audit and custody logs, and exporting them.

An exported log (JSON lines) carries every row with its hash and, last, each log's head
(row count, last ``seq``, last hash). Rows are as the chain reads them (op, entity and
hash as text, whichever way the file stores them: ``logcodes``); an audit image is
JSON text in either format of ``auditimage``; the first line lists, per entity, the
key and the columns an array image holds, so the file reads without the project. A
time mark stands for the row's own ``at``; an image whose quote is marked (derived from
its document's text, which the log holds only by its hash) has its values written out
beside the row, under ``derived``, so the file still reads without the project.
Checked on its own, it proves the file's rows are one unbroken chain ending at that
head; checked against a project, that the project's chain still starts with exactly
those rows (its row number ``count`` has the head's hash, and each hash covers every
row before it).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from json.encoder import encode_basestring as _quote  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from workbench.core import auditimage, chain, clock, dbapi, derived, logcodes, rawread
from workbench.core.outfile import written_whole
from workbench.core.repo import TABLES, audit_layout

FORMAT = "workbench-log"
_NAMES = {"audit": "audit entry", "custody": "custody entry"}


@dataclass(frozen=True)
class Head:
    """Where a log's chain ended: how many rows, the last one's seq and hash."""

    count: int = 0
    seq: int = 0
    hash: str = chain.GENESIS


class _Damaged(dict):
    """A log row whose bytes do not decode (never what a JSON file's line parses to)."""


def _decoded_rows(conn: sqlite3.Connection, log: str) -> Iterator[dict[str, Any] | None]:
    ops = logcodes.Ops(conn)
    for raw in rawread.log_rows(conn, log):
        row, bad = rawread.decode(logcodes.readable(raw, ops), ())
        yield row if not bad else _Damaged(seq=raw.get("seq"), hash=rawread.text(raw["hash"]),
                                           bad=bad)


def walk(rows: Iterable[dict[str, Any] | None], log: str, problems: list[str]) -> Head:
    """Check each row's link to the one before; return the head reached."""
    prev, count, seq = chain.GENESIS, 0, 0
    for row in rows:
        if row is None:
            continue
        count += 1
        seq = row.get("seq") or 0
        if isinstance(row, _Damaged):
            problems.append(f"{_NAMES[log]} {seq}: {', '.join(row['bad'])} (the stored "
                            "bytes are damaged).")
        else:
            content = {k: v for k, v in row.items() if k != "hash"}
            if row.get("hash") != chain.row_hash(prev, content):
                problems.append(_broken(log, seq))
        prev = str(row.get("hash") or "")
    return Head(count, int(seq), prev)


def chain_problems(conn: sqlite3.Connection) -> tuple[dict[str, Head], list[str]]:
    """Both logs' chains checked in the project: their heads and one sentence per break."""
    problems: list[str] = []
    heads = {log: _walk_table(conn, log, problems) for log in chain.LOGS}
    problems.extend(guard_problems(conn))
    return heads, problems


def walk_log(conn: sqlite3.Connection, log: str, problems: list[str], *,
             upto: int | None = None) -> Head:
    """One log's chain checked from its start (up to ``seq`` ``upto`` where given): the
    head reached; one sentence per break appended to ``problems``. With
    :func:`audit_tail` after the same ``upto`` (in another process), every row is
    checked as :func:`chain_problems` checks it."""
    return _walk_table(conn, log, problems, upto=upto)


def audit_tail(conn: sqlite3.Connection, after: int) -> tuple[Head, list[str]]:
    """The audit chain's rows after ``seq`` ``after``: the head of that part (its count
    that part's) and one sentence per break.

    The first row's link is checked against the stored hash of the row before it, read
    here, as the whole walk would take it: a row's check depends only on its own
    values, its stored hash and the stored hash before it, so a change at the boundary
    is named as in one walk (the row before by :func:`walk_log`, whose link breaks;
    the first row here, whose link breaks when the hash before it was changed).
    """
    problems: list[str] = []
    prev = _link_before(conn, "audit", after)
    return _walk_table(conn, "audit", problems, after=after, prev=prev), problems


def joined(part: Head, tail: Head) -> Head:
    """The head of a log checked in two parts (:func:`walk_log`, :func:`audit_tail`)."""
    if tail.count == 0:
        return part
    return Head(part.count + tail.count, tail.seq, tail.hash)


def _link_before(conn: sqlite3.Connection, log: str, after: int) -> bytes:
    """The hash the walk carries on from the last row with ``seq`` at most ``after``
    (the genesis hash when there is none), taken the way :func:`_walk_table` takes it:
    the stored value as read with text decoded by SQLite, or as bytes when a value of
    that row is not UTF-8 (the walk reads such a row so)."""
    content = chain.content_columns(rawread.columns(conn, log))
    sql = (rawread.select_sql(log, [*content, "hash"])
           + " WHERE seq <= ? ORDER BY seq DESC LIMIT 1")
    try:
        with rawread.str_mode(conn):
            row = conn.execute(sql, (after,)).fetchone()
    except dbapi.OperationalError:
        with rawread.bytes_mode(conn):
            row = conn.execute(sql, (after,)).fetchone()
    if row is None:
        return chain.GENESIS.encode("ascii")
    return logcodes.hex_hash_bytes(row[-1])


def guard_problems(conn: sqlite3.Connection) -> list[str]:
    """Sentences for a log whose append-only guards or last entries were removed."""
    problems: list[str] = []
    present = rawread.trigger_names(conn)
    for log in chain.LOGS:
        missing = [t for t in (f"{log}_no_update", f"{log}_no_delete") if t not in present]
        if missing:
            problems.append(f"{log} log: its append-only guard ({', '.join(missing)}) was "
                            "removed outside the program, so its entries could be edited.")
        top, given = rawread.log_sequence(conn, log)
        if given > top:  # AUTOINCREMENT remembers the highest seq it ever gave
            problems.append(f"{log} log: it once held entries up to {given} but now ends at "
                            f"{top} (its last entries were removed outside the program).")
    return problems


def _walk_table(conn: sqlite3.Connection, log: str, problems: list[str], *,
                after: int | None = None, upto: int | None = None,
                prev: bytes | None = None) -> Head:
    """:func:`walk` over a log read as tuples, each row hashed from its stored values;
    only the rows with ``seq`` above ``after`` and up to ``upto`` where given, the first
    of them linked to ``prev`` (the genesis hash by default).

    Gives the heads and sentences :func:`walk` gives over :func:`_decoded_rows`, at a
    fraction of the work: no dict per row and no JSON dump. Text is read as ``str``
    (SQLite decodes it in C, ``chain.canonical_text``); a row whose bytes are not
    UTF-8 stops that read, and is checked from its bytes as before
    (``chain.canonical_values``), the read going on after it. A row neither way can
    vouch for (damaged bytes, an odd value) is checked the exact way, on its own.
    """
    content = chain.content_columns(rawread.columns(conn, log))
    keys, at_seq = chain.text_keys(content), content.index("seq")
    select = rawread.select_sql(log, [*content, "hash"])
    # A compact row (logcodes) stores its op as a code and its hash as 32 bytes: the
    # op is hashed as its text, and the hash compared as a digest.
    ops = logcodes.Ops(conn)
    at_op = content.index("op") if log == "audit" and ops.as_bytes else None
    codes = {k.decode("ascii"): v.decode("utf-8") for k, v in ops.as_bytes.items()}
    at_entity = content.index("entity") if log == "audit" else None
    entities = logcodes.ENTITY_NAMES
    # A packed image (schema 18 on) is hashed as its logical text (auditimage.expand).
    images = [content.index(c) for c in ("before", "after")
              if log == "audit" and c in content]
    expand = auditimage.expand
    # The audit log in the layout every project has: each row's text written out
    # directly, a third less work than the general way (1,000,000 rows a check).
    usual = _audit_text if log == "audit" and content == _AUDIT_CONTENT else None

    def rows_after(seq: Any) -> tuple[str, tuple[Any, ...]]:  # the part's rows after ``seq``
        where = [w for w, v in (("seq > ?", seq), ("seq <= ?", upto)) if v is not None]
        return (f"{select} {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY seq",
                tuple(v for v in (seq, upto) if v is not None))

    count, seq = 0, after
    prev = chain.GENESIS.encode("ascii") if prev is None else prev
    with rawread.str_mode(conn):
        rows = conn.execute(*rows_after(seq))
        while True:
            try:
                for values in rows:
                    count += 1
                    text = usual(values, codes) if usual is not None else None
                    if text is not None:
                        stored, seq = values[-1], values[at_seq]
                    else:  # any other row, or log, the general way
                        *own, stored = values
                        seq = own[at_seq]
                        if at_op is not None:
                            own[at_op] = codes.get(own[at_op], own[at_op])
                        if at_entity is not None:
                            own[at_entity] = entities.get(own[at_entity], own[at_entity])
                        for i in images:
                            own[i] = expand(own[i])
                        text = chain.canonical_text(keys, own)
                    if text is None:
                        _name_blobs(content, own, log, seq, problems)
                    if stored.__class__ is str:  # hex text, written before compact_log_rows
                        if text is None:
                            _exact_link(dict(zip(content, own, strict=True)), stored, prev,
                                        log, problems)
                        elif (hashlib.sha256(prev + b"\n" + text.encode("utf-8"))
                              .hexdigest() != stored):
                            problems.append(_broken(log, seq))
                        prev = stored.encode("utf-8")
                        continue
                    if text is None:
                        _exact_link(dict(zip(content, own, strict=True)), stored, prev, log,
                                    problems)
                    elif (stored.__class__ is not bytes or hashlib.sha256(
                            prev + b"\n" + text.encode("utf-8")).digest() != stored):
                        problems.append(_broken(log, seq))
                    prev = (stored.hex().encode("ascii") if stored.__class__ is bytes
                            and len(stored) == logcodes.DIGEST
                            else logcodes.hex_hash_bytes(stored))
                break
            except dbapi.OperationalError:
                # The next row holds text that is not UTF-8 (else the error is real and
                # reading it as bytes raises it again): checked from its bytes.
                with rawread.bytes_mode(conn):
                    damaged = conn.execute(*rows_after(seq)).fetchone()
                if damaged is None:
                    raise
                count += 1
                seq, prev = _bytes_link(damaged, content, prev, log, problems, ops)
                rows = conn.execute(*rows_after(seq))
    return Head(count, int(seq or 0) if count else 0, rawread.text(prev))


# The audit log's columns as the chain orders them (schema 11 on).
_AUDIT_CONTENT = ["after", "at", "before", "coder", "entity", "entity_id", "merged_from",
                  "op", "seq", "txn"]
_ENTITY_NAMES = logcodes.ENTITY_NAMES
# What a packed image's characters stand for (``auditimage.PACKED``), in its order.
_P1, _P2, _P3, _P4, _P5, _P6, _P7 = (auditimage.PACKED[chr(n)] for n in range(1, 8))


def _audit_text(values: Sequence[Any], codes: dict[str, str]) -> str | None:
    """``chain.canonical_text`` of an audit row read as text in :data:`_AUDIT_CONTENT`
    order (its stored hash last), its op and entity codes and packed images written
    out; None for a row of any other shape (a value of another type where the program
    writes text or a number): the caller then takes the general way.

    The same escaping call per value as ``canonical_text`` (``encode_basestring``) and
    the same NULLs left out, written out for the one layout: per row, no list, no
    generator, no function call to expand an image.
    """
    after, at, before, coder, entity, entity_id, merged_from, op, seq, txn, _ = values
    if (at.__class__ is not str or coder.__class__ is not str or entity.__class__ is not str
            or entity_id.__class__ is not str or op.__class__ is not str
            or seq.__class__ is not int or txn.__class__ is not int):
        return None
    if after is None:
        head = '{"at":'
    elif after.__class__ is str:
        # auditimage.expand inline: the JSON writer puts none of these characters in
        # any text it writes, so each is a packed value (a replace that finds none of
        # them costs a scan of the text and no copy).
        head = ('{"after":' + _quote(after.replace("\x01", _P1).replace("\x02", _P2)
                                     .replace("\x03", _P3).replace("\x04", _P4)
                                     .replace("\x05", _P5).replace("\x06", _P6)
                                     .replace("\x07", _P7)) + ',"at":')
    else:
        return None
    if before is None:
        was = ""
    elif before.__class__ is str:
        was = ',"before":' + _quote(before.replace("\x01", _P1).replace("\x02", _P2)
                                    .replace("\x03", _P3).replace("\x04", _P4)
                                    .replace("\x05", _P5).replace("\x06", _P6)
                                    .replace("\x07", _P7))
    else:
        return None
    if merged_from is None:
        merged = ""
    elif merged_from.__class__ is str:
        merged = ',"merged_from":' + _quote(merged_from)
    else:
        return None
    # One f-string: the text is put together once, not copied at each "+" (a third
    # of this function's time at 100,000 rows); an int formats as its repr.
    return (f'{head}{_quote(at)}{was},"coder":{_quote(coder)},"entity":'
            f'{_quote(_ENTITY_NAMES.get(entity, entity))},"entity_id":{_quote(entity_id)}'
            f'{merged},"op":{_quote(codes.get(op, op))},"seq":{seq},"txn":{txn}}}')


def _name_blobs(content: Sequence[str], own: Sequence[Any], log: str, seq: Any,
                problems: list[str]) -> None:
    """Name the columns of a log row read with text as ``str`` that hold bytes.

    Every column of both logs is written as text or a number (a compact op code is
    text too), so a BLOB there was written outside the program. Its bytes may hash
    the same as the text (the chain holds), yet readers that expect text fail on it.
    """
    blobs = [c for c, v in zip(content, own, strict=True) if v.__class__ is bytes]
    if blobs:
        problems.append(f"{_NAMES[log]} {seq}: its {', '.join(blobs)} "
                        f"{'is' if len(blobs) == 1 else 'are'} stored as bytes (a BLOB) "
                        "where the program writes text (changed outside the program).")


def _bytes_link(values: Sequence[Any], content: list[str], prev: bytes, log: str,
                problems: list[str], ops: logcodes.Ops) -> tuple[Any, bytes]:
    """One log row read as bytes checked against ``prev``: its seq and stored hash."""
    *own, stored = values
    stored_hash = logcodes.hex_hash_bytes(stored)
    if log == "audit" and "op" in content:
        at_op = content.index("op")
        own[at_op] = ops.expand(own[at_op])
        if "entity" in content:
            at_entity = content.index("entity")
            own[at_entity] = logcodes.expand_entity(own[at_entity])
    if log == "audit":
        for i, col in enumerate(content):
            if col in ("before", "after"):
                own[i] = auditimage.expand(own[i])
    text = chain.canonical_values(chain.content_keys(content), own)
    if text is None:
        seq = _exact_link(dict(zip(content, own, strict=True)), stored, prev, log, problems)
    else:
        seq = own[content.index("seq")]
        if chain.hash_of(prev, text) != stored_hash:
            problems.append(_broken(log, seq))
    return seq, stored_hash


def _exact_link(raw: rawread.Raw, stored: Any, prev: bytes, log: str,
                problems: list[str]) -> Any:
    """One log row checked the way :func:`walk` checks it; returns its seq."""
    row, bad = rawread.decode(raw, ())
    seq = raw.get("seq") or 0
    if bad or row is None:
        problems.append(f"{_NAMES[log]} {seq}: {', '.join(bad)} (the stored bytes are "
                        "damaged).")
    elif chain.hash_of(prev, chain.canonical(row)) != logcodes.hex_hash_bytes(stored):
        problems.append(_broken(log, seq))
    return seq


def _broken(log: str, seq: Any) -> str:
    return (f"{_NAMES[log]} {seq}: its hash does not follow from its content and the "
            "entry before it (this entry or the one before it was changed, added or "
            "removed outside the program).")


def export_log(conn: sqlite3.Connection, path: Path, project_name: str,
               notices: list[str] | None = None,
               check: Callable[[Path], None] | None = None) -> dict[str, Head]:
    """Write both logs and their heads to ``path`` as JSON lines; return the heads.
    Written whole or not at all (``outfile.written_whole``): on a full disk it was an
    OSError traceback, with the cut file left under the name asked for. What a stopped
    earlier export to ``path`` left is cleared or named in ``notices``. One state of
    the project is read: another program writing meanwhile (a new op code, a row after
    the layouts were read) made the file read as tampered with. ``check`` refuses a
    ``path`` the file may not replace (``outfile.written_whole``)."""
    heads: dict[str, Head] = {}
    with rawread.one_snapshot(conn), written_whole(Path(path), notices, check) as part, \
            open(part, "w", encoding="utf-8", newline="\n") as out:
        # The columns an array image lists, per entity (``auditimage``): the file then
        # says what every image holds without the project beside it.
        layouts = {e: list(audit_layout(conn, e)) for e in TABLES}
        out.write(_line({"format": FORMAT, "version": 1, "project": project_name,
                         "exported_at": clock.now(), "layouts": layouts,
                         "keys": {e: TABLES[e][1] for e in TABLES}}))
        quotes = _Quotes(conn)
        for log in chain.LOGS:
            problems: list[str] = []

            def written(log: str = log) -> Iterator[dict[str, Any] | None]:
                for row in _decoded_rows(conn, log):
                    if row is not None and not isinstance(row, _Damaged):
                        line: dict[str, Any] = {"log": log, "row": row}
                        if log == "audit":
                            line.update(quotes.of(row))
                        out.write(_line(line))
                    yield row

            heads[log] = walk(written(), log, problems)
        out.write(_line({"heads": {k: asdict(v) for k, v in heads.items()},
                         "at": clock.now()}))
    return heads


class _Quotes:
    """The values an audit row's quote marks stand for, read from the project."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._texts = derived.DocTexts(conn)
        self._cols = derived.annotation_layout(conn)

    def of(self, row: dict[str, Any]) -> dict[str, Any]:
        """``{"derived": {side: {column: value}}}`` for each marked image of ``row``,
        empty when none is (a value the project cannot derive is written as null)."""
        if row.get("entity") != "annotation" or row.get("merged_from"):
            return {}
        out: dict[str, Any] = {}
        for side in ("before", "after"):
            text = row.get(side)
            if not auditimage.has_quote_marks(text, self._cols):
                continue
            image = dict(zip(self._cols, json.loads(text), strict=False))
            quote = self._texts.quote(image.get("doc_id"), int(row["seq"]),
                                      image.get("start"), image.get("end"))
            out[side] = dict(zip(auditimage.QUOTE_COLUMNS, quote or (None,) * 3,
                                 strict=True))
        return {"derived": out} if out else {}


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n"


def check_export(path: Path, conn: sqlite3.Connection | None = None
                 ) -> tuple[dict[str, Head], list[str]]:
    """An exported log's chains checked; with ``conn``, also that the project extends them."""
    problems: list[str] = []
    rows: dict[str, list[dict[str, Any]]] = {log: [] for log in chain.LOGS}
    stated: dict[str, Any] | None = None
    try:
        with open(path, encoding="utf-8") as src:
            lines = [json.loads(line) for line in src if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return {}, [f"{Path(path).name} cannot be read as an exported log ({err})."]
    if not lines or not isinstance(lines[0], dict) or lines[0].get("format") != FORMAT:
        return {}, [f"{Path(path).name} is not an exported Workbench log."]
    for n, obj in enumerate(lines[1:], start=2):
        if isinstance(obj, dict) and obj.get("log") in rows and isinstance(obj.get("row"), dict):
            rows[obj["log"]].append(obj["row"])
        elif isinstance(obj, dict) and isinstance(obj.get("heads"), dict) and n == len(lines):
            stated = obj["heads"]
        else:
            problems.append(f"line {n}: not a log entry or the closing heads.")
    if stated is None:
        problems.append("the closing line with each log's head is missing (the file is cut).")
        stated = {}
    heads = {log: walk(rows[log], log, problems) for log in chain.LOGS}
    for log, head in heads.items():
        if stated.get(log) != asdict(head):
            problems.append(f"{log} log: the entries end at {head.count} entries, hash "
                            f"{head.hash[:16]}…, not at the head the file states.")
    if conn is not None:
        problems.extend(_extends(conn, heads))
    return heads, problems


def _extends(conn: sqlite3.Connection, heads: dict[str, Head]) -> Iterator[str]:
    """Sentences where the project's chains do not begin with the exported ones."""
    for log, head in heads.items():
        if head.count == 0:
            continue
        found = rawread.log_row_at(conn, log, head.count)
        if found is None:
            yield (f"{log} log: the project holds fewer than the {head.count} entries "
                   "exported (entries were removed).")
        elif found != (head.seq, head.hash):
            yield (f"{log} log: the project's entry {head.count} is not the exported head "
                   "(the project's history was rewritten since the export).")
