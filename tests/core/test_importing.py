"""The two import steps, parse and store, and the one way paths become files."""

import os
from pathlib import Path

import pytest

from tests.helpers import REPORT
from workbench.core.errors import ImportRejected, ValidationError
from workbench.core.ops import importing


def _tree(root: Path) -> None:
    for rel in ("a.txt", "b.PDF", "notes.md", "photo.jpg", ".hidden.txt", "sub/c.html",
                "sub/.secret.md", ".git/config.txt", "sub/.cache/d.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x")


def test_expand_paths_walks_folders_for_known_visible_files(tmp_path):
    _tree(tmp_path)
    files = importing.expand_paths([tmp_path], recursive=True)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "a.txt", "b.PDF", "notes.md", "sub/c.html"]


def test_expand_paths_keeps_named_files_and_unwalked_folders(tmp_path):
    _tree(tmp_path)
    named = [tmp_path / "photo.jpg", tmp_path / ".hidden.txt", tmp_path / "gone.txt"]
    assert importing.expand_paths(named, recursive=True) == named
    assert importing.expand_paths([tmp_path], recursive=False) == [tmp_path]
    assert importing.expand_paths([str(tmp_path / "sub")], recursive=True) == [
        tmp_path / "sub" / "c.html"]


def test_parse_path_gives_a_document_without_touching_any_project(tmp_path):
    path = tmp_path / "halden.txt"
    path.write_text(REPORT, encoding="utf-8")
    parsed = importing.parse_path(path, sandbox=False)
    assert parsed.error is None and parsed.document is not None
    assert parsed.document.title == "Shelling hits market in Port Halden"
    assert parsed.data == path.read_bytes() and parsed.sha256 == importing.sha256(parsed.data)
    assert parsed.path == path and parsed.filename == "halden.txt"


