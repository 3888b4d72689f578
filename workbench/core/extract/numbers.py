"""Count words and numerals as they appear in news copy.

News writes counts in many shapes: "1,200", "230000" (punctuation lost in
scraped text), "1.2 million", "twenty-three", "a dozen", "trio", and vague
quantifiers such as "dozens". This module turns one such phrase into a
(low, high, qualifier) triple; finding the phrase is done with COUNT_RE.
"""

from __future__ import annotations

import re
from math import isfinite

from .folding import CaseBlind
from .lang import en as EN
from .lang.build import alt

UNITS = EN.UNITS
TENS = EN.TENS
SCALES = EN.SCALES
COLLECTIVE = EN.COLLECTIVE
VAGUE = EN.VAGUE
QUALIFIER_KIND = EN.QUALIFIERS

_WORDNUM = alt([*UNITS, *TENS])
_SCALE = alt(SCALES)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# One number: digits or words, optionally followed by a scale word.
NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:{_SCALE}))?"
    rf"|(?:{_WORDNUM})(?:[-\s](?:{_WORDNUM}))?(?:\s+(?:{_SCALE})(?:\s+(?:and\s+)?(?:{_WORDNUM}))?)?"
    # "a hundred", "nearly a thousand": the article counts one of the scale
    rf"|an?\s+(?:{_SCALE})\b)"
)
_VAGUE_ALT = alt(VAGUE)
# "half a dozen", "a half-dozen", "a half dozen" and "half-dozen" all count six
_DOZEN = rf"(?:(?:half\s+a\s+|(?:an?\s+)?half[-\s]|(?:a|{_WORDNUM}|\d+)\s+)dozen)"
_COUNT_AHEAD = rf"(?:\d|(?:{_WORDNUM}|{_VAGUE_ALT}|dozen)\b)"  # a count begins here
# "half a million", "a quarter of a million": a fraction of a scale word (after round 47)
_FRACTION_WORDS = "|".join(w.replace(" ", r"[\s-]+") for w in EN.SCALE_FRACTIONS)
_FRACTION = rf"(?:{_FRACTION_WORDS})\s+(?:{_SCALE})"
QUALIFIER = alt(QUALIFIER_KIND)
_NOT_PARTITIVE = r"(?!\s+(?:them|whom)\b)"

# A count phrase: optional qualifier, then a range, a vague word, a dozen
# phrase, a collective noun, a number, or an article/"one" (article = 1). "Another"
# counts one like an article: "another soldier was killed", but before a count it is
# only a word of it ("another three soldiers"), and so is "an additional" / "a further"
# before a count ("an additional five soldiers" counts five).
_FIRST_WORDS = sorted({p.split()[0] for p in [*QUALIFIER_KIND, *VAGUE, *COLLECTIVE]}
                      | set(UNITS) | set(TENS) | {"between", "half", "a", "an", "another"})
# The lookahead rejects ordinary words before any alternative is tried. Case-blind: the
# casualty engine runs its lowered twin on ASCII sentences (folding.py).
# (round en126) never the minutes of a clock: "15:10 - 40 families fled" in a live blog
# is a time and then the count, no range "10 - 40".
COUNT_RE = CaseBlind(
    rf"\b(?<!\d:)(?=\d|(?:{alt(_FIRST_WORDS)})\b)(?:(?P<qual>{QUALIFIER})\s+)?"
    rf"(?:between\s+(?P<b1>{NUMBER})\s+and\s+(?P<b2>{NUMBER})"
    # a partitive's "of them" is left to the reader of sub-groups, as after a number
    # ("a dozen of them critically", "dozens of whom were children")
    rf"|(?P<frac>{_FRACTION})"
    rf"|(?P<vague>{_VAGUE_ALT})(?:\s+of\b{_NOT_PARTITIVE})?"
    # ("a dozen of the gunmen" leaves "of the" to the group reader, as after a number:
    # round 67)
    rf"|(?P<dozen>{_DOZEN})(?:\s+of\b{_NOT_PARTITIVE}(?!\s+(?:the|his|her|its|their|our)\b))?"
    # "a trio of policemen", "a couple of villagers": the article is part of the count
    rf"|(?:an?\s+)?(?P<coll>{alt(COLLECTIVE)})\b(?:\s+of\b{_NOT_PARTITIVE})?"
    # "five or six fishermen" is a range like "five to six"; a dash set off by spaces
    # joins two numbers of one kind ("10 - 15", "ten - twelve"): from digits to a word it
    # ends a dateline ("April 9 - Three Palestinians were killed")
    # (round en168) "30 or so people": a rough count, as "about 30 people" is
    rf"|(?P<num>{NUMBER})(?:(?:\s*to\s*|\s*[-–]\s*(?=\d)|(?<=[a-z])\s*[-–]\s*|[-–]"
    rf"|\s+or\s+)(?P<num2>{NUMBER})|(?P<orso>\s+or\s+so))?"
    rf"|(?P<art>an?(?!\s+(?:additional|extra|further)\s+{_COUNT_AHEAD})"
    rf"|another(?!\s+{_COUNT_AHEAD})))\b(?![,.]\d)"
)

