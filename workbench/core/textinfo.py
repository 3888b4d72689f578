"""Direction and language of a text, guessed offline from its characters and words."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "said", "was", "were", "that", "on", "with"},
    "fr": {"le", "la", "les", "et", "des", "du", "un", "une", "est", "dans", "que"},
    "es": {"el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den"},
}


def detect_direction(text: str, sample: int = 20000) -> str:
    """'rtl' when right-to-left letters outnumber left-to-right ones."""
    rtl = ltr = 0
    for ch in text[:sample]:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            rtl += 1
        elif bidi == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


def paragraph_directions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, direction) for every non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), detect_direction(line)))
        pos += len(line) + 1
    return out


def detect_language(text: str, sample: int = 20000) -> str | None:
    chunk = text[:sample]
    arabic = sum(1 for ch in chunk if "\u0600" <= ch <= "\u06ff")
    letters = sum(1 for ch in chunk if ch.isalpha()) or 1
    if arabic / letters > 0.3:
        return "ar"
    words = [w.lower() for w in _WORD.findall(chunk)]
    if not words:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= 3 and best / len(words) > 0.05 else None
