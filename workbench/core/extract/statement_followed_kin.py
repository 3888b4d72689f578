"""The person a feature follows, past a kin it names in passing (round en210).

A feature opens on its person by full name and tells of their kin in apposition to a
possessive: "Tomasz Wierzbicki-Rolf keeps the letter in a tin box. It names his younger
brother, Marek, at 22 ... '...,' he says." The kin named so is the followed person's kin,
no teller of the quotes that go on about him: a later "he says" is the owner's, the full
name whose "his" it was, even when a paragraph after opens on the kin ("Marek was one of
nine men held ... Last year a lab matched a sample Tomasz had given. '...,' he says.").

The kin keeps the pronoun when the text makes him the one who acts just before: the
sentence before the quote's own opens on him or on his introduction ("His son, Amir, 12,
sits beside him. '...,' he says."), or he is written as a teller anywhere ("Marek says").
A possessive of the other sex ("her brother, Marek ... '...,' he says") is no kin of the
pronoun's person and is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .spans import Document
from .statement_persons import _person_subject
from .statement_pronoun_person import agrees
from .statement_quoted_sentence import inside_open_quote

_POSSESSIVE_SEX = {"his": "he", "her": "she"}
# "his older brother, Marek," / "her only son, Amir,": the possessive, at most two words
# before the kin noun (adjectives of age and order), the name set in commas.
_KIN_NAMED = re.compile(
    rf"\b(?P<pos>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+){{0,2}}?(?:{alt(EN.FOLLOWED_KIN_NOUNS)})"
    r",\s+(?P<name>[A-Z][^\W\d_]+),")


def _told_as_teller(text: str, name: str) -> bool:
    """Is ``name`` written as a teller anywhere ("Marek says", "said Marek")?"""
    return any(f"{name} {verb}" in text or f"{verb} {name}" in text
               for verb in EN.FOLLOWED_KIN_TELLING_VERBS)


def followed_owner(doc: Document, name: str, sent_start: int, pos: int, pronoun: str,
                   memo: dict[int, str | None]) -> tuple[int, str] | None:
    """(position, owner) when ``name``, the bare name chosen for the ``pronoun`` ("he" or
    "she") of the quote at ``pos`` (whose sentence starts at ``sent_start``), is a kin the
    text named in apposition to a possessive of that pronoun's sex, and the owner is the
    full-named subject of that sentence or one just before; else None."""
    text = doc.text
    if " " in name or f", {name}," not in text[:pos]:
        return None  # the cheap gate: only a bare name set in commas is asked of
    if _told_as_teller(text, name):
        return None
    sents = doc.sentences
    k = bisect_left(doc.starts, sent_start) - 1
    if k >= 0:
        before = text[sents[k].start:sents[k].end].lstrip(" \"“")
        if before.startswith((name, "His ", "Her ")):
            return None  # "His son, Amir, sits beside him." / "Amir nods."
    for m in _KIN_NAMED.finditer(text, 0, pos):
        if m["name"] != name or _POSSESSIVE_SEX[m["pos"].lower()] != pronoun:
            continue
        if inside_open_quote(text, m.start()):
            continue  # a kin named inside someone's words
        j = bisect_left(doc.starts, m.start() + 1) - 1
        for i in (j, j - 1):
            if i < 0:
                continue
            if i not in memo:
                memo[i] = _person_subject(text, sents[i])
            owner = memo[i]
            if owner and " " in owner and name not in owner and agrees(
                    text, owner, pronoun, pos):
                return sents[i].start, owner
        return None
    return None
