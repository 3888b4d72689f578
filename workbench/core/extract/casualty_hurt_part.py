"""A part of the wounded taken into care after "Of the wounded," (round en202).

Hospital reports name the whole by its outcome alone and count a part of it by the care it
got: "Of the wounded, 15 were admitted to <a named hospital>", "Of those injured, nine were
flown to the capital". The part is wounded wherever it was taken (a hospital by its name
holds no word the care rules know). Only verbs of taking into care after the count ("Of
the wounded, 15 were students" is a part by who they are, read beside its toll; "Of the
wounded, two later died" is the dead's), and only a bare count ("Of the wounded, two
doctors were taken" names the part by a noun of its own, which may be the carers).
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_released import _COUNT, FigureSpans
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import written_count
from .spans import matches_at_words

# The word every match of ``_part()`` opens with.
_OPENING = ("of",)
_WHOLE_WORDS = EN.PART_REFERENCE_WORDS["wounded"]


@cache
def _part() -> re.Pattern[str]:
    return re.compile(
        rf"\bof\s+(?:the|those)\s+(?:{alt(EN.PART_REFERENCE_WORDS['wounded'])})\s*,\s*"
        rf"(?P<part>(?P<count>{_COUNT})\s+(?:were|was|have\s+been|had\s+been)\s+"
        rf"(?:(?:later|also|then|all)\s+)?(?:{alt(EN.HURT_PART_CARE_VERBS)})\b"
        # ... and where to, up to the clause's end (the span the care rules give "15 were
        # admitted to hospital"): a bounded stretch with no mark
        r"(?:\s+(?:to|in|at)\s+[^,.;:!?\n]{1,60}?(?=\s*[,.;:!?\n]|\s+and\s|$))?)",
        re.IGNORECASE)


def hurt_parts_in_care(text: str, out: list[dict[str, object]], low: str) -> None:
    """Append to ``out`` each count of the wounded taken into care after "Of the wounded,"
    that no figure holds yet; ``low``: ``text`` lower-cased."""
    if not any(f"{word}," in low for word in _WHOLE_WORDS):
        return
    found: list[dict[str, object]] = []
    seen: FigureSpans | None = None  # (built at the first match: most texts have none)
    for m in matches_at_words(_part(), text, low, _OPENING):
        start, end = m.start("part"), m.end("part")
        seen = seen or FigureSpans(out)
        if seen.overlaps(start, end):
            continue
        if (parsed := written_count(m.group("count"))) is None:
            continue
        found.append(new_figure(text, start, end, "wounded", *parsed))
        seen.add(found[-1])
    out.extend(found)
