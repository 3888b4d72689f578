"""Plain text and Markdown: decoding, recorded encoding, rejections."""

from __future__ import annotations

import pytest

from tests.core.importers.importer_samples import assert_one_sentence
from workbench.core.importers import ImportRejected, parse_bytes, parse_file

ARABIC = (
    "قال المتحدث باسم وزارة الصحة إن القصف استهدف حي الشجاعية صباح الثلاثاء، "
    "وأسفر عن مقتل عشرة أشخاص وإصابة عشرين آخرين.\n"
    "وأضاف أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض."
)


def test_utf8_text_and_title() -> None:
    doc = parse_bytes(b"Field notes\r\n\r\nThe convoy arrived at noon.\r\n", "notes.txt")
    assert doc.text == "Field notes\n\nThe convoy arrived at noon.\n"
    assert doc.encoding == "utf-8"
    assert doc.title == "Field notes"
    assert doc.media_type == "text/plain"
    assert doc.importer == "text"


@pytest.mark.parametrize("text", [ARABIC, "بيان صحفي", "تقرير عن الوضع الإنساني في المدينة"])
def test_windows_1256_arabic_comes_out_right(text: str) -> None:
    doc = parse_bytes(text.encode("cp1256"), "bayan.txt")
    assert doc.text == text
    assert doc.encoding == "cp1256"
    assert doc.language == "ar"
    assert doc.extra["direction"] == "rtl"


def test_cp1256_through_the_sandbox() -> None:
    doc = parse_file(ARABIC.encode("cp1256"), "bayan.txt")
    assert doc.text == ARABIC
    assert doc.encoding == "cp1256"


def test_latin1_french_is_detected() -> None:
    text = "Le président a déclaré que les négociations étaient très difficiles à Genève."
    doc = parse_bytes(text.encode("cp1252"), "note.txt")
    assert doc.text == text
    assert doc.encoding.lower().replace("-", "_") in {"cp1252", "latin_1", "iso8859_1"}
    assert doc.language == "fr"


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig"])
def test_bom_texts(codec: str) -> None:
    doc = parse_bytes(ARABIC.encode(codec), "bom.txt")
    assert doc.text == ARABIC
    assert doc.encoding == codec


def test_utf16_without_bom() -> None:
    doc = parse_bytes("Plain report text in UTF-16.".encode("utf-16-le"), "wide.txt")
    assert doc.text == "Plain report text in UTF-16."
    assert doc.encoding == "utf-16-le"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_arabic_utf16_without_bom(codec: str) -> None:
    """Arabic has NUL high bytes only at spaces, digits and line ends (the rest are
    0x06): it was refused as binary data, though UTF-16 without a BOM is recognised."""
    text = ARABIC + "\nحصيلة 12 قتيلاً\n"
    doc = parse_bytes(text.encode(codec), "bayan.txt")
    assert doc.text == text
    assert doc.encoding == codec
    assert doc.extra["direction"] == "rtl"


def test_binary_with_nul_on_one_side_is_still_binary() -> None:
    """16-bit samples whose high bytes vary widely are not taken for one script's text."""
    samples = bytes(b for i in range(2000) for b in (i % 7 + 40, (i * 37) % 251 + 1 if i % 9
                                                        else 0))
    with pytest.raises(ImportRejected) as info:
        parse_bytes(samples, "samples.txt")
    assert "binary" in str(info.value)


def test_title_of_a_file_without_a_title_line_is_cut_at_a_word() -> None:
    para = ("Residents of the northern districts reported heavy shelling overnight, and "
            "the provincial health office said at least four people were wounded while "
            "rescue teams searched the rubble of two houses near the market.")
    doc = parse_bytes(f"{para}\n\nSecond paragraph.\n".encode(), "report.txt")
    assert doc.title is not None and doc.title.endswith("…")
    assert len(doc.title) <= 120
    assert para.startswith(doc.title[:-1])
    assert para[len(doc.title) - 1] == " "  # cut between words


