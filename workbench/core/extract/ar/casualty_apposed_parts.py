"""Parts told in apposition to their toll, adding up to it (issue 11; briefed from ar-119).

Arabic news often breaks a toll down right after it, after a comma and with no marker such as
"بينهم": "أفرجت المجموعتان عن تسعة محتجزين، خمسة من أبناء المدينة وأربعة من بلدة ..."،
"قتل 12 شخصا، سبعة من عناصر الأمن وخمسة من المدنيين". Each member is a figure of its own with
the toll's outcome (README-ar: a sub-group after the main figure has its own span). What tells
such a breakdown from the count of a new clause is that its members, two or more, each "N من
...", add up to the toll exactly. A member another reader read with another outcome (the
"وأربعة" of held people read as arrested, "وأربعة من النازحين" as displaced) takes the toll's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token

_COMMAS = frozenset(("،", ","))
_FROM = fold_set(V.FROM_WORDS)
# How many words a member may name after its "من" before the next member or the end.
_MEMBER_WORDS = V.APPOSED_PART_WORDS
_MEMBERS = 4


def apposed_parts(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                  out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Give the members of a toll's apposed breakdown the toll's outcome: change those
    another reader read, append the others."""
    original = folded.original
    tolls = [f for f in out if f["qualifier"] == "exact" and f["count_high"] is None
             and f["count_low"] >= 2 and original[f["end"]:f["end"] + 2].lstrip()[:1] in _COMMAS]
    if not tolls:
        return
    # (each toll's token is found by bisection on the tokens' original starts, computed
    # only at the tokens the search visits: the same comparisons as over the full list of
    # starts, which cost one offset look-up per token of the document)
    ends = [sb for _, sb in spans]
    for toll in tolls:
        b = bisect_left(toks, toll["end"], key=lambda t: folded.span(t.s, t.e)[0])
        if b >= len(toks) or toks[b].w not in _COMMAS:
            continue
        sb = ends[bisect_left(ends, b + 1)] if ends and b < ends[-1] else len(toks)
        members = _members(toks, b + 1, sb, count_at)
        if len(members) < 2 or sum(low for _, _, low in members) != toll["count_low"]:
            continue
        for a, e, low in members:
            _give(folded, toks, a, e, low, toll["outcome"], out)


def _members(toks: list[Token], j: int, sb: int,
             count_at: CountAt) -> list[tuple[int, int, int]]:
    """The members "N من ..." listed from ``j``, joined by "و": (first token, end, count)."""
    found: list[tuple[int, int, int]] = []
    while j < sb and len(found) < _MEMBERS:
        if found and toks[j].w == "و":
            j += 1
        elif found and not toks[j].w.startswith("و"):
            break
        c = count_at(toks, j, sb)
        if c is None or c.qual != "exact" or c.high is not None or c.b >= sb or (
                toks[c.b].w not in _FROM):
            break
        e = c.b + 1
        while e < sb and e - c.b <= _MEMBER_WORDS and toks[e].is_word and not (
                toks[e].w.startswith("و") and count_at(toks, e + (toks[e].w == "و"), sb)
                is not None):
            e += 1
        if e == c.b + 1:
            break  # ("خمسة من" with nothing after it)
        found.append((j, e, c.low))
        j = e
    return found


def _give(folded: Folded, toks: list[Token], a: int, e: int, low: int, outcome: str,
          out: list[dict[str, Any]]) -> None:
    s, end = folded.span(toks[a].s, toks[e - 1].e)
    for f in out:
        if f["start"] < end and s < f["end"]:
            if f["count_low"] == low:
                f["outcome"] = outcome  # (read by another reader, with another outcome)
            return
    out.append({"start": s, "end": end, "text": folded.original[s:end], "outcome": outcome,
                "count_low": low, "count_high": None, "qualifier": "exact", "group": None})
