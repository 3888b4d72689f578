"""The rest of a group in care at a named place (round en229).

A report of an attack on a few people tells what became of one and then of "the other two":
"A mob beat three men ..., and one of them died. The other two are being treated at
Orvala General Hospital." The sentence readers take "being treated at the district
hospital" (a lowercase place after an article) but not a hospital's proper name with no
article, and the proper name may run to several words ("Kessin Vale Medical College
Hospital"). The rest of a group counted by "the other / the remaining N" or "N others",
then "are / were (still) being treated at / in" a place whose last word is a place of care
(``EN.REST_IN_CARE_PLACES``) within six words, is wounded.

Unread: "the other two are being treated as suspects" (no place), "are being treated at the
police station" (no place of care), "The other two are being questioned at the hospital"
(no care). Gated by "being treated " before any pattern runs.
"""

from __future__ import annotations

import re
from functools import cache

from .figure_lookup import FigureLookup
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, word_value

Figure = dict[str, object]


@cache
def _rest_in_care() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:the\s+(?:other|remaining)\s+(?P<c>{NUMBER})|(?P<c2>{NUMBER})\s+others)\s+"
        r"(?:are|were|is|was)\s+(?:still\s+)?being\s+treated\s+(?:at|in)\s+(?:the\s+|a\s+)?"
        rf"(?:[\w'’\-]+\s+){{0,6}}?(?:{alt(EN.REST_IN_CARE_PLACES)})\b", re.IGNORECASE)


def read_rest_in_care(text: str, out: list[Figure]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``) the rest of a group being
    treated at a named place of care that no reader gave, sorted again when one was."""
    if "being treated " not in text:
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for m in _rest_in_care().finditer(text):
        start = m.start("c") if m.group("c") else m.start("c2")
        value = word_value(m.group("c") or m.group("c2"))
        known = known or FigureLookup(out)
        if value is None or value < 1 or known.overlaps(start, m.end()):
            continue
        added.append(new_figure(text, start, m.end(), "wounded", value))
    if added:
        out.extend(added)
        out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
