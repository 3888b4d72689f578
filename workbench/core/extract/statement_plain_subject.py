"""A first verb's subject named by an everyday noun, for a speech verb after "and"
(round en166).

"The ministry condemned the attack and said ..." gives the words after "and said" to the
subject of the first verb, read forward from the clause's start by the speaker lists
(statements.py). A body those lists do not name, told by a common noun, stopped the reading
whatever its first verb was: "The water company blamed old pipes and said repairs would be
finished by August", "The rail operator criticised the contractor and said ...", while
"The water company said ..." alone is read as any short subject is.

Here the subject is taken as it stands before the first verb: an article and one to three
lower-case words, no digit and no auxiliary, right before a simple past ("-ed" or a common
irregular past), with "and" or ", but" (and at most an adverb) right before the speech
verb. "The 12 men ...", "The water company, which ...", "and officials said" (a subject of
the second clause's own) stay as they were.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_subjects import _SUBJECT_BAD

_PLAIN_SUBJECT = re.compile(
    rf"(?i:{alt(EN.ARTICLES)})\s+(?:[a-z][a-z'’\-]*\s+){{0,2}}[a-z][a-z'’\-]*"
    rf"(?=\s+(?:[a-z]{{3,}}ed|{alt(EN.IRREGULAR_PAST)})\b)")
# The coordinated speech verb follows "and" or ", but" at once, or after one adverb
# ("and later said"): a noun there would be the second clause's own subject ("and Kelly
# said", "and family said" are no adverbs).
_AND_DIRECT = re.compile(
    r"(?:\band|,\s*but)\s+(?:(?!(?:" + alt(EN.NOT_LY_ADVERBS) + r")\b)[a-z]+ly\s+"
    r"|also\s+|later\s+|then\s+)?$")
# An adverb or a negation between the subject and its verb ("The water company never
# blamed ...", "The company also blamed ..."): none of the subject's words.
_NOT_SUBJECT_WORDS = EN.PLAIN_SUBJECT_NOT_WORDS
_NOT_LY = frozenset(EN.NOT_LY_ADVERBS)
_SPEECHLESS = EN.SPEECHLESS_EVENT_HEADS
_WORD = re.compile(r"\S+")


def plain_first_subject(text: str, start: int, verb_start: int) -> tuple[int, int] | None:
    """The span of the plain subject opening ``text[start:verb_start]`` whose first verb
    the speech verb at ``verb_start`` follows after "and", or None."""
    if _AND_DIRECT.search(text, max(start, verb_start - 16), verb_start) is None:
        return None
    m = _PLAIN_SUBJECT.match(text, start, verb_start)
    if m is None or _SUBJECT_BAD.search(m.group()):
        return None
    words = [(w.group().lower(), w.end()) for w in _WORD.finditer(text, m.start(), m.end())]
    while len(words) > 1 and _adverb(words[-1][0]):
        words.pop()  # "The water company never": the subject ends before the adverb
    if len(words) < 2 or words[-1][0] in _SPEECHLESS:
        return None  # "The storm damaged homes and later said": an event says nothing
    return m.start(), words[-1][1]


def _adverb(w: str) -> bool:
    return w in _NOT_SUBJECT_WORDS or (w.endswith("ly") and w not in _NOT_LY)
