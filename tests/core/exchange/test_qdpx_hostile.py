""".qdpx files that are damaged, malformed or built to harm: one sentence, nothing written,
nothing read from outside the file; and an import stopped part-way leaves no trace."""

from __future__ import annotations

import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from tests.core.interrupt import each_stop, stopped_at
from tests.core.merge.conftest import tables
from workbench.core import dbapi
from workbench.core.errors import ImportRejected, StorageError
from workbench.core.exchange.qdpx_read import read_qdpx
from workbench.core.project import Project
from workbench.core.verify import verify

NS = "urn:QDA-XML:project:1.0"
CODE = "aaaaaaaa-0000-0000-0000-000000000001"
SRC = "bbbbbbbb-0000-0000-0000-00000000000{n}"
TEXT = "Two porters were taken during the night raid near the ford."


def _qde(codes: str = "", sources: str = "", prolog: str = "") -> str:
    return (f'{prolog}<Project xmlns="{NS}" name="x"><CodeBook><Codes>{codes}</Codes>'
            f"</CodeBook><Sources>{sources}</Sources></Project>")


def _code(guid: str | None = CODE) -> str:
    return f'<Code {f"guid={chr(34)}{guid}{chr(34)} " if guid else ""}name="Raid"/>'


def _source(n: int = 1, text: str = TEXT, coding: str = "dddddddd-0000-0000-0000-000000000001",
            ref: str | None = CODE, guid: bool = True, start: int = 0, end: int = 11) -> str:
    ref_attr = f'targetGUID="{ref}"' if ref else ""
    coding_attr = f'guid="{coding}"' if coding else ""
    guid_attr = f'guid="{SRC.format(n=n)}"' if guid else ""
    return (f'<TextSource {guid_attr} name="S{n}"><PlainTextContent>{text}</PlainTextContent>'
            f'<PlainTextSelection startPosition="{start}" endPosition="{end}">'
            f"<Coding {coding_attr}><CodeRef {ref_attr}/></Coding></PlainTextSelection>"
            "</TextSource>")


def _zip(path: Path, qde: str, members: dict[str, bytes] | None = None,
         method: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        zf.writestr("project.qde", qde)
        for name, data in (members or {}).items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj", coder="me") as p:
        yield p


def _refused(project: Project, path: Path, match: str) -> None:
    before = tables(project)
    with pytest.raises(ImportRejected, match=match):
        read_qdpx(project, path)
    assert tables(project) == before  # nothing written: no document, kind or log row


@pytest.mark.parametrize("qde, what", [
    (_qde(_code(None), _source()), "a Code in project.qde has no guid"),
    (_qde(_code(), _source(guid=False)), "a TextSource in project.qde has no guid"),
    (_qde(_code(), _source(coding="")), "a Coding in project.qde has no guid"),
    (_qde(_code(), _source(ref=None)), "a CodeRef in project.qde has no targetGUID"),
])
def test_a_missing_guid_is_one_sentence_and_writes_nothing(project, tmp_path, qde, what):
    # Before: an AttributeError traceback; a Code without a GUID was found only after
    # the documents had been stored, so they stayed without their codings.
    _refused(project, _zip(tmp_path / "x.qdpx", qde), what)


def test_users_variables_and_notes_without_guids_are_ignored(project, tmp_path):
    extra = ('<Users><User name="nobody"/></Users>'
             '<Variables><Variable name="url" typeOfVariable="Text"/></Variables>'
             '<Notes><Note><PlainTextContent>loose</PlainTextContent></Note></Notes>')
    qde = _qde(_code(), _source()).replace("<CodeBook>", extra + "<CodeBook>")
    summary = read_qdpx(project, _zip(tmp_path / "x.qdpx", qde)).result
    assert (summary.documents, summary.annotations) == (1, 1)


def test_two_sources_with_one_guid_keep_their_own_codings(project, tmp_path):
    # Before: sources were keyed by GUID, so the first source's coding was anchored in
    # the second source's text ("secon" instead of "first").
    first = _source(1, "first text alpha beta", start=0, end=5)
    second = _source(1, "second text gamma", coding="dddddddd-0000-0000-0000-000000000002",
                     start=7, end=11)
    read_qdpx(project, _zip(tmp_path / "x.qdpx", _qde(_code(), first + second)))
    quotes = sorted(a["exact"] for a in project.repo.annotations())
    assert quotes == ["first", "text"]
    for ann in project.repo.annotations():
        doc = project.repo.get("document", ann["doc_id"])
        assert doc["text"][ann["start"]:ann["end"]] == ann["exact"]


def _set_in_headers(data: bytearray, member: bytes, field: int, value: bytes) -> None:
    """Overwrite bytes at ``field`` (offset in the central header; local is 2 less) of
    ``member`` in both its headers."""
    for sig, name_at, shift in ((b"PK\x03\x04", 30, -2), (b"PK\x01\x02", 46, 0)):
        i = data.find(sig)
        while i >= 0:
            if data[i + name_at:i + name_at + len(member)] == member:
                at = i + field + shift
                data[at:at + len(value)] = value
            i = data.find(sig, i + 4)


def _damaged(tmp_path: Path, how: str) -> Path:
    qde = _qde(sources=f'<TextSource guid="{SRC.format(n=1)}" name="S" '
               'plainTextPath="internal://t.txt"/>')
    method = zipfile.ZIP_DEFLATED if how == "deflate" else zipfile.ZIP_STORED
    path = _zip(tmp_path / f"{how}.qdpx", qde, {"sources/t.txt": TEXT.encode() * 20}, method)
    data = bytearray(path.read_bytes())
    if how == "crc":
        i = data.find(TEXT.encode())
        data[i] ^= 0x20
    elif how == "deflate":
        info = zipfile.ZipFile(path).getinfo("sources/t.txt")
        start = info.header_offset + 30 + len(info.filename)
        for k in range(6):
            data[start + k] ^= 0xFF
    elif how == "method":
        _set_in_headers(data, b"sources/t.txt", 10, struct.pack("<H", 97))
    elif how == "encrypted":
        _set_in_headers(data, b"sources/t.txt", 8, bytes([data[0] | 1]))
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("how", ["crc", "deflate", "method", "encrypted"])
def test_a_damaged_zip_member_is_one_sentence(project, tmp_path, how):
    # Before: BadZipFile, zlib.error, NotImplementedError or RuntimeError tracebacks.
    _refused(project, _damaged(tmp_path, how), r"member 'sources/t\.txt' cannot be read")


BILLION = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                     for i in range(8)) + "]>")


