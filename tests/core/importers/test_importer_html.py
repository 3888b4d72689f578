"""HTML, MHTML and e-mail: main text, metadata, charsets, and no network ever."""

from __future__ import annotations

import base64
import quopri
import socket

import pytest

from tests.core.importers.importer_samples import assert_one_sentence, fuzz
from workbench.core.importers import ImportRejected, parse_bytes, parse_file

ARTICLE = fuzz.SEED_HTML


def test_html_main_text_and_metadata() -> None:
    doc = parse_file(ARTICLE.encode("utf-8"), "article.html")
    assert doc.text.startswith("Shelling reported in the northern district")
    assert "at least seven people were injured" in doc.text
    assert "tracking" not in doc.text and "color: red" not in doc.text
    assert "Copyright" not in doc.text  # boilerplate dropped by trafilatura
    assert doc.title == "Shelling reported in the northern district"
    assert doc.author == "Jane Reporter"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://news.example.org/2024/03/05/shelling"
    assert doc.language == "en"
    assert doc.encoding == "utf-8"


def test_short_page_falls_back_to_visible_text() -> None:
    html = "<html><body><p>Short statement.</p><table><tr><td>a</td><td>b</td></tr></table>"
    doc = parse_bytes(html.encode(), "short.htm")
    assert "Short statement." in doc.text


def test_html_declared_windows_1256() -> None:
    body = "<p>قال المتحدث باسم الوزارة إن الوضع هادئ في المدينة صباح اليوم.</p>" * 5
    html = '<html lang="ar"><head><meta charset="windows-1256"><title>بيان</title></head>'
    html += f"<body><article>{body}</article></body></html>"
    doc = parse_bytes(html.encode("cp1256"), "bayan.html")
    assert "قال المتحدث باسم الوزارة" in doc.text
    assert doc.encoding == "cp1256"
    assert doc.language == "ar"
    assert doc.extra["direction"] == "rtl"


