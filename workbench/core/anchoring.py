"""Anchor annotations to text by code-point offsets and a quote selector.

Offsets alone break when a document is re-imported with small edits; the quote
(exact text with some context either side) lets us find the span again, and an
annotation that cannot be found is marked orphaned rather than dropped.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field

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
    # Why an orphan is one, when a candidate was refused (LOOKALIKE); not stored.
    note: str = field(default="", compare=False)

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


# The evidence a fuzzy candidate needs: its words' similarity to the quote plus that of
# the worse of its two sides of context (each 0-100). A corrected figure keeps both its
# words and its surroundings (about 190-200); a look-alike neighbour has other words and
# at best one side of the old context, the text before a removed sentence now standing
# before the next one (about 150-165 in docs/design.md's cases).
MIN_EVIDENCE = 170.0
# Enough when only one side of context matches: the words differ by a small correction.
CLOSE_WORDS = 90.0
# Both sides of context at least this similar: the surroundings were kept.
KEPT_CONTEXT = 95.0
# A second candidate this close to the best makes the match a guess: refused.
RIVAL_MARGIN = 10.0
# The same words found elsewhere keep their annotation if one side of context matches.
EXACT_SIDE = 80.0
# Characters either side of a context window that may shift (a word inserted at the
# quote's edge) before a side stops matching.
SIDE_SLACK = 8
# A stored side this long (characters) is looked for in the new text to place the quote;
# at most this many of its occurrences are tried.
PLACE_CONTEXT = 8
PLACES = 4
# Why an orphan was left orphaned, when it was a refusal rather than nothing found.
LOOKALIKE = "lookalike"

# Arabic harakat (fathatan to the sukun and the rarer marks after it, the superscript
# alef) and tatweel: added or removed, they leave the same words, so matching ignores them.
_MARKS = frozenset([*map(chr, range(0x064B, 0x0660)), "\u0670", "\u0640"])
_MARKS_RE = re.compile("[\u064B-\u065F\u0670\u0640]")


def without_marks(text: str) -> str:
    """The text with Arabic harakat and tatweel removed (they change no word)."""
    return _MARKS_RE.sub("", text)


@dataclass(frozen=True)
class _View:
    """A text with harakat and tatweel removed, and where the removed marks were."""
    text: str
    # For the i-th removed mark, the view's offset where it stood (nondecreasing);
    # None when nothing was removed and offsets are the text's own. An array, not a
    # list: a fully vowelled text removes about a third of its characters.
    gaps: array | None

    def offset(self, original: int) -> int:
        """The view's offset of an offset in the original text."""
        if self.gaps is None:
            return original
        # Marks removed before ``original``: those whose view offset + index is below it.
        lo, hi = 0, len(self.gaps)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.gaps[mid] + mid < original:
                lo = mid + 1
            else:
                hi = mid
        return original - lo

    def _original(self, at: int) -> int:
        # The view's character ``at`` in the original: after every mark removed at or
        # before its place.
        return at + bisect.bisect_right(self.gaps, at) if self.gaps is not None else at

    def span(self, original: str, start: int, end: int) -> tuple[int, int]:
        """The original span of the view's start..end, with the marks on its last letter."""
        if self.gaps is None:
            return start, end
        s, e = self._original(start), self._original(end - 1) + 1
        while e < len(original) and original[e] in _MARKS:
            e += 1
        return s, e


def _view(text: str) -> _View:
    if text.isascii() or not _MARKS_RE.search(text):  # isascii: C speed, no scan
        return _View(text, None)
    gaps = array("q")
    removed = 0
    for m in _MARKS_RE.finditer(text):
        for i in range(m.start(), m.end()):
            gaps.append(i - removed)
            removed += 1
    return _View(without_marks(text), gaps)


class Reanchoring:
    """Re-anchors the annotations of one document against its new text, folding the new
    and the old text once for all of them (a re-import has thousands)."""

    def __init__(self, text: str, old_text: str | None = None) -> None:
        self.text, self.view = text, _view(text)
        self._old_text = old_text
        self._before: _View | None = None

    @property
    def before(self) -> _View | None:
        """The old text's view, folded when first needed (most anchors never ask)."""
        if self._before is None and self._old_text is not None:
            self._before = _view(self._old_text)
        return self._before

    def __call__(self, old: Anchor) -> Anchor:
        return _reanchor(self, old)


def _side(have: str, want: str) -> float:
    # The stored context against the text now beside the span, a little wider so that a
    # word inserted at the quote's edge does not hide a side that still matches.
    # Shorter than the stored context (the document's edge came closer): compared
    # whole, or a bare ".\n" would match inside any stored sentence end.
    return fuzz.partial_ratio(want, have) if len(have) >= len(want) else fuzz.ratio(want, have)


