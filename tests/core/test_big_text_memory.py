"""A big document's text is not copied needlessly between the worker and the project."""

from __future__ import annotations

import hashlib
import io
import json

import pytest

from tests.helpers import make_project
from workbench.core.importers.worker import StreamConnection, _reply
from workbench.core.ops import importing


def test_the_worker_sends_the_text_as_its_own_utf8_frame():
    out = io.BytesIO()
    _reply(StreamConnection(io.BytesIO(), out), {"ok": {"text": "قال 😀 " * 10, "title": "t"}})
    conn = StreamConnection(io.BytesIO(out.getvalue()), io.BytesIO())
    header = json.loads(conn.recv_bytes())
    assert header == {"ok": {"title": "t", "text_follows": True}}  # no escaped copy in JSON
    assert conn.recv_bytes().decode("utf-8") == "قال 😀 " * 10


def test_a_text_that_is_the_files_bytes_is_not_sent_back():
    out = io.BytesIO()
    text = "قال 😀 four troops\n"
    _reply(StreamConnection(io.BytesIO(), out), {"ok": {"text": text, "title": "t"}},
           text.encode("utf-8"))
    conn = StreamConnection(io.BytesIO(out.getvalue()), io.BytesIO())
    assert json.loads(conn.recv_bytes()) == {"ok": {"title": "t", "text_is_input": True}}
    with pytest.raises(EOFError):  # one frame, no text after it
        conn.recv_bytes()
    out = io.BytesIO()  # a cleaned text (CRLF made LF) is not the bytes: it is sent
    _reply(StreamConnection(io.BytesIO(), out), {"ok": {"text": "a\nb\n"}}, b"a\r\nb\r\n")
    conn = StreamConnection(io.BytesIO(out.getvalue()), io.BytesIO())
    assert json.loads(conn.recv_bytes()) == {"ok": {"text_follows": True}}
    assert conn.recv_bytes() == b"a\nb\n"


def test_texts_come_back_whole_whether_sent_or_taken_from_the_file():
    from workbench.core.importers import WorkerPool, sandbox

    files = [("Plain UTF-8: قال 😀.\n".encode(), "a.txt"),
             (b"Windows lines.\r\nSecond.\r\n", "b.txt"),
             ("\ufeffWith a BOM.\n".encode(), "c.txt"),
             ("Caf\u00e9 in Latin-1.\n".encode("latin-1"), "d.txt")]
    pool = WorkerPool()
    try:
        out = sandbox.parse_files(files, pool=pool)
    finally:
        pool.shutdown()
    assert [o.text for o in out] == [  # type: ignore[union-attr]
        "Plain UTF-8: قال 😀.\n", "Windows lines.\nSecond.\n", "With a BOM.\n",
        "Café in Latin-1.\n"]
    assert [o.text for o in out] == [importing.parse_data(d, n, sandbox=False).document.text
                                     for d, n in files]  # type: ignore[union-attr]


def test_storing_a_document_keeps_one_copy_of_its_text(tmp_path):
    with make_project(tmp_path) as project:
        text = "Artillery fire wounded four troops. " * 1000
        with project.write("import") as tx:
            tx.add_original("0" * 64, b"x")
            after = tx.insert("document", {"uuid": "u", "imported_at": "2026-01-01",
                                           "original_sha256": "0" * 64, "text": text,
                                           "text_sha256": "0" * 64, "importer": "t",
                                           "importer_version": "0"})
        assert after["text"] is text  # not read back into a second string
        assert project.repo.get("document", after["id"])["text"] == text


def test_sliced_hash_and_folding_equal_the_whole():
    from workbench.core.textnorm import _fold, normalise

    text = ("Qaryat al-Nahr قالَ المتحدثُ إنّ ثلاثةَ مدنيين 😀 É\u0301 " * 40_000)
    assert importing.text_sha256(text, chunk=997) == hashlib.sha256(text.encode()).hexdigest()
    for short in ("", "a", text[:996], text[:997], text[:998]):  # one slice, or just over
        assert importing.text_sha256(short, chunk=997) == \
            hashlib.sha256(short.encode()).hexdigest()
    assert len(text) > 1 << 20  # long enough to be folded in slices
    assert normalise(text) == _fold(text)  # the same as folding it whole
