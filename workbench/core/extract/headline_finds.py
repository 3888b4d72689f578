"""A headline closed by the group whose finding it reports: "DR Congo: Soldiers Killed
Villagers in Reprisal Raid, Amnesty Finds", "Dominican Republic: Abuses in Migration Raids,
Human Rights Watch Finds".

A rights group's report is headed with its finding and the group after a comma, as a
release is headed "..., Rights Group Says" or "..., warns NRC"; "finds" there reports what
the group's research concluded, as "found that" of a study or an inquiry does in the body
(``statement_findings``). The words are the clause before the comma, without the place
label before a colon; the speaker is the name of one to four capitalised words between the
comma and "Finds" at the line's end. A subject before "Finds" with words after it is no
such headline ("Investigation Finds No Military Target in Amhara Village": a deck line with
its own object), nor is "find" of bodies ("Police find bodies of seven men").
``statement_headlines._headline`` asks here first, before the colon labels.

The finder may also open the headline, its clause after "finds" (round en156): "Martinique:
rights group finds police fired rubber bullets at protesters' heads", "UN report finds
soldiers killed 40 villagers"; the subject is a body of research, a monitor or a group,
and the words a clause with a verb of its own.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_FINDS_HEADLINE = re.compile(
    r"^(?:[A-Z][\w .'’\-]{1,30}:\s+)?(?P<c>\S.{6,}?),\s+"
    r"(?P<sp>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+(?:Finds|finds)$")


def finder_headline(line: str) -> tuple[int, int, int, int] | None:
    """(words start, words end, speaker start, speaker end) in ``line``, or None."""
    m = _FINDS_HEADLINE.match(line)
    if m is None or len(m.group("c").split()) < 3:
        return None
    return m.start("c"), m.end("c"), m.start("sp"), m.end("sp")


# An optional place label, a subject of up to three words ending on a finder's noun,
# "finds" and the clause.
_FINDER_OPENS = re.compile(
    r"^(?:[A-Z][\w .'’\-]{1,30}:\s+)?(?P<sp>(?:[\w'’\-]+\s+){0,3}?"
    rf"(?i:{alt(EN.HEADLINE_FINDERS)}))\s+(?:finds|Finds|FINDS)\s+(?:(?i:that)\s+)?"
    # (what was come upon is no finding: "Watchdog finds bodies dumped in river")
    rf"(?!(?i:(?:the\s+)?(?:{alt(EN.HEADLINE_FOUND_THINGS)}))\b)(?P<c>\S.{{6,}})$")
_CLAUSE_VERB = re.compile(rf"\s(?:[a-z]+ed|(?i:{alt(EN.FOUND_CLAUSE_VERBS)}))\b")


def finder_opens_headline(line: str) -> tuple[int, int, int, int] | None:
    """(words start, words end, speaker start, speaker end) of "<finder> finds <clause>"
    in ``line``, or None (no finder's noun, or an object with no verb after "finds")."""
    m = _FINDER_OPENS.match(line)
    if m is None or not _CLAUSE_VERB.search(m.group("c")):
        return None
    return m.start("c"), m.end("c"), m.start("sp"), m.end("sp")
