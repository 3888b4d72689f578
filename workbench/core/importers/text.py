"""Plain text and Markdown: decoding is the whole job.

UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; anything
else goes to charset-normalizer. Short Arabic texts in Windows-1256 are too short
for statistical detection, so they are recognised first by their byte pattern.
"""

from __future__ import annotations

import re

from workbench.core.importers import limits
from workbench.core.importers.base import ImportedDocument, clean_text, none_if_blank

VERSION = "5"  # 3: the title cut at a word; 4: UTF-8 with a few stray bytes stays UTF-8;
# 5: bilingual Windows-1256 and BOM-less one-script UTF-16 recognised
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# charset-normalizer is slow on large inputs and gains nothing beyond a sample.
_DETECT_SAMPLE = 1024 * 1024


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def _looks_like_cp1256_arabic(data: bytes) -> bool:
    """Windows-1256 Arabic: high bytes that are nearly all Arabic letters, and either
    few ASCII letters or high bytes that keep apart from them (a cp1252 German 'ä'
    also lands on an Arabic letter, but inside a word of ASCII letters, 'Käse'; Arabic
    words are all high bytes). The second reading lets a bilingual text in, an
    English paragraph over an Arabic one: its ASCII letters outnumbered the Arabic,
    so it went to detection, which read it as Windows-1252 and turned every Arabic
    word into 'ÕÈÇÍ ÇáËáÇËÇÁ'."""
    try:
        text = data[:_DETECT_SAMPLE].decode("cp1256")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if ord(ch) > 127]
    arabic = sum(1 for ch in high if _is_arabic_letter(ch) or "\u064b" <= ch <= "\u0652")
    if arabic < 3 or arabic < 0.9 * len(high):
        return False
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if ascii_letters < arabic:
        return True
    from itertools import pairwise

    beside = sum(1 for a, b in pairwise(text)
                 if (ord(a) > 127 and b.isascii() and b.isalpha())
                 or (ord(b) > 127 and a.isascii() and a.isalpha()))
    return beside <= 0.05 * len(high)


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 are still UTF-8 with a few bytes astray:
    its valid multi-byte sequences far outnumber the invalid bytes. A text in a legacy
    code page (cp1252, cp1256) seldom forms a valid UTF-8 sequence by chance, so its
    invalid bytes outnumber its valid sequences instead."""
    sample = data[:_DETECT_SAMPLE]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - sample.count(b"\xef\xbf\xbd")
    if len(sample) < len(data):
        bad -= 1  # the sample may cut a sequence at its end
    wide = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    return wide >= 8 and wide >= 8 * max(bad, 1)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position: in nearly every
    high byte of a Latin text, and in a text of one other script (Arabic: U+06xx) in the
    high bytes of its spaces, digits and line ends, the rest of them that script's one
    value. Such a text was refused as binary data."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    for high, low, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if 0 in low or high.count(0) < max(2, 0.02 * len(high)):
            continue
        # The high bytes of one script's text: a few values, NUL among them, make nearly
        # all of them (binary data with NULs on one side spreads over many values).
        counts = sorted((high.count(v) for v in set(high)), reverse=True)
        if sum(counts[:3]) >= 0.95 * len(high):
            return enc
    return None


def decode_text(data: bytes, filename: str) -> tuple[str, str]:
    """Return (text, encoding name) or reject bytes that are not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                break
    # Before UTF-8: NUL bytes are valid UTF-8, so UTF-16 would "decode" as UTF-8.
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data[:8192] and _mostly_utf8(data):
        # A UTF-8 text with a few stray bytes (a torn download, one cp1252 quote pasted
        # in) went to detection, which read the whole text in another code page:
        # "café près" became "cafÃĐ prÃĻs" in every line, without a word. Only the
        # stray bytes are lost now, each shown as U+FFFD; the original keeps them.
        return data.decode("utf-8", errors="replace"), "utf-8"
    if b"\x00" in data[:8192]:
        raise limits.rejected(filename, "the file is binary data, not text")
    if _looks_like_cp1256_arabic(data):
        return data.decode("cp1256"), "cp1256"
    from charset_normalizer import from_bytes  # lazy: keeps worker start fast

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        raise limits.rejected(filename, "the text encoding could not be recognised")
    encoding = best.encoding
    if encoding != "cp1252" and _prefer_cp1252(data):
        return data.decode("cp1252"), "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _prefer_cp1252(data: bytes) -> bool:
    """Short Western European texts are often mistaken for Central European code
    pages. Take Windows-1252 when it decodes every high byte to a letter and the
    result reads as English, French, Spanish or German."""
    from workbench.core.importers.language import detect_language

    try:
        text = data[:_DETECT_SAMPLE].decode("cp1252")
    except UnicodeDecodeError:
        return False
    if not all(ch.isalpha() for ch in text if ord(ch) > 127):
        return False
    return detect_language(text) in {"en", "fr", "es", "de"}


# Replacement characters, and control characters other than tab, newline, form feed, CR.
_BINARY = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _binary_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_BINARY.findall(sample)) / len(sample)


TITLE_CHARS = 120


def first_line_title(text: str, limit: int = TITLE_CHARS) -> str | None:
    """The first non-blank line as a title, without Markdown's leading #s. A file with
    no title line starts with its first paragraph, one long line: cut it at the last
    word that fits ``limit`` characters and mark the cut with "…"."""
    line = next((ln for ln in text.split("\n") if ln.strip()), "")
    title = none_if_blank(" ".join(line.strip().lstrip("#").split()), 10 * limit)
    if title is None or len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # a word boundary not too far back; else cut mid-word
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


class TextImporter:
    name = "text"
    version = VERSION
    extensions = (".txt", ".text", ".md", ".markdown")
    damaged = "the text file could not be read"

    def sniff(self, data: bytes, filename: str) -> bool:
        return False  # plain text has no signature; chosen by extension only

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        raw, encoding = decode_text(data, filename)
        if _binary_share(raw) > 0.1:
            raise limits.rejected(filename, "the file is binary data, not text")
        text = clean_text(raw.lstrip("\ufeff"))
        is_md = filename.lower().endswith((".md", ".markdown"))
        title = first_line_title(text)
        return ImportedDocument(
            text=text,
            importer="markdown" if is_md else "text",
            importer_version=VERSION,
            media_type="text/markdown" if is_md else "text/plain",
            title=title,
            encoding=encoding,
        )
