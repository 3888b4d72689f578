"""A headline's teller before a present verb (round ar161): the second half of a headline
that joins an event and a teller's present verb of saying after "و" ("وفاة سجين في مركز
توقيف وذووه يتهمون الحراس بضربه"، "مقتل مصور ونادي الصحفيين يحمل الشرطة المسؤولية"،
"الإفراج عن معتقلين ومحرر يروي ساعات التحقيق"), kin who open a headline with a clause
describing the ones they stand for ("ذوو 60 بحارا فقدوا في العاصفة يطالبون بتكثيف البحث"),
and blaming in the present, which is a headline verb only with responsibility after it.

Only headlines come here (``_headline`` in ``statement_headline.py``); a noun before a
present verb in a body paragraph is running text and reads as before."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .tokens import Token

_KIN_TELLERS = frozenset(fold_word(s) + fold_word(x) for s in V.HEADLINE_KIN_TELLER_STEMS
                         for x in V.HEADLINE_KIN_TELLER_SUFFIXES)
_TELLER_HEADS = fold_set(V.HEADLINE_TELLER_HEADS) | fold_set(V.ORGANISATION_HEADS)
_KIN_HEADS = fold_set(V.HEADLINE_TELLER_HEADS)
_EVENT_NOUNS = fold_set(V.OUTCOME_TRIGGERS)
_BLAME = fold_set(V.HEADLINE_BLAME_VERBS)
_RESPONSIBILITY = tuple(fold_word(w) for w in V.RESPONSIBILITY_FOLDED)
_BLAME_REACH = V.HEADLINE_BLAME_REACH
_PEOPLE_PLURAL = V.PEOPLE_PLURAL_ENDING
_PARTICIPLE = V.PARTICIPLE_PREFIX
_KIN_REACH = V.HEADLINE_KIN_SUBJECT_REACH
_PAST_PLURAL = V.PAST_PLURAL_ENDING
_PRESENT_PREFIXES = frozenset(V.PRESENT_PREFIXES_HE_SHE)


def blames(toks: list[Token], k: int, end: int) -> bool:
    """"يحمل إسرائيل المسؤولية": the present of blaming with a word of responsibility
    within reach after it; "قارب يحمل 50 مهاجرا" carries."""
    w = toks[k].w
    if not toks[k].is_word or (w not in _BLAME and not (w[:1] == "و" and w[1:] in _BLAME)):
        # ("يتحمل"، "تتحمل" bear it themselves: no one is blamed)
        return False
    for r in range(k + 1, min(end, k + 1 + _BLAME_REACH)):
        t = toks[r]
        if t.w.startswith(_RESPONSIBILITY):
            return True
        if not (t.is_word or t.is_digit) or _joined_present(t.w):
            # ("والتجار يحملون البضائع إلى المحلات ويتحملون المسؤولية": the
            # responsibility is another verb's, the goods are carried)
            return False
    return False


def _joined_present(w: str) -> bool:
    """A present verb joined by "و" ("ويتحملون"، "وتطالب"): a clause of its own."""
    return len(w) >= 5 and w[:1] == "و" and w[1:2] in _PRESENT_PREFIXES


def second_teller(toks: list[Token], w: int, end: int,
                  head_verb: object) -> tuple[int, int] | None:
    """The teller after a headline's "و" at ``w`` and its verb: kin with a possessive
    right before the verb ("وذووه يتهمون"), a head in construct with one or two definite
    words ("ونادي الصحفيين يحمل"، "وأهالي المفقودين يتهمون"), or one indefinite word right
    before the verb ("ومحرر يروي"). ``head_verb(k)`` tells a headline verb. Returns
    (the teller's first token, the verb's token) or None."""
    t = toks[w].w
    if len(t) < 3 or t[:1] != "و" or w < 1 or not toks[w - 1].is_word:
        return None
    noun = t[1:]
    if noun.startswith("ال") or noun in _EVENT_NOUNS:
        return None
    if noun in _KIN_TELLERS:
        return (w, w + 1) if w + 2 < end and head_verb(w + 1) else None
    if noun in _TELLER_HEADS:
        for k in range(w + 1, min(end - 1, w + 4)):
            if head_verb(k):
                return (w, k) if k > w + 1 else None
            if not (toks[k].is_word and toks[k].w.startswith("ال")):
                return None
        return None
    if w + 2 < end and _people(noun) and head_verb(w + 1):
        return w, w + 1  # "ومحرر يروي"، "وفلاحون يحذرون": a bare teller
    return None


def _people(noun: str) -> bool:
    """A bare noun of people by its shape: a sound masculine plural ("فلاحون"، "ناجون")
    or a participle in "م" ("محرر"، "مسعف"); not a place coordinated with others
    ("ومصر"، "وفلسطين")."""
    return len(noun) >= 4 and not noun.startswith("ال") and (
        (noun.endswith(_PEOPLE_PLURAL) and len(noun) >= 5) or noun[:1] == _PARTICIPLE)


def kin_reach(toks: list[Token], head: int, sb: int, near_end: int) -> int:
    """How far a headline's subject may run when it opens on kin ("ذوو 60 بحارا فقدوا
    في العاصفة يطالبون"): up to ``HEADLINE_KIN_SUBJECT_REACH`` tokens, not past a word
    joined by "و" or a mark (a second half), else ``near_end`` as for any subject."""
    if toks[head].w not in _KIN_HEADS:
        return near_end
    r = near_end
    while r < min(sb - 1, head + _KIN_REACH) and (toks[r].is_word or toks[r].is_digit) and (
            toks[r].w[:1] != "و"):
        r += 1
    return r


def described_end(toks: list[Token], head: int, k: int) -> int:
    """Where a headline subject ends before its verb at ``k``: before a past plural verb
    that follows an indefinite word ("ذوو 60 بحارا فقدوا في العاصفة": the clause describes
    the men), else at the verb."""
    for r in range(head + 2, k):
        w = toks[r].w
        if w.endswith(_PAST_PLURAL) and len(w) >= 4 and toks[r - 1].is_word and not toks[
                r - 1].w.startswith("ال") and not toks[r - 1].w.endswith("ه"):
            return r
    return k
