"""Parallel parsing and batched storing give every file what a single import gives it."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.helpers import make_project
from workbench.core import segments
from workbench.core.ops import batch_import, importing
from workbench.core.ops.batch_import import Progress, import_many, parse_many, store_batch
from workbench.core.repo import Transaction


def _files(tmp_path, n, *, same=()):
    paths = []
    for i in range(n):
        p = tmp_path / f"r{i:03d}.txt"
        body = "Same words." if i in same else f"Report {i}: four troops wounded."
        p.write_text(body + "\n", encoding="utf-8")
        paths.append(p)
    return paths


def _all(project, sql):
    return [tuple(r) for r in project.conn.execute(sql)]


def test_parse_many_keeps_the_order_given(tmp_path):
    paths = _files(tmp_path, 12)
    parsed = list(parse_many(paths, jobs=3, sandbox=False))
    assert [p.path for p in parsed] == paths
    assert all(p.document and f"Report {i}" in p.document.text for i, p in enumerate(parsed))


def test_sandboxed_workers_parse_in_parallel(tmp_path):
    paths = [*_files(tmp_path, 4), tmp_path / "missing.txt"]
    parsed = list(parse_many(paths, jobs=2))
    assert [p.document is not None for p in parsed] == [True] * 4 + [False]
    assert "no such file" in str(parsed[-1].error)


def test_a_batch_stores_what_single_imports_store(tmp_path):
    paths = _files(tmp_path, 6, same={2, 4})  # r004 repeats r002 inside the batch
    with make_project(tmp_path, "single.wbproj") as single, \
            make_project(tmp_path, "batch.wbproj") as batch:
        singles = [importing.import_file(single, p, sandbox=False) for p in paths]
        parsed = list(parse_many(paths, jobs=2, sandbox=False))
        results = store_batch(batch, parsed)
        assert [(r.status, r.doc_id) for r in results] == \
            [(r.status, r.doc_id) for r in singles]
        assert results[4].status == "duplicate" and results[4].doc_id == results[2].doc_id
        for sql in ("SELECT title, filename, original_sha256, text, text_sha256, importer "
                    "FROM documents ORDER BY id",
                    "SELECT sha256, size FROM originals ORDER BY sha256",
                    "SELECT action, doc_id, sha256, filename FROM custody ORDER BY seq",
                    "SELECT op, entity, entity_id FROM audit_entries WHERE entity = 'document' "
                    "ORDER BY seq",
                    "SELECT rid, body FROM search_source ORDER BY rid",
                    "SELECT id, sz FROM search_docsize ORDER BY id"):
            assert _all(batch, sql) == _all(single, sql), sql
        # One transaction for the batch, one audit row per document in it.
        assert len({r[0] for r in _all(batch, "SELECT txn FROM audit_entries "
                                              "WHERE entity = 'document'")}) == 1


def test_a_failed_batch_is_stored_file_by_file(tmp_path, monkeypatch):
    paths = _files(tmp_path, 4)
    real = Transaction.insert_documents
    calls = []

    def flaky(tx, rows):
        calls.append(len(rows))
        if len(calls) == 1:  # the batch's documents: the disk says no once
            raise sqlite3.OperationalError("disk I/O error")
        return real(tx, rows)

    monkeypatch.setattr(Transaction, "insert_documents", flaky)
    with make_project(tmp_path) as project:
        results = store_batch(project, list(parse_many(paths, sandbox=False)))
        assert calls == [4]  # then each file alone, through the single path
        assert [r.status for r in results] == ["imported"] * 4
        assert _all(project, "SELECT count(*) FROM custody") == [(4,)]
        assert _all(project, "SELECT count(*) FROM documents") == [(4,)]


def test_only_committed_files_are_reported(tmp_path):
    paths = _files(tmp_path, 7)
    reported = []
    stored_batches = 0

    def store(batch):
        nonlocal stored_batches
        stored_batches += 1
        if stored_batches == 3:
            raise KeyboardInterrupt  # the program dies while writing the third batch
        return store_batch(project, batch)

    with make_project(tmp_path) as project:
        with pytest.raises(KeyboardInterrupt):
            for results in import_many(project, paths, sandbox=False, batch_files=3,
                                       store=store):
                reported += results
        assert len(reported) == 6
        stored = {r[0] for r in _all(project, "SELECT filename FROM custody")}
        assert stored == {r.path for r in reported}


def test_a_bad_date_refuses_before_anything_is_parsed(tmp_path):
    from workbench.core.errors import ValidationError

    with make_project(tmp_path) as project:
        with pytest.raises(ValidationError):
            list(import_many(project, _files(tmp_path, 2), {"published": "3 March"},
                             sandbox=False))
        assert _all(project, "SELECT count(*) FROM documents") == [(0,)]


def test_progress_reads_as_a_sentence(monkeypatch):
    clock = iter([100.0, 104.0, 104.0])
    monkeypatch.setattr(batch_import.time, "monotonic", lambda: next(clock))
    progress = Progress(1000)
    progress.advance(200)
    assert progress.text() == "200 of 1,000 files, 50 files/s, about 16 s left"


def test_files_parsed_in_shared_requests_each_get_their_own_rows(tmp_path, monkeypatch):
    from workbench.core.importers import sandbox

    paths = _files(tmp_path, 30, same={4, 9})
    (tmp_path / "r100.txt").write_bytes(b"\x00\x01\x02\x03" * 50)  # binary: refused alone
    (tmp_path / "r101.txt").write_bytes(b"")
    paths[12:12] = [tmp_path / "r100.txt", tmp_path / "r101.txt"]
    sizes = []  # files a request, as written to a worker (its header, a frame a file)
    real = sandbox._SubprocessChannel.send_many

    def spy(self, payloads):
        sizes.append(len(payloads) - 1)
        return real(self, payloads)

    monkeypatch.setattr(sandbox._SubprocessChannel, "send_many", spy)
    with make_project(tmp_path, "single.wbproj") as single, \
            make_project(tmp_path, "batch.wbproj") as batch:
        singles = [importing.import_file(single, p, sandbox=False) for p in paths]
        results = [r for rs in import_many(batch, paths, jobs=2) for r in rs]
        assert max(sizes) > 1  # several files went to a worker in one request
        assert [(r.status, r.doc_id, r.message) for r in results] == \
            [(r.status, r.doc_id, r.message) for r in singles]
        assert results[12].message == "r100.txt: the file is binary data, not text."
        assert results[13].message == "r101.txt: the file is empty."
        imported = [r for r in results if r.status == "imported"]
        custody = _all(batch, "SELECT doc_id, filename FROM custody ORDER BY seq")
        assert custody == [(r.doc_id, r.path) for r in imported]
        audited = _all(batch, "SELECT entity_id FROM audit_entries WHERE entity = 'document' "
                              "ORDER BY seq")
        assert audited == [(str(r.doc_id),) for r in imported]
        for sql in ("SELECT title, filename, original_sha256, text, text_sha256, importer, "
                    "language, direction FROM documents ORDER BY id",
                    "SELECT action, doc_id, sha256, filename, importer FROM custody ORDER BY seq",
                    "SELECT rid, body FROM search_source ORDER BY rid",
                    "SELECT id, sz FROM search_docsize ORDER BY id"):
            assert _all(batch, sql) == _all(single, sql), sql


def test_each_transaction_reads_the_columns_afresh(tmp_path):
    from tests.helpers import add_doc

    with make_project(tmp_path) as project:
        add_doc(project)
        project.conn.execute("ALTER TABLE documents ADD COLUMN note TEXT DEFAULT 'later'")
        doc_id = add_doc(project, "A second report.\n", "second.txt")
        [entry] = [e for e in project.repo.audit(entity_id=str(doc_id))
                   if e["entity"] == "document"]
        assert entry["after"]["note"] == "later"  # the column added after the first write


def _stored(project):
    """Everything an import writes, without what differs between any two imports (ids
    made at random, clocks, the chain's hashes, how the writes were grouped in txns)."""
    varying = {"uuid", "imported_at", "deleted_at"}
    docs = [{k: v for k, v in dict(r).items() if k not in varying} | {
             "trashed": r["deleted_at"] is not None}
            for r in project.conn.execute("SELECT * FROM documents ORDER BY id")]
    audit = [(e["op"], e["entity"], e["entity_id"],
              *({k: v for k, v in (img or {}).items() if k not in varying}
                for img in (e["before"], e["after"])))
             for e in project.repo.audit() if e["entity"] == "document"]
    custody = _all(project, "SELECT seq, coder, action, doc_id, sha256, filename, importer, "
                            "importer_version, detail FROM custody ORDER BY seq")
    return {"documents": docs, "audit": sorted(audit, key=str), "custody": custody,
            "originals": _all(project, "SELECT * FROM originals ORDER BY sha256"),
            "search": _all(project, "SELECT rid, body FROM search_source ORDER BY rid"),
            "index": _all(project, "SELECT id, sz FROM search_docsize ORDER BY id")}


def test_a_mixed_batch_stores_exactly_what_one_at_a_time_imports_store(tmp_path, monkeypatch):
    from workbench.core.ops.documents import trash_document

    # Files of 200 bytes or more are left on disk when parsed, as big files are: they take
    # the one-file-at-a-time path inside the batch, between files inserted together.
    monkeypatch.setattr(importing, "STREAM_MIN", 200)
    folder = tmp_path / "in"
    folder.mkdir()

    def put(name, body):
        path = folder / name
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
        return path

    kept = put("kept.txt", "Kept report: two troops wounded.\n")
    trashed = put("trashed.txt", "Trashed report: a bridge was shelled.\n")
    long_body = "Long report.\n\n" + "Fighting went on near the river crossing. " * 8
    paths = [
        put("a.txt", "Report A: four troops wounded.\n"),
        put("again-kept.txt", kept.read_bytes()),  # already in the project
        put("b.md", "# Report B\n\nA *marked* report.\n"),
        put("binary.txt", b"\x00\x01\x02\x03" * 20),  # rejected with its own message
        put("long.txt", long_body),  # the big-file path, mid-batch
        put("again-a.txt", "Report A: four troops wounded.\n"),  # earlier in this batch
        put("again-long.txt", long_body),  # a big file earlier in this batch
        put("back.txt", trashed.read_bytes()),  # its original is stored, its document trashed
        put("c.txt", "Report C: seven people detained.\n"),
        folder / "missing.txt",
    ]
    projects = {}
    for name in ("single", "batch"):
        project = make_project(tmp_path, f"{name}.wbproj")
        importing.import_file(project, kept, sandbox=False)
        trash_document(project, importing.import_file(project, trashed, sandbox=False).doc_id)
        projects[name] = project
    with projects["single"] as single, projects["batch"] as batch:
        singles = [importing.import_file(single, p, sandbox=False) for p in paths]
        results = store_batch(batch, list(parse_many(paths, jobs=2, sandbox=False)))
        assert [(r.status, r.doc_id, r.message) for r in results] == \
            [(r.status, r.doc_id, r.message) for r in singles]
        assert [r.status for r in results] == [
            "imported", "duplicate", "imported", "rejected", "imported", "duplicate",
            "duplicate", "imported", "imported", "rejected"]
        assert results[5].doc_id == results[0].doc_id and results[6].doc_id == results[4].doc_id
        stored_single, stored_batch = _stored(single), _stored(batch)
        for part in stored_single:
            assert stored_batch[part] == stored_single[part], part
        # One transaction for the batch's documents (two before it made the project).
        assert len(_all(batch, "SELECT DISTINCT txn FROM audit_entries WHERE entity = 'document' "
                               "AND op LIKE 'import:%'")) == 3
        assert len(_all(single, "SELECT DISTINCT txn FROM audit_entries WHERE entity = 'document' "
                                "AND op LIKE 'import:%'")) == 2 + 5


def test_a_batch_of_small_files_shares_its_statements(tmp_path):
    from workbench.core.verify import verify

    paths = _files(tmp_path, 60, same={7, 8})
    statements = []
    with make_project(tmp_path) as project:
        parsed = list(parse_many(paths, sandbox=False))
        project.conn.set_trace_callback(statements.append)
        results = store_batch(project, parsed)
        project.conn.set_trace_callback(None)
        assert [r.status for r in results].count("imported") == 59
        # Reads were five a file (duplicates, original, read-back, two of the index); the
        # rows are inserted a statement each, as any insert of many rows is. A batch
        # reads the audit log's op codes once (logcodes): one read more, not one a file.
        # The documents just inserted are not read back at all (``storedrows``).
        # 17 on a connection's first write (its schema and view looked up once): a new
        # project is now opened afresh once made, as every project opened is.
        reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "PRAGMA"))]
        assert len(reads) < 18, reads
        assert not [s for s in reads if "FROM documents WHERE id IN" in s]  # no read-back
        assert verify(project).ok


