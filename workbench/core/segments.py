"""A large document's search index body, cut into segments at paragraph boundaries.

FTS5 builds the terms of one row in memory before it writes them: indexing a 100 MB
document as one row held about 570 MB. A document longer than ``SEGMENT`` characters is
therefore indexed as several rows (keys ``d:{id}:{n}``), each about ``SEGMENT``
characters of the original text folded on its own, so FTS5 flushes its terms between
rows and at most one segment's folded copy is alive at a time. Folding maps each code
point on its own (see ``textnorm``), so the segments joined are exactly the folded whole.

Cuts fall after a newline, else after other whitespace, so no word is split; only a run
of ``SEGMENT`` characters without any whitespace is cut where it must be.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.textnorm import normalise

SEGMENT = 1 << 18  # characters of original text per index row (about 256 K)


def is_segmented(title: str, text: str, size: int = SEGMENT) -> bool:
    """Whether a document with this title and text is indexed in segments."""
    return len(title) + 1 + len(text) > size


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


def document_entries(doc_id: int, title: str, text: str,
                     size: int = SEGMENT) -> Iterator[tuple[str, str]]:
    """(index key, folded body) of each index row of a document, built one at a time."""
    if not is_segmented(title, text, size):
        yield f"d:{doc_id}", normalise(title + "\n" + text)
        return
    head = normalise(title + "\n")
    for n, (a, b) in enumerate(cuts(text, size)):
        body = normalise(text[a:b])
        yield f"d:{doc_id}:{n}", (head + body if n == 0 else body)


def segment_prefix(doc_id: int) -> tuple[str, str]:
    """Key range holding a document's segment keys (``d:5:`` up to ``d:5;``)."""
    return f"d:{doc_id}:", f"d:{doc_id};"