def test_entities_are_refused_and_no_local_file_is_read(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("LOCAL-SECRET-WORDS")
    xxe = f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file://{secret}">]>'
    internal = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "planted words">]>'
    for name, prolog, text in (("xxe", xxe, "before &x; after"),
                               ("internal", internal, "before &e; after"),
                               ("billion", BILLION, "&i;")):
        path = _zip(tmp_path / f"{name}.qdpx", _qde(_code(), _source(text=text), prolog))
        # Before: an internal entity was kept unexpanded and the words after it were
        # cut from the stored document ("before " alone), silently.
        _refused(project, path, "DOCTYPE|not well-formed")
    assert project.repo.documents() == []


def test_names_outside_the_file_are_never_read(project, tmp_path):
    (tmp_path / "outside.txt").write_text("OUTSIDE-WORDS")
    sources = "".join(
        f'<TextSource guid="{SRC.format(n=n)}" name="S{n}" plainTextPath="{where}"/>'
        for n, where in enumerate(("internal://../outside.txt", f"absolute://{tmp_path}/"
                                   "outside.txt", "relative://outside.txt",
                                   "internal:///etc/hostname"), start=1))
    members = {"../outside.txt": b"zip slip", "/abs.txt": b"absolute", "sources/ok.txt": b"x"}
    summary = read_qdpx(project, _zip(tmp_path / "x.qdpx", _qde(sources=sources),
                                      members)).result
    assert summary.documents == 0 and len(summary.skipped) == 4
    assert not (tmp_path.parent / "outside.txt").exists()
    assert project.repo.documents() == []


def test_an_import_stopped_anywhere_leaves_the_project_as_before(tmp_path):
    """Every stop point inside the write: the project is as before, opens, verifies,
    and the same file then imports in full."""
    sources = _source(1) + _source(2, "second report: three porters were taken", start=7,
                                    end=12, coding="dddddddd-0000-0000-0000-000000000002")
    qdpx = _zip(tmp_path / "x.qdpx", _qde(_code(), sources))
    blank = tmp_path / "blank.wbproj"
    Project.create(blank, coder="me").close()
    shutil.copy(blank, tmp_path / "whole.wbproj")
    with Project.open(tmp_path / "whole.wbproj", coder="me") as p:
        before = tables(p)
        with stopped_at(p.conn, None) as count:
            read_qdpx(p, qdpx)
        after = tables(p)

    def attempt(step: int) -> bool:
        path = tmp_path / f"s{step}.wbproj"
        shutil.copy(blank, path)
        stopped = False
        with Project.open(path, coder="me") as p:
            with stopped_at(p.conn, step):
                try:
                    read_qdpx(p, qdpx)
                except (*dbapi.DatabaseError, StorageError) as err:
                    assert "interrupted" in str(err)
                    stopped = True
            # A statement stopped where the program expects a failure may let the
            # import finish: then it is whole.
            assert tables(p) == before if stopped else _same_rows(tables(p), after)
        with Project.open(path, coder="me") as p:
            assert verify(p).ok
            if stopped:
                read_qdpx(p, qdpx)
            assert _same_rows(tables(p), after)
        return stopped

    # A step after the commit lets the import finish whole (checked in attempt).
    assert each_stop(count.calls, 12, attempt) >= 10


