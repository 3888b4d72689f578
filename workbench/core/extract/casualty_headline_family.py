"""A family counted by its size with no article (round en181).

"killed a family of five" reads the size as the count (the article is the count word, the
family noun takes the size after it). A headline drops the article: "Drone strike on
farmhouse kills family of five", "Shelling kills household of seven in border town". Right
after an outcome verb, "family of N" or "household of N" with no article is read the same,
when the size closes the phrase (the end, a clause mark, or a word of place, time or cause
after it): "the family of six victims" and "family of the victim" are no size.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, word_value


@cache
def _verb_outcome() -> dict[str, str]:
    # one-word active forms only ("kills", "wounded", "abducts"): a phrase verb or a noun
    # label ("dead are") cannot stand before an object
    return {form: outcome for outcome, forms in EN.OUTCOME_VERBS.items()
            for form in forms if " " not in form and "," not in form}


@cache
def _bare_family() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<v>[a-z]+)\s+(?P<fam>{alt(EN.BARE_FAMILY_NOUNS)})\s+of\s+(?P<n>{NUMBER})\b"
        rf"(?=\s*$|\s*[,.;:!?\u2013\u2014]|\s+(?:{alt(EN.BARE_FAMILY_AFTER)})\b)",
        re.IGNORECASE)


def bare_families(s: str, base: int, out: list[dict[str, object]],
                  low: str | None = None) -> None:
    """Add the families of sentence ``s`` (at ``base``) counted by their size after an
    outcome verb with no article; a span another figure holds is left to it."""
    if low is None:  # (the caller's lowered sentence where it has one: the same text)
        low = s.lower()
    if "family of " not in low and "household of " not in low:
        return  # the cheap gate
    verbs = _verb_outcome()
    for m in _bare_family().finditer(s):
        outcome = verbs.get(m.group("v").lower())
        size = word_value(m.group("n"))
        if outcome is None or not size:
            continue
        start, end = base + m.start(), base + m.end()
        if any(int(o["start"]) < end and start < int(o["end"])  # type: ignore[call-overload]
               for o in out):
            continue
        out.append({
            "start": start, "end": end, "text": s[m.start():m.end()],
            "outcome": outcome, "count_low": size, "count_high": None,
            "qualifier": "exact", "group": m.group("fam").lower(),
        })