def test_a_batch_reads_the_random_source_once_for_its_ids(tmp_path, monkeypatch):
    import os
    import uuid

    paths = _files(tmp_path, 30, same={3, 4})
    reads = []
    real = os.urandom

    def counted(n):
        reads.append(n)
        return real(n)

    with make_project(tmp_path) as project:
        parsed = list(parse_many(paths, sandbox=False))
        monkeypatch.setattr(os, "urandom", counted)
        results = store_batch(project, parsed)
        monkeypatch.setattr(os, "urandom", real)
        assert [r.status for r in results].count("imported") == 29
        assert len(reads) == 1  # was one read a file
        ids = [r[0] for r in project.conn.execute("SELECT uuid FROM documents")]
    assert len(set(ids)) == 29
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)


def test_a_folder_lists_the_files_rglob_would_in_the_same_order(tmp_path):
    import os

    root = tmp_path / "in"
    for rel in ("a/b.txt", "a-b/c.txt", "a.txt", "B.TXT", "z/y/x.md", "z/y/w.pdf",
                "notes.", "photo.jpg", ".hidden.txt", ".old/draft.md", "z/.cache/n.txt",
                "z/y/.n.txt", "a/b/c/d/deep.html", "émile/è.txt", "e/f.txt"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("A note.\n")
    (root / "folder.txt").mkdir()  # a folder with a file's name is not a file
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "linked.txt").write_text("Through a link.\n")
    if hasattr(os, "symlink"):
        (root / "link-to-folder").symlink_to(outside, target_is_directory=True)
        (root / "link.txt").symlink_to(outside / "linked.txt")
    extensions = {".txt", ".md", ".html", ".pdf"}
    # What the listing was before it was made faster: rglob, filtered, sorted as Paths;
    # less a linked file outside the folder (see the test after this one).
    expected = sorted(f for f in root.rglob("*")
                      if f.suffix.lower() in extensions and f.is_file()
                      and not any(p.startswith(".") for p in f.relative_to(root).parts)
                      and f.resolve().is_relative_to(root.resolve()))
    got = importing.files_under(root, extensions)
    assert got == expected
    # Part by part, not as strings ("a/..." before "a-b/...", though "/" > "-").
    assert [p.relative_to(root).as_posix() for p in got][:5] == [
        "B.TXT", "a/b/c/d/deep.html", "a/b.txt", "a-b/c.txt", "a.txt"]
    assert importing.expand_paths([root], True) == expected


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links need the right to make them")
def test_a_folder_import_leaves_out_links_to_files_outside_it(tmp_path):
    # A received folder (an unpacked archive) with "report.txt" linking to a private
    # file of the researcher's: importing the folder stored that file in the project.
    root = tmp_path / "received"
    root.mkdir()
    (root / "real.txt").write_text("A report.\n")
    private = tmp_path / "home" / "diary.txt"
    private.parent.mkdir()
    private.write_text("My own notes.\n")
    (root / "report.txt").symlink_to(private)
    (root / "again.txt").symlink_to(root / "real.txt")  # inside the folder: read
    (root / "sub").mkdir()
    (root / "sub" / "up.txt").symlink_to("../real.txt")
    got = [p.name for p in importing.files_under(root, {".txt"})]
    assert got == ["again.txt", "real.txt", "up.txt"]
    # a link the user names on its own is read, as asked
    assert importing.expand_paths([root / "report.txt"], True) == [root / "report.txt"]


