"""Arabic captives told by the ransom asked for them (round ar145).

"مسلحون يطلبون فدية مقابل ثلاثة مهندسين"، "طالبوا بفدية لإطلاق سراح خمسة رعاة"، "فدية
للإفراج عن ستة تجار": people a ransom is asked for are held by those who ask it, so the
count after "مقابل"/"لقاء" or after the release ("لإطلاق سراح"، "للإفراج عن") is of
captives when a ransom noun stands a few words before. Money or goods after "مقابل"
("مقابل 500 دولار") are no people, and a release with no ransom before it (a deal, a state
that frees) is left to the other readers. The casualty reader calls this once per count,
after a one-word look-up of the word before the count.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, is_end, word_in

_RANSOMS = fold_set(V.RANSOM_NOUNS)
_FOR = fold_set(V.RANSOM_FOR_WORDS)
_RELEASES = fold_set(V.RANSOM_RELEASE_NOUNS)
_LINKS = fold_set(V.RANSOM_RELEASE_LINKS)
# Every word that can stand right before the count: the cheap gate.
_BEFORE_COUNT = _FOR | _LINKS


def is_ransom_word(tok: Token) -> bool:
    """Is the token a ransom noun ("فدية"، "بفدية"، "الفدية")? The sentence gate's test:
    a sentence that asks a ransom is read even with no outcome word of its own."""
    return word_in(tok, _RANSOMS) is not None


def ransom_for(toks: list[Token], sa: int, a: int) -> int | None:
    """Where the ransom phrase before the count at ``a`` starts ("فدية مقابل"،
    "بفدية لإطلاق سراح"), or None when no ransom is asked for the people counted."""
    if a - 1 <= sa or toks[a - 1].w not in _BEFORE_COUNT:
        return None
    m = a - 1
    if toks[m].w in _LINKS:
        # "لإطلاق سراح"، "للإفراج عن": the release the ransom is for
        if word_in(toks[m - 1], _RELEASES) is None:
            return None
        m -= 1
        if m - 1 > sa and toks[m - 1].w in _FOR:
            m -= 1  # "مقابل الإفراج عن"
    for i in range(m - 1, max(sa - 1, m - 1 - V.RANSOM_REACH), -1):
        if is_end(toks[i]):
            return None
        if word_in(toks[i], _RANSOMS) is not None:
            return i
    return None
