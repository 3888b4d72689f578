"""The future's "س" read by Arabic morphology rather than by a list of stems.

"سيمثل"، "سترتفع"، "ستُدفن"، "سنطالب": the future prefix, a present verb's person prefix
and the verb's stem. Any verb can take it, so a closed list of stems misses the verbs news
has not used yet; the shape alone is a verb unless a noun's ending or a listed noun that
opens the same way ("سيارة"، "ستة"، "سنة"، "سياسة"، "سيول") says otherwise.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word

_PERSONS = frozenset(V.FUTURE_PREFIX_PERSONS)
_NOUN_ENDINGS = tuple(fold_word(w) for w in V.FUTURE_PREFIX_NOUN_ENDINGS)
_NOUNS = fold_set(V.FUTURE_PREFIX_NOUNS)
_NOUN_OPENINGS = tuple(fold_word(w) for w in V.FUTURE_PREFIX_NOUN_OPENINGS)
# "س"، the person prefix and a stem of two to five letters (with a plural's "ون" or a
# dual's "ان" a verb is at most eight letters: "سيرحلون"، "سيلتقيان")
_SHORTEST, _LONGEST = 4, 8


def future_prefix_verb(word: str) -> bool:
    """Is the folded ``word`` (maybe behind "و"/"ف") a verb the future's "س" opens?"""
    if word[:1] in "وف" and word[1:2] == "س":
        word = word[1:]
    if not (_SHORTEST <= len(word) <= _LONGEST and word[0] == "س" and word[1] in _PERSONS):
        return False
    if word.endswith(_NOUN_ENDINGS) or word in _NOUNS:
        return False
    return not word.startswith(_NOUN_OPENINGS)
