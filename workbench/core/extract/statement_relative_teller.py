"""Two bounds of a speaker read before its verb (round en112).

A relative clause's own subject: "urges publishers to stop paying by the article, a
practice which it says leaves them with no protection" (en-61). The phrase read back from
"says" ran over the relative pronoun to the noun the clause describes; but the practice is
what the clause is about, and "it" is who speaks, as in ", which it says" after a bare
comma (en-55). The speaker is the pronoun after "which", "that", "who" or "whom", left to
the pronoun passes to resolve.

The hearer of "told": "..., Justice Minister Maureen Pardy told the House of Assembly on
Tuesday" (en-61) gave the words to "Assembly", read after the verb as an inverted source.
Whoever is told is never the teller: when a subject stands before "told" or "tells", the
phrase after it is the hearer, and the subject speaks.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_RELATIVE_THEN_PRONOUN = re.compile(
    rf"\b(?:{alt(EN.RELATIVE_PRONOUNS)}|whom)\s+(?P<p>{alt(EN.RELATIVE_CLAUSE_SUBJECTS)})$",
    re.IGNORECASE)


def relative_clause_subject(text: str, a: int, b: int) -> tuple[int, int]:
    """The pronoun that is the subject of a relative clause closing the speaker phrase
    text[a:b] ("a practice which it" -> "it"), else (a, b) unchanged."""
    m = _RELATIVE_THEN_PRONOUN.search(text, a, b)
    if m is None or m.start() == a:
        return a, b
    return m.span("p")


def hearer_not_teller(word: str, a: int, b: int) -> bool:
    """True when the phrase after ``word`` is its hearer, not an inverted speaker: "told"
    with a subject read before it (text[a:b] not empty)."""
    return b > a and word.lower() in EN.TELL_FORMS


# The subject, then an attribution set off by commas before its own verb: "Her husband,
# she says, asked her to ..." (the aside's verb is a verb of saying in any tense).
_SUBJECT_THEN_ASIDE = re.compile(
    r"(?P<np>(?-i:[A-Z])[^,;:\"“”.!?]{1,60}?)\s*,\s*"
    rf"(?:{alt(EN.PRONOUNS_OF_ASIDE)}|(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){{0,2}})"
    rf"\s+(?:{alt(EN.ASIDE_SAYING_VERBS)})\s*,\s*$", re.IGNORECASE)


def subject_before_aside(text: str, floor: int, vcut: int) -> tuple[int, int] | None:
    """(round en112) The subject before an attribution set off by commas, when the verb at
    ``vcut`` is its own ("Her husband, she says, asked her to stop opening at night", en-61:
    the husband asked, the aside's "she" says so), else None. The subject opens the sentence
    (``floor``)."""
    m = _SUBJECT_THEN_ASIDE.fullmatch(text, floor, vcut)
    if m is None:
        return None
    return m.span("np")
