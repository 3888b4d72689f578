"""A speaker's name with an apposition of where they belong (round en221).

"Senator Luisa Ferro-Mazzoni, of the opposition Civic Front, said ...", "Dr Anna Lisk, of
the Red Crescent, said ...", "Jonas Pell, from the Harbour Alliance, told ...": a full name
(two capitalised words or more, a title among them) set before an "of" or "from" phrase in
commas, right before the verb. The name speaks; read backwards from the verb, the clause's
subject opened on the preposition and nobody was read. Without the commas ("Jonas Pell of
the Harbour Alliance said") the whole phrase is read, as before.

Unread as a name: a lone capital ("Lorvan, of the north, said"), a plural or a count
("Two of them, of the northern villages"), and a phrase of more than eight words or with a
clause in it.

(round en226) "for" too: the side a speaker stands for in a chamber or a court,
"Councillor Rhona Ede, for the opposition benches, said ...", "Ms Alma Quist, for the
defence, told the court ..."; the name speaks, as it does after "for her part".
"""

from __future__ import annotations

import re

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?"
# The name, then its "of" / "from" phrase, closing right before the verb (the segment's
# end); the name opens the clause or follows a fronted phrase's comma.
_NAME_OF_BODY = re.compile(
    rf"(?:^|,[ \t]+)(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,4}})[ \t]*,[ \t]+(?:of|from|for)[ \t]+"
    r"(?P<body>[^,;:\"“”()\n]{2,70}?)[ \t]*,[ \t]*$")
# Words that show the phrase holds a clause, not a body's name.
_CLAUSE_WORDS = frozenset(("who", "which", "that", "where", "when", "said", "says", "was",
                           "were", "is", "are", "had", "has"))
_BODY_WORDS = 8


def name_of_body(text: str, floor: int, vcut: int) -> tuple[int, int] | None:
    """(start, end) of the name in "<Name>, of <body>, said"; None otherwise."""
    if text.find(", of ", floor, vcut) < 0 and text.find(", from ", floor, vcut) < 0 and (
            text.find(", for ", floor, vcut) < 0):
        return None  # (the plain test before any pattern)
    m = _NAME_OF_BODY.search(text[floor:vcut])
    if m is None:
        return None
    body = m["body"].split()
    if len(body) > _BODY_WORDS or any(w.lower() in _CLAUSE_WORDS for w in body):
        return None
    return floor + m.start("name"), floor + m.end("name")
