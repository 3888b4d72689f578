"""A feature's named person later called by a role (round en233).

A feature introduces its person by name and calls them by what they do afterwards: "Ousmane
Keita-Doumbe has driven the same minibus for 22 years. The 51-year-old driver was stopped
by gunmen ... The driver and nine passengers were held. 'We slept on rocks,' he says." The
pronoun reads back to the nearest subject, "the driver", where the text has told who the
driver is. A definite role that speaks ("the driver", "the 51-year-old driver") takes the
name when the text ties the two, before the words:

* apposition: "Ousmane Keita-Doumbe, a bus driver, ...", "Ousmane Keita-Doumbe, 51, the
  driver of the 7am minibus"; "the driver, Ousmane Keita-Doumbe,"; "bus driver Ousmane
  Keita-Doumbe";
* an age that carries the person on: "The 51-year-old driver" opening the sentence right
  after one that opens on the name.

A role the text never ties to a name stays as it is ("the driver said the road was shut"),
and so does a role another name was given since ("the driver, Pavel Orr," after the first
person: the nearest tie wins).
"""

from __future__ import annotations

import re

# A definite role of one person: "the driver", "the 51-year-old driver", "the bus driver".
_ROLE = re.compile(r"(?:[Tt]he)\s+(?:\d{1,3}-year-old\s+)?(?:([a-z][a-z\-]+)\s+)?([a-z][a-z\-]+)")
# A person's name: two to four capitalised words, the last may be hyphenated, with no
# sentence's first word taken for part of it (the caller checks the start).
_NAME = r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*){1,3}"
# Heads that name a body, a group or a thing, never one person's role (the tie to a name
# is what shows the rest are roles: "Name, a nurse", "the nurse, Name").
_NOT_ROLES = frozenset(("government", "police", "army", "ministry", "family", "families",
                        "other", "water", "border", "order", "river", "corner", "number",
                        "summer", "winter", "matter", "letter", "paper", "centre", "center",
                        "event", "incident", "statement", "report", "document", "agreement",
                        "department", "parliament", "moment", "comment", "group",
                        "council", "committee", "court", "company", "agency", "office",
                        "authority", "authorities", "commission", "inquiry", "board",
                        "tower", "power", "chapter", "quarter", "cluster", "shelter"))


def _role_noun(speaker: str) -> str | None:
    m = _ROLE.fullmatch(speaker)
    if m is None:
        return None
    noun = m.group(2)
    if noun in _NOT_ROLES or noun.endswith("s"):
        return None
    return noun


def _ties(text: str, noun: str, before: int) -> list[tuple[int, str]]:
    """(position, name) of every tie between a name and the role ``noun`` before ``before``."""
    n = re.escape(noun)
    head = text[:before]
    found: list[tuple[int, str]] = []
    # "Name, a bus driver", "Name, 51, the driver of ...", "Name, a 51-year-old driver"
    for m in re.finditer(rf"(?<![\w'’\-])({_NAME}),\s+(?:\d{{1,3}},\s+)?(?:an?|the|a\s+local)\s+"
                         rf"(?:[\w\-]+\s+){{0,3}}?{n}\b", head):
        found.append((m.start(1), m.group(1)))
    # "the driver, Name," and "bus driver Name"
    for m in re.finditer(rf"\b{n},?\s+({_NAME})\b", head):
        found.append((m.start(1), m.group(1)))
    # "Name ... . The 51-year-old driver ...": the age carries the name of the sentence before
    for m in re.finditer(rf"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+\d{{1,3}}-year-old\s+"
                         rf"(?:[a-z\-]+\s+)?{n}\b", head, re.MULTILINE):
        prev_end = m.start()
        stop = max(head.rfind(". ", 0, prev_end - 2), head.rfind("\n", 0, prev_end - 1))
        opening = re.match(rf"\s*({_NAME})\b", head[stop + 1:prev_end])
        if opening:
            found.append((stop + 1 + opening.start(1), opening.group(1)))
    return found


def name_the_role(text: str, out: list[dict[str, object]]) -> None:
    """Give a speaking definite role the name the text tied it to before its words."""
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or sp[:4].lower() != "the " or (
                (noun := _role_noun(sp)) is None):
            continue
        ties = _ties(text, noun, int(o["start"]))  # type: ignore[call-overload]
        if ties:
            o["speaker"] = max(ties)[1]
