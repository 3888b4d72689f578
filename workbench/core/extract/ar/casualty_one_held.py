"""One person held, freed or taken, told with no count (round ar122).

Small readers, run after the sentence rules and the earlier rounds' readers, each adding
a figure only where none holds its words:

* a death in custody of one held: the verbal noun or verb of dying, then the held one's
  noun, indefinite ("وفاة معتقل في السجن"، "توفي أسير فلسطيني"): killed 1, as the blind
  sets count deaths in custody ("وفاة 9 محتجزين"), and so one wounded who died ("وفاة
  جريحة متأثرة بجروحها"); a definite or named one ("وفاة الأسير") is no count, as
  everywhere;
* one freed from captors: a hostage or one taken after the verb of freeing ("حررت القوات
  رهينة"، "تحرير مختطف")، or another person in the accusative after the verb and its
  subject ("حررت الشرطة طفلا مخطوفا"): captured 1, as hostages later freed keep their
  count; "حرر ضابط محضرا" (a report written) and "تحرير المدينة" name nobody freed;
* one taken, told before the unvowelled passive of taking ("عثر على طفل خطف من أمام
  منزله"، "إن سائقا ماليا خطف قرب الحدود"، "طفل في العاشرة كان قد خطف"): with no
  diacritics the active and the passive are spelt alike, so the sign is the verb's object
  missing after it (a place, a time, a means or the clause's end), and the one before it
  is the one taken: captured 1. "خطف اللاعب الأضواء" and "رجل خطف طفلا" have an object.

Each reader starts from words the text must hold, found by one set look-up per token, so
text without them costs one pass.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ..lang import ar as V
from .casualty_aged_subject import age_end
from .casualty_freed_captives import CountAt
from .figure_reach import by_sentence
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, is_end, positions_of, word_in

_DYING = fold_set(V.CUSTODY_DEATH_WORDS)
_HELD_ONE = fold_set((*V.HELD_ONE_NOUNS, *V.WOUNDED_ONE_NOUNS))
_FORMER = fold_set(V.HELD_FORMER)
_FREEING = fold_set(V.FREEING_WORDS)
_FREEING = _FREEING | frozenset("و" + w for w in _FREEING)  # ("وحرر الجيش طفلا")
_FREEING_NOUNS = fold_set(V.FREEING_NOUNS)
_FREED_ONE = fold_set(V.FREED_ONE_NOUNS)
_TAKEN = fold_map(V.TAKEN_PASSIVES)
_HAD_BEEN = fold_set(V.TAKEN_HAD_BEEN)
_FOLLOWERS = fold_set((*V.PASSIVE_OUTCOME_FOLLOWERS, *V.PASSIVE_PLACE_FOLLOWERS,
                       *V.TAKEN_FOLLOWERS))
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_DOERS = fold_set(V.TAKEN_DOER_NOUNS)  # (the kidnapper before "خطف", not the one taken)
_STOPS = fold_set((*V.CLAUSE_BREAKS, *V.COMPLEMENTIZERS, *V.THAT_FORMS_FOLDED))
_TRIGGERS = fold_set((*V.OUTCOME_TRIGGERS, *V.OUTCOME_AFTER))
_PREPOSITIONS = fold_set(V.PLAIN_PREPOSITIONS)
_SUBJECT_WORDS = 3
_DESCRIPTION = V.TAKEN_DESCRIPTION_WORDS
_RELEASED = fold_set(V.RELEASED_ONE_VERBS)
_RELEASED_OBJECT = fold_set(w for ws in V.RELEASED_ONE_PRONOUNS.values() for w in ws)
_OF_HIM = fold_set(V.OF_HIM_HER_THEM)
_HELD_OUTCOMES = frozenset(("arrested", "captured"))
_RELEASE_OF = fold_set(V.RELEASE_WORDS_OF)
_TAKEN_HIM = fold_map(V.RELEASED_TAKEN_HIM)
# (round ar147) the verbs of "أفرج عن" with their "و", whose "عن" may stand after the
# releasers and a time phrase
_RELEASE_ABOUT = fold_set(V.RELEASE_ABOUT_VERBS)
_RELEASE_ABOUT = _RELEASE_ABOUT | frozenset("و" + w for w in _RELEASE_ABOUT)
_ABOUT = "عن"
_RETURN_OF_ONE = fold_set(V.RELEASE_OR_RETURN_OF_ONE)
# the participles of taking that describe one freed ("طبيب مخطوف"; not "رهينة", a noun)
_TAKEN_PARTICIPLES = _FREED_ONE - fold_set(("رهينة",))
# (round ar153) one taken along with the one released ("مع زميل له"، "مع سائقه"، "مع ابن
# عمه")
_WITH = "مع"
_TAKEN_WITH_NOUNS = fold_set(V.TAKEN_WITH_STEMS)
_TAKEN_WITH_POSSESSED = fold_set(stem + suffix for stem in (
    *V.TAKEN_WITH_STEMS, *V.PAIR_KIN_STEMS) for suffix in V.KIN_OF_ONE_SUFFIXES)
_KIN_HEADS = fold_set(V.KIN_CONSTRUCT_HEADS)
_POSSESSED_KIN = fold_set(stem + suffix for stem in V.POSSESSED_KIN_STEMS
                          for suffix in V.POSSESSIVE_SUFFIXES)
_STARTS = (_DYING | _FREEING | frozenset(_TAKEN) | _RELEASED | _RELEASE_OF | _RELEASE_ABOUT
           | _RETURN_OF_ONE)


def one_held(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
             out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add to ``out`` the one held who died, the one freed and the one taken that no
    figure holds yet."""
    hits = positions_of(toks, _STARTS)
    if not hits:
        return
    # (the held figures of the whole report, for a release whose holding was told in an
    # earlier sentence: looked at only when a verb of releasing is met)
    held = _Held(spans, sorted((f["start"], str(f["outcome"])) for f in out
                               if f["outcome"] in _HELD_OUTCOMES))
    by_sentence(folded, toks, spans, hits, out,
                lambda sa, sb, k, local: _read_at(folded, toks, sa, sb, k, local, count_at,
                                                  held))


