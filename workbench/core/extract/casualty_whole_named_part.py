"""A part of the dead or the wounded named by a noun, after a clause on them with no count
(round en202).

Reports describe the victims as a whole by their outcome's noun, then count a part of them
by who they are: "The dead were aged between 16 and 25, and five of them were university
students", "The wounded were mostly young men. Seven of them were students." No toll stands
before the part, so the readers of parts beside a toll (casualty_told_beside.py) find none;
the subject "the dead" / "the wounded" opening its sentence names the outcome. The part
is read in that sentence after ", and" or a semicolon, or opening the next one, and only
where its predicate names people ("five of them were in their twenties" is no part by
who they are). "Of the 40 guests, ten of them were children", with no one harmed named
before, stays unread.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_released import _COUNT, FigureSpans
from .casualty_told_beside import PersonLike, people_predicate_end
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import written_count
from .spans import matches_at_words

_OPENING_WORDS = ("the", "those")
_OUTCOME_OF = {w: outcome for outcome in ("killed", "wounded")
               for w in EN.PART_REFERENCE_WORDS[outcome]}
# What stands right before a sentence's subject: its start, a stop, a line.
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$")


@cache
def _whole_then_part() -> re.Pattern[str]:
    words = alt(tuple(_OUTCOME_OF))
    return re.compile(
        rf"\b(?:the|those)\s+(?P<whole>{words})\s+(?:{alt(EN.WHOLE_NAMED_VERBS)})\b"
        # the rest of the clause, then ", and" or ";" in the sentence, or the next sentence
        r"(?:[^.!?\n;]{0,200}?(?:,?\s+and\s+|;\s+)|[^.!?\n]{0,200}[.!?][\"”’]?\s+)"
        rf"(?P<count>{_COUNT})\s+of\s+them(?=\s+(?:were|are)\s)", re.IGNORECASE)


def named_whole_parts(text: str, out: list[dict[str, object]], low: str,
                      person_like: PersonLike) -> None:
    """Append to ``out`` each part "<count> of them were <people>" of a whole named "the
    dead" or "the wounded" just before, that no figure holds yet; ``low``: ``text``
    lower-cased."""
    if " of them " not in low or not any(
            f"the {w} " in low or f"those {w} " in low for w in _OUTCOME_OF):
        return
    found: list[dict[str, object]] = []
    seen: FigureSpans | None = None  # (built at the first match: most texts have none)
    for m in matches_at_words(_whole_then_part(), text, low, _OPENING_WORDS):
        if not _SENTENCE_OPEN.search(text, max(0, m.start() - 4), m.start()):
            continue
        start = m.start("count")
        end = people_predicate_end(text, m.end(), person_like)
        if end is None:
            continue
        seen = seen or FigureSpans(out)
        if seen.overlaps(start, end):
            continue
        if (parsed := written_count(m.group("count"))) is None:
            continue
        found.append(new_figure(text, start, end, _OUTCOME_OF[m.group("whole").lower()],
                                *parsed))
        seen.add(found[-1])
    out.extend(found)
