"""Two phrases after a clause that a trailing source is read in (round en230).

A source told in the middle of a clause whose adjunct goes on after it (round en230):
"He sold the nets in May, he says, for 9,000 pesos.", "Water came back on Sunday, the
mayor said, for two hours.", "Her husband left in April, she says, to look for work." The
phrase after the source's comma is no words of the verb's own (the verb has no object and
no "that"); it finishes the clause before the source, which holds the words. Only a
phrase that closes the sentence, with no comma, quote or finite verb of its own, is read
so: "The army said, for its part, that ..." and "..., he said, that he had ..." keep their
words after the verb.

An absolute phrase of "with" or "without", a noun and a participle of reporting closing
the clause: "The night passed calmly, police say, with no fresh clashes reported.", "The
market reopened, with two arrests recorded." The participle is the noun's, no verb of a
source; the phrase before it names no one who spoke."""

from __future__ import annotations

import re

from .lang import en as EN

# Openers the older adjunct test of a trailing source does not hold already ("in",
# "with", "after", "when" ... are read there): prepositions of price, length, reason,
# place and the infinitive's "to".
_OPENERS = frozenset(EN.CLAUSE_GOING_ON_ADJUNCTS)
# A finite verb or a "that" makes the phrase a clause of its own, which the source may
# have told: "..., he said, since the army had left".
_CLAUSE_WORDS = frozenset((*EN.FINITE_AUXILIARIES, "that", "did", "does", "do"))
_PHRASE_WORDS = 14
# A thousands comma inside a figure ("for 9,000 pesos") is no clause break.
_FIGURE_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_NOT_SUBJECTS = frozenset((*EN.PREPOSITIONS, *EN.FUNCTION_WORDS))
_STOPS = frozenset(',;:"“”()')
_UNCOMMAED_TIMES = EN.UNCOMMAED_TIME_OPENERS_EN237


def closing_adjunct(rest: str, host: str) -> bool:
    """``rest`` (the text after the verb, to the clause's end) is ", <preposition or
    "to"> ..." closing the sentence, with no clause of its own; ``host`` (the sentence up
    to its first comma) is a clause, not a fronted adverbial ("On Monday, the governor
    said, for the first time ...", "Meanwhile, ...": nothing there for the source)."""
    if rest[:1] != ",":
        return False
    low = host.lower()
    for time in _UNCOMMAED_TIMES:
        if low.startswith(time + " "):
            # (round en237) "So far 2,100 goats have been tagged": a time, then the subject
            host = host[len(time) + 1:]
            break
    opening = host.split()
    if len(opening) < 2 or opening[0].lower() in _NOT_SUBJECTS:
        return False
    body = rest[1:].strip().rstrip(".!?").rstrip()
    if "," in body:
        body = _FIGURE_COMMA.sub("", body)
    first = body.split(None, 1)[0].lower() if body else ""
    if first not in _OPENERS or any(c in _STOPS for c in body):
        return False
    words = body.split()
    return 1 < len(words) <= _PHRASE_WORDS and not any(
        w.lower() in _CLAUSE_WORDS for w in words[1:])


def host_clause(text: str, c0: int, end: int) -> str:
    """The sentence from ``c0`` up to its first comma before ``end`` that is no thousands
    comma inside a figure ("2,100 goats have been tagged, ...": the clause runs on past
    "2,100", round en237)."""
    comma = text.find(",", c0, end)
    while comma > 0 and text[comma - 1:comma].isdigit() and (
            text[comma + 1:comma + 4].isdigit()) and not text[comma + 4:comma + 5].isdigit():
        comma = text.find(",", comma + 1, end)
    return text[c0:comma]


def absolute_with(phrase: str) -> bool:
    """``phrase`` (between the last comma and a closing verb) opens with "with" or
    "without": the verb after it is the participle of an absolute phrase."""
    first = phrase.split(None, 1)[0].lower()
    return first in ("with", "without")
