"""A big import holds the text as UTF-8 bytes and reads the original back from disk.

The stored result must be exactly what the plain path stores; a file changed between
parse and store is refused with nothing written; and the main process stays within a
few times the file's size (it held about eight times before).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import make_project
from workbench.core import searchindex
from workbench.core.encodedtext import EncodedText
from workbench.core.errors import ImportRejected
from workbench.core.importers import sandbox
from workbench.core.ops import importing
from workbench.core.segments import cuts, document_entries, pieces

PARA = ("Artillery fire wounded four troops near the market, a provincial official said. "
        "قال المتحدث إن ثلاثة مدنيين قُتِلوا في القصف 😀.\n\n")


def stored(project, doc_id: int) -> tuple[dict, list[tuple[str]], bytes]:
    doc = project.repo.get("document", doc_id)
    low, high = searchindex.doc_rid_bounds(doc_id)
    index = project.conn.execute(
        "SELECT body FROM search_documents WHERE rid = ? OR rid BETWEEN ? AND ? "
        "ORDER BY rid DESC", (searchindex.doc_rid(doc_id), low, high)).fetchall()
    original = project.repo.original(doc["original_sha256"])
    return doc, index, original


@given(st.text(alphabet=st.sampled_from(list("ab قل😀\n\t ")), max_size=300),
       st.integers(min_value=2, max_value=40))
@settings(max_examples=200, deadline=None)
def test_pieces_from_utf8_cut_where_the_string_is_cut(text, size):
    encoded = EncodedText(text.encode("utf-8"))
    expected = [text[a:b] for a, b in cuts(text, size)]
    assert list(pieces(encoded, size)) == expected
    assert list(document_entries(1, "T", encoded, size)) == list(
        document_entries(1, "T", text, size))


def test_encoded_text_hashes_samples_and_refuses_bad_utf8():
    text = "قال 😀 x" * 1000
    encoded = EncodedText(text.encode())
    assert encoded.sha256() == hashlib.sha256(text.encode()).hexdigest()
    assert encoded.head(5) == text[:5]
    assert "".join(encoded.slices(chunk=7)) == text  # pieces never split a code point
    with pytest.raises(ImportRejected, match="not valid Unicode"):
        EncodedText(b"ok" + "\ud800".encode("utf-8", "surrogatepass"), "x.txt")


def test_a_big_file_is_stored_exactly_as_the_plain_path_stores_it(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "STREAM_MIN", 1000)  # stream this modest file
    monkeypatch.setattr(sandbox, "ENCODED_MIN", 1000)  # and keep its text in UTF-8
    src = tmp_path / "report.txt"
    src.write_bytes(("Opening line\n\n" + PARA * 6000).encode())  # ~1 MB: segmented
    with make_project(tmp_path, "a.wbproj") as streamed, \
            make_project(tmp_path, "b.wbproj") as plain:
        parsed = importing.parse_path(src, known=importing.known_in(streamed))
        assert isinstance(parsed.document.text, EncodedText)  # the worker's bytes, kept
        assert not isinstance(parsed.data, bytes)  # left on disk until stored
        res = importing.store_parsed(streamed, parsed)
        ref = importing.import_bytes(plain, src.read_bytes(), "report.txt", sandbox=False)
        a_doc, a_index, a_orig = stored(streamed, res.doc_id)
        b_doc, b_index, b_orig = stored(plain, ref.doc_id)
        for volatile in ("uuid", "imported_at", "importer", "importer_version"):
            a_doc.pop(volatile), b_doc.pop(volatile)
        assert a_doc == b_doc
        assert type(a_doc["text"]) is str
        assert len(a_index) > 1 and a_index == b_index
        assert a_orig == b_orig == src.read_bytes()
        sizes = [tuple(r) for r in streamed.conn.execute(
            "SELECT size, length(data) FROM originals")]
        assert sizes == [(len(a_orig), len(a_orig))]
        assert streamed.conn.execute("PRAGMA freelist_count").fetchone()[0] < 50


def test_a_file_changed_between_parse_and_store_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "STREAM_MIN", 1000)
    src = tmp_path / "report.txt"
    src.write_bytes((PARA * 100).encode())
    with make_project(tmp_path) as project:
        parsed = importing.parse_path(src)
        src.write_bytes((PARA * 100).replace("four", "five").encode())
        res = importing.store_parsed(project, parsed)
        assert res.status == "rejected"
        assert "changed while it was being imported" in res.message
        assert project.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert project.conn.execute("SELECT count(*) FROM originals").fetchone()[0] == 0


PEAK = """
import resource, sys
from workbench.core.ops.importing import import_file
from workbench.core.project import Project
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with Project.create(sys.argv[1]) as project:
    res = import_file(project, sys.argv[2])
print(res.status, start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
def test_importing_a_big_file_costs_a_few_times_its_size(tmp_path):
    src = tmp_path / "big.txt"
    unit = PARA.encode()
    with src.open("wb") as fh:
        for i in range((16 << 20) // len(unit)):
            fh.write(f"{i} ".encode() + unit)
    size_kb = src.stat().st_size / 1024
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(PEAK),
                          str(tmp_path / "big.wbproj"), str(src)],
                         capture_output=True, text=True, check=True, timeout=300)
    status, start, peak = out.stdout.split()
    assert status == "imported"
    # Text decoded to a string, bound and copied held about 8x; now about 4x.
    assert (int(peak) - int(start)) < 5.5 * size_kb, out.stdout
