"""Words read out from someone else's letter or message (round en210).

A speaker in a debate, a court or a funeral often reads another person's written words:
"Deputy Ana Ruiz read out a letter from a woman whose son was detained in 1976: "I am 80.
I cannot wait another year."", "a priest read a message from the boy's mother: "Forgive
them."", "The lawyer read a statement from the family: "We want justice."". The quote is
the writer's, named after "from"; the reader only gives it voice.

Unread: a letter read with no quote after its colon ("read out a letter from the
ministry."), and words read "on behalf of" someone ("read a statement on behalf of the
family: ...", the reader speaking for them, which the older rules leave as they were).
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_READ_FROM = re.compile(
    rf"\bread(?:\s+(?:out|aloud))?\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:{alt(EN.READ_OUT_WRITINGS)})"
    r"\s+(?:from|by|written\s+by|sent\s+by)\s+(?P<who>[^:;\"“”.!?]{3,120}?):\s*[\"“]"
    r"(?P<q>[^\"“”]{3,600}?)[\"”]")
# "Ines Okoro, a nurse": the writer's name before the description that follows it.
_NAME_FIRST = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}(?=,)")


def read_out_words(text: str, out: list[dict[str, object]]) -> None:
    """Add, in place, each quote read out from a writer's letter or message as the
    writer's, unless an entry already holds those words."""
    for m in _READ_FROM.finditer(text):
        who = m["who"].strip()
        if (name := _NAME_FIRST.match(who)) is not None:
            who = name.group()
        qs, qe = m.span("q")
        if any(int(o["start"]) < qe and qs < int(o["end"]) for o in out):  # type: ignore[call-overload]
            continue
        _add(out, text, qs, qe, who)