def _same_rows(rows: dict, expected: dict) -> bool:
    """The same number of rows in every table: times, random UUIDs and hashes differ
    between two runs of one import, so rows are compared by count."""
    return {n: len(r) for n, r in rows.items()} == {n: len(r) for n, r in expected.items()}


def test_a_zip_listing_too_many_members_is_refused_before_its_directory_is_read(
        project, tmp_path, monkeypatch):
    """zipfile builds an object per member before anything can be checked: 300,000 empty
    members (a 33 MB file) took 6 s before the import even began. The
    directory's stated size is read from the end record first."""
    from workbench.core.exchange import qdpx_read

    members = {f"sources/{i}.txt": b"" for i in range(200)}
    path = _zip(tmp_path / "many.qdpx", _qde(), members)
    monkeypatch.setattr(qdpx_read, "MAX_DIRECTORY", 4096)
    opened = []
    monkeypatch.setattr(qdpx_read.zipfile, "ZipFile", lambda *a, **k: opened.append(a))
    _refused(project, path, "lists too many members")
    assert opened == []  # refused from the end record alone
    monkeypatch.undo()
    assert read_qdpx(project, path).result.documents == 0  # under the bound it reads


def test_codings_on_a_text_already_here_in_another_form_are_found_again(project, tmp_path):
    """The file's text is the bytes of a report imported before as .txt, whose CRLF
    line ends the import made LF. Before: the codings' offsets were applied to the
    stored text as they were, one character off per line ("o wounded p")."""
    from workbench.core.ops.importing import import_bytes

    crlf = "Field log\r\nDay one\r\nThe patrol found two wounded porters.\r\n"
    doc = import_bytes(project, crlf.encode(), "log.txt", sandbox=False).doc_id
    assert "\r" not in project.repo.get("document", doc)["text"]
    start = crlf.index("two wounded")
    sources = _source(1, crlf.replace("\r", "&#13;"), start=start, end=start + 11)
    summary = read_qdpx(project, _zip(tmp_path / "x.qdpx", _qde(_code(), sources))).result
    assert (summary.documents, summary.duplicates, summary.annotations) == (0, 1, 1)
    (ann,) = project.repo.annotations()
    assert ann["doc_id"] == doc and ann["exact"] == "two wounded"
    text = project.repo.get("document", doc)["text"]
    assert text[ann["start"]:ann["end"]] == "two wounded"


def test_an_empty_selection_is_skipped_with_a_sentence(project, tmp_path):
    # Before: make_anchor refused it and the whole import failed.
    sources = _source(1, start=4, end=4)
    summary = read_qdpx(project, _zip(tmp_path / "x.qdpx", _qde(_code(), sources))).result
    assert summary.annotations == 0 and summary.documents == 1
    assert any("is empty" in s for s in summary.skipped)


@pytest.mark.parametrize("change", [
    {"name": "Bad Name!"},
    {"fields": [{"name": "w", "type": "weird", "label": "W"}]},
    {"fields": [{"name": "n", "type": "text", "label": "N"}],
     "roles": {"count_low": "n"}},
    {"fields": [{"name": "o", "type": "enum", "label": "O", "choices": []}]},
    {"date_field": "missing"},
])
def test_a_kind_spec_the_program_could_not_make_is_read_as_a_plain_code(project, tmp_path,
                                                                        change):
    """Before: a workbench-spec line was stored as it came (a kind named "Bad Name!", a
    field of type "weird", a count role on a text field), reaching every reader that
    trusts the codebook."""
    import json

    spec = {"name": "raid", "label": "Raid", "key": "Z", "color": "#336699", **change}
    code = (f'<Code guid="{CODE}" name="Raid"><Description>workbench-spec: '
            f"{json.dumps(spec)}</Description></Code>")
    summary = read_qdpx(project, _zip(tmp_path / "x.qdpx", _qde(code, _source()))).result
    kind = project.codebook.kind("raid")
    assert kind.fields == () and kind.roles.count_low is None and kind.date_field is None
    assert any("is not a kind this program could make" in s for s in summary.skipped)
    assert summary.annotations == 1


