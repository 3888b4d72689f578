"""A subject that runs over its own verb (round en109).

"The association examined RCMP use-of-force reports obtained under ...": read back from
"reports", the clause start "The association examined RCMP use-of-force" looks like a
short subject, but "examined" with a name straight after it is the clause's own verb and
the name its object; "reports" is a noun there, not a verb of saying. A participle after
a noun takes no bare name as object ("the report published Monday", "a woman named
Maria"), so a time or a naming word after it keeps the subject whole."""

from __future__ import annotations

from .lang import en as EN

_TIME_NAMES = frozenset(w.lower() for w in (*EN.MONTHS, *EN.WEEKDAYS))


def runs_over_verb(phrase: str) -> bool:
    """True when ``phrase`` is "Det noun verb-ed Name ...": a clause, not a subject."""
    words = phrase.split()
    if len(words) < 4 or words[0].lower() not in EN.ARTICLES:
        return False
    noun, verb, obj = words[1], words[2], words[3]
    if not (noun.isalpha() and noun.islower() and verb.isalpha() and verb.islower()):
        return False
    if not verb.endswith("ed") or verb in EN.NAMING_PARTICIPLES:
        return False
    return obj[:1].isupper() and obj.rstrip(",.").lower() not in _TIME_NAMES