_SPACE = re.compile(r"[\s-]+")

# Words that can begin a COUNT_RE match (digits are always candidates); triggers.py
# finds them together with the other engines' first words.
COUNT_FIRST_WORDS = tuple(_FIRST_WORDS)
# First words that begin a count only together with what follows them ("at least",
# "in excess of", "between 10 and", "half a dozen"): a regex for that continuation, so
# that the common "in" and "at" are not candidates on their own.
_PHRASES = [*QUALIFIER_KIND, *VAGUE, *COLLECTIVE]
_ALONE = ({p for p in _PHRASES if " " not in p} | set(UNITS) | set(TENS)
          | {"a", "an", "another"})
COUNT_CONTINUATION: dict[str, str] = {
    w: alt(p.split(" ", 1)[1] for p in _PHRASES if " " in p and p.split()[0] == w)
    for w in _FIRST_WORDS if w not in _ALONE and w not in {"between", "half"}
}
COUNT_CONTINUATION["between"] = _WORDNUM + r"|\d"
COUNT_CONTINUATION["half"] = rf"a\s+dozen|dozen|a\s+(?:{_SCALE})"


def word_value(text: str) -> int | None:
    """Value of a numeral or number-word phrase ("1,200", "twenty-three", "1.2 million")."""
    t = text.lower().replace(",", "").strip()
    parts = [p for p in _SPACE.split(t) if p and p != "and"]
    if not parts:
        return None
    total = 0
    current = 0.0
    for p in parts:
        if p in {"a", "an"}:
            current += 1  # "a hundred"
        elif p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p in SCALES:
            scale = SCALES[p]
            current = (current or 1) * scale
            if scale >= 1000:
                total += int(current)
                current = 0
        else:
            try:
                value = float(p)
            except ValueError:
                return None
            if not isfinite(value):
                return None  # "inf", "nan", "infinity": words float() takes, no numeral
            current += value
    return round(total + current)


_PARSED: dict[str, tuple[int, int | None, str] | None] = {}


def parse_count(m: re.Match[str]) -> tuple[int, int | None, str] | None:
    """(count_low, count_high, qualifier) for a COUNT_RE match.

    The result depends only on the matched text (the pattern parses one string one
    way), so it is kept per text: news repeats its count phrases ("two", "at least 12").
    """
    key = m[0]
    try:
        return _PARSED[key]
    except KeyError:
        pass
    if len(_PARSED) > 4096:
        _PARSED.clear()
    _PARSED[key] = parsed = _parse_count(m)
    return parsed


def _parse_count(m: re.Match[str]) -> tuple[int, int | None, str] | None:
    qual_text = (m.group("qual") or "").lower()
    qual_text = " ".join(qual_text.split())
    qualifier = QUALIFIER_KIND.get(qual_text, "about") if qual_text else "exact"
    if m.group("b1"):
        low, high = word_value(m.group("b1")), word_value(m.group("b2"))
        if low is None or high is None:
            return None
        return low, high, "range"
    if m.group("vague"):
        # (a case-blind match may hold a letter that lowers to no key: "dozenſ", "İ")
        vague = VAGUE.get(" ".join(m.group("vague").lower().split()))
        return None if vague is None else (vague, None, "vague")
    if m.group("frac"):
        words = m.group("frac").lower().replace("-", " ").split()
        share = EN.SCALE_FRACTIONS.get(" ".join(words[:-1]))
        scale = SCALES.get(words[-1])
        return None if share is None or scale is None else (round(share * scale), None,
                                                            qualifier)
    if m.group("dozen"):
        words = m.group("dozen").lower().replace("-", " ").split()
        mult = (0.5 if "half" in words else 1 if words[0] in {"a", "an"}
                else word_value(words[0]))
        if mult is None:
            return None
        return int(mult * 12), None, qualifier if qual_text else "about"
    if m.group("coll"):
        coll = COLLECTIVE.get(m.group("coll").lower())
        return None if coll is None else (coll, None, qualifier)
    if m.group("num"):
        low = word_value(m.group("num"))
        if low is None:
            return None
        if m.group("num2"):
            high = word_value(m.group("num2"))
            if high is None or high <= low:
                return None
            return low, high, "range"
        if m.group("orso") and not qual_text:
            return low, None, "about"
        return low, None, qualifier
    if m.group("art"):
        return 1, None, qualifier
    return None


def written_count(words: str) -> tuple[int, int | None, str] | None:
    """(count_low, count_high, qualifier) of ``words`` when they are wholly a count with no
    article ("three", "at least 12", "dozens"); None otherwise (the readers that name a
    part of a whole by its own count share this test)."""
    cm = COUNT_RE.rx.fullmatch(words)
    if cm is None or cm.group("art"):
        return None
    return parse_count(cm)
