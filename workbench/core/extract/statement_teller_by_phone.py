"""A new teller brought in by the sentence before a quote (round en195).

'The army said the road was safe. A driver who escaped has reached us by phone. "The first
truck went up on a mine ..."' A report introduces a person who reached the writer, spoke
to or told the newsroom, and then gives that person's words as a quote with no verb of
saying. A loose quote takes the speaker of the statement just before it, here the army;
the sentence right before the quote names who speaks: the subject of "reached us", "spoke
to us", "told us by phone". Only a subject that is a noun phrase opening its sentence with
a capital (not a pronoun, which the pronoun rules resolve), with nothing after the "us"
but a few words of how or when, and the quote opening right after it.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_TELLER = re.compile(
    r"(?P<np>[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,8}?)\s+"
    r"(?:(?:has|had|have)\s+)?(?:(?:just|finally|also)\s+)?"
    rf"(?:{alt(EN.TELLER_REACHING_VERBS)})\s+us\b"
    r"[^.!?\"“”:;]{0,50}[.:]\s*$")
_PRONOUNS = frozenset(w.capitalize() for w in (*EN.CLAUSE_SUBJECTS, "i", "we", "you"))
# What reaches a newsroom without being a person: "The letter reached us on Monday", "News
# of the attack reached us late" (a document's words are read by the document rules).
_NOT_PERSONS = frozenset((*EN.DOCUMENT_NOUNS, "news", "word", "call", "calls", "email"))
# How far before the quote its introducing sentence may begin.
_REACH = 220


def introduced_teller(text: str, qs: int) -> str | None:
    """The person the sentence right before the quote at ``qs`` (its first character after
    the quote mark) brings in as reaching the writer, else None."""
    q = qs - 1 if qs > 0 and text[qs - 1] in "\"“" else qs
    lo = max(0, q - _REACH)
    if text.find(" us", lo, q) < 0:
        return None
    # the sentence before: from the last stop (or line start) before it
    end = len(text[lo:q].rstrip()) + lo
    cut = max(text.rfind(". ", lo, end - 1), text.rfind("\n", lo, end - 1),
              text.rfind("? ", lo, end - 1), text.rfind("! ", lo, end - 1),
              text.rfind(".\" ", lo, end - 1), text.rfind(".” ", lo, end - 1))
    if cut < 0 and lo > 0:
        return None
    start = cut + 1 if cut >= 0 else lo
    while start < end and not text[start].isalnum():
        start += 1
    m = _TELLER.match(text, start, end)
    if m is None or m.group("np").split()[0] in _PRONOUNS or not _NOT_PERSONS.isdisjoint(
            w.lower() for w in m.group("np").split()):
        return None
    return m.group("np")
