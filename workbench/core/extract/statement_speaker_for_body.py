"""(round en193) A person described as speaking for a body, with the body's name set in
commas after the description: "A spokesperson for the owner, Harbour Line Shipping, said
the company was ...", "A representative of the charity, Hope Across Borders, said". The
name in commas is the body's (the owner's, the charity's), not the person's, so the
described person speaks: "A spokesperson for the owner". A person's name in the same
place ("A spokesman for the army, Colonel Ali Musa, said") keeps its reading."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_persons import _body_name

# The description: an article, a noun of one who speaks for a body, "for", "of" or "at"
# and the body's description (a determiner and up to three words), ending at the comma
# before the name. Read backwards from the name, so anchored at the end.
_DESCRIPTION = re.compile(
    rf"(?:^|(?<=[\s\"“(]))(?P<desc>(?:[Aa]n?|[Tt]he)\s+(?:[a-z\-]+\s+)?"
    rf"(?:{alt(EN.BODY_VOICE_NOUNS)})\s+(?:for|of|at|from)\s+"
    rf"(?:the|its|their|a|an)\s+(?:[\w'’\-]+\s+){{0,2}}[a-z][\w\-]*),\s+$")
_LOOKBACK = 90  # the description's longest reach before the name


def names_a_body(name: str) -> bool:
    """Is ``name`` a body's and not a person's: a body's head ("... Ministry"), a
    company's ("Harbour Line Shipping", "Delta Ferries Ltd"), or a preposition inside it
    that a person's name does not hold ("Hope Across Borders")?"""
    words = name.split()
    if not words or words[0].lower().rstrip(".") in EN.TITLES:
        return False
    return _body_name(words) or words[-1].lower().strip(".,") in EN.COMPANY_NAME_HEADS or any(
        w.lower() in EN.BODY_NAME_PREPOSITIONS for w in words[1:-1])


def speaker_for_body(text: str, out: list[dict[str, object]]) -> None:
    """Give the entries whose speaker is a body's name set after "<a spokesperson for
    the owner>," the described person instead."""
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or not sp[:1].isupper():
            continue
        start = int(o["start"])  # type: ignore[call-overload]
        at = text.rfind(sp, max(0, start - 400), start)
        # (speed round 16: the comma after the name, one look at the text, before the name's
        # own test; most speakers are followed by their verb, and both tests must hold)
        if at < 0 or text[at + len(sp):at + len(sp) + 1] != "," or not names_a_body(sp):
            continue
        m = _DESCRIPTION.search(text, max(0, at - _LOOKBACK), at)
        if m is not None:
            o["speaker"] = m["desc"]
