"""Arabic parts of the evaluation: date scope and speaker content words.

The English scorer compares speakers by ``[a-z0-9]+`` words, which would let
any two Arabic speakers match; here speakers are folded, stripped of clitics
and the article, and compared by content word.
"""

from __future__ import annotations

import re

from ..lang import ar as V
from .normalise import fold_set, fold_word, stems

_MONTH_WORDS = fold_set(w for m in V.MONTHS for w in m.split()
                        if w not in V.MONTH_NAME_ORDINALS)
_WEEKDAYS = fold_set(w[2:] for w in V.WEEKDAYS)
# Hijri month names are month names too ("10 محرم"); the words shared by several of
# them ("الأول", "ذو") are left out, as for the Levantine names.
_HIJRI_WORDS = fold_set(w for m in V.HIJRI_MONTHS for w in m.split()
                        if w not in V.HIJRI_MONTH_SHARED_WORDS)
_SCOPE_WORDS = _MONTH_WORDS | _HIJRI_WORDS | _WEEKDAYS | frozenset(V.YESTERDAY_TODAY_FOLDED)
_PLURAL_ENDINGS = V.SOUND_PLURAL_ENDINGS  # read once per word
_WORD = re.compile(r"[\u0621-\u064a]+|\d+")
_STOP = fold_set(V.STOP_WORDS) | frozenset(V.SPEAKER_FILLER_WORDS)


def date_in_scope(text: str) -> bool:
    """Could the gold contain this date? (month, weekday, 4-digit year, أمس/اليوم)."""
    f = fold_word(text)
    if re.search(r"(?<!\d)\d{4}(?!\d)", f):
        return True
    return any(any(form in _SCOPE_WORDS for form in stems(w)) for w in _WORD.findall(f))


def content_words(s: str | None) -> set[str]:
    if not s:
        return set()
    out: set[str] = set()
    for w in _WORD.findall(fold_word(s)):
        if w in _STOP:
            continue
        # Every clitic reading of the word: "وكالة" is a noun, not و + "كالة".
        for base in stems(w):
            if base in _STOP or len(base) < 3:
                continue
            # Case endings of sound plurals: "مسؤولون" = "مسؤولين".
            if len(base) > 4 and base.endswith(_PLURAL_ENDINGS):
                base = base[:-2]
            out.add(base)
    return out
