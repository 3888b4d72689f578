"""A document that reached a coder through a REFI-QDA file, merged back.

Merge matches a document first by its original's SHA-256, then, where those differ, by
its UUID or the originals its custody log names. A REFI-QDA file carries a source's
working text and its GUID (the document's UUID), not the file first imported: a report
imported from a file whose bytes are not its text (CRLF lines, a web page) reached the
other coder as a document of other bytes. Its UUID was then made anew, so nothing
matched it, and the merge made it a second document: each coder's figures on their own
copy of one report, which agreement could not compare.
"""

from __future__ import annotations

from tests.helpers import REPORT
from workbench.core.exchange import write_file
from workbench.core.exchange.qdpx_read import read_qdpx
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.documents import trash_document
from workbench.core.ops.importing import import_file
from workbench.core.project import Project


def _shared(tmp_path, crlf: bool = True):
    """amal's project with the report (imported from a file with CRLF lines) and one
    figure, and ben's, made from amal's REFI-QDA file, with another figure."""
    source = tmp_path / "halden.txt"
    source.write_bytes((REPORT.replace("\n", "\r\n") if crlf else REPORT).encode("utf-8"))
    amal, ben = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    shared = tmp_path / "amal.qdpx"
    with Project.create(amal, coder="amal") as p:
        doc = import_file(p, source, sandbox=False).doc_id
        annotate_quote(p, doc, "casualty", "wounded four troops")
        write_file(p, "qdpx", shared)
    with Project.create(ben, coder="ben") as p:
        read_qdpx(p, shared)
        annotate_quote(p, 1, "casualty", "killed at least 12 civilians")
    return amal, ben, shared


def _documents(project: Project) -> list[tuple[int, str, int]]:
    return [(int(r[0]), r[1], int(r[2])) for r in project.conn.execute(
        "SELECT d.id, d.uuid, (SELECT count(*) FROM annotations a WHERE a.doc_id = d.id) "
        "FROM documents d ORDER BY d.id")]


def test_a_document_sent_out_as_refi_qda_merges_back_as_itself(tmp_path):
    amal, ben, _shared_file = _shared(tmp_path)
    with Project.open(amal) as p:
        [(doc, uuid, _n)] = _documents(p)
        merge_projects(p, [ben])
        assert _documents(p) == [(doc, uuid, 2)]  # one report, both coders' figures
    with Project.open(ben) as p:  # and the other way round
        merge_projects(p, [amal])
        assert _documents(p) == [(1, uuid, 2)]


def test_the_refi_qda_document_keeps_its_uuid(tmp_path):
    amal, ben, _shared_file = _shared(tmp_path, crlf=False)
    with Project.open(amal) as a, Project.open(ben) as b:
        assert [d[1] for d in _documents(a)] == [d[1] for d in _documents(b)]


def test_a_uuid_the_project_holds_already_is_made_anew(tmp_path):
    # Read twice into one project, the second time after the first copy was trashed (a
    # live copy with the same text is the same document, and is matched): the UUID is a
    # document's own, so the second copy gets another.
    _amal, ben, shared = _shared(tmp_path)
    with Project.open(ben) as p:
        trash_document(p, 1)
        read_qdpx(p, shared)
        uuids = [d[1] for d in _documents(p)]
        assert len(uuids) == 2 and len(set(uuids)) == 2


def test_the_same_text_is_not_said_to_differ(tmp_path):
    amal, ben, _shared_file = _shared(tmp_path)
    with Project.open(amal) as p:
        report = merge_projects(p, [ben]).result
    assert report.counts["document"].unchanged == 1
    assert not any("text differs" in note for note in report.notes), report.notes
