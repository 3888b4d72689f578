"""DOCX: paragraphs, tables, core properties, and the zip/XML safety checks."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from tests.core.importers.importer_samples import assert_one_sentence, make_docx, rewrite_zip
from workbench.core.importers import ImportRejected, limits, parse_bytes, parse_file


def _statement() -> bytes:
    return make_docx(
        ["Statement on the events of 5 March.", "بيان حول أحداث الخامس من آذار."],
        table=[["Place", "Injured", "Killed"], ["Market", "7", "2"]],
        title="Statement",
        author="Press office",
        created="2024-03-05T09:30:00",
    )


def test_paragraphs_table_and_metadata() -> None:
    doc = parse_file(_statement(), "statement.docx")
    assert doc.text == (
        "Statement on the events of 5 March.\n"
        "بيان حول أحداث الخامس من آذار.\n"
        "Place | Injured | Killed\n"
        "Market | 7 | 2"
    )
    assert doc.title == "Statement"
    assert doc.author == "Press office"
    assert doc.published == "2024-03-05"
    assert doc.importer == "docx"


def test_merged_cells_appear_once() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Header across"
    for c, value in enumerate(["a", "b", "c"]):
        table.cell(1, c).text = value
    buf = io.BytesIO()
    document.save(buf)
    doc = parse_bytes(buf.getvalue(), "merged.docx")
    assert doc.text.splitlines() == ["Header across", "a | b | c"]


def _bomb_docx(size: int) -> bytes:
    def add_bomb(name: str, body: bytes) -> bytes:
        return body

    data = rewrite_zip(_statement(), add_bomb)
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/image1.bin", b"\0" * size)
    return out.getvalue()


def test_zip_bomb_member_ratio_is_rejected() -> None:
    data = _bomb_docx(20 * 1024 * 1024)
    assert len(data) < 200_000
    with pytest.raises(ImportRejected) as info:
        parse_file(data, "notes.docx")
    assert_one_sentence(str(info.value), "notes.docx")
    assert "decompression bomb" in str(info.value)


def test_zip_total_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "ZIP_MAX_TOTAL_BYTES", 1024 * 1024)
    with pytest.raises(ImportRejected) as info:
        parse_bytes(_bomb_docx(2 * 1024 * 1024), "big.docx")
    assert str(info.value) == (
        "big.docx: the archive expands to more than 1 MB, which looks like a "
        "decompression bomb; it was not opened."
    )


def test_too_many_members(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "ZIP_MAX_MEMBERS", 5)
    with pytest.raises(ImportRejected) as info:
        parse_bytes(_statement(), "many.docx")
    assert_one_sentence(str(info.value), "many.docx")
    assert "parts" in str(info.value)


def _with_document_xml(prefix: bytes) -> bytes:
    def change(name: str, body: bytes) -> bytes:
        if name != "word/document.xml":
            return body
        # Replace the XML declaration with one followed by the DOCTYPE.
        return (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            + prefix
            + body.split(b"?>", 1)[1]
        )

    return rewrite_zip(_statement(), change)


BILLION_LAUGHS = b"""<!DOCTYPE w:document [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def test_billion_laughs_is_rejected_quickly() -> None:
    data = _with_document_xml(BILLION_LAUGHS)
    start = time.monotonic()
    with pytest.raises(ImportRejected) as info:
        parse_file(data, "laughs.docx")
    assert time.monotonic() - start < 5
    assert_one_sentence(str(info.value), "laughs.docx")
    assert "DOCTYPE" in str(info.value)


def test_doctype_in_utf16_part_is_found() -> None:
    def change(name: str, body: bytes) -> bytes:
        if name != "word/styles.xml":
            return body
        return b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'.decode().encode("utf-16")

    with pytest.raises(ImportRejected) as info:
        parse_bytes(rewrite_zip(_statement(), change), "wide.docx")
    assert "DOCTYPE" in str(info.value)


def test_python_docx_parser_never_expands_entities() -> None:
    """Defence in depth: even past the DOCTYPE check, lxml would not expand."""
    from docx.oxml.parser import oxml_parser
    from lxml import etree

    root = etree.fromstring(b'<!DOCTYPE x [<!ENTITY a "expanded">]><x>&a;</x>', oxml_parser)
    assert "expanded" not in etree.tostring(root).decode()


def test_encrypted_member_is_rejected() -> None:
    data = bytearray(_statement())
    # Set the "encrypted" flag bit in every central directory entry.
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        data[pos + 8] |= 0x01
        pos = data.find(b"PK\x01\x02", pos + 4)
    with pytest.raises(ImportRejected) as info:
        parse_file(bytes(data), "locked.docx")
    assert_one_sentence(str(info.value), "locked.docx")
    assert "encrypted" in str(info.value)


def test_password_protected_office_file() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000
    with pytest.raises(ImportRejected) as info:
        parse_file(ole, "secret.docx")
    assert_one_sentence(str(info.value), "secret.docx")
    assert "password-protected" in str(info.value)


def test_zip_that_is_not_a_word_file() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(ImportRejected) as info:
        parse_file(out.getvalue(), "archive.docx")
    assert_one_sentence(str(info.value), "archive.docx")


@pytest.mark.parametrize("cut", [30, 1000, -30])
def test_truncated_docx(cut: int) -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(_statement()[:cut], "cut.docx")
    assert_one_sentence(str(info.value), "cut.docx")


# Runs as Word writes them around tracked changes, smart tags, inline content controls,
# fields and hidden text; each stands in for a plain run of the paragraph below.
W_RUN = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
TRACKED = (
    W_RUN.format("The council said ")
    + '<w:del w:id="1" w:author="ed" w:date="2024-03-06T00:00:00Z"><w:r>'
      "<w:delText>four</w:delText></w:r></w:del>"
    + '<w:ins w:id="2" w:author="ed" w:date="2024-03-06T00:00:00Z">'
    + W_RUN.format("seven") + "</w:ins>"
    + W_RUN.format(" people were wounded in ")
    + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
    + W_RUN.format("Kfar Ardmore") + "</w:smartTag>"
    + W_RUN.format(" on ")
    + '<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>' + W_RUN.format("5 March")
    + "</w:sdtContent></w:sdt>"
    + '<w:moveFrom w:id="3" w:author="ed" w:date="2024-03-06T00:00:00Z">'
    + W_RUN.format(", officials said") + "</w:moveFrom>"
    + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (check the list)</w:t></w:r>'
    + '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>,</w:t></w:r>'
    + '<w:fldSimple w:instr=" AUTHOR ">' + W_RUN.format(" the desk reported") + "</w:fldSimple>"
    + '<w:moveTo w:id="4" w:author="ed" w:date="2024-03-06T00:00:00Z">'
    + W_RUN.format(", officials said") + "</w:moveTo>"
    + W_RUN.format(".")
)


def _tracked_docx() -> bytes:
    plain = make_docx(["PARAGRAPH"], table=[["Place", "CELL"]])

    def change(name: str, body: bytes) -> bytes:
        if name != "word/document.xml":
            return body
        xml = body.decode("utf-8")
        for marker in ("PARAGRAPH", "CELL"):
            run = f"<w:r><w:t>{marker}</w:t></w:r>"
            assert run in xml
            xml = xml.replace(run, TRACKED)
        return xml.encode("utf-8")

    return rewrite_zip(plain, change)


def test_tracked_changes_smart_tags_and_hidden_text() -> None:
    """The text is what Word shows with the changes accepted. python-docx's paragraph
    text reads only direct runs and links: a tracked insertion ("seven"), a smart tag's
    place name, an inline date control, a field's result and moved text were dropped,
    in paragraphs and table cells alike; hidden text came through."""
    sentence = ("The council said seven people were wounded in Kfar Ardmore on 5 March, "
                "the desk reported, officials said.")
    doc = parse_bytes(_tracked_docx(), "tracked.docx")
    assert doc.text == f"{sentence}\nPlace | {sentence}"