@pytest.mark.parametrize("added", [
    None,
    "note TEXT DEFAULT 'later'",  # a default the batch fills in itself
    "odd INTEGER DEFAULT '5'",  # stored as the integer 5: the batch reads its rows back
])
def test_a_batch_records_its_documents_as_stored_without_reading_them_back(
        tmp_path, monkeypatch, added):
    from workbench.core import storedrows
    from workbench.core.verify import verify

    paths = _files(tmp_path, 12, same={3, 9})
    parsed = list(parse_many(paths, sandbox=False))
    stored, afters = {}, {}
    for name in ("read", "made"):
        with make_project(tmp_path, f"{name}.wbproj") as project:
            if added:
                project.conn.execute(f"ALTER TABLE documents ADD COLUMN {added}")
            statements = []
            project.conn.set_trace_callback(statements.append)
            if name == "read":  # the way before: every row read back after the insert
                with monkeypatch.context() as m:
                    m.setattr(storedrows, "maker", lambda *a: None)
                    results = store_batch(project, parsed)
            else:
                results = store_batch(project, parsed)
            project.conn.set_trace_callback(None)
            read_back = [s for s in statements if "FROM documents WHERE id IN" in s]
            assert bool(read_back) == (name == "read" or added == "odd INTEGER DEFAULT '5'")
            changes = results[0].changes.changes
            docs = [c for c in changes if c.entity == "document"]
            assert len(docs) == 11  # r009 repeats r003
            for change in docs:  # each image is the row as a read gives it, types and all
                row = project.repo.get("document", int(change.id))
                assert change.after == row
                assert {k: type(v) for k, v in change.after.items()} == \
                    {k: type(v) for k, v in row.items()}  # type: ignore[union-attr]
            stored[name] = _stored(project)
            afters[name] = [[(k, v) for k, v in c.after.items()
                             if k not in ("uuid", "imported_at")] for c in docs]
            assert verify(project).ok
    assert stored["made"] == stored["read"]  # documents, audit images, custody, index
    assert afters["made"] == afters["read"]  # the same keys in the same order too


