"""Integrity check: SQLite's own check, every stored value decoded, every original and
text re-hashed, every anchored annotation compared with its document's text, and the
history checked for tampering: the audit and custody hash chains recomputed, every
audited row rebuilt from the audit log and compared with its table, the search index
compared with the texts (issue 12; see docs/integrity.md), and the timeline index with
the annotations and codebook.

Values are read as bytes and decoded one by one, so a damaged value is reported in a
sentence naming its row, and the check goes on with the rest. Rows are streamed table
by table; only one document's text is held at a time.
"""

from __future__ import annotations

import hashlib
import sqlite3  # for type hints: an encrypted project's connection has the same shape
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core import (
    cutcheck,
    dbapi,
    logchain,
    rawread,
    store,
    verifyworker,
)
from workbench.core.project import Project
from workbench.core.wording import counted


@dataclass
class VerifyReport:
    originals: int = 0
    documents: int = 0
    annotations: int = 0
    log_entries: int = 0
    problems: list[str] = field(default_factory=list)
    # SQLite's own findings (among ``problems`` too), or why it could not check the
    # file: damage below the rows, which no forced restore may put in place.
    damaged: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """The one sentence the command line and the window both end a check with."""
        counts = (counted(self.documents, "document"), counted(self.originals, "original"),
                  counted(self.annotations, "annotation"),
                  counted(self.log_entries, "log entry", "log entries"))
        result = ("all intact." if self.ok else
                  counted(len(self.problems), "problem") + " found.")
        return f"{', '.join(counts)} checked: {result}"



# The stages of a check, in the order a progress display hears them. SQLite's own check
# runs on a thread of its own from the start (it is C and lets go of the GIL, so it
# takes another core while the Python stages take one); it is named last, where the
# check waits for it, usually no longer. On a large plain project a second process
# (``verifyworker``) rebuilds the rows from the audit log, recomputes the timeline index
# and checks the audit chain's last rows meanwhile: "history against the tables" is
# where the check waits for it.
STAGES = ("originals", "document texts", "log chains", "search index", "timeline index",
          "history against the tables", "database structure")

Progress = Callable[[int, int, str], None]


def verify(project: Project, progress: Progress | None = None) -> VerifyReport:
    """Check everything the project holds; ``progress(step, of, stage)`` hears of each stage.

    A check of a large project takes a while (each table is read once or twice), so a
    terminal or the window can say where it is. The report lists SQLite's findings
    first, then the others stage by stage, whichever finished first.
    """
    def stage(n: int) -> None:
        if progress is not None:
            # Some stages read text as bytes on the project's connection; the window's
            # progress lets its panes run meanwhile, and they read on that connection.
            with rawread.str_mode(project.conn):
                progress(n + 1, len(STAGES), STAGES[n])

    shares = _Shares(project)
    try:
        # Another program may write while the check reads: every stage here reads one
        # state of the file (the worker and SQLite's check each read their own whole).
        with rawread.one_snapshot(project.conn):
            report = _python_stages(project, stage, shares)
    except dbapi.DatabaseError:
        # A file SQLite cannot check, or finds damaged, is all the report says (the
        # damage is why a stage could not read it), as when the check ran first; any
        # other database error while SQLite finds none is a bug, raised.
        if (damaged := shares.damage()):
            return VerifyReport(problems=shares.sentences(), damaged=damaged)
        raise
    except BaseException:
        # Stopped (``progress`` raised: a restore's Cancel): SQLite's check is not
        # waited for to its end, which at a million annotations took the seconds the
        # whole check takes.
        shares.abandon()
        raise
    finally:
        shares.close()  # never leave its thread or process behind, whatever was raised
    if shares.cannot_check() is not None:
        return VerifyReport(problems=shares.sentences(), damaged=shares.damage())
    report.problems[:0] = shares.sentences()
    report.damaged = shares.damage()
    return report


# Below this many audit entries a second process costs more than it saves (it starts
# a fresh interpreter, about 0.3 s); tests lower it to check both ways give one report.
OFFLOAD_ABOVE = 20_000
# The share of the audit chain's rows (its last ones) the second process checks, so
# that the two Python streams end together: there the rebuild and the timeline, here
# the texts and the search index (docs/performance.md, "Verify at 1,000,000, seventh
# round": how this was chosen; "Verify, tenth round": half since the index check
# costs a third less, each stage's CPU alone at 100,000 and 300,000; "Verify, twelfth
# round": 0.35 since its bodies take one Python call each, the wait for the worker
# at 300,000 gone; "Verify, sixth round": 0.45 since the timeline check is settled
# inside SQLite and the worker ended first in every run at 100,000).
TAIL_SHARE = 0.45


