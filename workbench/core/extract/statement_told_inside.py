"""(round en116) A speaker who tells, in their own quoted words, what they told others
("I tell them I was one step from that myself," he says; "I told the police I didn't see
who did it"): what was told is a statement of its own, the speaker's, as the corpus rules
give every attribution with "told" one entry per source. Only a person says "I", so a
quote given to a body keeps no such entry (its speaker was read wrongly)."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_persons import _speaking_person
from .statement_record import _add

# "I tell them (that) ...", "I told the police (that) ...": the one told in at most three
# words in lower case, then the clause told (a subject, not "to": an order is another
# shape), to the end of the sentence or a subordinate clause after a comma.
_OWN_TELLING = re.compile(
    rf"(?<![\w'’])I\s+(?:{alt(EN.OWN_TELLING_VERBS)})\s+(?:[a-z][\w'’]*\s+){{0,2}}?"
    r"(?:them|him|her|us|you|[a-z]+s|police)\s+(?:that\s+)?"
    rf"(?P<told>(?:{alt(EN.OWN_TELLING_OPENERS)})\s[^.!?\"“”]+)")
_ENDS = re.compile(rf",\s+(?:{alt(EN.OWN_TELLING_ENDS)})\b")


def own_telling(text: str, out: list[dict[str, object]]) -> None:
    """Add, for each quote of a person, what the person says they told others."""
    for o in list(out):
        start, end, speaker = int(o["start"]), int(o["end"]), o["speaker"]  # type: ignore[call-overload]
        if not isinstance(speaker, str) or start == 0 or text[start - 1] not in "\"“" or (
                "I t" not in text[start:end]) or not _speaking_person(speaker) or (
                _named_body(speaker)):
            continue
        for m in _OWN_TELLING.finditer(text, start, end):
            a, b = m.span("told")
            if cut := _ENDS.search(text, a, b):
                b = cut.start()
            if len(text[a:b].split()) >= 3:
                _add(out, text, a, b, speaker)


def _named_body(speaker: str) -> bool:
    """"The Royal Cayman Islands Police Service": an article before capitalised words only
    names a body, which says no "I" ("the 41-year-old paramedic" is a person)."""
    words = speaker.split()
    return len(words) > 1 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:])