def _sides(view: str, start: int, end: int, prefix: str, suffix: str) -> list[float]:
    """How well each non-empty side of the stored context matches the text around."""
    out = []
    if prefix:
        out.append(_side(view[max(0, start - len(prefix) - SIDE_SLACK) : start], prefix))
    if suffix:
        out.append(_side(view[end : end + len(suffix) + SIDE_SLACK], suffix))
    return out


def _reanchored(text: str, span: tuple[int, int]) -> Anchor:
    new = make_anchor(text, *span)
    return Anchor(new.start, new.end, new.exact, new.prefix, new.suffix, "reanchored")


def _orphan(text: str, old: Anchor, note: str = "") -> Anchor:
    start = min(old.start, len(text))
    return Anchor(start, start, old.exact, old.prefix, old.suffix, "orphaned", note)


def reanchor(text: str, old: Anchor, old_text: str | None = None) -> Anchor:
    """Find ``old`` in a changed ``text``; returns an anchor with its new state.
    (For many annotations on one text, :class:`Reanchoring` folds the texts once.)

    Steps, each only when the one before finds nothing: the same words at the same
    offsets; the same words elsewhere (harakat and tatweel ignored); similar words
    (rapidfuzz), near the old position first. A candidate that is not clearly the
    annotated passage is refused and the annotation orphaned: a wrong anchor is worse.
    ``old_text``, the text the anchor was made on, tells a passage that was there
    already (a look-alike neighbour, another copy of a repeated formula) from the
    annotated one corrected; callers without it (a merge, a QDPX import) rely on the
    stored prefix and suffix. An orphan whose candidate was refused has note LOOKALIKE.
    """
    if text[old.start : old.end] == old.exact:  # before folding the texts: the common case
        return make_anchor(text, old.start, old.end)
    return Reanchoring(text, old_text)(old)


def _reanchor(job: Reanchoring, old: Anchor) -> Anchor:
    text, view, before = job.text, job.view, job.before
    if text[old.start : old.end] == old.exact:
        return make_anchor(text, old.start, old.end)
    quote, prefix, suffix = (without_marks(t) for t in (old.exact, old.prefix, old.suffix))
    hits = occurrences(view.text, quote) if quote else []
    if hits:
        at = view.offset(old.start)
        # The common case, text added or cut elsewhere: a copy with its stored
        # surroundings intact on both sides is the passage (the nearest, if several).
        kept = [s for s in hits if view.text.startswith(prefix, s - len(prefix))
                and view.text.startswith(suffix, s + len(quote))
                and s >= len(prefix)]
        if kept:
            s = min(kept, key=lambda s: abs(s - at))
            return _reanchored(text, view.span(text, s, s + len(quote)))
        alone = len(hits) == 1 and _copies(before, quote) <= 1
        scored = sorted(((_sides(view.text, s, s + len(quote), prefix, suffix) or [100.0],
                          s) for s in hits),
                        key=lambda hit: (sum(hit[0]), -abs(hit[1] - at)), reverse=True)
        for sides, s in scored:
            # The same words with one side of their surroundings: the annotated passage.
            # With neither, only if they were and are the one copy (no repeated formula).
            if max(sides) < EXACT_SIDE and not alone:
                continue
            # Another copy that stood there already keeps its own surroundings (a
            # context matched in full leaves no other copy a better match).
            if min(sides) < 100 and _survivor(before, old, view.text,
                                              (s, s + len(quote)), (prefix, suffix)):
                continue
            return _reanchored(text, view.span(text, s, s + len(quote)))
        return _orphan(text, old, LOOKALIKE)
    found, refused = _fuzzy_find(view, text, old, (quote, prefix, suffix), before)
    if found is not None:
        return _reanchored(text, found)
    return _orphan(text, old, LOOKALIKE if refused else "")


def _copies(before: _View | None, words: str) -> int:
    """How often words occurred in the old text (0 when it is not known)."""
    return 0 if before is None else len(occurrences(before.text, words))