def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("an importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_a_url_is_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    """htmldate and trafilatura download strings that look like URLs; we pass trees."""
    _no_network(monkeypatch)
    try:
        doc = parse_bytes(b"https://example.org/tracker", "link.html")
        assert doc.text == "https://example.org/tracker"
    except ImportRejected as err:
        assert_one_sentence(str(err), "link.html")
    html = (
        '<html><body><img src="http://example.org/x.png"><iframe src="http://e.org/">'
        "</iframe><p>Text with a remote image and an iframe.</p></body></html>"
    )
    assert "Text with a remote image" in parse_bytes(html.encode(), "remote.html").text


def test_worker_has_no_network() -> None:
    from workbench.core.importers import worker

    # The guard itself, exercised in a throwaway copy of the socket module state.
    original = (
        socket.socket.connect,
        socket.getaddrinfo,
        socket.socket.connect_ex,
        socket.create_connection,
    )
    try:
        worker.block_network()
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", 9))
    finally:
        (
            socket.socket.connect,
            socket.getaddrinfo,
            socket.socket.connect_ex,
            socket.create_connection,
        ) = original


def _mhtml(html: str, encoding: str = "quoted-printable") -> bytes:
    raw = html.encode("utf-8")
    if encoding == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = quopri.encodestring(raw)
    return (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: https://news.example.org/story\r\n"
        b"Subject: =?utf-8?Q?Saved_story?=\r\n"
        b"Date: Tue, 5 Mar 2024 10:00:00 -0000\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="----BOUNDARY"\r\n\r\n'
        b"------BOUNDARY\r\n"
        b'Content-Type: text/html; charset="utf-8"\r\n'
        + f"Content-Transfer-Encoding: {encoding}\r\n".encode()
        + b"Content-Location: https://news.example.org/story\r\n\r\n"
        + payload
        + b"\r\n------BOUNDARY\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://news.example.org/pic.png\r\n\r\niVBORw0KGgo=\r\n"
        b"------BOUNDARY--\r\n"
    )


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_mhtml(cte: str) -> None:
    doc = parse_file(_mhtml(ARTICLE, cte), "story.mhtml")
    assert doc.importer == "mhtml"
    assert "at least seven people were injured" in doc.text
    assert doc.url == "https://news.example.org/story"
    assert doc.published == "2024-03-05"
    assert doc.title == "Shelling reported in the northern district"
    assert doc.extra["saved"].startswith("Tue, 5 Mar 2024")


def test_mhtml_is_recognised_without_extension() -> None:
    assert parse_bytes(_mhtml(ARTICLE), "saved-page").importer == "mhtml"


def test_mhtml_without_html_part() -> None:
    data = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n"
    )
    with pytest.raises(ImportRejected) as info:
        parse_file(data, "page.mht")
    assert_one_sentence(str(info.value), "page.mht")


EML_PLAIN = (
    "From: =?utf-8?b?2KPYrdmF2K8g2LnZhNmK?= <ahmed@example.org>\r\n"
    "To: desk@example.org\r\n"
    "Subject: =?utf-8?q?Casualty_update_=E2=80=93_5_March?=\r\n"
    "Date: Tue, 05 Mar 2024 09:15:00 +0200\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'
    "--XX\r\n"
    'Content-Type: multipart/alternative; boundary="YY"\r\n\r\n'
    "--YY\r\nContent-Type: text/plain; charset=windows-1256\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
)


def _eml() -> bytes:
    body = "قُتل شخصان في القصف.\r\nTwo people were killed in the shelling.\r\n"
    html = "<html><body><p>HTML version <b>only</b></p></body></html>"
    return (
        EML_PLAIN.encode("ascii")
        + body.encode("cp1256")
        + b"\r\n--YY\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + html.encode()
        + b"\r\n--YY--\r\n--XX\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="report.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQ=\r\n--XX--\r\n"
    )


def test_eml_prefers_plain_text_and_reads_headers() -> None:
    doc = parse_file(_eml(), "update.eml")
    assert doc.importer == "eml"
    assert doc.text == "قُتل شخصان في القصف.\nTwo people were killed in the shelling."
    assert doc.title == "Casualty update – 5 March"
    assert doc.author == "أحمد علي <ahmed@example.org>"
    assert doc.published == "2024-03-05"
    assert doc.encoding == "cp1256"
    assert doc.extra["attachments"] == ["report.pdf"]


def test_eml_html_only_body() -> None:
    data = (
        b"From: desk@example.org\r\nSubject: Note\r\nDate: Wed, 6 Mar 2024 08:00:00 +0000\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{}</style></head><body><p>First paragraph.</p>"
        b'<p>Second <img src="https://tracker.example/p.gif"> paragraph.</p></body></html>'
    )
    doc = parse_bytes(data, "note.eml")
    assert doc.text == "First paragraph.\nSecond paragraph."
    assert doc.author == "desk@example.org"
    assert doc.published == "2024-03-06"


def test_eml_without_body() -> None:
    data = b"From: a@example.org\r\nSubject: empty\r\nContent-Type: text/plain\r\n\r\n"
    with pytest.raises(ImportRejected) as info:
        parse_file(data, "empty.eml")
    assert_one_sentence(str(info.value), "empty.eml")


@pytest.mark.parametrize("wrap", ["article", "short"])
def test_a_templates_rows_are_not_text(wrap: str) -> None:
    """A <template> is inert markup for scripts to copy, never shown: trafilatura kept
    its rows as article text. A web page's hidden parts stay text: its scripts show
    them on a click ("read more") or once loaded (a page hidden whole until then, which
    taking them out made unimportable)."""
    lead = ("<p>Shelling hit the northern district of Ardmore before dawn on Monday, and "
            "at least four people were wounded, the district health office said.</p>")
    more = ("<p>Rescue teams searched two damaged houses near the market through the "
            "morning, and the office said the toll could still rise.</p>") * 3
    template = "<template><p>Row template: casualties reported in a district.</p></template>"
    hidden = "<div hidden><p>Read more: the market reopened at noon on Tuesday.</p></div>"
    body = lead + template + hidden + (more if wrap == "article" else "")
    doc = parse_bytes(f"<html><body><article>{body}</article></body></html>".encode(),
                      "page.html")
    assert "Row template" not in doc.text, doc.text
    assert "at least four people were wounded" in doc.text
    assert "the market reopened at noon on Tuesday" in doc.text


def test_a_page_hidden_until_its_scripts_run_is_still_read() -> None:
    para = ("<p>Shelling hit the northern district of Ardmore before dawn on Monday, and "
            "at least four people were wounded, the district health office said.</p>")
    page = f"<html><body style='display:none'>{para * 4}</body></html>"
    assert "four people were wounded" in parse_bytes(page.encode(), "page.html").text


def test_an_emails_hidden_preview_line_is_not_its_body() -> None:
    """A mail runs no script: what its HTML hides (a preview line, by the hidden
    attribute or an inline style) is never seen, and came first in its body."""
    html = ("<html><body><div style=\"color: grey; display : none !important\">Preview: "
            "shelling update</div><p hidden>Unsubscribe</p><span style=\"visibility:hidden"
            "\">spacer</span><p>The convoy reached the depot at noon.</p>"
            "<div hidden=\"until-found\"><p>Annex: the route.</p></div></body></html>")
    mail = ("From: Desk <desk@example.org>\r\nSubject: Convoy\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    doc = parse_bytes(mail, "convoy.eml")
    assert doc.text == "The convoy reached the depot at noon.\nAnnex: the route."


def _plain_mail(body: str, params: str) -> bytes:
    return ("From: Desk <desk@example.org>\r\nSubject: Convoy\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8{params}\r\n\r\n{body}").encode()


FLOWED = ("The district council said that at least seven \r\npeople were wounded when "
          "the \r\nconvoy was hit.\r\n\r\n> Earlier report: two \r\n> dead.\r\n"
          " >not a quote, stuffed\r\n-- \r\nDesk\r\n")


@pytest.mark.parametrize(("params", "body", "text"), [
    ("; format=flowed", FLOWED,
     "The district council said that at least seven people were wounded when the convoy "
     "was hit.\n\n> Earlier report: two dead.\n>not a quote, stuffed\n-- \nDesk"),
    # DelSp=yes: the space before each soft break is the program's, not the sender's.
    ('; format="Flowed"; delsp=yes', "Ein Kon\r\nvoi wurde getrof\r\nfen.\r\n",
     "Ein Kon\nvoi wurde getrof\nfen."),
    ('; format="Flowed"; delsp=yes', "Ein Kon \r\nvoi wurde getrof \r\nfen.\r\n",
     "Ein Konvoi wurde getroffen."),
    # Not flowed: a line's trailing space is the sender's, and the lines stay.
    ("", FLOWED, FLOWED.replace("\r\n", "\n").strip("\n")),
])
def test_a_flowed_plain_text_mail_is_read_as_written(params, body, text) -> None:
    """Mail programs wrap plain text as format=flowed (RFC 3676): a line ending in a
    space goes on in the next. Its lines broke mid-sentence in the document
    ("at least seven \\npeople were wounded") where the sender wrote one paragraph."""
    doc = parse_bytes(_plain_mail(body, params), "convoy.eml")
    assert doc.text == text