def _read_at(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
             out: list[dict[str, Any]], count_at: CountAt,
             held: _Held) -> None:
    w = toks[k].w
    found: tuple[int, int, int, str] | None = None  # (start, end, head, outcome)
    if w in _RELEASED or w in _RELEASE_ABOUT:
        found = _one_released(folded, toks, sa, sb, k, held) if w in _RELEASED else None
        if found is None and w in _RELEASE_ABOUT and (j := _about_after(toks, k, sb)):
            found = _released_then_taken(toks, j, sb)  # (round ar147) "أفرج ... عن"
    elif w in _RELEASE_OF:
        found = _released_then_taken(toks, k, sb)
    elif w in _RETURN_OF_ONE:
        # (round ar151) "الإفراج عن طبيب مخطوف"، "تعيد مهندسا مخطوفا": only the participle
        # of taking after the one makes him one captured
        j = k + 1 if k + 1 < sb and toks[k + 1].w == _ABOUT else k
        found = _released_then_taken(toks, j, sb, participle_only=True)
        if found is not None:
            found = (k, *found[1:])
    elif w in _DYING:
        found = _died_in_custody(toks, k, sb)
    elif w in _FREEING:
        found = _one_freed(toks, k, sb, count_at)
    elif w in _TAKEN:
        found = _one_taken(toks, sa, sb, k)
    if found is None:
        return
    a, b, h, outcome = found
    if not append_one(folded, toks, a, b, h, outcome, out):
        return
    if outcome == "captured" and toks[b - 1].w in _TAKEN_HIM and (
            along := _taken_with(toks, b, sb)) is not None:
        # (round ar153) "أفرج مسلحون عن نجار كانوا قد خطفوه مع زميل له": one more taken
        s, e = folded.span(toks[b].s, toks[along[0] - 1].e)
        hs, he = folded.span(toks[along[1]].s, toks[along[1]].e)
        out.append({"start": s, "end": e, "text": folded.original[s:e],
                    "outcome": "captured", "count_low": 1, "count_high": None,
                    "qualifier": "exact", "group": folded.original[hs:he]})


def append_one(folded: Folded, toks: list[Token], a: int, b: int, h: int, outcome: str,
               out: list[dict[str, Any]]) -> bool:
    """Append one person of ``outcome`` told by the tokens ``a`` to ``b`` (the person's noun
    at ``h``, the group) unless a figure already reads those words; whether it was added."""
    s, e = folded.span(toks[a].s, toks[b - 1].e)
    if any(f["start"] < e and f["end"] > s for f in out):
        return False
    hs, he = folded.span(toks[h].s, toks[h].e)
    out.append({"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
                "count_low": 1, "count_high": None, "qualifier": "exact",
                "group": folded.original[hs:he]})
    return True