def _survivor(before: _View | None, old: Anchor, view: str, span: tuple[int, int],
              context: tuple[str, str]) -> bool:
    """Whether the candidate span is a passage that stood in the old text already (a
    look-alike neighbour), not the annotated one reworded.

    Its words occurring elsewhere in the old text is not enough: a short quote such as
    "killed 10 drivers" recurs across a long report. It is that passage when, on either
    side, its new surroundings match what stood beside that occurrence better than the
    annotation's stored context: a neighbour inherits at most one side from the removed
    sentence and keeps its own on the other."""
    if before is None:
        return False
    start, end = span
    words = view[start:end]
    lo, hi = before.offset(old.start), before.offset(old.end)
    prefix, suffix = context
    near = view[max(0, start - len(prefix) - SIDE_SLACK) : start]
    far = view[end : end + len(suffix) + SIDE_SLACK]
    ours = (_side(near, prefix) if prefix else None, _side(far, suffix) if suffix else None)
    for p in occurrences(before.text, words):
        if p < hi and p + len(words) > lo:
            continue  # within the annotated span itself: the quote shrank
        theirs_before = before.text[max(0, p - len(prefix)) : p]
        theirs_after = before.text[p + len(words) : p + len(words) + len(suffix)]
        if ((ours[0] is not None and _side(near, theirs_before) > ours[0])
                or (ours[1] is not None and _side(far, theirs_after) > ours[1])):
            return True
    return False


def _fuzzy_find(view: _View, text: str, old: Anchor, folded: tuple[str, str, str],
                before: _View | None) -> tuple[tuple[int, int] | None, bool]:
    """The span of the passage that is clearly the annotated one reworded, or None;
    and whether a candidate was refused (a look-alike, or two alike)."""
    quote, prefix, suffix = folded
    if not quote:
        return None, False
    # Look near the old position first: edits rarely move a passage far.
    width = max(2000, 20 * len(quote))
    at = view.offset(old.start)
    n = len(view.text)
    windows = [(max(0, at - width), min(n, at + len(quote) + width))]
    if windows[0] != (0, n):
        windows.append((0, n))
    refused = False
    # Where the stored context stands now, the annotated passage stands between.
    placed = _placed(view.text, quote, prefix, suffix)
    for a, b in windows:
        good: list[tuple[float, int, int, int]] = []
        # The placed spans wherever they are: an edit elsewhere can move a passage out
        # of the near window, and a look-alike inside it must not win by default.
        for s, e in dict.fromkeys(placed + _candidates(view.text, quote, a, b)):
            score = fuzz.ratio(quote, view.text[s:e])
            sides = _sides(view.text, s, e, prefix, suffix) or [100.0]
            # Both sides of the surroundings and similar words, or one side and words
            # that differ by a small correction ("killed 7" to "killed 9" beside a cut).
            if score < MIN_FUZZY_SCORE or (
                    (score + min(sides) < MIN_EVIDENCE
                     and (score < CLOSE_WORDS or max(sides) < CLOSE_WORDS))
                    or _survivor(before, old, view.text, (s, e), (prefix, suffix))):
                refused = refused or score >= MIN_FUZZY_SCORE
                continue
            good.append((score + sum(sides) / len(sides), min(sides), -abs(s - at), s, e))
        if not good:
            continue
        good.sort(reverse=True)
        evidence, context, _, s, e = good[0]
        # Its surroundings kept on both sides, it is the passage; otherwise a second
        # candidate nearly as good makes the choice a guess.
        if context < KEPT_CONTEXT and any(ev >= evidence - RIVAL_MARGIN and (s2 >= e or e2 <= s)
                                          for ev, _, _, s2, e2 in good[1:]):
            return None, True
        return view.span(text, s, e), refused
    return None, refused


def _placed(text: str, quote: str, prefix: str, suffix: str) -> list[tuple[int, int]]:
    """Spans just after an occurrence of the stored prefix, or just before one of the
    suffix: where the quote's words stand when the text around them did not change (a
    short quote such as "killed 9 drivers" may have closer look-alikes elsewhere)."""
    out = []
    if len(prefix) >= PLACE_CONTEXT:
        for p in occurrences(text, prefix)[:PLACES]:
            start = p + len(prefix)
            out.append(_refine(text, quote, start, min(len(text), start + len(quote))))
    if len(suffix) >= PLACE_CONTEXT:
        for p in occurrences(text, suffix)[:PLACES]:
            out.append(_refine(text, quote, max(0, p - len(quote)), p))
    return [span for span in out if span is not None]


def _candidates(text: str, quote: str, a: int, b: int) -> list[tuple[int, int]]:
    """The best match of quote in text[a:b], and the best either side of it (a rival)."""
    out: list[tuple[int, int]] = []
    pending, seen = [(a, b)], 0
    while pending and seen < 3:
        lo, hi = pending.pop(0)
        if hi - lo < len(quote) // 2:
            continue
        res = fuzz.partial_ratio_alignment(quote, text[lo:hi], score_cutoff=MIN_FUZZY_SCORE)
        seen += 1
        if res is None:
            continue
        found = _refine(text, quote, lo + res.dest_start, lo + res.dest_end)
        if found is not None and found not in out:
            out.append(found)
        if lo == a and hi == b:  # one level: the two remainders of the whole window
            pending += [(lo, lo + res.dest_start), (lo + res.dest_end, hi)]
    return out


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
