"""The parts named in a subject's "including" list, before the whole's verb (round en236).

News names who were among the counted people in an aside between the subject and its verb:
"Nine people, including two women and a boy of six, were treated at the district hospital",
"At least 14 villagers, including three children and an elderly man, were wounded". Each
member with a count of its own is a figure of the whole's outcome, as the gold gives every
part ("including four children" killed beside "12 people" killed). The sentence readers
read the first member, or none where the verb is a care far from the list ("were treated
at the health centre in <town> for cuts"); this post-pass reads the rest from the whole
figure already found.

Only a list that stands right after a figure of people and closes with a comma and a verb
of that subject ("..., were", "..., had been", "..., died") is read: the aside then belongs
to the counted subject. A member is a count (a numeral, a number word, "a" or "an") before
a lowercase person noun, with its age after "of" allowed ("a girl of nine"); things
("including two shops"), a name ("including Ali Hassan") and a count larger than the
whole stay unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import counted_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER

Figure = dict[str, object]
People = Callable[[list[str]], bool]
_OUTCOMES = frozenset(("killed", "wounded", "arrested", "captured", "missing"))
_OPENER = ", including "


@cache
def _list_then_verb() -> re.Pattern[str]:
    # the aside right after the whole, closed by a comma and the subject's verb
    return re.compile(
        rf",\s+including\s+(?P<list>[^,;:.!?()\"“”\n]{{3,90}}?),\s+"
        rf"(?:{alt(EN.INCLUDED_LIST_VERBS)})\b", re.IGNORECASE)


@cache
def _member() -> re.Pattern[str]:
    # one member: its count, up to three words of people, an age after "of"
    return re.compile(
        rf"(?P<c>(?:{NUMBER})|an?)\s+(?P<g>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,2}}?)"
        r"(?P<age>\s+of\s+(?:\d{1,2}|[a-z]+))?\s*$")


_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _members(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """(start, end, group end, group) of each counted member between ``start`` and
    ``end``; an empty list when any member is not one (a list that is no list of parts)."""
    found = []
    at = start
    for piece in [*_SPLIT.finditer(text, start, end), None]:
        stop = piece.start() if piece else end
        m = _member().match(text, at, stop)
        if m is None:
            return []
        found.append((at, stop, m.end("g"), m.group("g")))
        at = piece.end() if piece else end
    return found


def read_included_parts(text: str, out: list[Figure], people: People) -> None:
    """Add to ``out`` each counted member of an "including" list told between a figure of
    people in ``out`` and that subject's verb, with the figure's outcome."""
    if _OPENER not in text or not out:
        return
    spans = [(int(str(f["start"])), int(str(f["end"]))) for f in out]
    added: list[Figure] = []
    for whole in list(out):
        end = int(str(whole["end"]))
        if whole["outcome"] not in _OUTCOMES or not text.startswith(_OPENER, end):
            continue
        lm = _list_then_verb().match(text, end)
        if lm is None:
            continue
        for a, b, _gend, group in _members(text, lm.start("list"), lm.end("list")):
            toks = group.split()
            if not toks[-1][:1].islower() or not people(toks):
                continue
            if any(s < b and a < e for s, e in spans):
                continue  # (read already by a sentence reader)
            fig = counted_figure(text, a, b, str(whole["outcome"]), group)
            if fig is None or int(str(fig["count_low"])) >= int(str(whole["count_low"])):
                continue
            added.append(fig)
            spans.append((a, b))
    out.extend(added)