def _counting_parse(monkeypatch):
    started = []
    real = batch_import.parse_paths

    def counted(paths, **kw):
        started.append(len(paths))
        return real(paths, **kw)

    monkeypatch.setattr(batch_import, "parse_paths", counted)
    return started


def test_parsing_goes_on_while_the_caller_stores(tmp_path, monkeypatch):
    import time

    monkeypatch.setattr(batch_import, "FILES_PER_TASK", 16)
    paths = _files(tmp_path, 100)  # 7 groups of 16 for one thread
    started = _counting_parse(monkeypatch)
    parsed = parse_many(paths, jobs=1, sandbox=False)
    first = next(parsed)
    # The caller stores a batch and takes nothing: the groups after it start all the same
    # (before, only taking a group started one: AHEAD_PER_JOB + 1 of them).
    waited = time.monotonic()
    while len(started) < 7 and time.monotonic() - waited < 10:
        time.sleep(0.01)
    assert len(started) == 7
    rest = list(parsed)
    assert [p.path for p in [first, *rest]] == paths


def _parse_threads(monkeypatch, seconds_a_file):
    """The names of the threads that parse groups, each group taking that long a file."""
    import time

    names = set()
    real = batch_import.parse_paths

    def slowed(paths, **kw):
        names.add(threading.current_thread().name)
        time.sleep(seconds_a_file * len(paths))
        return real(paths, **kw)

    monkeypatch.setattr(batch_import, "parse_paths", slowed)
    return names


