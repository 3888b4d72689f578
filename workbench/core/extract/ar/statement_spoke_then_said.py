"""A speaker who is said to have spoken to someone before what he said: "وتحدث مالك
المحل، فلان الفلاني، إلى صحيفة "..." فقال إن ..."، "وتحدثت المعلمة إلى الصحافيين وقالت
إن". The verb of saying after "ف"/"و" has no subject of its own; it is the one who spoke,
with the name set in commas after his title (before, the title alone, or the speaker of an
earlier sentence when the title was indefinite)."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_object_subject import _object_subject_end
from .statement_speaker_end import _speaker_end
from .statement_subject import _apposed_name_end
from .tokens import Token

# the verb of speaking that opens the sentence, with and without its "و"
_SPOKE = fold_set((*V.SPOKE_OF_VERBS, *("و" + v for v in V.SPOKE_OF_VERBS)))
_COMMAS = ("،", ",")
_PREPOSITIONS = fold_set(V.PLAIN_PREPOSITIONS)


def spoke_then_said(toks: list[Token], sa: int, k: int,
                    max_gap: int = 20) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """When the sentence from ``sa`` opens with "تحدث" and its subject, and the verb of
    saying at ``k`` ("فقال"، "وقالت") follows within ``max_gap`` tokens (the one spoken to
    may be a long outlet: 'إلى إذاعة "صوت ..." المحلية'، "إلى مراسل وكالة ... في المدينة"):
    the speaker (the title with its name in commas, as written) and the name alone, or
    None."""
    if k - sa > max_gap or toks[sa].w not in _SPOKE or toks[k].w[:1] not in "وف" or (
            sa + 1 >= k or not toks[sa + 1].is_word):
        return None
    if _feminine(toks[sa].w) != _feminine(toks[k].w):
        return None  # "وتحدث الوزير ... وقالت": another subject
    e = _object_subject_end(toks, sa + 1, k)
    if not sa + 1 < e < k:
        return None
    if toks[e].w in _COMMAS and (q := _apposed_name_end(toks, e, k)) is not None:
        return (sa + 1, q), (e + 1, q)
    if toks[e].is_word and (n := _name_end(toks, e, _speaker_end(toks, sa + 1, k))) > e:
        # "وتحدث المزارع سالم أحمد الحربي إلى ...": "تحدث" takes no object, so the words
        # after a trade or a title are his name, up to the one spoken to
        return (sa + 1, n), None
    return (sa + 1, e), None


def _name_end(toks: list[Token], e: int, n: int) -> int:
    """Where the name from ``e`` after a title ends, at most at ``n``: before an adverb in
    the accusative ("وتحدث الوزير طويلا"، "هاتفيا"، "باكيا") or a preposition ("مع
    مراسلنا"), which tell how and to whom he spoke, never who he is."""
    return next((r for r in range(e, n) if toks[r].w in _PREPOSITIONS or (
        len(toks[r].w) > 3 and toks[r].w.endswith("ا") and not toks[r].w.startswith("ال"))),
        n)


def _feminine(w: str) -> bool:
    """A past verb's feminine "ت" ("تحدثت"، "فقالت")."""
    return w.endswith("ت") and not w.endswith("ات")
