"""The speaker's words going on after "..., he said, and <verb> ...", with no subject of their own.

"Some families have fled to the town, he said, and depend on relatives for food": the
words after ", and" share the reported clause's subject ("families ... depend"); they are
no clause of their own and so no second entry (the clause after "said, and" is one only
when it names its subject: "he said, and four others were wounded"). A bare predicate is
read where the word after "and" is a verb by its company: a lowercase word that is no
plural, no "-ing" form and no function word, followed at once by a word that follows verbs
("on", "to", "the", "their"), with no finite verb later in the clause (which would make the
first word a noun: "and aid to the area has stopped").
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# people named without a plural "s" ("and children at the camp need books", "and police
# at the scene say") are subjects
_NOT_VERBS = (EN.FUNCTION_WORDS | EN.QUANTIFIERS | EN.PRONOUNS | EN.DETERMINER_WORDS
              | EN.PERSON_WORDS | EN.PLURAL_SUBJECTS | frozenset(EN.IRREGULAR_PERSON_PLURALS)
              | EN.UNMARKED_PLURAL_BODIES)
_BARE_VERB = re.compile(
    rf"(?-i:(?P<w>[a-z]{{3,}}))(?<!s)(?<!ing)\s+(?:{alt(EN.VERB_FOLLOWERS)})\b")
_FINITE_LATER = re.compile(
    rf"\b(?:{alt(EN.FINITE_AUXILIARIES)}|{alt(EN.IRREGULAR_PAST)}|[a-z]{{3,}}ed)\b",
    re.IGNORECASE)


def bare_predicate(text: str, start: int, end: int) -> bool:
    """Do the words from ``start`` (after ", and") to ``end`` open with a verb, no subject?"""
    m = _BARE_VERB.match(text, start, end)
    if m is None or m.group("w") in _NOT_VERBS:
        return False
    return _FINITE_LATER.search(text, m.end(), end) is None
