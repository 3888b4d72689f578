"""A body described, then its short name set off by commas (round en104).

"..., the Botswana Centre for Human Rights, Ditshwanelo, said in a report" (en-55) gave
nothing: a name in apposition after a description is read when it has two words or more
("the spokesman for the council, Ali Musa,") or is an acronym ("The UN mission, MONUSCO,
says", en-10; "the UN peacekeeping mission, MINUSMA, said", en-1; "The UN mission in the
Central African Republic, MINUSCA, said", en-46), but a one-word name could be a place or a
weekday. After a description whose head is a body's noun ("Centre", "group", "mission"),
the single capitalised word in commas is that body's own name, and it speaks.
"""

from __future__ import annotations

import re

from .lang import en as EN

# (the description opens on "the" after the words' comma; its head is the word before a
# "for" / "of" that goes on with what the body does, or its last word)
_DESCRIBED_BODY = re.compile(
    r",\s*[Tt]he\s+(?P<desc>[^,;:\"“”]{2,80}?)\s*,\s*(?P<name>[A-Z][\w'’\-]{2,})\s*,\s*$")


def body_short_name(text: str, c0: int, vcut: int) -> tuple[int, int, int] | None:
    """(where the words end, name start, name end) for "<words>, the <body>, <Name>,
    said"; None otherwise."""
    m = _DESCRIBED_BODY.search(text, c0, vcut)
    if m is None or m.start() == c0:
        return None
    desc = m["desc"].split()
    for joint in ("for", "of"):
        if joint in desc:
            desc = desc[:desc.index(joint)]
            break
    if not desc or desc[-1].lower() not in EN.BODY_DESCRIPTION_HEADS:
        return None
    return m.start(), m.start("name"), m.end("name")
