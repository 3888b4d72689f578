"""The subject of a contrasting clause that goes on to say something (round en234).

Two accounts of one event are set side by side with "while" or "whereas": "The storm
flattened 300 homes, the relief agency said, while village chiefs gave a higher count and
said the road to the coast was cut." The "and said" is coordinated with the verb of the
"while" clause ("gave a higher count"), so its subject is that clause's subject, "village
chiefs", not the teller of the words before ("the relief agency"). A "while" clause whose
own verb is a saying verb is read as an entry already ("while the union said ...").
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .speakers import forward_np, has_content_word

# ", while " or ", whereas " opening a clause of contrast (a time "while" has no comma
# before it as often, and its subject seldom speaks after "and")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")
# A quotation mark or a sentence's end between the clause and "and said": not one clause.
_BREAK = re.compile(r"[\"“”;:]|\.\s")


# A subject of up to five words before a verb and the first word of its object: "village
# chiefs gave a higher count", "supporters' groups named seven victims".
_SUBJECT_VERB = re.compile(r"([\w'’\-]+(?:\s+[\w'’\-]+){0,4}?)\s+[a-z]+\s+"
                           r"(?:the|a|an|its|their|his|her|no|some|several|dozens|hundreds"
                           rf"|{alt(EN.SPAN_NUMBERS)}|\d[\d,]*)\b")


def contrast_subject(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """(start, end) of the "while" clause's subject a later "and said" at ``verb_start``
    goes with, when the clause opens between ``lo`` and the verb; else None."""
    last = None
    for m in _CONTRAST.finditer(text, lo, verb_start):
        last = m  # the nearest clause of contrast before the verb
    if last is None or _BREAK.search(text, last.end(), verb_start):
        return None
    a, b = forward_np(text, last.end(), verb_start, max_tokens=6)
    if b <= a and (m := _SUBJECT_VERB.match(text, last.end(), verb_start)):
        a, b = m.span(1)  # "the organisers gave a toll" (a group the phrase reader leaves)
    if b <= a or not has_content_word(text[a:b]) or text[b:b + 1] not in (" ",):
        return None
    if text.find(" and ", b, verb_start) < 0 and text.find(" but ", b, verb_start) < 0:
        return None
    return a, b
