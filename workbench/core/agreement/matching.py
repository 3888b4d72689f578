"""Which annotations count, which documents a coder finished, which annotations match.

- An annotation **counts** when it is accepted, or was made by hand and not rejected:
  an engine's suggestion nobody reviewed is not a coder's judgement, and a rejected one
  is a judgement that the words are *not* of that kind.
- A coder **finished** a document when they have at least one counted annotation of any
  kind in it. Projects have no per-document "done" flag; without this rule a coder who
  has not opened a document yet would count as having found nothing in it.
- Two annotations of the same kind by different coders **match** when their spans
  share a word (a token; overlapping on a space alone is no match); each is matched to
  the other coder's annotation it overlaps best (largest share of the words the two
  spans cover together, then of their characters), and one annotation per coder joins
  a match.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import numpy as np

from workbench.core.changes import Row

# Combining marks that belong to the letter before them: Arabic harakat, shadda, sukun,
# the dagger alif and Quranic signs, and Latin accents typed decomposed. They are not
# \w, so "قُتِلوا" was five tokens and a vocalised word weighed as several words.
_MARKS = ("\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670"
          "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed")
# A token is a run of letters and digits with their marks, or one other visible character.
TOKEN = re.compile(rf"\w[\w{_MARKS}]*|[^\w\s]")


def counts(ann: Row) -> bool:
    """Whether an annotation is a coder's judgement (see the module's notes)."""
    status = ann["status"]
    return status == "accepted" or (ann.get("origin") == "manual" and status != "rejected")


def finished(anns: Iterable[Row]) -> dict[str, set[int]]:
    """Coder -> the documents they finished, from counted annotations."""
    out: dict[str, set[int]] = {}
    for ann in anns:
        out.setdefault(ann["coder"], set()).add(ann["doc_id"])
    return out


def tokens(text: str) -> list[tuple[int, int]]:
    """Code-point spans of the text's tokens, in order."""
    return [m.span() for m in TOKEN.finditer(text)]


def coverage(toks: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> np.ndarray:
    """1.0 for each token that overlaps any of ``spans``, else 0.0."""
    out = np.zeros(len(toks))
    ends = [e for _, e in toks]
    starts = [s for s, _ in toks]
    for start, end in spans:
        # Tokens ending after the span starts and starting before it ends overlap it.
        lo = bisect.bisect_right(ends, start)
        hi = bisect.bisect_left(starts, end)
        out[lo:hi] = 1.0
    return out


def _overlap(a: Row, b: Row) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if inter <= 0:
        return 0.0
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return inter / union


def _overlapping_pairs(anns: Sequence[Row]) -> list[tuple[float, int, int]]:
    """(overlap, i, j) with i < j for every two annotations of different coders whose
    spans overlap.

    Walking the spans in order of their start, each is paired only with those starting
    before it ends: a year of one kind in one report holds hundreds of annotations,
    and weighing every pair of them (most far apart) made matching grow with the
    square of their number (docs/performance.md, "Team work at scale").
    """
    order = sorted(range(len(anns)), key=lambda k: anns[k]["start"])
    starts = [anns[k]["start"] for k in order]
    pairs = []
    for pos, i in enumerate(order):
        a = anns[i]
        # Spans starting at or after this one's end cannot overlap it.
        for q in range(pos + 1, bisect.bisect_left(starts, a["end"], pos + 1)):
            j = order[q]
            b = anns[j]
            if a["coder"] == b["coder"]:
                continue
            weight = _overlap(a, b)
            if weight > 0:
                pairs.append((weight, min(i, j), max(i, j)))
    return pairs


def _word_weights(anns: Sequence[Row], toks: Sequence[tuple[int, int]],
                  pairs: list[tuple[float, int, int]]) -> list[tuple[float, float, int, int]]:
    """(shared words / words the two cover together, the characters' share, i, j) for
    each overlapping pair that shares a word: the tokens ``coverage`` counts for
    presence, so the report's units and its matching read a span alike."""
    ends = [e for _, e in toks]
    starts = [s for s, _ in toks]
    # The tokens each span overlaps: [first, last + 1).
    span = [(bisect.bisect_right(ends, a["start"]), bisect.bisect_left(starts, a["end"]))
            for a in anns]
    out = []
    for weight, i, j in pairs:
        (lo_i, hi_i), (lo_j, hi_j) = span[i], span[j]
        shared = min(hi_i, hi_j) - max(lo_i, lo_j)
        together = max(hi_i, hi_j) - min(lo_i, lo_j)
        if shared > 0:  # spans that share only a space share no word: no match
            out.append((shared / together, weight, i, j))
    return out


def match(anns: Sequence[Row], toks: Sequence[tuple[int, int]] | None = None
          ) -> list[dict[str, Row]]:
    """Group one document's annotations of one kind: each group holds at most one per coder.

    Best overlaps are joined first, so a long span covering two short ones is matched
    with the one it shares most words with. With the text's ``toks`` an overlap is
    weighed in words (then in characters, between equal shares): by characters alone
    one long word outweighed two shared ones ("killed 4 in Kfarmishkiyeh" went with
    "Kfarmishkiyeh and wounded 9" rather than "killed 4"). Without them, characters.
    Unmatched annotations are groups of one.
    """
    group_of = list(range(len(anns)))  # index -> group id
    members: dict[int, dict[str, int]] = {i: {a["coder"]: i} for i, a in enumerate(anns)}
    pairs = _overlapping_pairs(anns)
    weighed = (_word_weights(anns, toks, pairs) if toks is not None
               else [(w, w, i, j) for w, i, j in pairs])
    for _words, _chars, i, j in sorted(weighed, key=lambda p: (-p[0], -p[1], p[2], p[3])):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or set(members[gi]) & set(members[gj]):
            continue  # already together, or a coder would appear twice
        members[gi].update(members.pop(gj))
        for k in members[gi].values():
            group_of[k] = gi
    groups = [{c: anns[k] for c, k in m.items()} for m in members.values()]
    return sorted(groups, key=lambda g: min((a["start"], a["end"]) for a in g.values()))
