"""Anchor annotations to text by code-point offsets and a quote selector.

Offsets alone break when a document is re-imported with small edits; the quote
(exact text with some context either side) lets us find the span again, and an
annotation that cannot be found is marked orphaned rather than dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from workbench.core.errors import AmbiguousQuote, AnchorError

CONTEXT = 32
# Below this similarity a fuzzy match is more likely wrong than right.
MIN_FUZZY_SCORE = 80.0


@dataclass(frozen=True)
class Anchor:
    """Where an annotation sits: its span, the quoted text and the text around it."""
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    state: str = "anchored"  # anchored | reanchored | orphaned

    def columns(self) -> dict[str, int | str]:
        """The annotation columns this anchor fills."""
        return {"start": self.start, "end": self.end, "exact": self.exact,
                "prefix": self.prefix, "suffix": self.suffix, "anchor": self.state}


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """An anchor for the span start..end of text; AnchorError when the span is empty or outside."""
    if not (0 <= start <= end <= len(text)):
        raise AnchorError(
            f"The span {start}–{end} lies outside the document (length {len(text)})."
        )
    if start == end:
        raise AnchorError("An annotation needs at least one character of text.")
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
    )


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of every occurrence of quote in text, overlapping ones included."""
    found, pos = [], text.find(quote)
    while pos != -1:
        found.append(pos)
        pos = text.find(quote, pos + 1)
    return found


def find_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """The span of ``quote`` in ``text``; ``occurrence`` counts from 1."""
    if not quote:
        raise AnchorError("The quote is empty.")
    hits = occurrences(text, quote)
    if not hits:
        raise AnchorError(f"The quote {quote!r} does not occur in the document.")
    if occurrence is None:
        if len(hits) > 1:
            raise AmbiguousQuote(
                f"The quote {quote!r} occurs {len(hits)} times; "
                f"say which occurrence, 1 to {len(hits)}, is meant.",
                len(hits),
            )
        occurrence = 1
    if not 1 <= occurrence <= len(hits):
        raise AnchorError(
            f"The quote {quote!r} occurs {len(hits)} times; occurrence {occurrence} does not exist."
        )
    start = hits[occurrence - 1]
    return start, start + len(quote)


def _context_score(text: str, start: int, end: int, old: Anchor) -> float:
    before = text[max(0, start - len(old.prefix)) : start]
    after = text[end : end + len(old.suffix)]
    score = 0.0
    if old.prefix:
        score += fuzz.ratio(before, old.prefix)
    if old.suffix:
        score += fuzz.ratio(after, old.suffix)
    return score


def reanchor(text: str, old: Anchor) -> Anchor:
    """Find ``old`` in a changed ``text``; returns an anchor with its new state."""
    if text[old.start : old.end] == old.exact:
        return make_anchor(text, old.start, old.end)
    hits = occurrences(text, old.exact)
    if hits:
        # Best context first, then nearest to where it used to be.
        best = max(
            hits,
            key=lambda s: (
                _context_score(text, s, s + len(old.exact), old),
                -abs(s - old.start),
            ),
        )
        new = make_anchor(text, best, best + len(old.exact))
        return Anchor(new.start, new.end, new.exact, new.prefix, new.suffix, "reanchored")
    fuzzy = _fuzzy_find(text, old)
    if fuzzy is not None:
        new = make_anchor(text, *fuzzy)
        return Anchor(new.start, new.end, new.exact, new.prefix, new.suffix, "reanchored")
    start = min(old.start, len(text))
    return Anchor(start, start, old.exact, old.prefix, old.suffix, "orphaned")


def _fuzzy_find(text: str, old: Anchor) -> tuple[int, int] | None:
    # Look near the old position first: edits rarely move a passage far.
    width = max(2000, 20 * len(old.exact))
    lo = max(0, old.start - width)
    windows = [(lo, min(len(text), old.end + width))]
    if windows[0] != (0, len(text)):
        windows.append((0, len(text)))
    for a, b in windows:
        res = fuzz.partial_ratio_alignment(old.exact, text[a:b], score_cutoff=MIN_FUZZY_SCORE)
        if res is not None:
            return _refine(text, old.exact, a + res.dest_start, a + res.dest_end)
    return None


def _refine(text: str, exact: str, start: int, end: int) -> tuple[int, int] | None:
    """Let the span grow or shrink: the rough match has the quote's old length."""
    slack = min(30, max(3, len(exact) // 4))
    best = (-1.0, start, end)
    for s in range(max(0, start - slack), min(len(text), start + slack) + 1):
        if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
            continue  # never start inside a word
        for e in range(max(s + 1, end - slack), min(len(text), end + slack) + 1):
            if e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
                continue
            score = fuzz.ratio(exact, text[s:e])
            if score > best[0]:
                best = (score, s, e)
    score, s, e = best
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if score >= MIN_FUZZY_SCORE and e > s else None