def test_parsing_that_keeps_ahead_of_the_caller_stays_on_one_thread(tmp_path, monkeypatch):
    import time

    paths = _files(tmp_path, 128)  # 8 groups of 16 for two jobs
    names = _parse_threads(monkeypatch, 0)
    taken = []
    for parsed in parse_many(paths, jobs=2, sandbox=False):
        taken.append(parsed.path)
        time.sleep(0.005)  # the caller (the store step) is the slower side
    assert taken == paths
    # Before, both threads parsed from the start, taking the interpreter from the caller.
    assert len(names) == 1


def test_parsing_slower_than_the_caller_gets_more_threads(tmp_path, monkeypatch):
    paths = _files(tmp_path, 64)  # 13 groups of 5 for three jobs
    names = _parse_threads(monkeypatch, 0.01)  # 50 ms a group: the caller waits
    parsed = list(parse_many(paths, jobs=3, sandbox=False))
    assert [p.path for p in parsed] == paths
    assert all(p.document is not None for p in parsed)
    assert len(names) == 3


def test_parsing_ahead_stops_at_its_memory_budget(tmp_path, monkeypatch):
    import time

    monkeypatch.setattr(batch_import, "FILES_PER_TASK", 16)
    paths = _files(tmp_path, 100)
    monkeypatch.setattr(batch_import, "AHEAD_BYTES", 1)  # one ended group fills it
    started = _counting_parse(monkeypatch)
    parsed = parse_many(paths, jobs=1, sandbox=False)
    next(parsed)
    time.sleep(0.5)
    # The groups started first, and at most one for the group taken: not all seven.
    assert len(started) <= batch_import.AHEAD_PER_JOB + 1
    assert len(list(parsed)) == 99  # taking them makes room again
    assert len(started) == 7


def test_the_store_step_starts_on_the_first_files_parsed(tmp_path, monkeypatch):
    import time

    # The first two groups of 16 parse at once, the rest slowly: the first batch is
    # stored as soon as it holds EARLY_FILES and the next file is not ready, instead of
    # waiting for BATCH_FILES files or BATCH_SECONDS (it held ~80 files a second later).
    monkeypatch.setattr(batch_import, "FILES_PER_TASK", 16)
    paths = _files(tmp_path, 100)
    real = batch_import.parse_paths
    groups = []

    def slow_after_two(group, **kw):
        groups.append(len(group))
        if len(groups) > 2:
            time.sleep(0.2)
        return real(group, **kw)

    monkeypatch.setattr(batch_import, "parse_paths", slow_after_two)
    sizes = []
    with make_project(tmp_path) as project:
        for results in import_many(project, paths, jobs=1, sandbox=False):
            sizes.append((len(results), len(groups)))
        assert _all(project, "SELECT count(*) FROM documents") == [(100,)]
    assert sizes[0][0] == batch_import.EARLY_FILES == 32
    assert sizes[0][1] <= 4  # stored while the third group was still being parsed
    assert sum(n for n, _g in sizes) == 100


