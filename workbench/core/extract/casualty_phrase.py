"""Members of a list named without a count, before or between counted groups.

A headline drops its articles, so a victim named without a count can stand bare before
the counted ones: "Gunmen kill farmer, 3 herders", "Troops arrest teacher and 5
students". The outcome verb's pattern lets any word stand there; this module says
whether that word names a person (a title, a person noun, or a word determined as the
full sentences write it: "the driver and 3 passengers"), so that "kill cattle, 3
herders" stays what it was. A list of victims names a relative without a count between
counted members ("killed a policeman, his driver and two civilians"): the relative is no
figure, and the list goes on past it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lang import en as EN
from .numbers import COUNT_FIRST_WORDS, NUMBER

# What follows the outcome verb in the left context: its words, the last one before the
# comma or the "and" that leads to the count.
_NAMED_BEFORE = re.compile(
    r"\s+(?P<pre>(?:[\w'’\-]+\s+)*?)(?P<w>[\w'’\-]+)(?:\s*,|\s+and)\s*['‘\"“]?$",
    re.IGNORECASE)
_DETERMINED = frozenset(EN.DEFINITE_DETERMINERS)
_PRONOUNS = frozenset(EN.PERSON_OBJECT_PRONOUNS)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your)\s+$",
                                re.IGNORECASE)
_TITLES = frozenset((*EN.HEADLINE_TITLES, *EN.HEADLINE_POST_TITLES))
_COUNT_WORDS = frozenset(COUNT_FIRST_WORDS)
_NOT_MODIFIERS = frozenset(EN.DEFINITE_OBJECT_OPENERS)
_PLURALS = frozenset((*EN.IRREGULAR_PERSON_PLURALS, *EN.COLLECTIVE_PERSON_PLURALS))


def names_a_person(after_verb: str, person_like: Callable[[list[str]], bool],
                   article: bool = False, before_verb: str = "") -> bool:
    """Is the victim named between an outcome verb and its count's "," / "and" a person
    (or is nothing named there)? ``after_verb`` is the left context from the verb's end to
    the count; ``person_like`` is the engine's test of a noun phrase's head; ``article``
    when the count is "a" / "an"; ``before_verb``, the words before the verb."""
    named = _NAMED_BEFORE.match(after_verb)
    if named is None:
        return True
    if _DETERMINER_BEFORE.search(before_verb):
        # the participle is an adjective of the noun after it, no verb of a headline:
        # "The released crew, five Indians and four Ukrainians, landed"
        return False
    if "," in after_verb[named.end("w"):] and (article or not _DETERMINED.isdisjoint(
            named.group("pre").lower().split())):
        # only a headline drops the "and", and it drops the articles too: "killed the
        # driver, a policeman said" and "arrested protesters, a spokesman said" name the
        # source after the comma, no victim
        return False
    words = [*named.group("pre").lower().split(), named.group("w").lower()]
    if any(w[:1].isdigit() or w in _COUNT_WORDS for w in words):
        # a counted group before the comma ("including five children, a spokesman
        # said"): that group is a figure of its own, and no bare noun is named
        return False
    word = words[-1]
    if word in _PRONOUNS or word in _TITLES:
        return True
    if not _DETERMINED.isdisjoint(named.group("pre").lower().split()):
        return True
    # a bare singular is a headline's (an article dropped); a bare plural is ordinary
    # English and may be what the words before say of others ("310 of the dead were
    # children and 190 were women")
    plural = (word.endswith("s") and not word.endswith("ss")) or word in _PLURALS or (
        word.endswith("men"))
    # the word lowered: the engine reads an ASCII sentence lowered, and the two readings
    # must agree (a capital would make any word a name)
    return not plural and person_like([word])


# A relative named by a possessive between two members of a list: ", his driver and ".
_RELATIVE_MEMBER = re.compile(
    r"\s*,\s*(?:his|her|their|my|our|your)\s+(?P<head>[a-z][\w'’\-]*)"
    r"(?:\s+(?P<head2>[a-z][\w'’\-]*))?"
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:(?:his|her|their|my|our|your)\s+)?",
    re.IGNORECASE)


def relative_between(s: str, start: int, end: int,
                     person_like: Callable[[list[str]], bool]) -> bool:
    """Does ``s[start:end]`` hold only a relative named without a count between two
    members of a list ("a policeman, his driver and two civilians")?"""
    if end - start > 40 or s[start:start + 1] not in {",", " "}:
        return False
    rel = _RELATIVE_MEMBER.fullmatch(s, start, end)
    return rel is not None and person_like([rel.group("head2") or rel.group("head")])


# Bare nouns listed after a counted one: ", women and children", ", women, and children";
# the last may be a compound (round en118): "23 drivers, conductors and ticket sellers".
_NOUN_LIST = re.compile(
    r",\s+(?P<a>[a-z][\w'’\-]*)(?:,\s+(?P<b>[a-z][\w'’\-]*))?,?\s+and\s+"
    r"(?:(?P<m>[a-z][\w'’\-]*)\s+(?=[a-z][\w'’\-]*\s+(?:were|was|had|have|are)\b))?"
    r"(?P<c>[a-z][\w'’\-]*)\b"
    r"(?!\s+(?:said|say|says|told|tells|reported)\b)")


# A headline's comma for "and" before one bare person noun and the shared outcome
# (round 59): "Four rebels, policeman killed in ambush". The bare noun has no count of
# its own and the count before the comma is the outcome's.
_HEADLINE_PAIR = re.compile(
    rf",\s+(?P<a>[a-z][\w'’\-]*)(?=\s+(?:{'|'.join(EN.HEADLINE_PAIR_OUTCOMES)})\b)")


def noun_list_end(s: str, pos: int, person_like: Callable[[list[str]], bool]) -> int:
    """Where a list of bare person nouns that shares the count before ``pos`` ends ("12
    men, women and children"), or 0; a counted member makes its own figure instead."""
    listed = _NOUN_LIST.match(s, pos) or _HEADLINE_PAIR.match(s, pos)
    if listed is None:
        return 0
    words = [w for k, w in listed.groupdict().items() if w and k != "m"]
    if any(w in _COUNT_WORDS or not person_like([w]) for w in words):
        return 0
    if (modifier := listed.groupdict().get("m")) and (
            modifier in _COUNT_WORDS or modifier in _NOT_MODIFIERS):
        return 0  # "..., and the children were" or "and two children": no compound
    return listed.end()


# A count said again in brackets, in digits or in words: "12 (twelve)", "twelve (12)".
_RESTATED = re.compile(rf"\s*\(\s*(?P<n>{NUMBER})\s*\)", re.IGNORECASE)


def restated_count(s: str, pos: int) -> tuple[int, str] | None:
    """(end, number) of a bracketed restatement of a count at ``pos``, or None."""
    again = _RESTATED.match(s, pos)
    return (again.end(), again.group("n")) if again else None
