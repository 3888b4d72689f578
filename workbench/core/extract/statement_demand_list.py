"""(round en226) A body's demands set out as a list under the verb that makes them.

A rights group's statement often ends on what it asks for, one demand a line:

    The Centre demands that:
    - the police open an inquiry into every killing;
    - the army withdraw from the schools it occupies.

The lines are one statement, the subject before the verb its speaker, as the older gold
already reads a communique's numbered list after "inform the public that:". Read only
when the verb closes its line on a colon and at least two marked lines (a dash, a bullet or
a number) follow; a summary's "What we know so far:" or "Notes to editors:" has no verb
of asking and stays unread, and so does a pronoun subject ("We call for:"), whose body
the line does not name.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

# The asking verb closing its line on a colon: "demands that:", "calls for:", "urges:".
_INTRO = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<sp>[A-Z][^\n.!?:;\"“”]{1,80}?)[ \t]+"
    rf"(?:(?:{alt(EN.LIST_DEMAND_VERBS)})(?:[ \t]+that)?"
    rf"|(?:{alt(EN.LIST_CALL_VERBS)})[ \t]+for)[ \t]*:[ \t]*\n")
# One marked line of the list and its words.
_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+(?P<w>[^\n]*\S)[ \t]*(?:\n|$)")
_MAX_SPEAKER_WORDS = 8
_NOT_SPEAKERS = frozenset(EN.PRONOUNS)
_PREPOSITIONS = frozenset(EN.PREPOSITIONS)


def listed_demands(text: str, out: list[dict[str, object]]) -> None:
    """Add the list under each asking verb as one statement of the verb's subject."""
    for m in _INTRO.finditer(text):
        speaker = m["sp"].strip()
        if ", " in speaker and speaker.split(None, 1)[0].lower() in _PREPOSITIONS:
            # "In its report, the Forum calls for:": the fronted phrase is nobody
            speaker = speaker.rsplit(", ", 1)[1]
        words = speaker.split()
        if not words:
            continue
        if len(words) > _MAX_SPEAKER_WORDS or words[0].lower() in _NOT_SPEAKERS:
            continue
        pos, first, last = m.end(), -1, -1
        while item := _ITEM.match(text, pos):
            if first < 0:
                first = item.start("w")
            last, pos = item.end("w"), item.end()
            if pos >= len(text):
                break
        if first < 0 or text.count("\n", first, last) < 1:
            continue  # one line or none: no list
        if any(int(o["start"]) <= first and last <= int(o["end"]) for o in out):  # type: ignore[call-overload]
            continue
        _add(out, text, first, last, speaker)