def test_a_folder_listing_makes_each_path_as_its_whole_string_would(tmp_path):
    # The listing joins each name to its folder's Path instead of parsing the whole path
    # again: the paths must be the same objects in every way a caller looks at them.
    root = tmp_path / "in"
    for rel in ("a.txt", "sub/b.md", "sub/deeper/c.html", "émile/d.txt", "x y/e f.txt"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("A note.\n")
    got = importing.files_under(root, {".txt", ".md", ".html"})
    whole = [Path(os.path.join(str(root), *p.relative_to(root).parts)) for p in got]
    assert got == whole
    assert [(str(p), p.name, p.stem, p.suffix, p.parts) for p in got] == [
        (str(p), p.name, p.stem, p.suffix, p.parts) for p in whole]
    assert [p.relative_to(root).as_posix() for p in got] == [
        "a.txt", "sub/b.md", "sub/deeper/c.html", "x y/e f.txt", "émile/d.txt"]


def test_uuids_made_from_random_bytes_are_what_the_uuid_module_makes_of_them():
    import os
    import uuid

    from workbench.core import clock

    for raw in [bytes(16 * 4), b"\xff" * 32, *(os.urandom(16 * 50) for _ in range(40))]:
        expected = [str(uuid.UUID(bytes=raw[i : i + 16], version=4))
                    for i in range(0, len(raw), 16)]
        assert clock.uuids_of(raw) == expected
    assert len(clock.new_uuids(7)) == 7


def test_an_import_makes_its_documents_rows_where_it_parses_them(tmp_path, monkeypatch):
    # The store step (the caller's thread) is the slower side of an import: each file's
    # document row is made in the thread that parsed it, not there.
    paths = _files(tmp_path, 9, same={3, 7})
    threads = []
    real = importing.document_row

    def watched(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "document_row", watched)
    with make_project(tmp_path) as project:
        results = [r for batch in import_many(project, paths, {"publisher": "Harbour Post"},
                                              jobs=2, sandbox=False, batch_files=4)
                   for r in batch]
        assert [r.status for r in results].count("imported") == 8
        assert threads and not any(threads)  # every row made in a parse thread
        assert {r[0] for r in _all(project, "SELECT publisher FROM documents")} == \
            {"Harbour Post"}


def test_rows_made_where_files_are_parsed_store_what_the_store_step_made(tmp_path):
    # The same files with the same metadata, imported with their rows and index bodies
    # made in the parse threads and with both made by the store step: everything stored
    # is the same (a text long enough to be indexed in segments among them).
    folder = tmp_path / "in"
    folder.mkdir()
    bodies = ["Report A: four troops wounded near the bridge.\n",
              "# Report B\n\nA *marked* report of shelling.\n",
              "Report A: four troops wounded near the bridge.\n",  # repeats the first
              "Long report.\n\n" + "Fighting went on near the river crossing. " * 7000,
              "تقرير: أصيب أربعة جنود قرب الجسر.\n",
              "\ufeffReport C: seven people detained.\r\n"]
    paths = []
    for i, body in enumerate(bodies):
        path = folder / (f"r{i}.md" if body.startswith("#") else f"r{i}.txt")
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    paths.append(folder / "missing.txt")
    meta = {"publisher": "Harbour Post", "published": "2026-05-04", "url": ""}
    with make_project(tmp_path, "made.wbproj") as made, \
            make_project(tmp_path, "ahead.wbproj") as ahead:
        parsed = list(parse_many(paths, jobs=2, sandbox=False))
        assert not any(p.prepared for p in parsed)  # no metadata given: nothing made ahead
        by_store = store_batch(made, parsed, meta)
        by_parse = [r for batch in import_many(ahead, paths, meta, jobs=2, sandbox=False)
                    for r in batch]
        assert [(r.status, r.doc_id, r.message) for r in by_parse] == \
            [(r.status, r.doc_id, r.message) for r in by_store]
        assert [r.status for r in by_parse] == ["imported", "imported", "duplicate",
                                                "imported", "imported", "imported",
                                                "rejected"]
        stored_made, stored_ahead = _stored(made), _stored(ahead)
        for part in stored_made:
            assert stored_ahead[part] == stored_made[part], part
        # The long text has several index rows; the others one each.
        assert len(stored_ahead["search"]) > len(bodies)


def test_a_row_made_ahead_for_other_metadata_is_made_again(tmp_path):
    [path] = _files(tmp_path, 1)
    parsed = importing.prepare(importing.parse_path(path, sandbox=False), {})
    assert parsed.prepared is not None and parsed.prepared.row["publisher"] is None
    with make_project(tmp_path) as project:
        [res] = store_batch(project, [parsed], {"publisher": "Harbour Post"})
        assert res.status == "imported"
        assert _all(project, "SELECT publisher FROM documents") == [("Harbour Post",)]


def test_a_long_text_is_left_to_be_folded_by_the_store_step(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Fighting near the crossing. " * 12000, encoding="utf-8")
    short = importing.prepare(importing.parse_path(_files(tmp_path, 1)[0], sandbox=False), {})
    long = importing.prepare(importing.parse_path(path, sandbox=False), {})
    assert short.prepared.body == segments.whole_body(short.prepared.row["title"],
                                                      short.prepared.row["text"])
    assert long.prepared is not None and long.prepared.body is None  # indexed in segments


def test_a_batch_is_indexed_as_one_search_segment(tmp_path):
    # FTS5 starts a new segment whenever a row's rowid is lower than the one before; a
    # document's index rowid is minus its id, so a batch written in the order of its
    # documents made a segment a file (and their merges). Merging is turned off here so
    # that every segment written stays to be counted.
    paths = _files(tmp_path, 24)
    with make_project(tmp_path) as project:
        for option, value in (("automerge", 0), ("crisismerge", 64)):
            project.conn.execute("INSERT INTO search(search, rank) VALUES (?, ?)",
                                 (option, value))
        results = store_batch(project, list(parse_many(paths, sandbox=False)))
        assert [r.status for r in results] == ["imported"] * 24
        segments_written = project.conn.execute(
            "SELECT count(DISTINCT segid) FROM search_idx").fetchone()[0]
        assert segments_written == 1
        found = {r[0] for r in project.conn.execute(
            "SELECT rowid FROM search WHERE search MATCH 'wounded'")}
        assert found == {-r.doc_id for r in results}


def test_a_store_step_that_keeps_up_with_parsing_stores_growing_batches(tmp_path, monkeypatch):
    import time

    # Parsing is the slower side (a group of 16 takes 20 ms, more than storing it): the
    # store step finds the next file not parsed each time it has stored. Storing then
    # at every EARLY_FILES files made a transaction of 32 files again and again, each
    # with its fixed cost (its commit, the index's segment, the log's ends); the early
    # size doubles each time instead, up to a full batch.
    monkeypatch.setattr(batch_import, "FILES_PER_TASK", 16)
    paths = _files(tmp_path, 400)
    monkeypatch.setattr(batch_import, "GROW_AFTER_SECONDS", 1e9)  # stays on one thread
    real = batch_import.parse_paths

    def slowed(group, **kw):
        time.sleep(0.02)
        return real(group, **kw)

    monkeypatch.setattr(batch_import, "parse_paths", slowed)
    sizes = []
    with make_project(tmp_path) as project:
        for results in import_many(project, paths, jobs=1, sandbox=False):
            sizes.append(len(results))
            assert all(r.status == "imported" for r in results)
        assert _all(project, "SELECT count(*) FROM documents") == [(400,)]
    assert sizes[0] == batch_import.EARLY_FILES
    assert sum(sizes) == 400
    # 32, 64, 128, 176 here; before, 32 files a batch all along (12 batches and a 16).
    assert len(sizes) <= 6, sizes
    assert sizes[1] >= 64 and sizes[2] >= 128, sizes


_KILLED_IMPORT = """
import os, signal, sys, time
from pathlib import Path
from workbench.core.ops import batch_import, importing
from workbench.core.project import Project

folder, report = Path(sys.argv[1]), Path(sys.argv[2])
real_parse, real_store = batch_import.parse_paths, importing.store_all_in
batch_import.GROW_AFTER_SECONDS = 1e9

def slowed(group, **kw):  # parsing the slower side: the early batches grow
    time.sleep(0.02)
    return real_parse(group, **kw)

calls = []

def killed_in_the_fourth(project, tx, batch, overrides):
    results = real_store(project, tx, batch, overrides)
    calls.append(len(batch))
    if len(calls) == 4:  # its rows written, not committed
        os.kill(os.getpid(), signal.SIGKILL)
    return results

batch_import.parse_paths = slowed
batch_import.store_all_in = killed_in_the_fourth
with Project.open(folder / "p.wbproj") as project:
    files = sorted(folder.glob("r*.txt"))
    for results in batch_import.import_many(project, files, jobs=1, sandbox=False):
        with report.open("a", encoding="utf-8") as out:  # what the user was told
            out.writelines(f"{r.status} {Path(r.path).name}\\n" for r in results)
            out.flush()
            os.fsync(out.fileno())
"""


def test_files_reported_in_growing_batches_survive_a_kill_in_the_next_one(tmp_path):
    import subprocess
    import sys

    from workbench.core.project import Project
    from workbench.core.verify import verify

    _files(tmp_path, 400)
    make_project(tmp_path).close()
    report = tmp_path / "reported.txt"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, "-c", _KILLED_IMPORT, str(tmp_path), str(report)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    reported = report.read_text(encoding="utf-8").split("\n")[:-1]
    assert all(line.startswith("imported ") for line in reported)
    assert len(reported) >= 32 + 64 + 128, len(reported)  # three grown batches reported
    with Project.open(tmp_path / "p.wbproj") as project:
        stored = {r[0] for r in project.conn.execute("SELECT filename FROM documents")}
        assert stored == {line.split(" ", 1)[1] for line in reported}  # not one more or less
        assert len(_all(project, "SELECT seq FROM custody")) == len(reported)
        assert verify(project).ok


_KILLED_AFTER_REPORT = """
import os, signal, sys
from pathlib import Path
from workbench.core.ops import batch_import
from workbench.core.project import Project

folder, report, sandboxed = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
batches = 0
with Project.open(folder / "p.wbproj") as project:
    files = sorted(folder.glob("r*.txt"))
    for results in batch_import.import_many(project, files, jobs=1, sandbox=sandboxed,
                                            early_files=10**6):
        with report.open("a", encoding="utf-8") as out:  # what the user was told
            out.writelines(f"{r.status} {Path(r.path).name}\\n" for r in results)
            out.flush()
            os.fsync(out.fileno())
        batches += 1
        if batches == 2:  # killed the moment the second batch is reported
            os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("sandboxed", [False, True], ids=["in-process", "workers"])
def test_files_reported_survive_a_kill_right_after_the_report(tmp_path, sandboxed):
    # A batch's rows (documents, originals, audit and custody logs) go to SQLite a few
    # hundred a statement: what was reported must be there, whole and verifiable, after
    # a kill the moment after the report. With workers, the next requests are in flight
    # to the worker (sent ahead of the replies before them) when the kill comes.
    import subprocess
    import sys

    from workbench.core.project import Project
    from workbench.core.verify import verify

    _files(tmp_path, 450)
    with make_project(tmp_path) as project:
        logged = len(_all(project, "SELECT seq FROM audit"))  # the new project's own
    report = tmp_path / "reported.txt"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, "-c", _KILLED_AFTER_REPORT, str(tmp_path),
                           str(report), "1" if sandboxed else "0"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    reported = report.read_text(encoding="utf-8").split("\n")[:-1]
    assert len(reported) == 2 * batch_import.BATCH_FILES
    assert all(line.startswith("imported ") for line in reported)
    with Project.open(tmp_path / "p.wbproj") as project:
        stored = {r[0] for r in project.conn.execute("SELECT filename FROM documents")}
        assert stored == {line.split(" ", 1)[1] for line in reported}
        assert len(_all(project, "SELECT seq FROM custody")) == len(reported)
        assert len(_all(project, "SELECT seq FROM audit")) == logged + len(reported)
        assert len(_all(project, "SELECT sha256 FROM originals")) == len(reported)
        assert len(_all(project, "SELECT rowid FROM search WHERE search MATCH "
                                 "'wounded'")) == len(reported)
        assert verify(project).ok


def test_a_parse_thread_sends_the_next_group_before_collecting_the_one_ahead(
        tmp_path, monkeypatch):
    from workbench.core.importers import pipelined

    monkeypatch.setattr(batch_import, "FILES_PER_TASK", 16)
    in_flight = []
    real = pipelined.RequestsAhead.send

    def spy(self, files):
        sent = real(self, files)
        in_flight.append(len(self.in_flight) if sent.worker is not None else 0)
        return sent

    monkeypatch.setattr(pipelined.RequestsAhead, "send", spy)
    paths = _files(tmp_path, 160, same={7, 150})
    parsed = list(parse_many(paths, jobs=1))
    assert [p.path for p in parsed] == paths
    assert [p.document.text for p in parsed] == \
        [p.read_text(encoding="utf-8") for p in paths]  # type: ignore[union-attr]
    assert len(in_flight) == 10  # a request a group of 16
    if sandbox_pipe_known():
        assert max(in_flight) == 2  # one parsed while the next waited behind it


def sandbox_pipe_known() -> bool:
    """Whether this system says how much a worker's request pipe holds."""
    from workbench.core.importers import sandbox

    worker = sandbox.default_pool()._acquire(sandbox.limits.MEMORY_LIMIT_MB)
    try:
        return worker.channel.pipe_bytes() > 0
    finally:
        sandbox.default_pool()._release(worker, True)


def test_a_group_of_one_file_after_groups_sent_ahead_starts_no_second_worker(
        tmp_path, monkeypatch):
    from workbench.core.importers import sandbox

    pool = sandbox.WorkerPool()  # no idle worker to hide a second start
    monkeypatch.setattr(sandbox, "_default_pool", pool)
    monkeypatch.setattr(batch_import, "FILES_PER_TASK", 16)
    paths = _files(tmp_path, 17)  # groups of 4, 4, 4, 4 and 1
    try:
        parsed = list(parse_many(paths, jobs=1))
    finally:
        pool.shutdown()
    assert [p.document.text for p in parsed] == \
        [p.read_text(encoding="utf-8") for p in paths]  # type: ignore[union-attr]
    assert pool.started == 1
