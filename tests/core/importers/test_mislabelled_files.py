"""Files that lie about their type: a .pdf or .docx holding a web page, an e-mail, a zip
or plain text is refused in a sentence that says what it holds and how to import it,
not as a damaged PDF or Word document; bytes that are nothing recognisable keep the
format's own sentence."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.core.importers.importer_samples import assert_one_sentence
from workbench.core.importers import ImportRejected, parse_bytes, parse_file

PAGE = (b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
        b"<p>Please sign in to download the field report.</p></body></html>")
MAIL = (b"From: Desk <desk@example.org>\r\nTo: team@example.org\r\nSubject: Convoy\r\n"
        b"Date: Tue, 05 Mar 2024 09:00:00 +0000\r\n\r\nThe convoy reached the depot.\r\n")
NOTES = b"Field notes: the convoy reached the depot at noon.\n"


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "The convoy reached the depot.")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "held", "advice"), [
    ("report.pdf", PAGE, "a web page (HTML)", "rename it to .html"),
    ("report.docx", PAGE, "a web page (HTML)", "rename it to .html"),
    ("report.pdf", MAIL, "an e-mail", "rename it to .eml"),
    ("report.pdf", NOTES, "plain text", "rename it to .txt"),
    ("report.docx", NOTES, "plain text", "rename it to .txt"),
    ("report.pdf", _zip(), "a zip archive", "unpack it"),
])
def test_a_mislabelled_file_is_refused_for_what_it_holds(name, data, held, advice):
    with pytest.raises(ImportRejected) as info:
        parse_file(data, name)
    message = str(info.value)
    assert_one_sentence(message, name)
    kind = "a PDF" if name.endswith(".pdf") else "a Word document"
    assert f"is named {name[name.rfind('.'):]} but is not {kind}: it holds {held}" in message
    assert advice in message
    assert "damaged" not in message


@pytest.mark.parametrize(("name", "data", "sentence"), [
    # Binary bytes with no signature: a PDF torn at its start is still a damaged PDF.
    ("report.pdf", bytes(range(256)) * 4, "the PDF is damaged"),
    # An old binary Office file named .docx keeps its own sentence.
    ("report.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old .doc format"),
])
def test_unrecognised_bytes_keep_the_formats_sentence(name, data, sentence):
    with pytest.raises(ImportRejected) as info:
        parse_bytes(data, name)
    assert sentence in str(info.value)


def test_the_page_renamed_as_told_imports():
    doc = parse_bytes(PAGE, "report.html")
    assert "Please sign in" in doc.text