def test_a_text_source_over_the_import_limit_is_refused_before_it_is_unpacked(
        project, tmp_path, monkeypatch):
    """A 600 KB file whose one source inflates to 600 MB of one letter was imported as a
    600 MB document (3.7 GB of memory, a 1.9 GB project): a source is a document, held
    to the size any imported file may have (here made small to keep the test quick)."""
    from workbench.core.importers import limits

    guid = SRC.format(n=1)
    qde = _qde(sources=f'<TextSource guid="{guid}" name="S1" '
                       f'plainTextPath="internal://{guid}.txt"/>')
    path = _zip(tmp_path / "bomb.qdpx", qde, {f"sources/{guid}.txt": b"a" * 300_000},
                zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 5_000
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100_000)
    unpacked = []
    real_read = zipfile.ZipFile.read
    monkeypatch.setattr(zipfile.ZipFile, "read",
                        lambda self, name, *a: unpacked.append(name) or real_read(self, name, *a))
    _refused(project, path, r"bomb.qdpx: its text source 'sources/.*\.txt' would unpack to "
                            r"300,000 bytes, over the 0.0953674 MB any imported file may hold")
    assert unpacked == ["project.qde"]
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 300_000)
    assert read_qdpx(project, path).result.documents == 1  # at the limit it is read


@pytest.mark.parametrize("written, stored", [
    ("2024-05-01T10:00:00+02:00", "2024-05-01T08:00:00.000Z"),
    ("2024-05-01T10:00:00", "2024-05-01T10:00:00.000Z"),
    ("2024-05-01T08:00:00.000Z", "2024-05-01T08:00:00.000Z"),
    ("yesterday", None),
    ("9999-01-01T00:00:00Z", None),
])
def test_a_codings_times_are_stored_as_the_program_writes_times(project, tmp_path, written,
                                                                stored):
    """Times are compared as text (a merge takes the newer version): "yesterday" kept as
    written sorted after every real time, so that coding won every merge for good, and
    "+02:00" sorted two hours wrong beside the program's "Z" times."""
    from workbench.core import clock

    coding = (f'<PlainTextSelection startPosition="0" endPosition="11" '
              f'creationDateTime="{written}" modifiedDateTime="{written}">'
              f'<Coding guid="dddddddd-0000-0000-0000-000000000001" '
              f'creationDateTime="{written}"><CodeRef targetGUID="{CODE}"/></Coding>'
              f"</PlainTextSelection>")
    source = (f'<TextSource guid="{SRC.format(n=1)}" name="S1"><PlainTextContent>{TEXT}'
              f"</PlainTextContent>{coding}</TextSource>")
    before = clock.now()
    read_qdpx(project, _zip(tmp_path / "t.qdpx", _qde(_code(), source)))
    (ann,) = project.repo.annotations()
    if stored is None:  # not a time, or one ahead: the import's
        assert before <= ann["created_at"] == ann["modified_at"] <= clock.now()
    else:
        assert ann["created_at"] == ann["modified_at"] == stored


def _text_source(guid: str, name: str, text: str) -> str:
    return (f'<TextSource guid="{guid}" name="{name}"><PlainTextContent>{text}'
            "</PlainTextContent></TextSource>")


def test_a_guid_that_is_no_uuid_is_not_a_documents_uuid(project, tmp_path):
    # Kept as the document's UUID, "../../x" went on into the names of the next export
    # (a REFI-QDA member "sources/../../x.txt", a W3C "urn:uuid:../../x").
    import uuid

    from workbench.core.exchange import write_file

    path = _zip(tmp_path / "x.qdpx", _qde(_code(), _text_source("../../x", "S1", TEXT)))
    summary = read_qdpx(project, path).result
    [(doc_uuid,)] = project.conn.execute("SELECT uuid FROM documents").fetchall()
    assert str(uuid.UUID(doc_uuid)) == doc_uuid
    assert summary.new_uuids == ["S1: its GUID '../../x' is not a UUID; its document was "
                                 "given a new one."]
    [entry] = project.repo.custody()
    assert "/../" not in entry["filename"].replace("\\", "/")
    write_file(project, "qdpx", tmp_path / "out.qdpx")
    with zipfile.ZipFile(tmp_path / "out.qdpx") as zf:
        assert sorted(zf.namelist()) == ["project.qde", f"sources/{doc_uuid}.txt"]


def test_a_guid_a_document_has_already_is_said(project, tmp_path, capsys):
    # Two sources of one file with one GUID: the second document gets a UUID of its own,
    # and the researcher is told that a merge will not know it by its GUID.
    from workbench.cli import main

    guid = SRC.format(n=1)
    path = _zip(tmp_path / "x.qdpx", _qde(_code(), _text_source(guid.upper(), "S1", TEXT)
                                          + _text_source("{" + guid + "}", "S2", TEXT + ".")))
    project.close()
    assert main(["import-qdpx", str(project.path), str(path)]) == 0
    err = capsys.readouterr().err
    assert err == ("workbench: S2: its GUID is the UUID of document 1 here (another text), "
                   "so its document was given a UUID of its own: a merge knows it by its "
                   "text's bytes only.\n")
    with Project.open(project.path) as p:
        uuids = [r[0] for r in p.conn.execute("SELECT uuid FROM documents ORDER BY id")]
    assert uuids[0] == guid and uuids[1] != guid
