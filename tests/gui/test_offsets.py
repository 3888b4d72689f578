"""Code points <-> UTF-16: the conversion the viewer relies on, property-tested."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from workbench.gui.offsets import OffsetMap, display_text

ALPHABET = st.one_of(
    st.sampled_from([*list("ab \n\r,."), "😀", "👍🏽", "𝔸", "𠀋", "قال", "ً", "ّ", "é", "\u200f"]),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@given(TEXTS, st.data())
def test_to_qt_counts_utf16_units(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    cp = data.draw(st.integers(0, len(text)))
    assert m.to_qt(cp) == utf16_len(text[:cp])
    assert m.to_cp(m.to_qt(cp)) == cp
    assert m.length_u16 == utf16_len(text)


@given(TEXTS, st.data())
def test_to_cp_rounds_down_inside_a_pair(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    u = data.draw(st.integers(0, utf16_len(text)))
    cp = m.to_cp(u)
    assert utf16_len(text[:cp]) <= u < utf16_len(text[: cp + 1]) or (cp == len(text))


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.data())
def test_qt_document_selects_the_same_characters(qapp, text: str, data: st.DataObject) -> None:
    """The real check: positions we compute select exactly text[start:end] in Qt."""
    doc = QTextDocument()
    doc.setPlainText(display_text(text))
    assert doc.characterCount() - 1 == utf16_len(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = OffsetMap(text)
    cursor = QTextCursor(doc)
    cursor.setPosition(m.to_qt(start))
    cursor.setPosition(m.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    got = cursor.selectedText()
    expected = display_text(text)[start:end]
    # Qt reports paragraph and line breaks as U+2029; everything else must match.
    for brk in ("\n", "\r", "\u2028"):
        expected = expected.replace(brk, "\u2029")
    assert got == expected


def test_identity_without_astral_characters() -> None:
    m = OffsetMap("قالَ المتحدثُ — plain BMP text")
    assert m.identity and m.to_qt(5) == 5 and m.to_cp(5) == 5


def test_emoji_and_arabic_example() -> None:
    text = "a😀b قال 👍🏽c"
    m = OffsetMap(text)
    assert m.to_qt(text.index("b")) == 3
    assert m.to_qt(text.index("c")) == utf16_len(text[: text.index("c")])
    assert m.span_to_cp(*m.span_to_qt(2, 5)) == (2, 5)


def test_a_long_text_with_one_astral_character_is_still_mapped() -> None:
    from workbench.gui.offsets import OffsetMap

    for filler in ("a", "é", "ق"):
        text = filler * 5000 + "😀" + "x"
        omap = OffsetMap(text)
        assert omap.to_qt(5001) == 5002 and omap.length_u16 == len(text) + 1
        assert OffsetMap(filler * 5000).identity


def test_a_leading_byte_order_mark_keeps_positions(qapp) -> None:
    text = "\ufeffKilled 12"
    doc = QTextDocument()
    doc.setPlainText(display_text(text))  # before: Qt dropped the mark, positions moved
    assert doc.characterCount() - 1 == len(text)
    cursor = QTextCursor(doc)
    cursor.setPosition(8)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == text[8:10]
