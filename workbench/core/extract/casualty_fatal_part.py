"""A fatal part of a count of people hurt (round en111).

"Two men were wounded, one of them seriously" is read: a part of the wounded, told by how
badly. "two young men were stabbed, one of them fatally" (en-60) says the same of a part
that died of it: that part is killed, not wounded, and the whole stays the count of those
hurt, as the sets' gold annotates it ("five people were shot, two of them fatally": five
wounded, two killed). "shot" alone may be a shot fired at someone that missed; a part of
them told by how badly, or as fatal, says the shots struck, so the whole is counted hurt.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_subject_gap import prepositional_phrases_end
from .lang import en as EN
from .lang.build import alt

_HOW = (*EN.INJURY_SEVERITY_ADVERBS, *EN.FATAL_ADVERBS)
_COUNT = rf"(?:\d{{1,4}}|{alt(EN.UNITS)})"


@cache
def _fatal_after() -> re.Pattern[str]:
    # the adverb ends the part: "one of them fatally." / ", two fatally, and ..."
    return re.compile(rf"\s+(?:{alt(EN.FATAL_ADVERBS)})(?=\s*(?:$|[.;,:!?]))", re.IGNORECASE)


# A place or a time between the whole and its part ("stabbed outside a bar, one of them
# fatally"), no clause between.
_ADJUNCT_MAX = 42
_CLAUSE_MARK = re.compile(r"[,;:.!?\"“”()]")
_PART_OF_THEM = re.compile(r"of\s+(?:them|whom)", re.IGNORECASE)
_FATAL = frozenset(EN.FATAL_ADVERBS)


def fatal_part_end(s: str, cstart: int, cend: int, gend: int, prev_end: int) -> int | None:
    """The end of "fatally" after a part of the hurt just counted (the part's count at
    ``cstart``-``cend``, its words to ``gend``; ``prev_end`` the end of the whole's figure
    in ``s``), else None: ", one of them fatally", ", two fatally"."""
    if not s.startswith(", ", cstart - 2) or prev_end > cstart - 2 or not (
            _adjunct_between(s, prev_end, cstart - 2)):
        return None  # the part follows its whole, after a place or a time at most
    rest = s[cend:gend].strip() if gend > cend else ""
    if rest.lower() in _FATAL and _fatal_after().match(s, cend):
        return gend  # "two fatally", the adverb read as the part's word
    if rest and not _PART_OF_THEM.fullmatch(rest):
        return None
    m = _fatal_after().match(s, max(cend, gend))
    return m.end() if m else None


@cache
def _hit_then_part() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:were|was|had\s+been|have\s+been)\s+"
        rf"(?P<hit>(?:{alt(EN.HIT_PARTICIPLES_BEFORE_PART)}))"
        r"(?!\s+at\s*,)"  # "were shot at": fired on, perhaps missed
        r"(?=(?:\s+[^,;:.!?\"“”()]{1,40}?)?"  # where or when: "in the district last year"
        rf",\s+{_COUNT}\s+(?:of\s+them\s+)?(?:{alt(_HOW)})(?:\s*(?:$|[.;,:!?])))",
        re.IGNORECASE)


def _adjunct_between(s: str, start: int, end: int) -> bool:
    """Is ``s[start:end]`` a short place or time with no mark of a clause, or a chain of
    prepositional phrases ("outside a corner store on West Burleigh Street", round en114)?"""
    if end - start <= _ADJUNCT_MAX and not _CLAUSE_MARK.search(s, start, end):
        return True
    return end - start <= _PHRASES_MAX and prepositional_phrases_end(s, start, end) == end


# How far a chain of prepositional phrases may reach (four phrases of up to five words).
_PHRASES_MAX = 120


@cache
def _hit_passive() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:were|was|had\s+been|have\s+been)\s+"
        rf"(?:{alt(EN.HIT_PARTICIPLES_BEFORE_PART)})\b(?!\s+at\b)", re.IGNORECASE)


@cache
def _part_by_how() -> re.Pattern[str]:
    return re.compile(
        rf",\s+{_COUNT}\s+(?:of\s+them\s+)?(?:{alt(_HOW)})(?:\s*(?:$|[.;,:!?]))",
        re.IGNORECASE)


def hit_then_part(s: str, gend: int) -> int | None:
    """The end of "were shot" after counted people when a part of them told by how badly
    follows ("five people were shot, two of them fatally"), else None."""
    m = _hit_then_part().match(s, gend)
    if m:
        return m.end()
    return _hit_phrases_part(s, gend)


def _hit_phrases_part(s: str, gend: int) -> int | None:
    """(round en114) "two teenagers were shot outside a corner store on West Burleigh
    Street, one of them fatally": the part after a chain of prepositional phrases."""
    hit = _hit_passive().match(s, gend)
    if hit is None:
        return None
    end = prepositional_phrases_end(s, hit.end(), min(len(s), hit.end() + _PHRASES_MAX))
    return hit.end() if end > hit.end() and _part_by_how().match(s, end) else None