@pytest.mark.parametrize(("name", "content", "words"), [
    ("gone.txt", None, "no such file"),
    ("empty.txt", b"", "empty"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "cannot be imported"),
])
def test_parse_path_returns_refusals_as_values(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    parsed = importing.parse_path(path, sandbox=False)
    assert parsed.document is None and isinstance(parsed.error, ImportRejected)
    assert words in str(parsed.error) and name in str(parsed.error)


def test_parse_path_in_the_sandbox(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Field note\n\nTwo civilians were wounded.\n", encoding="utf-8")
    parsed = importing.parse_path(path)
    assert parsed.document is not None and parsed.document.importer == "markdown"


def test_parse_data_skips_bytes_the_caller_already_knows(monkeypatch):
    def must_not_parse(*_args):
        raise AssertionError("parsed a known file")

    monkeypatch.setattr(importing.importers, "parse_bytes", must_not_parse)
    data = REPORT.encode()
    parsed = importing.parse_data(data, "a.txt", sandbox=False,
                                  known=lambda digest: digest == importing.sha256(data))
    assert parsed.document is None and parsed.error is None and parsed.data == data


def test_parse_data_turns_an_unexpected_exception_into_a_refusal(monkeypatch):
    def broken(*_args):
        raise KeyError("x")

    monkeypatch.setattr(importing.importers, "parse_bytes", broken)
    parsed = importing.parse_data(b"text", "odd.txt", sandbox=False)
    assert str(parsed.error) == "odd.txt: the file could not be read (KeyError)."


def test_store_parsed_writes_the_document_with_overrides(project, tmp_path):
    path = tmp_path / "halden.txt"
    path.write_text(REPORT, encoding="utf-8")
    parsed = importing.parse_path(path, sandbox=False)
    res = importing.store_parsed(project, parsed, {"published": "2024-03-04", "title": ""})
    assert res.status == "imported" and res.path == str(path)
    doc = project.repo.get("document", res.doc_id)
    assert doc["published"] == "2024-03-04" and doc["filename"] == "halden.txt"
    assert doc["title"] == "Shelling hits market in Port Halden"
    assert project.repo.original(parsed.sha256) == parsed.data
    assert res.changes.document_ids == [res.doc_id]
    again = importing.store_parsed(project, parsed)
    assert again.status == "duplicate" and again.doc_id == res.doc_id
    assert "already in the project" in again.message


def test_store_parsed_reports_a_refusal_and_writes_nothing(project, tmp_path):
    audit = len(project.repo.audit())
    parsed = importing.parse_path(tmp_path / "gone.txt", sandbox=False)
    res = importing.store_parsed(project, parsed)
    assert res.status == "rejected" and "no such file" in res.message
    assert project.repo.documents() == [] and len(project.repo.audit()) == audit


def test_store_parsed_refuses_a_bad_date_override(project):
    parsed = importing.parse_data(REPORT.encode(), "a.txt", sandbox=False)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        importing.store_parsed(project, parsed, {"published": "3 March"})


def test_store_changes_carries_the_result_for_the_window(project, monkeypatch):
    parsed = importing.parse_data(REPORT.encode(), "a.txt", sandbox=False)
    changes = importing.store_changes(project, parsed)
    assert changes.result.status == "imported" and changes.document_ids == [changes.result.doc_id]
    duplicate = importing.store_changes(project, parsed)
    assert duplicate.result.status == "duplicate" and not duplicate

    def full_disk(*_args, **_kwargs):
        raise importing.WorkbenchError("The project file could not be written.")

    monkeypatch.setattr(importing, "store_parsed", full_disk)
    failed = importing.store_changes(project, parsed)
    assert failed.result.status == "rejected" and "could not be written" in failed.result.message


def test_import_file_does_not_parse_what_the_project_holds(project, tmp_path, monkeypatch):
    a = tmp_path / "a.txt"
    a.write_text(REPORT)
    first = importing.import_file(project, a, sandbox=False)
    monkeypatch.setattr(importing.importers, "parse_bytes", None)  # any parse would fail
    second = importing.import_file(project, a, sandbox=False)
    assert (first.status, second.status) == ("imported", "duplicate")
    assert second.doc_id == first.doc_id


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    # A file of many gigabytes given a document's extension was read whole into the
    # window's memory and refused only then (1.5 GB of memory for a 1.5 GB file).
    import tracemalloc

    from workbench.core.importers import limits
    from workbench.core.ops.importing import read_file

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100_000)
    big = tmp_path / "video.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"\x00" * 3_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected, match="larger than the 0 MB limit"):
            read_file(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
    small = tmp_path / "note.txt"
    small.write_bytes(b"a note\n")
    assert read_file(small) == b"a note\n"


def test_a_small_file_is_read_without_a_buffer_of_the_limit(tmp_path):
    # Each file was read with a request for the whole limit (200 MB): the interpreter
    # mapped and unmapped that much memory for every small file of an import.
    import tracemalloc

    from workbench.core.ops.importing import read_file

    note = tmp_path / "note.txt"
    note.write_bytes(b"Shelling reported near the northern crossing.\n" * 10)
    tracemalloc.start()
    try:
        data = read_file(note)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == note.read_bytes()
    assert peak < 100_000


def test_a_file_larger_than_its_size_said_is_read_whole_up_to_the_limit(tmp_path,
                                                                        monkeypatch):
    # The size is read before the bytes: a file written to meanwhile (or one whose size
    # the system reports as 0) is read on to its end, and refused past the limit.
    from workbench.core.importers import limits
    from workbench.core.ops.importing import read_file

    real_fstat = os.fstat

    class Shrunk:  # the size as it was a moment before the file grew
        def __init__(self, info: os.stat_result) -> None:
            self.st_mode, self.st_size = info.st_mode, 10

    monkeypatch.setattr(os, "fstat", lambda fd: Shrunk(real_fstat(fd)))
    log = tmp_path / "log.txt"
    log.write_bytes(b"0123456789" * 500)
    assert read_file(log) == b"0123456789" * 500
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(ImportRejected, match="limit"):
        read_file(log)


def test_a_file_read_back_in_short_pieces_is_read_whole(tmp_path, monkeypatch):
    # A network or FUSE file system may answer a read with fewer bytes than asked.
    from workbench.core.ops.importing import read_file

    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: real_read(fd, min(n, 7)))
    note = tmp_path / "note.txt"
    note.write_bytes(b"Two killed at the market, the council said.\n" * 30)
    assert read_file(note) == note.read_bytes()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_instead_of_waited_on(tmp_path):
    # Opening a named pipe waited for a writer that never came: the import hung.
    import threading

    from workbench.core.ops.importing import read_file

    pipe = tmp_path / "report.txt"
    os.mkfifo(pipe)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(read_file(pipe))
        except BaseException as err:  # handed to the test
            outcome.append(err)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # let the old code's open() return
        with open(pipe, "wb"):
            pass
        reader.join(5)
    assert outcome and isinstance(outcome[0], ImportRejected)
    assert "not a regular file" in str(outcome[0])