def test_markdown_title_from_heading() -> None:
    doc = parse_bytes(b"# Weekly summary\n\n* item one\n", "summary.md")
    assert doc.title == "Weekly summary"
    assert doc.media_type == "text/markdown"
    assert doc.text.startswith("# Weekly summary")


def test_control_characters_are_dropped() -> None:
    doc = parse_bytes(b"one\x07 two\x1b three\tfour and more words", "ctl.txt")
    assert doc.text == "one two three\tfour and more words"


def test_binary_garbage_named_txt_is_rejected() -> None:
    garbage = bytes(range(256)) * 40
    with pytest.raises(ImportRejected) as info:
        parse_file(garbage, "notes.txt")
    assert_one_sentence(str(info.value), "notes.txt")
    assert "binary" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  "])
def test_empty_or_blank_file(data: bytes) -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(data, "blank.txt")
    assert_one_sentence(str(info.value), "blank.txt")


FRENCH = "Le café près du marché a été touché hier soir, selon la police.\n"
MIXED = FRENCH + "قال المتحدث إن ثلاثة مدنيين قتلوا.\n"


@pytest.mark.parametrize("stray", [b"\x92", b"\xff", b"\x96 end\n"])
@pytest.mark.parametrize("body", [FRENCH * 3, MIXED * 3])
def test_utf8_with_a_stray_byte_is_not_read_in_another_code_page(stray, body):
    # One byte that is not UTF-8 (a cp1252 quote pasted in, a torn download) sent the
    # file to detection, which read every line in another code page without a word
    # ("café près du marché" was stored as "cafÃĐ prÃĻs du marchÃĐ"), or refused it.
    doc = parse_bytes(body.encode("utf-8") + stray, "report.txt")
    assert doc.text.startswith(body.rstrip("\n")) and doc.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 1  # the stray byte alone, shown as such


def test_legacy_code_pages_are_still_recognised():
    french = ("Le café près du marché a été touché hier soir, selon la police.\n" * 3)
    assert parse_bytes(french.encode("cp1252"), "f.txt").text.startswith("Le café près")
    arabic = "قال المتحدث إن ثلاثة مدنيين قتلوا في القصف على السوق.\n" * 3
    assert parse_bytes(arabic.encode("cp1256"), "a.txt").text.startswith(arabic[:20])


ENGLISH = ("The health ministry's spokesperson said the shelling hit the district on "
           "Tuesday morning, killing ten people, and that rescue teams were still "
           "searching the rubble of two houses.\n")


SHORT_ARABIC = "وأفادت وزارة الصحة بمقتل عشرة أشخاص في القصف صباح الثلاثاء.\n"


@pytest.mark.parametrize("text", [ENGLISH + SHORT_ARABIC, ENGLISH * 2 + SHORT_ARABIC,
                                  SHORT_ARABIC + ENGLISH, ENGLISH + ARABIC])
def test_a_bilingual_windows_1256_text_keeps_its_arabic(text: str) -> None:
    """English over Arabic in one Windows-1256 file: its ASCII letters outnumber the
    Arabic ones, so it went to detection, which read it as Windows-1252 and stored every
    Arabic word as 'ÕÈÇÍ ÇáËáÇËÇÁ'. Arabic words are all high bytes, apart from ASCII
    letters; that is what tells them from an accent inside a Latin word."""
    doc = parse_bytes(text.encode("cp1256"), "bayan.txt")
    assert doc.text == text
    assert doc.encoding == "cp1256"


def test_german_in_windows_1252_is_not_taken_for_arabic() -> None:
    german = ("Die Polizei sagte, das Café am Markt sei gestern Abend getroffen worden; "
              "Käse und Brötchen lagen auf der Straße, größere Schäden gab es nicht.\n")
    doc = parse_bytes(german.encode("cp1252"), "bericht.txt")
    assert doc.text == german
    assert doc.encoding != "cp1256"