class _Shares:
    """The work beside this process's stages, begun on construction: SQLite's own
    check (``PRAGMA integrity_check`` and the foreign key check), and on a large plain
    project the rows rebuilt from the audit log, the timeline index and the audit
    chain's last rows.

    SQLite's check runs on a read-only connection of its own in a thread (the project's
    connection stays with the caller's thread, the window's). The other three run in a
    second process (``verifyworker``) on a read-only connection of its own; if it
    cannot start or fails, this process does them itself when their findings are asked
    for. An encrypted project's key cannot be read back for a second connection, so
    there the check runs on the project's own connection when it is asked for, and
    everything else here; so it does for a file opened untouched (a merge source),
    which a second connection or process would change.
    """

    def __init__(self, project: Project) -> None:
        self._project = project
        self._proc: subprocess.Popen[bytes] | None = None
        self._found: dict[str, Any] | None = None
        self._thread: _Background | None = None
        self._outcome: list[str] | Exception | None = None
        self._own = (not project.encrypted and not project.untouched
                     and project.path.is_file())  # a second connection may be opened
        # The audit chain up to this seq is checked here, the rest by the worker.
        self.audit_upto: int | None = None
        if self._own:
            try:
                top = rawread.log_sequence(project.conn, "audit")[0]
            except dbapi.DatabaseError:
                top = 0  # the stages will fail on it too, and SQLite's check say why
            if top > OFFLOAD_ABOVE:
                upto = top - int(top * TAIL_SHARE)
                self._proc = verifyworker.start(project.path, upto)
                if self._proc is not None:
                    self.audit_upto = upto
        self.offloaded = self._proc is not None
        if self._own:
            self._thread = _Background(_integrity_on_own_connection, project.path)

    def _worker(self) -> dict[str, Any] | None:
        """The worker's findings (waited for once), or None if it failed or never ran."""
        if self._proc is not None:
            self._found = verifyworker.result(self._proc)
            self._proc = None
        return self._found

    def tail(self, conn: sqlite3.Connection) -> tuple[logchain.Head, list[str]] | None:
        """The audit chain after ``audit_upto`` (None when this process walked it all)."""
        if self.audit_upto is None:
            return None
        if (got := self._worker()) is not None:
            t = got["tail"]
            return logchain.Head(t["count"], t["seq"], t["hash"]), t["problems"]
        with rawread.bytes_mode(conn):
            return logchain.audit_tail(conn, self.audit_upto)

    def rows(self, conn: sqlite3.Connection) -> list[str]:
        """The rebuild's sentences, the worker's when it gave them."""
        if (got := self._worker()) is not None:
            return got["rows"]
        with rawread.bytes_mode(conn):
            return verifyworker.rows(conn)

    def timeline(self, conn: sqlite3.Connection) -> list[str]:
        """The timeline check's sentences, the worker's when it gave them."""
        if (got := self._worker()) is not None:
            return got["timeline"]
        return verifyworker.timeline(conn)

    def wait(self) -> list[str] | Exception:
        """SQLite's sentences, or the error that kept it from checking; waits for it."""
        if self._outcome is None:
            try:
                self._outcome = (self._thread.result() if self._thread is not None
                                 else self._project.repo.integrity())
            except dbapi.DatabaseError as err:
                self._outcome = err
        return self._outcome

    def structure(self) -> list[str]:
        """SQLite's sentences (empty when sound); waits for the check to finish."""
        outcome = self.wait()
        return outcome if isinstance(outcome, list) else []

    def cannot_check(self) -> str | None:
        """The report's one sentence when SQLite could not check the file at all."""
        outcome = self.wait()
        if isinstance(outcome, list):
            return None
        return f"database: SQLite cannot check the file ({outcome})"

    def damage(self) -> list[str]:
        """SQLite's findings, or the error that kept it from checking (empty: sound)."""
        outcome = self.wait()
        return outcome if isinstance(outcome, list) else [str(outcome)]

    def sentences(self) -> list[str]:
        """SQLite's part of the report: its findings, or the one sentence saying it
        could not check the file."""
        cannot = self.cannot_check()
        return [cannot] if cannot is not None else [f"database: {p}" for p in self.structure()]

    def abandon(self) -> None:
        """Interrupt SQLite's check: nobody will ask for its findings."""
        if self._thread is not None:
            self._thread.interrupt()

    def close(self) -> None:
        """Stop a worker whose findings were not asked for (a stage before raised), and
        wait for the thread."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.communicate()
            self._proc = None
        if self._thread is not None:
            self._thread.join()  # kept: its outcome is still asked for after this


class _Background:
    """One call on a thread of its own: its result, or the exception it raised, when
    waited for. A plain thread rather than a one-thread pool: ``concurrent.futures``
    (and the ``logging`` it loads) was ~7 % of the imports of a ``verify`` run alone."""

    def __init__(self, call: Callable[[Path, _Background], list[str]], path: Path) -> None:
        self._result: list[str] = []
        self._error: BaseException | None = None
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, args=(call, path),
                                        name="verify-structure")
        self._thread.start()

    def running_on(self, conn: sqlite3.Connection | None) -> None:
        """The call's connection, which :meth:`interrupt` stops (None once closed)."""
        with self._lock:
            self._conn = conn

    def interrupt(self) -> None:
        """Stop the call's SQLite statements (each raises "interrupted" in its thread)
        and wait for the thread. Again and again: an interrupt reaches only a statement
        already running, not one the call starts just after it."""
        while self._thread.is_alive():
            with self._lock:
                if self._conn is not None:
                    self._conn.interrupt()
            self._thread.join(0.02)

    def _run(self, call: Callable[[Path, _Background], list[str]], path: Path) -> None:
        try:
            self._result = call(path, self)
        except BaseException as err:  # handed to the thread that waits for it
            self._error = err

    def join(self) -> None:
        self._thread.join()

    def result(self) -> list[str]:
        """The call's result, or its exception raised here; waits for it."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


# The page cache of the connection SQLite's own check runs on, in KiB. The check looks
# every row up in each of its table's indexes, in the index's order, not the file's: with
# SQLite's default 2 MB nearly every lookup read its pages from the file again (263,000
# reads of a 24,000-page file at 100,000 annotations, 1.08 million of 62,000 pages at
# 300,000), and the check spent about as much CPU in those system calls as in its own
# work. A bound, not an allocation: a small project's cache holds no more than its file,
# a large one's no more than this, so the memory stays bounded at every size (as the
# encrypted connections' 32 MB; docs/performance.md, "Verify, fifteenth round").
STRUCTURE_CACHE_KIB = 32_000


def _integrity_on_own_connection(path: Path, watch: _Background) -> list[str]:
    conn = store.open_reader(path)
    watch.running_on(conn)
    try:
        conn.execute(f"PRAGMA cache_size = -{STRUCTURE_CACHE_KIB}")
        return verifyworker.structure(conn)
    finally:
        watch.running_on(None)
        conn.close()


def _python_stages(project: Project, stage: Callable[[int], None],
                   shares: _Shares) -> VerifyReport:
    """Every check but SQLite's own, in ``STAGES`` order; the sentences in the order the
    report has always listed them (originals, facts, texts, chains, history, index)."""
    report = VerifyReport()
    conn = project.conn
    stage(0)
    _check_originals(project, report)
    # Each table is read once or twice, each value decoded on its own: the damaged
    # sentences come from the pass that reads the row (chain, rebuild, texts, meta).
    with rawread.bytes_mode(conn):
        _check_meta(conn, report)
        report.problems.extend(cutcheck.findings(conn))
        stage(1)
        _check_texts(conn, report)
        _check_past_texts(conn, report)
        stage(2)
        audit_found: list[str] = []  # the audit chain's sentences, the tail's to join
        others: list[str] = []  # the custody chain's and the guards'
        audit = logchain.walk_log(conn, "audit", audit_found, upto=shares.audit_upto)
        custody = logchain.walk_log(conn, "custody", others)
        others.extend(logchain.guard_problems(conn))
        stage(3)
        index = verifyworker.index(conn)
    stage(4)
    # Here in its turn, or the worker's, heard with its other findings below.
    timeline = None if shares.offloaded else shares.timeline(conn)
    stage(5)
    rows = shares.rows(conn)
    if timeline is None:
        timeline = shares.timeline(conn)
    if (tail := shares.tail(conn)) is not None:
        audit = logchain.joined(audit, tail[0])
        audit_found.extend(tail[1])
    stage(6)
    report.log_entries = audit.count + custody.count
    report.problems.extend(audit_found)
    report.problems.extend(others)
    report.problems.extend(rows)
    report.problems.extend(index)
    report.problems.extend(timeline)
    return report


def _check_originals(project: Project, report: VerifyReport) -> None:
    for sha, data in project.repo.iter_originals():
        report.originals += 1
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            report.problems.append(f"original {sha[:12]}…: stored bytes hash to {actual[:12]}…")


def _check_meta(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """The project's key/value facts decoded; a damaged one named by its key."""
    for raw in rawread.rows(conn, "meta"):
        _, bad = rawread.decode(raw, ())
        if bad:
            report.problems.append(f"project fact {rawread.text(raw['key'])}: "
                                   f"{', '.join(bad)} (the stored bytes are damaged)")


