"""Count words and numerals as they appear in news copy.

News writes counts in many shapes: "1,200", "230000" (punctuation lost in
scraped text), "1.2 million", "twenty-three", "a dozen", "trio", and vague
quantifiers such as "dozens". This module turns one such phrase into a
(low, high, qualifier) triple; finding the phrase is done with COUNT_RE.
"""

from __future__ import annotations

import re

from .spans import first_word_rx

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}
# Collective nouns that name an exact number of people.
COLLECTIVE: dict[str, int] = {"trio": 3, "pair": 2, "duo": 2, "couple": 2, "quartet": 4}

# Vague quantifiers: the smallest value each one implies (corpus convention).
VAGUE: dict[str, int] = {
    "a number of": 2, "a few": 2, "a handful of": 2, "several": 3, "dozens": 24,
    "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "several dozen": 36, "several hundred": 300, "several thousand": 3000,
}

_WORDNUM = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# One number: digits or words, optionally followed by a scale word.
NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:{_SCALE}))?"
    rf"|(?:{_WORDNUM})(?:[-\s](?:{_WORDNUM}))?(?:\s+(?:{_SCALE})(?:\s+(?:and\s+)?(?:{_WORDNUM}))?)?)"
)
_VAGUE_ALT = (
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|several\s+(?:dozen|hundred|thousand)"
    r"|a\s+number\s+of|a\s+few|a\s+handful\s+of|several|dozens|scores|hundreds|thousands|millions"
)
_DOZEN = rf"(?:(?:half\s+a|a|{_WORDNUM}|\d+)\s+dozen)"
QUALIFIER = (
    r"at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|up\s+to|as\s+many\s+as"
    r"|about|around|nearly|almost|some|approximately|roughly|an\s+estimated|close\s+to"
    r"|at\s+most|fewer\s+than|less\s+than"
)
QUALIFIER_KIND: dict[str, str] = {
    "at least": "at_least", "more than": "more_than", "over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "up to": "up_to",
    "as many as": "up_to", "at most": "up_to", "fewer than": "up_to", "less than": "up_to",
}

# A count phrase: optional qualifier, then a range, a vague word, a dozen
# phrase, a collective noun, a number, or an article/"one" (article = 1).
_FIRST_WORDS = (
    "at|more|over|upwards|in|up|as|about|around|nearly|almost|some|approximately|roughly|an?"
    "|close|fewer|less|between|tens|hundreds|several|dozens|scores|thousands|millions|half"
    f"|trio|pair|duo|quartet|{_WORDNUM}"
)
# The lookahead rejects ordinary words before any alternative is tried.
COUNT_RE = re.compile(
    rf"\b(?=\d|(?i:(?:{_FIRST_WORDS})\b))(?:(?P<qual>{QUALIFIER})\s+)?"
    rf"(?:between\s+(?P<b1>{NUMBER})\s+and\s+(?P<b2>{NUMBER})"
    rf"|(?P<vague>{_VAGUE_ALT})(?:\s+of\b)?"
    rf"|(?P<dozen>{_DOZEN})(?:\s+of\b)?"
    rf"|(?P<coll>trio|pair|duo|quartet)\b"
    rf"|(?P<num>{NUMBER})(?:\s*(?:to|-|–)\s*(?P<num2>{NUMBER}))?"
    rf"|(?P<art>an?))\b(?![,.]\d)",
    re.IGNORECASE,
)

_SPACE = re.compile(r"[\s-]+")

# Words that can begin a COUNT_RE match (digits are always candidates).
COUNT_FIRST = first_word_rx([w.rstrip("?") for w in _FIRST_WORDS.split("|")] + ["a", "an"])


def word_value(text: str) -> int | None:
    """Value of a numeral or number-word phrase ("1,200", "twenty-three", "1.2 million")."""
    t = text.lower().replace(",", "").strip()
    parts = [p for p in _SPACE.split(t) if p and p != "and"]
    if not parts:
        return None
    total = 0
    current = 0.0
    for p in parts:
        if p in UNITS:
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
                current += float(p)
            except ValueError:
                return None
    return round(total + current)


def parse_count(m: re.Match[str]) -> tuple[int, int | None, str] | None:
    """(count_low, count_high, qualifier) for a COUNT_RE match."""
    qual_text = (m.group("qual") or "").lower()
    qual_text = " ".join(qual_text.split())
    qualifier = QUALIFIER_KIND.get(qual_text, "about") if qual_text else "exact"
    if m.group("b1"):
        low, high = word_value(m.group("b1")), word_value(m.group("b2"))
        if low is None or high is None:
            return None
        return low, high, "range"
    if m.group("vague"):
        key = " ".join(m.group("vague").lower().split())
        return VAGUE[key], None, "vague"
    if m.group("dozen"):
        words = m.group("dozen").lower().split()
        mult = 0.5 if words[0] == "half" else (1 if words[0] == "a" else word_value(words[0]))
        if mult is None:
            return None
        return int(mult * 12), None, qualifier if qual_text else "about"
    if m.group("coll"):
        return COLLECTIVE[m.group("coll").lower()], None, qualifier
    if m.group("num"):
        low = word_value(m.group("num"))
        if low is None:
            return None
        if m.group("num2"):
            high = word_value(m.group("num2"))
            if high is None or high <= low:
                return None
            return low, high, "range"
        return low, None, qualifier
    if m.group("art"):
        return 1, None, qualifier
    return None
