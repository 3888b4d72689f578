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



# (round en100) A list of victims opened by an outcome noun and the verb that lists its
# people, whose earlier member carries a phrase of its own before the list goes on: "the
# dead include four young men shot during clashes with police, a gendarme and a
# shopkeeper", "The dead were two brothers from the La Luz neighbourhood and a forklift
# driver", "Among the dead were two brothers aged 16 and 19 and a community mayor". The
# phrase (a participle, "from" or "aged" and what follows) says who the member was, not
# who comes next, so the next member still joins the list.
_LIST_OPENER = re.compile(
    rf"(?i:{alt(EN.AMONG_KILLED_NOUNS)}|{alt(EN.AMONG_WOUNDED_NOUNS)})\s+"
    rf"(?i:{alt(EN.LIST_NAMING_LINKS)})\s")
_PHRASE_OPENS = re.compile(r"\s+(?P<w>[a-z][a-z\-]*)\b")
_PHRASE_ENDS = (", ", " and ", ", and ")
_OPENERS = frozenset(EN.MEMBER_PHRASE_OPENERS)
_NOT_OPENERS = frozenset(EN.MEMBER_PHRASE_NOT_OPENERS)
# the longest phrase between two members
_PHRASE_MAX = 110


def _opens_phrase(word: str) -> bool:
    """A participle (regular or one of the irregular ones) or "from" / "aged"."""
    return word not in _NOT_OPENERS and (word in _OPENERS or word.endswith(("ed", "ing")))


def phrase_between_members(s: str, prev_start: int, prev_tail: int, cstart: int) -> bool:
    """Is ``s[prev_tail:cstart]`` a phrase on the member before (which a list's outcome
    noun and link open at ``prev_start``) and the list's separator?"""
    gap = s[prev_tail:cstart]
    if not 0 < len(gap) <= _PHRASE_MAX or not gap.endswith(_PHRASE_ENDS):
        return False
    if any(c in gap for c in ".;:()\"“”") or not _LIST_OPENER.match(s, prev_start):
        return False
    opens = _PHRASE_OPENS.match(gap)
    if opens is None or not _opens_phrase(opens.group("w")):
        return False
    # one comma at most, the list's own
    return gap.find(",") in (-1, len(gap) - 2, len(gap) - 6)


# A member named by an article and one or two words right before the separator: what
# follows it may be its apposition ("a forklift driver, a father of three"), no member.
_ARTICLE_MEMBER_BEFORE = re.compile(r"\b(?:a|an)\s+[\w'’\-]+(?:\s+[\w'’\-]+)?,\s+$",
                                    re.IGNORECASE)


def listed_before(s: str, pos: int) -> bool:
    """Does a list's outcome noun and link stand within a phrase's reach before ``pos``,
    the separator before ``pos`` closing a phrase rather than a member named by an
    article?"""
    lo = max(0, pos - _PHRASE_MAX - 60)
    return _LIST_OPENER.search(s, lo, pos) is not None and (
        _ARTICLE_MEMBER_BEFORE.search(s, max(0, pos - 40), pos) is None)