def _taken_with(toks: list[Token], b: int, sb: int) -> tuple[int, int] | None:
    """(round ar153) One taken along with the one released, right after the verb of taking
    with his pronoun: "مع" and an indefinite person with "له"/"لها" ("مع زميل له")، a
    companion or kin with his pronoun ("مع سائقه"، "مع شقيقه") or a kin noun in construct
    with a possessed kin ("مع ابن عمه"). Returns the end of the words and the head."""
    if b + 1 >= sb or toks[b].w != _WITH:
        return None
    t = toks[b + 1]
    if not t.is_word or t.w.startswith("ال"):
        return None
    if b + 2 < sb and toks[b + 2].w in _OF_HIM and (
            t.w in _SINGULAR or t.w in _TAKEN_WITH_NOUNS):
        return b + 3, b + 1
    if t.w in _TAKEN_WITH_POSSESSED:
        return b + 2, b + 1
    if t.w in _KIN_HEADS and b + 2 < sb and toks[b + 2].w in _POSSESSED_KIN:
        return b + 3, b + 1
    return None


def died_held(toks: list[Token], sa: int, a: int) -> bool:
    """Is the figure of the held (captured or arrested) starting at ``a`` the subject of a
    death right before it ("وفاة أسيرين"، "وفاة معتقلين اثنين")? Deaths in custody are
    killed, as "وفاة 9 محتجزين" is read."""
    return a > sa and toks[a - 1].w in _DYING


def doer_took(toks: list[Token], a: int, b: int) -> bool:
    """(round ar125) Is the figure of one in [a, b) an armed man or a suspect right before
    the verb of taking that ends it ("مسلح خطف من السوق طفلا")? He is the kidnapper, as
    ``_one_taken`` reads him, not one taken."""
    if b - a < 2 or toks[b - 1].w not in _TAKEN or any(
            toks[r].w not in _HAD_BEEN for r in range(a + 1, b - 1)):
        return False
    w = toks[a].w[1:] if toks[a].w.startswith("و") else toks[a].w
    return w in _DOERS or (w.endswith("ا") and w[:-1] in _DOERS)


def _indefinite(t: Token) -> bool:
    return t.is_word and not t.w.startswith("ال")


def _construct_after(toks: list[Token], j: int, sb: int) -> bool:
    """Is a definite genitive right after ``j`` ("معتقل الخيام": the camp; "أسير الحرب")?"""
    return j + 1 < sb and toks[j + 1].w.startswith("ال")


def _died_in_custody(toks: list[Token], k: int, sb: int) -> tuple[int, int, int, str] | None:
    """"وفاة معتقل"، "توفي أسير فلسطيني": one held who died (or one wounded: "وفاة
    جريحة")."""
    j = k + 1
    if j >= sb or not _indefinite(toks[j]) or toks[j].w not in _HELD_ONE or _construct_after(
            toks, j, sb) or (j + 1 < sb and toks[j + 1].w in _FORMER):
        return None  # (or one freed before: "وفاة معتقل سابق")
    return k, j + 1, j, "killed"


def _person_one(t: Token) -> bool:
    """An indefinite person noun in the accusative ("طفلا"، "سائقا")."""
    w = t.w
    return w.endswith("ا") and w[:-1] in _SINGULAR


def _one_freed(toks: list[Token], k: int, sb: int,
               count_at: CountAt) -> tuple[int, int, int, str] | None:
    """"حررت القوات رهينة"، "تحرير مختطف"، "حررت الشرطة طفلا مخطوفا": one freed."""
    noun = toks[k].w in _FREEING_NOUNS
    end = min(sb, k + 2 + _SUBJECT_WORDS)
    for j in range(k + 1, end):
        t = toks[j]
        if not _indefinite(t) and j == k + 1 and noun:
            return None  # ("تحرير المدينة"، "تحرير الرهينة": a place, or one named before)
        if not noun and j == k + 2 and t.w == "من" and j + 2 < sb and toks[j + 1].w.startswith(
                "ال") and _person_one(toks[j + 2]):
            # (round ar153) the freeing unit named by "من" and its body ("حررت وحدة من
            # الجيش تاجرا"): the one freed right after it
            return k, j + 3, j + 2, "captured"
        if not t.is_word or t.w in _PREPOSITIONS or count_at(toks, j, sb) is not None:
            return None  # (a count is the sentence rules' own: "حررت القوات 12 رهينة")
        if _indefinite(t) and (t.w in _FREED_ONE or (noun and j == k + 1 and t.w in _SINGULAR)
                               or (j > k + 1 and _person_one(t))):
            if _construct_after(toks, j, sb) and t.w not in _FREED_ONE:
                return None  # ("تحرير طفل العائلة": one named by whose he is)
            return k, j + 1, j, "captured"
        if noun:
            return None  # (the verbal noun takes its object at once)
    return None


