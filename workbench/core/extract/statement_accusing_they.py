"""(round en226) "They accused them of ..." right after a sentence whose subject is an
armed or a security force: "Soldiers reached the village the next morning and detained 11
men. They accused them of hiding the attackers." The "they" is the force that acted, not
the latest person quoted before (a witness whose words came a paragraph earlier). Read
only when the pronoun opens its sentence on a verb of charging, and the sentence just
before, in the same paragraph and with no quote in it, opens on such a force."""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .spans import Document

_THEY_CHARGE = re.compile(rf"They\s+(?:{alt(EN.CHARGE_VERBS)})\s")
_FORCE_OPENS = re.compile(
    rf"(?P<np>(?:The\s+)?(?i:{alt(EN.ARMED_ACCUSERS)}))"
    rf"(?=\s+(?:[a-z]+\s+)?(?:[a-z]+ed|{alt(EN.IRREGULAR_PAST)})\b)")
_QUOTE_MARKS = ('"', "“", "”")


def accusing_force_before(doc: Document, pos: int) -> str | None:
    """The force the sentence before names as its subject, when the sentence at ``pos``
    opens "They accused ..."; None otherwise."""
    sent_start = doc.sentence_start(pos)
    text = doc.text
    if not text.startswith("They ", sent_start) or not _THEY_CHARGE.match(text, sent_start):
        return None
    i = bisect_left(doc.starts, sent_start) - 1
    if i < 0:
        return None
    sent = doc.sentences[i]
    if "\n" in text[sent.start:sent_start] or any(q in sent.text for q in _QUOTE_MARKS):
        return None  # another paragraph, or someone's words between
    m = _FORCE_OPENS.match(text, sent.start, sent.end)
    return m["np"] if m else None
