"""Joint speakers: two sources joined by "and" before one verb of saying (round en161).

"Four people were killed in the blast, police and hospital officials said." and "Gunmen
seized 30 travellers, a relative of one of the captives and a district official said."
tell the same words on the word of two sources; each is a speaker of its own, with the
same words (one entry per source, as for "A said, quoting B"). The second example read
only "a district official", the first source taken into the words.

Only two sources each headed by a noun of a speaker (``EN.SPEAKER_NOUNS`` and
``EN.JOINT_SPEAKER_EXTRA_HEADS``) are split; an "and" inside one title or name stays:
"the minister of defence and veterans" (after an "of" phrase the second part must open on
a determiner), "the Truth and Reconciliation Commission", "the US and Russia" (no speaker
noun at the head), "a woman who lost her husband and daughter" (a relative clause).
"""

from __future__ import annotations

import re

from .lang import en as EN

_HEADS = frozenset(EN.SPEAKER_NOUNS) | frozenset(EN.JOINT_SPEAKER_EXTRA_HEADS) | frozenset(
    EN.JOINT_SPEAKER_HEADS_EN224)
_OPENERS = frozenset(EN.JOINT_SPEAKER_OPENERS)
_BLOCKERS = frozenset(EN.JOINT_SPEAKER_BLOCKERS)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# how far back the first source may open before the "and" (a comma closes the words)
_REACH = 90
_MAX_WORDS = 9


def _is_source(phrase: str) -> bool:
    """Is ``phrase`` one source headed by a speaker noun: "police", "hospital officials",
    "a relative of one of the captives", "Palestinian medics"?"""
    words = phrase.split()
    if not 0 < len(words) <= _MAX_WORDS:
        return False
    low = [w.lower() for w in words]
    if any(w in _BLOCKERS for w in low):
        return False
    if len(words) == 2 and low[0] == "the" and _ACRONYM.fullmatch(words[1]):
        return True  # (round en224) "local officials and the UN": a body by its acronym
    head = low[low.index("of") - 1] if "of" in low[1:] else low[-1]
    if head.endswith(("'s", "’s")):
        head = head[:-2]
    return head in _HEADS and head[:1].isalpha()


def _pair(left: str, right: str) -> bool:
    """Are ``left`` and ``right`` two sources, not one title or name with "and" inside?"""
    if not (_is_source(left) and _is_source(right)):
        return False
    first_right = right.split(None, 1)[0]
    if " of " in f" {left} " and first_right.lower() not in _OPENERS:
        return False  # "the minister of defence and veterans": one title
    # "the Truth and Reconciliation Commission": a name runs on over "and"
    return not (left.split()[-1][:1].isupper() and first_right[:1].isupper())


def joint_parts(text: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two sources of a speaker phrase text[a:b] such as "police and hospital
    officials", or None when it is one source."""
    i = text.find(" and ", a, b)
    if i < 0 or text.find(" and ", i + 1, b) >= 0 or text.find(",", a, b) >= 0:
        return None
    if not _pair(text[a:i], text[i + 5:b]):
        return None
    return (a, i), (i + 5, b)


def joint_first_before(text: str, floor: int, a: int, b: int) -> tuple[int, int] | None:
    """The first of two joint sources, set between a comma and " and " right before the
    speaker text[a:b] read alone ("..., a relative of one of the captives and <a district
    official> said"); None when there is none."""
    if not text.endswith(" and ", floor, a):
        return None
    end = a - 5
    comma = text.rfind(",", max(floor, end - _REACH), end)
    if comma < 0:
        return None
    start = comma + 1
    while start < end and text[start] == " ":
        start += 1
    if start >= end or not _pair(text[start:end], text[a:b]):
        return None
    return start, end