class _Held:
    """The held figures of a report in the order of their starts, and its sentences, so
    that the last holding before a release is found by bisection (a long report with
    many releases and holdings is read once, not once per release)."""

    __slots__ = ("outcomes", "sentences", "spans", "starts")

    def __init__(self, spans: list[tuple[int, int]], held: list[tuple[int, str]]) -> None:
        self.spans = spans
        self.sentences = [sa for sa, _ in spans]
        self.starts = [s for s, _ in held]
        self.outcomes = [o for _, o in held]

    def last_before(self, folded: Folded, toks: list[Token], sa: int,
                    start: int) -> str | None:
        """The outcome of the last held figure before ``start``, when it is told in the
        sentence of ``sa`` or in the few sentences before it; None otherwise (a holding
        told paragraphs before is not what a bare release refers to)."""
        i = bisect_left(self.starts, start) - 1
        if i < 0:
            return None
        at = max(0, bisect_right(self.sentences, sa) - 1 - V.RELEASED_ONE_HELD_SENTENCES)
        first = toks[self.spans[at][0]]
        return self.outcomes[i] if self.starts[i] >= folded.span(first.s, first.e)[0] else None


def _one_released(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
                  held: _Held) -> tuple[int, int, int, str] | None:
    """(round ar131) "وإن زميلة لها أفرج عنها بعد ساعات": one released, held before, with
    the outcome of the last held figure before it, told in its sentence or the few before."""
    if k + 1 >= sb or toks[k + 1].w not in _RELEASED_OBJECT:
        return None
    h = k - 1
    if h > sa and toks[h].w in _OF_HIM:
        h -= 1
    if h < sa or not _indefinite(toks[h]) or not (toks[h].w in _SINGULAR or _person_one(toks[h])):
        return None  # (the accusative after "إن": "إن ناشطا أطلق سراحه")
    if toks[k + 1].w.endswith("ها") != _agrees(toks[h].w, "feminine"):
        return None  # (the pronoun is the noun's: "زميلة ... عنها"، "ناشط ... عنه")
    start = folded.span(toks[h].s, toks[h].e)[0]
    outcome = held.last_before(folded, toks, sa, start)
    return None if outcome is None else (h, k + 2, h, outcome)


def _about_after(toks: list[Token], k: int, sb: int) -> int | None:
    """The "عن" of the verb of release at ``k``, past its releasers and a time phrase in
    commas ("أفرج مسلحون، فجر الأحد، عن"), else None; no other clause stands between."""
    for j in range(k + 1, min(sb, k + 2 + V.RELEASE_ABOUT_REACH)):
        t = toks[j]
        if t.w == _ABOUT:
            return j
        if t.w != "،" and (not t.is_word or t.w in _STOPS or word_in(t, _TRIGGERS)):
            return None
    return None


def _released_then_taken(toks: list[Token], k: int, sb: int,
                         participle_only: bool = False) -> tuple[int, int, int, str] | None:
    """(round ar146) "أطلق مسلحون سراح سائق أجرة خطفوه قبل ستة أيام": one released,
    an indefinite person after "سراح", then (past a few words of description) a relative
    verb of taking whose object pronoun is his: the holding's outcome, one person; (round
    ar151) or the participle of taking right after him ("سراح مهندس مخطوف")."""
    h = k + 1
    if h >= sb or not _indefinite(toks[h]) or not (
            toks[h].w in _SINGULAR or _person_one(toks[h])):
        return None  # ("سراح المختطفين": definite, read by the release rules, or no person)
    if (p := _participle_after(toks, h, sb)) is not None:
        return k, p + 1, h, "captured"
    if participle_only:
        return None
    # (round ar187) past his age: "عن طفل في الحادية عشرة من عمره اختطفته"
    after = age_end(toks, h + 1, sb)
    for v in range(after, min(sb, after + 1 + V.RELEASED_TAKEN_WORDS)):
        t = toks[v]
        if not t.is_word or t.is_digit or is_end(t):
            return None
        if t.w in _TAKEN_HIM:
            if t.w.endswith("ها") != _agrees(toks[h].w, "feminine"):
                return None  # (the pronoun is the noun's: "طبيبة ... اختطفوها")
            return k, v + 1, h, str(_TAKEN_HIM[t.w])
        if not _indefinite(t) or t.w.startswith("و") or word_in(t, _TRIGGERS) is not None:
            return None  # (a description is indefinite, with no clause of its own)
    return None


