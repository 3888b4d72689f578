"""A large document's search index body, cut into segments at paragraph boundaries.

FTS5 builds the terms of one row in memory before it writes them: indexing a 100 MB
document as one row held about 570 MB. A document longer than ``SEGMENT`` characters is
therefore indexed as several rows (keys ``d:{id}:{n}``), each about ``SEGMENT``
characters of the original text folded on its own, so FTS5 flushes its terms between
rows and at most one segment's folded copy is alive at a time. Folding maps each code
point on its own (see ``textnorm``), so the segments joined are exactly the folded whole.

Cuts fall after a newline, else after other whitespace, so no word is split; only a run
of ``SEGMENT`` characters without any whitespace is cut where it must be. A text still
held as UTF-8 bytes (an import, :class:`EncodedText`) is cut at exactly the same places,
decoding only a window at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.encodedtext import EncodedText
from workbench.core.textnorm import normalise

SEGMENT = 1 << 18  # characters of original text per index row (about 256 K)


def is_segmented(title: str, text: str | EncodedText, size: int = SEGMENT) -> bool:
    """Whether a document with this title and text is indexed in segments."""
    # At most size + 1 characters are looked at: enough to decide, cheap on 100 MB.
    length = len(text.head(size + 1)) if isinstance(text, EncodedText) else len(text)
    return len(title) + 1 + length > size


def cuts(text: str, size: int = SEGMENT) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of ``text``: at most ``size`` characters, cut at a break."""
    start, n = 0, len(text)
    while start < n:
        end = start + size
        if end >= n:
            yield start, n
            return
        cut = text.rfind("\n", start + 1, end)
        if cut == -1:
            cut = max(text.rfind(" ", start + 1, end), text.rfind("\t", start + 1, end))
        end = cut + 1 if cut != -1 else end
        yield start, end
        start = end


def pieces(text: str | EncodedText, size: int = SEGMENT) -> Iterator[str]:
    """The pieces :func:`cuts` makes, as strings, from a string or from UTF-8 bytes."""
    if not isinstance(text, EncodedText):
        for a, b in cuts(text, size):
            yield text[a:b]
        return
    # A window longer than ``size`` gives the same first cut as the whole text (the
    # cut only looks ``size`` characters ahead), and a shorter one is the whole rest.
    source = text.slices()
    window = ""
    exhausted = False
    while True:
        while len(window) <= size and not exhausted:
            more = next(source, None)
            exhausted = more is None
            window += more or ""
        if len(window) <= size:
            if window:
                yield window
            return
        _a, b = next(cuts(window, size))
        yield window[:b]
        window = window[b:]


def whole_body(title: str, text: str) -> str:
    """The folded body of the one index row of a document that is not segmented."""
    return normalise(title + "\n" + text)


def document_entries(doc_id: int, title: str, text: str | EncodedText,
                     size: int = SEGMENT) -> Iterator[tuple[str, str]]:
    """(index key, folded body) of each index row of a document, built one at a time."""
    if not is_segmented(title, text, size):
        yield f"d:{doc_id}", whole_body(
            title, text.decode() if isinstance(text, EncodedText) else text)
        return
    head = normalise(title + "\n")
    for n, piece in enumerate(pieces(text, size)):
        body = normalise(piece)
        yield f"d:{doc_id}:{n}", (head + body if n == 0 else body)


def segment_prefix(doc_id: int) -> tuple[str, str]:
    """Key range holding a document's segment keys (``d:5:`` up to ``d:5;``)."""
    return f"d:{doc_id}:", f"d:{doc_id};"
