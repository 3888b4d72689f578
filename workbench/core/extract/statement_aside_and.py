"""(round en208) A clause joined after a source set off mid-sentence: "Another 14 were
wounded, it said, and about 3,000 villagers have fled to the forest." Wire copy sets the
source off after the first clause and goes on with a second joined by "and"; both are the
source's words, the second an entry of its own, as the sets give each clause a source
tells. Only a clause with a subject of its own (a count, a determiner, a name) reads: "...,
police said, and added that ..." is the source's next act, read by the verb's own rules."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

# Right after an entry's words: ", <source of one to six words> <verb>[ <day>], and <clause>"
# to the end of the sentence, no quote mark inside.
_ASIDE_AND = re.compile(
    rf",\s+(?P<src>[^,;:.!?\"“”]{{1,60}}?)\s+(?:{alt(EN.ASIDE_AND_VERBS)})"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:today|yesterday|on\s+[A-Z][a-z]+))?,\s+and\s+"
    r"(?P<clause>(?P<first>[\w'’]+)[^.;!?\"“”]*)")
_OPENERS = frozenset(EN.ASIDE_AND_SUBJECT_OPENERS)


def aside_and_clause(text: str, out: list[dict[str, object]]) -> None:
    """Add, for each entry whose words end before ", <source> said, and <clause>.", the
    clause as the same speaker's words."""
    for o in list(out):
        sp, end = o["speaker"], int(o["end"])  # type: ignore[call-overload]
        if not isinstance(sp, str) or text.find(", and ", end, end + 90) < 0:
            continue
        m = _ASIDE_AND.match(text, end)
        if m is None or len(m["src"].split()) > 6:
            continue
        first = m["first"]
        if not (first.lower() in _OPENERS or first[:1].isdigit() or (
                first[:1].isupper() and first not in ("I", "We"))):
            continue
        a, b = m.span("clause")
        if len(text[a:b].split()) >= 4:
            _add(out, text, a, b, sp)