def _participle_after(toks: list[Token], h: int, sb: int) -> int | None:
    """(round ar153) The participle of taking of the gender of the person at ``h``, right
    after him or after a few words of description ("نجار سوري مخطوف"، "تاجر مواش
    مخطوفا"): its index, or None. The description is indefinite words with no clause of
    their own (no "و", no preposition, no outcome word)."""
    feminine = _agrees(toks[h].w, "feminine")
    for v in range(h + 1, min(sb, h + 2 + V.TAKEN_PARTICIPLE_DESCRIPTION)):
        t = toks[v]
        if t.w in _TAKEN_PARTICIPLES:
            return v if _agrees(t.w, "feminine") == feminine else None
        if not _indefinite(t) or t.is_digit or is_end(t) or t.w.startswith("و") or (
                t.w in _PREPOSITIONS or word_in(t, _TRIGGERS) is not None):
            return None
    return None


def _agrees(noun: str, gender: str) -> bool:
    bare = noun[:-1] if noun.endswith("ا") else noun
    return bare.endswith("ه") == (gender == "feminine")


def _passive_after(toks: list[Token], v: int, sb: int) -> bool:
    """Is nothing the verb's object: the clause ends, or where, when or how follows?"""
    if v >= sb or not toks[v].is_word:
        return True
    w = toks[v].w
    return w in _FOLLOWERS or (w.startswith("ب") and not w.endswith("ا")) or (
        w[:1] == "و" and word_in(toks[v], _TRIGGERS) is not None)


def _one_taken(toks: list[Token], sa: int, sb: int, k: int) -> tuple[int, int, int, str] | None:
    """"طفل خطف من أمام منزله"، "سائقا ماليا خطف قرب الحدود": one taken."""
    if not _passive_after(toks, k + 1, sb) or (found := person_before_passive(toks, sa, k)) is None:
        return None
    h, head, bare = found
    if bare in _DOERS or not _agrees(head, _TAKEN[toks[k].w]) or (
            h + 1 < k and toks[h + 1].w.startswith("ال")):
        return None  # (or one named by whose he is: "حارس المدرسة خطف")
    # (round ar169) "مواطنا سوريا خطف": the nisba describes the person before
    h = nisba_owner(toks, sa, h, bare)
    return h, k + 1, h, "captured"


def person_before_passive(toks: list[Token], sa: int, k: int) -> tuple[int, str, str] | None:
    """The indefinite singular person standing before the passive at ``k`` (past "كان" and
    a few words of description), as (its place, its word without "و", its word without
    the accusative alef); None where a clause, an item or a trigger comes first. (review
    45: shared by the one taken and, round ar170, the one hurt)"""
    j = k - 1
    while j > sa and toks[j].w in _HAD_BEEN:
        j -= 1
    for h in range(j, max(sa, j - _DESCRIPTION) - 1, -1):
        t = toks[h]
        if not t.is_word or is_end(t) or t.w in _STOPS or (
                h < j and word_in(t, _TRIGGERS) is not None):
            return None
        if t.w.startswith("و") and h < j:
            return None  # (another clause or another item: "وطفل")
        head = t.w[1:] if t.w.startswith("و") else t.w
        bare = head[:-1] if head.endswith("ا") and head[:-1] in _SINGULAR else head
        if _indefinite(t) and bare in _SINGULAR:
            return h, head, bare
    return None


def nisba_owner(toks: list[Token], sa: int, h: int, bare: str) -> int:
    """Where the person the word at ``h`` describes stands: the noun before it when the
    word is a nisba after an indefinite person ("مواطنا سوريا"), else ``h``."""
    if bare.endswith("ي") and h > sa and _person_before(toks[h - 1]):
        return h - 1
    return h


def _person_before(t: Token) -> bool:
    """Is ``t`` an indefinite singular person noun, a nisba after it being his adjective?"""
    head = t.w
    bare = head[:-1] if head.endswith("ا") and head[:-1] in _SINGULAR else head
    return t.is_word and _indefinite(t) and bare in _SINGULAR and not bare.endswith("ي")
