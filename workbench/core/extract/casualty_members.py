"""Members of a list of victims that the outcome's pattern could not reach (round 53).

Three constructions of ordinary reporting name the people an outcome counts in a way the
left-context pattern of ``casualties.py`` stopped at:

* a noun of the outcome with the verb that lists its people ("Among the dead were the
  mayor and four policemen", "The injured included the driver and three passengers"):
  the "the" before "dead" is the noun's own, not the mark of a participle used as an
  adjective ("The released crew, five Indians and ...", which stays no list);
* a victim named first by a possessive or "the", with the person's name set off by
  commas before the counted member ("our catechist, Amos Kerel, and three children");
  only a name in capitals is such an apposition: "the driver, police said, and" is a
  source, no victim;
* a partitive of captives with a participle of release before their noun ("Four of the
  freed hostages were children"): freed captives stay captives, and the noun says it.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_LINKS = frozenset(EN.LIST_NAMING_LINKS)
# A name set off by commas right before the list's last "and": ", Amos Kerel, and ".
# (The words are checked for capitals on the text as written.)
_APPOSED_NAME = re.compile(r",\s*(?P<name>[A-Za-z][\w'’.\-]*(?:\s+[A-Za-z][\w'’.\-]*){1,3})"
                           r"\s*,(?=\s+and\s+$)")
_BEFORE_NAME = re.compile(
    r"\b(?:the|his|her|their|my|our|your)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?\s*$")
_CAPTIVE_NOUNS = tuple(n for n, kind in EN.OUTCOME_HEAD_NOUNS.items()
                       if kind in ("captured", "arrested"))
_FREED_CAPTIVES = re.compile(
    rf"\s+(?P<p>{alt(EN.RELEASE_PARTICIPLES)})\s+(?P<n>{alt(_CAPTIVE_NOUNS)})\b(?!['’])",
    re.IGNORECASE)
_FREED_OPENINGS = tuple(f" {w} " for w in EN.RELEASE_PARTICIPLES)


def lists_its_people(verb: str) -> bool:
    """Is the outcome's matched phrase a noun with the verb that lists its people ("dead
    were", "injured included")?"""
    words = verb.split()
    return len(words) > 1 and words[-1].lower() in _LINKS


def without_apposed_name(left: str, tleft: str) -> str | None:
    """``tleft`` with a capitalised name in apposition before the list's last "and" set
    to blanks, so the member before it meets the "and" ("our catechist          and");
    None when ``left`` (the same context as written) ends in no such name."""
    if not left.endswith(", and "):
        return None
    named = _APPOSED_NAME.search(left, max(0, len(left) - 60))
    if named is None or not all(w[:1].isupper() for w in named.group("name").split()):
        return None
    if not _BEFORE_NAME.search(left, max(0, named.start() - 40), named.start()):
        return None
    a, b = named.start(), named.end()
    return tleft[:a] + " " * (b - a) + tleft[b:]


def freed_captives(s: str, at: int) -> re.Match[str] | None:
    """"freed hostages" right after "of the" at ``at`` (round 53), or None."""
    if not s[at:at + 11].lower().startswith(_FREED_OPENINGS):
        return None
    return _FREED_CAPTIVES.match(s, at)
