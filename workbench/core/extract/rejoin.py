"""Words broken across a line break by a hyphen, read whole.

OCR'd and scraped copy keeps the printed page's line breaks, and a word split at one
comes as "wound-\\ned" or "kill-\\ned": two tokens, neither a verb the engines know.
``rejoin`` gives the text with each such break taken out ("wounded") and where every
character of it stands in the text as given; ``restore`` puts the engines' spans back on
the original text, so offsets and ``text`` stay exact substrings of it (a span that
crosses a break keeps the hyphen and the newline). Other strings the engines copy (a
speaker, a group) keep the joined word.

Only a lower-case letter before the hyphen and after the line break counts: "Al-\\nShabaab"
and a list's "-\\n" are no broken word.

A compound whose hyphen fell at the break keeps its hyphen, only the break is taken out:
"twenty-\\nfive" read as "twentyfive" was no number, and its figure was lost; "well-\\nknown",
"self-\\nstyled", "anti-\\naircraft" and "pro-\\ngovernment" went into a speaker or group as
one made-up word. The first part must be a whole word from a short list: hyphenation
splits ordinary words after "ex", "pro", "al" and "so" too ("ex-\\nplosion",
"pro-\\ntesters", "al-\\nready", "so-\\ncial"), so those join unless the second part is
one a compound takes ("pro-\\ngovernment"). Two numbers either side of the break are a
range ("10-\\n12"), read as "10-12": the figure read was the 12 alone.

Human-rights reports note a witness's pseudonym in brackets after the name: "Ko Min (not
his real name), 34, said ...". The note is taken out the same way (with the space before
it), so the engines read "Ko Min, 34, said" and name Ko Min; before, the speaker was the
bracket's words ("not her real name)") or ran into it ("Ko Min (not his real name").
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .lang import en as EN
from .lang.build import alt

_BROKEN = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])|(?<=[0-9])-\n[ \t]*(?=[0-9])")
# A witness's pseudonym noted in brackets after the name: taken out with the space before.
# (case-blind inside its group only: "Al-\nShabaab" must stay as it is)
_ASIDE = rf"[ \t]*\((?i:{alt(EN.PSEUDONYM_ASIDES)})\)"
_BROKEN_OR_ASIDE = re.compile(f"{_BROKEN.pattern}|{_ASIDE}")
# The whole word before the hyphen, read back from the break.
_LAST_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+\Z")
# First parts that are a compound's whatever follows.
_COMPOUND = EN.COMPOUND_FIRST_PARTS
# First parts that are a compound's only before these (else a word hyphenated there).
_COMPOUND_BEFORE = {"pro": re.compile(r"(?:govern|regime|democra|war\b|junta|army|militia|"
                                      r"state\b|independence)")}


class Rejoined(NamedTuple):
    text: str
    # origin[i]: the offset in the original text of the joined text's character i; one
    # more entry for the end of the text.
    origin: list[int]


def rejoin(text: str) -> Rejoined | None:
    """The text with its broken words joined and its pseudonym asides taken out, or None
    when it has neither."""
    broken = "-\n" in text
    # (three "in" tests spelt out: a generator over the hints cost more than the scans)
    aside = "real name" in text or "pseudonym" in text or "changed)" in text
    if not broken and not aside:
        return None  # the common case: a few substring tests
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in (_BROKEN_OR_ASIDE if aside else _BROKEN).finditer(text):
        if text[m.start()] != "-" or text[m.start() + 1] != "\n":
            cut = m.start()  # "(not his real name)": all of it
        elif _compound(text, m.start(), m.end()):
            cut = m.start() + 1
        else:
            cut = m.start()
        parts.append(text[pos:cut])
        origin.extend(range(pos, cut))
        pos = m.end()
    if not parts:
        return None
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return Rejoined("".join(parts), origin)


def _compound(text: str, hyphen: int, after: int) -> bool:
    """Whether the hyphen at ``hyphen`` joins two words (kept) rather than splits one."""
    if text[hyphen - 1].isdigit():
        return True  # "10-\n12": a range, read whole as "10-12" (the 10 was lost)
    word = _LAST_WORD.search(text, max(0, hyphen - 12), hyphen)
    if word is None:
        return False
    first = word.group().lower()
    if first in _COMPOUND:
        return True
    second = _COMPOUND_BEFORE.get(first)
    return second is not None and second.match(text, after) is not None


def restore(items: list[dict[str, Any]], original: str, joined: Rejoined) -> None:
    """Move each item's span from the joined text to ``original``, in place."""
    origin = joined.origin
    for item in items:
        start, end = item["start"], item["end"]
        a = origin[start]
        b = origin[end - 1] + 1 if end > start else a
        item["start"], item["end"], item["text"] = a, b, original[a:b]
