"""Search normalisation: fold case, diacritics and Arabic letter variants.

FTS5's tokenizer does not strip Arabic harakat, so a bare word would miss its
vocalised form; the index stores a normalised copy and queries are folded the
same way.
"""

from __future__ import annotations

import unicodedata

# Letter variants an Arabic reader treats as the same letter when searching.
_ARABIC_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0622": "\u0627",  # alef with madda
        "\u0671": "\u0627",  # alef wasla
        "\u0672": "\u0627",
        "\u0673": "\u0627",
        "\u0624": "\u0648",  # waw with hamza
        "\u0626": "\u064a",  # ya with hamza
        "\u0649": "\u064a",  # alef maqsura
        "\u0629": "\u0647",  # ta marbuta
        "\u0640": None,  # tatweel
    }
)


_COMBINING: dict[int, None] | None = None


def _combining_table() -> dict[int, None]:
    # Built once (about 0.15 s): str.translate then strips marks at C speed.
    global _COMBINING
    if _COMBINING is None:
        _COMBINING = {
            cp: None for cp in range(0x110000) if unicodedata.combining(chr(cp))
        }
    return _COMBINING


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.translate(_ARABIC_FOLD).casefold()


# Longer texts are folded a slice at a time: each step (NFKD, the two translations,
# casefold) makes a copy, and on a 100 MB document those copies cost gigabytes. Every
# step maps one code point on its own (marks that NFKD would reorder are removed), so
# the slices fold exactly as the whole.
_FOLD_SLICE = 1 << 20


def normalise(text: str) -> str:
    """Fold ``text`` for matching; the result may differ in length."""
    if len(text) > _FOLD_SLICE:
        return "".join(_fold(text[i : i + _FOLD_SLICE])
                       for i in range(0, len(text), _FOLD_SLICE))
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.translate(_combining_table()).translate(_ARABIC_FOLD).casefold()


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each folded character, its source index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point spans in ``text`` where the folded ``query`` occurs folded.

    A query word holds no newline and folding maps each code point on its own, so no
    match crosses a line: lines are folded fast first and only lines that hold the word
    are folded again with a map back (per character, slow), not the whole text.
    """
    needle = normalise(query).strip()
    if not needle or "\n" in needle:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        if needle in normalise(text[start:stop]):
            spans.extend((start + s, start + e)
                         for s, e in _find_in_line(text[start:stop], needle))
        start = stop + 1
    return spans


def _find_in_line(text: str, needle: str) -> list[tuple[int, int]]:
    folded, index = normalise_with_map(text)
    spans: list[tuple[int, int]] = []
    pos = folded.find(needle)
    while pos != -1:
        end = index[pos + len(needle) - 1] + 1
        # Marks after the last letter belong to it (a vowel sign, a tatweel).
        while end < len(text) and _fold_char(text[end]) == "":
            end += 1
        spans.append((index[pos], end))
        pos = folded.find(needle, pos + len(needle))
    return spans