# Live documents' texts held at once (Python's size of each) so that their annotations
# are read in one pass in table order: read a document at a time through the doc_id
# index, each table page is read again for every document with a row on it. Beyond
# this, the rest are checked a document at a time, so memory stays bounded.
TEXTS_HELD = 64 << 20


def _check_texts(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """Each document's text against its hash; each live anchored quote against its text.

    The sentences come in document order, each document's hash sentence before those
    of its quotes, however the quotes were read.
    """
    checked: list[tuple[int | None, list[str]]] = []  # per document, its own sentences
    held: dict[int, str] = {}
    unsound: set[int] = set()  # documents whose text no longer matches its hash
    room = TEXTS_HELD
    # Read in bytes mode, a text stored as a BLOB looks like any other and hashes the
    # same, but readers expecting text fail on it; typeof() reads only the row header.
    blobs = {r[0] for r in conn.execute("SELECT id FROM documents WHERE typeof(text) = 'blob'")}
    for raw in rawread.rows(conn, "documents", order="id"):
        doc, bad = rawread.decode(raw)
        if doc is None:
            checked.append((None, [f"document {raw['id']}: {', '.join(bad)} (the stored "
                                   "bytes are damaged)"]))
            continue
        report.documents += 1
        text = doc["text"]
        said: list[str] = []
        checked.append((doc["id"], said))
        if doc["id"] in blobs:
            said.append(f"document {doc['id']}: its text is stored as bytes (a BLOB), not "
                        "as text (changed outside the program)")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc["text_sha256"]:
            said.append(f"document {doc['id']}: its text no longer matches its hash")
            unsound.add(doc["id"])
        if doc["deleted_at"] is not None:
            continue
        if sys.getsizeof(text) <= room:
            room -= sys.getsizeof(text)
            held[doc["id"]] = text
        else:
            _check_quotes(conn, doc["id"], text, report, said, doc["id"] not in unsound)
    quotes = _scan_quotes(conn, held, report, unsound) if held else {}
    for doc_id, said in checked:
        report.problems.extend(said)
        report.problems.extend(quotes.get(doc_id, ()))


def _check_past_texts(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """Each text kept after its document's text was replaced (the quote marks of older
    audit entries derive from it, ``derived``) against the hash it is kept under."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                    "name = 'past_texts'").fetchone() is None:
        return  # an older schema
    for sha, text in conn.execute("SELECT sha256, text FROM past_texts ORDER BY sha256"):
        data = text if isinstance(text, bytes) else str(text).encode("utf-8")
        name = rawread.text(sha) if isinstance(sha, bytes) else str(sha)
        if hashlib.sha256(data).hexdigest() != name:
            report.problems.append(f"kept text {name[:12]}…: it no longer matches its hash "
                                   "(changed outside the program)")


def _check_quotes(conn: sqlite3.Connection, doc_id: int, text: str,
                  report: VerifyReport, said: list[str], sound: bool = True) -> None:
    """Each live anchored annotation of a document against its text; sentences to
    ``said``.

    Read with text as ``str`` (SQLite decodes it in C). A row whose bytes are not UTF-8
    stops that read; it is read again as bytes and checked (:func:`_check_quote`), and
    the read goes on after it.
    """
    after: int | None = None
    with rawread.str_mode(conn):
        while True:
            try:
                for values in rawread.live_annotations(conn, doc_id, after):
                    ann_id, start, end, exact, anchor, after = values
                    if exact.__class__ is str and ann_id.__class__ is str:
                        report.annotations += 1
                        if anchor != "orphaned" and text[start:end] != exact:
                            said.append(f"annotation {ann_id}: the text at "
                                        f"{start}–{end} differs from its quote")
                    elif exact is None and ann_id.__class__ is str:
                        _check_derived(ann_id, start, end, text, report, said, sound)
                    else:  # a blob where text belongs: decoded as the bytes path does
                        _check_quote(values[:-1], text, report, said)
                return
            except dbapi.OperationalError:
                # The next row holds text that is not UTF-8 (else the error is real and
                # reading it as bytes raises it again).
                with rawread.bytes_mode(conn):
                    damaged = next(rawread.live_annotations(conn, doc_id, after), None)
                if damaged is None:
                    raise
                after = damaged[-1]
                _check_quote(damaged[:-1], text, report, said, sound)


def _scan_quotes(conn: sqlite3.Connection, texts: dict[int, str], report: VerifyReport,
                 unsound: set[int] | frozenset[int] = frozenset()) -> dict[int, list[str]]:
    """:func:`_check_quotes` for every document in ``texts`` in one pass over the live
    annotations in table order: the sentences by document, each list in rowid order
    as the per-document read gives them. Rows of other documents are passed over.

    A derived quote whose span lies within its sound document's text (most rows) is
    settled inside SQLite (``rawread.all_live_annotations`` with lengths): it would be
    counted and pass here, so only the rest come to Python, and those left out are
    counted from the live rows of each document.
    """
    said: dict[int, list[str]] = {}
    lengths = {d: len(t) for d, t in texts.items() if d not in unsound}
    with rawread.text_lengths(conn, "wb_quote_lengths", lengths) as table:
        live = rawread.live_counts(conn)
        seen = _scan_rows(conn, texts, report, unsound, said, table)
    # Each live row of a listed document not handed over was a sound derived quote.
    report.annotations += sum(live.get(d, 0) for d in lengths) - seen
    return said


def _scan_rows(conn: sqlite3.Connection, texts: dict[int, str], report: VerifyReport,
               unsound: set[int] | frozenset[int], said: dict[int, list[str]],
               table: str) -> int:
    """The pass of :func:`_scan_quotes`; how many rows of documents listed in ``table``
    (sound and held) it was handed."""
    after: int | None = None
    seen = 0
    with rawread.str_mode(conn):
        while True:
            try:
                for values in rawread.all_live_annotations(conn, after, table):
                    doc_id, ann_id, start, end, exact, anchor, after = values
                    text = texts.get(doc_id)
                    if text is None:
                        continue
                    if doc_id not in unsound:
                        seen += 1
                    if exact.__class__ is str and ann_id.__class__ is str:
                        report.annotations += 1
                        if anchor != "orphaned" and text[start:end] != exact:
                            said.setdefault(doc_id, []).append(
                                f"annotation {ann_id}: the text at {start}–{end} differs "
                                "from its quote")
                    elif exact is None and ann_id.__class__ is str:
                        _check_derived(ann_id, start, end, text, report,
                                       said.setdefault(doc_id, []), doc_id not in unsound)
                    else:
                        _check_quote(values[1:-1], text, report,
                                     said.setdefault(doc_id, []))
                return seen
            except dbapi.OperationalError:
                with rawread.bytes_mode(conn):
                    damaged = next(rawread.all_live_annotations(conn, after, table), None)
                if damaged is None:
                    raise
                after = damaged[-1]
                if (text := texts.get(damaged[0])) is not None:
                    if damaged[0] not in unsound:
                        seen += 1
                    _check_quote(damaged[1:-1], text, report, said.setdefault(damaged[0], []),
                                 damaged[0] not in unsound)


def _check_quote(raw: tuple[Any, ...], text: str, report: VerifyReport,
                 said: list[str], sound: bool = True) -> None:
    """One annotation, as read (text or bytes), against its document's text."""
    try:
        ann_id, start, end, exact, anchor = rawread.decode_values(raw)
    except ValueError:
        return  # reported by the rebuild, which reads every annotation
    if exact is None:
        _check_derived(ann_id, start, end, text, report, said, sound)
        return
    report.annotations += 1
    if anchor != "orphaned" and text[start:end] != exact:
        said.append(f"annotation {ann_id}: the text at {start}–{end} differs from its quote")


def _check_derived(ann_id: str, start: Any, end: Any, text: str, report: VerifyReport,
                   said: list[str], sound: bool) -> None:
    """An annotation storing its quote derived (``quotes``): its quote is the text at
    its span by construction, so a span that is none of the text is wrong, and a text
    changed behind its hash changed the quote too (``sound`` False), which is said for
    each such annotation, as a quote stored in full would be found to differ."""
    report.annotations += 1
    if not sound:
        said.append(f"annotation {ann_id}: its quote is derived from its document's "
                    "text, which no longer matches its hash, so the quote may have "
                    "changed with it")
    elif not (start.__class__ is int and end.__class__ is int and 0 <= start <= end <= len(text)):
        said.append(f"annotation {ann_id}: its span {start}–{end} is not within its "
                    "document's text, from which its quote is derived")
